"""Recognisers a private held-out batch (religion, gardening and bonsai societies, business associations, preschool,
sport, veterinary, literacy, irrigation: short news pages) asked for: a picture caption after a year, a counter in
another script left by an aggregator, gold named by its purity in a market box, delegates named by who they are, and
a place that opens its sentence with a capital before what it *has*. Each on real text; the source is named."""

from __future__ import annotations

from decimal import Decimal as D

from service.checker import check_text, extract_numbers
from service.figures.model import Figure, FigureTable
from service.onboarding.template import build_template


def kinds(text):
    return [(text[m.num_start:m.end].strip(), m.kind, m.is_figure) for m in extract_numbers(text)]


def test_a_picture_caption_after_a_year_is_a_label():
    # Ban Trị sự GHPGVN huyện Lộc Ninh, tổng kết Phật sự 2022 (reposted on a temple's site)
    got = kinds("thực hiện công tác từ thiện trị giá 8,7 tỷ đồng trong năm 2022 ảnh 1 Trao khánh vàng mừng Hòa thượng")
    assert ("1", "ordinal", False) in got and got[0][2]
    # a year that is no year of the sentence still lets a count stand: "có 2022 ảnh 1 bức" is nonsense, but
    # "5 đợt 2" stays a count of rounds after a count
    assert kinds("Năm 2022 đợt 1 đã tuyển 30 người")[1:] == [("1", "ordinal", False), ("30", "count", True)]


def test_numbers_touching_another_script_are_page_furniture():
    # Báo Hậu Giang, TDTT quần chúng 2021, as copied by an aggregator that prints its own Chinese header
    text = "时间:2025-01-25 19:46:15 来源:Empire777 作者:Thể thao 点击:16次  (HG) - Kết thúc năm 2021, có 35% dân số"
    got = kinds(text)
    assert ("16", "furniture", False) in got and ("35%", "percent", True) in got
    assert not any(m.is_figure and m.value in (D(1), D(25), D(2025)) for m in extract_numbers(text))


def test_gold_named_by_its_purity_is_no_count():
    # Báo Hưng Yên, bán trú mầm non năm học 2018-2019: the page's market box after the article
    assert kinds("Nội dung:\nGiá vàng 9999 tr.đ/lượng\n") == [("9999", "name", False)]
    assert kinds("bán 3 lượng vàng SJC 9999 cho 12 hộ")[1] == ("9999", "name", False)
    assert kinds("giá vàng SJC tăng 2 triệu đồng")[0][2]          # a price change still counts


def test_delegates_named_by_who_they_are_in_a_long_guest_list():
    # Hội Làm vườn tỉnh Quảng Ngãi, Đại hội lần thứ VI: the guest list runs for 600 characters before the count
    guests = ", ".join(f"Ông Nguyễn Văn {c}, Ủy viên Ban Thường vụ" for c in "ABCDEFGH")
    text = ("Hội Làm vườn tỉnh Quảng Ngãi tổ chức Đại hội lần thứ VI. Đến dự và chỉ đạo Đại hội có " + guests +
            ", các hội Sinh vật cảnh tỉnh cùng với hơn 120 hội viên là đại biểu chính thức đại diện cho 6.530 hội "
            "viên trong toàn tỉnh.")
    table = FigureTable([Figure(ma="HV", chi_tieu="Số hội viên", don_vi_tinh="hội viên", ky_bao_cao=D(6530))])
    got = {c.text: c.verdict for c in check_text(text, table).numbers}
    assert got["120"] == "not_a_figure" and got["6.530"] == "supported"


def test_a_place_opening_its_sentence_has_its_make_up(tmp_path):
    # Báo Gia Lai, Hội Sinh vật cảnh tỉnh tổng kết năm 2025
    prior = tmp_path / "gia-lai.txt"
    prior.write_text("HỘI SINH VẬT CẢNH TỔNG KẾT NĂM 2025\n\nTỉnh Gia Lai có 25 chi hội, CLB sinh vật cảnh với hơn 300 "
                     "hội viên tham gia sinh hoạt. Năm 2025, các chi hội, CLB đã chủ động tổ chức 12 cuộc triển lãm "
                     "và kết nạp 45 hội viên mới.\n", encoding="utf-8")
    t = build_template(prior)
    rows = {r.value for r in t.rows}
    standing = {s.value for s in t.standing}
    assert D(25) in standing and D(25) not in rows
    assert {D(12), D(45)} <= rows


def test_the_day_of_a_named_observance_is_a_date():
    # Chi cục Dân số - KHHGĐ Gia Lai, 6 tháng đầu năm 2019; Hội LHPN (8/3); ngành giáo dục (20/11)
    assert kinds("nhân kỷ niệm Ngày Dân số Thế giới 11-7 với chủ đề") == [("11-7", "date", False)]
    assert kinds("Ngày Quốc tế Phụ nữ 8/3, hội tặng 30 suất quà") == [("8/3", "date", False), ("30", "count", True)]
    assert kinds("Ngày Nhà giáo Việt Nam (20/11)") == [("20/11", "date", False)]
    assert [k[2] for k in kinds("Ngày Hội tặng 12/15 suất")] == [True, True]      # a ratio, not a date


