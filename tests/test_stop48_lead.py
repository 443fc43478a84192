"""The lead's rules of stop 48, each on real text (the working batch ``yx-*``), each with a negative."""

from service.periods.report import find_period


# Báo Ninh Thuận, Hội Đông y tỉnh (yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016): a letter of 1955 quoted
NINH_THUAN = (
    "Dâng hương tưởng niệm 226 năm ngày mất của Đại y tôn Hải Thượng Lãn Ông (1791-2017).\n"
    "Tại buổi lễ, các đại biểu ôn lại tiểu sử, y nghiệp, truyền thống y đức, y thuật, 9 điều y huấn cách ngôn của Đại y "
    "tôn Hải Thượng Lãn Ông và nghe lại thư của Bác Hồ gửi Hội nghị cán bộ ngành Y tế vào tháng 2-1955.\n"
    "Những năm qua, những người làm công tác y dược cổ truyền tỉnh nhà luôn phát huy truyền thống tốt đẹp. Đến nay, đã có "
    "63/65 xã, phường có tổ chức Hội. Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho trên 163.000 lượt bệnh nhân.\n"
    "Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ chức Hội.")

# Bắc Ninh, Hội Đông y tỉnh (yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018): a death day by the lunar calendar, 1791
BAC_NINH = (
    "Ngày 18-2, Hội Đông y tỉnh tổ chức lễ dâng hương tưởng niệm Đại danh y Hải Thượng Lãn Ông Lê Hữu Trác nhân kỷ "
    "niệm 228 năm ngày mất của ông (ngày Rằm tháng Giêng năm Tân Hợi 1791); tổng kết công tác Hội năm 2018, triển khai "
    "nhiệm vụ năm 2019.\n\nNăm 2018, các cấp Hội trong tỉnh thực hiện khám chữa bệnh cho hơn 324 nghìn lượt bệnh nhân.")


def test_a_month_of_history_is_no_period_of_the_page():
    assert str(find_period(NINH_THUAN)) == "2016"


def test_a_lunar_dated_month_of_history_is_no_month_of_the_page():
    assert str(find_period(BAC_NINH)) == "2018"


def test_a_month_of_the_page_stays_its_period():
    # negative: the same pages' months of their own years are periods
    assert str(find_period(NINH_THUAN.replace("tháng 2-1955", "tháng 2-2016"))) == "2016-02"
    assert str(find_period("Trong tháng Giêng năm 2019, toàn tỉnh khám chữa bệnh cho 324 lượt bệnh nhân.")) == "2019-01"


# --- a place's name followed by its figure (service/checker/recognisers/placecounts.py) ---

from service.checker.extract import extract_numbers  # noqa: E402

# Ban Chỉ đạo quốc gia về phòng chống thiên tai (yw-toan-quoc-ban-chi-dao-phong-chong-thien-tai…): provinces listed
FLOOD = ("Về tài sản, 99 ngôi nhà bị ảnh hưởng, hư hỏng (Điện Biên 82, Lào Cai 3, Lâm Đồng 2, Bến Tre 4, Cà Mau 5 và "
         "Trà Vinh 3); 288 ngôi nhà bị ngập")
# Tuyên Hóa, Quảng Bình (zq-quang-binh-tuyen-hoa-thiet-hai-loc-xoay-2018-05): communes with their hectares
TUYEN_HOA = ("Về nông nghiệp, có 33,5 ha lúa bị gãy đổ (xã Lê Hóa 20,5 ha, xã Thuận Hóa 13 ha); 17 ha ngô thiệt hại 50% "
             "(xã Lê Hóa 10 ha, xã Thuận Hóa 7 ha); có 4 ha lạc tại xã Thuận Hóa bị xói rễ")


def _kinds(text: str) -> dict[str, str]:
    return {text[n.start:n.end]: n.kind for n in extract_numbers(text)}


def test_a_province_listed_with_its_count_is_no_numbered_name():
    kinds = [n.kind for n in extract_numbers(FLOOD)]
    assert "name" not in kinds and len(kinds) == 8          # 99, the six provinces' counts, 288


def test_a_commune_with_its_hectares_is_no_numbered_name():
    kinds = _kinds(TUYEN_HOA)
    assert kinds["13 ha"] == "measure" and kinds["10 ha"] == "measure" and kinds["7 ha"] == "measure"


