"""The words the change readers share: whether two counted nouns name the same thing, what a change counts, and the
words that name what a change is of.

They lived in ``recognisers``, which imports the readers (``earlier``, ``plans``, ``reached``) at its top; those
readers took these words inside their functions to get round the cycle. Here, below all of them, each imports them at
its top, and ``recognisers`` re-exports the old names.
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.match import PERSON, SYNONYMS
from service.figures.units import MEASURE, MONEY, read_unit
from service.onboarding import phrases as P
from service.onboarding.model import Para


def start_of(m: Mention) -> int:
    """Where a figure's words begin: its qualifier (``gần``, ``hơn``) when it has one, else its number."""
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def units_fit(a: str | None, b: str | None) -> bool:
    """Two counted nouns name the same thing (``lượt`` ~ ``lượt người``, ``trường hợp`` ~ ``vụ``)."""
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    if any(a in s and b in s for s in SYNONYMS) or (a in PERSON and b in PERSON):
        return True
    return {a, b} <= {"vụ", "việc", "trường hợp", "vụ việc", "vụ án", "án"}


def changed_kind(m: Mention) -> str:
    """What a change counts: ``tăng 450 triệu đồng`` changes an amount, ``giảm khoảng 9 600 ha`` an area (the
    extraction calls both a change; their unit says of what)."""
    if m.kind != "change":
        return m.kind
    unit = read_unit(m.unit) if m.unit else None
    return {MONEY: "money", MEASURE: "measure"}.get(unit.kind if unit else "", m.kind)


#: Words a change's clause may hold before its verb without naming a subject of its own: connectives, the
#: comparison, the manner of the change (``So với cùng kỳ, tăng 12%``; ``bình quân hàng năm tăng 9%``).
NOT_SUBJECT = frozenset(P.fold_word(w) for w in
    "so với cùng kỳ năm trước ngoái kỳ này và nhưng còn đồng thời trong đó cụ thể tính chung riêng ngoài ra ước "
    "đã đang vẫn tiếp tục bình quân hàng mỗi mức tốc độ tỷ lệ tỉ lệ qua các thì cũng lại chỉ số liệu như sau "
    "nhìn chung theo đặc biệt nhất là tuy nhiên mặt khác bên cạnh đó như vậy con này bằng đạt chiếm mạnh sâu nhanh "
    "tới đến lên xuống hơn gần khoảng trên dưới tăng giảm khi kế hoạch chỉ tiêu dự toán giao tháng quý tuần ngày tương ứng đương".split())


def subject_phrase(p: Para, m: Mention) -> list[str]:
    """The words a growth rate's label names when the words right before its verb say nothing (``Giá trị tăng thêm
    toàn ngành công nghiệp 6 tháng đầu năm 2024 ước tăng 7,54%`` → ``Giá trị tăng thêm toàn ngành công nghiệp``;
    ``…, trong khi chi ước tăng 14,1%`` → ``chi``): the clause after the figure before it, from its first comma-piece
    naming something, connectives, periods and the comparison left out at either end."""
    at = start_of(m)
    lo = P.clause_start(p.text, at)
    lo = max([lo, *(f.end for f in p.figures if lo <= f.num_start and f.end <= at)])
    pieces = [P.words_of(x) for x in P.without_periods(p.text[lo:at]).split(",")]

    def content(w: str) -> bool:
        return w[:1].isalpha() and P.fold_word(w) not in NOT_SUBJECT

    pieces = [x for x in pieces if any(content(w) for w in x)]
    if not pieces:
        return []
    pieces[0] = pieces[0][next(k for k, w in enumerate(pieces[0]) if content(w)):]
    last = pieces[-1]
    pieces[-1] = last[:max(k for k, w in enumerate(last) if content(w)) + 1]
    out: list[str] = []
    for x in pieces:
        out += [","] + x if out else x
    return out
