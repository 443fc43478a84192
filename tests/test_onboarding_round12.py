"""Issue 14, round 12: the template's precision on 25 fresh sweep pages (``t5-*``, judged in
evaluations/sweep/template-round12.md). Each test writes sentences as the pages print them (the page's slug named in
each comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HALF_2014 = "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2014"


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# ------------------------------------------------------------------ 1. a scaled number with no noun: "số <noun>" counts

def test_a_scaled_number_with_no_noun_counts_what_the_sentences_so_names(tmp_path):
    # t5-nld-thuebao-2014-h1: subscribers in millions with no noun after the number were rows of đồng ("Số tiền")
    tpl = template(tmp_path, HALF_2014,
                   "Tổng số thuê bao di động phát sinh lưu lượng hiện nay là 121,12 triệu, trong đó 20% là thuê bao 3G.",
                   "Số thuê bao điện thoại cả nước (di động và cố định) tính đến cuối tháng 6-2014 ước tính đạt 128,12 "
                   "triệu, trong đó điện thoại cố định chiếm khoảng 5,5% (khoảng 7 triệu thuê bao).",
                   "Số thuê bao Internet băng rộng (xDSL) có dây tính đến hết tháng 6-2014 ước đạt 5,5 triệu (tăng "
                   "khoảng 300.000 thuê bao so với năm 2013).")
    for value in (121_120_000, 128_120_000, 5_500_000):
        row = _row(tpl, value)
        assert row.kind == "count" and row.unit == "thuê bao", row
    assert _row(tpl, 5_500_000).base == 5_200_000


def test_members_after_tong_so_hoi_vien_stay_members(tmp_path):
    # t5-quangnam-hnd-2014-h1: "nâng tổng số hội viên toàn tỉnh lên hơn 230 nghìn" — the same reading, another page
    tpl = template(tmp_path, "Báo cáo sơ kết công tác Hội nông dân 6 tháng đầu năm 2014",
                   "Trong 6 tháng đầu năm, các cấp hội đã kết nạp hơn 3 nghìn hội viên, nâng tổng số hội viên toàn "
                   "tỉnh lên hơn 230 nghìn, đạt 97% so với tổng số hộ nông dân toàn tỉnh.")
    assert _row(tpl, 230_000).unit == "hội viên"


def test_a_scaled_number_after_so_tien_or_a_money_word_stays_money(tmp_path):
    # counter-cases: "số tiền" names money (c3-thoibinh-ccb-2019's "quỹ … được trên 69 triệu"), and a money word
    # between the count noun and the number makes it money again
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2019",
                   "Hội Cựu chiến binh huyện đã phát động đóng góp “quỹ Đồng đội” được gần 190 triệu đồng, “ Quỹ đền ơn "
                   "đáp nghĩa” được trên 69 triệu.",
                   "Tổng số tiền hỗ trợ hội viên đạt 450 triệu.",
                   "Số hội viên tham gia góp quỹ với tổng số tiền vận động được 320 triệu.")
    for value in (69_000_000, 450_000_000, 320_000_000):
        assert _row(tpl, value).kind == "money"


# ------------------------------------------------------------------ 2. a lede the body says again; changes by their noun

GIALAI_LEDE = ("So với cùng kỳ năm 2020, tai nạn giao thông giảm 580 vụ (8,38%), giảm 90 người chết (2,74%) và giảm "
               "570 người bị thương (11,29%).")


def test_a_lede_the_body_repeats_is_read_where_the_body_says_it(tmp_path):
    # t5-gialai-tngt-2021-h1: the page opens with the changes, states the totals, then the changes again — the lede's
    # changes were rows of their own and every later change hung on "90 người"
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2021",
                   GIALAI_LEDE,
                   "Cục Cảnh sát giao thông cho biết 6 tháng đầu năm (tính từ ngày 15/12/2020 đến ngày 14/6/2021), toàn "
                   "quốc xảy ra 6.340 vụ tai nạn giao thông, làm chết 3.192 người, bị thương 4.475 người.",
                   GIALAI_LEDE)
    assert sorted(r.value for r in tpl.rows) == [Decimal(3192), Decimal(4475), Decimal(6340)]
    assert _row(tpl, 6340).base == 6920
    assert _row(tpl, 3192).base == 3282          # giảm 90 người chết
    assert _row(tpl, 4475).base == 5045          # giảm 570 người bị thương


def test_a_change_goes_to_the_row_its_noun_names_not_the_nearest_of_its_unit(tmp_path):
    # t5-gialai-tngt-2021-h1 (road, rail and waterway paragraphs) and p10-brvt-congan-2023 ("làm 207 người chết và 335
    # người bị thương (so với năm 2022, giảm 70 vụ, giảm 44 người chết và giảm 41 người bị thương)")
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2021",
                   "Trên lĩnh vực đường sắt, cả nước xảy ra 38 vụ, làm chết 30 người, bị thương 9 người. So với cùng kỳ "
                   "năm 2020, giảm 10 vụ 20,83%), giảm 07 người chết (18,91%), giảm 3 người bị thương (25%).",
                   "Toàn tỉnh xảy ra 426 vụ TNGT đường bộ, làm 207 người chết và 335 người bị thương (so với năm 2022, "
                   "giảm 70 vụ, giảm 44 người chết và giảm 41 người bị thương), không xảy ra TNGT đường thủy.")
    assert _row(tpl, 30).base == 37 and _row(tpl, 9).base == 12
    assert _row(tpl, 207).base == 251 and _row(tpl, 335).base == 376


def test_a_change_whose_noun_names_nothing_more_goes_to_the_nearest_row(tmp_path):
    # counter-case (c-dailoc-toaan-2023): "tăng 127 vụ việc" names the row of vụ việc thụ lý, not the nearest "3 vụ"
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Tòa án năm 2023",
                   "Trong năm 2023, Tòa án nhân dân huyện thụ lý 698 vụ việc các loại, chuyển án cho tòa án khác thụ "
                   "lý theo thẩm quyền 3 vụ. Số vụ việc TAND huyện thụ lý trong năm 2023 tăng 127 vụ việc so với cùng "
                   "kỳ năm 2022.",
                   "Trong năm, Công an huyện bắt 12 đối tượng, tăng 4 đối tượng so với cùng kỳ.")
    assert _row(tpl, 698).base == 571 and _row(tpl, 3).base is None
    assert _row(tpl, 12).base == 8
