"""A title that says again, rounded or summed, what the body states.

News write-ups of a report open with a title made of its figures: ``Bảo Lộc: Tỷ lệ thi hành án dân sự đạt trên
83%`` over a body that proves ``đạt 83,10%``; ``Kho bạc Nhà nước từ chối thanh toán 2,4 tỷ đồng`` over ``từ chối
thanh toán là 1,1 tỷ đồng`` … ``đã từ chối 1,3 tỷ đồng``; ``Gần 500 người được trợ giúp pháp lý`` over ``cho 287
đối tượng`` … ``hơn 200 người được trợ giúp pháp lý``. The title's number is no row of the table: it is the body's,
rounded with a qualifier, or the sum of two of the body's.

The rule, for a number no row or derivation gives (``unsupported``) in a **title line** (a short line without a
full stop, before the body's first long paragraph):

- **restated**: a number of the body of the same kind and unit, checked and not a problem, that the title's number
  admits with its qualifier and written precision (``trên 83%`` ⇐ 83,10%; ``Gần 13.000`` ⇐ 12.950), about the same
  thing (the words around the two share a label word);
- **summed**: two numbers of the body of the same kind (counts: the same noun, or both persons), checked and not a
  problem, whose sum the title's number admits, both sharing with the title the same word that is not a unit's
  (``từ chối``, ``trợ giúp``): parallel parts, not any two numbers that happen to add up.

The title then takes the body's verdict (``derived`` with the derivation said; an ``unverified`` body number leaves
the title ``unverified``). A changed digit in the title breaks the equality and stays flagged; a title with no line
of its own (a lead sentence ending in a full stop) is body and is not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from service.checker.context import Where
from service.checker.extract import Mention
from service.checker.match import PERSON, value_supports
from service.checker.model import NumberCheck

TITLE_WORDS = 24   # a title line has at most this many words
BODY_WORDS = 30    # the body starts at the first paragraph this long
KEPT = ("supported", "derived", "unverified")
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = frozenset({"của", "các", "những", "với", "cho", "trong", "được", "đã", "và", "là", "có", "năm", "tháng",
                   "này", "đến", "từ", "trên", "gần", "hơn", "khoảng", "đạt", "tại", "theo", "về"})


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _body_start(text: str) -> int:
    """Where the body starts: the first line of at least ``BODY_WORDS`` words (the end when there is none)."""
    pos = 0
    for line in text.split("\n"):
        if len(line.split()) >= BODY_WORDS:
            return pos
        pos += len(line) + 1
    return len(text)


def _is_title(text: str, m: Mention, body: int) -> bool:
    a, b = _line(text, m.num_start)
    line = text[a:b].strip()
    return b <= body and 0 < len(line.split()) <= TITLE_WORDS and not line.endswith((".", ";", ":")) \
        and ". " not in line


def _words(text: str, a: int, b: int) -> set[str]:
    return {w.lower() for w in _WORD.findall(text[max(0, a):b])} - _STOP


def _around(text: str, m: Mention) -> set[str]:
    """The words of the clause a number stands in (to 60 characters either side, not past ``;`` or a line)."""
    a = max(text.rfind(";", 0, m.num_start), text.rfind("\n", 0, m.num_start), m.num_start - 60)
    b = min(x for x in (text.find(";", m.end), text.find("\n", m.end), m.end + 60, len(text)) if x >= 0)
    return _words(text, a, b)


def _same_kind(t: Mention, b: Mention) -> bool:
    if t.kind != b.kind or t.kind not in ("count", "money", "percent", "measure"):
        return False
    if t.kind == "count":
        tn, bn = (t.noun or "").split(" ")[0], (b.noun or "").split(" ")[0]
        return not tn or tn == bn or (_person(t) and _person(b))
    if t.kind == "measure":
        return t.unit == b.unit
    return True


def _person(m: Mention) -> bool:
    noun = (m.noun or "").split(" ")
    return noun[0] in PERSON or " ".join(noun[:2]) in PERSON or noun[0] in ("đối", "người")


def _admits(t: Mention, v: Decimal) -> bool:
    return value_supports(v, t.value, decimals=t.decimals, scale=t.scale, qualifier=t.qualifier, low=t.low,
                          truncate=True)


def titles_restated(text: str, mentions: list[Mention], where: list[Where], results: list[NumberCheck | None]) -> None:
    """Re-verdict, in place, each unsupported number of a title line that the body restates or sums (module)."""
    body = _body_start(text)
    for i, t in enumerate(mentions):
        r = results[i]
        if r is None or r.verdict != "unsupported" or t.value is None or t.notation == "foreign" \
                or not _is_title(text, t, body):
            continue
        title = _words(text, *_line(text, t.num_start))
        _, line_end = _line(text, t.num_start)
        proved = [(j, b) for j, b in enumerate(mentions) if b.num_start > line_end and b.value is not None
                  and results[j] is not None and results[j].verdict in KEPT and _same_kind(t, b)]
        done = _restated(text, t, title, proved, results) or _summed(text, t, title, proved, results)
        if done is None:
            continue
        verdict, derivation = done
        r.verdict, r.reason, r.expected, r.source = verdict, None, None, None
        r.derivation = derivation
        if verdict == "unverified":
            r.reason = f"Chưa kiểm được: tiêu đề nhắc lại {derivation}, số ở thân bài chưa kiểm được"


def _restated(text: str, t: Mention, title: set[str], proved, results) -> tuple[str, str] | None:
    for j, b in proved:
        if _admits(t, b.value) and (title & _around(text, b)):
            verdict = "unverified" if results[j].verdict == "unverified" else "derived"
            return verdict, f"«{b.raw.strip()}» ở thân bài"
    return None


def _unit_words(m: Mention) -> set[str]:
    return {w.lower() for w in _WORD.findall(f"{' '.join((m.noun or '').split()[:2])} {m.unit or ''}")} | \
        {"tỷ", "triệu", "nghìn", "ngàn", "đồng"}


def _summed(text: str, t: Mention, title: set[str], proved, results) -> tuple[str, str] | None:
    """Two parts, each sharing with the title a word that is not its unit's, and the same one (``từ chối``)."""
    sharing = []
    for j, b in proved:
        said = title & _around(text, b) - _unit_words(b) - _unit_words(t)
        if results[j].verdict != "unverified" and said:
            sharing.append((j, b, said))
    for (j, a, sa), (k, b, sb) in combinations(sharing[:12], 2):
        if a.value == b.value == t.value or not (sa & sb) or not _admits(t, a.value + b.value):
            continue
        return "derived", f"«{a.raw.strip()}» + «{b.raw.strip()}» ở thân bài"
    return None
