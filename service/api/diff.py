"""Word diff between two versions of a draft, section by section.

Tokens are words and the whitespace between them, so joining an op list gives
back the exact text on either side; the web page shows ``delete`` struck
through and ``insert`` underlined, like tracked changes in Word.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|[^\s]+")


def word_ops(old: str, new: str) -> list[dict]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[dict] = []

    def add(op: str, tokens: list[str]) -> None:
        if not tokens:
            return
        text = "".join(tokens)
        if ops and ops[-1]["op"] == op:
            ops[-1]["text"] += text
        else:
            ops.append({"op": op, "text": text})

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return ops


def _sections(draft: dict) -> dict[str, dict]:
    return {s["path"]: s for s in draft.get("sections", [])}


def _text(section: dict | None) -> str:
    return "\n\n".join(p["text"] for p in (section or {}).get("paragraphs", []))


def _problems(section: dict | None) -> int:
    return sum(c.get("verdict") in ("unsupported", "stale")
               for p in (section or {}).get("paragraphs", []) for c in p.get("checks", []))


def diff_drafts(old: dict, new: dict, *, only_changed: bool = True) -> list[dict]:
    """Sections in the new draft's order (removed ones last), each with its word ops."""
    a, b = _sections(old), _sections(new)
    paths = list(b) + [p for p in a if p not in b]
    out = []
    for path in paths:
        sa, sb = a.get(path), b.get(path)
        ta, tb = _text(sa), _text(sb)
        if only_changed and ta == tb:
            continue
        s = sb or sa
        sep = "" if s.get("number", "").upper().startswith("PHẦN") else "."
        title = f"{s['number']}{sep} {s['heading']}".strip() if s.get("number") else s.get("heading", "")
        out.append({"path": path, "title": title, "changed": ta != tb, "ops": word_ops(ta, tb),
                    "problems": {"before": _problems(sa), "after": _problems(sb)}})
    return out
