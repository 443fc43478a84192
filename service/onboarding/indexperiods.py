"""An index's change in another period, named in brackets beside this period's (template round 82).

``Riêng trong quý III năm 2020, chỉ số sản xuất công nghiệp (IIP) tăng 7,32% so với cùng kỳ năm trước, cao hơn mức
tăng của quý II (2,09%) và thấp hơn quý I (8,65%)`` (wb-nam-dinh-cuc-thong-ke-chi-so-san-xuat-cong-nghiep-2020-9t,
whose hand keeps the IIP of each quarter as rows of the index: 108,65, 102,09, 107,32).  The bracketed rates are the
same index's change in the quarters named before them — its rows of those periods — not a «Tỷ lệ thấp hơn quý I» of
their own.  The row keeps the rate as written (the template states an index by its change, as the page does:
``indexrows``, ``change``); its label says whose change and of which period: «Tốc độ tăng chỉ số sản xuất công
nghiệp, IIP (quý I)».

The grammar, read on the rows the paragraph readers made (a report-level pass, after them): a sentence holding a
rate of change (a «Tốc độ tăng/giảm …» row) whose clause names an index before it — ``chỉ số`` or an index's
initials in capitals (``IIP``, ``CPI``, ``PPI``); in it, a bare percentage in brackets right after a period's name
(``quý II (``, ``tháng 5/2020 (``) is that index's change in that period (a rise unless ``mức giảm`` names it).

Not read: a sentence naming no index (``doanh thu tăng 12%, cao hơn quý I (8%)``: kept as it was); an index levelled
in points, its paragraph naming ``điểm`` or an ``Index`` (``VN-Index``: a stock index); a rate already read as a
change of its own.

Tried and left (measured): keeping the index itself (100 + the change) as the row.  The hands split — Nam Định's and
the Hồ Chí Minh CPI's tables keep 105,87 and 100,31, the General Statistics Office's CPI (yi-, xd-), Vĩnh Phúc's IIP
(xt-) and Hòa Bình's (yb-) keep the changes — and the 34 held-out sources naming an index lost 4,4 points of recall.
"""

from __future__ import annotations

import re

from service.onboarding import phrases as P
from service.onboarding.model import Row

#: The row the change readers made: «Tốc độ tăng …» / «Tốc độ giảm …».
_CHANGE_LABEL = re.compile(r"^Tốc độ (?P<how>tăng|giảm)\s+(?P<what>.*)$")
#: An index named: ``chỉ số`` (not ``chỉ số hóa``), or an index's initials in capitals.
_INDEX = re.compile(r"(?i:chỉ\s+số)(?!\s+hóa)(?!\w)|\b(?:IIP|CPI|PPI)\b")
#: An index levelled in points (a stock index: ``VN-Index giảm 1,22% …, đạt 1.661,7 điểm``): not read.
_POINTS = re.compile(r"(?i)\d\s*điểm(?!\w)|index")
#: A period's name, then the bare rate in brackets (``quý I (8,65%)``).
_OTHER_PERIOD = re.compile(r"(?i)\b(?P<period>(?:quý|tháng)\s+[IVX\d]+(?:/\d{4}|\s+năm\s+\d{4})?)\s*\(\s*$")
_FALL_BEFORE = re.compile(r"(?i)\bmức\s+giảm\b")


def _placed(row: Row, texts: dict[tuple, str]) -> bool:
    return row.kind == "percent" and row.value is not None and len(row.at) == 3 and row.at[0] in texts


def index_periods(rows: list[Row], texts: dict[tuple, str]) -> None:
    """Label a bare bracketed rate after a period's name, in a sentence whose change is an index's, as that index's
    change in that period."""
    index_of: dict[tuple, str] = {}
    for row in rows:
        if not _placed(row, texts):
            continue
        text = texts[row.at[0]]
        label = _CHANGE_LABEL.match(row.label or "")
        if label is None or _POINTS.search(text) or \
                not _INDEX.search(text[P.clause_start(text, row.at[1]):row.at[1]]):
            continue
        what = label.group("what")
        index_of.setdefault((row.at[0], P.sentence_start(text, row.at[1])),
                            what if what.lower().startswith("chỉ số") else "chỉ số " + what)
    for row in rows:
        if not _placed(row, texts):
            continue
        text = texts[row.at[0]]
        key = (row.at[0], P.sentence_start(text, row.at[1]))
        if key not in index_of or _CHANGE_LABEL.match(row.label or ""):
            continue
        period = _OTHER_PERIOD.search(text[max(0, row.at[1] - 40):row.at[1]])
        if period is None:
            continue
        how = "giảm" if _FALL_BEFORE.search(text[key[1]:row.at[1]][-60:]) else "tăng"
        row.label = f"Tốc độ {how} {index_of[key]} ({period.group('period')})"
