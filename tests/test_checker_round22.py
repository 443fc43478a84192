"""The checker on rare fields and levels: the twenty-second sweep of fresh pages (issue 13, round 22, set ``c16-``).

Quotes from the sweep pages named by slug (``evaluations/sweep/pages/<slug>.txt``) and from public pages found with
the library's page search (address given), checked against the one-row table that holds none of a page's figures:

- a temperature range whose first end carries its own degree sign (``15° - 18°C``);
- the time still to come before a date (``chỉ còn 20 ngày nữa là kết thúc năm``);
- the size of a grade of goods a price is quoted for (``loại 30 kg/con``, ``cỡ 100 con/kg``);
- an aim carried over one comma into a clause of what ``sẽ`` (will) be done;
- ``thực tập 47 phương án``: drilling plans (a verb), not volume 47.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import claims, flags


# c16-huongbinh-nct-2025 (a xã portal's weather widget above the news)
HUONGBINH = ("CloudHà Tĩnh 15° - 18°C\nCloudHà Tĩnh 15° - 18°C\n\nHội người cao tuổi tiếp tục phát huy vai trò của hội "
             "trong thời gian tới\n\nNăm 2025, toàn hội có 18 chi hội đạt đơn vị xuất sắc chiếm 62% và 11 đơn vị đạt "
             "loại tốt nhiệm vụ đạt 38%. Trong năm kết nạp thêm được 160 Hội viên")
# http://plo.vn/thoi-su/dip-nghi-le-nang-o-mien-nam-nong-o-mien-bac-va-mien-trung-549999.html (weather, both ends marked)
PLO = ("Nhiệt độ tại Nam Bộ thời gian này là từ 25oC đến 35oC, Tây Nguyên 20oC-34oC. Trung Bộ từ Thanh Hóa đến "
       "Bình Thuận từ ngày 28 đến 30-4 ngày nắng, nhiệt độ từ 24oC đến 35oC")


def test_a_temperature_range_with_a_degree_sign_on_each_end_is_the_weather(dummy):
    got = claims(HUONGBINH, dummy)
    assert [k for t, v, k in got if "°" in t] == ["temperature", "temperature"]
    assert "15" not in flags(HUONGBINH, dummy)
    assert {"18", "160"} <= set(flags(HUONGBINH, dummy))     # the association's counts stay figures
    assert not [t for t, v, k in claims(PLO, dummy) if "oC" in t and k != "temperature"]


# c16-nhandan-thungansach-11t (the state budget after eleven months)
NHANDAN = ("Trong 11 tháng qua, thu ngân sách nhà nước (NSNN) đã đạt những kết quả tương đối khả quan. Tuy nhiên, với số "
           "thu mới đạt 88,9% dự toán, trong khi chỉ còn 20 ngày nữa là kết thúc năm tài chính, đòi hỏi cơ quan thuế "
           "các cấp cần nỗ lực tăng tốc để về đích an toàn.")
# evaluations/cases/heldout/zb-tp-ho-chi-minh-none-kham-chua-benh-2018 (a comment box's wait)
COMMENT_BOX = "Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa."
# c14-vn-thunhap-wb-2023: ``nữa`` after an amount, not a stretch of time: the amount stays read
WB = "như vậy người Việt cần thêm khoảng 170 USD nữa để vào nhóm quốc gia"


def test_the_time_still_to_come_is_no_count(dummy):
    got = claims(NHANDAN, dummy)
    assert [(t, k) for t, v, k in got if t == "20"] == [("20", "period")]
    assert "20" not in flags(NHANDAN, dummy)
    assert not flags(COMMENT_BOX, dummy)
    assert [k for t, v, k in claims(WB, dummy) if t.startswith("170")] != ["period"]


# c16-vinanet-thuysan-6t-2017 (fisheries, H1 2017): the price of tuna by grade
VINANET = ("Sản lượng khai thác cá ngừ đại dương 6 tháng đầu năm 2017 ước đạt 13.026 tấn, tăng 21,8 % so với cùng kỳ năm "
           "2016. Giá bán cá ngừ đại dương tại cảng biển, loại 30 kg/con từ 60.000 – 80.000 đồng/kg; loại hơn 30kg/con "
           "từ 92.000 – 96.000 đồng/kg.")
# https://nguoinuoitom.vn/dien-bien-gia-tom-da-tai-tay-nam-bo/ (shrimp prices by size)
SHRIMP = ("Thương lái mua tại đầm tôm không kiểm kháng sinh cỡ 100 con/kg ở mức 87.000 – 88.000 đ/kg, cỡ 60 con/kg ở mức "
          "108.000 đ/kg, cỡ 50 con/kg ở mức 119.000đ/kg. Công ty nhận tôm cỡ 20 – 200 con/kg.")


def test_the_size_of_a_grade_names_the_class_of_goods(dummy):
    got = claims(VINANET, dummy)
    assert [k for t, v, k in got if "kg/con" in t] == ["ordinal", "ordinal"]
    assert {"13.026 tấn", "60.000 – 80.000 đồng/kg"} <= set(flags(VINANET, dummy))   # the catch and the price stay
    got = claims(SHRIMP, dummy)
    assert [k for t, v, k in got if "con/kg" in t] == ["ordinal"] * 4
    assert "108.000 đ/kg" in flags(SHRIMP, dummy)


# c16-vuquang-thuy-tiemphong (a huyện's vaccination campaign)
VUQUANG = ("Tính đến nay, toàn huyện Vũ Quang đã tiêm trên 24.000 liều vắc xin phòng chống dịch bệnh cho đàn gia súc. "
           "Vũ Quang phấn đấu trong chiến dịch tiêm phòng đợt I năm nay, toàn huyện sẽ tiêm trên 60 nghìn liều vắc xin "
           "các loại cho đàn trâu, bò, lợn...")
# t3-vinhlong-truongchuan-2018 (schools up to standard)
VINHLONG = ("Ngành giáo dục phấn đấu đến hết năm học 2017- 2018, toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn "
            "đấu đạt thêm 12 trường, chiếm 46% tổng số trường học.")


def test_an_aim_goes_on_into_a_clause_of_what_will_be_done(dummy):
    assert flags(VUQUANG, dummy) == ["24.000"]
    assert "202" not in flags(VINHLONG, dummy)
    # constructed: a result after the comma (``đã``) ends the aim as before
    assert flags("Xã phấn đấu hoàn thành kế hoạch, đã tiêm 5.000 liều vắc xin.", dummy) == ["5.000"]


# c16-binhdinh-pccc-2018 (the fire police of a province)
BINHDINH = ("Phối hợp tổ chức thực tập 47 phương án chữa cháy và cứu nạn, cứu hộ cho các tổ chức, đơn vị, khu dân cư, góp "
            "phần hạn chế thấp nhất những thiệt hại do hỏa hoạn gây ra.")


def test_drilling_plans_counts_the_plans(dummy):
    assert flags(BINHDINH, dummy) == ["47"]


# evaluations/cases/heldout/ze-bac-giang-luc-ngan-xa-tru-huu-hoi-phu-nu-2017 (a xã women's union's savings scheme)
TRUHUU = ("Với hình thức mỗi tháng một hội viên tiết kiệm 10 nghìn đồng, đến nay các chi hội đã tiết kiệm được số tiền "
          "trên 3 tỷ đồng.")
# evaluations/cases/heldout/z-quang-ninh-hong-thai-tay-nct-2011-2016 (an elderly association's term)
HONGTHAITAY = ("nhiều gia đình có con cháu hiếu thảo đã góp quỹ phụng dưỡng ông bà cha mẹ mỗi tháng 2-3 triệu đồng, theo "
               "số liệu của các chi hội, tổng quỹ này hàng năm có khoảng 400-500 triệu đồng.")
# c13-vnbusiness-haiquan-2016: one amount per day is the period's average, a figure
HAIQUAN = "Mỗi ngày hải quan thu 1.255 tỷ đồng, không đạt chỉ tiêu ngân sách"


def test_an_amount_each_member_gives_each_month_is_the_schemes_rule(dummy):
    assert flags(TRUHUU, dummy) == ["3 tỷ đồng"]                   # the savings so far stay a figure
    got = claims(HONGTHAITAY, dummy)
    assert [k for t, v, k in got if t in ("2", "3")] == ["norm", "norm"]
    assert flags(HONGTHAITAY, dummy) == ["400-500 triệu đồng"]     # the fund's yearly size stays a figure
    assert flags(HAIQUAN, dummy) == ["1.255 tỷ đồng"]


# c16-vks-thamnhung-6t-2013 (the procuracy, H1 2013)
VKS = ("Đáng chú ý, tội phạm về tham nhũng được phát hiện và khởi tố tăng 5,7% về số vụ, 21,5% về số bị can. Bên cạnh "
       "đó, công tác phát hiện, ban hành kháng nghị, kiến nghị vi phạm được tăng cường")


def test_a_later_aspect_of_one_change_is_a_rate_of_change(dummy):
    got = claims(VKS, dummy)
    assert [(t, v) for t, v, k in got if "%" in t] == [("5,7%", "unverified"), ("21,5%", "unverified")]
    for slug, quote in (("t8-thads-toanquoc-2017-9t", "tăng 2,2% về việc và 9,86% về tiền"),
                        ("p13-vccb-caphe-2023-01", "giảm 38,4% về lượng và 38,1% về t")):
        text = open(f"evaluations/sweep/pages/{slug}.txt", encoding="utf-8").read()
        at = text.index(quote)
        got = [(c.text, c.verdict) for c in check_text(text, dummy).numbers if at <= c.start < at + len(quote)]
        assert [v for t, v in got if "%" in t] == ["unverified", "unverified"], (slug, got)


# t7-toanquoc-sxh-2022-tuan43 (a weekly dengue bulletin) and the same bulletin as infonet.vietnamnet.vn printed it
# (https://infonet.vietnamnet.vn/ha-noi-nguy-co-ghi-nhan-nhieu-benh-nhan-sot-xuat-huyet-nang-va-tu-vong-5006009.html)
INFONET = ("Thống kê của Cục Y tế dự phòng (Bộ Y tế) cho biết, trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp mắc "
           "sốt xuất huyết, 1 tử vong tại Tiền Giang.")


def test_a_week_of_a_year_is_a_date(dummy):
    assert flags(INFONET, dummy) == ["9.441", "1"]
    text = open("evaluations/sweep/pages/t7-toanquoc-sxh-2022-tuan43.txt", encoding="utf-8").read()
    assert [k for t, v, k in claims(text, dummy) if t == "43/2022"] == ["date"]
