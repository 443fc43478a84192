"""Periods round 18 (evaluations/sweep/periods-round18.md): a running total or a count to a day, a disaster's day(s) of
damage, and the customs' half of a month.  Real text from the p18- pages, earlier sweep pages and the held-out cases."""

from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import choose, find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _period(text, *date):
    men = choose(find_mentions(text, *date))
    return men.period.code if men else None


# -- a count to a day that opens its clause: the month that day is in ------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    # p18-vnanet-xoanhatam-18dp-2025-07 (undated; the day's own year)
    ("Thứ trưởng Bộ Dân tộc và Tôn giáo Nông Thị Hà thông tin: Đến hết ngày 8/7/2025, đã có 18/34 địa phương hoàn "
     "thành mục tiêu xóa nhà tạm, nhà dột nát cho cả ba nhóm đối tượng", (), "2025-07"),
    # p18-vietnamplus-xoanhatam-2025-08: "date 2025-08-19"; after the clause naming the source
    ("Theo tổng hợp báo cáo từ 34 địa phương và các cơ quan liên quan, đến hết ngày 17/8, toàn bộ 34/34 địa phương "
     "trên cả nước đã cơ bản hoàn thành mục tiêu xóa bỏ nhà tạm, nhà dột nát.", (2025, 8, 19), "2025-08"),
    # zp-phu-tho-xoa-nha-tam-nha-dot-nat-2025-07 (held-out: "tính đến ngày 20/7/2025 (tin ngày 21/7/2025)")
    ("Tính đến ngày 20/7, toàn tỉnh đã khởi công xây dựng, sửa chữa 10.760/10.760 căn nhà (đạt 100%) cho các hộ "
     "đối với 3 chương trình", (2025, 7, 21), "2025-07"),
    # p18-nld-mualu-bacbo-2020-08: to a time of the day ("sáng nay")
    ("Theo thống kê của Ban Chỉ đạo trung ương về Phòng, chống thiên tai, tính đến sáng nay 19-8, mưa lớn, lũ, lũ "
     "quét, sạt lở đất đã gây thiệt hại nặng nề về người và tài sản của người dân.", (2020, 8, None), "2020-08"),
])
def test_a_count_to_a_day_opening_its_clause_is_that_month(text, date, code):
    assert _period(text, *date) == code


def test_a_count_to_a_day_inside_its_clause_or_to_a_months_end_stays_as_it_was():
    # p9-halang-ubnd-2018-07: a figure's own cut-off inside a monthly report's sentence is no period (round 9)
    assert find_mentions("Thu ngân sách ước thực hiện đến ngày 13/7 được trên 29 tỷ đồng", 2018, 8) == []
    # p9-chuprong-ngansach-2024-9t: to a month's last day, the year so far
    assert _period("Theo báo cáo của UBND huyện, ước tính đến ngày 30-9, tổng diện tích gieo trồng toàn huyện là 77 "
                   "ngàn ha. Trong 3 tháng cuối năm, UBND huyện sẽ tập trung thực hiện nhằm đạt và vượt các chỉ tiêu "
                   "của năm 2024.") == "2024-9T"


def test_a_count_to_a_day_yields_to_any_period_named_and_to_a_year_compared_with():
    # p14-gialaitv-kongchro-2023: the year the funds are of is the period, the count to 15/11 a part of it
    assert parse_report(PAGES / "p14-gialaitv-kongchro-2023.txt").period == "2023"
    # s-hiep-hoa-ket-nap-dang-vien-2018 (held-out, truth 2018): compared with a year, the year so far
    text = ("Đến ngày 27-11, Huyện ủy Hiệp Hòa kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2017. Đây là năm "
            "có lượng đảng viên mới kết nạp cao từ trước đến nay")
    assert [m.period.code for m in find_mentions(text) if m.reported] == []
    assert parse_report(HELDOUT / "s-hiep-hoa-ket-nap-dang-vien-2018" / "source.txt").period == "2018"


