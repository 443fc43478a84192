"""Round 59: ``dự kiến`` after ``hơn``/``so với``/``bằng``/``vượt`` is the plan a result is measured against, not an
aim (statements.compared_with_plan); a rate's zeros padding its decimals say nothing of its precision
(padded.significant_decimals). Real text from two sources each, and negatives."""

from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.padded import significant_decimals
from service.onboarding.statements import aims_said
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
BAU_CU = ROOT / "evaluations/cases/heldout/xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011/source.txt"


def _values(path):
    return [float(r.value) for r in build_template(path).rows if r.value is not None]


def test_counts_after_less_than_planned_are_rows_2011():
    # "Dân tộc thiểu số là 78 người (15,60%) ít hơn dự kiến 12 người, …; nữ 122 người (24,40%) ít hơn dự kiến 28 …"
    assert 122 in _values(BAU_CU)


def test_counts_after_less_than_planned_are_rows_2016():
    # "… 182 người trúng cử (tỉ lệ 36,70%), ít hơn so với dự kiến 15 người (khóa XIII là 33,4%); ĐB … 312 người …"
    values = _values(PAGES / "t44-plo-bau-cu-khoa-xiv.txt")
    assert {312, 133, 21, 71, 160, 317} <= set(values)
    assert 71 in _values(PAGES / "t44-thuonghieuviet-bau-cu-khoa-xiv.txt")   # "…17 người so với dự kiến; Dưới 40 …"


def test_an_aim_is_still_an_aim():
    assert aims_said("Năm 2025, Bảo tàng dự kiến đón ")
    assert aims_said("Dự kiến năm 2016 là khoảng ")
    assert aims_said("Hội phấn đấu kết nạp mới ")
    assert not aims_said("Dân tộc thiểu số là 78 người (15,60%) ít hơn dự kiến 12 người, giảm 2,05% so với khóa trước; nữ ")
    assert not aims_said("tái cử 160 người, bằng số dự kiến; thấp hơn so với khóa XIII; ĐB tham gia QH lần đầu ")
    assert not aims_said("Doanh thu vượt dự kiến, lợi nhuận đạt ")


def _rate(text):
    return next(m for m in extract_numbers(text) if m.kind == "percent")


def test_zeros_padding_a_rate_are_dropped():
    assert significant_decimals(_rate("ĐB là người dân tộc thiểu số 86 người (tỉ lệ 17,30%)")) == 1
    assert significant_decimals(_rate("tái cử 160 người (32,30%)")) == 1
    assert significant_decimals(_rate("đạt 100,00% kế hoạch")) == 0


def test_a_rate_without_padding_keeps_its_decimals():
    assert significant_decimals(_rate("dưới đại học 6 người (tỉ lệ 1,3%)")) == 1
    assert significant_decimals(_rate("chiếm 17,34% tổng số")) == 2
    assert significant_decimals(_rate("chiếm 20% tổng số")) == 0


def test_padded_shares_are_their_counts_derivations_on_both_pages():
    for name, shares in (("t44-plo-bau-cu-khoa-xiv", {"17.30", "26.80"}),
                         ("t44-thuonghieuviet-bau-cu-khoa-xiv", {"17.30", "26.80", "32.30"})):
        rows = build_template(PAGES / f"{name}.txt").rows
        derived = {str(d.value) for r in rows for d in r.derived}
        assert shares <= derived
        assert not any(r.kind == "percent" and str(r.value) in shares for r in rows)
    # "(tỉ lệ 1,3%)" of 6 in 496 (1,21 %): no padding, not a share of 496 — it stays as it was (a row)
    rows = build_template(PAGES / "t44-plo-bau-cu-khoa-xiv.txt").rows
    assert any(r.kind == "percent" and str(r.value) == "1.3" for r in rows)
