"""The checker on memberships, rescues, forecasts and a month beside the year: the twenty-fourth sweep of fresh pages
(issue 13, round 24, set ``c18-``).

Quotes from the sweep pages named by slug (``evaluations/sweep/pages/<slug>.txt``) and from public pages found with
the library's page search (address given), checked against the one-row table that holds none of a page's figures:

- round the clock (``túc trực 24/7``, ``tiếp nhận 24/24h``), not a ratio; a share ``24/24 xã`` stays one;
- double-digit growth (``tốc độ hai con số``), not a count;
- a footnote mark glued to the bracket that closes a name (``(OECD)[2] dự báo``);
- a series of names sharing their words, the noun said once (``ấp Phương Thạnh 1, Phương Thạnh 2``, ``các tàu SAR 274,
  SAR 631``); quantities per place (``Ea Kar 120, Krông Pắc 80``) stay figures;
- a forecast stated as such (``WB dự báo … ở mức 6,2%``), not what the period did; forecasting as work done, and the
  result said after the forecast, stay figures.
"""

from __future__ import annotations

from tests.sweep_tables import flagged_in, flags, page
from tests.sweep_tables import verdict_list as verdicts


# ---------------------------------------------------------------- round the clock

def test_round_the_clock_is_no_ratio(dummy):
    sar = page("c18-dantri-sar-khuvuc2-2025")
    assert flagged_in(sar, dummy, "phải túc trực 24/7.") == []
    # https://tienphong.vn/giam-doc-cong-an-tinh-tra-vinh-cong-khai-so-dien-thoai-...-post1568091.tpo
    hotline = ("Theo Giám đốc Công an tỉnh Trà Vinh, số điện thoại đường dây nóng của ông tiếp nhận 24/24h, nên có cuộc "
               "gọi đến là ông nghe máy.")
    assert flags(hotline, dummy) == []
    assert flags("Năm 2025, đơn vị đã tiếp nhận và xử lý 107 vụ việc cần hỗ trợ, túc trực 24/7.", dummy) == ["107"]


def test_a_share_of_twenty_four_stays_a_share(dummy):
    got = dict(verdicts("Đến nay có 24/24 xã đạt chuẩn, tăng 3 xã.", dummy))
    assert got.get("24/24") is None   # read as the part and the whole of a share, not as a clock


# ---------------------------------------------------------------- double-digit growth

def test_double_digit_growth_is_no_count(dummy):
    tbtc = page("c18-tbtc-kinhte-q3-2025")
    assert flagged_in(tbtc, dummy, "duy trì tốc độ hai con số là 10,4%") == ["10,4%"]
    bct = page("t3-bct-congnghiep-2024-h1")
    assert "hai" not in flagged_in(bct, dummy, "tăng trưởng cao ở mức hai con số")


# ---------------------------------------------------------------- a footnote mark after a bracket

def test_footnote_mark_after_a_closing_bracket(dummy):
    vinanet = page("c18-vinanet-dubao-q3-2024")
    for name in ("(OECD)[2]", "(IMF)[3]", "(UN)[4]", "(FR)[5]", "(ADB)[6]"):
        assert flagged_in(vinanet, dummy, name) == [], name
    # a mark glued to a word, as before (c8-vn-thads-2022)
    thads = page("c8-vn-thads-2022")
    assert flagged_in(thads, dummy, "861.529 việc[2]") == ["861.529"]
    # a number in brackets after a space is no mark
    assert flags("Số vụ tăng (so với năm trước) [12 vụ] trong năm.", dummy) == ["12"]


# ---------------------------------------------------------------- a series of names

def test_names_sharing_their_words(dummy):
    cantho = page("c17-cantho-longhung-500-suatqua")
    assert flagged_in(cantho, dummy, "ấp Phương Thạnh 1, Phương Thạnh 2 và ấp Kinh Tế") == []
    sar = page("c18-dantri-sar-khuvuc2-2025")
    assert flagged_in(sar, dummy, "các tàu SAR 274, SAR 631.") == []


