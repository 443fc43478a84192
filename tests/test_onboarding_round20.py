"""Issue 14, round 20: rows stated in lists, rates of a plan stated alone, an agency's name as the subject, month and
year to date — 17 fresh sweep pages (``t13-*``, judged in evaluations/sweep/template-round20.md) and the held-out
batch's misses.  Sentences as the pages print them (slug in each comment), written as a prior report; each rule has
the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.planrates import rate_label
from service.onboarding.recognisers import plan_named
from tests.test_onboarding_round6 import template

AUGUST_2022 = "Báo cáo tình hình thu ngân sách nhà nước tháng 8 năm 2022"
HALF_2020 = "Báo cáo tình hình thu, chi ngân sách 6 tháng đầu năm 2020"
APRIL_2017 = "Báo cáo tình hình đăng ký doanh nghiệp 4 tháng đầu năm 2017"
YEAR_2015 = "Báo cáo công tác phòng, chống tham nhũng năm 2015"
OCTOBER_2019 = "Báo cáo kết quả kết nạp đảng viên 10 tháng năm 2019"


def _rows(tpl, value):
    return [r for r in tpl.rows if r.value == Decimal(str(value))]


# ------------------------------------------------------------------ 1. a rate of each of two plans (planrates.py)

def test_plan_named_reads_the_plans_words():
    text = "lũy kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương, đạt 90% dự toán địa phương, bằng 128%"
    assert plan_named(text, text.index("102%") + 3) == "dự toán Trung ương"
    assert plan_named(text, text.index("90%") + 2) == "dự toán địa phương"
    text = "tỷ lệ giải ngân trong 5 tháng đầu năm ước đạt 21% kế hoạch cả năm."   # t13-vietnamnet-giaingan-5t
    assert plan_named(text, text.index("21%") + 2) == "kế hoạch cả năm"
    text = "đạt 45,5% so với kế hoạch, tăng 3%"                                # its verb ends the plan's words
    assert plan_named(text, text.index("45,5%") + 4) == "kế hoạch"
    assert plan_named("đạt 82,2%); bắt, xử lý", 9) == ""                        # t13-lamdong-congan: no plan named


def test_an_amount_measured_against_two_plans_gives_a_row_for_each_rate(tmp_path):
    # zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08 (= t12-lamdong-thunsnn-8t-2022): the agency's sheet keeps the
    # rates as columns "So dự toán Trung ương (%)", "So dự toán địa phương (%)"; the text gives no plan amount
    tpl = template(tmp_path, AUGUST_2022,
                   "Cục Thuế tỉnh Lâm Đồng cho biết, tổng thu ngân sách nhà nước trong tháng 8 là 1.018,1 tỷ đồng; lũy "
                   "kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương, đạt 90% dự toán địa phương, bằng 128% "
                   "so cùng kỳ năm 2021.")
    total = _rows(tpl, 9_950_300_000_000)[0]
    first, second = _rows(tpl, 102)[0], _rows(tpl, 90)[0]
    assert first.unit == second.unit == "%" and first.rate_of is total and second.rate_of is total
    assert first.label == "Tổng thu ngân sách nhà nước (từ đầu năm): tỷ lệ so với dự toán Trung ương"
    assert second.label == "Tổng thu ngân sách nhà nước (từ đầu năm): tỷ lệ so với dự toán địa phương"
    assert (first.code, second.code) == (total.code + "-2", total.code + "-3")   # the loader's codes of rate columns
    assert total.plan is None                                # no plan amount anybody wrote: the rates are the rows
    assert [d.value for d in total.derived] == [Decimal(128)]   # its change stays its note
    assert [r.code for r in tpl.rows].index(first.code) == [r.code for r in tpl.rows].index(total.code) + 1


def test_two_plans_without_the_second_verb(tmp_path):
    # zh-ha-tinh-thu-chi-ngan-sach-2020-h1: "đạt 51,2% dự toán Bộ Tài chính giao, 46,1% dự toán HĐND tỉnh giao"
    tpl = template(tmp_path, HALF_2020,
                   "Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm ước đạt 5.481 tỷ đồng, đạt 51,2% dự toán "
                   "Bộ Tài chính giao, 46,1% dự toán HĐND tỉnh giao và 92,6% so với cùng kỳ năm 2019.")
    assert _rows(tpl, "51.2")[0].label.endswith(": tỷ lệ so với dự toán Bộ Tài chính giao")
    assert _rows(tpl, "46.1")[0].label.endswith(": tỷ lệ so với dự toán HĐND tỉnh giao")


def test_one_plan_stays_the_plan_column(tmp_path):
    # counter-case: one rate of one plan — the plan it implies goes in the "Kế hoạch" column, the rate is derived
    # (t12-lamdong-thunsnn-8t-2022: "Riêng Cục Thuế, … lũy kế thu 4.652,3 tỷ đồng, đạt 84% dự toán")
    tpl = template(tmp_path, AUGUST_2022,
                   "Tổng thu ngân sách nhà nước 8 tháng đạt 4.652,3 tỷ đồng, đạt 84% dự toán, bằng 114% so cùng kỳ.")
    row = _rows(tpl, 4_652_300_000_000)[0]
    assert row.plan is not None and not _rows(tpl, 84)


def test_two_rates_of_two_amounts_stay_their_own_rows_notes(tmp_path):
    # counter-case (y-can-tho-ket-nap-dang-vien-2019-10t): each rate is its own amount's, one plan each
    tpl = template(tmp_path, OCTOBER_2019,
                   "Đảng bộ quận Ninh Kiều kết nạp 123 đảng viên (đạt 102% kế hoạch) và Đảng bộ huyện Cờ Đỏ kết nạp "
                   "162 đảng viên (đạt 101% kế hoạch).")
    assert not _rows(tpl, 102) and not _rows(tpl, 101)


def test_rate_label_keeps_a_bracket_whole():
    class R:
        label = "Số tiền thu từ xổ số kiến thiết trên địa bàn (từ đầu năm)"
    assert rate_label(R, "dự toán năm") == \
        "Số tiền thu từ xổ số kiến thiết trên địa bàn: tỷ lệ so với dự toán năm"
    assert len(rate_label(R, "dự toán năm").split()) <= 18


# ------------------------------------------------------------------ 2. last year's value named before its period

def test_last_years_value_in_brackets_is_the_rows_base(tmp_path):
    # zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t
    tpl = template(tmp_path, APRIL_2017,
                   "Tổng vốn đăng ký của nhóm công ty cổ phần là 1.071 tỉ đồng (so với 79 tỉ đồng cùng kỳ năm trước), "
                   "nhóm công ty TNHH một thành viên 666 tỉ đồng (so với 475 tỉ đồng cùng kỳ năm trước).")
    assert not _rows(tpl, 79_000_000_000) and not _rows(tpl, 475_000_000_000)
    assert _rows(tpl, 1_071_000_000_000)[0].base == Decimal(79_000_000_000)
    assert _rows(tpl, 666_000_000_000)[0].base == Decimal(475_000_000_000)


def test_a_base_of_another_noun_in_the_rows_bracket(tmp_path):
    # zj-toan-quoc-phong-chong-tham-nhung-2015: the bracket right after the row is its comparison
    tpl = template(tmp_path, YEAR_2015,
                   "Số bản kê khai tài sản, thu nhập được xác minh là 225 bản kê khai (so với chỉ 5 trường hợp trong "
                   "năm 2014).")
    assert not _rows(tpl, 5) and _rows(tpl, 225)[0].base == Decimal(5)


def test_a_count_after_so_voi_that_names_no_period_is_left_alone(tmp_path):
    # counter-case (t13-baogiaothong-hangkhong-t7-2017): a count after a comparison, no period after it, is a row
    tpl = template(tmp_path, "Báo cáo tình hình vận tải hàng không tháng 7 năm 2017",
                   "Các hãng hàng không Việt Nam vận chuyển 4,38 triệu khách, tăng 12,3% trong đó có 1 triệu khách "
                   "quốc tế (tăng 0,9%) và nội địa 3,38 triệu khách, tăng 16,2% so với tháng 7/2016.")
    assert _rows(tpl, 3_380_000)


# ------------------------------------------------------------------ 3. whose row: the body named as the subject (owners.py)

def test_named_subject_reads_the_words_before_two_coordinated_verbs():
    from service.onboarding.owners import named_subject
    # t13-dntm-laocai-bcd389-list: a body's name in sentence case, up to "phát hiện, xử lý" / "thanh tra, kiểm tra"
    assert named_subject("Trong đó: Lực lượng Công an phát hiện, xử lý 78 vụ buôn bán", 0) == "Lực lượng Công an"
    assert named_subject("Cục Quản lý thị trường phát hiện, xử lý 08 vụ buôn bán", 0) == "Cục Quản lý thị trường"
    assert named_subject("Thanh tra chuyên ngành phát hiện, xử lý 12 vụ gian lận", 0) == "Thanh tra chuyên ngành"
    assert named_subject("Cục thuế thanh tra, kiểm tra 13 doanh nghiệp; phạt", 0) == "Cục thuế"
    # zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08: a fronted topic
    assert named_subject("Riêng Cục Thuế, trong tháng 8 thu 489,1 tỷ đồng", 0) == "Cục Thuế"
    assert named_subject("Tại các Chi cục Thuế, tháng 8 thu 493,7 tỷ đồng", 0) == "các Chi cục Thuế"
    # counter-cases (t13-hanoi-phamphap-t3-2016): a fronted adverbial of time opens the sentence, not a body
    assert named_subject("Lũy kế từ đầu năm, đã phát hiện 975 vụ phạm pháp hình sự", 0) is None
    assert named_subject("Tính chung ba tháng, đã có 788 vụ buôn bán", 0) is None
    assert named_subject("Trong đó, thuế phí tháng 8 thu 308,4 tỷ đồng", 0) is None
    # t4-thanhhoa-thanhtra-60ty: two nouns joined ("các sở, ngành triển khai 25 cuộc") leave one word — no body's name
    assert named_subject("Thanh tra các sở, ngành triển khai 25 cuộc thanh tra kinh tế", 0) is None


def test_rows_of_a_list_of_bodies_say_whose_they_are(tmp_path):
    # t13-dntm-laocai-bcd389-list: the same kinds of counts for each force
    tpl = template(tmp_path, "Báo cáo kết quả chống buôn lậu, gian lận thương mại năm 2019",
                   "Trong đó: Lực lượng Công an phát hiện, xử lý 78 vụ buôn bán, vận chuyển trái phép hàng cấm, hàng "
                   "lậu; 50 vụ gian lận thương mại; phạt vi phạm hành chính gần 160 triệu đồng.",
                   "Cục Quản lý thị trường phát hiện, xử lý 08 vụ buôn bán, vận chuyển trái phép hàng cấm, hàng lậu; 11 "
                   "vụ gian lận thương mại; phạt vi phạm hành chính gần 78 triệu đồng.")
    assert _rows(tpl, 50)[0].label == "Số vụ gian lận thương mại của Lực lượng Công an"
    assert _rows(tpl, 11)[0].label == "Số vụ gian lận thương mại của Cục Quản lý thị trường"
    assert _rows(tpl, 78_000_000)[0].label == "Số tiền phạt vi phạm hành chính của Cục Quản lý thị trường"


def test_a_verb_alone_takes_its_bodys_name_and_parts_say_whose(tmp_path):
    # zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08 (the brief's "Thu"): the sentence's subject is the body's name alone
    tpl = template(tmp_path, AUGUST_2022,
                   "Riêng Cục Thuế, trong tháng 8 thu 489,1 tỷ đồng; lũy kế thu 4.652,3 tỷ đồng, đạt 84% dự toán, "
                   "bằng 114% so cùng kỳ. Trong đó, thuế phí tháng 8 thu 308,4 tỷ đồng, lũy kế thu 3.307,3 tỷ đồng, đạt "
                   "84% dự toán năm, bằng 121% so cùng kỳ.",
                   "Tại các Chi cục Thuế, tháng 8 thu 493,7 tỷ đồng; lũy kế thu 5.003,9 tỷ đồng, đạt 100% dự toán, bằng "
                   "149% so cùng kỳ. Trong đó, thuế phí tháng 8 thu 289,4 tỷ đồng; lũy kế thu 3.103,7 tỷ đồng, đạt "
                   "131% dự toán bằng 175% so cùng kỳ.")
    assert _rows(tpl, 489_100_000_000)[0].label == "Cục Thuế thu"
    assert _rows(tpl, 4_652_300_000_000)[0].label == "Cục Thuế thu (từ đầu năm)"
    assert _rows(tpl, 308_400_000_000)[0].label == "Thu thuế phí của Cục Thuế"
    assert _rows(tpl, 289_400_000_000)[0].label == "Thu thuế phí của các Chi cục Thuế"
    assert _rows(tpl, 3_103_700_000_000)[0].label == "Thu thuế phí của các Chi cục Thuế (từ đầu năm)"


def test_labels_of_one_body_or_of_none_are_left_alone(tmp_path):
    # counter-case (t13-hanoi-phamphap-t3-2016): no body named — the labels stay as they were
    tpl = template(tmp_path, "Báo cáo tình hình tội phạm tháng 3 năm 2016",
                   "Cơ quan chức năng cũng đã phát hiện 27 vụ cờ bạc, bắt giữ 245 người. Tính chung 3 tháng, có 158 vụ "
                   "cờ bạc bị phát hiện và bắt giữ 863 người.",
                   "Trong tháng 3, lực lượng chức năng cũng đã phát hiện 177 vụ, bắt giữ 210 đối tượng. Tính chung ba "
                   "tháng, đã có 788 vụ bị phát hiện; bắt giữ 994 người.")
    assert not any(" của " in r.label for r in tpl.rows)
