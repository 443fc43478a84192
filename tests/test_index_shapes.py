"""Prior reports of every common shape: heading styles, list items, header and signature blocks as data."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from index.headings import match_heading
from index.parse import parse_report
from tests.conftest import REPORTS

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


# -- the heading recognisers, one style each ------------------------------------------------------

@pytest.mark.parametrize("line,kind,number,rest", [
    ("PHẦN THỨ NHẤT", "part", "PHẦN THỨ NHẤT", ""),
    ("Phần thứ hai: Phương hướng, nhiệm vụ", "part", "PHẦN THỨ HAI", "Phương hướng, nhiệm vụ"),
    ("PHẦN I. KẾT QUẢ", "part", "PHẦN I", "KẾT QUẢ"),
    ("A. CÔNG TÁC LÃNH ĐẠO", "alpha", "A", "CÔNG TÁC LÃNH ĐẠO"),
    ("I. TÌNH HÌNH CHUNG", "roman", "I", "TÌNH HÌNH CHUNG"),
    ("I- KẾT QUẢ THỰC HIỆN", "roman", "I", "KẾT QUẢ THỰC HIỆN"),
    ("II/ Phong trào thi đua", "roman", "II", "Phong trào thi đua"),
    ("IV – PHƯƠNG HƯỚNG", "roman", "IV", "PHƯƠNG HƯỚNG"),
    ("1. Công tác tuyển quân", "arabic", "1", "Công tác tuyển quân"),
    ("1.Công tác tuyển quân", "arabic", "1", "Công tác tuyển quân"),
    ("2) Tiếp công dân", "arabic", "2", "Tiếp công dân"),
    ("3- Công tác Hội", "arabic", "3", "Công tác Hội"),
    ("4/ Công tác Hội", "arabic", "4", "Công tác Hội"),
    ("2.4. Phối hợp thực hiện công tác tuyển quân", "decimal", "2.4", "Phối hợp thực hiện công tác tuyển quân"),
    ("1.2.Công tác dân vận", "decimal", "1.2", "Công tác dân vận"),
    ("2.3.1 Kết quả", "decimal", "2.3.1", "Kết quả"),
    ("a) Tiếp công dân", "letter", "a", "Tiếp công dân"),
    ("b. Nguyên nhân hạn chế", "letter", "b", "Nguyên nhân hạn chế"),
    ("đ) Công tác khác", "letter", "đ", "Công tác khác"),
])
def test_each_heading_style_is_recognised(line, kind, number, rest):
    h = match_heading(line)
    assert (h.kind, h.number, h.rest) == (kind, number, rest)


@pytest.mark.parametrize("line", [
    "1.200 hội viên tham gia", "8 (khoảng 12 người)", "2023. Trong năm", "V/v báo cáo kết quả",
    "1. trong đó có 12 người", "a) trong đó", "1-2 ngày", "Phần lớn hội viên tham gia", "Quý Mão năm 2023",
])
def test_numbers_that_start_text_are_not_headings(line):
    assert match_heading(line) is None


# -- whole reports of other shapes ----------------------------------------------------------------

def tree(report):
    return [(s.path, s.title) for s in report.walk()]


def test_state_quarterly_report_with_dash_roman_and_unspaced_arabic_headings():
    r = parse_report(FIXTURES / "ubnd-quy-ii-2017.txt")
    assert tree(r) == [
        ("I", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ II/2017"),
        ("I/1", "1. Công tác giáo dục quốc phòng và an ninh"),
        ("I/2", "2. Công tác tuyển quân"),
        ("I/3", "3. Công tác xây dựng lực lượng dân quân tự vệ"),
        ("II", "II. NHIỆM VỤ TRỌNG TÂM QUÝ III/2017"),
        ("II/1", "1. Tiếp tục tuyên truyền, giáo dục quốc phòng và an ninh cho các đối tượng"),
        ("II/2", "2. Chuẩn bị tốt các điều kiện cho công tác tuyển quân năm 2018"),
    ]
    # a numbered list after "như sau:" is the section's paragraphs, not sections of its own
    assert r.find("I/2").paragraphs[1:4] == ["1. Xã Đức Tài giao 18 công dân, đạt 100% chỉ tiêu.",
                                             "2. Xã Tân Hà giao 15 công dân, đạt 100% chỉ tiêu.",
                                             "3. Thị trấn Võ Xu giao 21 công dân, đạt 100% chỉ tiêu."]
    assert (r.period, r.period_text) == ("2017-Q2", "quý II năm 2017")     # not Q3, the next quarter's tasks
    assert r.title == ("Kết quả thực hiện công tác quân sự, quốc phòng địa phương quý II/2017, "
                       "nhiệm vụ trọng tâm quý III/2017")
    h = r.header
    assert (h.profile, h.parent, h.issuer) == ("state", None, "ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH")
    assert (h.number, h.number_symbol, h.number_template()) == ("Số: 125/BC-UBND", "BC-UBND", "Số:    /BC-UBND")
    assert (h.place, h.date, h.doc_type) == ("Đức Linh", "2017-07-05", "BÁO CÁO")
    s = r.signature
    assert (s.authority, s.title, s.name, s.signed) == ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                        "Nguyễn Văn Thành", True)
    assert r.recipients == ["Bộ CHQS tỉnh", "TT. Huyện ủy, TT. HĐND huyện", "Ban CHQS huyện", "Lưu: VT, QS"]
    # the header block is data, not text of the report
    everything = " ".join(r.preamble + [p for sec in r.walk() for p in [sec.heading, *sec.paragraphs]])
    for furniture in ("CỘNG HÒA", "Độc lập", "Số: 125", "ngày 05 tháng 7", "ỦY BAN NHÂN DÂN"):
        assert furniture not in everything


def test_party_year_end_review_with_parts_letters_and_slashes():
    r = parse_report(FIXTURES / "huyen-uy-nam-2019.txt")
    p1, p2 = "PHẦN THỨ NHẤT", "PHẦN THỨ HAI"
    assert tree(r) == [
        (p1, "PHẦN THỨ NHẤT KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2019"),
        (f"{p1}/A", "A. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        (f"{p1}/B", "B. KẾT QUẢ THỰC HIỆN"),
        (f"{p1}/B/I", "I. Công tác dân vận của các cơ quan nhà nước"),
        (f"{p1}/B/I/a", "a. Tiếp công dân"),
        (f"{p1}/B/I/b", "b. Đối thoại với Nhân dân"),
        (f"{p1}/B/II", "II. Phong trào thi đua “Dân vận khéo”"),
        (p2, "PHẦN THỨ HAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020"),
        (f"{p2}/1", "1. Tiếp tục quán triệt các chủ trương của Đảng về công tác dân vận"),
        (f"{p2}/2", "2. Nâng cao chất lượng phong trào thi đua “Dân vận khéo”"),
    ]
    assert r.period == "2019"                 # a year-end review, not next year's plan
    h = r.header
    assert (h.profile, h.parent, h.issuer) == ("party", "ĐẢNG BỘ TỈNH BÌNH THUẬN", "HUYỆN ỦY TÁNH LINH")
    assert (h.number, h.number_symbol, h.number_template()) == ("Số 245-BC/HU", "BC/HU", "Số    -BC/HU")
    assert (h.place, h.date) == ("Tánh Linh", "2019-12-20")
    assert (r.signature.authority, r.signature.title, r.signature.name) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
                                                                            "Trần Thị Hoa")
    assert r.recipients == ["Ban Dân vận Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy"]
    nfd = FIXTURES.parent / "nfd.txt"
    try:
        nfd.write_text(unicodedata.normalize("NFD", (FIXTURES / "huyen-uy-nam-2019.txt").read_text("utf-8")), "utf-8")
        again = parse_report(nfd)
        assert tree(again) == tree(r) and again.header == r.header and again.signature == r.signature
    finally:
        nfd.unlink(missing_ok=True)


def test_header_split_over_lines_as_legal_text_sites_print_it(tmp_path):
    # The shape of https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm
    # and https://thuviennhadat.vn/vbpl/ke-hoach-4544-kh-ubnd-2023-... ("Quảng Nam, ngày" / "13 tháng 7 năm 2023").
    f = tmp_path / "kh.txt"
    f.write_text("\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 4544/BC-UBND", "|", "Quảng Nam, ngày",
        "13 tháng 7 năm 2023", "|", "BÁO CÁO", "KẾT QUẢ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN", "6 THÁNG ĐẦU NĂM 2023", "",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh báo cáo "
        "kết quả như sau:", "", "I. KẾT QUẢ ĐẠT ĐƯỢC", "", "Tổ chức 24 hội nghị đối thoại với Nhân dân.",
    ]), encoding="utf-8")
    r = parse_report(f)
    h = r.header
    assert (h.profile, h.issuer, h.number, h.place, h.date) == ("state", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
                                                               "Số: 4544/BC-UBND", "Quảng Nam", "2023-07-13")
    assert h.subject == r.title == "KẾT QUẢ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN 6 THÁNG ĐẦU NĂM 2023"
    assert r.period == "2023-H1" and tree(r) == [("I", "I. KẾT QUẢ ĐẠT ĐƯỢC")]


def test_numbered_people_in_a_run_of_bullets_are_not_sections(tmp_path):
    f = tmp_path / "khen.txt"
    f.write_text("\n\n".join([
        "Báo cáo tổng kết công tác tuyển quân năm 2023",
        "I. KẾT QUẢ", "Giao 150 công dân nhập ngũ, đạt 100% chỉ tiêu.",
        "II. KHEN THƯỞNG", "- Tặng giấy khen cho 05 tập thể;", "- Tặng giấy khen cho 12 cá nhân tiêu biểu;",
        "1. Đồng chí Nguyễn Văn An, Chỉ huy trưởng Ban CHQS xã Hàm Trí.",
        "2. Đồng chí Trần Thị Bình, Chủ tịch Hội LHPN xã Hàm Phú.",
        "III. PHƯƠNG HƯỚNG", "Chuẩn bị tốt công tác tuyển quân năm 2024.",
    ]), encoding="utf-8")
    r = parse_report(f)
    assert [s.path for s in r.walk()] == ["I", "II", "III"]
    assert r.find("II").paragraphs[-1] == "2. Đồng chí Trần Thị Bình, Chủ tịch Hội LHPN xã Hàm Phú."


def test_unnumbered_caps_headings_in_plain_text(tmp_path):
    f = tmp_path / "caps.txt"
    f.write_text("\n\n".join([
        "Báo cáo kết quả công tác Hội 6 tháng đầu năm 2024",
        "Thực hiện chương trình công tác năm 2024, Ban Thường vụ Hội báo cáo kết quả 6 tháng đầu năm như sau:",
        "KẾT QUẢ ĐẠT ĐƯỢC",
        "Các cấp Hội tổ chức 52 buổi sinh hoạt chuyên đề cho 2.140 lượt hội viên.",
        "HẠN CHẾ, NGUYÊN NHÂN",
        "Một số chi hội sinh hoạt chưa đều.",
    ]), encoding="utf-8")
    r = parse_report(f)
    assert [(s.path, s.kind, s.paragraphs) for s in r.walk()] == [
        ("ket-qua-dat-duoc", "caps", ["Các cấp Hội tổ chức 52 buổi sinh hoạt chuyên đề cho 2.140 lượt hội viên."]),
        ("han-che-nguyen-nhan", "caps", ["Một số chi hội sinh hoạt chưa đều."]),
    ]


def test_news_write_up_has_no_sections_and_its_page_furniture_is_listed():
    r = parse_report(FIXTURES / "ccb-duc-linh-2023-h1-news.txt")
    assert r.sections == [] and r.period == "2023-H1"
    assert r.title == "Hội Cựu chiến binh huyện Đức Linh sơ kết công tác Hội 6 tháng đầu năm 2023"
    kinds = {(f.kind, f.text) for f in r.furniture}
    assert {("web-meta", "Lượt xem: 3.285"), ("web-meta", "Tác giả: Văn Thông"), ("navigation", "In bài viết"),
            ("navigation", "Chi tiết bài viết Tin tức"), ("image", "anh tin bai"),
            ("caption", "Đồng chí Nguyễn Văn Hùng phát biểu chỉ đạo tại hội nghị"),
            ("url", "http://ducLinh.binhthuan.gov.vn/tin-tuc/ccb-so-ket-6-thang-2023"),
            ("web-meta", "Online: 2")} <= kinds
    body = " ".join(r.preamble)
    assert "Lượt xem" not in body and "http" not in body and "Ảnh:" not in body and "Văn Thông" not in body
    assert "Toàn huyện kết nạp mới 45 hội viên" in body


def test_plain_text_title_lines_become_headings_only_when_there_are_several(tmp_path):
    body = ("Các cấp Hội đã phối hợp tổ chức tuyên truyền, vận động hội viên và Nhân dân thực hiện tốt các chủ "
            "trương của Đảng, chính sách, pháp luật của Nhà nước, tổ chức được 48 buổi với 2.350 lượt người.")
    f = tmp_path / "t.txt"
    f.write_text("\n\n".join(["Hội Nông dân huyện sơ kết 6 tháng đầu năm 2024", body,
                              "Phát triển kinh tế hộ hội viên", body, "Xây dựng tổ chức Hội vững mạnh", body]),
                 encoding="utf-8")
    r = parse_report(f)
    assert [(s.title, s.kind) for s in r.walk()] == [("Phát triển kinh tế hộ hội viên", "title"),
                                                    ("Xây dựng tổ chức Hội vững mạnh", "title")]
    one = tmp_path / "one.txt"
    one.write_text("\n\n".join(["Hội Nông dân huyện sơ kết 6 tháng đầu năm 2024", body,
                                "Phát triển kinh tế hộ hội viên", body]), encoding="utf-8")
    assert parse_report(one).sections == []


# -- the sample reports' closing blocks ------------------------------------------------------------

@pytest.mark.parametrize("ext", ["txt", "docx"])
def test_sample_reports_signature_and_recipients(ext):
    htb = parse_report(REPORTS / f"ham-thuan-bac-2023-h1.{ext}")
    assert htb.header is None
    assert (htb.signature.authority, htb.signature.title, htb.signature.name) == (
        "ỦY VIÊN BAN THƯỜNG VỤ", "Kiêm TRƯỞNG BAN CHỈ ĐẠO", "Cao Văn Bảy")
    assert htb.recipients[0] == "Ban Dân vận Tỉnh ủy" and htb.recipients[-1] == "Lưu: QS, DV.V-30"
    assert "Ban CHQS xác xã, thị trấn" in htb.recipients and len(htb.recipients) == 10
    bd = parse_report(REPORTS / f"bu-dang-2020-h1.{ext}")
    assert (bd.signature.authority, bd.signature.title, bd.signature.name, bd.signature.signed) == (
        "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Thanh Hải", True)
    assert bd.recipients == ["BCĐ tỉnh", "Phòng Chính trị/Bộ CHQS tỉnh", "Ban Dân vận/PCT", "Ban Dân vận/Huyện ủy",
                             "6 đoàn thể huyện", "Lưu VT, Kh50b"]


@pytest.mark.parametrize("profile", ["state", "party"])
def test_header_and_signature_of_a_written_report_read_back_as_its_spec(tmp_path, profile):
    """What `spec init` will read: the .docx we write gives back the spec's issuer, number, place, date, signer."""
    from service.docx import write_docx
    from service.docx.sample import sample_draft, sample_spec

    spec = sample_spec(profile)
    r = parse_report(write_docx(sample_draft(), spec, tmp_path / "r.docx"))
    h, s = r.header, r.signature
    assert (h.profile, h.parent, h.issuer, h.number) == (profile, spec.issuer.parent, spec.issuer.name,
                                                         spec.issuer.number)
    assert (h.place, h.date, h.doc_type) == (spec.place, spec.date.isoformat(), "BÁO CÁO")
    assert h.subject == r.title and r.title.startswith(spec.title)
    assert (s.authority, s.title, s.name) == (spec.signer.authority, spec.signer.title, spec.signer.name)
    assert r.recipients == spec.recipients
    assert r.preamble[0] == r.title and not r.furniture


