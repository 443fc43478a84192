"""Checker round 31 (sweepchk21, issue 13): the fresh set ``c25-`` (evaluations/sweep/checker-round31.md).

No figures of the period:
- one incident's particulars cited in a report of the period's incidents (``Vụ cháy khiến 14 người tử vong, 3 người
  bị thương``, ``diện tích khoảng 150m²``, ``điển hình: Vụ cháy … làm cháy khoảng 800m2 nhà xưởng``) —
  ``recognisers.incidents``; the period's totals stay, and a page that lists single incidents keeps their particulars;
- what a session passed (``Kỳ họp cũng đã thông qua 34 Nghị quyết``) — ``recognisers.sessions``; a year's count of
  resolutions stays;
- an address: a lane and its branches (``ngõ 43/98/31``), a house number pair on a named street (``tại 129/143
  Trường Chinh,``), a ward glued by a dot (``phường.7``); a building's floors (``ngôi nhà 3 tầng``) —
  ``recognisers.lanes``;
- a posting's stamp (``Sự kiện - 09/05 14:59``) — ``recognisers.stamps``.
"""

from __future__ import annotations

from service.checker import check_text
from service.checker.recognisers.incidents import incident_particulars
from service.checker.recognisers.sessions import passed_at_session
from service.figures.load import load_table
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import HELDOUT, flagged_in, heldout, page, within


# ---------------------------------------------------------------- one incident cited

def test_one_fire_cited_in_a_years_report_its_dead_house_and_tenants(dummy):
    text = page("c25-vovgov-chay-no-nam-2024")
    assert flagged_in(text, dummy, "toàn quốc xảy ra 3.922 vụ cháy, làm chết 103 người, bị thương 78 người") \
        == ["3.922", "103", "78"]
    assert flagged_in(text, dummy, "Cháy nhà trọ ở Trung Kính, Hà Nội khiến 14 người tử vong") == []
    assert flagged_in(text, dummy, "Vụ cháy khiến 14 người tử vong, 3 người bị thương") == []
    assert flagged_in(text, dummy, "Nhà được xây dựng với diện tích khoảng 150m² trên tổng diện tích khu đất xây dựng là "
                                   "205m², phần diện tích còn lại khoảng 55m²") == []
    assert flagged_in(text, dummy, "Tổng số thành viên trong gia đình chủ nhà 7 người và có 17 người đăng ký thuê để ở "
                                   "tổng số 13 phòng cho thuê") == []
    assert flagged_in(text, dummy, "số 1 ngõ 43/98/31, phố Trung Kính") == []


def test_the_typical_fires_after_the_periods_count_in_one_paragraph(dummy):
    text = page("c25-giadinh-chay-no-han-xi-2011")
    assert flagged_in(text, dummy, "cả nước xảy ra 873 vụ cháy nổ, làm chết 23 người, bị thương 80 người") \
        == ["873", "23", "80"]
    assert flagged_in(text, dummy, "Trong đó có 14 vụ hỏa hoạn lớn, thiệt hại tài sản khoảng 213 tỷ đồng") \
        == ["14", "213 tỷ đồng"]
    assert flagged_in(text, dummy, "vụ cháy bar ở Zone 9 (Hà Nội) vào ngày 19/11 khiến 6 nạn nhân thiệt mạng") == []
    assert flagged_in(text, dummy, "khiến 13 người thiệt mạng, hơn 25 người bị thương") == []


def test_a_page_listing_single_fires_keeps_their_particulars(dummy):
    text = page("c25-vov-vu-chay-kinh-hoang-2018")    # no count of fires: the fires are the page's subject
    assert flagged_in(text, dummy, "khiến 13 người tử vong, 28 người bị thương") == ["13", "28"]
    text = page("c25-kienthuc-chay-nghiem-trong-2022")
    assert flagged_in(text, dummy, "Vụ cháy làm 6 người tử vong (4 người lớn và 2 trẻ em)") == ["6", "4", "2"]


def test_the_heldout_fire_months_typical_fires_against_its_table():
    case = HELDOUT / "ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03"
    text = heldout(case.name)
    figures = load_table(case / "figures.csv", period="2023-03")
    for area in ("800m2", "1.500m2", "1.000m2"):
        at = text.index(area)
        assert incident_particulars(text, at)
    got = {c.text: c.verdict for c in check_text(text, figures).numbers if c.text in ("800m2", "1.500m2", "1.000m2")}
    assert set(got.values()) == {"not_a_figure"}
    assert flagged_in(text, figures, "tại 129/143 Trường Chinh, Lâm Hà") == []
    # the month's own figures are no incident's
    at = text.index("4 vụ cháy lớn")
    assert not incident_particulars(text, at)


