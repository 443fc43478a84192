"""Checker round 69 (chk69): a wide sheet's note that repeats a cell of its own line is no figure of its own.

The loader splits a line of a wide sheet into one row per measure and copies the line's ``Ghi chú`` to each
(``Cát Lái: số phà huy động`` = 9 and ``Cát Lái: số khách qua phà`` = 90.000, both noted ``khoảng 90.000 khách``:
zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12). Round 66's ``notefigure`` read the note on the ``số phà`` row
as a figure of its own (90.000 is none of that row's cells), so ``khoảng 90.000 khách`` planted in Bình Khánh's
sentence passed. The cells of the rows carrying the very note are the line's own: the note repeats one of them.
Second source: zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10's wide sheet (``Bình Trung`` = 11 roofs, 3 wrecked,
300 households flooded, noted ``ngập: hơn 300 hộ``), its note in the text's words (``Bình Trung hơn 300 hộ``).
Negatives: the clean texts stay supported; round 66's IIP notes (tests/test_chk66_rules.py) keep their verdicts.
"""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, check_at, checks, csv_table

_ZR = "zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12"
_ZR_LINE = "Có khoảng 50.000 khách đi phà, tăng gấp đôi so với ngày thường"


def test_zr_clean_counts_stand():
    assert {t.strip(): v for t, v, _ in case_line_verdicts(_ZR, _ZR_LINE)}["50.000"] == "supported"


def test_zr_the_other_ferry_s_count_is_caught():
    got = {t.strip(): v for t, v, _ in case_line_verdicts(_ZR, _ZR_LINE, _ZR_LINE.replace("50.000", "90.000"))}
    assert got["90.000"] == "unsupported"


_ZP = ("TT,Xã,Nhà bị tốc mái (nhà),\"Trong đó: tốc mái, hư hại hoàn toàn (nhà)\",Nhà bị ngập (hộ),Ghi chú\n"
       "1,Bình Trung,11,3,300,hơn 300 hộ\n2,Bình Nam,,,240,\n3,Bình Sa,8,3,112,\n")
_ZP_TEXT = "Theo đó, Bình Trung hơn 300 hộ, Bình Sa có 112 hộ, Bình Nam có hơn 240 hộ bị ngập."


def test_zp_the_line_s_note_stands_and_a_swap_is_caught(tmp_path):
    table = csv_table(tmp_path, _ZP, "2020-10")
    got = checks(_ZP_TEXT, table, "2020-10")
    assert [check_at(got, _ZP_TEXT, n).verdict for n in ("300", "112", "240")] == ["supported"] * 3
    wrong = _ZP_TEXT.replace("hơn 240 hộ", "hơn 300 hộ")
    assert check_at(checks(wrong, table, "2020-10"), wrong, "300", nth=1).verdict == "unsupported"
