"""The lead's rules from stop 28's second working batch (``zj-*``), each on the sentence that showed it and another."""

from __future__ import annotations

from service.checker.check import check_text
from service.checker.extract import extract_numbers
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _figures(text):
    return [(m.raw, m.kind) for m in extract_numbers(text) if m.is_figure]


def test_a_time_counted_back_from_reading_is_furniture():
    # zj-khanh-hoa-khanh-son-hat-kiem-lam-xu-ly-vi-pham-2024-11; news sites' "N phút trước"
    assert _figures("vi phạm hành chính trong lĩnh vực lâm nghiệp 3 giờ trướcBài gốc Theo báo cáo") == []
    assert _figures("Cập nhật 15 phút trước") == []
    assert _figures("Trong 2 ngày trước khi diễn ra hội nghị, xử lý 4 vụ") == [("4", "count")]


def test_land_by_its_crops_a_year_is_a_class():
    # zj-thanh-hoa-ba-thuoc-xa-ky-tan-trong-trot-2018-9t; a district's rice land
    assert _figures("các diện tích ngô trên đất lúa 1 vụ hầu như không trồng được") == []
    assert _figures("chuyển đổi 20 ha đất lúa 2 vụ sang trồng rau") == [("20 ha", "measure")]
    assert _figures("lập biên bản 1 vụ vi phạm Luật Lâm nghiệp") == [("1", "count")]
    assert _figures("Lấn chiếm đất lâm nghiệp 35 vụ, hủy hoại đất 4 vụ") == [("35", "count"), ("4", "count")]


def test_an_amount_typed_without_marks():
    # zj-toan-quoc-thanh-tra-chinh-phu-ket-qua-thanh-tra-2016-q3: the headline as an address, marks dropped
    got = [(m.raw, m.kind, m.value) for m in extract_numbers("Thanh tra Chinh phu phat hien hon 42.600 ty dong sai pham")]
    assert got == [("42.600 ty", "money", 42_600 * 10**9)]
    assert [m.kind for m in extract_numbers("mua 12 tạ dong")] != ["money"]


def test_the_count_after_the_slash_of_a_change_changes_too(tmp_path):
    # zj-toan-quoc-phong-chong-tham-nhung-2015: "tăng 46 vụ/85 đối tượng", "(giảm 78 vụ/276 bị can)"
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2015,Năm 2014",
                   "1,Vụ tham nhũng phát hiện,vụ,100,54\n2,Đối tượng tham nhũng phát hiện,đối tượng,172,87\n",
                   period="2015")
    text = "Phát hiện 100 vụ/ 172 đối tượng, tăng 46 vụ/85 đối tượng so với cùng kỳ."
    got = {n.text: n.verdict for n in check_text(text, table, period="2015").numbers}
    assert got["85"] == got["46"] == "derived"
    wrong = {n.text: n.verdict for n in check_text(text.replace("/85", "/86"), table, period="2015").numbers}
    assert wrong["86"] == "unsupported"


def test_a_rows_whole_label_names_it_even_where_a_headline_states_it(tmp_path):
    # zj-thai-binh-quynh-phu-van-hoa-the-thao-2022: the headline gives the rate, the body repeats it; a swap in the body
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2022", "1,Tỷ lệ gia đình văn hóa,%,\"97,2\"\n"
                   "2,\"Tỷ lệ thôn, tổ dân phố đạt chuẩn văn hóa\",%,\"96,9\"\n", period="2022")
    text = ("Quỳnh Phụ: 97,2% gia đình đạt danh hiệu gia đình văn hóa\n\nNăm 2022, tỷ lệ gia đình văn hóa đạt 97,2%; có "
            "96,9% thôn, tổ dân phố đạt chuẩn văn hóa.")
    ok = [(n.text, n.verdict) for n in check_text(text, table, period="2022").numbers if "%" in n.text]
    assert {v for _, v in ok} == {"supported"}
    bad = [(n.text, n.verdict) for n in check_text(text.replace("đạt 97,2%", "đạt 96,9%"), table,
                                                   period="2022").numbers if "%" in n.text]
    assert bad[1] == ("96,9%", "unsupported")


