"""Section codes of a template: an abbreviation of each heading's own words, stable, distinct."""

from __future__ import annotations

from index.parse import parse_report
from service.onboarding.codes import number_codes, section_prefixes
from tests.conftest import REPORTS

SIBLINGS = [("II", "KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG"),
            ("II/2", "Kết quả phối hợp hoạt động"),
            ("II/2/2.1", "Phối hợp hoạt động tuyên truyền, giáo dục"),
            ("II/2/2.2", "Phối hợp nắm bắt tình hình liên quan đến quốc phòng-an ninh"),
            ("II/2/2.3", "Phối hợp quản lý, huấn luyện quân sự, giáo dục chính trị tư tưởng"),
            ("II/2/2.4", "Phối hợp thực hiện công tác tuyển quân"),
            ("II/2/2.5", "Phối hợp thực hiện công tác giáo dục quốc phòng và an ninh"),
            ("II/2/2.6", "Phối hợp thực hiện tốt chính sách hậu phương quân đội và công tác dân vận của LLVT huyện")]


def test_words_every_sibling_shares_and_the_parents_words_name_no_section():
    codes = section_prefixes(SIBLINGS)
    assert codes["II/2/2.4"] == "TQ"          # "thực hiện công tác" is shared: "tuyển quân" names it
    assert codes["II/2/2.1"] == "TT"          # the parent's "phối hợp hoạt động" is context
    assert codes["II/2/2.2"] == "NB"          # a long phrase gives its first two initials


def test_an_acronym_among_the_own_words_names_the_section():
    sections = [("3", "Phối hợp củng cố tổ chức hội ở cơ sở")] + [
        (f"3/3.{k}", f"Phối hợp hoạt động giữa Ban CHQS với {name} huyện")
        for k, name in enumerate(["Hội Cựu chiến binh", "Hội Chữ thập đỏ", "Hội LHPN", "Liên đoàn lao động"], 1)]
    codes = section_prefixes(sections)
    assert [codes[f"3/3.{k}"] for k in range(1, 5)] == ["CCB", "CTD", "LHPN", "LD"]


def test_a_heading_in_capitals_is_words_not_acronyms():
    assert section_prefixes([("I", "TÌNH HÌNH CHUNG")])["I"] == "THC"


def test_two_sections_never_share_a_prefix_and_the_same_report_gives_the_same_codes():
    report = parse_report(REPORTS / "bu-dang-2020-h1.docx")
    sections = [(s.path, s.heading) for s in report.walk()]
    first, again = section_prefixes(sections), section_prefixes(list(sections))
    assert first == again
    assert len(set(first.values())) == len(first)


def test_rows_are_numbered_in_order_with_a_third_digit_past_ninety_nine():
    assert number_codes("TQ", 3) == ["TQ-01", "TQ-02", "TQ-03"]
    assert number_codes("CS", 120)[-1] == "CS-120" and number_codes("CS", 120)[0] == "CS-001"
