"""The lead's rules of stop 43, from the working batch ``yn-*`` (in-sample from here): each on its batch quote and on
a second public source."""

from __future__ import annotations

from service.figures.load import load_table
from tests.sweep_tables import check_at, checks, csv_table, dummy  # noqa: F401 (a fixture)


def _verdict(tmp_path, table_text: str, text: str, at: str, period: str = "2019", nth: int = 0) -> str:
    table = csv_table(tmp_path, table_text, period)
    return check_at(checks(text, table, period), text, at, nth).verdict


def _bare(dummy, text: str, at: str, nth: int = 0):  # noqa: F811
    """The check whose number covers ``at`` (a time or a plate is read as one span with the words around)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(at, pos + 1)
    return next(n for n in checks(text, dummy, None) if n.start <= pos < n.end)


# ---------------------------------------------------------------- a scale word carrying a larger one

# yn-toan-quoc-bo-ke-hoach-dau-tu-dang-ky-doanh-nghiep-2017-08 (the planning ministry, 8/2017); baodauthau.vn (10/2018)
CAPITAL = """STT,Chỉ tiêu,Đơn vị tính,8 tháng năm 2017
1,Vốn đăng ký tăng thêm của doanh nghiệp hiện hữu,tỷ đồng,1.100.000
2,Tổng vốn đăng ký bổ sung vào nền kinh tế,tỷ đồng,1.930.000
"""


def test_a_million_billion_dong_is_one_amount(tmp_path):
    text = ("Ngoài ra, hơn 24 nghìn lượt doanh nghiệp hiện hữu đăng ký tăng thêm 1,1 triệu tỷ đồng, nâng tổng số vốn "
            "đăng ký bổ sung vào nền kinh tế trong 8 tháng qua là 1,93 triệu tỷ đồng.")
    assert _verdict(tmp_path, CAPITAL, text, "1,1 triệu", "2017-8T") == "supported"
    assert _verdict(tmp_path, CAPITAL, text, "1,93 triệu", "2017-8T") == "supported"
    wrong = text.replace("1,93 triệu", "1,39 triệu")
    assert _verdict(tmp_path, CAPITAL, wrong, "1,39 triệu", "2017-8T") == "unsupported"
    numbers = checks("Tổng vốn đăng ký bổ sung của các DN trong 10 tháng qua là 3,1 triệu tỷ đồng.",
                     csv_table(tmp_path, CAPITAL, "2017-8T"), "2017-8T")
    assert [(n.text, n.value) for n in numbers if n.kind == "money"] == [("3,1 triệu tỷ đồng", 3_100_000 * 10**9)]


# ---------------------------------------------------------------- clock hours, dates, plates, days

def test_a_span_of_hours_whose_end_has_minutes_is_a_time(dummy):  # noqa: F811
    # yn-ba-ria-vung-tau-bao-tang-tinh-don-khach-tham-quan-2020-07 (a museum's opening hours)
    text = "Miễn phí vào khung thời gian: Buổi sáng từ 8-11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ."
    assert _bare(dummy, text, "30,").verdict == "not_a_figure"
    assert _bare(dummy, "Trạm mở cửa từ 7 - 11h30 hằng ngày, đã tiếp nhận 120 hồ sơ.", "30").verdict == "not_a_figure"
    assert _bare(dummy, "Trạm mở cửa từ 7 - 11h30 hằng ngày, đã tiếp nhận 120 hồ sơ.", "120").verdict == "unsupported"


def test_the_end_of_a_span_of_days_is_a_date_even_when_day_and_month_are_alike(dummy):  # noqa: F811
    # yn-toan-quoc-cuc-quan-ly-thi-truong-kiem-tra-xu-ly-vi-pham-2017-02; a council's campaign in the same shape
    text = "từ ngày 20/2 đến hết 3/3, lực lượng quản lý thị trường cả nước kiểm tra 1.723 vụ việc."
    assert _bare(dummy, text, "3/3").verdict == "not_a_figure"
    assert _bare(dummy, text, "1.723").verdict == "unsupported"
    assert _bare(dummy, "Đợt cao điểm từ 15/4 - 5/5 đã xử lý 230 trường hợp.", "5/5").verdict == "not_a_figure"
    # a part over its whole after a span's words is still counted
    assert _bare(dummy, "tăng từ 5/10 đến 8/10 xã đạt chuẩn", "8/10").verdict != "not_a_figure"


def test_a_vehicle_plate_is_no_figure(dummy):  # noqa: F811
    # yn-toan-quoc-cuc-quan-ly-thi-truong (tuoitrethudo.vn, 2017); plo.vn (Đà Nẵng, 2017); thuviensuckhoe.org (Hà Tĩnh)
    for text, at in [("kiểm tra ô tô BKS 29H - 00086, phát hiện 6 tấn mỡ động vật", "00086"),
                     ("kiểm tra ô tô BKS 75C - 019.30, phát hiện 3.200 khẩu súng nhựa đồ chơi", "019.30"),
                     ("bắt giữ xe tải mang BKS 51C – 235.72 do tài xế điều khiển chở 12.000 bao thuốc lá", "235.72"),
                     ("phát hiện xe ô tô khách mang biển kiểm soát 81B – 00585 có biểu hiện nghi vấn", "00585")]:
        assert _bare(dummy, text, at).verdict == "not_a_figure", text
    assert _bare(dummy, "kiểm tra ô tô BKS 75C - 019.30, phát hiện 3.200 khẩu súng", "3.200").verdict == "unsupported"


def test_days_opening_a_sentence_are_the_stretch_it_tells_of(dummy):  # noqa: F811
    # the QLTT headline (yn-); viettimes.vn's and baotintuc.vn's holiday headlines
    for text, at in [("12 ngày tịch thu và xử phạt vi phạm gần 11 tỉ đồng", "12"),
                     ("5 ngày nghỉ lễ, 284 người thương vong vì tai nạn giao thông", "5 "),
                     ("Bốn ngày nghỉ lễ, 80 người chết vì tai nạn giao thông", "Bốn")]:
        assert _bare(dummy, text, at).verdict in ("not_a_figure", None) or \
            _bare(dummy, text, at).kind == "period", text
    assert _bare(dummy, "5 ngày nghỉ lễ, 284 người thương vong vì tai nạn giao thông", "284").verdict == "unsupported"
    # days counted as work or care are counted
    assert _bare(dummy, "Kết quả năm. 120 ngày công lao động được huy động.", "120").verdict == "unsupported"
    assert _bare(dummy, "12.000 ngày điều trị nội trú", "12.000").verdict == "unsupported"


# ---------------------------------------------------------------- a list of parts ends where a new whole is raised

# yn-dak-lak-bao-tang-tinh-khach-tham-quan-2019-04 (the provincial museum, 4/2019)
MUSEUM = """STT,Chỉ tiêu,ĐVT,Ước thực hiện tháng 4/2019,Lũy kế 4 tháng năm 2019
1,Tổng số lượt khách đón tiếp và phục vụ,lượt khách,8.400,31.200
1.1,Khách trong nước,lượt khách,8.100,30.000
1.2,Khách quốc tế,lượt khách,300,1.300
"""
VISITORS = ("Tháng 4 năm 2019, Bảo tàng tỉnh Đắk Lắk đã đón tiếp và phục vụ ước đạt trên 8.400 lượt khách, trong đó, "
            "khách trong nước ước đạt trên 8.100 lượt khách, khách quốc tế ước đạt 300 lượt khách đã góp phần nâng tổng "
            "số khách đón tiếp và phục vụ 4 tháng đầu năm 2019 ước đạt trên 31.200 lượt khách.")


def test_a_total_raised_after_the_parts_is_no_part(tmp_path):
    assert _verdict(tmp_path, MUSEUM, VISITORS, "8.400", "2019-04") == "supported"
    # a whole smaller than its own part is still caught
    bad = VISITORS.replace("trên 8.400", "trên 840")
    assert _verdict(tmp_path, MUSEUM, bad, "840 ", "2019-04") == "unsupported"


# ---------------------------------------------------------------- a running total's rate titled as an increase

# yn-lam-dong-ubnd-tinh-doanh-nghiep-thanh-lap-moi-2021-11 (Lâm Đồng, 11/2021): the rates typed unsigned where they
# rise, the column titled «tăng (+), giảm (-) so với cùng kỳ (%)»
FIRMS = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ,,,,,,
STT,Chỉ tiêu,Đơn vị tính,Tháng 11/2021,"Tháng 11/2021 tăng (+), giảm (-) so với cùng kỳ (%)",Lũy kế 11 tháng năm 2021,"Lũy kế 11 tháng tăng (+), giảm (-) so với cùng kỳ (%)"
1,Doanh nghiệp thành lập mới,doanh nghiệp,109,"-12,1",1.105,"-8,6"
2,Vốn đăng ký của doanh nghiệp thành lập mới,tỷ đồng,2.638,"238,7",14.513,"34,9"
3,Doanh nghiệp hoạt động trở lại,doanh nghiệp,27,,308,"32,8"
"""


