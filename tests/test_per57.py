"""Round 57 of the period reader (stop 60's unseen batches xt- and xu-): a stock compared with a moment named as one
(``so với thời điểm cuối năm 2022``) is a comparison's base; the year so far with ``từ`` unwritten (``đầu năm 2025 tới
nay``); a lead's day after the paper's tag (``(Dân Việt) - Tối 12.8, ...``); months told in turn (``từ tháng 9-2020 ...
Sang tháng 10-2020 ... Còn trong tháng 11-2020``) report the last.
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_period
from service.periods.model import Period
from service.periods.recognisers import days_opening
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code
from tests.test_periods_round56 import _mention      # the mention naming ``words`` in a text (round 56's helper)


# --- rule 1: "so với thời điểm cuối năm 2022", a moment compared with ----------------------------------------------

def test_balance_compared_with_last_year_end_moment_is_of_the_next_year():
    # xt-thai-nguyen-nhnn (coded 2023-08): "tính đến hết tháng 8 đạt 98.000 tỷ đồng, tăng 2,06% so với thời điểm cuối
    # năm 2022" — the only year on the page is the base's; read as the year 2022 before
    path = _case("xt-thai-nguyen-nhnn-chi-nhanh-huy-dong-von-du-no-2023-08")
    text = path.read_text(encoding="utf-8")
    assert _mention(text, "năm 2022").comparison
    assert _code(path) == "2023-08"


def test_second_sources_moments_compared_with():
    # held-out zf-lam-dong (coded 2022-09): "giảm 270 người so với thời điểm cuối năm 2019", "(so với thời điểm cuối
    # năm 2021 giảm 360, ...)"; sweep c32-baodaknong: "So với thời điểm đầu năm 2021, tổng nợ tăng 1,25 tỷ đồng"
    text = _case("zf-lam-dong-nguoi-nghien-ma-tuy-2022-09").read_text(encoding="utf-8")
    assert _mention(text, "năm 2019").comparison and _mention(text, "năm 2021 giảm 360").comparison
    text = _page("c32-baodaknong-no-qua-han-no-khoanh-8-2021").read_text(encoding="utf-8")
    assert _mention(text, "năm 2021, tổng nợ").comparison
    assert _mention("Dư nợ đạt 86.000 tỷ đồng, tăng 3,9% so với thời điểm tháng 6/2023.", "tháng 6/2023").comparison


def test_negative_a_moment_not_compared_is_still_the_period():
    # "Tại thời điểm cuối năm 2022, dư nợ đạt ...": no "so với", the year-end the stock is counted at
    assert not _mention("Tại thời điểm cuối năm 2022, dư nợ đạt 86.000 tỷ đồng.", "năm 2022").comparison
    assert not _mention("Đến thời điểm cuối năm 2022, dư nợ đạt 86.000 tỷ đồng.", "năm 2022").comparison


# --- rule 2: "đầu năm 2025 tới nay", the year so far with "từ" unwritten -------------------------------------------

def test_so_far_without_tu_on_a_dated_page():
    # xu-…-sot-xuat-huyet (" date 2025-07 Ngày 15-7, Bộ Y tế cho biết, đầu năm 2025 tới nay cả nước đã ghi nhận 32.189
    # ca"): read None before (the start of a year taken for "some time"); now the year so far to the page's date, the
    # project's convention (through the month before, the 15th being in its first half): 2025-H1 (coded 2025-7T)
    path = _case("xu-toan-quoc-bo-y-te-sot-xuat-huyet-ca-mac-2025-7t")
    text = path.read_text(encoding="utf-8")
    assert _mention(text, "đầu năm 2025").recogniser == "so-far"
    assert _code(path) == "2025-H1"


def test_second_sources_so_far_without_tu():
    # sweep c16-quangbinh "(Dân trí) - Đầu năm đến nay, Chi cục Kiểm lâm ..."; p23-baovinhlong "(VLO) Đầu năm đến nay,
    # hội cựu chiến binh ..."; held-out ys-ca-mau "quỹ hỗ trợ nông dân đầu năm đến nay được 500 triệu"
    for text, words in ((_page("c16-quangbinh-kiemlam-lamsan").read_text(encoding="utf-8"), "Đầu năm đến nay"),
                        (_page("p23-baovinhlong-ccb-nha-2022-9t").read_text(encoding="utf-8"), "Đầu năm đến nay"),
                        (_case("ys-ca-mau-phu-tan-hoi-nong-dan-huyen-tong-ket-2019").read_text(encoding="utf-8"),
                         "đầu năm đến nay")):
        assert _mention(text, words, 2022, 10).recogniser == "so-far"     # dated: the year so far to the date
    assert find_period("Đầu năm 2021 đến nay, tỉnh giải ngân 201 tỷ đồng.") == Period(2021, "year")   # undated


def test_negative_start_of_year_alone_stays_some_time():
    # "cuộc gặp gỡ báo chí đầu năm 2017": a time within the year, no period (not followed by "đến nay")
    assert _mention("Tại cuộc gặp gỡ báo chí đầu năm 2017, Bộ cho biết.", "đầu năm 2017").recogniser == "some-time"
    assert _mention("Kế hoạch đề ra đầu năm 2022 đến tháng 9 đạt 80%.", "đầu năm 2022").recogniser != "so-far"


# --- rule 3: a lead's day after the paper's tag, "(Dân Việt) - Tối 12.8, ..." ---------------------------------------

def test_day_opening_a_tagged_lead_is_the_month_of_an_event_page():
    # xu-…-hoi-khoe-phu-dong (coded 2012-08): "Thứ hai, ngày 13/08/2012 ... (Dân Việt) - Tối 12.8, Hội khỏe Phù Đổng
    # toàn quốc lần VIII-2012 đã bế mạc": the page names no period; its one day, after the tag, is read now (None before)
    path = _case("xu-toan-quoc-bo-gddt-hoi-khoe-phu-dong-toan-quoc-2012-08")
    assert _code(path) == "2012-08"


def test_second_sources_tagged_leads_open_with_their_day():
    # held-out h-hanoimoi "(HNM) - Ngày 9-7, Bộ Công Thương ...", n-ninhthuan "(NTO) Ngày 11-7, Chi cục ...",
    # xa-quang-nam-nui-thanh "(QNO) - Sáng nay 22.12, Hội Nạn nhân ...": each day read where its clause opens
    for slug, words, month in (("h-hanoimoi-bct-2018-h1", "9-7, Bộ", 7), ("n-ninhthuan-dskhhgd-2018-h1", "11-7, Chi", 7),
                               ("xa-quang-nam-nui-thanh-hoi-nan-nhan-chat-doc-da-cam-huyen-tong-ket-2020", "22.12, Hội",
                                12)):
        text = _case(slug).read_text(encoding="utf-8")
        at = text.index(words)
        assert any(start == at and m == month for start, _, m, _ in days_opening(text)), slug


def test_negative_days_inside_a_sentence_or_a_long_line_do_not_open_a_clause():
    # a document's date after its number, a tag-like bracket inside a sentence: no clause opens there
    assert days_opening("Theo Kế hoạch số 282 /KHHĐNVQS ngày 29/9/2023 của UBND huyện") == []
    assert days_opening("Ủy ban nhân dân huyện Bắc Trà My (Quảng Nam) đã họp tối 12.8 để bàn kế hoạch") == []
    # a tagged lead whose period is its own still reads that period (h-hanoimoi: "sơ kết 6 tháng đầu năm 2018")
    assert _code(_case("h-hanoimoi-bct-2018-h1")) == "2018-H1"


# --- rule 4: months told in turn report the last --------------------------------------------------------------------

def test_three_months_told_in_turn_report_the_last():
    # xt-toan-quoc-vama (coded 2020-11): "từ tháng 9-2020 sức mua ôtô đã bắt đầu tăng ... Sang tháng 10-2020, bán ra
    # 33.254 xe ... Còn trong tháng 11-2020, bán ra 36.359 chiếc": read 2020-09 before
    assert _code(_case("xt-toan-quoc-vama-doanh-so-o-to-2020-11")) == "2020-11"
    text = ("Tháng 7/2023, tỉnh thu 100 tỷ đồng. Tháng 8/2023, thu 120 tỷ đồng. Tháng 9/2023, thu 130 tỷ đồng.")
    assert find_period(text) == Period(2023, "month", 9)


def test_negative_two_months_or_months_out_of_order_or_compared_keep_their_reading():
    # a month and the next one named after it, unmarked: the earlier, as before (a report and its next period)
    assert find_period("Tháng 10/2020, bán ra 33.254 xe. Tháng 11/2020, tiếp tục đẩy mạnh bán hàng.") == \
        Period(2020, "month", 10)
    # the base after the month reported: "tháng 11 ... so với tháng 10": still November
    assert find_period("Trong tháng 11/2020, bán ra 36.359 xe, tăng 9% so với tháng 10/2020 và tháng 9/2020.") == \
        Period(2020, "month", 11)
    # months of a year told backwards (the newest first): the first, as before
    assert find_period("Tháng 9/2023 thu 130 tỷ đồng; tháng 8/2023 thu 120 tỷ đồng; tháng 7/2023 thu 100 tỷ đồng.") == \
        Period(2023, "month", 9)
