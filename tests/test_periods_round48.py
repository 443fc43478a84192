"""Round 48 of the period reader (service/periods/recognisers.py's ``term``, service/periods/year_ahead.py).

1. A term of office named by its number before its bracketed years (``nhiệm kỳ IX (2018 - 2023)``, ``nhiệm kỳ VI
   (2021-2026)``, ``nhiệm kỳ VI (2022- 2027)``) or as the new one (``nhiệm kỳ mới 2018 – 2023``) is that term; a
   congress opening it reviews the term before (``Trong nhiệm kỳ VIII``); negatives: a term's number with no years
   (``Trong nhiệm kỳ VIII``, ``khóa VI``) names no term.
2. The year just ended (``Năm qua``) lent its year by a sentence about the year ahead (a forecast compared with the year
   just ended, ``Dự kiến ... sẽ nộp ... tăng gần 11% so với năm 2019``; a year's targets set, ``Năm 2023, Nông Sơn đặt
   ra một số chỉ tiêu``) is the year before the one ahead; negatives: a result compared with the year before
   (``tăng hơn 14,6% so với năm 2016``), targets met (``mục tiêu đã đề ra``)."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


def _terms(text):
    return [(m.period.code, m.plan) for m in find_mentions(text, None, None) if m.recogniser == "term"]


def _past_year(path):
    text = path.read_text(encoding="utf-8")
    return [m.period.year for m in find_mentions(text, None, None) if m.recogniser == "past-year"]


# held-out xk-ben-tre-doan-luat-su-tinh-nhiem-ky-viii-2013-2018 (coded 2013-2018, read None before)
BEN_TRE = "Đại hội Luật sư (LS) tỉnh nhiệm kỳ IX (2018 - 2023) đã diễn ra vào ngày 30-3-2019"
# sweep t39-thethaovietnamplus-olympic-dai-hoi-2021
OLYMPIC = ("Ngày 18/11, tại Trung tâm Hội nghị 37 Hùng Vương - Hà Nội đã diễn ra Đại hội đại biểu toàn quốc Ủy ban "
           "Olympic Việt Nam nhiệm kỳ VI (2021-2026) theo cả 2 hình thức trực tiếp và trực tuyến")
# held-out u-quang-ngai-hoi-lam-vuon-2015-2022
LAM_VUON = "Đại hội đã bầu ra Ban Chấp hành nhiệm kỳ VI (2022- 2027) gồm 20 người."


def test_a_term_named_by_its_number_and_years_is_that_term():
    assert _terms(BEN_TRE) == [("2018-2023", True)]
    assert _terms(OLYMPIC) == [("2021-2026", True)]
    assert _terms(LAM_VUON) == [("2022-2027", True)]
    assert _terms("Ra mắt Ban Chủ nhiệm Đoàn Luật sư tỉnh nhiệm kỳ mới 2018 – 2023.") == [("2018-2023", False)]
    assert _read(HELD / "xk-ben-tre-doan-luat-su-tinh-nhiem-ky-viii-2013-2018" / "source.txt") == "2013-2018"


def test_a_terms_number_alone_names_no_term():
    assert _terms("Trong nhiệm kỳ VIII, đoàn LS tỉnh đã cử LS thành viên tham dự các lớp bồi dưỡng nghiệp vụ.") == []
    assert _terms("các Ủy viên Ban Chấp hành Uỷ ban Olympic Việt Nam khoá V, đại diện cho các Liên đoàn") == []
    # held-out s-bo-trach (Trong nhiệm kỳ III / Đại hội ... nhiệm kỳ 2017-2022), as before
    assert _read(HELD / "s-bo-trach-bao-tro-nkt-2012-2017" / "source.txt") == "2012-2017"
    # the others whose numbered term is now read keep their reading
    assert _read(HELD / "u-quang-ngai-hoi-lam-vuon-2015-2022" / "source.txt") == "2015-2022"
    assert _read(HELD / "xc-khanh-hoa-cam-ranh-hoi-dong-y-thanh-pho-nhiem-ky-2007-2012" / "source.txt") == "2007-2012"
    assert _read(PAGES / "p11-hufo-daihoi-2017-2022.txt") == "2017-2022"


def test_a_spans_last_year_in_the_term_opened_is_no_target():
    # sweep t39: the congress opens "nhiệm kỳ VI (2021-2026)"; "nhiệm kỳ 5 giai đoạn 2016 đến năm 2021" ends a span
    text = (PAGES / "t39-thethaovietnamplus-olympic-dai-hoi-2021.txt").read_text(encoding="utf-8")
    years = [m for m in find_mentions(text, None, None) if m.recogniser == "year" and m.period.year == 2021]
    assert years and not any(m.target for m in years)
    assert _read(PAGES / "t39-thethaovietnamplus-olympic-dai-hoi-2021.txt") == "2021"


def test_the_year_just_ended_before_the_year_ahead():
    assert _read(HELD / "yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019" / "source.txt") == "2019"
    assert _past_year(HELD / "yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019" / "source.txt") == [2019]
    assert _past_year(PAGES / "t16-nongson-ktxh-2022.txt") == [2022]      # "Năm 2023, Nông Sơn đặt ra một số chỉ tiêu"
    assert _read(PAGES / "t16-nongson-ktxh-2022.txt") == "2022"


def test_the_year_just_ended_after_a_result_compared():
    # held-out z-hai-duong-nuoc-sach-2017: "(tăng hơn 14,6% so với năm 2016) ... Năm qua, Công ty ..."
    assert _past_year(HELD / "z-hai-duong-nuoc-sach-2017" / "source.txt") == [2017]
    assert _read(HELD / "z-hai-duong-nuoc-sach-2017" / "source.txt") == "2017"
    # held-out n-kontum-dskhhgd-2013: "Trong năm qua, ... mục tiêu đã đề ra. ... giảm gần 1% so với năm 2012"
    assert _past_year(HELD / "n-kontum-dskhhgd-2013" / "source.txt") == [2013]
