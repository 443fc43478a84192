"""Issue 14, round 33: a box of related links inside the page — the headline and the lede, ``Tin liên quan`` with a
link, then the article from its lede again and its body — ends nothing (``foot.page_restarts``); a foot of other
articles still ends the report.  Pages as printed (their first lines)."""

from __future__ import annotations

from service.onboarding.foot import page_restarts
from service.onboarding.template import build_template
from tests.template_rows import has

TP_HCM = """Đời sống


Kiếm việc làm cho hơn 23.000 bạn trẻ

Kiếm việc làm cho hơn 23.000 bạn trẻ. TT - Chiều 14-7, Hội LHTN TP.HCM đã tổ chức hội nghị Ủy ban Hội LHTN TP mở rộng sáu tháng đầu năm 2011. Hội nghị đã thảo luận về dự thảo báo cáo công tác Hội và phong trào thanh niên TP sáu tháng đầu năm 2011.

Tin liên quan

Hội LHTNVN TP.HCM:

TT - Chiều 14-7, Hội LHTN TP.HCM đã tổ chức hội nghị Ủy ban Hội LHTN TP mở rộng sáu tháng đầu năm 2011. Hội nghị đã thảo luận về dự thảo báo cáo công tác Hội và phong trào thanh niên TP sáu tháng đầu năm 2011.

Theo báo cáo, trong sáu tháng, các cấp hội đã giới thiệu việc làm cho hơn 23.000 bạn trẻ, tín chấp cho thanh niên vay vốn làm ăn hơn 4,5 tỉ đồng. Với cuộc vận động “Thanh niên sống đẹp, sống có ích” đã có gần 6.000 bạn trẻ được tuyên dương trên các lĩnh vực, tổ chức hơn 400 sân chơi văn hóa, thực hiện hơn 1.600 công trình thanh niên thực hiện nếp sống văn minh đô thị, bảo vệ môi trường...
"""

VNN_LOP1 = """Giáo dục


Gần 3/4 học sinh lớp 1 của Hà Nội là học sinh giỏi

Gần 3/4 học sinh lớp 1 của Hà Nội là học sinh giỏi. Cụ thể, con số này là 72,62%. Đây là kết quả do Sở GD-ĐT Hà Nội thống kê.

Tin liên quan

Cụ thể, con số này là 72,62%. Đây là kết quả do Sở GD-ĐT Hà Nội thống kê.

Gần 3/4 học sinh lớp 1 của Hà Nội là học sinh giỏi
Ảnh: Văn Chung

Theo bảng thống kê được đưa ra tại Hội nghị tổng kết năm học 2013 – 2014 do Sở GD-ĐT Hà Nội tổ chức ngày 12/8, năm học vừa qua Hà Nội có 131.950 học sinh lớp 1. Đã có 95.764 học sinh được xếp loại giỏi cả năm học, chiếm 72,62%.
"""

# the foot of ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02: the headline again, nothing new after it
BINH_THUAN = """Theo dõi trên

234 em bé chào đời dịp Tết Mậu Tuất

28/02/2018, 09:16

BT- Theo Sở Y tế, những ngày nghỉ Tết Nguyên đán Mậu Tuất 2018, các cơ sở điều trị tiếp nhận 1.644 ca khám cấp cứu, tai nạn; tăng 3,28% so cùng kỳ năm 2017.

Trang HIẾU



(0) Bình luận
Bài liên quan
Nổi bật
Đừng bỏ lỡ
POWERED BY ONECMS - A PRODUCT OF NEKO
234 em bé chào đời dịp Tết Mậu Tuất
"""

# a foot whose first teaser is another article's (the page said nothing of it)
FOOT = """Báo cáo kết quả công tác Hội 6 tháng đầu năm 2011

Trong sáu tháng, các cấp hội đã giới thiệu việc làm cho hơn 23.000 bạn trẻ, tín chấp cho thanh niên vay vốn làm ăn hơn 4,5 tỉ đồng.

Tin liên quan

Tuổi trẻ huyện Củ Chi ra quân hè tình nguyện với 1.200 chiến sĩ tham gia các công trình.

Thành đoàn tổ chức 35 lớp tập huấn kỹ năng cho 2.400 cán bộ đoàn cơ sở.
"""


def _tpl(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return build_template(path)


def test_the_article_restarts_after_a_box_of_links(tmp_path):
    # ym-tp-ho-chi-minh-hoi-lhtn-thanh-pho-so-ket-6-thang-2011-h1: the template held only the headline's 23.000
    tpl = _tpl(tmp_path, TP_HCM)
    assert has(tpl, 6000) and has(tpl, 400) and has(tpl, 1600) and has(tpl, 4500000000)


def test_the_lede_said_again_then_the_body(tmp_path):
    # d6-vnn-hanoi-lop1-2013-2014: the same layout — the body's counts of pupils were cut as the foot
    tpl = _tpl(tmp_path, VNN_LOP1)
    assert has(tpl, 131950) and has(tpl, 95764)


def test_counter_a_foot_repeating_only_the_headline(tmp_path):
    # the headline said again after «Bài liên quan» is the foot's, nothing new after it: still a foot
    lines = BINH_THUAN.splitlines(keepends=True)
    k = next(i for i, line in enumerate(lines) if line.strip() == "Bài liên quan")
    assert not page_restarts(lines, k)
    assert has(_tpl(tmp_path, BINH_THUAN), 1644)


def test_counter_a_foot_of_other_articles(tmp_path):
    tpl = _tpl(tmp_path, FOOT)
    assert has(tpl, 23000) and not has(tpl, 1200) and not has(tpl, 35)