def test_a_count_in_words_after_a_year_and_a_comma_is_read():
    # Báo Đắk Nông (2019): "Năm 2019, hai xã …" — the comma ends the year; the word is no noun of it
    assert kinds("Năm 2019, hai xã đạt chuẩn nông thôn mới")[1] == ("hai", "count", True)


def test_a_standing_fact_without_its_noun_is_not_written_and_the_message_is_vietnamese(tmp_path):
    import pytest

    from service.checker.standing import read_standing
    from service.errors import InputError

    # Chi cục Dân số - KHHGĐ Gia Lai: "Ngày Dân số Thế giới 11-7 với chủ đề" gave two standing facts with no noun,
    # and the template's own sheet was then refused when loaded back
    prior = tmp_path / "gialai.txt"
    prior.write_text("DÂN SỐ 6 THÁNG ĐẦU NĂM 2019\n\nToàn tỉnh hiện có 17 đơn vị hành chính cấp huyện. Nhân kỷ niệm Ngày "
                     "Dân số Thế giới 11-7 với chủ đề «Dân số và phát triển», ngành tổ chức 25 buổi truyền thông.\n",
                     encoding="utf-8")
    t = build_template(prior)
    assert all(s.noun for s in t.standing) and D(11) not in {s.value for s in t.standing}
    bad = tmp_path / "standing.csv"
    bad.write_text("Số liệu,Đơn vị tính,Chỉ tiêu\n16,,Số xã\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_standing(bad)
    assert "dòng 2" in str(e.value) and "để trống" in str(e.value) and "standing.csv" in str(e.value)


def test_a_scale_word_keeps_its_scale_before_another_scales_false_friend():
    # Hội Chữ thập đỏ Hà Nội (5 tháng 2022): "hơn một trăm bốn mươi lăm nghìn suất quà" — "tỷ suất" is a rate, but
    # "nghìn suất" is 145.000 portions
    assert kinds("đã trao tặng hơn 145 nghìn suất quà cho gia đình")[0] == ("145 nghìn", "count", True)
    got = extract_numbers("trao tặng hơn một trăm bốn mươi lăm nghìn suất quà")
    assert got[0].value == D(145000)
    assert kinds("có 3 triệu tập huấn")[0][0] == "3"               # "triệu tập" is still no scale


def test_a_comment_box_counting_words_and_an_events_edition_year():
    # Báo Lào Cai (trẻ em 2012-2022): the comment box under the article; Hà Nội: "Tháng Nhân đạo 2022"
    assert kinds("Bình luận  Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết") == [("10", "furniture", False)]
    assert kinds("lớp xóa mù chữ cho 50 học viên") == [("50", "count", True)]
    assert kinds("hưởng ứng Tháng Nhân đạo 2022 chở miễn phí bệnh nhân") == [("2022", "year", False)]
    assert kinds("Festival Huế 2022 thu hút khách")[0][1] == "year"
    assert kinds("có 2022 hộ tham gia") == [("2022", "count", True)]
    assert kinds("Xã Tân Lập 1995 người") == [("1995", "count", True)]


def test_what_a_clause_aims_at_is_no_result_unless_a_row_is_near():
    # Hội Chữ thập đỏ Hà Nội: "với mục tiêu hỗ trợ cho trên 7.000 lượt người gặp khó"
    table = FigureTable([Figure(ma="Q", chi_tieu="Số suất quà trao tặng", don_vi_tinh="suất", ky_bao_cao=D(145000))])
    got = {c.text: c.verdict for c in check_text(
        "Các cơ sở Hội với mục tiêu hỗ trợ cho trên 7.000 lượt người gặp khó; đã trao 145.000 suất quà.", table).numbers}
    assert got["7.000"] == "not_a_figure" and got["145.000"] == "supported"
    # a result after the aim, and an estimate of the period, stay checked
    got = {c.text: c.verdict for c in check_text("Với mục tiêu giảm nghèo, năm qua toàn huyện có 178 hộ thoát nghèo.",
                                                 table).numbers}
    assert got["178"] == "unsupported"
    plan = FigureTable([Figure(ma="N", chi_tieu="Tỷ lệ hộ nghèo", don_vi_tinh="%", ky_bao_cao=D("1.36"))])
    got = {c.text: c.verdict for c in check_text(
        "Tỷ lệ hộ nghèo từ 7,19% năm 2015 dự kiến giảm xuống còn 7,36% vào cuối năm 2020.", plan).numbers}
    assert got["7,36%"] == "unsupported"
