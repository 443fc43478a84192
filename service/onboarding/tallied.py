"""A tally: labels each with its bare count, listed after a colon (round 48).

``Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 05, không GPLX 03, vi phạm tốc độ 15, chở quá số người 01, vi phạm
nồng độ cồn 01, vi phạm khác 26.`` (yz-phu-yen-cong-an-tinh-csgt-xu-ly-vi-pham-2020-10), ``Phân tích lỗi: Không đội
mũ bảo hiểm 03, không có GPLX 09, vi phạm tốc độ 16, chở quá tải 10, …`` (t38-congan-phuyen-atgt-2022-09-15): a
head, a colon, then items ``<label> <number>`` split by commas or semicolons, each number bare (no noun after it),
zero-padded as a register writes it.  Each item is a row: its label the words before the number, its unit the count
noun of the paragraph's earlier figure that the head names (``lỗi vi phạm`` → ``43 trường hợp vi phạm``: the
``trường hợp``), else the head's last word (``lỗi``).

=====================  ================================================================================
``tally_unit``         the unit of a bare count standing in such a list (``rows.make_row`` asks it last)
``tallies_read``       a count the extraction read as a code (``GPLX 03``: capitals and a number, a grade
                       of goods) read back as the count it is when it stands in such a list
=====================  ================================================================================

Not a tally: fewer than three items; an item whose number has a noun after it (its own row already); an item whose
label ends on a word a number names or orders (``tháng 10``, ``ngày 15``, ``lớp 9``, ``khoản 3``, ``số 5``: a date
or a name, no count); an item naming a person (``ông``, ``bà``, ``anh``, ``chị``… before: an age or a number of
theirs, no row).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding.nouns import known_noun

#: One item: a label of words (no digit, no bracket), then a bare number (``05``, ``1.250``), then nothing.
_ITEM = re.compile(r"^\s*(?:và\s+)?(?P<label>[^\W\d_][^\d()\[\]/%:]*?)\s+(?P<num>\d{1,3}(?:\.\d{3})*|\d+)\s*$")
#: Words after which a number names or orders something (a date, a class, a clause, a street): no count.
_NAMES_A_NUMBER = re.compile(r"(?i)(?<!\w)(?:ngày|tháng|năm|quý|tuần|đợt|kỳ|khóa|khoá|lớp|số|điều|khoản|mục|phần|"
                             r"chương|tổ|ấp|khu|phường|quận|đường|lô|phòng|xóm|thôn|km|tập|trang|hạng|giai\s+đoạn|"
                             r"lần\s+thứ|thứ|vòng|bảng|nhóm|đội|phiên|tuổi|lúc|giờ)$")
#: A person named before the number: ``ông``, ``bà``, ``anh``, ``chị``, ``em``, ``cháu``, ``đồng chí``.
_PERSON = re.compile(r"(?i)^(?:ông|bà|anh|chị|em|cháu|cụ|đồng\s+chí|đ/c|thầy|cô)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_SPLIT = re.compile(r"[,;]")
MIN_ITEMS = 3


def _headed(text: str, at: int, last_colon: bool = True) -> tuple[int, int, int] | None:
    """(sentence start, the head's colon, sentence end) of the sentence holding ``at``: the colon nearest before
    ``at``, or (``last_colon`` false) the sentence's first; None with no colon before ``at``."""
    start = max([0] + [e.end() for e in _SENTENCE_END.finditer(text, 0, at)])
    colon = text.rfind(":", start, at) if last_colon else text.find(":", start, at)
    if colon < 0:
        return None
    end_hit = _SENTENCE_END.search(text, at)
    return start, colon, end_hit.start() if end_hit else len(text)


def _tally_at(text: str, at: int) -> tuple[str, list[re.Match]] | None:
    """The head and the items of the tally whose list holds the number at ``at``; None when it stands in none."""
    found = _headed(text, at)
    if found is None:
        return None
    start, colon, end = found
    items = [_ITEM.match(part) for part in _SPLIT.split(text[colon + 1:end])]
    if len(items) < MIN_ITEMS or not all(items):
        return None
    for item in items:
        words = item.group("label").strip()
        if _NAMES_A_NUMBER.search(words) or _PERSON.match(words):
            return None
    return text[start:colon].strip(), items


#: One item of a headed list of shares: a label (its own colon allowed), a bare count, its share in brackets
#: (``khiển trách 28 (chiếm 45%)``, ``phẩm chất đạo đức, lối sống: 14 (18,9%)``), a trailing ``…`` allowed.
_SHARE_ITEM = re.compile(r"^\s*(?:và\s+)?(?P<label>[^\W\d_][^\d()\[\]/%:]*?)\s*:?\s+(?P<num>\d{1,3}(?:\.\d{3})*|\d+)\s*"
                         r"\(\s*(?:chiếm\s+)?\d+(?:,\d+)?\s*%\s*\)\s*…?\s*$")


def _shares_at(text: str, at: int) -> tuple[str, list[re.Match]] | None:
    """The head and the items of a headed list of shares holding the number at ``at`` (the head's colon the first
    of the sentence; items split by ``;`` when the list uses them, else by ``,``); None when it stands in none."""
    found = _headed(text, at, last_colon=False)
    if found is None:
        return None
    start, colon, end = found
    body = text[colon + 1:end]
    items = [_SHARE_ITEM.match(part) for part in (body.split(";") if ";" in body else body.split(","))]
    if len(items) < MIN_ITEMS or not all(items):
        return None
    if any(_NAMES_A_NUMBER.search(item.group("label").strip()) or _PERSON.match(item.group("label").strip())
           for item in items):
        return None
    return text[start:colon].strip(), items


def share_list_unit(p, m: Mention) -> str | None:
    """The unit of a bare count in a headed list of shares (round 82): ``Hình thức kỷ luật đảng viên: khiển trách 28
    (chiếm 45%), cảnh cáo 21 (34%), cách chức 1 (2%), khai trừ 12 (19%)`` (wc-vinh-long-ubkt-tinh-uy-ky-luat-dang-
    vien-2018-h1) — each kind a row of the head's count noun (``đảng viên``), never the kind's own first words
    (``phẩm chất đạo đức, lối sống: 14 (18,9%)`` counts no ``phẩm chất``).  A head naming acts, no count noun
    (``Phần lớn tập trung vào các vi phạm: những điều đảng viên không được làm: 15 (20,2%); …``), counts times they
    occurred: ``lượt``.  None when the count stands in no such list."""
    if m.kind != "count" or m.unit:
        return None
    found = _shares_at(p.text, m.num_start)
    if found is None:
        return None
    words = re.findall(r"[^\W\d_]+", found[0])
    for k in range(len(words)):
        noun = known_noun(words[k:])
        if noun and len(noun.split()) == len(words) - k:
            return noun
    return "lượt"


def in_tally(text: str, m: Mention) -> bool:
    return _tally_at(text, m.num_start) is not None


def _shared(a: str, b: str) -> bool:
    """Two phrases share a word of two or more (``lỗi vi phạm`` and ``trường hợp vi phạm TTATGT``)."""
    wa, wb = a.lower().split(), b.lower().split()
    pairs = {" ".join(wa[k:k + 2]) for k in range(len(wa) - 1)}
    return any(" ".join(wb[k:k + 2]) in pairs for k in range(len(wb) - 1))


def tally_unit(p, m: Mention) -> str:
    """The count noun of a bare count standing in a tally (see the module's note); '' when it stands in none."""
    if m.kind != "count" or m.unit or (m.noun or "").strip():
        return ""
    found = _tally_at(p.text, m.num_start)
    if found is None:
        return ""
    head, _ = found
    for k in sorted(p.rows, reverse=True):
        row = p.rows[k]
        if row.kind == "count" and row.unit and p.figures[k].num_start < m.num_start and \
                _shared(head, f"{row.unit} {m_noun(p.figures[k])}"):
            return row.unit
    words = re.findall(r"[^\W\d_]+", head)
    return words[-1].lower() if words else ""


def m_noun(m: Mention) -> str:
    return m.noun or ""


def tallies_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each count of a tally that the extraction read as a code read as the count."""
    for m in mentions:
        if m.kind == "name" and m.recogniser == "grade-code" and m.value is None and \
                re.fullmatch(r"\d+", m.raw or "") and in_tally(text, m):
            m.value = m.numeral = Decimal(int(m.raw))
            m.kind, m.note, m.recogniser = "count", None, None
            m.leading_zero = m.raw.startswith("0") and len(m.raw) > 1
    return mentions
