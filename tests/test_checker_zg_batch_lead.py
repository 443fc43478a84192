"""The lead's rules from stop 27's second working batch (``zg-*``), each with the sentence that showed it."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.perbase import rate_base
from service.figures.load import load_table

# zg-vinh-long-tra-on-xa-tra-con-van-hoa-2018-07: one line a paragraph, and one sentence wrapped after a comma
TRA_CON = ("Tính đến nay, toàn xã có 2.718/2.974 hộ đăng ký, chiếm 91,39% (có 256 hộ đi làm ăn xa); kết quả có "
           "2.590/2.974 hộ gia đình đạt tiêu chuẩn văn hóa,\nchiếm 87,09%, trong đó hộ đạt chuẩn văn hóa 3 năm liền trở "
           "lên 2.390 hộ (chiếm 80,36%), 2.706 hộ sức khỏe (chiếm 99,55%), 2.506 hộ đạt xanh- sạch- đẹp (chiếm "
           "92,2%).\nToàn xã có 138/146 tổ nhân dân tự quản văn hóa (chiếm 95%).")

SHEET = ("STT,Nội dung,Đơn vị,Số thực hiện,Tổng số,Tỷ lệ (%)\n"
         "1,Hộ đăng ký gia đình văn hóa,hộ,2.718,2.974,\"91,39\"\n"
         ",Hộ đi làm ăn xa (không đăng ký),hộ,256,,\n"
         "2,Hộ đạt tiêu chuẩn gia đình văn hóa,hộ,2.590,2.974,\"87,09\"\n"
         ",Trong đó: đạt chuẩn 3 năm liền trở lên,hộ,2.390,2.974,\"80,36\"\n"
         "3,Hộ sức khỏe,hộ,2.706,,\"99,55\"\n4,Hộ xanh - sạch - đẹp,hộ,2.506,,\"92,2\"\n"
         "5,Tổ nhân dân tự quản văn hóa,tổ,138,146,95\n")


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "tra-con.csv"
    path.write_text(SHEET, encoding="utf-8")
    return load_table(path)


def test_a_hard_wrapped_share_is_the_share_of_the_count_before_the_wrap(table):
    got = {n.text: n for n in check_text(TRA_CON, table).numbers}
    assert got["87,09%"].verdict == "derived", got["87,09%"].reason


def test_a_share_of_the_row_it_follows_is_no_share_of_another_rows_plan(table):
    got = {n.text: n for n in check_text(TRA_CON, table).numbers}
    for share in ("99,55%", "92,2%"):
        assert got[share].verdict != "unsupported" or "kế hoạch của" not in (got[share].reason or ""), share
    assert not [n for n in check_text(TRA_CON, table).numbers if n.verdict == "unsupported"]


@pytest.mark.parametrize("text, value, base", [
    ("Tỷ số giới tính khi sinh là 135 nam/100 nữ", 100, True),           # zg-quang-ngai-son-tinh-dan-so-2015
    ("đạt 4,5 bác sĩ/10.000 dân", 10_000, True),
    ("có 8/100 hộ nghèo", 100, False),                                  # a fraction of a count, no rate's base
    ("Tỷ số giới tính khi sinh là 135 nam/101 nữ", 101, False),
    ("tiếp công dân với tổng số 198 lượt/221 người/100 vụ việc", 100, False),   # a list of counts (real a-*)
])
def test_the_base_of_a_rate_written_as_a_fraction(text, value, base):
    start = text.rindex(str(value) if value < 1000 else f"{value:,}".replace(",", "."))
    assert rate_base(text, start, value) is base


def test_the_base_of_a_rate_is_no_figure(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text("STT,Chỉ tiêu,ĐVT,Năm 2015\n1,Tỷ số giới tính khi sinh,số bé trai/100 bé gái,135\n",
                    encoding="utf-8")
    got = {n.text: n.verdict for n in check_text("Tỷ số giới tính khi sinh là 135 nam/100 nữ.", load_table(path)).numbers}
    assert got == {"135": "supported", "100": "not_a_figure"}
