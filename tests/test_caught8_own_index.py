"""Caught round 8 (helper caught8, issue 13): a rate of change said right after a value is that value's row's rate,
checked against the row's own index rows (``<chỉ tiêu>: so với cùng kỳ``, cùng kỳ = 100) —
evaluations/sweep/caught-round8.md, ``service/checker/ownindex.py``.

Statistics offices write value and rate pair after pair (``3.623,6 triệu lượt khách, tăng 10,5% và 118,6 tỷ lượt
khách, tăng 10,8%``); every rate there is some row's index, so a wrong rate passed as another row's (``tăng 10,3%``,
the passengers' total) and a month's rate stayed unverified.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from service.checker.check import check_text
from service.checker.ownindex import rate_base

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "evaluations" / "sweep" / "caught8"
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


@lru_cache(maxsize=None)
def _case(root: Path, slug: str):
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases
    from service.checker.standing import from_case

    case = next(c for c in real_cases(root) if c.slug == slug)
    table, _ = load_real_table(case)
    return case, table, {"standing": from_case(case.standing), "period": case.period_code}


def _verdicts(root: Path, slug: str, line: str, bad: str | None = None):
    """(text, verdict, reason) of the numbers of ``line`` in the case's page, the line written ``bad`` if given."""
    case, table, kw = _case(root, slug)
    text = unicodedata.normalize("NFC", case.text)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
            if s <= n.start < s + len(line)]


def _flagged(got):
    return [t for t, v, _ in got if v == "unsupported"]


@pytest.mark.parametrize("root, slug, line, bad, wrong", [
    # d8 tapchitaichinh: 10,3 is the passengers' total's index (110,3); the road passenger-km's is 110,8
    (SWEEP, "d8-tapchitaichinh-vantai-10t-2018", "118,6 tỷ lượt khách, tăng 10,8%", "118,6 tỷ lượt khách, tăng 10,3%",
     "10,3%"),
    (SWEEP, "d8-tapchitaichinh-vantai-10t-2018", "161,4 triệu lượt khách, tăng 6,6%",
     "161,4 triệu lượt khách, tăng 7,6%", "7,6%"),
    # d8 baothainguyen: 7,1 is the passengers' revenue's (107,1); the passengers carried rose 8,1
    (SWEEP, "d8-baothainguyen-vantai-9t", "trên 9,7 triệu lượt, tăng 8,1%", "trên 9,7 triệu lượt, tăng 7,1%", "7,1%"),
    # zd Nam Định: the month's tonne-km, its label's three index rows (103,4, 102,9, 100,6), none 104,4 nor a fall
    (HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "661,1 triệu tấn.km, tăng 3,4%", "661,1 triệu tấn.km, tăng 4,4%", "4,4%"),
    (HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "661,1 triệu tấn.km, tăng 3,4%", "661,1 triệu tấn.km, giảm 3,4%", "3,4%"),
    (HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "đạt 456 tỷ đồng, tăng 5,5% so với tháng trước và giảm 3,3%",
     "đạt 456 tỷ đồng, tăng 5,5% so với tháng trước và giảm 4,3%", "4,3%"),
])
def test_a_rate_after_its_value_is_its_rows_index(root, slug, line, bad, wrong):
    assert not _flagged(_verdicts(root, slug, line))
    got = _verdicts(root, slug, line, bad)
    assert wrong in _flagged(got), got
    # named by the own-index pass, or (where round 25's loader keeps the month's index on the month's own row,
    # zd-nam-dinh) checked against that row directly: "R-11-2020-09-TL (…): 103,4% − 100% = 3,4%"
    reason = next(r for t, v, r in got if t == wrong)
    assert "chỉ số so với cùng kỳ" in reason or "% − 100% = " in reason, got


