"""Round 59: other articles' linked headlines (foot.linked_headline), a picture's index glued to its caption
(pictures.picture_index), a discount off a price (discounts.price_cut). Real text from two sources each, and negatives."""

from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.discounts import price_cut
from service.onboarding.foot import linked_headline
from service.onboarding.model import Para
from service.onboarding.pictures import picture_index
from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
HELDOUT = ROOT / "evaluations/cases/heldout"


def _rows(name):
    return build_template(PAGES / f"{name}.txt").rows


def _values(rows):
    return sorted(float(r.value) for r in rows if r.value is not None)


# ---------------------------------------------------------------- linked headlines (foot.linked_headline)

def test_a_linked_headline_over_the_report_is_no_row():
    # "> Hỗ trợ gần 1.400 hộ diêm dân" opens the page; the report's own figures stay
    rows = _rows("t44-tienphong-san-luong-muoi")
    assert 1400 not in _values(rows)
    assert {14800, 2900} <= set(_values(rows))


def test_a_linked_headline_under_the_report_is_no_row():
    # " » Nghệ An loại khỏi quy hoạch 14/46 dự án thủy điện quy mô nhỏ, hiệu quả thấp"
    rows = _rows("t44-baonghean-thuy-dien-6t-2017")
    assert 14 not in _values(rows)
    assert {937e6, 1123.8e9, 158.8e9} <= set(_values(rows))


def test_link_marks_of_other_sites_are_read_alike():
    assert linked_headline(">>Số người chết vì tai nạn giao thông tăng bất thường 2 ngày liên tiếp")  # t19-sggp
    assert linked_headline(">>>Bão số 9 đổ bộ từ Đà Nẵng - Phú Yên, sóng cao 8 mét trên biển")      # p18
    assert linked_headline("> Lại một vụ bạo hành gia đình kinh hoàng")                              # t22


def test_a_target_cell_and_a_sentence_are_no_link():
    assert not linked_headline(">90")    # yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020's target cell
    assert not linked_headline("> 95")
    assert not linked_headline("Hỗ trợ gần 1.400 hộ diêm dân")
    rows = build_template(HELDOUT / "yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020/source.txt").rows
    assert rows    # the table's rows are read as before


# ---------------------------------------------------------------- a picture's index (pictures.picture_index)

def test_a_picture_index_glued_to_its_caption_is_no_row():
    rows = _rows("t44-vietnamplus-thuy-dien-hua-na-2022")     # "… của năm 2022 ảnh 1Thủy điện Hủa Na."
    assert 1 not in _values(rows)
    assert {631.76e6, 801.92e9} <= set(_values(rows))


def test_the_same_caption_on_another_page_claims_only_the_index():
    rows = _rows("c42-vietnamplus-xep-hang-21-di-tich")       # "… 21 di tích cấp quốc gia ảnh 1Phong cảnh vịnh …"
    assert 21 in _values(rows)
    assert not any("Phong cảnh" in r.label for r in rows)


def test_pictures_counted_are_figures():
    for text in ("Triển lãm trưng bày 200 ảnh tư liệu quý.", "Hệ thống chụp ảnh 3 chiều được lắp đặt."):
        m = extract_numbers(text)[0]
        assert not picture_index(Para(text, (0, 0), None, [m], [m], [None], [], None), 0, m)


# ---------------------------------------------------------------- a discount off a price (discounts.price_cut)

def test_a_discount_off_the_ticket_price_is_no_row():
    rows = _rows("t44-vnexpress-duong-sat-vnr-2024")          # "giảm đến 50% giá vé tùy loại chỗ"
    assert 50 not in _values(rows)
    assert {7e6, 5e6, 9700e9, 220e9} <= set(_values(rows))


def test_two_discounts_on_another_page_are_no_rows():
    rows = _rows("p19-znews-hoian-tet-nhamdan-2022-02")       # "sẽ được giảm 50% giá vé tham quan" twice
    assert 50 not in _values(rows)
    assert {10000, 44800, 2800} <= set(_values(rows))


def test_a_change_of_the_period_is_no_discount():
    for text in ("Doanh thu giảm 5% so với cùng kỳ.", "Giá vé giảm 5% so với năm trước.",
                 "Xuất khẩu giảm 5% giá trị so với cùng kỳ."):
        m = next(x for x in extract_numbers(text) if x.raw.startswith("5"))
        assert not price_cut(Para(text, (0, 0), None, [m], [m], [None], [], None), 0, m)
