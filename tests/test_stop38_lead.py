"""The lead's rules of stop 38, from the working batch ``yd-*`` (in-sample from here): a column titled ``Trong đó:
kỳ trước chuyển sang`` is a part of the period's value, not the previous period's; the bare old value of a change
from … to takes the new value's unit; a number per a unit (``5,04 ngày/người``) is no total's; a counter line beside
a page's counters is furniture; a streak whose noun of time is left out (``05 liên tục``) is no count."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.checker import extract_numbers
from service.figures.load import load_table
from tests.sweep_tables import check_at, checks, csv_table

# yd-quang-tri-thanh-tra-tinh-thanh-tra-kinh-te-xa-hoi-2018-q3: an inspection form, total / of which carried over /
# opened in the quarter
_INSPECTIONS = ("STT,Nội dung,Đơn vị tính,Tổng số quý III/2018,Trong đó: kỳ trước chuyển sang,Triển khai mới trong kỳ\n"
                "1,Số cuộc thanh tra đang tiến hành,cuộc,27,15,12\n"
                "2,Số đơn vị được thanh tra,đơn vị,36,,\n")
_INSPECTIONS_TEXT = ("Toàn ngành đã triển khai 27 cuộc thanh tra kinh tế - xã hội tại 36 đơn vị (15 cuộc từ quý II chuyển "
                     "sang); đã kết thúc thanh tra trực tiếp.")


def test_a_column_of_which_carried_over_from_the_last_period_is_a_part_of_the_value(tmp_path):
    table = csv_table(tmp_path, _INSPECTIONS, "2018-Q3")
    rows = list(table.values()) if isinstance(table, dict) else list(table)
    whole = next(f for f in rows if f.chi_tieu == "Số cuộc thanh tra đang tiến hành")
    assert whole.ky_truoc is None, whole
    carried = next(f for f in rows if f.chi_tieu.endswith("kỳ trước chuyển sang"))
    assert carried.ky_bao_cao == 15 and carried.don_vi_tinh == "cuộc", carried
    c = check_at(checks(_INSPECTIONS_TEXT, table, "2018-Q3"), _INSPECTIONS_TEXT, "15 cuộc")
    assert c.verdict == "supported", (c.verdict, c.reason)
    wrong = _INSPECTIONS_TEXT.replace("(15 cuộc", "(16 cuộc")
    assert check_at(checks(wrong, table, "2018-Q3"), wrong, "16 cuộc").verdict == "unsupported"


# yd-tuyen-quang-na-hang-giai-quyet-viec-lam-dao-tao-nghe-2016 (the district's portal)
_POOR = ("STT,Chỉ tiêu,Đơn vị tính,Năm 2016\n"
         "1,Số lao động được giải quyết việc làm,lao động,1.216\n"
         "2,Tỷ lệ hộ nghèo toàn huyện thời điểm đầu năm 2016,%,\"50,08\"\n"
         "3,Tỷ lệ hộ nghèo toàn huyện cuối năm 2016,%,\"42,74\"\n")
_POOR_TEXT = ("Năm 2016, huyện giải quyết việc làm cho 1.216 lao động, nên đã góp phần giàm tỷ lệ hộ nghèo toàn huyện "
              "từ 50,08 ở thời điểm đầu năm xuống còn 42,74% vào cuối năm 2016.")


def test_the_bare_old_value_of_a_change_from_to_takes_the_new_values_unit(tmp_path):
    got = {m.raw: (m.kind, m.unit) for m in extract_numbers(_POOR_TEXT)}
    assert got["50,08"] == ("percent", "%")
    got = {m.raw: (m.kind, m.unit) for m in extract_numbers("diện tích lúa nhiễm bệnh giảm từ 12 xuống còn 8,5 ha")}
    assert got["12"] == ("measure", "ha")
    # an old value with its own noun keeps it; a count after a bare one gives it nothing
    got = {m.raw: (m.kind, m.unit) for m in extract_numbers("số hộ nghèo giảm từ 28 hộ xuống còn 23 hộ")}
    assert got["28"] == ("count", "hộ")
    table = csv_table(tmp_path, _POOR, "2016")
    c = check_at(checks(_POOR_TEXT, table, "2016"), _POOR_TEXT, "50,08")
    assert c.verdict == "supported", (c.verdict, c.reason)
    wrong = _POOR_TEXT.replace("từ 50,08", "từ 42,74")
    assert check_at(checks(wrong, table, "2016"), wrong, "42,74").verdict == "unsupported"


# yd-lam-dong-so-y-te-kham-chua-benh-5-thang-2017-5t (the province's health department): a total and its average
_HOSPITAL = ("STT,Chỉ tiêu,Đơn vị tính,5 tháng đầu năm 2017\n"
             "1,Số lượt khám bệnh,lượt,990.580\n"
             "2,Tổng số ngày điều trị nội trú,ngày,363.074\n"
             "3,Số ngày điều trị nội trú trung bình,ngày/người,\"5,04\"\n"
             "4,Thời gian nằm viện bình quân,ngày,\"6,2\"\n")
_HOSPITAL_TEXT = ("Tổng số ngày điều trị nội trú là 363.074 ngày, trung bình một bệnh nhân nằm viện điều trị nội trú "
                  "5,04 ngày/người.")


def test_a_number_per_a_unit_is_no_total(tmp_path):
    table = csv_table(tmp_path, _HOSPITAL, "2017-5T")
    got = checks(_HOSPITAL_TEXT, table, "2017-5T")
    assert check_at(got, _HOSPITAL_TEXT, "363.074").verdict == "supported"
    assert check_at(got, _HOSPITAL_TEXT, "5,04").verdict == "supported"
    swapped = _HOSPITAL_TEXT.replace("5,04 ngày/người", "363.074 ngày/người")
    c = check_at(checks(swapped, table, "2017-5T"), swapped, "363.074", nth=1)
    assert c.verdict == "unsupported", (c.verdict, c.reason)
    # a row that says it is an average, its unit written without the per, still gives it
    text = "Thời gian nằm viện bình quân 6,2 ngày/người."
    assert check_at(checks(text, table, "2017-5T"), text, "6,2").verdict == "supported"


def test_a_counter_line_beside_a_pages_counters_is_furniture():
    # yd-tay-ninh-ban-an-toan-giao-thong-tai-nan-quy-1-2014-q1: the portal's header lines
    text = ("- 27/03/2014 12:00:00 AM\n- Đã xem: 290\n- Phản hồi: 0\nTình hình trật tự An toàn giao thông Quí I "
            "năm 2014 cơ bản ổn định.")
    got = {m.raw: m.kind for m in extract_numbers(text)}
    assert got["290"] == "furniture" and got["0"] == "furniture"
    # a list of the period's counts, no counter beside it, stays figures
    text = "Kết quả:\n- Số vụ: 5\n- Số người chết: 3\n"
    assert {m.raw: m.kind for m in extract_numbers(text)} == {"5": "count", "3": "count"}


def test_a_streak_whose_noun_of_time_is_left_out_is_no_count():
    # yd-thua-thien-hue-phu-vang-van-hoa-thong-tin-the-thao-2022 (``05 năm liên tục`` typed without ``năm``)
    text = "27 đơn vị được Chủ tịch UBND huyện tặng giấy khen có thành tích 05 liên tục đạt danh hiệu khu dân cư văn hóa."
    got = {m.raw: m.kind for m in extract_numbers(text)}
    assert got["05"] == "period" and got["27"] == "count"


def test_a_unit_written_as_a_symbol_of_measurement_keeps_decimals(tmp_path):
    # yd-toan-quoc-bo-tttt-doanh-thu-buu-chinh-vien-thong-2023-11: the ministry's broadband speeds had been refused
    text = ("STT,Chỉ tiêu,Đơn vị tính,Ước thực hiện tháng 11/2023\n"
            "1,Tốc độ băng rộng cố định (speedtest),Mbps,\"104,08\"\n"
            "2,Điện thương phẩm,triệu kWh,\"1.250,5\"\n"
            "3,Số hợp tác xã,HTX,12\n")
    rows = {f.chi_tieu: f for f in (lambda t: list(t.values()) if isinstance(t, dict) else list(t))(
        csv_table(tmp_path, text, "2023-11"))}
    assert rows["Tốc độ băng rộng cố định (speedtest)"].ky_bao_cao == Decimal("104.08")
    # a counted noun's abbreviation in capitals is still counted in whole numbers
    bad = text.replace(",HTX,12", ",HTX,\"12,5\"")
    path = tmp_path / "bad.csv"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(Exception) as err:
        load_table(path, period="2023-11")
    assert "12,5" in str(err.value)


def test_a_quota_the_table_keeps_as_a_rows_plan_is_checked_against_it(tmp_path):
    # g-datdo-hmtn-2020: the Red Cross's quota of blood units kept as the plan of the units collected
    text = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch\nHM-01,Số người tham gia hiến máu,người,400,\n" \
           "HM-02,Số đơn vị máu thu được,đơn vị máu,374,1.150\n"
    table = csv_table(tmp_path, text, "2020")
    page = ("400 người đã tham gia hiến máu. Kết quả thu được 374 đơn vị máu. Được biết, năm 2020, Hội Chữ thập đỏ "
            "huyện được giao chỉ tiêu vận động hiến 1.150 đơn vị máu.")
    assert check_at(checks(page, table, "2020"), page, "1.150").verdict in ("supported", "derived")
    wrong = page.replace("1.150", "7.150")
    assert check_at(checks(wrong, table, "2020"), wrong, "7.150").verdict == "unsupported"


# after the final batch's measure (ye-*, in-sample from here)
def test_numbers_said_of_the_same_period_of_earlier_years_named_after_them(tmp_path):
    # ye-toan-quoc-tong-cuc-thong-ke-kinh-te-xa-hoi-2022: the statistics office's year
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Năm 2022\n"
                                "1,Tốc độ tăng GDP quý IV so với cùng kỳ năm trước,%,\"5,92\"\n", "2022")
    text = ("GDP quý IV/2022 ước tính tăng 5,92% so với cùng kỳ năm trước, tuy cao hơn tốc độ tăng 4,7% và 5,17% của "
            "cùng kỳ năm 2020 và 2021 nhưng thấp hơn tốc độ tăng của quý IV các năm 2011-2019.")
    got = checks(text, table, "2022")
    for needle, year in (("4,7%", "2020"), ("5,17%", "2021")):
        c = check_at(got, text, needle)
        assert c.verdict == "not_a_figure" and year in c.derivation, (needle, c.verdict, c.derivation)
    assert check_at(got, text, "5,92%").verdict == "supported"
    # this period's rate written there is still checked
    wrong = text.replace("tăng 5,92%", "tăng 5,29%")
    assert check_at(checks(wrong, table, "2022"), wrong, "5,29%").verdict == "unsupported"


def test_the_days_of_an_event_counted_then_named_are_no_count():
    # ye-thai-nguyen-dong-hy-hoi-nong-dan-nhiem-ky-2018-2023 (Báo Thái Nguyên)
    text = "Trong hai ngày 1 và 2-6, Hội Nông dân huyện Đồng Hỷ tổ chức Đại hội lần thứ XII, nhiệm kỳ 2023-2028."
    assert {m.raw: m.kind for m in extract_numbers(text)}["hai"] == "period"
    text = "Trong 2 ngày 15 và 16/3, đoàn công tác đã kiểm tra 12 cơ sở."
    got = {m.raw: m.kind for m in extract_numbers(text)}
    assert got["2"] == "period" and got["12"] == "count"