# --- from stop 28's final private batch (zi-*), written after its one measure

def test_a_document_viewers_and_a_rating_boxs_numbers_are_furniture():
    # zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022 (a flipbook page), zi-quang-nam-hoi-an-khach-tham-quan-di-tich-
    # 2017-q3 (a rating box, a session notice), zi-toan-quoc-evn-kinh-doanh-dien-nong-thon-2006 (a viewer's pages)
    for text in ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá  Click để đánh giá bài viết",
                 "Thời gian chờ: 60 giây", "mời bạn chọn Tải xuống\n1\n/ 15 trang\nTHÔNG TIN TÀI LIỆU",
                 "Enjoying your free trial? Only 9 days left! Upgrade Now", "Published on Jun 22,2023 Like Share",
                 "KY YEU HTCT T3_Tr1-400.compressed (1) Read More", "Read Text Version P:43  42  giáo Quận 3"):
        assert [m.raw for m in extract_numbers(text) if m.is_figure] == [], text
    assert _figures("Hội viên đạt 4 điểm trong 5 môn thi") == [("4", "count"), ("5", "count")]


def test_a_course_by_its_intake_and_a_year_after_a_year():
    # zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022; zi-toan-quoc-evn-kinh-doanh-dien-nong-thon-2006
    assert _figures("Lớp sơ cấp Phật học quận 3 khóa 14 đang có 45 Tăng Ni theo học") == [("45", "count")]
    assert _figures("tổ chức lớp bồi dưỡng khóa 3 cho 60 học viên") == [("60", "count")]
    assert _figures("Tập đoàn Điện lực Việt nam năm 2006 2007 luôn phải nỗ lực") == []


def test_what_each_one_got(tmp_path):
    # zi-cao-bang-bao-tro-nguoi-khuyet-tat-tre-em-tet-2022-01: the totals are the table's, each household's share is not
    table = _table(tmp_path, "STT,Nội dung,ĐVT,Tháng 01/2022", "1,Hộ được hỗ trợ,hộ,600\n2,Gạo,kg,24000\n")
    text = ("Hội đã hỗ trợ 600 hộ với 24.000 kg gạo. Mỗi hộ được cấp bình quân 40kg gạo, 2 cái soong, nồi và 2 gói bột "
            "ngọt, với tổng trị giá 300.000 đồng.")
    got = [(n.text, n.verdict) for n in check_text(text, table).numbers]
    assert [v for _, v in got[:2]] == ["supported", "supported"]
    # each household's 40 kg is the two rows' quotient (stop 30: an amount per unit, one stated row over another)
    assert got[2] == ("40kg", "derived") and {v for _, v in got[3:]} == {"not_a_figure"}
    assert [n.verdict for n in check_text(text.replace("24.000 kg", "25.000 kg"), table).numbers][1] == "unsupported"


def test_a_change_of_a_row_without_last_years_value_is_unverified(tmp_path):
    # zi-quang-nam-dang-ky-doanh-nghiep-2023-5t: the change column was set aside for want of last year's value
    table = _table(tmp_path, "TT,Chỉ tiêu,ĐVT,Thực hiện 5 tháng năm 2023,Cùng kỳ năm 2022",
                   "1,Vốn đăng ký của doanh nghiệp thành lập mới,tỷ đồng,3.136,\n"
                   "2,Doanh nghiệp đăng ký tạm ngừng hoạt động,doanh nghiệp,674,620\n", period="2023-5T")
    text = ("Có 674 doanh nghiệp đăng ký tạm ngừng hoạt động; số vốn đăng ký đạt gần 3.136 tỷ đồng, giảm 8% so với "
            "cùng kỳ.")
    got = {n.text: n.verdict for n in check_text(text, table, period="2023-5T").numbers}
    assert got["8%"] == "unverified"
    wrong = {n.text: n.verdict for n in check_text("Có 674 doanh nghiệp tạm ngừng hoạt động, tăng 12% so với cùng kỳ.",
                                                   table, period="2023-5T").numbers}
    assert wrong["12%"] == "unsupported"
