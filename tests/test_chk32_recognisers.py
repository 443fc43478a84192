"""Checker round 32 (chk32, issue 13): the fresh set ``c26-`` (evaluations/sweep/checker-round32.md) — schedules,
hotlines, quotas, sports tables and the weather service's pages. No figures of the period:

- a list number marked ``1/.`` or ``1/-`` (``headings.LIST_DOUBLE_MARK``);
- a timetable's days and hours written once for two (``từ 21 đến 23-1``, ``từ 6 đến 14 giờ, 14 giờ đến 22 giờ``), a
  day's shifts (``chia làm 3 ca``), a date whose year was cut (``Ngày 08/7/``) — ``recognisers.timetable``;
- a hotline's number said again (``đường dây nóng 1022 và 115``) — ``recognisers.hotlines``;
- a quota assigned (``được giao chỉ tiêu tuyển chọn 1.041 …, trong đó 800 … và 241``) and the places a session was
  broadcast to (``truyền trực tuyến tới 34 tỉnh, …, 3.321 xã``) — ``recognisers.quotas``, asked in ``check`` of a
  number no row supports;
- a sport named by its team size (``Bóng đá nam 11 người``) and a vessel's name (``tàu Vịnh Xanh 58``) —
  ``recognisers.fixtures``.
Each with the figures beside it that stay flagged against a table that holds none of them.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- list numbers, timetables

def test_a_list_number_marked_slash_dot_or_slash_dash(dummy):
    text = page("c26-tayninh-lich-tiep-cong-dan-2021")
    assert flagged_in(text, dummy, "1/. Tháng 01/2021:") == []
    assert flagged_in(text, dummy, "7/. Tháng 7/2021:") == []


def test_a_list_number_slash_dash_in_a_district_report(dummy):
    text = "II. SẢN XUẤT NÔNG NGHIỆP\n1/- Tình hình sản xuất nông nghiệp: trong năm gieo trồng 1.250 ha lúa.\n"
    # (the heading as c10-thapmuoi writes it; the area after it is a figure and stays)
    assert flagged_in(text, dummy, "1/- Tình hình") == []
    assert flagged_in(text, dummy, "gieo trồng 1.250 ha lúa") == ["1.250 ha"]


def test_a_fraction_at_a_lines_start_stays(dummy):
    text = "Kết quả:\n3/5 xã đạt chuẩn nông thôn mới.\n"
    assert flagged_in(text, dummy, "3/5 xã") != []


def test_the_first_day_of_a_span_with_a_dashed_month(dummy):
    text = page("c26-tiin-khong-khi-lanh-24-1-2026")
    assert flagged_in(text, dummy, "so với các ngày từ 21 đến 23-1") == []
    text = page("p18-nld-mualu-bacbo-2020-08")
    assert [v for t, v, _ in within(text, dummy, "từ ngày 20 đến 22-8") if t == "20"] == ["not_a_figure"]
    text = heldout("zn-an-giang-bien-phong-xuat-nhap-canh-trai-phep-2025")
    assert flagged_in(text, dummy, "tiến hành từ ngày 15 đến 16-12") == []


def test_a_count_before_a_dashed_date_stays(dummy):
    text = "Từ 12 đến 15-3, toàn tỉnh phát hiện 18 vụ vi phạm."
    assert flagged_in(text, dummy, "phát hiện 18 vụ") == ["18"]


def test_a_shifts_hours_and_its_shifts(dummy):
    text = page("c26-baobinhduong-quay-roi-duong-day-nong-1022")
    assert flagged_in(text, dummy, "Nhân viên trực tổng đài chia làm 3 ca, từ 6 đến 14 giờ, 14 giờ đến 22 giờ và từ 22 "
                                   "giờ đến 6 giờ sáng hôm sau") == []
    # a hotline office's shifts as baobinhduong's other story gives them
    text = ("tổ chức trực theo mô hình “3 ca 4 kíp”; trong đó ca 1 từ 6 giờ sáng đến 14 giờ chiều, ca 2 từ 14 giờ đến 22 "
            "giờ, ca 3 từ 22 giờ đến 6 giờ sáng ngày hôm sau. Năm qua tổng đài tiếp nhận 12.500 cuộc gọi.")
    assert flagged_in(text, dummy, "“3 ca 4 kíp”; trong đó ca 1 từ 6 giờ sáng đến 14 giờ chiều, ca 2 từ 14 giờ đến 22 "
                                   "giờ, ca 3 từ 22 giờ đến 6 giờ") == []
    assert flagged_in(text, dummy, "tiếp nhận 12.500 cuộc gọi") == ["12.500"]


def test_a_date_whose_year_the_page_cut(dummy):
    text = page("c26-tayninh-lich-tiep-cong-dan-2021")
    assert flagged_in(text, dummy, "* Ghi chú: Ngày 08/7/") == []
    text = "Toàn huyện đạt 7/8 chỉ tiêu chủ yếu."   # no ngày: a share, kept
    assert flagged_in(text, dummy, "7/8 chỉ tiêu") != []


# ---------------------------------------------------------------- hotlines

def test_a_hotline_said_again(dummy):
    text = page("c26-baobinhduong-quay-roi-duong-day-nong-1022")
    assert flagged_in(text, dummy, "Từ khi đường dây nóng 1022 và 115 đi vào hoạt động") == []
    assert flagged_in(text, dummy, "Nhân viên đường dây nóng 1022 và đường dây khẩn cấp 115 trực tin báo") == []
    assert flagged_in(text, dummy, "tiếp nhận hệ thống 115, mỗi t") == []
    text = page("c26-laodong-tong-dai-vien-1022")
    assert flagged_in(text, dummy, "Những người gác đường dây nóng \"1022\"") == []
    assert flagged_in(text, dummy, "đã nhận tới gần 27.000 cuộc gọi") == ["27.000"]


def test_a_count_equal_to_the_hotline_stays(dummy):
    text = "Tổng đài 1022 của tỉnh năm qua đã tiếp nhận 1022 cuộc gọi phản ánh."
    assert flagged_in(text, dummy, "tiếp nhận 1022 cuộc gọi") == ["1022"]


# ---------------------------------------------------------------- quotas and a session's reach

def test_a_quota_assigned_and_its_parts(tmp_path):
    # the round's one-row table: a row named "Chỉ tiêu giả" would make every "giao chỉ tiêu" sentence about it, and a
    # number tied to a row stays asked (the next test)
    dummy = table(tmp_path, ["X-01,Số liệu giả,người,987654321"])
    text = page("c26-vnexpress-giao-nhan-quan-2026")
    assert flagged_in(text, dummy, "tỉnh được giao chỉ tiêu tuyển chọn 1.041 công dân nhập ngũ, trong đó 800 người "
                                   "thực hiện nghĩa vụ quân sự và 241 người") == []
    assert flagged_in(text, dummy, "khám sơ tuyển cho 3.902 công dân. Trong số này có 2.367 người") == ["3.902", "2.367"]
    text = page("t10-doluong-giaoquan-2012")
    assert flagged_in(text, dummy, "huyện Đô Lương được giao chỉ tiêu giao quân là 320 Thanh niên") == []
    # a second source: dqtv.vn, Hà Nội's quota of 2019
    text = "UBND thành phố Hà Nội vừa quyết định giao chỉ tiêu gọi 3.500 công dân nhập ngũ năm 2019."
    assert flagged_in(text, dummy, "giao chỉ tiêu gọi 3.500 công dân") == []


def test_a_quota_the_table_keeps_is_checked_against_its_row(tmp_path):
    text = "Năm 2019, huyện được giao chỉ tiêu tuyển 102 công dân."   # b-bach-thong-tuyen-quan-2018
    figures = table(tmp_path, ["5,Chỉ tiêu tuyển quân năm 2019 được giao,công dân,102"])
    assert [v for t, v, _ in within(text, figures, "tuyển 102 công dân")] == ["supported"]
    wrong = text.replace("102", "120")
    assert flagged_in(wrong, figures, "tuyển 120 công dân") == ["120"]


def test_the_places_a_session_was_broadcast_to(dummy):
    text = page("c26-baomoi-phong-thu-dan-su-thien-tai-2025")
    assert flagged_in(text, dummy, "Phiên họp được truyền trực tuyến tới 34 tỉnh, thành phố trực thuộc Trung ương, "
                                   "3.321 xã phường, đặc khu trên cả nước") == []
    # baonghean.vn 2021-11, a national conference on culture
    text = ("Hội nghị được kết nối trực tuyến đến 63 tỉnh, thành và các điểm cầu cấp huyện, cấp xã. Năm qua toàn tỉnh "
            "có 1.245 thiết chế văn hóa được xây mới.")
    assert flagged_in(text, dummy, "kết nối trực tuyến đến 63 tỉnh") == []
    assert flagged_in(text, dummy, "có 1.245 thiết chế") == ["1.245"]


# ---------------------------------------------------------------- names with a number

def test_a_sport_named_by_its_team_size(dummy):
    text = page("c26-baolamdong-dai-hoi-tdtt-2022")
    assert flagged_in(text, dummy, "bao gồm: Bóng đá nam 11 người, bóng bàn") == []
    assert flagged_in(text, dummy, "Tổng cộng có 15 môn với 18 nội dung thi đấu") == ["15", "18"]
    text = "Giải bóng đá 7 người có 240 vận động viên tham gia."
    assert flagged_in(text, dummy, "bóng đá 7 người có 240 vận động viên") == ["240"]


def test_a_vessels_name(dummy):
    text = page("c26-baomoi-phong-thu-dan-su-thien-tai-2025")
    assert flagged_in(text, dummy, "trong vụ lật tàu Vịnh Xanh 58 ở Hạ Long") == []
    text = page("c18-dantri-sar-khuvuc2-2025")   # a code in capitals: the code and series rules' (as before)
    assert flagged_in(text, dummy, "quản lý các tàu SAR 274, SAR 631") == []
    text = page("t12-brvt-cangbien-t4-2023")   # Vũng Tàu is a place: the tonnage after it stays
    assert flagged_in(text, dummy, "Vũng Tàu đạt 22 triệu tấn") == ["22 triệu tấn"]


def test_a_fruits_variety_and_spelled_hours(dummy):
    text = page("c26-vietbao-gia-lua-sau-rieng-2022")
    assert flagged_in(text, dummy, "Còn sầu riêng hạt lép Ri 6 đang được bán xô ở mức 65.000-70.000 đồng/kg") \
        == ["65.000-70.000 đồng/kg"]
    text = page("c21-baonghean-ngo-nk4300")   # the rule it widens: a code after the crop and its kind in lower case
    assert [v for t, v, _ in within(text, dummy, "NK 4300") if t == "4300"] == ["not_a_figure"]
    text = page("c26-doanhnghiepvn-duong-day-nong-khong-nong")
    assert flagged_in(text, dummy, "máy bị hết tiền quá bốn giờ đối với máy trong nội ô và tám giờ đối với máy") == []
    text = "Đoàn đã tổ chức bốn lớp tập huấn, mỗi lớp kéo dài ba giờ."   # a count of classes stays
    assert flagged_in(text, dummy, "bốn lớp") == ["bốn"]


def test_how_long_an_episode_lasts(dummy):
    text = page("c26-dantri-nang-nong-hoi-nghi-pctt-2021")
    assert flagged_in(text, dummy, "Vừa trải qua đợt nắng nóng gay gắt kéo dài khoảng 7 ngày") == []
    text = page("c18-danviet-bdbp-quangtri-2015")
    assert flagged_in(text, dummy, "mỗi chuyến tuần tra kéo dài 2-4 ngày") == []
    text = "Đợt cao điểm kéo dài 30 ngày, lực lượng chức năng bắt giữ 45 đối tượng."
    assert flagged_in(text, dummy, "kéo dài 30 ngày, lực lượng chức năng bắt giữ 45 đối tượng") == ["45"]


def test_a_units_name_before_the_verb_to_organise(dummy):
    text = page("c26-vnexpress-giao-nhan-quan-2026")
    assert flagged_in(text, dummy, "cùng 3 tỉnh thuộc Quân khu 2 tổ chức giao quân") == ["3"]
    # gialaitv.vn 2023's headline
    text = "Sư đoàn 320 tổ chức giáo dục tuyền thống cho chiến sĩ mới nhập ngũ năm 2023"
    assert flagged_in(text, dummy, "Sư đoàn 320 tổ chức") == []
    # organisations counted stay counts
    text = "Đảng ủy Quân sự tỉnh đã kiểm tra 759 tổ chức đảng và 2.075 đảng viên."
    assert flagged_in(text, dummy, "kiểm tra 759 tổ chức đảng và 2.075 đảng viên") == ["759", "2.075"]
