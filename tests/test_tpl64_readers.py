"""Round 64 (template, xj-): a year written without ``năm`` before its predicate is no count (bareyears.py); a photo
caption restating a body figure is that row (captions.py); a caseload under management is the period's row, not a
standing fact (caseload.py). Real text from two sources each, and real negatives."""

import re
from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.bareyears import bare_years_read
from service.onboarding.captions import is_caption
from service.onboarding.template import build_template
from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
KBNN = CASES / "xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1/source.txt"
BAN_LE = PAGES / "c41-cand-ban-le-2018.txt"
GAO = PAGES / "p14-thoibaotaichinh-gao-5t-2022.txt"
DEGI = PAGES / "d2-baogialai-degi-tet-nhan-ai-2026.txt"
VINH_LONG = CASES / "xj-vinh-long-cai-nghien-ma-tuy-2020-02/source.txt"
BAC_TRA_MY = CASES / "ze-quang-nam-bac-tra-my-cong-an-huyen-2024/source.txt"
THINH_SON = PAGES / "c18-doluong-thinhson-hnd-2018.txt"
KHANH_VINH = CASES / "yi-khanh-hoa-khanh-vinh-huyen-doan-tong-ket-cong-tac-doan-2015/source.txt"


def _sentence(path, words):
    text = path.read_text(encoding="utf-8")
    return next(s for s in re.split(r"(?<=\.)\s+|\n", text) if words in s)


def _figures(text):
    return [(m.raw, m.kind) for m in bare_years_read(text, extract_numbers(text)) if m.is_figure]


def _values(rows, value):
    return [r for r in rows if float(r.value) == value]


# ------------------------------------------------------------------------------------------------ bare years

def test_year_of_the_accumulated_amount_is_no_count():
    # "kể cả lũy kế của 2016 ước đạt hơn 40.370 tỷ đồng": 2016 the year, 40.370 tỷ đồng the row
    figures = _figures(_sentence(KBNN, "lũy kế của 2016"))
    assert ("2016", "count") not in figures and ("40.370 tỷ đồng", "money") in figures


def test_year_after_the_subject_is_no_count():
    # "Doanh thu dịch vụ khác 2018 ước tính đạt 509,13 nghìn tỷ đồng" (c41-cand-ban-le-2018)
    figures = _figures(_sentence(BAN_LE, "dịch vụ khác 2018"))
    assert not any(raw == "2018" for raw, _ in figures)


def test_counts_in_the_range_of_years_stay_counts():
    # negatives: "có 2014 hội viên, tăng 125 hội viên" (a noun after), "lên 2004 đoàn viên" (a noun after)
    assert any(raw.startswith("2014") for raw, _ in _figures(_sentence(THINH_SON, "có 2014 hội viên")))
    assert any(raw.startswith("2004") for raw, _ in _figures(_sentence(KHANH_VINH, "lên 2004 đoàn viên")))


def test_template_reads_the_amount_not_the_year():
    rows = _rows(KBNN)
    assert not _values(rows, 2016)
    (amount,) = _values(rows, 40370e9)
    assert amount.kind == "money"


# ------------------------------------------------------------------------------------------------ captions

def test_a_caption_is_told_by_its_credit():
    assert is_caption(_sentence(KBNN, "Ảnh minh họa"))
    assert is_caption(_sentence(GAO, "Ảnh: T.L") + " Ảnh: T.L")
    assert not is_caption(_sentence(KBNN, "từ chối thanh toán hơn 13 tỷ đồng chi sai"))


def test_caption_before_the_body_is_the_body_row():
    # "KBNN từ chối thanh toán hơn 13 tỷ đồng. Ảnh minh họa." then "… từ chối thanh toán hơn 13 tỷ đồng chi sai …"
    (row,) = _values(_rows(KBNN), 13e9)
    assert row.repeats


def test_caption_after_the_lede_is_the_lede_row():
    # "… tương đương trên 1,35 tỷ USD" then "Xuất khẩu gạo 5 tháng đầu năm 2022 đạt trên 1,35 tỷ USD. Ảnh: T.L"
    (row,) = _values(_rows(GAO), 1.35e9)
    assert row.repeats


def test_a_caption_figure_the_body_does_not_state_stays_a_row():
    # negative: "… hỗ trợ 1,26 tỷ đồng cho người dân tỉnh Gia Lai. Ảnh: H.V" (d2-baogialai): no 1,26 tỷ in the body
    assert len(_values(_rows(DEGI), 1.26e9)) == 1


# ------------------------------------------------------------------------------------------------ caseloads

def test_people_on_file_now_are_a_row():
    # "Tỉnh Vĩnh Long hiện có trên 2.200 người nghiện và người sử dụng ma túy có hồ sơ quản lý"
    template = build_template(VINH_LONG)
    assert _values([r for r in template.rows if r.value is not None], 2200)
    assert not [s for s in template.standing if float(s.value) == 2200]


def test_people_on_file_in_the_district_are_a_row():
    # "Hiện trên địa bàn huyện có 41 đối tượng nghiện ma túy có hồ sơ quản lý tại công an các xã, thị trấn"
    assert _values(_rows(BAC_TRA_MY), 41)


def test_members_held_now_stay_as_they_were():
    # negative: "Hiện nay, hội nông dân xã Thịnh Sơn có 2014 hội viên, tăng 125 hội viên …": no management words,
    # the caseload rule changes nothing (a row, as before)
    assert _values(_rows(THINH_SON), 2014)


def test_members_an_association_has_now_stay_standing():
    # negative: "hiện có hơn 3.000 hội viên Hội Người mù, sinh hoạt tại 203 chi hội" (xc-hai-duong-hoi-nguoi-mu): a
    # stock the association has, no management words — standing, as before
    template = build_template(CASES / "xc-hai-duong-hoi-nguoi-mu-tinh-dich-vu-xoa-bop-2023/source.txt")
    assert [s for s in template.standing if float(s.value) == 3000]
