"""A range per unit is no value to fill: both ends said, the sheet's cell takes one number (round 39).

==================  ========================================================================================
``range_per_unit``  ``mỗi khẩu từ 1,5 đến 3 triệu đồng`` (zg-thai-nguyen-dong-hy-xa-khe-mo-duong-gtnt-2018-2019),
                    ``tặng trị giá 70 - 80 triệu đồng mỗi năm`` (zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01),
                    ``duy trì đều đặn 10.000 – 12.000 suất ăn mỗi ngày`` (zl-tp-ho-chi-minh-hoi-bao-tro-benh-nhan-
                    ngheo-2014), ``thu nhập từ 5 triệu đến 8 triệu đồng/ tháng`` (zw-ha-noi-dai-hoc-thuy-loi-khao-
                    sat-viec-lam-sinh-vien-2017): a number the extraction read with both ends of a range (``A - B``,
                    ``A đến B``) *per* a unit or a span of time (``mỗi khẩu`` before it; ``mỗi năm``, ``mỗi ngày``,
                    ``/ tháng`` after it) is the spread of a rate — the template's row took its high end, a value the
                    text never states, and the held-out hands keep none of these. No row. Not a range of a whole
                    (``tổng quỹ này hàng năm có khoảng 400-500 triệu đồng``, z-quang-ninh-hong-thai-tay-nct-2011-2016:
                    the hand keeps 500 triệu đồng), nor a range with no unit it is per (``công suất buồng … đạt
                    95-100%``, ``thiệt hại năng suất lúa 10 đến 20%``, ``từ 20,84 đến 27,43 triệu tấn``: hands keep
                    an end of each — the first try, over every range, lost those four matched rows); nor a measure whose
                    unit is itself a ratio (``Năng suất thu hoạch bình quân đạt 60 - 65 tạ/ha``: the yield achieved,
                    a row — tests/test_onboarding_round18.py)
==================  ========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, after the bounds.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: Both ends inside the mention: ``1,5 đến 3 triệu đồng``, ``70 - 80 triệu``, ``10.000 – 12.000``; the first end's
#: scale or unit words may stand between (``5 triệu đến 8 triệu``). Not a date or a span of years (``2019-2021``,
#: ``1-3/01``): those are no figures to the extraction.
_BOTH_ENDS = re.compile(r"(?i)^\s*\d[\d.,]*(?:\s*[^\W\d_]+){0,2}\s*(?:[-–]|đến|tới)\s*(?:dưới\s+)?\d[\d.,]*(?![\d/])")


#: What a range is per, right after it: ``mỗi năm``, ``suất ăn mỗi ngày``, ``hằng tháng`` (a noun of the unit may
#: stand first).
_PER_AFTER = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,3}?(?:mỗi|hằng|hàng|/)\s*(?:ngày|tuần|tháng|quý|năm|người|khẩu|hộ|"
                        r"suất|em|cụ)(?!\w)")
#: ``mỗi khẩu (từ)`` right before it: each unit's share.
_EACH_BEFORE = re.compile(r"(?i)(?<!\w)mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:từ\s+)?$")
#: A whole named before the range: ``tổng quỹ``, ``tổng số``.
_WHOLE = re.compile(r"(?i)(?<!\w)tổng(?!\w)")
_BREAK = re.compile(r"[,;:(]")


def range_per_unit(p: Para, i: int, m: Mention) -> bool:
    """A number read with both ends of a range, per a unit or a span of time: no row."""
    if m.value is None or m.comparison or m.kind not in ("money", "count") or \
            not _BOTH_ENDS.match(p.text[m.num_start:m.end]):
        return False          # not a measure per its own unit (``Năng suất … đạt 60 - 65 tạ/ha``: a yield, a row —
        # tests/test_onboarding_round18.py, p14-vinhtrung-dongxuan-2022-2023)
    s = p.sentence_of(m)
    breaks = [b.end() for b in _BREAK.finditer(p.text, s, m.num_start)]
    before = p.text[breaks[-1] if breaks else s:m.num_start]
    if _WHOLE.search(before):
        return False
    return bool(m.per) or bool(_PER_AFTER.match(p.text[m.end:m.end + 40])) or bool(_EACH_BEFORE.search(before))


RANGED = (range_per_unit,)
