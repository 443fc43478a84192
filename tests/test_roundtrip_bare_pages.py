"""What the round trip on bare pages (``python -m evaluations.template_roundtrip --pages DIR``: 132 fresh pages of
the sweep, each page's own template filled with its values moved on and drafted offline) found in the outline: a news
page whose byline (``TUỆ NHI``) or comment form was read as a heading drafted nothing but that "section", leaving the
whole article out."""

from __future__ import annotations

from index.parse import parse_report
from service.figures.model import FigureTable
from service.outline import WHOLE_TEXT, choose

ARTICLE = """Huyện Bắc Tân Uyên: Chất lượng giáo dục chuyển biến tích cực

Cập nhật: 10-09-2022 | 09:00:10

Vừa qua, Phòng Giáo dục - Đào tạo huyện Bắc Tân Uyên đã tổ chức hội nghị tổng kết năm học 2021- 2022.

Năm học 2021-2022, toàn huyện có 100% học sinh khối tiểu học hoàn thành chương trình, 1.250 học sinh lớp 9 được công
nhận tốt nghiệp trung học cơ sở.

TUỆ NHI

LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. BDO hoan nghênh những ý kiến đóng góp của bạn đọc.

Gửi file đính kèm không quá 10MB Đính kèm File intNumViewTotal=310
"""


def test_a_heading_under_which_no_figure_stands_after_a_body_of_figures_is_no_structure(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sections, source = choose(None, parse_report(path), FigureTable([]))
    assert source == WHOLE_TEXT
    assert any("1.250 học sinh" in p for p in sections[0].paragraphs)


def test_a_report_whose_sections_hold_its_figures_keeps_them(tmp_path):
    path = tmp_path / "baocao.txt"
    path.write_text("BÁO CÁO\nKết quả công tác năm 2022\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 5/1/2022, Ủy ban báo "
                    "cáo như sau:\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Giáo dục\n\nToàn huyện có 1.250 học sinh lớp 9 được công "
                    "nhận tốt nghiệp.\n\n2. Y tế\n\nKhám chữa bệnh cho 35.000 lượt người.\n", encoding="utf-8")
    sections, source = choose(None, parse_report(path), FigureTable([]))
    assert source == "previous edition" and sections
