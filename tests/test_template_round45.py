"""Issue 14, round 45 (a pasted table's comparison columns kept as derivations, ratecells.py): tables as pasted."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.pasted import table_rows

# ys-thua-thien-hue-phu-xuan-ubnd-xa-kinh-te-xa-hoi-2021-9t (one cell a line, as the page gives it)
PHU_XUAN = ("Các chỉ tiêu chủ yếu\n\n \n\n"
            "TT\n\nChỉ số\n\nĐơn vị tính\n\nKế hoạch năm 2021\n\nTH\n\n9 tháng năm 2021\n\nƯớc TH năm 2021\n\n"
            "So sánh (%)\n\n9 tháng/ KH năm 2021\n\nƯớc TH năm 2021\n\n"
            "1\n\nGiá trị sản xuất thực tế\n\nTỷ đồng\n\n493,7\n\n461,1\n\n419,1\n\n93\n\n105\n\n \n\n"
            "- Nông, lâm, ngư nghiệp\n\nTỷ đồng\n\n194,2\n\n157,5\n\n166,2\n\n81,1\n\n85,6\n\n \n\n"
            "- TTCN, ngành nghề và xây dựng\n\nTỷ đồng\n\n157,6\n\n157,7\n\n180,3\n\n100,1\n\n114,4\n\n \n\n"
            "4\n\nTổng thu nhập bình quân đầu người\n\nTriệu đồng\n\n50\n\n-\n\n48,9\n\n-\n\n97,8\n\n"
            "5\n\nTổng vốn đầu tư xã hội tăng thêm\n\nTỷ đồng\n\n60\n\n59,2\n\n61,9\n\n98,7\n\n103\n\n")
# zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05
HUE_LUU_TRU = ("Hoạt động kinh doanh lưu trú và du lịch lữ hành tháng 5 năm 2024\n  \n\n \n\nĐơn\nvị\ntính\n\n"
               "Thực hiện\ntháng 4 năm 2024\n\nƯớc tính\ntháng 5 năm 2024\n\nLũy kế 5 tháng năm 2024\n\n"
               "Tháng 5 năm 2024 so với tháng 5 năm 2022\n(%)\n\nLũy kế 5 tháng năm 2024 so với năm trước (%)\n\n"
               "I. Dịch vụ lưu trú\n\n1. Tổng lượt khách phục vụ\n\nNghìn\nLượt khách\n\n169,8\n\n172,9\n\n805,4\n\n"
               "121,5\n\n120,5\n\n1.1. Lượt khách ngủ qua đêm\n\n\"\n\n136,2\n\n138,0\n\n643,1\n\n120,9\n\n122,3\n\n"
               "- Khách quốc tế\n\n\"\n\n64,9\n\n61,1\n\n316,2\n\n156,0\n\n136,0\n\n- Khách trong nước\n\n\"\n\n"
               "71,3\n\n76,8\n\n326,9\n\n102,5\n\n111,4\n\n")


def _rates(rows, value):
    row = next(r for r in rows if r.value == Decimal(value))
    return [d.value for d in row.derived]


def test_a_plan_tables_comparison_columns_are_its_rows_derivations():
    rows, _ = table_rows(PHU_XUAN, "")
    assert Decimal("461100000000") in [r.value for r in rows]          # the rows are the loader's, as before
    assert _rates(rows, "461100000000") == [Decimal("93"), Decimal("105")]
    assert _rates(rows, "157500000000") == [Decimal("81.1"), Decimal("85.6")]
    assert _rates(rows, "419100000000") == []                           # the estimate's row of the same line: none
    assert not [r for r in rows if r.unit == "%"]                       # no rate made a row


def test_the_derivations_name_their_column():
    rows, _ = table_rows(PHU_XUAN, "")
    row = next(r for r in rows if r.value == Decimal("59200000000"))
    assert [d.value for d in row.derived] == [Decimal("98.7"), Decimal("103")]
    assert "9 tháng/ KH năm 2021" in row.derived[0].how and "Tổng vốn đầu tư" in row.derived[0].quote


def test_a_months_table_keeps_its_rates_against_last_year_as_derivations():
    rows, _ = table_rows(HUE_LUU_TRU, "Hoạt động kinh doanh lưu trú và du lịch lữ hành tháng 5 năm 2024")
    values = sorted(r.value for r in rows)
    assert Decimal("172900") in values and not [r for r in rows if r.unit == "%"]
    assert _rates(rows, "172900") == [Decimal("121.5"), Decimal("120.5")]    # on May's row (the period's)
    assert _rates(rows, "61100") == [Decimal("156.0"), Decimal("136.0")]
    assert _rates(rows, "805400") == []                                     # the running total's: none


def test_counter_a_list_of_dates_or_phone_numbers_is_no_table():
    dates = "Lịch tiếp công dân:\n\n05/01/2024\n\n15/01/2024\n\n05/02/2024\n\n15/02/2024\n\n05/03/2024\n\n"
    phones = "Đường dây nóng:\n\n0234 3822 111\n\n0234 3823 222\n\n0234 3824 333\n\n0914 123 456\n\n"
    assert table_rows(dates, "")[0] == [] and table_rows(phones, "")[0] == []
