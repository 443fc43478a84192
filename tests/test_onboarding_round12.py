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

