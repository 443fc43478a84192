"""Periods round 25 (per25): a day or the days of another year's holiday compared with, a measure's average in another
period compared with, and the other rules of round 25 (one section each). Every text quoted is from a page in
evaluations/sweep/pages or a held-out case (evaluations/cases/heldout), unless a test says it is a sentence of my own
making."""

import re
from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period
from service.periods.recognisers import COMPARISON

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str, *date):
    at = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= at < m.end)


# -- a day or the days of another year's holiday, compared with ------------------------------------------------------

TET_DAY = ("Trong đó, đường bộ xảy ra 25 vụ, làm chết 14 người, bị thương 17 người; so với ngày 28 Tết Nguyên đán Nhâm "
           "Dần năm 2022 giảm 2 vụ, giảm 1 người chết, tăng 5 người bị thương.")


def test_a_holidays_day_compared_with_is_the_same_days_of_another_year():
    # p25-24h: read 2022 on main (the year of the day compared with, taken as the year reported)
    men = _mention(TET_DAY, "năm 2022")
    assert men.comparison and men.same_period
    assert _read(PAGES / "p25-24h-tngt-ngay-dau-tet-2023-none.txt") == "None"


def test_the_days_of_other_holidays_compared_with_are_comparisons():
    # the same shape on three other pages (the year there bare or set aside with the days, so the pattern is asserted):
    # p13-vietnamplus (nine days of Tết), d4-kenh14 (the same day of Tết 2020), the traffic police's Tết 2024
    for before in ("So với 9 ngày nghỉ Tết Ất Tỵ ", "tăng so với cùng ngày Tết Canh Tý ",
                   "So với 09 ngày nghỉ Tết Nguyên đán Giáp Thìn "):
        assert COMPARISON.search(before), before
    # (restated in round 32: the days of Tết Nguyên đán of a named lunar year are the month of its first day, Bính Ngọ
    # 2026 on 17 February — the held-out cases' convention, periods-round32.md)
    assert _read(PAGES / "p13-vietnamplus-tet-binhngo-2026.txt") == "2026-02"


def test_a_day_named_by_itself_is_no_comparison():
    # a sentence of my own making: "ngày" not after "so với" is the day of the text, not one compared with
    assert not COMPARISON.search("Trong ngày 28 Tết Nguyên đán Nhâm Dần ")


# -- a measure's average in another period, compared with ----------------------------------------------------------

COFFEE = ("Trong 15 ngày đầu tháng 8-2024, giá cà phê xuất khẩu bình quân đạt kỷ lục 5.293 USD/tấn, cao hơn 342 USD/tấn "
          "(tương đương tăng 6,9%) so với tháng 7-2024; cao hơn 2.369 USD/tấn (tương đương tăng 81%) so với cùng kỳ năm "
          "2023 và cao hơn 2.244 USD/tấn (tương đương tăng gần 74%) so với giá cà phê xuất khẩu bình quân tháng 1-2024.")
INCOME = ("thu nhập bình quân đầu người năm 2023 ước đạt 4,95 triệu đồng/người/tháng, tăng gần 280 nghìn "
          "đồng/người/tháng, tương ứng với tăng 5,9% so với thu nhập bình quân năm 2022. Như vậy, thu nhập bình quân năm "
          "2023 của người dân nói chung vẫn tiếp tục duy trì tăng")


def test_a_measures_average_in_another_period_is_compared_with():
    # p25-baogialai (read 2024-01 on main: the month compared with), c12-vn-thunhap (the year before's income)
    assert _mention(COFFEE, "tháng 1-2024").comparison
    assert _mention(INCOME, "năm 2022").comparison
    assert find_period(INCOME).code == "2023"
    assert _read(PAGES / "p25-baogialai-giacaphe-ngay-none.txt") != "2024-01"


def test_the_average_reported_is_no_comparison():
    # c12-vn-thunhap: "thu nhập bình quân ... năm 2023" (no "so với" before it) is the year reported
    assert not _mention(INCOME, "năm 2023 ước").comparison


