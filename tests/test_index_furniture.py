"""Page furniture is dropped from the body and listed: rules over a line's shape, tried on real pages' lines."""

from __future__ import annotations

import pytest

from index import furniture as F
from index.parse import parse_report
from index.readers import text_lines
from tests.test_index_parse import _text_pdf

# Lines as public pages of the genre print them (address of each in the comment).
REAL = [
    ("Thống kê: 111.497", "web-meta"),          # https://bathuoc.thanhhoa.dcs.vn/portal/pages/2021-6-28/Hoi-nghi-giao-ban-cong-tac-dan-van-6-thang-dau-nam7lz8ut6ykdv5.aspx
    ("Online: 2", "web-meta"),                  # (same page)
    ("Liên kết website", "navigation"),         # (same page)
    ("CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN GIA VIỄN", "navigation"),
    # https://giavien.ninhbinh.gov.vn/ban-dan-van-huyen-uy-to-chuc-so-ket-cong-tac-dan-van-6-thang-dau-nam-...-2362.html
    ("Thứ ba, 11/07/2023", "timestamp"),        # (same page)
    ("Tác giả: quantritrangbang quantritrangbang", "web-meta"),  # https://trangbang.tayninh.gov.vn/vi/news/xa-hung-thuan/xa-hung-thuan-ra-quan-lam-cong-tac-dan-van-2216.html
    ("Ý kiến bạn đọc", "navigation"),           # (same page)
    ("- 09/02/2023 07:31:00 AM", "timestamp"),  # https://anlao.binhdinh.gov.vn/vi/news/an-ninh-quoc-phong/page-7
    ("- Đã xem: 924", "web-meta"),              # (same page)
    ("THỨ SÁU, 05/01/2018 10:00:22", "timestamp"),  # https://baohaiduong.vn/kinh-te---tieu-dung/khan-truong-bao-cao-tinh-hinh-no-dong-xay-dung-nong-thon-moi-82687
    ("Vui lòng nhập tiếng việt có dấu", "navigation"),  # (same page)
    ("Hội nghị tổng kết phong trào của Hội CCB phường Cẩm Phô- Ảnh: Lê Hiền", "caption"),
    # https://hoianrt.vn/tin-tuc/an-ninh-quoc-phong/hoi-cuu-chien-binh-toan-thanh-pho-tong-ket-phong-trao-thi-dua-...html
    ("Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "navigation"),
    ("04:30 GMT+7, Thứ Ba, 27/9/2022", "timestamp"),  # https://voh.com.vn/radio-episode-day-manh-phong-trao-nong-dan-...html
    ("Lượt xem: 90", "web-meta"),               # https://hoinongdan.bacgiang.gov.vn/18112-hnd-tp-bac-giang-...html
    ("IMG_3900.jpg", "image"),                  # https://thacogroup.vn/hoi-nghi-trien-khai-nhiem-vu-quoc-phong-quan-su-nam-2016-kph-chu-lai-truong-hai
    ("(Ảnh: tại buổi làm việc)", "caption"),    # http://hoinongdan.camau.gov.vn/to-cong-tac-hoi-nong-dan-tinh-lam-viec-voi-xa-tran-thoi-huyen-cai-nuoc.477
    ("Tin, ảnh: Tuấn Anh", "web-meta"),         # http://cuuchienbinh.vn/hoi-ccb-quan-ba-dinh-tp-ha-noi-to-chuc-dai-hoi-thi-dua-...
    ("Tin ảnh: Anh Thư", "web-meta"),           # http://quan12.hochiminhcity.gov.vn/tintuc/default.aspx?ItemID=2084&Mode=1
    ("Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác", "web-meta"),  # https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-...
    ("Trang chủ » Tin tức » Quốc phòng - An ninh", "navigation"),
    ("https://baobariavungtau.com.vn/xa-hoi/202312/huyen-dat-do-cong-tac-dan-van-dem-lai-hieu-qua-thiet-thuc-998288/", "url"),
    ("null", "navigation"),
    # shapes met in evaluations/cases/real/ (b-hung-ha-tuyen-quan-2018, a-chau-phu-khanh-hoa-mttq-2018,
    # a-cao-phong-doan-2020, b-hoa-thanh-tuyen-quan-2022, a-hau-giang-hpn-2017)
    ("4,344 lượt xem", "web-meta"),
    ("Thứ 7, 22/06/2024, 10:30[GMT+7]", "timestamp"),
    ("Responsive image", "image"),
    ("Các bài liên quan", "navigation"),
    ("BAOTAYNINH.VN trên Google News", "navigation"),
    ("HOTLINE: 0982.095.095 - 0293.3878767 Thứ ba, ngày 15/12/2016", "web-meta"),
]


def _kinds(lines: list[str]) -> dict[str, str]:
    kept, found = F.strip_furniture(text_lines("\n".join(lines)))
    return {f.text: f.kind for f in found}


@pytest.mark.parametrize("line,kind", REAL, ids=[r[0][:30] for r in REAL])
def test_real_page_furniture_is_recognised(line, kind):
    body = ("Trong 6 tháng đầu năm, các cấp Hội đã tổ chức tuyên truyền được 126 buổi với 4.850 lượt hội viên "
            "tham gia, kết nạp mới 45 hội viên.")
    found = _kinds(["Hội nghị sơ kết công tác Hội 6 tháng đầu năm", "", body, "", line, "", body])
    assert found == {line: kind}


@pytest.mark.parametrize("line", [
    "Tổng số: 120 hội viên tham gia sinh hoạt thường xuyên tại 12 chi hội trên địa bàn huyện.",
    "Thực hiện: Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện về công tác quân sự;",
    "Sáng ngày 12/7/2023, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.",
    "- Số vụ: 12",
    "Phát triển kinh tế hộ hội viên",
    "an ninh trật tự",
])
def test_body_lines_are_not_furniture(line):
    body = ("Trong 6 tháng đầu năm, các cấp Hội đã tổ chức tuyên truyền được 126 buổi với 4.850 lượt hội viên "
            "tham gia, kết nạp mới 45 hội viên.")
    assert _kinds(["Tiêu đề", "", body, line, body, "", body]) == {}


def test_a_copys_date_and_the_pages_section_name_above_the_title():
    r_lines = text_lines("\n".join([
        "Chính trị", "", "Ngày 15-01-2021", "", "Hội nghị tổng kết công tác đoàn - hội năm 2020", "",
        " date 2021-01 (CTV) - Ngày 8/1/2021, huyện đoàn Cao Phong tổ chức hội nghị tổng kết công tác đoàn - hội "
        "năm 2020 và triển khai phương hướng, nhiệm vụ năm 2021."]))
    kept, found = F.strip_furniture(r_lines)
    assert [(f.kind, f.text) for f in found] == [("navigation", "Chính trị"), ("timestamp", "Ngày 15-01-2021"),
                                                ("published", "date 2021-01")]
    assert kept[-1].text.startswith("(CTV) - Ngày 8/1/2021") and kept[0].text.startswith("Hội nghị tổng kết")


def test_bylines_close_a_text_but_a_signer_is_not_one():
    body = "Hội nghị đã đánh giá cao kết quả đạt được của các cấp Hội trong 6 tháng đầu năm 2021 vừa qua."
    # https://baohaiduong.vn/...-82687 ("PHAN ANH"), https://cuuchienbinh.vn/...-giap-thin-2024/ ("Nguyễn Bá Sơn"),
    # http://cuuchienbinh.vn/thanh-pho-vinh-hoan-thanh-dai-hoi-hoi-ccb-cap-co-so/ ("Hải Hưng- Nguyễn Thị Tuyến")
    for name in ("PHAN ANH", "Nguyễn Bá Sơn", "Hải Hưng- Nguyễn Thị Tuyến", "QT", "HND TP Bắc Giang",
                 "Huỳnh Dương (Đài Truyền thanh huyện Châu Phú)"):
        assert _kinds(["Tiêu đề", "", body, "", name]) == {name: "byline"}
    assert _kinds(["Tiêu đề", "", body, "", "Nguyễn Bá Sơn", "", body]) == {}      # not the last line
    signed = ["Tiêu đề", "", body, "", "Nơi nhận:", "- Lưu: VT.", "", "TRƯỞNG BAN", "", "Lê Thanh Hải"]
    assert _kinds(signed) == {}


def test_corpus_news_pages_lose_their_furniture_and_keep_their_text():
    from tests.conftest import REPORTS

    r = parse_report(REPORTS / "so-ket-2022-h1-news.txt")
    found = {(f.kind, f.text) for f in r.furniture}
    assert ("web-meta", "Lượt xem: 109") in found and ("image", "anh tin bai") in found or \
           ("caption", "anh tin bai") in found
    assert ("caption", "Đ/c Phạm Tuấn Hiệp - Chính trị viên Ban CHQS huyện trình bày báo cáo tại Hội nghị") in found
    assert ("web-meta", "• Tất cả: 3898151") in found and ("navigation", "Thống kê truy cập") in found
    assert r.title.endswith("6 tháng đầu năm 2022")
    text = " ".join(r.preamble)
    assert "Lượt xem" not in text and "anh tin bai" not in text and "Đang online" not in text
    assert "Hội CCB hỗ trợ xây dựng 02 nhà tình nghĩa" in text

    lh = parse_report(REPORTS / "lam-ha-2024-news.txt")
    found = {(f.kind, f.text) for f in lh.furniture}
    assert {("navigation", "In trang"), ("timestamp", "20/05/2024 09:38 SA"), ("byline", "QT"),
            ("web-meta", "Lượt xem: 782")} <= found
    assert lh.title == ("Hiệu quả tích cực từ Chương trình phối hợp thực hiện công tác dân vận của Lực lượng vũ "
                        "trang trên địa bàn huyện Lâm Hà")
    assert not any("Lâm Hà chung sức xây dựng Nông thôn mới" == p for p in lh.preamble)   # caption, twice


def test_pdf_running_headers_and_page_numbers_are_listed(tmp_path):
    f = tmp_path / "bc.pdf"
    running = "UBND huyện Đức Linh - Báo cáo quý II năm 2017"
    _text_pdf(f, [
        [running, "Báo cáo kết quả công tác quân sự quý II năm 2017", "I. TÌNH HÌNH CHUNG",
         "Tình hình an ninh chính trị trên địa bàn huyện ổn định."],
        [running, "II. KẾT QUẢ THỰC HIỆN", "Giao 128 công dân nhập ngũ, đạt 100% chỉ tiêu."],
        [running, "III. PHƯƠNG HƯỚNG", "Chuẩn bị tốt công tác tuyển quân năm 2018."],
    ])
    r = parse_report(f)
    assert [s.path for s in r.walk()] == ["I", "II", "III"] and r.period == "2017-Q2"
    kinds = {(x.kind, x.text) for x in r.furniture}
    assert ("running-header", running) in kinds and ("page-number", "2") in kinds
    assert not any(running in p for s in r.walk() for p in s.paragraphs)
