"""Round 28's rules (evaluations/figures-round28.md), each on real layouts: the held-out table that showed it and
the same shape from another source or in another order."""

from __future__ import annotations

from decimal import Decimal as D

from service.figures.change import change_kind
from service.figures.load import load_table
from service.figures.schema import fold
from tests.figures_sheets import warned, write


# Rule 1: «N tháng đầu năm» before «so với» names the span compared, never the base «đầu năm»
def test_the_six_months_named_before_the_comparison_are_not_its_base():
    # ACV (infonet 2023): «6 tháng đầu năm 2023 so với cùng kỳ năm 2022 (%)» — an index against the same six months
    assert change_kind("6 tháng đầu năm 2023 so với cùng kỳ năm 2022 (%)", 2022, False) == "ratio"
    # a statistics office's nine months (round 25's shape): the same
    assert change_kind("9 tháng đầu năm 2019 so cùng kỳ năm 2018 (%)", 2018, False) == "ratio"


def test_the_start_of_the_year_after_the_comparison_is_still_the_base():
    # Phú Yên NHCSXH (ptpphuyen 2018): «Tăng (+), giảm (-) so với đầu năm» — against the start of the year
    from service.figures.change import months_since_january_named
    assert change_kind("Tăng (+), giảm (-) so với đầu năm", 2017, False) is None
    assert "dau nam" in months_since_january_named(fold("Tăng so với 6 tháng đầu năm 2018"))
    # an average since January stays aside as before (Hưng Yên CPI, round 27)
    assert change_kind("Chỉ số bình quân 4 tháng đầu năm 2018 so với cùng kỳ (%)", 2017, False) is None


def test_the_index_column_of_the_six_months_keeps_each_rows_index(tmp_path):
    t = load_table(write(tmp_path, "acv.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,6 tháng đầu năm 2023,6 tháng đầu năm 2023 so với cùng kỳ năm 2022 "
                         "(%),Ghi chú\n1,Sản lượng hành khách thông qua cảng,triệu lượt khách,\"56,84\",\"129,2\",\n"
                         "1.1,Khách quốc tế,triệu lượt khách,\"14,46\",\"593,5\",\n"), period="2023-H1")
    rates = {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert rates == {"Sản lượng hành khách thông qua cảng: so với cùng kỳ": D("129.2"),
                     "Khách quốc tế: so với cùng kỳ": D("593.5")}, rates
    assert not warned(t, "không có trong bảng")


def test_the_index_gives_last_year_back_where_it_is_exact(tmp_path):
    # counts with the index against 2022 typed after the months: the same-period count recomputed (1.200 / 120,0 %)
    t = load_table(write(tmp_path, "n.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,9 tháng đầu năm 2023,9 tháng đầu năm 2023 so với cùng kỳ năm 2022 "
                         "(%)\n1,Số lượt khách,lượt,1.200,\"120,0\"\n"), period="2023-9T")
    f = next(iter(t))
    assert f.ky_bao_cao == 1200 and f.cung_ky == 1000, (f.chi_tieu, f.cung_ky)


# Rule 2: a row stating only its rise since the start of the year (its period cell empty) keeps the rise as its figure
_PHU_YEN = ("STT,Chỉ tiêu,Đơn vị tính,Quý I/2018,\"Tăng (+), giảm (-) so với đầu năm\",Ghi chú\n"
            "1,Doanh số cho vay,tỷ đồng,\"236,1\",,\n"
            "2,Cho vay hộ mới thoát nghèo,tỷ đồng,,\"82,4\",\n"
            "3,Cho vay hộ cận nghèo,tỷ đồng,,\"-5,2\",\n"
            "4,Nợ quá hạn và nợ khoanh,tỷ đồng,\"14,42\",\"0,356\",\n")


def test_a_rise_since_the_start_of_the_year_alone_is_the_rows_figure(tmp_path):
    t = load_table(write(tmp_path, "py.csv", _PHU_YEN), period="2018-Q1")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.ky_truoc) for f in t}
    # the figure says its direction in words, as the page does («tăng hơn 82 tỷ đồng»): the sign kept in the word
    assert rows["Cho vay hộ mới thoát nghèo: tăng so với đầu năm"] == (82400000000, None), rows
    assert rows["Cho vay hộ cận nghèo: giảm so với đầu năm"] == (5200000000, None), rows
    # beside a balance the rise still gives the start of the year (Kỳ trước), as before
    assert rows["Nợ quá hạn và nợ khoanh"] == (14420000000, 14064000000), rows
    assert warned(t, "chỉ ghi mức tăng/giảm", "không phải số dư")
    assert not warned(t, "không nạp")


