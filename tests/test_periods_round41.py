"""Round 41 of the period reader: an edition's years in brackets after its number (service/periods/editions.py) and a
holiday named by its day as the time of its clause (service/periods/holiday_day.py), on real quotes, with negatives."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"


def _code(p):
    return getattr(p, "code", p) if p else None


def _read(path):
    return _code(parse_report(path).period)


# held-out xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019 (coded 2018-2019): its lead
CONTEST = ("Tối 2-7, tại Nhà hát lớn Hà Nội, Liên hiệp các hội Khoa học và Kỹ thuật (KH-KT) Việt Nam đã tổ chức lễ tổng "
           "kết, trao giải Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 15 (2018-2019) và phát động Hội thi lần thứ 16 "
           "(2020-2021).")

# sweep p41-binhthuan-hoithi-stkt-2016-2017 (labelled 2016-2017): the same grammar, "năm" inside the brackets
BINH_THUAN = ("Sáng ngày 16/10/2017, tại Trung tâm hội nghị tỉnh, Ban Tổ chức hội thi sáng tạo kỹ thuật tỉnh Bình Thuận "
              "đã tổ chức tổng kết, trao giải hội thi sáng tạo kỹ thuật lần thứ VII (năm 2016 - 2017) và phát động hội "
              "thi lần thứ VIII (năm 2018 - 2019).")

# kontumtv.vn "Tổng kết Hội thi sáng tạo kỹ thuật ..." (pages corpus): an edition ahead, in a plan's words
KON_TUM = ("Trên cơ sở đánh giá những ưu điểm cũng như những hạn chế tồn tại của Hội thi và Cuộc thi lần này, Ban tổ chức "
           "đã thảo luận Kế hoạch triển khai các hoạt động Hội thi sáng tạo kỹ thuật lần thứ X (2022-2023) và Cuộc thi "
           "sáng tạo Thanh thiếu niên – Nhi đồng tỉnh lần thứ XIV (2021-2022).")


def _editions(text):
    return [(m.period.code, m.plan) for m in find_mentions(text) if m.recogniser == "edition"]


def test_an_edition_years_in_brackets_are_its_term():
    assert _editions(CONTEST) == [("2018-2019", False), ("2020-2021", True)]    # the next one launched: a plan
    assert _code(find_period(CONTEST)) == "2018-2019"                           # was None
    assert _editions(BINH_THUAN) == [("2016-2017", False), ("2018-2019", True)]
    assert _code(find_period(BINH_THUAN)) == "2016-2017"                        # was 2017 (the dateline's year)


def test_the_pages_read_their_edition():
    assert _read(HELD / "xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019" / "source.txt") == "2018-2019"
    assert _read(PAGES / "p41-baoangiang-hoithi-stkt-2018-2019.txt") == "2018-2019"     # "lần XI (2018-2019)"
    assert _read(PAGES / "p41-binhthuan-hoithi-stkt-2016-2017.txt") == "2016-2017"


def test_an_edition_ahead_in_a_plan_is_a_plan():
    assert _editions(KON_TUM) == [("2022-2023", True), ("2021-2022", True)]   # both in the plan's clause


# sweep pages: congresses whose term is written "(nhiệm kỳ ...)" are the term recogniser's, never an edition's
CONGRESSES = ["Hội Khuyến học (KH) tỉnh tổ chức Đại hội đại biểu lần thứ V (nhiệm kỳ 2017-2022).",
              "Đà Vị, huyện Na Hang đã tổ chức Đại hội đại biểu Đảng bộ xã lần thứ XVII (nhiệm kỳ 2020-2025)."]


def test_a_congress_term_is_no_edition():
    for text in CONGRESSES:
        assert not _editions(text)
        assert [m.recogniser for m in find_mentions(text)] == ["term"]
    assert not _editions("Đại hội lần thứ V (2015-2020)")          # (a boundary, made up) five years apart: no edition's


# held-out xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04 (coded 2024-04): its lead, as stored
TOURISM = (" date 2024-05 Trong kỳ nghỉ lễ 30-4, 1-5 (từ 27-4 đến 1-5), ngành du lịch ước phục vụ khoảng 8 triệu lượt "
           "khách, tăng 14,2% so với cùng kỳ năm 2023, trong đó có khoảng 3,6 triệu lượt khách có lưu trú.")

# held-out yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04 (coded 2025-04): its lead
PROVINCES = (" date 2025-05 Hai ngày đầu kỳ nghỉ lễ 30/4, nhiều tỉnh thành ghi nhận lượng khách tăng gần 150% so với "
             "cùng kỳ năm ngoái, doanh thu cũng tăng cao.")

# sweep p24-danviet-nghile-3041-2024-none (labelled None: the holiday talked about, no time of its figures)
DAN_VIET = (" date 2024-05 Kỳ\n\nnghỉ lễ 30/4-1/5 năm nay đã kéo dài tới 5 ngày, người dân thoải mái nghỉ ngơi, đi du "
            "lịch cùng gia đình và bạn bè.")


def _holidays(text, *date):
    return [(m.period.code, m.passing) for m in find_mentions(text, *date) if m.recogniser == "holiday-day"]


def test_a_holiday_named_by_its_day_is_its_month_in_passing():
    assert _holidays(TOURISM) == [("2024-04", True)]          # the year after the comparison's
    assert _code(find_period(TOURISM)) == "2024-04"            # was None (a same period's year alone)
    assert _holidays(PROVINCES, 2025, 5) == [("2025-04", True)]     # the page's date lends the year


def test_the_holiday_pages_read_their_month():
    assert _read(HELD / "xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04" / "source.txt") == "2024-04"
    assert _read(HELD / "yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04" / "source.txt") == "2025-04"
    assert _read(PAGES / "p19-tienphong-bengiapbat-2022-04.txt") == "2022-04"        # "dịp nghỉ lễ 30/4 và 1/5"


def test_a_holiday_talked_about_or_dated_is_no_holiday_day():
    assert not _holidays(DAN_VIET, 2024, 5)
    assert _read(PAGES / "p24-danviet-nghile-3041-2024-none.txt") is None
    assert _read(PAGES / "p36-moitruong-thanhhoa-le304-none.txt") is None      # no year written anywhere
    assert _read(PAGES / "p36-dkn-nghile-304-none.txt") is None
