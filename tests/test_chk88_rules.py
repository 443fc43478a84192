"""Checker round 88 (chk88, issue 13): the final batch xq-'s false alarms (evaluations/sweep/checker-round88.md).

- ``recognisers.namedlist``: the count of the names a sentence lists, before ``là N`` or after ``N <noun> là``;
- ``recognisers.digitname``: a number between title-case words, the number ending a company's name;
- ``recognisers.multiples``: ``gấp N lần về X so với cùng kỳ``; a range of multiples of a base named after ``so với``;
- ``aspects.rows_naming``: ``vượt gần 8% về kim ngạch`` is the kim ngạch row's excess over its plan;
- ``recognisers.yearestimate``: an estimate for a whole year named by its number, in a shorter period's report.
Each with the page that showed it, a second real page, and real text where it must not fire.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, dummy, page_near, table, verdict_of  # noqa: F401

_NUTS = "xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09"
_COFFEE = "xq-dak-lak-so-cong-thuong-ca-phe-nhan-xuat-khau-2012-2013"
_RUBBER = "xq-toan-quoc-tong-cuc-hai-quan-xuat-khau-cao-su-2019-04"
_MUSEUMS = "xq-toan-quoc-titc-khach-tham-quan-bao-tang-vuon-quoc-gia-2015-8t"
_KCN = "xq-vinh-phuc-bql-kcn-thu-hut-dau-tu-2021-10t"
_CINEMA = "xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01"
_CASHEW = "xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t"
_AIR = "xq-toan-quoc-cuc-hang-khong-hanh-khach-qua-cang-2022-h1"
_FLAGS = ("unsupported", "stale")


def _verdicts(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


def _kinds(fragment):
    return [(m.raw, m.kind, m.recogniser) for m in extract_numbers(fragment)]


def _flagged_on_page(slug, fragment, figures, period=None):
    return [t for t, _, v in page_near(slug, fragment, figures, period) if v in _FLAGS]


# ---------------------------------------------------------------- the count of the names the sentence lists

def test_names_listed_before_la_n_prove_the_count():
    assert _verdicts(_NUTS, "Mỹ, Trung Quốc, Hà Lan lần lượt là 3 thị trường lớn nhất") == [("3", "not_a_figure")]
    assert _verdicts(_COFFEE, "Đức và Nhật Bản là hai nước nhập khẩu") == [("hai", "not_a_figure")]


def test_names_listed_before_la_n_on_two_other_pages(dummy):
    assert _flagged_on_page("t27-vcci-muc-8t-2022", "Italy, Tây Ban Nha và Pháp lần lượt là 3 thị trường", dummy) == []
    assert _flagged_on_page("t27-vcci-muc-8t-2022", "Hàn Quốc và Nhật Bản là 2 thị trường", dummy) == []


def test_names_listed_after_the_count_prove_it():
    assert _verdicts(_RUBBER, "ở 3 thị trường lớn nhất là Trung Quốc, Ấn Độ và Hàn Quốc") == [("3", "not_a_figure")]
    # a second page (c48-nld-mua-loc-thiet-hai-2013), and one where the last name runs on into its clause
    assert [k for _, k, _ in _kinds("tập trung ở 3 xã là Vĩnh Yên, Xuân Hòa và Nghĩa Đô.")] == ["name"]
    assert [k for _, k, _ in _kinds("có 6 huyện là Ninh Giang, Thanh Miện, Gia Lộc, Bình Giang, Cẩm Giàng và Nam Sách "
                                    "thu hoạch xong lúa mùa.")] == ["name"]


def test_a_count_the_names_do_not_match_stays_a_figure(dummy):
    # real negatives: one name after the count (c13-dienquang-2022-h1, p15-vnexpress-khachqt-2023-07)
    assert _flagged_on_page("c13-dienquang-2022-h1", "2 cá nhân là Bí thư Chi bộ", dummy) == ["2"]
    assert [k for _, k, _ in _kinds("Có 2 cá nhân là Bí thư Chi bộ.")] == ["count"]
    # the count of another list than the names: three films, two of them Vietnamese, the names in quotes (xq- cinema)
    assert [t for t, v in _verdicts(_CINEMA, "3 phim được khán giả lựa chọn nhiều nhất, gồm 2 bộ phim Việt")
            if v in _FLAGS] == ["3", "2"]
    # names before, but a count they do not make
    assert [k for _, k, _ in _kinds("Hà Nội và Huế là 3 địa phương dẫn đầu.")] == ["count"]


# ---------------------------------------------------------------- numbers inside names

def test_a_number_between_title_case_words_is_part_of_a_name(dummy):
    assert _verdicts(_MUSEUMS, "Vừa qua, Dinh 1 Bảo Đại (đường Trần Quang Diệu") == [("1", "not_a_figure")]
    assert _flagged_on_page("c47-thithamphobien-bo-nhiem-giam-muc-2009", "Thánh Piô 10 Đà Lạt", dummy) == []


def test_a_number_of_a_place_or_a_list_stays_a_figure(dummy):
    # a place and its value (d3-afamily-bao10-2025, t14-kienthuc-bao-pabuk-2019), a heading in capitals, a lower-case run
    assert _flagged_on_page("d3-afamily-bao10-2025", "gồm Bắc Ninh 2, Hà Nội 1, Ninh Bình 1", dummy) == ["2", "1", "1"]
    assert [k for _, k, _ in _kinds("6 tàu bị chìm (Cà Mau 2 Bạc Liêu 3).")] == ["count", "count", "count"]
    assert [r for _, _, r in _kinds("được xếp vào Top 10 Bảo tàng hấp dẫn nhất.")] != ["digit-inside-name"]


def test_the_number_ending_a_companys_name():
    assert _verdicts(_COFFEE, "Công ty trách nhiệm hữu hạn một thành viên xuất khẩu càphê 2/9, trong niên vụ qua") == [
        ("2/9", "not_a_figure")]
    # the second source (cuuchienbinh.vn/cong-ty-ca-phe-15--vi-the-thuong-hieu-ca-phe-nguoi-linh-d41442.html)
    assert _kinds("Công ty TNHH MTV Cà phê 15 (gọi tắt Công ty Cà phê 15), trực thuộc Quân khu 5")[0][2] == "company-number"
    # a count after the name's words is a figure
    assert [k for _, k, _ in _kinds("Công ty TNHH Minh Long có 15 lao động.")] == ["count"]


# ---------------------------------------------------------------- multiples

def test_a_multiple_about_a_measure_then_last_year_is_last_years_multiple(dummy):
    assert [v for _, v in _verdicts(_KCN, "gấp 3,5 lần về vốn đầu tư so với cùng kỳ")] == ["unverified"]
    assert [v for _, v in _verdicts(_KCN, "gấp 8 lần về số vốn đầu tư so với cùng kỳ")] == ["unverified"]
    assert _flagged_on_page("t5-nghean-ktxh-2021", "gấp 3,16 lần về tổng mức đầu tư so với cùng kỳ", dummy) == []


def test_a_multiple_about_a_measure_is_checked_where_the_table_keeps_last_year(tmp_path):
    sheet = table(tmp_path, ["1,Tổng mức đầu tư,tỷ đồng,39300,10000"],
                  header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    said = "Tổng mức đầu tư đạt 39.300 tỷ đồng, gấp {} lần về tổng mức đầu tư so với cùng kỳ năm 2020."
    assert verdict_of(said.format("3,93"), sheet)["3,93"] == "derived"
    assert verdict_of(said.format("5,93"), sheet)["5,93"] == "unsupported"


def test_a_range_of_multiples_of_a_named_base_is_unproved(dummy):
    assert [v for _, v in _verdicts(_CINEMA, "tăng từ 2 đến 3 lần so với ngày thường")] == ["unverified", "unverified"]
    assert _flagged_on_page("c18-baodautu-lienminh-htx-2020", "tăng gấp từ 2-5 lần so với năm 2003", dummy) == []
    # not a range: one multiple in brackets, its base after them, is read as before (flagged on the bare page)
    assert _flagged_on_page("c18-baodautu-lienminh-htx-2020", "(gấp khoảng 5,2 lần) so với năm 2003", dummy) == ["5,2"]


# ---------------------------------------------------------------- về <measure> after a rate of the plan

def test_ve_after_a_rate_of_the_plan_names_its_row():
    line = "vượt 6% kế hoạch về lượng điều nhân nhập khẩu và vượt gần 8% về kim ngạch"
    assert [v for _, v in _verdicts(_CASHEW, line)] == ["derived", "derived"]
    wrong = _verdicts(_CASHEW, line, bad=line.replace("gần 8%", "gần 9%"))
    assert [v for _, v in wrong] == ["derived", "unsupported"]
    # the exports' pair, said before (đạt 94% về lượng và trên 82% về kim ngạch): as before
    assert [v for _, v in _verdicts(_CASHEW, "đạt 94% về lượng và trên 82% về kim ngạch")] == ["supported", "supported"]


# ---------------------------------------------------------------- an estimate for a named whole year

def test_an_estimate_for_the_named_year_is_not_the_half_years():
    assert _verdicts(_AIR, "Riêng khách quốc tế dự kiến đạt khoảng 5 triệu khách") == [
        ("5 triệu", "not_a_figure")]
    assert [t for t, v in _verdicts(_AIR, "khách nội địa đạt khoảng 82,8 triệu khách") if v in _FLAGS] == []


def test_an_estimate_for_the_named_year_on_a_second_page(tmp_path):
    sheet = table(tmp_path, ["1,Lượt khách tham quan,lượt khách,560000"])
    text = "Dự kiến năm 2025, Bảo tàng Quảng Ninh đón 1,1 triệu lượt khách tham quan."
    assert verdict_of(text, sheet, period="2025-H1")["1,1 triệu"] == "not_a_figure"
    # negative: no estimate word — the half year's own figure, wrong against the row
    plain = "6 tháng đầu năm 2025, Bảo tàng Quảng Ninh đón 1,1 triệu lượt khách tham quan."
    assert verdict_of(plain, sheet, period="2025-H1")["1,1 triệu"] == "unsupported"
    # negative: the estimate of a month inside the year named
    month = "Dự kiến năm 2025, riêng tháng 7 Bảo tàng Quảng Ninh đón 1,1 triệu lượt khách tham quan."
    assert verdict_of(month, sheet, period="2025-H1")["1,1 triệu"] != "not_a_figure"


def test_an_estimate_is_checked_where_the_table_keeps_the_years_estimates():
    # zm-ha-noi-xe-buyt (10 months of 2016) keeps "Ước cả năm 2016" (3-U2016 = 957): the estimate said is checked
    line = "dự kiến năm 2016 là khoảng 957 tỉ đồng"
    slug = "zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t"
    assert [v for t, v in _verdicts(slug, line) if t != "2016"] == ["supported"]
    assert [v for t, v in _verdicts(slug, line, bad=line.replace("957", "958")) if t != "2016"] == ["unsupported"]
