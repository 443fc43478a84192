"""Caught round 10 (helper caught10, issue 13): in a chain of rates after one value (``<value>, tăng X% so với cùng
kỳ, đạt Y% kế hoạch``) the plan's share is the value's, not the rate of change's before it
(evaluations/sweep/caught-round10.md, ``service/checker/ratechain.py``).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from service.checker.check import check_text
from service.figures.load import load_table

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "evaluations" / "sweep" / "caught10"

# zl Thủy điện miền Trung, 9 months of 2022, as a clerk keeps it: the value, its plan, its rate as a row of its own
ZL_TABLE = """CÔNG TY CỔ PHẦN THỦY ĐIỆN MIỀN TRUNG,,,,,
KẾT QUẢ SẢN XUẤT KINH DOANH 9 THÁNG NĂM 2022,,,,,
STT,Chỉ tiêu,Đơn vị tính,9 tháng năm 2022,Kế hoạch năm 2022,Ghi chú
1,Sản lượng điện thương phẩm,triệu kWh,"561,4","652,8",
2,Sản lượng điện thương phẩm: tốc độ tăng so với cùng kỳ,%,"7,8",,
3,Doanh thu,tỷ đồng,"725,3","665,4",
4,Doanh thu: tốc độ tăng so với cùng kỳ,%,"93,8",,
"""
ZL_TEXT = ("Lũy kế 9 tháng đầu năm 2022, sản lưng thương phẩm đạt 561,4 triệu kWh, tăng 7,8% so với cùng kỳ, đạt 86% "
           "kế hoạch và doanh thu đạt 725,3 tỷ đồng, tăng 93,8% so với cùng kỳ, đạt 109% kế hoạch.")


def _zl(tmp_path, text):
    p = tmp_path / "figures.csv"
    p.write_text(ZL_TABLE, encoding="utf-8")
    return {n.text: (n.verdict, n.reason or "") for n in check_text(text, load_table(p, period="2022-9T")).numbers}


def _baomoi(text_from: str | None = None, text_to: str | None = None):
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases

    case = next(c for c in real_cases(SWEEP) if c.slug == "d10-baomoi-xuatkhau-10t-2007")
    table, _ = load_real_table(case)
    text = unicodedata.normalize("NFC", case.text)
    if text_from is not None:
        assert text_from in text
        text = text.replace(text_from, text_to, 1)
    return {n.text: (n.verdict, n.reason or "") for n in check_text(text, table, period=case.period_code).numbers}


def test_the_plan_share_after_a_rate_is_the_values_zl(tmp_path):
    right = _zl(tmp_path, ZL_TEXT)
    assert right["86%"][0] == "derived" and right["109%"][0] == "derived", right
    wrong = _zl(tmp_path, ZL_TEXT.replace("đạt 86% kế hoạch", "đạt 88% kế hoạch"))
    assert wrong["88%"][0] == "unsupported" and "86" in wrong["88%"][1], wrong["88%"]


@pytest.mark.parametrize("bad", ["83,6%", "84,5%", "82,5%"])
def test_the_plan_share_after_a_rate_is_the_values_baomoi(bad):
    assert _baomoi()["83,5%"][0] == "derived"
    got = _baomoi("đạt 83,5% kế hoạch", f"đạt {bad} kế hoạch")[bad]
    assert got[0] == "unsupported" and "83,5%" in got[1], got


def test_a_rate_of_change_is_not_skipped_for_another_rate(tmp_path):
    # the rate of change itself still reads against its own row (zl: «tăng 7,8%»), wrong when another
    got = _zl(tmp_path, ZL_TEXT.replace("tăng 7,8% so với cùng kỳ", "tăng 8,8% so với cùng kỳ"))
    assert got["8,8%"][0] == "unsupported", got["8,8%"]
    assert got["86%"][0] == "derived", got["86%"]
