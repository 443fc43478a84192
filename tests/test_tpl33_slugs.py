"""Issue 14, round 33: a line of Vietnamese written without its diacritics — an image's alternative text, an address
slug — is furniture, no row (``slugs.slug_line``, ``without_slugs``).  Pages as printed (their first lines)."""

from __future__ import annotations

from service.onboarding.slugs import slug_line
from service.onboarding.template import build_template
from tests.template_rows import has

VANTAI = """Vận tải hành khách tháng 5-2019 đạt 417,4 triệu lượt

Cập nhật: 15:30 | 13/06/2019
Trong tháng 5-2019, vận tải hành khách đã giảm 0,4% với với tháng trước đó những lại tăng 0,3% so với cùng kỳ năm ngoái.
van tai hanh khach thang 5 2019 dat 4174 trieu luot

Theo đó, vận tải hành khách tháng 5-2019 ước tính đạt 417,4 triệu lượt khách, giảm 0,4% so với tháng 4-2019 nhưng lại tăng 0,3% với 19,1 tỷ lượt khách/km.
"""

NONG_DAN = """Nông nghiệp

Hơn 27.000 hộ nông dân đạt thu nhập trên 1 tỷ đồng/năm

Ngày đăng: 2017-09-09 07:41:32


Trong giai đoạn 2012-2017, hàng triệu hộ nông dân có thu nhập từ 100 triệu đồng đến trên 1 tỷ đồng mỗi năm.

hon 27 nghin ho nong dan dat thu nhap tren 1 ty dong moi nam hinh 1
Năm 2016, có hơn 3,5 triệu hộ nông dân đạt danh hiệu hộ sản xuất kinh doanh giỏi các cấp (Ảnh minh họa: KT)
"""


def _tpl(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return build_template(path)


def test_a_slug_under_the_lede(tmp_path):
    # t25-phapluatxahoi-vantai-t5-2019: rows «Số dat van tai hanh khach thang» 2019, «Số luot …» 4.174.000.000
    tpl = _tpl(tmp_path, VANTAI)
    assert not has(tpl, 4174000000) and not has(tpl, 2019) and has(tpl, 417400000)


def test_an_image_alt_text(tmp_path):
    # c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016: rows «Số nghin ho nong dan …» 27 and 1 «nghin ho»
    tpl = _tpl(tmp_path, NONG_DAN)
    assert not any(r.unit == "nghin ho" for r in tpl.rows)


def test_the_held_out_slugs_are_slug_lines():
    assert slug_line("hai duong van dong duoc 25 ty dong vien tro phi chinh phu trong 6 thang dau nam")
    assert slug_line("11 tinh thanh dat kim ngach xuat khau ty do")


def test_counter_an_english_line_and_a_marked_line():
    # a yearbook's English heading (s1-hoa-binh-nien-giam-chi-so-grdp-2021) and the report's own words
    assert not slug_line("at constant 2010 prices by types of ownership")
    assert not slug_line("Vận tải hành khách tháng 5-2019 đạt 417,4 triệu lượt")


def test_counter_a_page_with_no_marks_at_all_is_read(tmp_path):
    # a page typed without diacritics throughout is the report itself: its lines are read
    tpl = _tpl(tmp_path, "Bao cao ket qua cong tac thang 5 nam 2019\n\nvan tai hanh khach thang 5 nam 2019 dat 417 trieu "
                         "luot khach, tang 3 phan tram so voi cung ky\n")
    assert has(tpl, 417000000) or any(r.value is not None and float(r.value) in (417, 417000000) for r in tpl.rows)