def test_a_count_to_a_day_on_a_page_of_half_a_month_is_no_month():
    # p14c-cand-xnk-15-5-2016: "trong kỳ 1 tháng 5-2016", the customs' first half of May (labelled None)
    text = ("Như vậy, tính đến hết ngày 15-5-2016, tổng kim ngạch XNK hàng hóa cả nước đạt 117,02 tỷ USD, tăng 0,8% "
            "(tương ứng tăng 904 triệu USD) so với cùng kỳ năm 2015.\n\nTrong đó, kim ngạch XK của cả nước đạt 59,13 "
            "tỷ USD; kim ngạch NK hàng hóa của cả nước đạt 57,89 tỷ USD. Cán cân thương mại hàng hóa trong kỳ 1 tháng "
            "5-2016 thâm hụt 570 triệu USD")
    assert _period(text) is None
    assert parse_report(PAGES / "p14c-cand-xnk-15-5-2016.txt").period is None
    # p14c-baodauthau-xuatsieu-15-9 says it as "nửa đầu tháng 9" (no year: None either way)
    assert parse_report(PAGES / "p14c-baodauthau-xuatsieu-15-9.txt").period is None


# -- a disaster's damage: the month of its day ----------------------------------------------------------------------

@pytest.mark.parametrize("slug,code", [
    ("p18-plo-hue-bao9-2020-10", "2020-10"),           # "Đến tối ngày 28-10 ... do ảnh hưởng của bão số 9 đã khiến"
    ("p18-tuoitrexahoi-bao9-2020-10", "2020-10"),      # "6h sáng nay này 29/10 ... thiệt hại do bão số 9 gây ra"
    ("p18-danviet-quangnam-bao9-2020-10", "2020-10"),  # no day: the page's "date 2020-10"
    ("p18-tuoitre-bao9-56000nha-2020-10", "2020-10"),  # undated but for its stamp "28/10/2020 19:34 GMT+7"
    ("p18-giadinhonline-bao9-2020-10", "2020-10"),     # the article's date under a site's clock of 2025
    ("p18-trithucvn-mualu-taynguyen-none", None),      # "tính đến 23h ngày 9/8": no year anywhere
])
def test_a_disasters_damage_is_the_month_of_its_day(slug, code):
    assert parse_report(PAGES / f"{slug}.txt").period == code


@pytest.mark.parametrize("case,code", [
    ("zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10", "2020-10"),   # "chiều nay 11.10, mưa bão đã khiến cho ..."
    ("zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06", "2018-06"),       # "mưa lũ làm 19 người chết", "date 2018-06"
])
def test_a_disasters_damage_in_the_held_out_cases(case, code):
    assert parse_report(HELDOUT / case / "source.txt").period == code


def test_a_disasters_damage_yields_to_a_period_named():
    # kienthuc.net.vn (2019-08), the year's storms so far: "Bão số 1 - Pabuk ... trong năm 2019" is the year named
    assert _period("Bão số 1 - Pabuk: Là cơn bão đầu tiên trong năm 2019. Khi vào Việt Nam, ngoài thiệt hại về tài sản "
                   "thì bão làm mất tích 2 nhân mạng. Tổng thiệt hại ước tính do bão số 1 gây ra là 27,87 tỷ đồng",
                   2019, 8) == "2019"
    # vov.vn's tag page, undated: a damage with no day and no date to put it in names nothing
    assert find_period("Theo thống kê sơ bộ của Ban chỉ đạo phòng chống lụt bão Trung ương, mưa lũ tại các tỉnh miền "
                       "Trung trong những ngày qua đã làm 12 người chết và mất tích, đồng thời gây thiệt hại về vật "
                       "chất ước tính lên tới gần 200 tỷ đồng.") is None


# -- an undated news text's lead day dates its "từ đầu năm ... đến nay" -------------------------------------------------

def test_the_lead_day_of_an_undated_text_dates_its_year_so_far():
    # x-tuy-hoa-ma-tuy-2021 (held-out, truth 2021-4T): a day past the 15th runs through its month
    text = ("Ngày 21.4, thượng tá Nguyễn Hữu Sơn, Trưởng công an TP.Tuy Hòa ( Phú Yên ), cho biết tính từ đầu năm 2021 "
            "đến nay, lực lượng CSĐT Công an TP.Tuy Hòa đã phát hiện, xử lý 23 vụ, 48 đối tượng")
    assert _period(text) == "2021-4T"
    # zl-quang-tri-phong-nha-ke-bang-cuu-ho-dong-vat-hoang-da-2025-9t (held-out, truth 2025-9T): the day opens the lead,
    # the year so far comes paragraphs later
    assert parse_report(HELDOUT / "zl-quang-tri-phong-nha-ke-bang-cuu-ho-dong-vat-hoang-da-2025-9t" / "source.txt"
                        ).period == "2025-9T"
    # a lead day before the 16th: through the month before it; in January, nothing of the year is over: the year
    assert _period(text.replace("Ngày 21.4", "Ngày 9.4")) == "2021-Q1"     # three months: the quarter
    assert _period(text.replace("Ngày 21.4", "Ngày 9.1")) == "2021"
    # a date the text gives (its header's or its stamp's) still comes first
    assert _period(text, 2021, 6, 2) == "2021-5T"


