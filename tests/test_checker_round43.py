"""Next period's plans and aims beside a period's results (issue 13, checker round 43).

Each rule is tested on the real sentences that asked for it (the held-out case or the ``c36-`` page named by each
quote, ``evaluations/sweep/pages/<slug>.txt``) and on one it must leave alone. The table is a dummy (one row holding
none of the page's figures) unless the test says otherwise: every number the checker flags is one it takes for a
figure of the period.
"""

from __future__ import annotations

from service.checker import check_text
from service.checker.recognisers.aimhead import head_aims
from service.checker.recognisers.told import tells_results
from service.periods import parse_period
from tests.sweep_tables import table


def verdict_of(text, number, figures, **kw):
    found = [c for c in check_text(text, figures, **kw).numbers if c.text == number]
    assert found, (number, text)
    return found[0].verdict, found[0].kind


def at(text, number):
    return text.index(number)


# yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019 (m.baohaiduong.vn, 15/01/2020; the report on 2019)
HAI_DUONG = ("Năm nay công ty phấn đấu sản xuất và cấp 53,5 triệu m3 nước sạch thương phẩm, tổng doanh thu đạt 490,5 tỷ "
             "đồng, lợi nhuận sau thuế gần 52,3 tỷ đồng. Dự kiến doanh nghiệp sẽ nộp ngân sách nhà nước 61 tỷ đồng, tăng "
             "gần 11% so với năm 2019.\n\nNăm qua, công ty đã đầu tư lắp đặt 223 km đường ống truyền dẫn nước mới. Năm "
             "2019, công ty đạt tổng sản lượng nước thương phẩm 50,44 triệu m3, doanh thu gần 476 tỷ đồng (tăng hơn 5% so "
             "với năm 2018), nộp ngân sách Nhà nước hơn 55,3 tỷ đồng (tăng hơn 18%), lợi nhuận sau thuế gần 48,6 tỷ "
             "đồng.")
HAI_DUONG_ROWS = ["1,Tổng sản lượng nước thương phẩm,triệu m3,\"50,44\"", "2,Doanh thu,tỷ đồng,476",
                  "3,Nộp ngân sách Nhà nước,tỷ đồng,\"55,3\"", "4,Lợi nhuận sau thuế,tỷ đồng,\"48,6\"",
                  "5,Đường ống truyền dẫn nước mới lắp đặt,km,223"]


def test_an_aim_at_the_head_governs_its_enumeration(tmp_path):
    figures = table(tmp_path, HAI_DUONG_ROWS)
    for number in ("490,5 tỷ đồng", "52,3 tỷ đồng"):   # after the commas, still the aim's
        assert verdict_of(HAI_DUONG, number, figures, period="2019") == ("not_a_figure", "target")
    # the results of the next paragraph stay checked: a wrong one is still caught
    wrong = HAI_DUONG.replace("doanh thu gần 476", "doanh thu gần 467")
    assert verdict_of(wrong, "467 tỷ đồng", figures, period="2019")[0] == "unsupported"
    # c36-baohaiduong-nuoc-sach-phan-dau-2025: the second source (the subject, then phấn đấu, then the list)
    text = ("Công ty phấn đấu từ nay đến năm 2025 đạt sản lượng 301 triệu m3 nước sạch, tăng trưởng bình quân hơn "
            "6,6%/năm; tổng doanh thu đạt 2.724 tỷ đồng, tăng hơn 5,6%/năm; nộp ngân sách nhà nước tăng hơn 13%/năm...")
    report = parse_period("2020")
    assert all(head_aims(text, at(text, n), report) for n in ("301", "6,6%", "2.724", "5,6%", "13%"))


def test_the_periods_own_year_at_the_head_is_no_aim():
    # the 2019 report states its results so (the negative recognisers.forecasts.sentence_aims keeps): the head's rule
    # does not carry it past its clause (the clause itself is recognisers.norms.Aim's)
    text = "Năm 2019 phấn đấu giải quyết việc làm cho hơn 2,8 nghìn lao động."
    assert not head_aims(text, at(text, "2,8"), parse_period("2019"))
    assert head_aims(text, at(text, "2,8"), parse_period("2018"))   # the year after the 2018 report: its aim


def test_a_result_told_after_striving_is_no_aim():
    # c36-nld-sawaco-tong-ket-2022: "đã … nỗ lực phấn đấu": what was done
    text = ("Phát biểu tại hội nghị, Tổng giám đốc Sawaco Trần Quang Minh cho biết trong năm 2022, Sawaco đã bám sát tình "
            "hình thực tiễn, đoàn kết, quyết tâm, chủ động, sáng tạo và nỗ lực phấn đấu thực hiện thắng lợi nhiệm vụ và "
            "đạt được nhiều kết quả đáng ghi nhận, tổng sản lượng nước sản xuất 702,412 triệu m3.")
    assert not head_aims(text, at(text, "702,412"), parse_period("2022"))