def test_no_count_of_incidents_in_a_periods_sentence():
    text = ("Trong tháng 4, cả nước xảy ra 372 vụ cháy, gây thiệt hại khoảng 18,69 tỷ đồng và 43,94 ha rừng. "
            "Ngày 5/4, lực lượng chữa cháy đã cứu 20 người.")
    for x in ("372", "18,69", "43,94", "20"):
        assert not incident_particulars(text, text.index(x))


# ---------------------------------------------------------------- a session's acts

def test_what_a_session_passed(dummy):
    text = page("c25-danang-ky-hop-7-hdnd-2018")
    assert flagged_in(text, dummy, "Kỳ họp cũng đã thông qua 34 Nghị quyết") == []
    text = heldout("ya-lao-cai-phuong-xuan-tang-ktxh-hdnd-ky-hop-cuoi-nam-2021")
    at = text.index("thông qua 4 nghị quyết") + len("thông qua ")
    assert passed_at_session(text, at, at + 1)


def test_a_councils_year_of_resolutions_stays():
    for text in ("Trong năm, HĐND tỉnh đã tổ chức 4 kỳ họp, thông qua 45 nghị quyết.",
                 "HĐND huyện tổ chức 4 kỳ họp, thông qua 45 nghị quyết quan trọng.",
                 "Nhiệm kỳ qua, tại các kỳ họp, HĐND đã thông qua 120 nghị quyết."):
        at = text.index("45") if "45" in text else text.index("120")
        assert not passed_at_session(text, at, at + (2 if "45" in text else 3)), text


# ---------------------------------------------------------------- addresses, floors, a stamp

def test_addresses_floors_and_a_stamp(dummy):
    text = page("c25-kienthuc-chay-nghiem-trong-2022")
    assert within(text, dummy, "tại ngôi nhà 3 tầng trong hẻm 47")[0][1] == "not_a_figure"
    text = page("c25-kinhtemoitruong-372-vu-chay-thang-4")
    assert flagged_in(text, dummy, "thiệt hại hơn 18 tỷ đồngSự kiện - 09/05 14:59Theo") == ["18 tỷ"]
    text = heldout("ya-toan-quoc-tong-cuc-quan-ly-thi-truong-xu-ly-vi-pham-2019-q1")
    assert flagged_in(text, dummy, "phường.7, Quận 6") == []


def test_a_fraction_a_count_of_houses_and_a_ratio_stay(dummy):
    text = page("c25-baophapluat-354-vu-chay-thang-3-2024")
    assert flagged_in(text, dummy, "có tới 151/354 vụ chưa kết luận") == ["151", "354"]
    text = "Năm 2023, huyện xây mới 12 nhà 2 tầng cho hộ nghèo; tỷ lệ đạt 12/15 xã, phường."
    assert flagged_in(text, dummy, "xây mới 12 nhà 2 tầng") == ["12"]
    assert flagged_in(text, dummy, "12/15 xã") != []


# ---------------------------------------------------------------- a sentence that opens on last year

def test_a_sentence_opening_on_last_year_against_its_table():
    case = HELDOUT / "zy-toan-quoc-cac-truong-dai-hoc-xep-loai-tot-nghiep-2025"
    text = heldout(case.name)
    figures = load_table(case / "figures.csv", period="2025")
    assert flagged_in(text, figures, "Cũng thời điểm này năm ngoái, ĐH Kinh tế quốc dân có 3.690 tân cử nhân thì 1.420 "
                                     "em tốt nghiệp xuất sắc, chiếm 38,5%") == []


def test_a_sentence_that_merely_names_last_year_stays(dummy):
    from service.checker.recognisers.ago import opens_on_last_year
    text = "Năm nay trường có 4.612 tân cử nhân, nhiều hơn năm ngoái. Năm trước, trường có 3.690 tân cử nhân."
    assert not opens_on_last_year(text, text.index("4.612"))
    assert opens_on_last_year(text, text.index("3.690"))


def test_the_bound_of_a_yield_the_units_counted_have():
    from service.checker.recognisers.bounds import class_bound
    text = heldout("zy-binh-phuoc-cong-ty-cao-su-phu-rieng-san-xuat-kinh-doanh-2017")
    at = text.index("trên 2,5 tấn/ha") + len("trên ")
    assert class_bound(text, at, at + 3)
    at = text.index("là 2,8 tấn/ha") + len("là ")
    assert not class_bound(text, at, at + 3)    # one plantation's yield: a figure (the clerk left it out)


def test_a_heading_ending_in_a_place_noun_does_not_make_the_next_section_number_an_address():
    from service.checker.extract import extract_numbers
    text = page("c10-thapmuoi-hnd-2012-2017")
    at = text.index("NÔNG THÔN.\n1/- Tình hình") + len("NÔNG THÔN.\n")
    assert [n.kind for n in extract_numbers(text) if n.start == at] != ["address"]
