"""Parts of a whole said only by their change: each a row of its own, valued by its signed change (round 69).

=======================  ========================================================================================
``part_by_change``       ``… xảy ra 4.690 vụ phạm pháp hình sự (giảm 781 vụ so với cùng kỳ) … Trong đó, án cướp
                         tài sản giảm 62 vụ; án cướp giật tài sản giảm 104 vụ, trộm cắp giảm 531 vụ``
                         (xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t), ``Có 4 loại án được kiềm chế,
                         kéo giảm gồm: cướp tài sản giảm 14 vụ, cố ý gây thương tích giảm 15 vụ, …``
                         (zx-tp-ho-chi-minh-cong-an-thanh-pho-toi-pham-ma-tuy-2020), ``một số địa phương có diện
                         tích lúa đông xuân giảm mạnh …: Hà Nội giảm 2.139 ha; Hải Dương giảm 1.000 ha; …``
                         (yi-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-dong-xuan-2017-04): a list opened by
                         ``Trong đó``, ``gồm`` or a colon, whose items are ``<part> giảm|tăng N <unit>`` — parts
                         named by the list and said by their change alone, no level. The hand tables keep each
                         as a row with no level and its change (``Án cướp tài sản | vụ | | -62``); the loader
                         reads that as the row ``-62``. Before, the first item was a row of ``62`` and the rest its
                         changes, or all were lost as changes of the whole.
=======================  ========================================================================================

Not: a list whose items name a measure of rows stated before (``trong đó số vụ tai nạn giảm 357 vụ, số người
chết giảm 66 người`` ym-toan-quoc-uy-ban-atgt-…-2022-01; ``So với cùng kỳ năm 2015, thụ lý giảm 26 vụ, giải
quyết giảm 21 vụ`` zc-binh-phuoc-toa-an-hai-cap-2016, after ``thụ lý 77 vụ, giải quyết 53 vụ``): a part
``số …``, or a part an earlier row's name holds, or a list with no opener, is the change of that row (``change``).
One item alone is no list (``Trong đó, cướp tài sản giảm 14 vụ``: left to ``change``).

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the changes (``no_change``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.onerow import keep_own_row

#: One item: a part's name (words, no digit), its change word, a number and a unit word.
_NAME = r"[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d_][^\W\d]*){0,6}?"
_ITEM = rf"{_NAME}[ \t]+(?:giảm|tăng)[ \t]+\d[\d.,]*[ \t]*[^\W\d_]+"
_SEP = r"(?:[ \t]*[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
#: The list's opener, then the items before this one.
_OPENED = re.compile(rf"(?i)(?:(?<!\w)trong[ \t]+đó[ \t]*,?|(?<!\w)gồm[ \t]*:?|:)[ \t]*(?:{_ITEM}{_SEP})*"
                     rf"(?P<name>{_NAME})[ \t]+(?P<how>giảm|tăng)[ \t]+$")
#: A sibling item right after this one.
_NEXT = re.compile(rf"(?i)^[ \t]*[^\W\d_]*{_SEP}{_ITEM}")
#: A name that is a measure of a row (``số vụ``, ``tổng số``), not a part.
_MEASURE = re.compile(r"(?i)^(?:số|tổng|so|cùng|mức|tốc|tỷ|tỉ)(?!\w)")


def _opened(p: Para, m: Mention) -> re.Match | None:
    s = p.sentence_of(m)
    return _OPENED.search(p.text[s:m.num_start])


#: An item's change and number, to tell an item before this one in the opener's run.
_CHANGED = re.compile(r"(?i)(?<!\w)(?:giảm|tăng)[ \t]+\d")


def _is_list(p: Para, m: Mention, hit: re.Match) -> bool:
    """Another item before this one (in the opener's run) or right after it."""
    return bool(_CHANGED.search(hit.string, hit.start(), hit.start("name"))) or bool(_NEXT.match(p.text[m.num_end:]))


def _named_before(p: Para, i: int, name: str) -> bool:
    """An earlier row's name already holds the part: its change is that row's."""
    low = P.nfc(name).lower()
    return any(low in P.nfc(r.label).lower() for r in p.rows_before(i, same_sentence=False))


def part_by_change(p: Para, i: int, m: Mention) -> bool:
    """An item of a list of parts said only by their change (see the module): its own row, the change signed."""
    if m.kind != "change" or m.comparison not in ("tăng", "giảm") or m.value is None:
        return False
    hit = _opened(p, m)
    if hit is None:
        return False
    name = hit.group("name").strip()
    if _MEASURE.match(name) or not _is_list(p, m, hit) or _named_before(p, i, name):
        return False
    return keep_change_row(p, i, m, name, "tăng (+)/giảm (-) so với cùng kỳ")


def keep_change_row(p: Para, i: int, m: Mention, name: str, what: str) -> bool:
    """Figure ``i``, a change with no level, kept as the row of ``name`` valued by its signed change (``giảm`` 62 →
    −62), labelled ``<name>: <what>`` — as the hand tables' empty-level row with its change column is read."""
    how = m.comparison
    m.comparison = None
    if not keep_own_row(p, i, m):
        m.comparison = how
        return False
    row = p.rows[i]
    if how == "giảm":
        row.value = -row.value
    row.label = f"{_named(row, name)}: {what}"
    return True


def _named(row, name: str) -> str:
    """The part's name as a label that says what it counts: the reader's own label when it holds the name
    (``Số vụ án cướp tài sản``) and adds at most three words, else the name, led by ``Số <unit>`` for a count (``Số vụ cướp tài sản``)."""
    if P.nfc(name).lower() in P.nfc(row.label or "").lower() and len(row.label.split()) <= len(name.split()) + 3:
        return row.label
    if row.kind == "count" and row.unit and row.unit.split()[0].lower() not in name.lower().split():
        return f"Số {row.unit} {name}"
    return f"{name[:1].upper()}{name[1:]}"


CHANGED_PARTS = (part_by_change,)