def test_quantities_per_place_stay_figures(dummy):
    assert flags("Cấp giống cho các huyện: Ea Kar 120, Krông Pắc 80 và Cư M'gar 50.", dummy) == ["120", "80", "50"]
    assert flags("Khối 10 có 120 học sinh, Khối 11 có 98 học sinh.", dummy) == ["120", "98"]
    assert flags("Thu hoạch lúa Hè Thu 120 ha, Hè Thu 80 ha.", dummy) == ["120 ha", "80 ha"]


# ---------------------------------------------------------------- forecasts

def test_forecasts_of_other_bodies(dummy):
    vinanet = page("c18-vinanet-dubao-q3-2024")
    assert flagged_in(vinanet, dummy, "dự báo tăng trưởng GDP toàn cầu năm 2024 đạt 3,2%") == []
    assert flagged_in(vinanet, dummy, "được dự báo cao nhất khu vực, đạt 6,0%, theo sau là In-đô-nê-xi-a và "
                                      "Ma-lai-xi-a ở mức 5,0% và 4,5%") == []
    # http://cand.com.vn/Thi-truong/WB-du-bao-tang-truong-kinh-te-Viet-Nam-muc-6-2-395692/
    cand = "Riêng Việt Nam, WB dự báo sẽ tăng trưởng ở mức 6,2% năm 2016, tăng lên 6,3% trong các năm 2017 và 2018."
    assert flags(cand, dummy) == []
    assert ("2016", "not_a_figure") in verdicts(cand, dummy)


def test_a_result_after_a_forecast_stays_a_figure(dummy):
    # https://vovworld.vn/en-US/tieu-diem/cac-to-chuc-tai-chinh-toan-cau-danh-gia-tich-cuc-...-651977.vov
    vov = ("Ngân hàng thế giới (World Bank) dự báo tăng trưởng kinh tế Việt Nam đạt 6,8% trong năm nay, cao hơn so "
           "với mức dự báo 6,5% đưa ra hồi đầu năm.\nViệt Nam được dự báo sẽ là nền kinh tế tăng trưởng nhanh thứ hai "
           "khu vực châu Á Thái Bình Dương trong năm nay, sau Campuchia (6,9%). Dự báo được đưa ra giữa bối cảnh tăng "
           "trưởng kinh tế quý đầu tiên trong năm nay của Việt Nam đạt 7,38%, cao nhất trong vòng 10 năm qua.")
    assert flags(vov, dummy) == ["7,38%"]
    # forecasting as the period's work, and a result compared with the forecast
    assert flags("Trong năm, Đài đã dự báo 12 cơn bão, phát hành 1.250 bản tin dự báo, cảnh báo.", dummy) == \
        ["12", "1.250"]
    assert flags("Thu ngân sách đạt 1.250 tỷ đồng, vượt dự báo 5%.", dummy)[:1] == ["1.250 tỷ đồng"]


# ---------------------------------------------------------------- a level named as such before a bound

def test_a_level_named_as_such_is_a_bound(dummy):
    hatinh = page("c18-hatinh-halinh-hnd-2025")
    assert flagged_in(hatinh, dummy, "trong đó 15 hội viên đạt mức thu nhập trên 500 triệu đồng/năm") == ["15"]
    # c12-vn-thunhap-2024: the same level said with "có mức"
    thunhap = page("c12-vn-thunhap-2024")
    frag = "cũng có mức thu nhập bình quân trên 7 triệu"
    if frag in thunhap:
        assert all("7 triệu" not in f for f in flagged_in(thunhap, dummy, frag))
    # a total reached, with no bound word, stays a figure
    assert flags("Năm 2023, 120 hộ đạt mức thu nhập 500 triệu đồng.", dummy) == ["120", "500 triệu đồng"]
