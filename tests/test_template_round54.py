"""Issue 14, round 54 (stop 51's final batch xe-*, in-sample): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _values(tpl):
    return [r.value for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# --- a number in brackets after `so với tháng …` (lastmonth.py) ------------------------------------------------------

# xe-vinh-long-ban-quan-ly-cac-kcn-san-xuat-kinh-doanh-2018-11
VINH_LONG_HEAD = "Tình hình sản xuất kinh doanh tại các khu công nghiệp tháng 11 năm 2018"
VINH_LONG = ("* Về giá trị sản xuất công nghiệp: (theo giá so sánh năm 2010): 1.156,15 tỷ đồng, tăng 17,51% so với "
             "tháng 10/2018 (983,91 tỷ đồng); lũy kế đến nay là 11.021,38 tỷ đồng, giảm 0,05% so với cùng kỳ năm 2017 "
             "(11.026,54 tỷ đồng); đạt 87,47% so với kế hoạch năm 2018 (12.600 tỷ đồng).")
VINH_LONG_TAX = ("* Nộp Thuế: 21,90 tỷ đồng, tăng 82,67% so với tháng 10/2018 (11,99 tỷ đồng); lũy kế đến nay là "
                 "170,40 tỷ đồng, giảm 7,79% so với  cùng kỳ năm 2017 (184,79 tỷ đồng).")
# t23-vtcnews-oto-2025-08
OTO = ("Doanh số toàn thị trường tháng 8 đạt 25.973 xe, giảm mạnh so với tháng trước (31.739). Trong đó, xe du lịch, "
       "phân khúc chủ lực của thị trường, chịu ảnh hưởng nặng nề nhất với mức giảm 22%, chỉ đạt 17.304 xe.")


def test_last_months_value_in_brackets_is_the_rows_base_not_a_row(tmp_path):
    tpl = template(tmp_path, VINH_LONG_HEAD, VINH_LONG, VINH_LONG_TAX)
    values = _values(tpl)
    assert Decimal("983910000000") not in values and Decimal("11990000000") not in values
    for this, last in (("1156150000000", "983910000000"), ("21900000000", "11990000000")):
        assert Decimal(last) in [d.value for d in _row(tpl, this).derived]   # the row's value last month
    # the figures of the period stay rows
    assert Decimal("11021380000000") in values and Decimal("170400000000") in values


def test_tháng_trước_bracket_without_unit(tmp_path):
    tpl = template(tmp_path, "Thị trường ô tô tháng 8 năm 2025", OTO)
    values = _values(tpl)
    assert Decimal(31739) not in values
    assert _row(tpl, 25973).base == Decimal(31739)
    assert Decimal(17304) in values


def test_a_later_month_or_a_change_in_the_bracket_stays(tmp_path):
    # negatives: a month after the report's is no earlier value; a bracket stating a change is not last month's value
    later = ("Giá trị sản xuất công nghiệp đạt 1.156,15 tỷ đồng, bằng 90% so với tháng 12/2018 (1.284,6 tỷ đồng) "
             "theo kế hoạch.")
    tpl = template(tmp_path, VINH_LONG_HEAD, later)
    assert _row(tpl, "1156150000000").base != Decimal("1284600000000")
    # t-page wording (evaluations/sweep/pages): `so với tháng trước (tăng 13,2%)` — a change, left to the others
    from service.onboarding.lastmonth import _LAST_MONTH_OPEN
    assert _LAST_MONTH_OPEN.search("giảm so với tháng trước (tăng ") is None
    assert _LAST_MONTH_OPEN.search("so với tháng 10/2018 (") is not None


# --- age groups after a `U<n>` code (undergroups.py) -----------------------------------------------------------------

# xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04
CO_VUA = ("Đội tuyển Việt Nam tham gia giải với 82 kỳ thủ tham dự đủ các nhóm tuổi của giải gồm U8, 10, 12, 14 16 và "
          "18 nam và nữ, trong đó tỉnh BR-VTcó 3 vận động viên là Nghiêm Thảo Tâm (U16 nữ), Bùi Đức Huy (U16 nam), "
          "Nguyễn Thanh Thủy (U8 nữ).")
# p38-sggp-taekwondo-tre-2024-08
TAEKWONDO = ("Ngoài ra, các võ sỹ có 3 HCV đối kháng nhóm tuổi U12, 5 HCV đối kháng nhóm tuổi 12-14 cùng các HCV trong "
             "một số nội dung đối kháng đồng đội của nam, nữ.")


def test_groups_listed_after_a_u_code_are_no_rows(tmp_path):
    tpl = template(tmp_path, "Kết quả giải cờ vua trẻ châu Á tháng 4 năm 2018", CO_VUA)
    assert _values(tpl) == [Decimal(82), Decimal(3)]


def test_a_count_after_a_u_code_keeps_its_row(tmp_path):
    tpl = template(tmp_path, "Kết quả giải taekwondo trẻ tháng 8 năm 2024", TAEKWONDO)
    assert _values(tpl) == [Decimal(3), Decimal(5)]      # `5 HCV` after `U12,`: its own noun, a count
