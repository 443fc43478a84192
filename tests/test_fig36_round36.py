"""Round 36 of the figures loader: a plan for a later month beside the period's results, a month written short
(``T4/2020``, ``4T/2020``) in a column title (evaluations/figures-round36.md; sheets in evaluations/data/figures-round36/)."""
from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.columns import plan_after
from service.figures.load import load_table
from service.figures.schema import title_period
from service.periods import Period

R36 = Path(__file__).resolve().parent.parent / "evaluations" / "data" / "figures-round36"


def _table(name, period):
    t = load_table(R36 / name, period=period)
    return {x.ma: x for x in t}, [w.message for w in t.warnings]


# (1) a plan for a period after the reporting period is the next period's: TKV 8 tháng 2017 beside «Kế hoạch tháng
# 9/2017» (baotintuc), Than Núi Béo's 2018 beside «Kế hoạch năm 2019» (tapchicongthuong)
def test_next_month_plan_is_not_the_periods_plan():
    rows, warns = _table("e04-tkv-san-xuat-than-8-thang-2017.csv", "2017-8T")
    assert rows["1"].ky_bao_cao == Decimal("24580000") and rows["1"].ke_hoach is None
    assert rows["1-2"].ky_bao_cao == Decimal("68.3") and rows["1-2"].don_vi_tinh == "%"   # «so KH năm» kept
    assert rows["1.1-2"].ky_bao_cao == Decimal(65)
    assert "2" not in rows   # «Than tiêu thụ» states only next month's plan: not a value of the eight months
    assert any("số liệu của kỳ khác (2017-09)" in w for w in warns)
    assert not any("mà nó là một phần" in w for w in warns)   # no part compared with next month's plan


def test_next_year_plan_set_aside_as_before():
    rows, warns = _table("e03-than-nui-beo-2018.xlsx", "2018")
    assert rows["3"].ky_bao_cao == Decimal(918000) and rows["3"].ke_hoach is None
    assert any("số liệu của kỳ khác (2019)" in w for w in warns)


def test_plan_after_grammar():
    eight = Period(2017, "ytd", 8)
    assert plan_after(Period(2017, "month", 9), eight)           # Kế hoạch tháng 9/2017
    assert plan_after(Period(2017, "quarter", 4), eight)         # Kế hoạch quý IV/2017
    assert plan_after(Period(2018, "year"), Period(2017, "year"))
    # negatives: the year holding the period, the period itself, a quarter holding the month, an earlier month
    assert not plan_after(Period(2017, "year"), eight)
    assert not plan_after(Period(2017, "ytd", 8), eight)
    assert not plan_after(Period(2017, "quarter", 3), Period(2017, "month", 8))
    assert not plan_after(Period(2017, "month", 8), eight)
    assert not plan_after(Period(2016, 'term', 4), Period(2017, "year"))


def _sheet(tmp_path, header, rows):
    f = tmp_path / "t.csv"
    f.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    return f


def test_year_plan_beside_months_still_the_plan(tmp_path):
    # negative: «Kế hoạch năm 2017» beside «Thực hiện 8 tháng 2017» is the year's plan the rate is of
    f = _sheet(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Thực hiện 8 tháng 2017,Kế hoạch năm 2017",
               ['1,Than sản xuất (nguyên khai),triệu tấn,"24,58",36'])
    t = load_table(f, period="2017-8T")
    assert [(x.ky_bao_cao, x.ke_hoach) for x in t] == [(Decimal("24580000"), Decimal("36000000"))]


def test_same_month_plan_still_the_plan(tmp_path):
    f = _sheet(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 8/2017,Kế hoạch tháng 8/2017",
               ['1,Than sản xuất,triệu tấn,"3,1",3'])
    t = load_table(f, period="2017-08")
    assert [(x.ky_bao_cao, x.ke_hoach) for x in t] == [(Decimal("3100000"), Decimal("3000000"))]


# (2) a month written short: vinanet's «T4/2020 | 4T/2020» (e09), the forecast centre's «Ước tính T6/2017» (sweep s15)
@pytest.mark.parametrize("title,code", [("T4/2020", "2020-04"), ("Ước tính T6/2017", "2017-06"),
                                        ("Dự báo T5/2017", "2017-05"), ("4T/2020", "2020-4T"),
                                        ("T4/2020 Lượng (Tấn)", "2020-04"), ("6T/2020", "2020-H1")])
def test_month_written_short(title, code):
    assert title_period(title).code == code


@pytest.mark.parametrize("title", ["ĐT4/2020", "KT4/2020", "T13/2020", "T4", "2022/2023", "Niên vụ 2020/2021",
                                   "QĐ 4/2020", "Thông tư 4/2020/TT-BTC"])
def test_not_a_month_written_short(title):
    p = title_period(title)
    assert p is None or p.kind != "month"


def test_market_table_with_short_months_loads():
    rows, warns = _table("e09-vinanet-hat-dieu-thi-truong-2020-04.xlsx", "2020-04")
    by_label = {x.chi_tieu: x for x in rows.values()}
    assert by_label["Hoa Kỳ"].ky_bao_cao == Decimal(17523) and by_label["Hoa Kỳ"].don_vi_tinh == "tấn"
    assert by_label["Hoa Kỳ: trị giá"].ky_bao_cao == Decimal(115433)
    assert by_label["Trung Quốc (từ đầu năm)"].ky_bao_cao == Decimal(10718)