def test_numbered_units_of_one_name_stay_names():
    # negative: "Đội 1, Đội 2" numbers one name's units; "thôn Bản Duồng 1" and a plant's number are names
    assert {n.kind for n in extract_numbers("Đội 1, Đội 2 và Đội 3 tham gia diễn tập")} == {"name"}
    assert [n.kind for n in extract_numbers("Nhà máy Nhiệt điện Vũng Áng 1 phát điện")] == ["name"]
    assert [n.kind for n in extract_numbers("thôn Bản Duồng 1 có 20 hộ")][0] == "name"


# --- after the final batch's look (yy-*, in-sample from then on) ---

from service.checker.recognisers.laterpara import later_paragraph  # noqa: E402
from service.periods.model import parse_period  # noqa: E402

# Trung tâm GDNN-GDTX huyện Lương Sơn (yy-hoa-binh-luong-son-…-tong-ket-nam-hoc-2023-2024)
NEXT_SCHOOL_YEAR = ("hộ nghèo, hộ cận nghèo theo Chương trình mục tiêu quốc gia giảm nghèo bền vững.\nNăm học 2024-2025, "
                    "trung tâm có 10 lớp khối giáo dục thường xuyên, tổng số 395 học sinh, trong đó có 4 lớp 10, 4 lớp 11 "
                    "và 2 lớp 12... Trung tâm tiếp tục đổi mới phương pháp dạy học")


def test_a_paragraph_opened_by_the_next_school_year_speaks_of_it():
    at = NEXT_SCHOOL_YEAR.index("395")
    assert later_paragraph(NEXT_SCHOOL_YEAR, at, parse_period("2023-2024")) == 2024
    # negative: the report's own school year, and a year's report whose year the school year starts in
    assert later_paragraph(NEXT_SCHOOL_YEAR.replace("2024-2025", "2023-2024"), at, parse_period("2023-2024")) is None
    assert later_paragraph(NEXT_SCHOOL_YEAR, at, parse_period("2024")) is None


def test_an_office_code_and_a_year_run_to_are_no_counts():
    # Phòng Cảnh sát môi trường TPHCM (yy-tp-ho-chi-minh-phong-canh-sat-moi-truong-pc36-…-2009)
    assert _kinds("Theo PC 36, sau 5 tháng triển khai thực hiện xử phạt")["36"] == "name"
    # Cục Xuất bản, In và Phát hành (yy-toan-quoc-cuc-xuat-ban-in-phat-hanh-…-2023)
    assert _kinds("Đến hết 2023 tổng số xuất bản phẩm nộp lưu chiểu là 37.487 xuất bản phẩm")["2023"] == "year"
    # negatives: a count after capitals has its noun; a count after "đến hết" too
    assert _kinds("khởi công KCN 12 dự án mới")["12"] == "count"
    assert _kinds("tính đến hết 2023 người được hỗ trợ")["2023"] == "count"


def test_grams_glued_to_their_number_are_a_measure():
    # Đồn Biên phòng Mỹ Quý Tây (yy-long-an-duc-hue-don-bien-phong-cua-khau-my-quy-tay-…-2019-h1)
    found = {(float(n.value), n.unit) for n in extract_numbers(
        "tang vật thu giữ gồm 2.935,49gram ma túy đá, 1.440,66gram ma túy tổng hợp; 63.300 gói thuốc lá")}
    assert (2935.49, "g") in found and (1440.66, "g") in found and (63300.0, None) in found


def test_a_dashed_province_in_a_note_is_a_part_of_its_row():
    # Ban Chỉ đạo … (zq-dong-bang-song-cuu-long-thiet-hai-bao-so-1-pabuk-2019-01): the boats' note by province
    from service.figures.notelists import note_parts
    assert [n for n, _ in note_parts("TP Hồ Chí Minh 1, Bình Định 1, Bà Rịa - Vũng Tàu 2")] == [
        "TP Hồ Chí Minh", "Bình Định", "Bà Rịa - Vũng Tàu"]
    # negative: a dash before a number is no name's
    assert note_parts("Trong đó - 3 vụ, 4 vụ") == []


def test_an_organisation_s_count_in_a_list_is_no_office_code():
    # negative of the office code (tests/test_checker_recognisers.py's real text): counts of unions' members
    assert [k for k in _kinds("Hội CCB 20; Hội ND 15; UBND 16 xã").values()] == ["count", "count", "count"]
    assert _kinds("Theo PC 36, sau 5 tháng triển khai")["36"] == "name"
