"""Round 32 of the period reader (evaluations/sweep/periods-round32.md): the days of Tết Nguyên đán of a lunar year
named by its stem and branch are the solar month of its first day — the held-out cases' convention, 13 of 13 cases on
Tết's days coded so — real quotes of held-out sources and sweep pages."""

import datetime
import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period
from service.periods.recognisers import LUNAR_NEW_YEAR_MONTH

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"
PAGES = ROOT / "sweep" / "pages"

#: the first day of Tết (the calendar's fact, checked against the table)
FIRST_DAY = {2013: (2, 10), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
             2025: (1, 29), 2026: (2, 17)}


def test_the_calendar_table_holds_the_month_of_tets_first_day():
    for year, (month, day) in FIRST_DAY.items():
        assert LUNAR_NEW_YEAR_MONTH[year] == month == datetime.date(year, month, day).month


@pytest.mark.parametrize("text,code", [
    # held-out yn-toan-quoc-cuc-canh-sat-pccc-chay-no-dip-tet-at-ty-2025-01: nine days; last Tết compared is aside
    ("TPO - Ngày 3/2, Cục Cảnh sát PCCC&CNCH (Bộ Công an) cho biết, trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025, tình "
     "hình cháy, nổ giảm cả 3 tiêu chí (số vụ, số người và tài sản) so với Tết Nguyên đán Giáp Thìn 2024.", "2025-01"),
    # held-out ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02
    ("BT- Theo Sở Y tế, những ngày nghỉ Tết Nguyên đán Mậu Tuất 2018, các cơ sở điều trị tiếp nhận 1.644 ca khám cấp "
     "cứu, tai nạn; tăng 3,28% so cùng kỳ.", "2018-02"),
    # held-out zf-dong-nai-chi-cuc-hai-quan-khu-vuc-xviii-tet-2026-02: the holiday ("kỳ nghỉ")
    ("(TBTCO) - Trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026, Chi cục Hải quan khu vực XVIII bảo đảm thông quan hàng hóa "
     "ổn định, an toàn.", "2026-02"),
    # held-out yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01: "ngày nghỉ dịp Tết", its days in January
    ("Ngày 30.1, Phòng Cảnh sát PCCC & CNCH (PC07) - Công an TP.HCM cho biết, trong 6 ngày nghỉ dịp Tết Nguyên đán Quý "
     "Mão 2023 từ ngày 21 - 26.1 (tức từ 30 tháng chạp đến mùng 5 tết) trên địa bàn TP.HCM xảy ra 7 vụ cháy.", "2023-01"),
    # sweep p32-nghean24h-9ngaytet-nhamdan-2022-02: "dịp Tết", last year compared
    ("Trong 9 ngày Tết Nguyên đán, lực lượng công an đã điều tra, khám phá 191 vụ. Cụ thể, báo cáo tóm tắt tình hình "
     "ANTT dịp Tết Nguyên đán Nhâm Dần 2022, Trung tướng Tô Ân Xô thông tin ... Bên cạnh đó, tình hình tai nạn giao "
     "thông giảm cả ba tiêu chí so cùng kỳ năm 2021.", "2022-02"),
    # sweep p30-plo-tet-quyty-chinngay-2013-none (relabelled): the days counted in words
    ("Theo Bộ Công an, sau chín ngày tết Nguyên đán Quý Tỵ 2013 (từ 29 tháng Chạp đến mùng 8 tết), số vụ phạm pháp "
     "hình sự giảm 4,76% so với chín ngày tết Nguyên đán Nhâm Thìn 2012.", "2013-02"),
])
def test_the_days_of_tet_are_the_month_of_its_first_day(text, code):
    for t in (text, unicodedata.normalize("NFD", text)):
        assert find_period(t).code == code


@pytest.mark.parametrize("slug,code", [
    ("yn-toan-quoc-cuc-canh-sat-pccc-chay-no-dip-tet-at-ty-2025-01", "2025-01"),
    ("ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02", "2018-02"),
    ("zf-dong-nai-chi-cuc-hai-quan-khu-vuc-xviii-tet-2026-02", "2026-02"),
    ("yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01", "2023-01"),
])
def test_held_out_tet_pages(slug, code):
    assert parse_report(HELDOUT / slug / "source.txt").period == code


@pytest.mark.parametrize("text,code", [
    # a title naming the feast, no days (tests/test_periods.py, used by the template's titles): its year, no quarter
    ("Tết Nguyên đán Quý Mão năm 2023", "2023"),
    # sweep c18-phutho-dabac-100-suat: gifts "on the occasion of" Tết, given on 28 January — not Tết's February
    ("Trao 100 suất quà Tết cho người yếu thế tại xã Đà Bắc\n\nNhân dịp Tết Nguyên đán Bính Ngọ 2026, ngày 28/1, tại xã "
     "Đà Bắc, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh phối hợp trao 100 suất quà.", None),
    # held-out yn-toan-quoc-cuc-quan-ly-kham-chua-benh-kham-cap-cuu-dip-tet-ky-hoi-2019-02: only last Tết, compared
    ("Trong những ngày nghỉ lễ vừa qua, các bệnh viện đã khám, cấp cứu cho 142.000 lượt người. So với cùng kỳ của Tết "
     "Mậu Tuất 2018, tổng số ca khám, cấp cứu giảm.", None),
    # sweep c4-locninh-bienphong-2019: a plan for the coming Tết
    ("Bộ chỉ huy Bộ đội Biên phòng tỉnh đã ... chỉ đạo các đơn vị xây dựng kế hoạch cao điểm đấu tranh chống buôn lậu, "
     "gian lận thương mại, hàng giả, phòng chống tội phạm trong dịp tết nguyên đán Kỷ Hợi 2019.", None),
    # a year reported comes before Tết's month in passing
    ("Năm 2020, Hội Chữ thập đỏ huyện đã vận động được 3,2 tỷ đồng; riêng dịp Tết Nguyên đán Canh Tý 2020 đã trao 306 "
     "suất quà.", "2020"),
])
def test_tet_named_alone_ahead_compared_or_beside_a_year_is_left(text, code):
    got = find_period(text)
    assert (got.code if got else None) == code


def test_a_tet_campaign_across_months_is_no_month():
    # sweep p12-haiduong-congan-tet-2024 (tests/test_periods_round12.py): the campaign's own dates cross two months
    text = ("Theo Công an tỉnh Hải Dương, trong đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự Tết "
            "Nguyên đán Giáp Thìn 2024 (từ ngày 15/12/2023 đến 29/02/2024) phần lớn các loại tội phạm giảm mạnh so với "
            "cao điểm Tết Quý Mão 2023.")
    assert find_period(text) is None
    assert all(m.aside for m in find_mentions(text) if m.recogniser == "lunar-new-year")
