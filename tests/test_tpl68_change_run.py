"""Round 68 (template): a run of changes closed by one comparison (``giảm 160 vụ, giảm 29 người chết; giảm 150 người
bị thương so với cùng kỳ``) compares every change of the run — changes of the rows, not rows of their own
(changelist.py). Real text from two sources, and real negatives: a level between the change and the comparison."""

from pathlib import Path
from types import SimpleNamespace

from service.checker.extract import extract_numbers
from service.onboarding.changelist import compared_at_run_end
from tests.sweep_tables import has_row as _has, template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evaluations/cases/heldout"
UY_BAN = CASES / "xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09/source.txt"
DIEN_BIEN = CASES / "yb-dien-bien-vien-kiem-sat-tong-ket-2017/source.txt"
PAGES = ROOT / "evaluations/sweep/pages"


def _fires(text, value):
    p = SimpleNamespace(text=text, figures=extract_numbers(text))    # the rule reads a paragraph's text and figures
    m = next(f for f in p.figures if f.value is not None and text[f.num_start:f.num_end] == value)
    return compared_at_run_end(p, m)


def test_uy_ban_changes_before_the_comparison_are_no_rows():
    rows = _rows(UY_BAN)
    for value, word in ((160, "vụ"), (29, "người"), (28, "người"), (150, "người")):
        assert not _has(rows, value, word)
    cases = next(r for r in rows if float(r.value) == 1184)
    assert any(float(d.value) == 160 for d in cases.derived)      # the change of the 1.184 accidents
    assert _has(rows, 534, "người") and _has(rows, 696, "vụ")     # the levels stay rows


def test_dien_bien_run_closed_by_comparison_stays_changes():
    # "… 369 bị can, giảm 02 vụ, tăng 19 bị can so với cùng kỳ": one comparison for both changes
    rows = _rows(DIEN_BIEN)
    assert not _has(rows, 19, "bị can") and not _has(rows, 2, "vụ")


def test_rule_reads_the_run():
    text = ("Đã giảm 160 vụ tai nạn, giảm 29 người chết; giảm 150 người bị thương so với cùng kỳ năm ngoái.")
    assert _fires(text, "160") and _fires(text, "29")


def test_level_between_is_no_run():
    # p10-cafef-xuatkhau-2023-h1: each province's level stands between its change and the comparison
    text = ("Xếp thứ 2 là Bắc Ninh với kim ngạch xuất khẩu đạt 17,06 tỷ USD, giảm gần 4,3 tỷ USD; Bình Dương ở vị trí "
            "thứ ba với kim ngạch đạt 14,75 tỷ USD, giảm 3,55 tỷ USD; Thái Nguyên đạt 12,91 tỷ USD, giảm 4,31 tỷ USD; "
            "Hải Phòng có kim ngạch 11,5 tỷ USD, tương đương so với kết quả 1")
    assert (PAGES / "p10-cafef-xuatkhau-2023-h1.txt").read_text().count("giảm 3,55 tỷ USD") == 1
    assert not _fires(text, "4,3") and not _fires(text, "3,55")
    # c-lamdong-lamluat-2022-10: a level (29,87 ha) between the change of the cases and the comparison
    text = ("phát hiện 235 vụ vi phạm, giảm 180 vụ (tương đương 43%); diện tích thiệt hại do phá rừng 29,87 ha, giảm "
            "1,51 (tương đương 5%); lâm sản thiệt hại 1.272 m3, giảm 420 m3 (tương đương 25%) so với cùng kỳ.")
    assert not _fires(text, "180")
    # h-chilang-ccb-2022-h1: a decrease compared with nothing
    assert not _fires("kết nạp được 24 hội viên, chuyển đến 01; giảm 42 hội viên (do từ trần 41, chuyển đi 01).", "42")
