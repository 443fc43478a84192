"""Issue 14, round 46: a run-in heading's figures (runin.py); a list of units with X/Y each (unitlists.py)."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.runin import stated
from service.onboarding.template import build_template

# yy-toan-quoc-hoc-vien-ctqg-truong-chinh-tri-cac-tinh-thong-tin-cong-tac-2016-11 (the page's first two items)
TRUONG_CHINH_TRI = (
    "Thông tin công tác từ các trường chính trị tháng 11/2016\n"
    " 1. Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội bế giảng 05 lớp với 1.324 học viên, tổ chức thi tốt "
    "nghiệp 3 lớp Trung cấp Lý luận Chính trị - Hành chính (TC LLCT-HC), chấm thi tốt nghiệp 2 lớp TC LLCT-HC. Phát "
    "hành “Thông tin lý luận và thực tiễn” số 2/2016. Công nhận danh hiệu giảng viên dạy giỏi đối với 6 giảng viên.\n"
    " 2. Trường Chính trị Tô Hiệu thành phố Hải Phòng khai giảng 01 lớp TC LLCT-HC, 06 lớp bồi dưỡng; bế giảng 04 "
    "lớp bồi dưỡng; chấm thi tốt nghiệp 01 lớp; tổ chức cho 01 lớp bồi dưỡng đi nghiên cứu thực tế. Hoàn thành kế "
    "hoạch thao giảng cấp trường.\n")
# zj-thanh-hoa-nong-cong-xa-truong-trung-ktxh-2017 (a numbered item under "1. Về kinh tế:")
TRUONG_TRUNG = (
    "BÁO CÁO Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2018\n\n"
    "1. Về kinh tế:\n\n"
    "Giá trị sản xuất các ngành kinh tế đạt 61,9 tỷ đồng đạt 100% kế hoạch. Tổng thu nhập toàn xã hội là 106,8 tỷ "
    "đồng.\n\n"
    "1.1. Giá trị thu nhập sản xuất ngành nông, lâm, thủy sản đạt 36,9 tỷ đồng đạt 104% kế hoạch và tăng 5% so với "
    "cùng kỳ. Tổng diện tích gieo trồng 701,58 ha tăng 13% so với cùng kỳ.\n")


def _values(text, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.value, r.unit) for r in build_template(path).rows]


def test_a_numbered_items_first_sentence_gives_its_rows(tmp_path):
    values = _values(TRUONG_CHINH_TRI, tmp_path)
    for v in ("5", "1324", "3", "2", "6", "4", "1"):
        assert Decimal(v) in [x for x, _ in values], v
    assert values.count((Decimal("1"), "lớp")) == 3 and values.count((Decimal("6"), "lớp")) == 1


def test_a_run_in_sentence_of_money_gives_its_row(tmp_path):
    values = [x for x, _ in _values(TRUONG_TRUNG, tmp_path)]
    assert Decimal("36900000000") in values and Decimal("61900000000") in values


def test_a_heading_stating_figures_is_a_sentence():
    assert stated("Trường Chính trị thành phố Cần Thơ bế giảng 05 lớp (03 lớp TC LLCT-HC, 01 lớp bồi dưỡng, 01 lớp ĐH "
                  "Hành chính)")
    assert stated("Giá trị thu nhập sản xuất ngành nông, lâm, thủy sản đạt 36,9 tỷ đồng đạt 104% kế hoạch và tăng 5% "
                  "so với cùng kỳ")


def test_counter_titles_table_lines_dates_and_phones_are_no_sentence():
    assert not stated("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2018")                     # a title: few words
    assert not stated("Tổng số lượt khách (lượt) | 8.780.484 | 9.330.000 | 819.875 | 156,9 |")   # zs Kiên Giang
    assert not stated("Tổng doanh thu hoạt động kinh doanh 973,299 1,122,014 1,018,881 1,124,252 926,329")  # yb
    assert not stated("Lịch tiếp công dân của lãnh đạo huyện vào các ngày 05/01/2024, 15/01/2024, 05/02/2024 và "
                      "15/02/2024")
    assert not stated("Đường dây nóng của Ban chỉ đạo phòng chống thiên tai huyện: 0234 3822 111, 0914 123 456")