def test_a_report_flattened_into_one_line_is_cut_back_at_its_headings(tmp_path):
    # the shape of evaluations/cases/real/c-ia-dok-chi-doan-2010 (a document site's one-line text layer)
    body = ("Chi đoàn thực hiện tốt nhiệm vụ và các phong trào Đoàn trong năm học, vận động đoàn viên tham gia "
            "đầy đủ các hoạt động do Đoàn cấp trên phát động. ") * 8
    flat = ("Đoàn cơ sở xã Tân Lập ĐOÀN TNCS HỒ CHÍ MINH Chi đoàn Trường THCS Nguyễn Du Tân Lập, ngày 15 tháng 10 "
            "năm 2010 BÁO CÁO TỔNG KẾT HOẠT ĐỘNG CÔNG TÁC ĐOÀN NHIỆM KỲ 2009 – 2010. PHẦN THỨ NHẤT KẾT QUẢ HOẠT "
            f"ĐỘNG NHIỆM KỲ 2009 – 2010 I. ĐẶC ĐIỂM TÌNH HÌNH: {body}1. Cơ cấu tổ chức. - Tổng số đoàn viên 8 đ/c. "
            f"2. Thuận lợi và khó khăn a. Thuận lợi. {body}b. Khó khăn. {body}")
    f = tmp_path / "flat.txt"
    f.write_text(flat, encoding="utf-8")
    r = parse_report(f)
    assert [(s.number, s.heading) for s in r.walk()] == [
        ("PHẦN THỨ NHẤT", "KẾT QUẢ HOẠT ĐỘNG NHIỆM KỲ 2009 – 2010"), ("I", "ĐẶC ĐIỂM TÌNH HÌNH"),
        ("1", "Cơ cấu tổ chức"), ("2", "Thuận lợi và khó khăn"), ("a", "Thuận lợi"), ("b", "Khó khăn")]
    h = r.header
    assert (h.profile, h.parent, h.issuer, h.place, h.date) == ("party", "Đoàn cơ sở xã Tân Lập",
                                                               "Chi đoàn Trường THCS Nguyễn Du", "Tân Lập", "2010-10-15")
    assert r.period == "2009-2010"