@pytest.mark.parametrize("root, slug, line", [
    # another base said after the rate, or carried over from the sentence: the month before
    (HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "đạt 456 tỷ đồng, tăng 5,5% so với tháng trước"),
    (SWEEP, "d8-tapchitaichinh-vantai-10t-2018", "giảm 0,7% so với tháng trước và 18 tỷ lượt khách, tăng 0,2%"),
    # another year than the one before the report's (zc hàng không, 2023: «so cùng kỳ 2019»)
    (HELDOUT, "zc-toan-quoc-van-tai-hang-khong-2023-h1", "Khách nội địa đạt 20 triệu, giảm 3,4% so với cùng kỳ 2022 "
                                                          "nhưng tăng 8,1% so cùng kỳ 2019"),
    # the cell keeps the rate itself (zu Quảng Nam «10 tháng so với cùng kỳ (%)» = 167) or the page writes the index
    # after «tăng» (zy Hải quan Hà Nội «tăng 120,6% so với cùng kỳ»); zp kiều hối's rate row besides a mislabelled one
    (HELDOUT, "zu-quang-nam-thuong-mai-dich-vu-van-tai-2023-10t", "doanh thu du lịch lữ hành đạt 264 tỷ đồng, tăng 167%"),
    (HELDOUT, "zy-ha-noi-chi-cuc-hai-quan-khu-vuc-i-thu-ngan-sach-2026-2t", "đạt 5.581 tỷ đồng, tăng 120,6% so với cùng kỳ"),
    (HELDOUT, "zp-tp-ho-chi-minh-nhnn-kieu-hoi-2024-h1", "bằng 54,7% so với cả năm 2023 và tăng 19,5% so với cùng kỳ"),
])
def test_rates_of_another_base_or_kept_as_rates_stand(root, slug, line):
    got = _verdicts(root, slug, line)
    assert got and not _flagged(got), got


@pytest.mark.parametrize("text, rate, year, base", [
    ("đạt 456 tỷ đồng, tăng 5,5% so với tháng trước và giảm 3,3% so với cùng kỳ năm trước.", "5,5%", None, "other"),
    ("đạt 456 tỷ đồng, tăng 5,5% so với tháng trước và giảm 3,3% so với cùng kỳ năm trước.", "3,3%", None, "year-ago"),
    ("giảm 0,7% so với tháng trước và 18 tỷ lượt khách, tăng 0,2%.", "0,2%", None, "other"),
    ("đạt 3.623,6 triệu lượt khách, tăng 10,5% và 118,6 tỷ lượt khách, tăng 10,8%;", "10,8%", None, "year-ago"),
    ("giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019.", "8,1%", 2023, "other"),
    ("giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019.", "3,4%", 2023, "year-ago"),
    ("ước đạt 10.975 tỷ đồng, bằng 58,8% kế hoạch, tăng 7,5% so với cùng kỳ năm 2019", "7,5%", 2020, "year-ago"),
    ("thu 285,3 tỷ đồng, tăng 12% so với dự toán", "12%", 2024, "other"),
])
def test_rate_base_reads_what_a_rate_is_measured_against(text, rate, year, base):
    at = text.index(rate)
    assert rate_base(text, 0, at, at + len(rate), year) == base


# --- a rate with no value before it, named by its subject's words (``OwnIndex._named_index_pass``)

@pytest.mark.parametrize("root, slug, line, bad, wrong", [
    # zd Nam Định: «vận chuyển» names the passengers' and the goods' rows (95,5 … 98,9): none gives a fall of 5,5
    (HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 4,5%",
     "lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 5,5%", "5,5%"),
    # d8 baothainguyen: the passengers' revenue's index is 107,1; 8,1 is the passengers carried
    (SWEEP, "d8-baothainguyen-vantai-9t", "doanh thu vận tải hành khách tăng 7,1%",
     "doanh thu vận tải hành khách tăng 8,1%", "8,1%"),
    (SWEEP, "d8-baothainguyen-vantai-9t", "doanh thu vận tải hàng hóa tăng 6,1%",
     "doanh thu vận tải hàng hóa tăng 7,1%", "7,1%"),
])
def test_a_rate_named_by_its_subject_is_that_rows_index(root, slug, line, bad, wrong):
    assert not _flagged(_verdicts(root, slug, line))
    got = _verdicts(root, slug, line, bad)
    assert _flagged(got) == [wrong], got
    assert "lời ngay trước nó" in next(r for t, v, r in got if t == wrong), got


