"""Round 31 of the period reader (evaluations/sweep/periods-round31.md): real quotes of the held-out cases and the
sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"
PAGES = ROOT / "sweep" / "pages"


def _flags(text, code):
    return [(m.plan, m.reported) for m in find_mentions(text) if m.period is not None and m.period.code == code]


# -- a period set off as the time of a clause in the future ("Trong quý II, tỉnh sẽ ...") is planned ----------------------

@pytest.mark.parametrize("text,code", [
    # held-out yp-khong-ro-tinh-thanh-tra-tinh-thanh-tra-chuyen-nganh-tiep-dan-2015-q1
    ("Về công tác giải quyết khiếu nại, tố cáo, đã tiếp 877 lượt công dân. Trong quý II, tỉnh sẽ đẩy nhanh tiến độ thực "
     "hiện kế hoạch thanh tra năm 2015 ở các tổ chức thanh tra.", "2015-Q2"),
    # sweep t20-baokhanhhoa-ctd-nhatrang-2018-q1
    ("Năm 2018, hội đã tổ chức 2 đợt hiến máu với gần 700 người tham gia, hiến gần 600 đơn vị máu. Trong quý II, hội sẽ "
     "đẩy mạnh cuộc vận động “Mỗi tổ chức, cá nhân gắn với một địa chỉ nhân đạo”.", "2018-Q2"),
])
def test_a_quarter_opening_a_clause_in_the_future_is_planned(text, code):
    for t in (text, unicodedata.normalize("NFD", text)):
        assert _flags(t, code) == [(True, False)]


def test_a_quarter_opening_a_clause_of_work_done_is_reported():
    # the same sentence in the past (a guard): "đã" for "sẽ"
    text = "Trong quý II, tỉnh đã đẩy nhanh tiến độ thực hiện kế hoạch thanh tra năm 2015 ở các tổ chức thanh tra."
    assert find_period(text).code == "2015-Q2"


def test_a_year_page_planning_its_next_quarter_reports_the_quarter_before():
    # held-out yp-khong-ro-...-2015-q1: the results name no period; the next quarter's tasks close the page
    text = ("Bên cạnh đó, các tổ chức thanh tra đã thực hiện 888 cuộc thanh tra, kiểm tra chuyên ngành đối với 2.250 tổ "
            "chức, cá nhân.\n\nTrong quý II, tỉnh sẽ đẩy nhanh tiến độ thực hiện kế hoạch thanh tra năm 2015 ở các tổ "
            "chức thanh tra, đúng thời gian quy định.")
    assert find_period(text).code == "2015-Q1"
    case = HELDOUT / "yp-khong-ro-tinh-thanh-tra-tinh-thanh-tra-chuyen-nganh-tiep-dan-2015-q1" / "source.txt"
    assert parse_report(case).period == "2015-Q1"


def test_some_time_ahead_still_lends_its_year():
    # held-out v-dinh-hoa-tai-nguyen-dat-dai-2019 (a guard): "những tháng cuối năm 2019" in the future is no edition;
    # its year stays the year of "Từ đầu năm đến nay" above it
    text = ("Từ đầu năm đến nay, UBND huyện Định Hóa đã ra tiếp nhận 352 hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng "
            "đất.\n\nTrong những tháng cuối năm 2019, UBND huyện sẽ tập trung chỉ đạo các cơ quan chuyên môn thực hiện "
            "tốt công tác chuyển đổi mục đích sử dụng đất.")
    assert find_period(text).code == "2019"


# -- some days within one month, written as two dates, are that month (in passing) ---------------------------------------

@pytest.mark.parametrize("text,code", [
    # held-out yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tuan-dau-cao-diem-tet-2022-11: a week of a campaign
    ("Tai nạn giao thông giảm cả 3 tiêu chí sau 7 ngày thực hiện cao điểm\n\nTrong tuần đầu thực hiện cao điểm đảm bảo "
     "trật tự an toàn giao thông dịp Tết 2023 (từ ngày 15/11/2022 đến ngày 21/11/2022), tai nạn giao thông đã giảm cả 3 "
     "tiêu về số vụ tai nạn, số người chết, số người bị thương so với tuần liền kề trước đó.", "2022-11"),
    # held-out ym-binh-thuan-duc-linh-hoi-phu-nu-xa-tra-tan-dot-ky-niem-20-10-2023-10: the first date without its year
    ("Hưởng ứng kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam Từ ngày 14/10 đến 20/10/2023, Chi hội Phụ "
     "nữ ở 4/4 thôn xã Trà Tân đồng loạt ra quân.", "2023-10"),
    # held-out zr-quang-binh-bao-cao-tuan-ubnd-tinh-covid-19-2022-06: a weekly report headed by its days
    ("Báo cáo tình hình công tác tuần từ ngày 18/6/2022 đến ngày 24/6/2022\n\nFont size : A- A A+\n\n1. Về công tác "
     "phòng chống dịch Covid-19:\n\nTrong tuần vừa qua, số ca mắc mới tiếp tục giảm, ghi nhận 100 ca mắc mới.", "2022-06"),
])
def test_some_days_within_one_month_are_that_month(text, code):
    for t in (text, unicodedata.normalize("NFD", text)):
        assert find_period(t).code == code


def test_some_days_within_a_month_give_way_to_a_period_of_a_kind():
    # held-out yg-thua-thien-hue-nam-dong-nong-nghiep-lua-he-thu-2020 (a guard): a week's visit within the season's year
    case = HELDOUT / "yg-thua-thien-hue-nam-dong-nong-nghiep-lua-he-thu-2020" / "source.txt"
    assert parse_report(case).period == "2020"
    text = ("Năm 2022, toàn tỉnh xảy ra 199 vụ tai nạn giao thông. Trong tuần đầu thực hiện cao điểm (từ ngày 15/11/2022 "
            "đến ngày 21/11/2022), tai nạn giao thông đã giảm.")
    assert find_period(text).code == "2022"


@pytest.mark.parametrize("text,code", [
    # tpl-quangninh-thangthanhnien-2022: a whole month by its dates stays the month, as before (not "some days")
    ("Tháng Thanh niên năm 2022 với chủ đề “Thanh niên tiên phong chuyển đổi số toàn diện”, diễn ra từ ngày 1/3 đến "
     "ngày 31/3/2022 đã tạo khí thế thi đua sôi nổi", "2022-03"),
])
def test_a_whole_month_by_its_dates_is_reported(text, code):
    men = [m for m in find_mentions(text) if m.recogniser == "date-range"]
    assert [(m.period.code, m.passing) for m in men] == [(code, False)]


def test_days_across_two_months_name_no_period():
    # a Tết campaign's days across months (the reader's standing rule): no month
    text = "Trong đợt cao điểm từ ngày 15/12/2023 đến 29/02/2024, lực lượng chức năng đã xử lý 1.200 vụ vi phạm."
    assert find_period(text) is None
