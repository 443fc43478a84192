"""Issue 14, round 34: an exact amount said again — the same three words after it, or beside another exact amount
said again with it — is one figure; the saying with its changes is the row, in the first saying's place
(``twice.exact_again``).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _rows(tpl, value):
    return [r for r in tpl.rows if r.value == Decimal(str(value))]


def test_a_pair_of_exact_amounts_said_again_with_their_changes(tmp_path):
    # t26-vneconomy-phanbon-15-6: four rows (615.710 tấn and 212,867 triệu USD twice) for two figures
    tpl = template(tmp_path, "Báo cáo xuất khẩu phân bón 6 tháng đầu năm 2021",
                   "Sau hơn tám năm tham gia thị trường, đến thời điểm hiện tại, lần đầu tiên xuất khẩu phân bón nước "
                   "ta đã đạt khối lượng 615.710 tấn, tương đương giá trị 212,867 triệu USD...",
                   "Theo số liệu thống kê mới nhất của Tổng cục Hải Quan, tính từ đầu năm đến ngày 15/6, xuất khẩu phân "
                   "bón đạt 615.710 tấn, tương đương giá trị 212,867 triệu USD, tăng 49% về lượng và tăng 1,76 lần về "
                   "trị giá.")
    tons, money = _rows(tpl, 615710), _rows(tpl, 212867000)
    assert len(tons) == 1 and len(money) == 1
    assert [float(d.value) for d in tons[0].derived] == [49, 1.76]
    assert "phân bón" in tons[0].label     # the body's words, not the lede's bare «Khối lượng»


def test_an_exact_area_said_again_with_the_same_words(tmp_path):
    # c19-baoninhbinh-vudong-2008
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất vụ đông năm 2008",
                   "Vụ đông năm 2008, toàn tỉnh trồng 20.332 ha cây vụ đông các loại trên các vùng đất khác nhau.",
                   "Kết quả, các địa phương trong tỉnh đã trồng được 20.332 ha cây vụ đông các loại, nhưng do ảnh hưởng "
                   "của mưa lũ nên diện tích còn lại là 11.493 ha.")
    assert len(_rows(tpl, 20332)) == 1


def test_counter_one_size_in_two_findings_stays_two_rows(tmp_path):
    # t4-thanhhoa-thanhtra-127ty: the land found in breach overall and in the land sector, beside other money
    tpl = template(tmp_path, "Báo cáo công tác thanh tra năm 2019",
                   "Kết quả thanh tra đã phát hiện sai phạm 127.359,35 triệu đồng và 3.447 m2 đất; kiến nghị thu hồi "
                   "119.452,43 triệu đồng.",
                   "Lĩnh vực quản lý đất đai, thực hiện 89 cuộc, kết luận 51 cuộc thanh tra trong lĩnh vực đất đai. Qua "
                   "thanh tra phát hiện vi phạm về kinh tế 116.043,31 triệu đồng và 3.447 m2 đất, đã kiến nghị thu hồi.")
    assert len(_rows(tpl, 3447)) == 2


def test_counter_a_price_per_unit_of_two_countries_stays_two_rows(tmp_path):
    # p14-etime-dieu-2022-q1: two countries' prices, one number
    tpl = template(tmp_path, "Báo cáo thị trường hạt điều quý I năm 2022",
                   "Cụ thể, ngày 15/4/2022, giá hạt điều thô xuất khẩu của Bờ Biển Ngà, Nigieria ổn định ở mức 1.275 "
                   "USD/tấn so với ngày 25/3/2022.",
                   "Ngược lại, giá xuất khẩu hạt điều thô của Gana giảm 50 USD/ tấn so với ngày 25/3/2022, xuống còn "
                   "1.275 USD/tấn.")
    assert len(_rows(tpl, 1275)) == 2
