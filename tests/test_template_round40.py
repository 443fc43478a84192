"""Issue 14, round 40 (stop 46's working batch yt-* and the fresh pages t30-*): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.foot import other_articles_heading
from service.onboarding.suggested import suggested_reading
from service.onboarding.verdicts import court_cases
from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template


# --- a heading of suggested reading ends the report (suggested.py) ---------------------------------------------

def test_suggested_reading_headings():
    # yt-thua-thien-hue-chi-cuc-thu-y-…-2012-02, d2-baogialai-ctd-tet-2019, z-can-tho-vinh-thanh-pctt-2016-h1
    for line in ("BẠN CÓ THỂ QUAN TÂM", "Có thể bạn quan tâm", "Có thể bạn quan tâm:"):
        assert suggested_reading(line) and other_articles_heading(line)


def test_counter_a_sentence_that_says_quan_tam():
    for line in ("Bạn có thể quan tâm đến 3 chương trình khuyến mãi", "Lãnh đạo tỉnh rất quan tâm",
                 "Có thể bạn quan tâm đến việc đăng ký sớm để được hỗ trợ tốt nhất"):
        assert not suggested_reading(line)


def test_another_articles_figures_after_the_heading_are_no_rows(tmp_path):
    # yt-thua-thien-hue-chi-cuc-thu-y-tiem-phong-cum-gia-cam-vu-xuan-2012-02: «51 tác giả», «70 tác phẩm» were rows
    tpl = template(tmp_path, "Báo cáo tiến độ tiêm phòng cúm gia cầm vụ xuân 2012",
                   "Đến thời điểm này (21/2), ngành thú y đã tiêm khoảng 300 ngàn liều, đạt gần 30% so với kế hoạch.",
                   "Hoàng Thế\nĐÁNH GIÁ\nHãy trở thành người đầu tiên đánh giá cho bài viết này!\n  Ý kiến bình luận",
                   "BẠN CÓ THỂ QUAN TÂM",
                   "Không dừng lại ở những cuộc thi",
                   "“Di sản, văn hóa và con người Thừa Thiên Huế” là chủ đề cuộc thi bút ký diễn ra từ 4/3 đến "
                   "15/10/2022, do Ban Tuyên giáo Tỉnh ủy tổ chức, thu hút 51 tác giả với 70 tác phẩm dự thi...")
    values = _values(tpl)
    assert Decimal(300000) in values and Decimal(51) not in values and Decimal(70) not in values


# --- the bare «án» of a court's zero (verdicts.py) ----------------------------------------------------------------

def test_no_case_quashed_is_a_zero_in_vu(tmp_path):
    # yt-bac-kan-ba-be-toa-an-nhan-dan-huyen-xet-xu-2013: the hand keeps «Số án bị hủy» 0 vụ
    tpl = template(tmp_path, "Báo cáo công tác xét xử năm 2013",
                   "Theo số liệu thống kê của Toà án nhân dân huyện, trong năm 2013 đơn vị đã thụ lý 81 vụ án, 9 hồ sơ "
                   "miễn giảm khoản tiền phạt, đã giải quyết xong 100% các loại án và xét miễn giảm khoản tiền phạt, "
                   "không có vụ án nào để quá hạn luật định, không có án bị hủy, không có vụ án nào bị sửa do lỗi chủ "
                   "quan của các thẩm phán.")
    assert _values(tpl).count(Decimal(0)) == 3


def test_no_case_overdue_nor_wrongful(tmp_path):
    # p12-tayninh-toaan-2018
    tpl = template(tmp_path, "Báo cáo công tác Tòa án năm 2018",
                   "Trong năm 2018, Tòa án nhân dân 2 cấp trên địa bàn tỉnh Tây Ninh đã thụ lý 13.084 vụ/14.856 vụ án "
                   "các loại, đã giải quyết đạt tỷ lệ hơn 88%, không có án quá hạn luật định, không có án oan sai, việc "
                   "cho hưởng án treo, cải tạo không giam giữ thực hiện đúng quy định.")
    zeros = [r for r in tpl.rows if r.value == Decimal(0)]
    assert len(zeros) == 2 and all(r.unit == "vụ" for r in zeros)


def test_court_cases_reads_the_bare_noun_only():
    assert court_cases("án cải sửa nghiêm trọng".split())        # t30-baobinhdinh-doan-hoi-tham-tand-tinh-2013
    assert court_cases("án bị hủy".split())
    # q-tuyen-quang-thads-2022: «bản án» is the judgment, the document
    assert not court_cases("bản án hành chính có quyết định".split())
    assert not court_cases("án phí".split()) and not court_cases("án treo".split()) and not court_cases(["án"])



# --- an amount for each place of a list (each.py) ---------------------------------------------------------------

def _money(tpl, value):
    return [r for r in tpl.rows if r.kind == "money" and r.value == Decimal(value)]


def test_each_province_of_the_list_gets_its_row(tmp_path):
    # yt-toan-quoc-trung-uong-hoi-chu-thap-do-cuu-tro-bao-lu-2025-10: the hand keeps «Tỉnh Nghệ An», «Tỉnh Hà Tĩnh»,
    # «Tỉnh Quảng Trị» 300 triệu đồng each
    tpl = template(tmp_path, "Báo cáo phân bổ cứu trợ khẩn cấp tháng 10/2025",
                   "Trung ương Hội Chữ thập đỏ Việt Nam quyết định tiếp tục phân bổ hơn 5,7 tỷ đồng cứu trợ khẩn cấp, "
                   "bao gồm tiền mặt và hàng hóa thiết yếu, cụ thể: Tỉnh Bắc Ninh 800 triệu đồng và 120.000 gói bột lọc "
                   "nước P&G; tỉnh Thanh Hóa 200 triệu đồng và 31.440 gói bột lọc nước P&G; các tỉnh Nghệ An, Hà Tĩnh và "
                   "Quảng Trị mỗi tỉnh được hỗ trợ 300 triệu đồng.")
    each = _money(tpl, 300_000_000)
    assert [r.label for r in each] == ["Số tiền tỉnh Nghệ An", "Số tiền tỉnh Hà Tĩnh", "Số tiền tỉnh Quảng Trị"]
    assert all(r.unit == "triệu đồng" and r.per is None for r in each)


def test_five_provinces_a_hundred_billion_each(tmp_path):
    # t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10
    tpl = template(tmp_path, "Báo cáo công tác khắc phục hậu quả mưa lũ tháng 10 năm 2020",
                   "Phó Thủ tướng Trương Hòa Bình cho biết, Chính phủ tạm cấp cho các tỉnh Hà Tĩnh, Quảng Bình, Quảng "
                   "Trị, Thừa Thiên Huế và Quảng Nam mỗi tỉnh 100 tỷ đồng để cứu hộ cứu nạn, an sinh xã hội.")
    assert len(_money(tpl, 100 * 10**9)) == 5


def test_counter_each_without_a_list_stays_one_rate(tmp_path):
    # t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10: «mỗi tỉnh miền Trung» names no province
    tpl = template(tmp_path, "Báo cáo công tác khắc phục hậu quả mưa lũ tháng 10 năm 2020",
                   "Ngoài ra, Chính phủ cũng cấp cho mỗi tỉnh miền Trung bị thiệt hại nặng do lũ lụt 1.000 tấn gạo, cùng "
                   "thuốc chữa bệnh, hóa chất khử trùng.")
    assert len([r for r in tpl.rows if r.value == Decimal(1000)]) <= 1


def test_places_before_needs_proper_names():
    from service.onboarding.each import places_before

    text = "các tỉnh Nghệ An, Hà Tĩnh và Quảng Trị mỗi tỉnh"
    assert places_before(text, text.index("mỗi"), "tỉnh") == ["Nghệ An", "Hà Tĩnh", "Quảng Trị"]
    text = "các tỉnh bị thiệt hại nặng và các huyện miền núi mỗi tỉnh"
    assert places_before(text, text.index("mỗi"), "tỉnh") == []


# --- the scorer: a share of a whole kept as its row's derivation (template_accuracy.shares_derived) ---------------

def test_shares_kept_as_derivations_are_counted():
    # yt-…-doanh-nghiep-thanh-lap-moi-2018-01: «Tỷ trọng vốn khu vực Đông Nam Bộ» 36,6 is the derivation «tỷ lệ so với
    # tổng số (… chiếm 36,6%)» of the row 35.926 tỷ đồng; «Tỷ trọng vốn khu vực Tây Nguyên» 1,5 hangs on a row that is
    # itself a share (5,8%): not counted
    from pathlib import Path

    from evaluations.template_accuracy import run_source

    case = Path("evaluations/cases/heldout/yt-toan-quoc-cuc-quan-ly-dang-ky-kinh-doanh-doanh-nghiep-thanh-lap-moi-2018-01")
    res = run_source(case.name, case / "source.txt", case / "figures.csv", True)
    assert res.by_derivation == 4
    assert any("Tây Nguyên" in m for m in res.missed)
    assert not any("Đông Nam Bộ" in m for m in res.missed)


# --- places singled out by name (singled.py) --------------------------------------------------------------------

def test_two_mountain_districts_named_are_no_figure(tmp_path):
    # yt-khanh-hoa-trung-tam-dien-anh-dot-phim-tet-dinh-dau-2017-01: «2 huyện» was an extra row
    tpl = template(tmp_path, "Báo cáo đợt phim Tết Đinh Dậu 2017",
                   "Các đội chiếu phim lưu động của Trung tâm đã tổ chức 48 buổi chiếu phục vụ tại các địa phương trong "
                   "tỉnh, đặc biệt là 2 huyện miền núi Khánh Sơn, Khánh Vĩnh.")
    assert Decimal(2) not in _values(tpl) and Decimal(48) in _values(tpl)


def test_hai_huyen_named_after_nhat_la(tmp_path):
    # t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10
    tpl = template(tmp_path, "Báo cáo công tác khắc phục hậu quả mưa lũ tháng 10 năm 2020",
                   "Phó Thủ tướng Trương Hòa Bình nói, thiệt hại do mưa lũ tại Quảng Trị rất lớn. Nhất là hai huyện "
                   "miền núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng hư hỏng, giao thông chia cắt, cuộc sống người dân khó "
                   "khăn. Chính phủ đã cấp bổ sung thêm 40 tỷ đồng (ngoài khoản tạm cấp nêu trên) để hai huyện này khắc "
                   "phục hậu quả, sớm ổn định cuộc sống người dân.")
    assert Decimal(2) not in _values(tpl)


def test_named_after_counts_the_names_only():
    from service.onboarding.singled import named_after

    assert named_after(" huyện miền núi Khánh Sơn, Khánh Vĩnh.") == 2
    assert named_after(" huyện miền núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng") == 2
    # t30-vietnamplus-chu-thap-do-cuu-tro-khan-cap-mien-trung-2025-11: «6 tỉnh, thành phố … gồm Đà Nẵng, …» has no
    # «đặc biệt là» before it and its names come after «gồm»: stays a figure
    assert named_after(" tỉnh, thành phố chịu thiệt hại nặng do mưa lũ kéo dài gồm Đà Nẵng") == 0