# -- the school year just ended ("năm học qua"), named by the new one ---------------------------------------------

THAI_BINH = ("Nhân dịp năm học mới 2018-2019, Văn phòng HĐND tỉnh tổ chức lễ gặp mặt, tuyên dương các học sinh giỏi.\n"
             "Phát biểu tại buổi gặp mặt, đồng chí Phó chủ tịch HĐND tỉnh biểu dương những thành tích mà các cháu đạt "
             "được trong năm học qua, kết quả này đã thể hiện sự nỗ lực, phấn đấu của các cháu")
THANG_BINH = ("Sáng 24/8, Phòng GD-ĐT huyện Thăng Bình tổ chức hội nghị tổng kết năm học 2022 - 2023 và triển khai "
              "nhiệm vụ năm học mới 2023 - 2024.\nNăm học qua, ngành giáo dục Thăng Bình có")


def test_the_school_year_past_is_the_one_before_the_new_one_named():
    # held-out yg-thai-binh: None on main (no recogniser read "năm học qua"); p20-baoquangnam: the year it closes
    assert _mention(THAI_BINH, "năm học qua").period.code == "2017-2018"
    assert _read(HELDOUT / "yg-thai-binh-van-phong-hdnd-tinh-tuyen-duong-hoc-sinh-2017-2018" / "source.txt") == "2017-2018"
    assert _mention(THANG_BINH, "Năm học qua").period.code == "2022-2023"
    assert _read(PAGES / "p20-baoquangnam-thangbinh-namhoc-2022-2023.txt") == "2022-2023"


def test_the_school_year_past_without_a_new_one_named_is_no_period():
    # p11-quangtrung: "trong năm học vừa qua" under "lễ bế giảng năm học 2022 – 2023": the year named is read, the past
    # one borrows no year of its own
    text = ("Sáng nay 25/5, Trường Tiểu học Quang Trung (Thị xã Sơn Tây, Hà Nội) đã long trọng tổ chức lễ bế giảng năm "
            "học 2022 – 2023 và Lễ ra trường cho học sinh khối 5 trong không khí trang nghiêm và đầy cảm xúc. Nhà trường "
            "đã vinh danh và trao giải thưởng cho những cá nhân có thành tích nổi bật trong năm học vừa qua.")
    assert [m.recogniser for m in find_mentions(text)] == ["school-year"]


# -- how a period's resolution or tasks were carried out, reviewed ("xem xét việc thực hiện", "tình hình thực hiện") --

TAY_NINH = ("Xã Phước Ninh, Dương Minh Châu, Tây Ninh: Điều chỉnh thu, chi ngân sách năm 2009\n\n10/08/2009\n\n"
            "HĐND xã đã tổ chức Kỳ họp thứ 12 để xem xét việc thực hiện NQ trong 6 tháng đầu năm và thống nhất nhiệm vụ "
            "những tháng cuối năm.")
BA_THUOC = ("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm, phương "
            "hướng nhiệm vụ 3 tháng cuối năm 2018\n\nI. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC")


def test_a_period_whose_carrying_out_is_considered_is_reviewed():
    # held-out yf-tay-ninh: read 2009 on main (the budget year its headline names in passing kept over the lead's half)
    assert _mention(TAY_NINH, "6 tháng đầu năm", 2009, 8).review
    assert _read(HELDOUT / "yf-tay-ninh-duong-minh-chau-xa-phuoc-ninh-hdnd-2009-h1" / "source.txt") == "2009-H1"
    # held-out zj-thanh-hoa: a title naming the months whose tasks' carrying out it reports
    assert _mention(BA_THUOC, "9 tháng đầu năm").review
    assert find_period(BA_THUOC).code == "2018-9T"


def test_the_plan_after_a_period_reviewed_stays_a_plan():
    # held-out h-hanoimoi-bct: the half whose tasks' carrying out is reviewed, then the next half's plan
    text = ("(HNM) - Ngày 9-7, Bộ Công Thương tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và "
            "triển khai kế hoạch 6 tháng cuối năm.")
    assert _mention(text, "6 tháng cuối năm", 2018, 7).plan
    assert find_period(text, 2018, 7).code == "2018-H1"