def test_a_rounded_rate_named_by_its_subject_stands():
    """``giảm 4%`` for 4,5 (zd Nam Định): a writer's rounding of the passengers' index 95,5."""
    got = _verdicts(HELDOUT, "zd-nam-dinh-van-tai-2020-9t", "lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 4,5%",
                    "lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 5%")
    assert not _flagged(got), got


@pytest.mark.parametrize("subject, label, names", [
    ("luong khach van chuyen trong 9 thang dau nam 2020", "van chuyen", True),      # zd Nam Định: time words after
    ("doanh thu van tai hanh khach", "doanh thu van tai hanh khach", True),           # d8 baothainguyen
    ("doanh thu van tai hanh khach", "doanh thu van tai", False),                     # a part the label is not
    ("khoi luong hang hoa van chuyen giu muc on dinh hon", "van chuyen", False),      # zd: other words after it
])
def test_a_subject_names_a_label_only_at_its_end(subject, label, names):
    from service.checker.labelsaid import names_label
    from service.checker.ownindex import _AFTER_LABEL

    assert names_label(subject, label, _AFTER_LABEL) is names


# --- an index written as such after its value, «bằng X% so với cùng kỳ» (``OwnIndex._own_index_pass``)

@pytest.mark.parametrize("slug, line, bad, wrong", [
    ("zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08", "đạt 90% dự toán địa phương, bằng 128% so cùng kỳ năm 2021",
     "đạt 90% dự toán địa phương, bằng 228% so cùng kỳ năm 2021", "228%"),
    ("zx-quang-ninh-cong-ty-than-cao-son-san-xuat-kinh-doanh-2018-h1",
     "đạt  54,1% kế hoạch điều hành năm, bằng 113,5% so cùng kỳ năm 2017",
     "đạt  54,1% kế hoạch điều hành năm, bằng 713,5% so cùng kỳ năm 2017", "713,5%"),
    ("yg-ba-ria-vung-tau-cuc-thong-ke-thu-ngan-sach-2023-q1", "đạt 23% so với dự toán và bằng 81,7% so với cùng kỳ",
     "đạt 23% so với dự toán và bằng 51,7% so với cùng kỳ", "51,7%"),
    ("zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1", "8% kế hoạch và bằng 98,4% so với cùng kỳ",
     "8% kế hoạch và bằng 68,4% so với cùng kỳ", "68,4%"),
])
def test_an_index_said_after_its_value_is_its_rows(slug, line, bad, wrong):
    assert not _flagged(_verdicts(HELDOUT, slug, line))
    got = _verdicts(HELDOUT, slug, line, bad)
    assert wrong in _flagged(got), got
    reason = next(r for t, v, r in got if t == wrong)
    # the own-index pass says no index fits; round 55's keptindex, where it reads the kept rate first, names it
    assert "không khớp chỉ số nào" in reason or ("so với cùng kỳ bằng" in reason and f"không phải «{wrong}»" in reason), got


@pytest.mark.parametrize("text, number, year, said", [
    ("lũy kế thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương, đạt 90% dự toán địa phương, bằng 128% so cùng kỳ năm 2021",
     "128%", 2022, True),                                                          # zm Lâm Đồng
    ("diện tích đạt 1.144,1 nghìn ha, bằng 99,7% cùng kỳ năm trước", "99,7%", None, True),  # yi lúa đông xuân
    ("đạt hơn 5,1 tỷ USD, bằng 54,7% so với cả năm 2023", "54,7%", 2024, False),  # zp kiều hối: a whole year's base
    ("đạt 3,56 tỷ USD, bằng 91,4% cùng kỳ và đạt 35,6% kế hoạch", "35,6%", 2020, False),  # zu thủy sản: a plan's
    ("bằng 100,3% cùng kỳ năm 2016", "100,3%", 2018, False),                      # another year than the last
])
def test_index_written_reads_bang_x_percent_of_last_year(text, number, year, said):
    from service.checker.ownindex import index_written

    at = text.index(number)
    assert index_written(text, at, at + len(number), year) is said
