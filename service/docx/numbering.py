"""Section numbers a reviewer must fix: the same number twice under one parent.

Last period's report may carry a numbering slip (the 2023 sample has two
``III.``); the draft keeps the structure, so the slip is flagged — as a Word
comment on the heading and a warning on the page — never renumbered silently.
"""

from __future__ import annotations


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else ""


def duplicate_numbers(sections) -> dict[str, object]:
    """``{path of the repeat: the earlier section with the same number}`` (sections or dicts, document order)."""
    seen: dict[tuple[str, str], object] = {}
    out: dict[str, object] = {}
    for s in sections:
        number = (s.number if hasattr(s, "number") else s.get("number")) or ""
        path = s.path if hasattr(s, "path") else s["path"]
        if not number.strip():
            continue
        key = (_parent(path), number.strip().rstrip(".").upper())
        if key in seen:
            out[path] = seen[key]
        else:
            seen[key] = s
    return out
