"""Round 29 of the period reader (evaluations/sweep/periods-round29.md): real quotes of the held-out cases and the
sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"
PAGES = ROOT / "sweep" / "pages"


# -- the first month or quarter of a year written as an ordinal: "tháng đầu tiên năm 2022" is January ------------------

@pytest.mark.parametrize("text,code", [
    # ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01: its lead
    ("Tháng đầu tiên năm 2022, tai nạn giao thông tiếp tục giảm sâu cả 3 tiêu chí; trong đó số vụ tai nạn giảm 357 "
     "vụ", "2022-01"),
    # p12-hangkhong-2023-01
    ("Về hàng hóa, sản lượng thông qua các cảng hàng không trong tháng đầu tiên của năm 2023 đạt 112 nghìn tấn, tăng "
     "11,6% so với tháng 12/2022.", "2023-01"),
    # p29-cand-xnk-thang1-2018-01
    ("Cán cân thương mại hàng hóa của Việt Nam trong tháng đầu tiên của năm 2018 ước tính thâm hụt 300 triệu USD",
     "2018-01"),
    # p27-vnbiznews-grdp-quydau-2024-q1: a quarter so written
    ("GRDP ... ghi nhận tăng trưởng trong quý đầu tiên của năm 2024", "2024-Q1"),
])
def test_the_first_month_in_words_is_january(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_the_first_month_without_a_year_names_nothing():
    # p15-vnexpress-khachqt-2023-07: "the first month in which ...", no month of a year
    text = "Đây cũng là tháng đầu tiên ngành du lịch đón hơn một triệu lượt khách quốc tế"
    assert not [m for m in find_mentions(text) if m.period is not None]


def test_first_month_in_words_heading_a_monthly_release():
    # the lead's ordinal outranked "tháng 1/2022" further on; now both name January
    case = HELDOUT / "ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01"
    assert parse_report(case / "source.txt").period == "2022-01"


# -- a year striven for with what is striven for named before its value: a target's year -------------------------------

@pytest.mark.parametrize("text,year", [
    # ym-dong-nai-xuan-loc-huyen-uy-phat-trien-dang-vien-2017
    ("Đảng bộ huyện phấn đấu năm 2018 tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên so với tổng số đảng viên đầu "
     "năm", "2018"),
    # p25-baoninhbinh-thatthu-2017-9t
    ("Tuy vậy, với mục tiêu phấn đấu năm 2017 tổng thu nội địa toàn tỉnh đạt trên 5.500 tỷ đồng tiền thuế các loại",
     "2017"),
])
def test_a_year_striven_for_before_a_subject_and_its_value_is_a_target(text, year):
    for t in (text, unicodedata.normalize("NFD", text)):
        found = [m for m in find_mentions(t) if m.period.code == year]
        assert found and all(m.target for m in found)


def test_a_year_striven_in_without_a_value_is_no_target():
    # what a body keeps doing in the year it writes ("phấn đấu năm 2023 tiếp tục củng cố ...", striven_in's guard)
    found = find_mentions("Hội phấn đấu năm 2023 tiếp tục củng cố tổ chức cơ sở hội")
    assert found and not any(m.target for m in found)


def test_the_year_just_ended_is_the_one_before_the_year_striven_for():
    # "Cập nhật lúc 22:26, Thứ Hai, 01/01/2018" / "Huyện ủy Xuân Lộc đề ra phương hướng nhiệm vụ năm 2018 ... phấn đấu
    # năm 2018 tỷ lệ ... đạt từ 7% ..." / "Trong năm qua, Huyện ủy Xuân Lộc kết nạp được 358 đảng viên mới"
    case = HELDOUT / "ym-dong-nai-xuan-loc-huyen-uy-phat-trien-dang-vien-2017"
    assert parse_report(case / "source.txt").period == "2017"


# -- a purpose to carry a period's goals out victoriously names the period ahead: a plan -------------------------------

@pytest.mark.parametrize("text,year", [
    # p29-vanhoaphattrien-tamhop-namqua-2024
    ("nỗ lực quyết tâm để ra sức thi đua giữ vững ổn định tăng trưởng nhằm thực hiện thắng lợi các mục tiêu về kinh tế "
     "- xã hội năm 2025.", "2025"),
    # c13-sonduong-2020-h1: a half's report ending on the year's goals
    ("tiếp tục lãnh, chỉ đạo thực hiện có hiệu quả các chương trình hành động, phấn đấu thực hiện thắng lợi các mục "
     "tiêu, chỉ tiêu nhiệm vụ phát triển kinh tế - xã hội năm 2020.", "2020"),
])
def test_a_period_to_carry_out_victoriously_is_planned(text, year):
    for t in (text, unicodedata.normalize("NFD", text)):
        found = [m for m in find_mentions(t) if m.period.code == year]
        assert found and all(m.plan for m in found)


def test_a_period_whose_goals_were_carried_out_is_no_plan():
    # t21-xuatnhapcanh-2024: "góp phần" (contributed to): a result of the year reported
    text = ("công tác pháp chế và cải cách hành chính đạt nhiều kết quả đáng ghi nhận, góp phần thực hiện thắng lợi "
            "nhiệm vụ chính trị của đơn vị trong năm 2024.")
    found = [m for m in find_mentions(text) if m.period.code == "2024"]
    assert found and not any(m.plan for m in found)


def test_the_year_just_ended_before_the_goals_of_the_year_ahead():
    # "Năm qua, kinh tế tăng trưởng khá ... nhằm thực hiện thắng lợi các mục tiêu về kinh tế - xã hội năm 2025": the
    # only year written is the goals', so the year just ended is the one before it
    assert parse_report(PAGES / "p29-vanhoaphattrien-tamhop-namqua-2024.txt").period == "2024"


# -- a People's Council's term glossing its name and convocation is no period --------------------------------------------

@pytest.mark.parametrize("text", [
    # p29-gialaitv-kbang-kyhop15-none: a session dated only by its days
    " date 2023-12 Trong 2 ngày (18 và 19/12), HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức thành công "
    "Kỳ họp thứ 15.",
    # p29-baobariavungtau-caodiem-raquan-none: the deputies to be elected
    "bảo đảm ANTT kỷ niệm ngày Giải phóng miền Nam thống nhất đất nước (30/4/1975-30/4/2021), ngày Quốc tế Lao động 1/5 "
    "và bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026.",
    # c15-kongchro-hdnd-2016
    " Trong 2 ngày (21 và 22-12), HĐND huyện Kông Chro khóa VI, nhiệm kỳ 2016-2021 đã tổ chức kỳ họp thứ 3",
])
def test_a_councils_term_naming_it_is_no_period(text):
    for t in (text, unicodedata.normalize("NFD", text)):
        terms = [m for m in find_mentions(t) if m.period.kind == "term"]
        assert terms and not any(m.reported or m.plan for m in terms)
        assert find_period(t) is None


def test_a_councils_term_reviewed_is_the_period():
    # a term under review keeps its reading ("tổng kết hoạt động nhiệm kỳ", TERM_REVIEW), the council named or not
    text = "HĐND huyện Long Điền, khóa 2 tổ chức kỳ họp thứ 16 (kỳ họp chuyên đề) và tổng kết hoạt động nhiệm kỳ 2016-2021."
    assert find_period(text).code == "2016-2021"
    text = "Hội nghị tổng kết hoạt động HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026"
    assert find_period(text).code == "2021-2026"


def test_a_campaign_launched_before_an_election_reads_no_term():
    assert parse_report(PAGES / "p29-baobariavungtau-caodiem-raquan-none.txt").period is None


# -- a sentence opening with a purpose names within it the period ahead ------------------------------------------------

@pytest.mark.parametrize("text,year", [
    # zb-kon-tum-dak-ha-toan-dan-doan-ket-2022
    ("Để tiếp tục nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023 huyện Đăk Hà "
     "chú trọng vận động nhân dân đóng góp xây dựng", "2023"),
    # p29-hoinongdanhp-anlao-2019
    ("trong năm 2019. Để thực hiện và hoàn thành tốt nhiệm vụ năm 2020, đồng chí yêu cầu các cấp Hội Nông dân huyện An "
     "Lão tập trung rà soát các chỉ tiêu", "2020"),
    # p9-nghiahanh-ktxh-2018-9t
    ("Để hoàn thành các chỉ tiêu năm 2018 sớm và vượt ở mức cao nhất, Chủ tịch UBND huyện yêu cầu", "2018"),
])
def test_a_period_within_an_opening_purpose_is_planned(text, year):
    for t in (text, unicodedata.normalize("NFD", text)):
        found = [m for m in find_mentions(t) if m.period.code == year]
        assert found and all(m.plan for m in found)


def test_a_purpose_looking_back_names_no_plan():
    # zi-tay-ninh-hoa-thanh-nan-nhan-da-cam-2017: to recognise what was done in the year
    text = ("trên địa bàn huyện. Để ghi nhận những kết quả đạt được trong năm 2017, Ủy ban nhân dân huyện đã tặng 15 "
            "giấy khen cho 5 tập thể")
    found = [m for m in find_mentions(text) if m.period.code == "2017"]
    assert found and not any(m.plan for m in found)


def test_the_years_past_before_the_year_a_purpose_aims_at():
    # "trong những năm qua huyện Đăk Hà đã quan tâm ..." / "Để tiếp tục nâng cao ... năm 2023 huyện Đăk Hà ...": the
    # only year written is the one ahead, so the year just ended is the one before it
    case = HELDOUT / "zb-kon-tum-dak-ha-toan-dan-doan-ket-2022"
    assert parse_report(case / "source.txt").period == "2022"


def test_a_year_after_the_striving_as_a_thing_is_no_target():
    # (constructed sentences, a guard) the widened form (a subject before the value) only after a striving set, not
    # after "sự (nỗ lực) phấn đấu" (the striving, a noun) nor "đã phấn đấu" (done): a result of the year
    for text in ("Với sự nỗ lực phấn đấu năm 2023 toàn huyện thu ngân sách đạt 120 tỷ đồng",
                 "Hội đã phấn đấu năm 2022 số hội viên mới đạt 1.200 người"):
        found = [m for m in find_mentions(text) if m.period.kind == "year"]
        assert found and not any(m.target for m in found)