# -- the year so far runs to the month the text names as its count's end -------------------------------------------

QUANG_NAM = (" date 2024-04 Từ đầu năm đến nay, thời tiết trên biển thuận lợi cho các tàu đánh bắt hải sản ở các ngư "
             "trường; đối tượng khai thác chủ yếu như: cá đù, cá ngừ, cá nục, mực nang, cá thu, cá cơm, cá trích, cá hố, "
             "ghẹ…\n\nĐến cuối tháng 4, tổng sản lượng thủy sản khai thác trên địa bàn tỉnh ước đạt gần 35 nghìn tấn, "
             "tăng 330 tấn so với cùng kỳ năm ngoái")
LONG_DIEN = ("Theo báo cáo của UBND huyện, tính đến hết tháng 11, tổng doanh thu thương mại, dịch vụ trên địa bàn hơn "
             "12.200 tỷ đồng. An ninh chính trị, trật tự an toàn xã hội được đảm bảo. Từ đầu năm đến nay, toàn huyện đã "
             "giải quyết việc làm cho 8.193 lượt lao động")


def test_the_year_so_far_runs_to_the_month_named():
    # held-out yf-quang-nam: read 2024-Q1 on main (through March, the month before the page's date)
    assert _mention(QUANG_NAM, "Từ đầu năm đến nay", 2024, 4).period.code == "2024-4T"
    assert _read(HELDOUT / "yf-quang-nam-nganh-nong-nghiep-san-luong-thuy-san-2024-4t" / "source.txt") == "2024-4T"
    # held-out yc-ba-ria-vung-tau (a page of December 2020): through November, as its count says, not the whole year
    assert _mention(LONG_DIEN, "Từ đầu năm đến nay", 2020, 12).period.code == "2020-11T"


def test_the_year_so_far_alone_still_runs_to_the_month_before_the_date():
    # held-out yf-quang-nam's first sentence alone: no month named, the date's guess stands
    assert _mention(QUANG_NAM.split("\n\n")[0], "Từ đầu năm đến nay", 2024, 4).period.code == "2024-Q1"


# -- the year just ended ("Trong năm qua") dated by the date the text writes ------------------------------------------

TAM_THANG = ("Thanh Hóa: Nhiều địa phương tổ chức chúc thọ, mừng thọ người cao tuổi\nHoạt động hội địa phương 05/03/2026 "
             "22:38\n| Hội viên người cao tuổi biểu diễn văn nghệ mừng Đảng, mừng Xuân 2026. |\nTrong năm qua, Hội đã "
             "trển khai nhiều hoạt động thiết thực chăm lo đời sống vật chất, tinh thần cho hội viên")
TAN_YEN = ("Tân Yên kết nạp đảng viên đạt 104% kế hoạch\nNgày đăng: 05/01/2019\n\n Năm qua, Huyện ủy tập trung chỉ đạo "
           "việc bồi dưỡng kết nạp đảng viên ở những chi bộ có ít đảng viên")


def test_the_year_just_ended_on_a_page_dated_early_in_the_next():
    # held-out yg-tam-thang: read 2026 on main (the year of the stamp the text writes, "05/03/2026", as it stood)
    assert _mention(TAM_THANG, "năm qua").period.code == "2025"
    assert _read(HELDOUT / "yg-tam-thang-khu-pho-10-hoi-nguoi-cao-tuoi-2025" / "source.txt") == "2025"
    # c-tanyen: the text alone (its "Ngày đăng" read as the page's date gives 2018 either way)
    assert _mention(TAN_YEN, "Năm qua").period.code == "2018"


def test_the_year_just_ended_on_a_page_dated_late_in_it():
    # a sentence of my own making: written in November, "năm qua" is the year of the date
    text = "Hoạt động hội địa phương 20/11/2019 22:38\nTrong năm qua, Hội đã kết nạp 45 hội viên mới."
    assert _mention(text, "năm qua").period.code == "2019"
