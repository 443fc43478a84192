"""Round 60: one day's incident told in a report of a longer period is no row (service/onboarding/incidents.py)."""

from pathlib import Path

from service.onboarding.incidents import one_day
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations/cases/heldout"
ATTP = HELD / "xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024/source.txt"
PCCC = HELD / "yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016/source.txt"
CAODIEM = HELD / "t-bca-pccc-caodiem-2021/source.txt"
TCM = HELD / "yg-ha-noi-cdc-tay-chan-mieng-2024-3t/source.txt"


def _values(path):
    return sorted(str(r.value) for r in build_template(path).rows)


def test_a_poisoning_told_before_the_years_summary_makes_no_rows():
    # "Ngày 10-1 … khiến 1 người tử vong và 3 người khác …", "vào trưa 9-1 … 6 người ăn cơm … 1 lít rượu …"
    assert _values(ATTP) == sorted(["354820", "22073", "131", "4796", "21"])


def test_a_day_inside_the_period_keeps_its_counts():
    # "Ngày 1-11, karaoke 68 Trần Thái Tông … cháy làm 13 người tử vong" in the report of 2016: a day of the period
    # (the hand table has no row of it, but a day of the period may be the period's work: round 52's t42-bienhoa)
    values = _values(PCCC)
    assert "13" in values and "98" in values and "23" in values


def test_a_day_that_opens_a_period_named_in_the_paragraph_keeps_its_rows():
    # "Ngày 18/6, Bộ Công an … sơ kết 2 tháng … trong 2 tháng (từ 15/4 đến 15/6), cả nước xảy ra 344 vụ cháy"
    values = _values(CAODIEM)
    assert {"344", "27", "37"} <= set(values)
    # "CDC Hà Nội ngày 4/4 báo cáo, trong hai tuần trở lại đây …": a span, not one day's story
    assert not one_day(next(p for p in TCM.read_text(encoding="utf-8").split("\n\n") if "ngày 4/4" in p))


def test_cut_off_days_and_dated_spans_are_not_one_day():
    assert not one_day("Theo lãnh đạo Phòng giao dịch, đến hết ngày 30-9, đã giải ngân cho 3.346 khách hàng.")
    assert not one_day("Tính từ ngày 1/7 đến 19/8/2025, cả nước đã tiếp nhận tổng cộng hơn 4,3 triệu hồ sơ.")
    assert one_day("Theo đó, vào trưa 9-1, có 6 người ăn cơm. Tới chiều cùng ngày, 4 người có biểu hiện choáng.")
