"""Issue 14, round 46: a run-in heading's figures (runin.py); a list of units with X/Y each (unitlists.py)."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.runin import stated
from service.onboarding.template import build_template
from service.onboarding.unitlists import names_before

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


# zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013 (one bullet paragraph, as the page gives it)
THUONG_XUAN = (
    "  • Chương trình xây dựng nông thôn mới được quan tâm chỉ đạo và đạt kết quả tích cực. Đến nay, đã công nhận "
    "các tiêu chí đạt tiêu chí NTM cho 16 xã: Ngọc Phụng 14/19 tiêu chí, Thọ Thanh 10/19 tiêu chí, Xuân Dương 9/19 "
    "tiêu chí, Luận Thành, Vạn Xuân 8/19 tiêu chí, Yên nhân, Xuân Cao 7/19 tiêu chí, Lương Sơn, Luận Khê 6/19 tiêu "
    "chí, Xuân Cẩm, Xuân Lẹ, Xuân Chinh, Xuân Lộc, Tân Thành 5/19 tiêu chí, Bát Mọt, Xuân Thắng 4/19 tiêu chí. So "
    "với năm 2012 toàn huyện tăng thêm 40 tiêu chí đạt tiêu chí NTM.\n")
# zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11
AN_THI = (
    "Huyện ta: Hoàn thành khám sơ tuyển nghĩa vụ quân sự năm 2020\n"
    "Hội đồng nghĩa vụ quân sự 21 xã, thị trấn vừa hoàn thành khám sơ tuyển sức khỏe nghĩa vụ quân sự cho 652 thanh "
    "niên trên tổng số 1.661 lệnh gọi lên trạm khám, đạt 39%, trong đó có 623 thanh niên đạt sức khỏe. Các xã, thị "
    "trấn làm tốt công tác sơ tuyển là thị trấn Ân Thi 88/102 đạt 86%; xã cẩm Ninh 41/61 đạt 67%; Vân Du 52/99 đạt "
    "53%; Tân Phúc 30/44 đạt 68% và Phù Ủng 46/84 đạt 55%. Bên cạnh đó còn một số xã chưa thực hiện tốt công tác "
    "khám sơ tuyển, tỷ lệ lên trạm khám đạt quá thấp cụ thể xã Đa Lộc có 12/66 đạt 18%; Hạ Lễ 18/73 đạt 25%; Hồng "
    "Vân 19/65 đạt 29%; Văn Nhuệ 32/100 đạt 32%...\n")


def _rows(text, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_template(path).rows


def test_each_unit_named_before_its_pair_has_its_row_and_a_shared_value_one_per_unit(tmp_path):
    rows = _rows(THUONG_XUAN, tmp_path)
    per_unit = [r for r in rows if r.unit == "tiêu chí" and r.value < 19]
    assert sorted(r.value for r in per_unit) == sorted(Decimal(v) for v in
                                                        "14 10 9 8 8 7 7 6 6 5 5 5 5 5 4 4".split())
    assert any("Vạn Xuân" in r.label for r in per_unit) and any("Luận Thành" in r.label for r in per_unit)
    assert Decimal("19") not in [r.value for r in rows]                 # one scale for all: no row


def test_a_units_own_total_is_its_row_and_its_rate_a_derivation(tmp_path):
    rows = _rows(AN_THI, tmp_path)
    values = [r.value for r in rows]
    for v in ("102", "61", "99", "44", "84", "66", "73", "65", "100", "46", "12", "88", "41"):
        assert Decimal(v) in values, v
    assert not [r for r in rows if r.unit == "%"]                        # 86 %, 55 %, 18 %: no rows
    phu_ung = next(r for r in rows if r.value == Decimal("46"))
    assert "Phù Ủng" in phu_ung.label and [d.value for d in phu_ung.derived] == [Decimal("55")]


def test_counter_names_with_ages_dates_or_rankings_are_no_list_of_units(tmp_path):
    ages = ("Các đồng chí được khen thưởng: Nguyễn Văn An 45 tuổi, Trần Thị Bình 38 tuổi, Lê Văn Cường 52 tuổi, "
            "Phạm Thị Dung 41 tuổi.\n")
    dates = ("Lịch tiếp công dân: Chủ tịch UBND huyện ngày 05/01, Phó Chủ tịch Nguyễn Văn An ngày 15/01, Trưởng "
             "ban Trần Văn Bình ngày 05/02, Chánh Văn phòng Lê Văn Cường ngày 15/02.\n")
    phones = ("Điện thoại đường dây nóng: Công an huyện 0234/3822111, Trạm Y tế 0234/3823222, Ban Chỉ huy quân sự "
              "0234/3824333.\n")
    for text in (ages, dates, phones):
        assert _rows(text, tmp_path) == [], text
    ranks = "Năm 2019 tỉnh PAR INDEX xếp 9/63, PAPI xếp hạng 10/63, PCI xếp thứ 16/63 tỉnh, thành phố.\n"
    rows = _rows(ranks, tmp_path)                      # (r-ba-ria-vung-tau-cchc-2015-2020): ranks, as before
    assert [(r.value, r.unit) for r in rows] == [(Decimal(v), "hạng") for v in ("9", "10", "16")]


def test_counter_pairs_done_over_a_plan_or_opening_on_a_verb_are_no_list_of_units(tmp_path):
    # c5-ducgiang-ktxh-2021-h1 (`Trong đó lúa 40/38ha. Đậu 25/25ha. Ngô 31/35ha.`), its crops written as names:
    # one X over its Y, so the Y's are plans, not each crop's own total
    crops = "Tổng diện tích gieo trồng 96ha. Lúa 40/38ha. Đậu 25/25ha. Ngô 31/35ha.\n"
    assert not [r for r in _rows(crops, tmp_path) if r.value in (Decimal("38"), Decimal("35"))]
    # p21-5085a-sachtrang-doanhnghiep-2019: `Có 30/63 địa phương …` (a verb, no name)
    verbs = ("Theo địa phương: Có 30/63 địa phương có tốc độ tăng cao hơn bình quân; Có 10/63 địa phương giảm; Có "
             "23/63 địa phương tăng thấp hơn bình quân.\n")
    assert names_before(verbs, verbs.index("30/63"), 0) == [] and names_before(verbs, verbs.index("10/63"), 0) == []
    assert names_before(THUONG_XUAN, THUONG_XUAN.index("8/19"), THUONG_XUAN.index("9/19") + 4) == [
        "Luận Thành", "Vạn Xuân"]
