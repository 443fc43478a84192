"""Figures loader round 15: an estimate beside the done-so-far, a row's own unit in a matrix titled with units, money
per a base, then agencies' own sheets built by hand from public pages, expected rows written before the loader was
run."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from service.figures.load import load_table

ROOT = Path(__file__).parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
DATA = ROOT / "evaluations" / "data" / "figures-round15"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def _by_label(t):
    return {f.chi_tieu: f for f in t}


# --- 1. an estimate to the period's end beside the value done so far ------------------------------------------------

def test_the_estimate_to_the_periods_end_is_the_value_and_the_done_so_far_a_row_of_its_own():
    # zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t: «tính đến tháng 9/2019 … trên 2.284 ha (122,2% KH) … ước thực hiện
    # đến hết tháng 9/2019 2.360 ha (126% KH)»; 'Ước thực hiện hết tháng 9' was set aside «cột không thuộc bảng số liệu»
    for period in ("2019-9T", None):
        t = load_table(HELDOUT / "zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t" / "figures.csv", period=period)
        rows = _by_label(t)
        assert (rows["Tổng diện tích trồng rừng mới"].ky_bao_cao, rows["Tổng diện tích trồng rừng mới"].don_vi_tinh) \
            == (D(2360), "ha")
        so_far = rows["Tổng diện tích trồng rừng mới: thực hiện đến thời điểm báo cáo"]
        assert (so_far.ky_bao_cao, so_far.don_vi_tinh) == (D(2284), "ha")
        # the parts state only the done-so-far: kept as such, no value of the period invented
        assert rows["Trong đó: trồng rừng sản xuất tập trung: thực hiện đến thời điểm báo cáo"].ky_bao_cao == D(2170)
        assert "Trong đó: trồng rừng sản xuất tập trung" not in rows
        assert _warned(t, "Ước thực hiện hết tháng 9", "ước thực hiện đến hết kỳ báo cáo")


def test_done_to_a_day_and_the_estimate_to_the_months_end(tmp_path):
    # a month's report written mid-month: «Thực hiện đến 15/11 | Ước thực hiện đến hết tháng 11»
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện đến 15/11,Ước thực hiện đến hết "
                                     "tháng 11\n1,Thu ngân sách,triệu đồng,1.000,400,520\n2,Tiêm chủng,trẻ,300,120,150\n")
    t = load_table(path, period="2024-11")
    rows = _by_label(t)
    assert (rows["Thu ngân sách"].ky_bao_cao, rows["Thu ngân sách"].ke_hoach) == (D(520 * 10**6), D(10**9))
    assert rows["Thu ngân sách: thực hiện đến 15/11"].ky_bao_cao == D(400 * 10**6)
    assert rows["Tiêm chủng: thực hiện đến 15/11"].ky_bao_cao == D(120)


def test_the_years_estimate_beside_the_half_is_its_outlook(tmp_path):
    # «Thực hiện 6 tháng | Ước TH năm» under the half: the estimate was dropped («số ước tính … bỏ qua cột này»), and
    # «Ước thực hiện năm 2024» alone made the file a year's («tệp là số liệu năm 2024 … kỳ được chọn là 2024-H1»)
    for title in ("Ước TH năm", "Ước thực hiện năm 2024", "Ước thực hiện cả năm"):
        path = _write(tmp_path, "a.csv", f"STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện 6 tháng,{title}\n"
                                         "1,Thu ngân sách,triệu đồng,1.000,400,980\n")
        t = load_table(path, period="2024-H1")
        rows = _by_label(t)
        assert rows["Thu ngân sách"].ky_bao_cao == D(400 * 10**6), title
        assert rows["Thu ngân sách (ước thực hiện năm 2024)"].ky_bao_cao == D(980 * 10**6), title


# --- 2. a matrix with units in its column titles, a row with a unit of its own --------------------------------------

def test_a_rows_own_unit_wins_over_the_matrix_columns_units():
    # zm-binh-phuoc-loc-ninh-xa-loc-dien-hdnd-ktxh-2017: «Thu nhập bình quân đầu người | triệu đồng/người/năm | 23,102»
    # under «Diện tích (ha) | Năng suất bình quân (tấn/ha)» was «…: diện tích» 23,102 ha
    t = load_table(HELDOUT / "zm-binh-phuoc-loc-ninh-xa-loc-dien-hdnd-ktxh-2017" / "figures.csv", period="2017")
    rows = _by_label(t)
    f = rows["Thu nhập bình quân đầu người"]
    assert f.ky_bao_cao == D(23_102_000) and f.don_vi_tinh.startswith("đồng")
    assert "Thu nhập bình quân đầu người: diện tích" not in rows
    # a row in the columns' own units keeps them: «ha» under «Năng suất (tấn/ha)» is a row of areas, its yield in t/ha
    assert (rows["Hồ tiêu đang cho thu hoạch: năng suất bình quân"].don_vi_tinh,
            rows["Hồ tiêu đang cho thu hoạch: diện tích"].don_vi_tinh) == ("tấn/ha", "ha")
    assert _warned(t, "triệu đồng/người/năm", "đơn vị của hàng")


# --- 4. a rate against last year beside a blank 'Cùng kỳ' ------------------------------------------------------------

def test_a_rate_beside_a_blank_last_year_is_a_row_the_checker_reads(tmp_path):
    # round 14's item 3, again now that the checker compares a rate row's value: «tăng 1,04%» in «So cùng kỳ (%)»
    # where «Năm 2023» is blank was set aside; a row whose last year is there keeps it and no rate row
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2023,Năm 2024,So cùng kỳ (%)\n"
                                     "1,Sản lượng điện,triệu kWh,,\"1.250\",\"tăng 1,04%\"\n"
                                     "2,Doanh thu,tỷ đồng,500,540,108\n3,Chi phí,tỷ đồng,,300,\"giảm 6,2%\"\n"
                                     "4,Lao động,người,,120,\"95,5\"\n")
    t = load_table(path, period="2024")
    rows = _by_label(t)
    assert (rows["Sản lượng điện: tốc độ tăng so với cùng kỳ"].ky_bao_cao,
            rows["Sản lượng điện: tốc độ tăng so với cùng kỳ"].don_vi_tinh) == (D("1.04"), "%")
    assert rows["Chi phí: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("-6.2")
    assert rows["Lao động: so với cùng kỳ"].ky_bao_cao == D("95.5")       # an index, last year = 100
    assert rows["Doanh thu"].cung_ky == D(500 * 10**9) and not any(f.ma == "2-TL" for f in t)
    assert _warned(t, "để trống ô 'Năm 2023'", "tốc độ tăng so với cùng kỳ")


def test_the_held_out_rates_beside_blank_bases():
    # zl-tp-ho-chi-minh-citenco (lợi nhuận sau thuế «giảm 6,3%»), zi-toan-quoc-petrolimex (doanh thu «bằng 130%»)
    rows = _by_label(load_table(HELDOUT / "zl-tp-ho-chi-minh-citenco-moi-truong-do-thi-2018" / "figures.csv",
                                period="2018"))
    assert rows["Lợi nhuận sau thuế: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("-6.3")
    rows = _by_label(load_table(HELDOUT / "zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1" / "figures.xlsx",
                                period="2017-Q1"))
    assert rows["Tổng doanh thu thuần hợp nhất: so với cùng kỳ"].ky_bao_cao == D(130)
