"""Checker round 36 (chk36, issue 13): the fresh set ``c30-`` (evaluations/sweep/checker-round36.md) — rankings,
other provinces' figures, campaigns' totals, weather, prices, elections, sports, judgments, census — and the held-out
folder's false alarms at stop 41's end. Each rule quotes two sources at least, and keeps flagged the figures beside
what it claims (the dummy table holds none of them).

No figures of the period:
- the age group that names an event after its sex (``đôi nữ 16-17``) — ``sports.AGE_GROUP``;
- the sum a court orders a defendant to pay the victim (``bị cáo Hoàng đền bù 6 triệu đồng``) —
  ``judgments.COMPENSATION``;
- one victim's injury rate (``gây thương tích tỉ lệ 29% (vĩnh viễn 25%)``) — ``judgments.INJURY_RATE``;
- how many units of a top N the text names (``4 đơn vị … nằm trong top 5``) — ``labels.IN_TOP``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within


# ---------------------------------------------------------------- an event's age group

def test_an_age_group_after_the_events_sex_names_the_event(dummy):
    text = page("c30-nghean24h-da-cau-tre-toan-quoc-2023")
    assert flagged_in(text, dummy, "Đơn nữ :16-17, đôi nữ 16-17, đội tuyển nữ 16-17, đôi nữ 14-15, đội tuyển nữ "
                                   "14-15") == []
    # the medals of the period beside them stay flagged
    assert flagged_in(text, dummy, "giành 1 huy chương Vàng; 5 huy chương Đồng") == ["1", "5"]
    assert flagged_in(text, dummy, "có 12 VĐV") == ["12"]


def test_the_same_sports_age_groups_in_other_sources(dummy):
    # baophutho.vn (2025-07-28), the same championship, and thethao.sggp.org.vn (2024-09), table tennis: the age group
    # after an event and its sex, spelled with ``nhóm tuổi`` or without
    text = ("Kết thúc các nội dung thi đấu, các VĐV của Đá cầu Đất Tổ đã giành được 5 Huy chương các loại, trong đó có 2 "
            "Huy chương Vàng nội dung Đơn nữ của VĐV Trần Thanh Hoa nhóm tuổi 18-19 và 3 Huy chương Đồng ở các nội "
            "dung: Đội 3 nữ nhóm tuổi dưới 13 và Đơn nữ nhóm tuổi 14-15.")
    assert flagged_in(text, dummy, "Đơn nữ của VĐV Trần Thanh Hoa nhóm tuổi 18-19") == []
    assert flagged_in(text, dummy, "Đơn nữ nhóm tuổi 14-15") == []
    assert flagged_in(text, dummy, "giành được 5 Huy chương các loại, trong đó có 2") == ["5", "2"]
    text = ("Trong thi đấu các nội dung đơn, bóng bàn trẻ TPHCM giành thêm tấm HCV đơn nữ nhóm tuổi U9 nhờ kết quả của "
            "tay vợt trẻ Thắng Thiên Ngân và HCV đơn nữ U10-11 của tay vợt Hồ Phương Linh, HCV đơn nữ U14-15 của tay vợt "
            "Nguyễn Như Quỳnh.")
    assert flagged_in(text, dummy, text) == []


def test_a_count_after_a_sex_keeps_its_numbers(dummy):
    text = "Đội tuyển nam 12 - 14 người, đội nữ 10 người; lớp tập huấn nam 16-17 học viên."
    # (round 87: a range beside a row of its unit, none in it, is a bound — unverified, still read as a figure)
    assert [t for t, v, _ in within(text, dummy, text) if v != "not_a_figure"] == ["12 - 14", "10", "16-17"]


# ---------------------------------------------------------------- a judgment's terms

def test_the_compensation_a_court_orders_is_no_figure(dummy):
    text = page("c30-baophuyen-3-bi-cao-lanh-90-thang-tu")
    assert flagged_in(text, dummy, "bị cáo Hoàng đền bù 6 triệu đồng; bị cáo Thiện đền bù 3,9 triệu đồng cho bị hại (bị "
                                   "cáo Hồng đã đền bù cho bị hại trước đó và tại phiên tòa hơn 10 triệu đồng)") == []
    text = page("c30-thanhnien-hai-duong-danh-pho-chu-tich-xa")
    assert flagged_in(text, dummy, "phải bồi thường cho bị hại hơn 365 triệu đồng") == []
    # plo.vn (2017-03, chem-hang-xom-vi-nghi-chat-chuoi-trom)
    text = "tuyên phạt Nguyễn Phúc Hiền 5 năm tù giam, về tội “Cố ý gây thương tích” và buộc bồi thường cho bị hại 45 triệu đồng."
    assert flagged_in(text, dummy, "45 triệu đồng") == []


def test_compensation_a_report_paid_keeps_its_amount(dummy):
    text = "Năm 2023, huyện đã bồi thường cho 120 hộ dân bị ảnh hưởng dự án với tổng số tiền 35 tỷ đồng."
    assert flagged_in(text, dummy, text) == ["120", "35 tỷ đồng"]


def test_an_injury_rate_is_one_victims(dummy):
    text = page("c30-baophuyen-3-bi-cao-lanh-90-thang-tu")
    assert flagged_in(text, dummy, "gây thương tích tỉ lệ 29% (vĩnh viễn 25%)") == []
    text = page("c30-thanhnien-hai-duong-danh-pho-chu-tich-xa")
    assert flagged_in(text, dummy, "tỷ lệ tổn thương cơ thể do thương tích gây ra là 55%") == []
    # plo.vn (2017-03): the forensic examiners' rate
    text = "Theo biên bản kết luận giám định pháp y của giám định pháp y tỉnh, ông Thanh tổn hại sức khỏe 41%, do bị vết chém."
    assert flagged_in(text, dummy, text) == []


def test_a_rate_of_injuries_counted_keeps_its_number(dummy):
    text = ("Tỷ lệ trẻ em bị tai nạn thương tích là 3,1%; 215 trẻ bị tai nạn thương tích được sơ cứu, tỷ lệ tổn "
            "thương cơ thể được giám định cho 12 nạn nhân.")
    assert flagged_in(text, dummy, text) == ["3,1%", "215", "12"]


# ---------------------------------------------------------------- how many of a top

def test_how_many_of_a_top_the_text_names(dummy):
    text = heldout("yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018")
    assert flagged_in(text, dummy, "Ngoài Hà Tĩnh, 4 đơn vị có tỷ lệ học sinh đoạt giải cao nằm trong top 5") == []
    text = page("c12-vn-thunhap-2024")
    assert flagged_in(text, dummy, "3 địa phương còn lại trong top 5") == []


def test_a_count_before_a_comma_and_a_top_keeps_its_number(dummy):
    text = "Toàn huyện có 10 xã đạt chuẩn nông thôn mới, đứng trong top 3 của tỉnh."
    assert flagged_in(text, dummy, text) == ["10"]


# ---------------------------------------------------------------- the price index's groups

def test_the_whole_of_a_price_indexs_groups_is_standing(dummy):
    text = page("c30-thanhnien-cpi-thang-10-2019-thit-lon")
    # the whole (11) is standing; the part that rose is no figure either since checker round 48 (movers.py: how many
    # of a stated whole rose or fell describes the index, a clerk's sheet keeps none — c41-, zu-binh-dinh-cuc-thong-ke)
    assert flagged_in(text, dummy, "có 10/11 nhóm hàng hóa và dịch vụ có chỉ số giá tăng") == []
    text = page("p12-thanhnien-gdp-2018-q1")
    assert flagged_in(text, dummy, "trong đó 8/11 nhóm hàng hóa và dịch vụ có chỉ số giá giảm") == []


# ---------------------------------------------------------------- a total since a year before the period

def test_a_total_since_a_year_before_the_period_is_no_figure_of_it(tmp_path):
    from tests.sweep_tables import checks, held
    case = "yk-gia-lai-hoi-chu-thap-do-tinh-le-hoi-xuan-hong-2026-01"
    text = heldout(case)
    got = {n.text.strip(): n.verdict for n in checks(text, held(tmp_path, case, "2026-01"), "2026-01")}
    assert got["2.500"] == "not_a_figure"
    # the checker ties «1.814 đơn vị máu» to the row «Máu tiếp nhận» (303): a number tied to a row stays checked
    assert got["1.814"] == "unsupported"
    assert got["303"] == "supported"   # the festival's own blood units stay the period's
    case = "zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2022-01"), "2022-01")
    three = [n for n in numbers if n.text.strip() == "3" and "ngôi nhà" in text[n.end:n.end + 12]]
    assert three and three[0].verdict == "not_a_figure"


def test_a_total_since_the_periods_own_first_year_stays_its_figure(dummy):
    # c30-baohaugiang: no period given, the campaign's own years — every family counted stays flagged
    text = page("c30-baohaugiang-cam-thong-chia-se-gan-7-nam")
    assert flagged_in(text, dummy, "Từ năm 2020 đến nay do ảnh hưởng của dịch Covid-19 nên chương trình chỉ trợ "
                                   "giúp 9 gia đình") == ["9"]


def test_a_total_since_the_terms_first_year_stays_supported(tmp_path):
    from tests.sweep_tables import checks, held
    case = "zd-nghe-an-tam-hop-xa-ktxh-2020-2025"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2020-2025"), "2020-2025")
    total = [n for n in numbers if n.text.startswith("16 tỷ")]
    assert total and total[0].verdict == "supported"


def test_the_whole_of_groups_of_goods_past_a_level_stays_a_figure(dummy):
    text = page("p16-nguoitruyenlua-xnk-2021-11")
    assert flagged_in(text, dummy, "có 2/7 nhóm hàng xuất khẩu") == ["2", "7"]


def test_a_wrong_value_of_a_row_whose_period_runs_from_that_year_stays_caught(tmp_path):
    # g-dakrong-vnn-2000: the table is coded 2015, its period is «từ năm 2000 đến nay»; a wrong 1,8 tỷ is flagged
    from tests.sweep_tables import checks, held
    case = "g-dakrong-vnn-2000"
    text = heldout(case).replace("hơn 1,8 tỷ đồng", "hơn 1,8 triệu đồng")
    numbers = checks(text, held(tmp_path, case, "2015"), "2015")
    wrong = [n for n in numbers if n.text.startswith("1,8 triệu")]
    assert wrong and wrong[0].verdict == "unsupported"
