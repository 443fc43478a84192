"""The lead's rules of stop 36: what the working batches left — a part of the report's period said on its own (the
month of a nine months' report, its change against the same month a year ago) is no figure the period's table holds,
and a place's number after a date (``2023-07 Tổ dân phố 15``) is a name, not a count."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table

# zw-toan-quoc-tai-nan-giao-thong-bon-linh-vuc-2019-9t: the nine months, then "only September"
_NINE = ("STT,Chỉ tiêu,ĐVT,9 tháng năm 2019,Cùng kỳ năm 2018\n"
         "1,Số vụ tai nạn giao thông đường bộ,vụ,12.500,13.054\n2,Số người chết,người,5.500,5.856\n"
         "3,Số người bị thương,người,4.200,4.400\n")
_NINE_TEXT = ("Chín tháng năm 2019, toàn quốc xảy ra 12.500 vụ tai nạn giao thông đường bộ, làm chết 5.500 người, "
              "bị thương 4.200 người. “Chỉ tính riêng trong tháng 9, toàn quốc xảy ra trên 1.300 vụ, làm chết trên "
              "560 người và làm bị thương trên 1.000 người. So với tháng cùng kỳ năm 2018 giảm 116 vụ, giảm 83 người "
              "chết, giảm 87 người bị thương” - ông Thái cho biết.")


def test_the_month_of_a_nine_months_report_is_no_figure_of_the_period(tmp_path):
    table = csv_table(tmp_path, _NINE, "2019-9T")
    got = checks(_NINE_TEXT, table, "2019-9T")
    for needle in ("1.300", "560", "1.000"):
        c = check_at(got, _NINE_TEXT, needle)
        assert (c.verdict, c.kind) == ("not_a_figure", "other-period"), (needle, c.verdict, c.reason)
    for needle in ("116", "83", "87"):   # the month's change: unproved, never passed as the period's
        c = check_at(got, _NINE_TEXT, needle)
        assert c.verdict == "unverified" and c.needs_review, (needle, c.verdict)
    for needle in ("12.500", "5.500", "4.200"):
        assert check_at(got, _NINE_TEXT, needle).verdict == "supported"
    wrong = _NINE_TEXT.replace("làm chết 5.500", "làm chết 5.600")   # the period's own figure stays checked
    assert check_at(checks(wrong, table, "2019-9T"), wrong, "5.600").verdict == "unsupported"


def test_a_month_the_table_keeps_is_checked_as_any_row(tmp_path):
    kept = _NINE + "4,Số vụ tai nạn giao thông trong tháng 9,vụ,1.300,\n"
    table = csv_table(tmp_path, kept, "2019-9T")
    wrong = _NINE_TEXT.replace("trên 1.300 vụ", "trên 1.400 vụ")
    assert check_at(checks(wrong, table, "2019-9T"), wrong, "1.400").verdict == "unsupported"


# zw-gia-lai-an-khe-phong-van-hoa-thong-tin-gia-dinh-van-hoa-2022: a page's date line runs into the next item's name
_PLACE_TEXT = ("date 2023-07 Tổ dân phố 15 (phường An Phú) là một trong những điểm sáng trong công tác xây dựng thôn, "
               "làng, tổ dân phố văn hóa.")


def test_a_place_number_after_a_date_is_a_name(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2022\n1,Số gia đình văn hóa,hộ,15.307\n", "2022")
    c = check_at(checks(_PLACE_TEXT, table, "2022"), _PLACE_TEXT, "15 (")
    assert (c.verdict, c.kind) == ("not_a_figure", "address"), (c.verdict, c.kind)
