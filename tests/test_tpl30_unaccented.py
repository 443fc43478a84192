"""Issue 14, round 30: a run of words written without the language's marks (an image's caption, a page's slug)
that repeats, once the marks are dropped, what the report said before is no new figure (``asides.unaccented_again``):
the earlier row, or nothing.  Held-out sources' lines as printed (slug in each comment); a counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has, row

Q1_2020 = "Báo cáo kim ngạch xuất khẩu quý I năm 2020"
H1_2019 = "Báo cáo vận động viện trợ phi chính phủ 6 tháng đầu năm 2019"
TET_2018 = "Báo cáo phong trào Tết vì người nghèo năm 2018"


def test_a_caption_repeating_the_lede_without_marks(tmp_path):
    # yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1: a second row "11 tinh thanh" (with the
    # change "tăng thêm 1" hung on it)
    tpl = template(tmp_path, Q1_2020,
                   "Tổng cục Hải quan vừa công bố quý I cả nước có 11 tỉnh thành đạt kim ngạch xuất khẩu từ 1 tỷ USD trở "
                   "lên, với tổng kim ngạch lên tới gần 49,35 tỷ USD.",
                   "11 tinh thanh dat kim ngach xuat khau ty do",
                   "So với cùng kỳ năm 2019, số tỉnh thành đạt kim ngạch “tỷ đô” tăng thêm 1, là Tây Ninh với gần 1,094 "
                   "tỷ USD, tăng 9,8%.")
    assert [r.unit for r in tpl.rows if r.value == 11] == ["tỉnh thành"]
    assert len(row(tpl, 11).repeats) == 1


def test_a_slug_after_a_target_and_after_a_headline(tmp_path):
    # zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017: "2000000 suat qua" and "2018 tang nguoi" had been
    # rows (the marked line is a target: no row at all)
    tpl = template(tmp_path, TET_2018,
                   "Phấn đấu ít nhất 2 triệu suất quà Tết 2018 tặng người nghèo và nạn nhân chất độc da cam",
                   "phan dau it nhat 2 trieu suat qua tet 2018 tang nguoi ngheo va nan nhan chat doc da cam",
                   "Qua 5 năm, phong trào đã vận động và trao tặng 10 triệu suất quà Tết.")
    assert not has(tpl, 2000000) and not has(tpl, 2018) and has(tpl, 10000000)
    # zr-hai-duong-lien-hiep-huu-nghi-vien-tro-pcpnn-2019-h1: the slug glued after a related link's text
    tpl = template(tmp_path, H1_2019,
                   "Hải Dương vận động được 25 tỷ đồng viện trợ phi chính phủ trong 6 tháng đầu năm",
                   "Vụ 3 anh em đuối nước thương tâm ở sông Kinh Thầy hai duong van dong duoc 25 ty dong vien tro phi "
                   "chinh phu trong 6 thang dau nam")
    assert len([r for r in tpl.rows if r.value == 25000000000]) == 1


def test_plain_letters_saying_something_new_stay(tmp_path):
    # counter-case: a line without marks whose words were never said with them is read as any line
    tpl = template(tmp_path, Q1_2020,
                   "Tổng cục Hải quan vừa công bố quý I cả nước có 11 tỉnh thành đạt kim ngạch xuất khẩu từ 1 tỷ USD.",
                   "Ca nuoc co 27 doanh nghiep dat kim ngach xuat khau tren 1 ty USD")
    assert has(tpl, 27)
