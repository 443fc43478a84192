"""Periods round 27 (per27): a month with its year singled out (``riêng``) is a part of the months so far through it;
a plan issued (``ban hành kế hoạch``) and a launch's headline (``Triển khai công tác ...``) name the period planned
(one section each). Every text quoted is from a page in evaluations/sweep/pages, a held-out case
(evaluations/cases/heldout) or a public page of the `pages` corpus whose address the test names."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str, *date):
    at = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= at < m.end)


# -- a month with its year singled out is a part of the months so far through it ---------------------------------------

TRAFFIC = ("Chỉ tính riêng tháng 7, toàn quốc xảy ra hơn 1.200 vụ TNGT, làm chết gần 550 người và làm bị thương hơn "
           "900 người. So với 7 tháng đầu năm 2019, số vụ TNGT giảm 1.824 vụ (giảm 18,57%), số người chết giảm 676 "
           "người (giảm 15,13%), số người bị thương giảm 1.611 người (giảm 21,59%). \n\n"
           "Trong đó, đường bộ xảy ra 4.482 vụ, làm chết 3.707 người, bị thương 2.352 người. So với cùng kỳ năm trước, "
           "giảm 597 vụ (-11,75%), giảm 656 người chết (-15,04%), giảm 394 người bị thương (-14,35%). Riêng tháng "
           "7-2020, xảy ra 707 vụ, làm chết 542 người, bị thương 434 người. \n\n"
           "So với cùng kỳ năm trước, giảm 74 vụ (giảm 9,48%), giảm 83 người chết (giảm 13,28%), giảm 23 người bị "
           "thương (giảm 5,03%). Tháng 7-2020 cũng xảy ra nhiều vụ TNGT đặc biệt nghiêm trọng")


def test_a_month_with_its_year_singled_out_makes_the_figures_the_months_so_far():
    # held-out yj-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-7t: read 2020-07 on main ("Riêng tháng
    # 7-2020" taken for the month reported; the seven months are what "So với 7 tháng đầu năm 2019" compares)
    assert find_period(TRAFFIC).code == "2020-7T"
    singled = _mention(TRAFFIC, "7-2020, xảy ra")
    assert (singled.period.code, singled.part_of.code) == ("2020-07", "2020-7T")   # its words and figures July's
    case = HELDOUT / "yj-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-7t" / "source.txt"
    report = parse_report(case)
    assert (str(report.period), report.period_words) == ("2020-7T", None)   # "tháng 7-2020" are no words for 7T


def test_the_year_so_far_with_a_month_singled_out_runs_through_that_month():
    # t12-brvt-cangbien-t4-2023 (a page of 2023-05, unlabelled): "Từ đầu năm đến nay, tổng khối lượng hàng hóa ... đạt
    # 22 triệu tấn ... Tuy nhiên, tính riêng tháng 4/2023, khối lượng hàng hóa ... đạt 6,55 triệu tấn": the months so
    # far through April, April a part of them (read 2023-04 on main)
    assert _read(PAGES / "t12-brvt-cangbien-t4-2023.txt") == "2023-4T"


def test_months_with_their_year_singled_out_on_other_pages_are_parts():
    # the same words beside a period named in full: the mention is now the months so far through it, the reading as
    # before (held-out zc-toan-quoc-hang-hoa-qua-cang-bien: "9 tháng đầu năm 2018 ... Riêng tháng 9/2018";
    # p10-cafef-xuatkhau-2023-h1: "Tính riêng tháng 6/2023, tổng kim ngạch xuất khẩu cả nước đạt 29,45 tỷ USD";
    # p14-thoibaotaichinh-gao-5t-2022: "Riêng tháng 5/2022")
    for text, words, code in (
            ("9 tháng đầu năm 2018, khối lượng hàng hóa thông qua cảng biển đạt gần 386 triệu tấn. Riêng tháng 9/2018, "
             "khối lượng hàng hóa thông qua cảng biển đạt gần 42,9 triệu tấn", "tháng 9/2018", "2018-9T"),
            ("Tính riêng tháng 6/2023, tổng kim ngạch xuất khẩu cả nước đạt 29,45 tỷ USD, tăng 5% so với tháng 5/2023",
             "tháng 6/2023", "2023-H1"),
            ("5 tháng đầu năm 2022 cả nước xuất khẩu gần 2,77 triệu tấn gạo. Riêng tháng 5/2022, xuất khẩu đạt 620.000 "
             "tấn", "tháng 5/2022", "2022-5T")):
        men = _mention(text, words)
        assert men.period.kind == "month" and men.part_of.code == code
        assert find_period(text).code == code
    assert _read(PAGES / "p10-cafef-xuatkhau-2023-h1.txt") == "2023-H1"


def test_a_month_with_its_year_not_singled_out_stays_the_month():
    # "Tháng 7-2020 cũng xảy ra nhiều vụ TNGT" (yj-toan-quoc-uy-ban-atgt) has no "riêng" before it
    assert _mention(TRAFFIC, "Tháng 7-2020 cũng").period.code == "2020-07"
    assert _mention(TRAFFIC, "Tháng 7-2020 cũng").part_of is None
    assert find_period("Tháng 7-2020 cũng xảy ra nhiều vụ TNGT đặc biệt nghiêm trọng").code == "2020-07"


# -- a plan issued names the period planned ----------------------------------------------------------------------------

HAM_THUAN_BAC = ("TIN HOẠT ĐỘNG\n\nMTTQ Việt Nam huyện Hàm Thuận Bắc: Triển khai công tác vận động Quỹ \"Vì người "
                 "nghèo\" năm 2020.\n\nVừa qua, Ban Thường trực Ủy ban MTTQ Việt Nam - Thường trực Ban vận động Quỹ "
                 "“Vì người nghèo” huyện Hàm Thuận Bắc ban hành kế hoạch triển khai vận động xây dựng Quỹ \"Vì người "
                 "nghèo\" năm 2020, nhằm huy động mọi nguồn lực xã hội cùng chung tay với Đảng và Nhà nước chăm lo đời "
                 "sống cho người nghèo\n\nTặng quà cho người ghèo\n\nNăm 2019, Quỹ \"Vì người nghèo\" các cấp trong "
                 "huyện vận động trên 869 triệu đồng.")


def test_a_plan_issued_names_the_year_planned():
    # held-out yk-binh-thuan-ham-thuan-bac-ubmttq-huyen-quy-vi-nguoi-ngheo-2019 (not planned on main: only "xây dựng
    # kế hoạch", a plan drawn up, was read so); Lào Cai's fund (https://baomoi.com/phan-dau-van-dong-ung-ho-quy-vi-
    # nguoi-ngheo-nam-2024-dat-hon-14-ty-dong-c49068115.epi); Quảng Trị's disaster week (https://vinhlinh.quangtri.gov.vn
    # /vi/chi-tiet/-/view-article/1/1647698255256/1683276450618); Quảng Bình's vaccination (held-out
    # zr-quang-binh-bao-cao-tuan-ubnd-tinh-covid-19-2022-06)
    assert _mention(HAM_THUAN_BAC, "năm 2020, nhằm").plan
    for text, words in (
            ("Ban Vận động Quỹ “Vì người nghèo” tỉnh vừa ban hành kế hoạch triển khai vận động ủng hộ và sử dụng Quỹ "
             "“Vì người nghèo” năm 2024", "năm 2024"),
            ("Ngày 5/5/2023, UBND tỉnh Quảng Trị đã ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Tuần lễ Quốc "
             "gia phòng, chống thiên tai năm 2023 với chủ đề “Từ ứng phó đến hành động sớm”.", "năm 2023 với"),
            ("tỉnh đã ban hành kế hoạch triển khai tiêm vắc xin phòng Covid-19 liều nhắc lại cho trẻ em từ 12 đến 17 "
             "tuổi tỉnh Quảng Bình năm 2022, Ban chỉ đạo", "năm 2022")):
        assert _mention(text, words).plan, text


def test_a_plan_cited_by_its_number_is_a_document_not_a_plan():
    # c10-binhthuan-hongheo-2022: "Kế hoạch số 3341/KH-UBND" is a document the year's work issued; its year is the
    # year reported (the page reads 2022)
    text = ("Trong năm 2022, UBND tỉnh ban hành Kế hoạch số 3341/KH-UBND ngày 06/10/2022 về rà soát hộ nghèo và xác "
            "định hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình năm 2022 "
            "trên địa bàn tỉnh; ")
    assert not _mention(text, "năm 2022 trên").plan
    assert _read(PAGES / "c10-binhthuan-hongheo-2022.txt") == "2022"


# -- a launch's headline names the period planned ----------------------------------------------------------------------

def test_a_launch_headline_names_the_year_planned():
    # held-out yk-binh-thuan-ham-thuan-bac-ubmttq-huyen-quy-vi-nguoi-ngheo-2019: the headline's and the lead's 2020 are
    # the plan launched; the figures are 2019's ("Năm 2019, Quỹ ... vận động trên 869 triệu đồng"); read 2020 on main
    assert _mention(HAM_THUAN_BAC, "năm 2020.").plan
    assert find_period(HAM_THUAN_BAC).code == "2019"
    case = HELDOUT / "yk-binh-thuan-ham-thuan-bac-ubmttq-huyen-quy-vi-nguoi-ngheo-2019" / "source.txt"
    assert _read(case) == "2019"


def test_a_launch_headline_of_the_next_month_on_another_page():
    # p9-halang-ubnd-2018-07: "Triển khai nhiệm vụ tháng 8/2018" over "Chiều ngày 3/8, UBND huyện Hạ Lang tổ chức hội
    # nghị thường kỳ tháng 7, để đánh giá tình hình phát triển kinh tế - xã hội tháng 7": the next month launched (a plan
    # before too, by its words), the page July's
    text = (PAGES / "p9-halang-ubnd-2018-07.txt").read_text(encoding="utf-8")
    assert _mention(text, "tháng 8/2018").plan
    assert _read(PAGES / "p9-halang-ubnd-2018-07.txt") == "2018-07"


def test_a_launch_inside_a_sentence_that_goes_on_is_no_headline():
    # held-out yk-ba-ria-vung-tau-xuyen-moc: "... nhằm đánh giá kết quả tuyển chọn, gọi công dân nhập ngũ và triển khai
    # nhiệm vụ lễ giao nhận quân năm 2021." is a sentence (its "triển khai nhiệm vụ" a plan by PLAN's words, not by a
    # headline's); the headline rule asks for the verb opening its line or following a colon
    from service.periods.recognisers import _LAUNCH_TITLE
    assert not _LAUNCH_TITLE.search("Chủ tịch Hội đồng nghĩa vụ quân sự (NVQS) huyện chủ trì cuộc họp với các thành viên "
                                    "và đại diện hội đồng NVQS các xã, thị trấn nhằm đánh giá kết quả tuyển chọn, gọi "
                                    "công dân nhập ngũ và triển khai nhiệm vụ lễ giao nhận quân ")
    assert _LAUNCH_TITLE.search("MTTQ Việt Nam huyện Hàm Thuận Bắc: Triển khai công tác vận động Quỹ \"Vì người "
                                "nghèo\" ")


# -- an amount a period's clause plans to reach makes the period a target's -------------------------------------------

def test_a_season_whose_clause_plans_an_amount_is_a_target():
    # p27b-dnkx-tienlu-vuxuan-2023-none: read 2023 on main ("có kế hoạch gieo cấy hơn 3,5 nghìn ha lúa" is the coming
    # season's plan; nothing done is reported); Tuyên Quang's forests (http://www.snntuyenquang.gov.vn/tin-tuc/tin-hoat-
    # dong!/lam-nghiep.html): "Năm 2024, toàn tỉnh có kế hoạch trồng 10.500 ha rừng. Ngay từ những ngày đầu năm, ..."
    page = PAGES / "p27b-dnkx-tienlu-vuxuan-2023-none.txt"
    assert _mention(page.read_text(encoding="utf-8"), "năm 2023").target
    assert parse_report(page).period is None
    text = ("Năm 2024, toàn tỉnh có kế hoạch trồng 10.500 ha rừng. Ngay từ những ngày đầu năm, Chi cục Kiểm lâm tỉnh đã "
            "chỉ đạo hạt kiểm lâm các huyện, thành phố")
    assert _mention(text, "Năm 2024").target
    assert find_period(text) is None


def test_a_plan_described_or_had_is_no_amount_planned():
    # p22-kinhtevadubao-vinhphuc-thidua-2019: "phát động ngay từ đầu năm, có kế hoạch rõ ràng với chỉ tiêu phấn đấu cụ
    # thể" describes a plan (no verb and amount after it); "đã có kế hoạch" is a plan had (a sentence of my own making)
    from service.periods.recognisers import STRIVES
    assert not STRIVES.match(", có kế hoạch rõ ràng với các chỉ tiêu cụ thể đã được toàn thể cán bộ", 0)
    assert not STRIVES.match(", huyện đã có kế hoạch trồng 500 ha rừng và đã trồng được 520 ha", 0)
    assert STRIVES.match(", huyện Tiên Lữ có kế hoạch gieo cấy hơn 3,5 nghìn ha lúa", 0)
