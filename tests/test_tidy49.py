"""Tidy 49: the elected body read once (``committee``), the year after ``đến hết`` in its own recogniser
(``yearrunto``), the office's code alone in ``codes``. No verdict moves; these tests pin each reading on real text."""

from __future__ import annotations

from service.checker.extract import extract_numbers
from service.checker.recognisers import codes, committee, events, yearrunto
from tests.sweep_tables import heldout, page


def _at(text: str, number: str, after: str = "") -> tuple[int, int]:
    start = text.index(number + after)
    return start, start + len(number)


def _kinds(text: str) -> dict[str, str]:
    return {m.raw.strip(): m.kind for m in extract_numbers(text)}


# ---------------------------------------------------------------- committee: the body a congress elects

def test_a_committee_elected_and_sized_is_read_by_its_words():
    # yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022: "Đại hội đã bầu BCH khóa II gồm 11 ông, bà;"
    text = heldout("yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022")
    start, end = _at(text, "11", " ông, bà")
    assert committee.committee_seats(text, start, end)
    before = text[text.rfind("Đại hội đã bầu", 0, start):start]
    assert committee.SIZE_SAID.search(before) and committee.ELECT.search(before) and committee.BODY.search(before)
    assert committee.ADDRESSED.match(text[end:])
    # c40-cuuchienbinh-…: "ra mắt Ban Chấp hành Trung ương Hội … khoá XIII gồm 155 đại biểu": presented, with its term
    text = page("c40-cuuchienbinh-dai-hoi-phu-nu-toan-quoc-xiii")
    start, end = _at(text, "155", " đại biểu")
    assert committee.committee_seats(text, start, end)
    assert committee.CHOSEN.search(text, start - 120, start) and committee.TERM.search(text, start - 40, start)


def test_the_size_said_after_the_body_s_name_and_the_checker_s_gom():
    # t3-twdoan-bch-2017: "bầu Ban Chấp hành (BCH) Trung ương Đoàn khóa XI với 151 đồng chí." — the template's looser
    # words (với) say the size; the checker's seats ask for gồm (events.elected reads this clause: bầu and the body)
    text = page("t3-twdoan-bch-2017")
    start, end = _at(text, "151", " đồng chí")
    assert committee.SIZE_SAID.search(text[text.rfind("bầu", 0, start):start])
    assert not committee.committee_seats(text, start, end)
    assert events.elected(text, end)


def test_what_a_committee_did_is_no_size_of_it():
    # negative (test_checker_round47's counters): an auxiliary or a verb of doing between the body and gồm
    text = "BCH khóa II đã tặng quà gồm 30 suất quà."
    assert not committee.committee_seats(text, *_at(text, "30"))
    text = "Ban Chấp hành đã thăm hỏi các gia đình, gồm 45 hộ nghèo."
    assert not committee.committee_seats(text, *_at(text, "45"))
    assert not committee.ADDRESSED.match(" ông Nguyễn Văn Lựu") and not committee.ADDRESSED.match(" bàn")


def test_the_meeting_s_presidium_stays_the_checker_s_wider_set():
    # c11-vass-nhanuoc-phapluat-2024: "Hội nghị đã bầu Đoàn Chủ tịch điều hành cuộc họp gồm 03 đồng chí"
    text = page("c11-vass-nhanuoc-phapluat-2024")
    start, end = _at(text, "03", " đồng chí")
    assert events.elected(text, end)
    assert not committee.BODY.search(text, start - 60, start)   # no body a congress elects: events' own words


# ---------------------------------------------------------------- the year after "đến hết" / the office's code

def test_a_year_run_to_is_its_own_recogniser():
    # Cục Xuất bản, In và Phát hành (yy-toan-quoc-cuc-xuat-ban-in-phat-hanh-…-2023)
    text = "Đến hết 2023 tổng số xuất bản phẩm nộp lưu chiểu là 37.487 xuất bản phẩm"
    assert yearrunto.YEAR_RUN_TO.patterns[0].search(text) and _kinds(text)["2023"] == "year"
    # the held-out page itself (the one real text of the notation the house holds)
    assert "Đến hết 2023 tổng số xuất bản phẩm" in heldout("yy-toan-quoc-cuc-xuat-ban-in-phat-hanh-xuat-ban-pham-doanh-thu-2023")
    # negative: a counted noun after it makes it a count
    assert _kinds("tính đến hết 2023 người được hỗ trợ")["2023"] == "count"
    assert not hasattr(codes, "YEAR_RUN_TO")


def test_an_office_code_stays_in_codes():
    # Phòng Cảnh sát môi trường TPHCM (yy-tp-ho-chi-minh-phong-canh-sat-moi-truong-pc36-…-2009)
    assert codes.OFFICE_CODE.patterns[0].search("Theo PC 36, sau 5 tháng triển khai")
    assert _kinds("Theo PC 36, sau 5 tháng triển khai thực hiện xử phạt")["36"] == "name"
    # negative: an organisation's count in a list
    assert list(_kinds("Hội CCB 20; Hội ND 15; UBND 16 xã").values()) == ["count", "count", "count"]


# ---------------------------------------------------------------- the last year a report covers, read once

def test_the_last_year_a_report_covers_is_one_function():
    from service.checker.recognisers import aimhead, forecasts, later, laterpara
    from service.periods.model import parse_period
    assert later.end_year(parse_period("2015-2020")) == 2020          # a term: its last year
    assert later.end_year(parse_period("2023-2024")) == 2024          # a school year (yy-hoa-binh-luong-son-…-2023-2024)
    assert later.end_year(parse_period("2022-h1")) == 2022            # a half: its own year, not its index's
    assert laterpara.end_year is aimhead.end_year is forecasts.end_year is later.end_year