def test_a_running_totals_rate_under_a_title_of_increase_is_kept(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(FIRMS, encoding="utf-8")
    rates = {f.ma: f.ky_bao_cao for f in load_table(path, period="2021-11") if f.ma.endswith("-LK-TL")}
    assert {k: float(v) for k, v in rates.items()} == {"1-LK-TL": -8.6, "2-LK-TL": 34.9, "3-LK-TL": 32.8}
    text = ("Lũy kế 11 tháng năm 2021, toàn tỉnh có 1.105 doanh nghiệp thành lập mới, tổng số vốn đăng ký 14.513 tỷ "
            "đồng; giảm 8,6% về số doanh nghiệp và tăng 34,9% về số vốn đăng ký so với cùng kỳ. Trong toàn tỉnh có 308 "
            "doanh nghiệp hoạt động trở lại, tăng 32,8% so với cùng kỳ.")
    for at in ("8,6%", "34,9%", "32,8%"):
        assert _verdict(tmp_path, FIRMS, text, at, "2021-11") in ("supported", "derived"), at
    assert _verdict(tmp_path, FIRMS, text.replace("32,8%", "23,8%"), "23,8%", "2021-11") == "unsupported"
    # the two rates swapped: each is the other row's, which ``về …`` names
    swapped = text.replace("giảm 8,6%", "giảm 34,9%").replace("tăng 34,9%", "tăng 8,6%")
    assert _verdict(tmp_path, FIRMS, swapped, "34,9%", "2021-11") == "unsupported"
    assert _verdict(tmp_path, FIRMS, swapped, "8,6%", "2021-11") == "unsupported"


# ---------------------------------------------------------------- two parts said together: their whole

# yn-toan-quoc-cuc-quan-ly-thi-truong (a headline over its lead); a district's tax office in the same shape
FINES = """STT,Chỉ tiêu,Đơn vị tính,Từ 20/02 đến 03/03/2017
I,Toàn lực lượng quản lý thị trường,,
1,Số vụ kiểm tra,vụ,1723
2,Số vụ vi phạm đã phát hiện xử lý,vụ,1363
3,Tổng số tiền thu về,tỷ đồng,"10,8"
3.1,Trong đó: phạt vi phạm hành chính,tỷ đồng,"9,4"
3.2,Tiền bán hàng tịch thu,tỷ đồng,"1,4"
"""


def test_two_parts_named_together_state_their_whole(tmp_path):
    text = ("12 ngày tịch thu và xử phạt vi phạm gần 11 tỉ đồng\n\nLực lượng quản lý thị trường cả nước kiểm tra 1.723 "
            "vụ việc, tổng số tiền thu về là 10,8 tỷ đồng (gồm 9,4 tỷ đồng phạt hành chính, 1,4 tỷ đồng tiền bán hàng "
            "tịch thu).")
    assert _verdict(tmp_path, FINES, text, "11 tỉ", "2017-02") == "supported"
    # one part named alone with the whole's value is still another row's
    alone = "Lực lượng quản lý thị trường đã phạt vi phạm hành chính 10,8 tỷ đồng."
    assert _verdict(tmp_path, FINES, alone, "10,8", "2017-02") == "unsupported"


# ya-quang-nam-cong-ty-khai-thac-thuy-loi-tuoi-doanh-thu-2018 (baoquangnam, 2019): a part named after another part's
# value is no pair named together — the whole's value there is still a swap
WATER = """STT,Chỉ tiêu,ĐVT,Thực hiện năm 2018
1,Tổng diện tích đất sản xuất nông nghiệp được tưới,ha,50.313
1.1,Vụ đông xuân,ha,24.783
1.2,Vụ hè thu,ha,25.529
"""


def test_a_part_named_after_another_parts_value_is_not_named_with_it(tmp_path):
    text = ("đơn vị đảm bảo cung ứng nguồn nước tưới cho 50.313ha đất sản xuất nông nghiệp, trong đó vụ đông xuân tưới "
            "hơn 24.783ha và vụ hè thu tưới hơn 50.313ha.")
    assert _verdict(tmp_path, WATER, text, "50.313ha.", "2018") == "unsupported"
    assert _verdict(tmp_path, WATER, text.replace("hơn 50.313ha.", "hơn 25.529ha."), "25.529", "2018") == "supported"


# ---------------------------------------------------------------- rates listed with their aspects share one base

# zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09 (the customs' coffee brief): a table that keeps only the rates
# against last year («tốc độ tăng so với cùng kỳ năm 2017»)
COFFEE = """STT,Chỉ tiêu,Đơn vị tính,15 ngày đầu tháng 9/2018,Tăng/giảm so với cùng kỳ năm 2017 (%)
1,Lượng xuất khẩu,tấn,59.300,37
2,Trị giá xuất khẩu,USD,102.470.000,"3,1"
"""
EXPORTS = ("xuất khẩu cà phê 15 ngày đầu tháng 9/2018 đạt 59,3 nghìn tấn, trị giá 102,47 triệu USD, giảm 16,9% về lượng "
           "và giảm 21,3% về trị giá so với 15 ngày đầu tháng 8/2018, nhưng tăng 37% về lượng và tăng 3,1% về trị giá "
           "so với cùng kỳ năm 2017.")


def test_rates_listed_with_their_aspects_share_the_base_written_after_the_last(tmp_path):
    # the first pair is against the fortnight before, which the table lacks: no rate of last year refutes it
    for at in ("16,9%", "21,3%"):
        assert _verdict(tmp_path, COFFEE, EXPORTS, at, "2018-09") != "unsupported", at
    for at in ("37%", "3,1%"):
        assert _verdict(tmp_path, COFFEE, EXPORTS, at, "2018-09") in ("supported", "derived"), at
    assert _verdict(tmp_path, COFFEE, EXPORTS.replace("tăng 37%", "tăng 47%"), "47%", "2018-09") == "unsupported"