def test_a_rise_against_the_month_before_alone_is_the_rows_figure_too(tmp_path):
    # a monthly sheet «Tháng 7/2019 | Tăng (+), giảm (-) so với tháng trước» (the period before, not last year's)
    t = load_table(write(tmp_path, "m.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Tháng 7/2019,\"Tăng (+), giảm (-) so với tháng trước\"\n"
                         "1,Số doanh nghiệp đang hoạt động,doanh nghiệp,1.250,12\n"
                         "2,Số doanh nghiệp giải thể,doanh nghiệp,,3\n"), period="2019-07")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.ky_truoc, f.cung_ky) for f in t}
    assert rows["Số doanh nghiệp đang hoạt động"] == (1250, 1238, None), rows
    assert rows["Số doanh nghiệp giải thể: tăng so với tháng trước"] == (3, None, None), rows


# Rule 3: the stretch just before the period («Tuần liền kề trước đó», «Tuần trước») is Kỳ trước, and a change
# naming no base beside it is against it
_CSGT = ("STT,Chỉ tiêu,Đơn vị tính,Tuần từ 15/11/2022 đến 21/11/2022,Tuần liền kề trước đó (08/11/2022 - 14/11/2022),"
         "\"Tăng (+), giảm (-)\",\"Tăng (+), giảm (-) (%)\"\n"
         "1,Số vụ tai nạn giao thông,vụ,199,248,-49,\"-19,76\"\n2,Số người chết,người,99,133,-34,\"-25,56\"\n")


def test_the_week_just_before_is_the_previous_period(tmp_path):
    t = load_table(write(tmp_path, "csgt.csv", _CSGT), period="2022-11")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.cung_ky, f.ky_truoc) for f in t}
    assert rows == {"Số vụ tai nạn giao thông": (199, None, 248), "Số người chết": (99, None, 133)}, rows
    assert warned(t, "liền trước kỳ báo cáo", "Kỳ trước")
    assert not warned(t, "cùng kỳ năm trước'")


def test_last_week_titled_tuan_truoc_and_a_change_that_does_not_add_up(tmp_path):
    # a provincial police's weekly sheet «Tuần này (từ 06/02 đến 12/02/2023) | Tuần trước | Tăng, giảm | Tỷ lệ …»; the
    # change 19 on 120 against 100 is typed wrong: both numbers kept, the row flagged
    t = load_table(write(tmp_path, "w.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Tuần này (từ 06/02 đến 12/02/2023),Tuần trước,\"Tăng, giảm\","
                         "\"Tỷ lệ tăng, giảm (%)\"\n1,Số vụ tai nạn giao thông,vụ,120,100,19,\"20,0\"\n"
                         "2,Số người chết,người,50,60,-10,\"-16,67\"\n"), period="2023-02")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.cung_ky, f.ky_truoc) for f in t}
    assert rows == {"Số vụ tai nạn giao thông": (120, None, 100), "Số người chết": (50, None, 60)}, rows
    assert warned(t, "1 hàng (hàng 2)", "khác với hiệu", "kiểm tra lại")


def test_a_week_inside_the_period_is_still_a_part_of_it(tmp_path):
    # «Trong tuần (11/5-17/5/2018)» beside the running total: a stretch of the period, a row of its own, as before
    t = load_table(write(tmp_path, "p.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Lũy kế từ 02/01 đến 17/5/2018,Trong tuần (11/5-17/5/2018)\n"
                         "1,Số vụ,vụ,300,12\n"), period="2018-05")
    assert any(f.ky_bao_cao == 12 and "trong tuần" in f.chi_tieu for f in t), [(f.chi_tieu, f.ky_bao_cao) for f in t]
    assert all(f.ky_truoc is None for f in t)


# Rule 4: a term's first year beside the term's value is its base (Kỳ trước); the end of the term's last year, with
# no column of the whole term, is the term's value
def test_the_end_of_the_terms_last_year_is_the_value_and_its_first_year_the_base(tmp_path):
    # Ban Dân tộc Thái Nguyên (thainguyentv 2020): «từ 19,2% năm 2016 xuống 6,1% cuối năm 2019»
    t = load_table(write(tmp_path, "tn.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Cuối năm 2019,Năm 2016\n"
                         "1,Tỷ lệ hộ nghèo dân tộc thiểu số,%,\"6,1\",\"19,2\"\n2,Số bậc xếp hạng tăng,bậc,3,\n"),
                   period="2016-2019")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.ky_truoc) for f in t}
    assert rows == {"Tỷ lệ hộ nghèo dân tộc thiểu số": (D("6.1"), D("19.2")), "Số bậc xếp hạng tăng": (3, None)}, rows
    assert warned(t, "mốc gốc", "Kỳ trước")
    assert not any("2016" in f.chi_tieu for f in t)