def test_an_estimate_that_will_be(tmp_path):
    figures = table(tmp_path, HAI_DUONG_ROWS)
    assert verdict_of(HAI_DUONG, "61 tỷ đồng", figures, period="2019") == ("not_a_figure", "target")
    # another source: "Dự kiến … sẽ" (p20-evn-dientich-conuoc-2024-01)
    text = ("Dự kiến đến trước đợt 2 lấy nước, diện tích đủ nước để làm đất sẽ tăng lên khoảng thêm 8-10% (đạt khoảng "
            "90%) và toàn bộ diện tích gieo cấy lúa Đông Xuân sẽ được cấp đủ nước.")
    assert head_aims(text, at(text, "90%"), None)
    # an estimate of the year, no "sẽ": the period's own in the 2022 report (c17-hanoi-thuongtin-2022), left alone
    text = ("Dự kiến đến hết năm 2022, Thường Tín hoàn thành và hoàn thành vượt kế hoạch 14/15 chỉ tiêu phát triển kinh "
            "tế - xã hội thành phố giao.")
    assert not head_aims(text, at(text, "14/15"), parse_period("2022"))


def test_a_clause_to_reach_an_aim(tmp_path):
    # zo-vinh-phuc-bo-nnptnt-so-ket-vu-dong-xuan-2020-2021: the next crops' aims, rows of the Winter–Spring crop near
    text = ("Bước vào vụ Hè Thu, vụ Mùa 2021, trước diễn biến phức tạp của tình hình thời tiết như nắng nóng gay gắt, áp "
            "thấp nhiệt đới gia tăng tần suất, để đạt mục tiêu gieo cấy đạt 1.217 nghìn ha, năng suất đạt 51,8 tạ/ha, sản "
            "lượng đạt 6,3 triệu tấn, Cục Trồng trọt (Bộ NN&PTNT) đề nghị các địa phương chủ động.")
    figures = table(tmp_path, ["1,Diện tích gieo trồng,ha,38456", "2,Năng suất lúa,tạ/ha,\"63,6\"",
                               "3,Sản lượng lúa,tấn,6900000"])
    for number in ("1.217 nghìn ha", "51,8 tạ/ha", "6,3 triệu tấn"):
        assert verdict_of(text, number, figures, period="2021")[0] == "not_a_figure"
    # a second source: the aim's value in its own clause (p9-cand-tngt-thangdau-2015)
    text = "Như vậy đây là tín hiệu quan trọng để đạt mục tiêu giảm TNGT từ 5 -10% như đã đặt ra."
    assert head_aims(text, at(text, "5 -10%"), None)
    # the aim's own clause sets no value: what follows its comma is the period's (recognisers.forecasts)
    text = "Để đạt mục tiêu kế hoạch năm 2020, sản lượng 6 tháng đạt 3,86 triệu tấn."
    assert not head_aims(text, at(text, "3,86"), parse_period("2020-H1"))


def test_the_plan_named_as_the_topic(dummy):
    # c36-nld-xay-nha-cho-nong-dan-ngheo-2013
    text = ("Đầu tháng 2 vừa qua, chương trình đã tiến hành trao tặng 5 căn nhà cho 5 hộ nông dân nghèo ở huyện Thoại "
            "Sơn, Tri Tôn (An Giang). Theo kế hoạch, trong năm 2013, chương trình sẽ trao tặng 11 căn nhà trị giá 600 "
            "triệu đồng cho các hộ nghèo ở An Giang, Yên Bái và Lào Cai.")
    assert verdict_of(text, "11", dummy)[0] == "not_a_figure"
    assert verdict_of(text, "5", dummy)[0] == "unsupported"
    # c36-tienphong-vinacomin-4-thang-2019: the plan's heading, the aim's verb after the subject
    text = ("Về kế hoạch trong tháng 5, Vinacomin cho biết Tập đoàn đặt mục tiêu sản xuất tối thiểu 3,8 triệu tấn.")
    assert head_aims(text, at(text, "3,8"), None)
    # the plan named, no verb of an aim: the counts are the period's (t29-binhson-nct-2022)
    text = ("Theo kế hoạch, năm 2022 huyện Bình Sơn có 42 cụ tròn 100 tuổi được Chủ tịch nước Cộng hòa xã hội chủ nghĩa "
            "Việt Nam chúc thọ , tặng vải lụa và 1,2 triệu đồng tiền mặt.")
    assert not head_aims(text, at(text, "42"), parse_period("2022"))
    assert verdict_of(text, "42", dummy, period="2022")[0] == "unsupported"


