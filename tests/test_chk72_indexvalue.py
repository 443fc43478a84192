"""Checker round 72 (chk72, issue 13): a percent row named as a comparison (``Giao thông: tháng 9/2021 so với tháng
trước``) in a table of comparisons alone keeps the change itself, signed, when its value lies below an index's range
(``indexvalue``): ``giảm 1,14%`` against −1,14 is right, ``tăng 0,18%`` against −0,18 goes the wrong way. Sources:
the Khánh Hòa CPI release (c51-baokhanhhoa-cpi-2021-09) and the national one (c51-vtc-cpi-2021-09), each with the
hand table of ``evaluations/data/checker-round72``. Negatives: an index row (100,13) still says its change less 100
(yo-hung-yen), a wrong rate still flagged.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.indexvalue import change_of_compared
from tests.sweep_tables import HELDOUT, case_line_verdicts, flagged

ROUND = (Path(__file__).resolve().parents[1] / "evaluations" / "data" / "checker-round72",)
KH = "c51-baokhanhhoa-cpi-2021-09"
VTC = "c51-vtc-cpi-2021-09"
GROUPS = ("Ngoài ra, có 4 nhóm hàng giảm: Hàng ăn và dịch vụ ăn uống giảm 1,14%; nhà ở, điện nước, chất đốt và vật liệu "
          "xây dựng giảm 0,84%; thiết bị và đồ dùng gia đình giảm 0,01%; giao thông giảm 0,18%.")


def _verdicts(slug, line, bad=None, folders=ROUND):
    return {t: v for t, v, _ in case_line_verdicts(slug, line, bad, folders=folders)}


def test_the_groups_falls_are_the_rows_signed_changes():
    got = _verdicts(KH, GROUPS)
    assert not [t for t, v in got.items() if flagged(v)], got


def test_a_rise_said_of_a_fall_is_flagged():
    bad = GROUPS.replace("giao thông giảm 0,18%", "giao thông tăng 0,18%")
    assert flagged(_verdicts(KH, GROUPS, bad)["0,18%"])


def test_a_wrong_fall_is_flagged():
    bad = GROUPS.replace("giảm 0,84%", "giảm 0,94%")
    assert flagged(_verdicts(KH, GROUPS, bad)["0,94%"])


def test_second_source_falls_against_last_year():
    line = "Trong khi đó, hỉ số giá vàng trong tháng 9 giữ ổn định so với tháng trước, giảm 1,64% so với tháng 12/2020 " \
           "và giảm 2,7% so với cùng kỳ năm 2020."
    got = _verdicts(VTC, line)
    assert not flagged(got["2,7%"]) and not flagged(got["1,64%"])
    assert flagged(_verdicts(VTC, line, line.replace("và giảm 2,7%", "và tăng 2,7%"))["2,7%"])


def test_an_index_row_still_says_its_change_less_a_hundred():
    assert change_of_compared(Decimal("100.13")) == (Decimal("0.13"), "100,13% − 100%")
    assert change_of_compared(Decimal("-0.18"))[0] == Decimal("-0.18")
    assert change_of_compared(Decimal("600")) is None


def test_an_index_table_keeps_its_reading():
    got = _verdicts("yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04", "Chỉ số giá tiêu dùng tăng 0,13%",
                    folders=(HELDOUT,))
    assert not flagged(got["0,13%"])
    bad = _verdicts("yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04", "Chỉ số giá tiêu dùng tăng 0,13%",
                    "Chỉ số giá tiêu dùng tăng 0,31%", folders=(HELDOUT,))
    assert flagged(bad["0,31%"])