def test_the_first_year_beside_the_terms_own_column_is_its_base(tmp_path):
    # Hòa Bình's health sector (held-out yn-…-2010-2019): «Giai đoạn 2010 - 2019 | Năm 2010», «tăng 98 xã so với năm
    # 2010» — the 32 xã of 2010 had been dropped
    t = load_table(write(tmp_path, "hb.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Giai đoạn 2010 - 2019,Năm 2010\n"
                         "1,Số xã đạt tiêu chí số 15 về y tế,xã,130,32\n2,Công trình trạm y tế xã,công trình,80,\n"),
                   period="2010-2019")
    rows = {f.chi_tieu: (f.ky_bao_cao, f.ky_truoc) for f in t}
    assert rows == {"Số xã đạt tiêu chí số 15 về y tế": (130, 32), "Công trình trạm y tế xã": (80, None)}, rows


def test_every_year_of_the_term_in_its_own_column_stays_a_part(tmp_path):
    # «Năm 2016 | Năm 2017 | Năm 2018» in a term 2016-2018 with no term column: each year a row of its own, as before
    t = load_table(write(tmp_path, "y.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,Năm 2016,Năm 2017,Năm 2018\n1,Số hộ thoát nghèo,hộ,120,150,170\n"),
                   period="2016-2018")
    assert sorted(f.ky_bao_cao for f in t) == [120, 150, 170], [(f.chi_tieu, f.ky_bao_cao) for f in t]
    assert all(f.ky_truoc is None for f in t)
    assert not warned(t, "mốc gốc")


def test_the_week_before_beside_a_running_total_and_its_week_stays_the_weeks(tmp_path):
    # Quảng Bình's COVID-19 week (held-out zr-…-2022-06): «Trong tuần | Tuần trước | Lũy kế từ đầu dịch» — the value
    # is the running total; the week before is the week's, never the total's Kỳ trước, and 15 is not lost
    t = load_table(write(tmp_path, "qb.csv",
                         "TT,Chỉ tiêu,Đơn vị tính,Trong tuần,Tuần trước,Lũy kế từ đầu dịch\n"
                         "1,Số ca mắc mới,ca,100,,127.569\n2,Số ca mắc trung bình mỗi ngày,ca/ngày,14,15,\n"),
                   period="2022-06")
    assert all(f.ky_truoc is None for f in t), [(f.chi_tieu, f.ky_truoc) for f in t]
    assert any(f.ky_bao_cao == 15 and "tuần trước" in f.chi_tieu for f in t), [(f.chi_tieu, f.ky_bao_cao) for f in t]


def test_a_row_with_only_the_first_years_number_keeps_it_as_a_row_of_its_own(tmp_path):
    # round 8's r-ba-ria-vung-tau layout: «Số vụ | | 12» under «Giai đoạn 2015-2020 | Năm 2015»: nothing is lost
    t = load_table(write(tmp_path, "a.csv", "STT;Nội dung;ĐVT;Giai đoạn 2015-2020;Năm 2015\n"
                                            "1;Xếp hạng Chỉ số PAR INDEX;hạng/63;9;35\n2;Số vụ;vụ;;12\n"),
                   period="2015-2020")
    assert [(f.ma, f.ky_bao_cao, f.ky_truoc) for f in t] == [("1", 9, 35), ("2-2015", 12, None)]


def test_only_the_terms_first_and_last_years_are_a_before_and_after(tmp_path):
    # xaydungdang 2022: «giảm từ 58,2% năm 2006 xuống 27,9% năm 2021» headed «Năm 2021 | Năm 2006», term 2006–2021
    t = load_table(write(tmp_path, "lc.csv", "STT,Tỉnh,Đơn vị tính,Năm 2021,Năm 2006\n1,Lai Châu,%,\"27,9\",\"58,2\"\n"),
                   period="2006-2021")
    assert [(f.chi_tieu, f.ky_bao_cao, f.ky_truoc) for f in t] == [("Lai Châu", D("27.9"), D("58.2"))]
    # a term of two years: its endpoints are every year, each a part as before
    t = load_table(write(tmp_path, "two.csv", "STT,Chỉ tiêu,Đơn vị tính,Năm 2015,Năm 2016\n1,Số hộ thoát nghèo,hộ,120,150\n"),
                   period="2015-2016")
    assert sorted(f.ky_bao_cao for f in t) == [120, 150] and all(f.ky_truoc is None for f in t)