def test_a_plan_the_table_keeps_is_still_checked(tmp_path):
    # the clerk keeps the plan as the Kế hoạch column: a wrong plan value stays caught against it
    figures = table(tmp_path, ["2,Doanh thu,tỷ đồng,476,\"490,5\""],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch")
    assert verdict_of(HAI_DUONG, "490,5 tỷ đồng", figures, period="2019")[0] == "supported"
    wrong = HAI_DUONG.replace("490,5", "409,5")
    assert verdict_of(wrong, "409,5 tỷ đồng", figures, period="2019")[0] == "unsupported"


def test_results_told_are_detailed_as_results(dummy):
    # c36-nld-sawaco-tong-ket-2022: "… nỗ lực phấn đấu … và đạt được nhiều kết quả đáng ghi nhận. Cụ thể, …"
    text = ("Phát biểu tại hội nghị, Tổng giám đốc Sawaco Trần Quang Minh cho biết trong năm 2022, Sawaco đã bám sát tình "
            "hình thực tiễn, đoàn kết, quyết tâm, chủ động, sáng tạo và nỗ lực phấn đấu thực hiện thắng lợi nhiệm vụ với "
            "chủ đề \"Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; thích ứng an toàn, linh hoạt, kiểm soát "
            "hiệu quả dịch Covid-19; đột phá cải cách hành chính, nâng cao chất lượng dịch vụ khách hàng\" và đạt được "
            "nhiều kết quả đáng ghi nhận. Cụ thể, tỉ lệ hộ dân TP được sử dụng nước sạch đạt 100%; tỉ lệ nước thất thoát "
            "thất thu bình quân đạt 18,24%, thấp hơn 0,22% so với kế hoạch, giảm 1,74% so với bình quân năm 2021.")
    assert verdict_of(text, "100%", dummy)[0] == "unsupported"
    assert verdict_of(text, "18,24%", dummy)[0] == "unsupported"
    # y-can-tho-ket-nap-dang-vien-2019-10t: reached past the plan, then detailed
    text = "Có 8 đảng bộ trực thuộc Thành ủy đã kết nạp vượt kế hoạch đề ra."
    assert tells_results(text, 0, len(text))
    # aims set, then detailed: aims (recognisers.forecasts.spelled_out, round 10)
    text = ("Các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân thu nhập đầu người "
            "đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích.")
    assert not tells_results(text, 0, text.index("."))
    assert verdict_of(text, "20%", dummy)[0] == "not_a_figure"


def test_aims_go_on_after_a_sentence_an_aims_head_governs(tmp_path):
    # c36-tienphong-vinacomin-4-thang-2019: the plan's paragraph; the next paragraph's results stay the period's (the
    # dummy's label is one the text does not say: "các chỉ tiêu khác" would be about a row "Chỉ tiêu giả")
    dummy = table(tmp_path, ["X-01,Số liệu giả,người,987654321"])
    text = ("Về kế hoạch trong tháng 5, Vinacomin cho biết Tập đoàn đặt mục tiêu sản xuất tối thiểu 3,8 triệu tấn. Ngoài "
            "ra các chỉ tiêu khác gồm tiêu thụ than 4 triệu tấn, bóc đất đá tổng số 16,5 triệu m3, sản phẩm Alumina "
            "116.000 tấn, tinh quặng đồng 4.000 tấn, đồng tấm 1.000 tấn, kẽm thỏi 900 tấn, tinh quặng sắt 12.000 tấn, sản "
            "xuất điện 900 triệu kWh...\n\nNăm 2018, tổng doanh thu toàn tập đoàn ước đạt 121.700 tỷ đồng, bằng 107% kế "
            "hoạch.")
    for number in ("4 triệu tấn", "16,5 triệu m3", "116.000 tấn", "12.000 tấn"):
        assert verdict_of(text, number, dummy)[0] == "not_a_figure"
    assert verdict_of(text, "121.700 tỷ đồng", dummy)[0] == "unsupported"
    # a sentence after results told is no aim's (c36-thanhnien-tkv-quy-1-2018): "Lợi nhuận ước đạt 900 tỉ đồng"
    text = ("Trong số này, doanh thu than đạt 14.953 tỉ đồng, doanh thu khoáng sản là 4.380 tỉ đồng, đạt 26,6% kế hoạch "
            "năm, bằng 153% so với cùng kỳ (do doanh thu alumin tăng 83% so với cùng kỳ). Lợi nhuận ước đạt 900 tỉ đồng, "
            "đạt 45% kế hoạch cả năm.")
    assert verdict_of(text, "900 tỉ đồng", dummy)[0] == "unsupported"