# -- a congress's list of what it sets is no result --------------------------------------------------------------------

def test_a_list_of_what_a_congress_sets_reports_nothing_done():
    from service.periods import _reports_results
    # p18-baoangiang-vongdong-chitieu-none: the items after "đề ra các chỉ tiêu, như:" are targets too
    vongdong = (PAGES / "p18-baoangiang-vongdong-chitieu-none.txt").read_text(encoding="utf-8")
    assert not _reports_results(vongdong)
    assert parse_report(PAGES / "p18-baoangiang-vongdong-chitieu-none.txt").period is None
    # p9-phubinh-daihoi-chitieu: "Cụ thể, bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu ...; chuyển đổi cơ cấu
    # cây trồng đạt 20% ..." (labelled None)
    assert not _reports_results((PAGES / "p9-phubinh-daihoi-chitieu.txt").read_text(encoding="utf-8"))
    # a list of what was done stays a result (p18-baothainguyen-phudo-nhiemky-2015-2020's term reviewed)
    assert _reports_results("Theo đánh giá tại Đại hội, trong nhiệm kỳ 2015-2020, Đảng bộ xã đã tập trung lãnh đạo. "
                            "Trong đó có các kết quả nổi bật như: bình quân mỗi năm trồng mới, trồng lại được 34,5ha chè; "
                            "tỷ lệ hộ nghèo giảm chỉ còn 6,95%")
    assert parse_report(PAGES / "p18-baothainguyen-phudo-nhiemky-2015-2020.txt").period == "2015-2020"


# -- a storm named as an event ("trận lốc xoáy"), its damage further on in its clause -----------------------------------

@pytest.mark.parametrize("slug,code", [
    ("p18c-vietnamnet-locxoay-banthach-2025-11", "2025-11"),   # "trận lốc xoáy xảy ra ... nhưng gây thiệt hại"
    ("p18c-plo-locxoay-danang-2025-11", "2025-11"),            # "Một trận lốc xoáy trong đêm 6-11 quét qua khiến"
    ("p18c-tienphong-locxoay-chiendan-2025-11", "2025-11"),    # "Trận lốc xoáy khiến 83 nhà dân"
    ("p18c-cand-locxoay-quangtri-none", None),                 # no year, no date
])
def test_a_storm_named_as_an_event_and_its_damage(slug, code):
    assert parse_report(PAGES / f"{slug}.txt").period == code


# -- "Đến nay, ..." opening a sentence on a dated page: the year so far to the date -----------------------------------

@pytest.mark.parametrize("case,code", [
    ("zm-dak-nong-dak-glong-gieo-trong-2020-9t", "2020-9T"),           # "Cập nhật ngày: 08/10/2020": through September
    ("zm-vinh-long-hop-tac-xa-hoat-dong-hieu-qua-2019-11t", "2019-11T"),  # "Thứ Sáu, 29/11/2019": through November
])
def test_up_to_now_on_a_dated_page_is_the_year_so_far(case, code):
    assert parse_report(HELDOUT / case / "source.txt").period == code


def test_up_to_now_names_nothing_undated_nor_inside_a_clause():
    # zm-vinh-long's lead with no date: nothing
    text = ("Đến nay, toàn tỉnh hiện có 139/143 hợp tác xã (HTX) đang hoạt động có hiệu quả (chiếm 97,2%), trong đó 75 "
            "HTX thuộc lĩnh vực nông nghiệp và 64 HTX ở lĩnh vực phi nông nghiệp.")
    assert _period(text) is None
    assert _period(text, 2019, 11, 29) == "2019-11T"
    # p18-danviet-quangnam-bao9-2020-10: "Theo báo cáo sơ bộ ..., đến nay đã có 13 nhà bị sạt lở" is inside its clause:
    # the storm's month stays
    assert parse_report(PAGES / "p18-danviet-quangnam-bao9-2020-10.txt").period == "2020-10"
