"""Caught round 16 (issue #13): a fraction's whole that the share said beside it disowns is no standing set, nor is a
whole the table keeps as a row (``service/checker/fracwhole.py``).

Quotes from the held-out Quảng Bình trường chuẩn page (``71/179 trường mầm non, đạt tỷ lệ 39,7%``) and the Bộ
NN&PTNT nông thôn mới page (``5.775/8.227 xã (chiếm 70,2%)``); each with the published line standing (no new false
alarm), and a whole whose share is a bound (``đạt trên``) or agrees at its rounding left standing."""

from pathlib import Path

from sweep_tables import case_line_verdicts

from service.checker.fracwhole import _decimals

QUANGBINH = "m-quangbinh-truongchuan-2017"
QB_LINE = "có 71/179 trường mầm non, đạt tỷ lệ 39,7%"
NTM = "yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon-moi-2022-h1"
NTM_LINE = "cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới"


def _of(rows, start):
    return [(v, r) for t, v, r in rows if t.startswith(start)]


# ---------------------------------------------------------------- the notation
def test_a_shares_decimals_are_its_rounding():
    assert _decimals("39,7%") == 1 and _decimals("70,2 %") == 1 and _decimals("80%") == 0 and _decimals("54,42%") == 2


# ---------------------------------------------------------------- the rule on the held-out pages
def test_quang_binh_whole_the_share_disowns_is_flagged():
    got = case_line_verdicts(QUANGBINH, QB_LINE, QB_LINE.replace("71/179", "71/149"))
    (verdict, reason), = _of(got, "149")
    assert verdict == "unsupported" and "39,7%" in reason and "179" in reason


def test_quang_binh_published_line_stands():
    got = case_line_verdicts(QUANGBINH, QB_LINE)
    assert _of(got, "71")[0][0] == "supported" and _of(got, "179")[0][0] == "supported"


def test_nong_thon_moi_whole_the_share_disowns_is_flagged():
    got = case_line_verdicts(NTM, NTM_LINE, NTM_LINE.replace("8.227", "7.227"))
    (verdict, reason), = _of(got, "7.227")
    assert verdict == "unsupported" and "70,2%" in reason and "8.22" in reason


def test_nong_thon_moi_published_line_stands():
    got = case_line_verdicts(NTM, NTM_LINE)
    assert not any(v == "unsupported" for t, v, _ in got if t.startswith(("5.775", "8.227")))


def test_a_whole_within_the_shares_rounding_stands():
    """``5.775/8.230`` is 70,17%: ``70,2%`` at one decimal — the share does not disown it (a standing whole)."""
    got = case_line_verdicts(NTM, NTM_LINE, NTM_LINE.replace("8.227", "8.230"))
    assert not any(r.startswith("Phân số") for _, r in _of(got, "8.230"))   # the share does not disown it
    # (round 73: the table keeps the whole in row 1's note, ``trên tổng số 8.227 xã`` — ``slashwhole`` holds it there)
    assert [v for v, r in _of(got, "8.230") if "8.227" in r] == ["unsupported"]


def test_a_share_said_as_a_bound_disowns_nothing():
    """``(chiếm trên 60%)`` is a level the fraction passes, not its value."""
    got = case_line_verdicts(NTM, NTM_LINE, NTM_LINE.replace("8.227 xã (chiếm 70,2%)", "7.227 xã (chiếm trên 60%)"))
    assert not any("không khớp với tỷ lệ" in r for v, r in _of(got, "7.227"))


# ---------------------------------------------------------------- a whole the table keeps is a figure, not the area's make-up
D16 = (Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "caught16",)
LONGKHANH = "d16-baodongnai-long-khanh-ap-van-hoa-2019"
LK_LINE = "Kết quả bình xét có 57/59 ấp, khu phố được công nhận danh hiệu ấp, khu phố văn hóa"
LK_ALL = "TP.Long Khánh có 107/107 cơ quan, đơn vị được công nhận"


def test_long_khanh_whole_kept_by_the_table_is_checked_against_it():
    got = case_line_verdicts(LONGKHANH, LK_LINE, LK_LINE.replace("57/59", "57/69"), folders=D16)
    (verdict, reason), = _of(got, "69")
    assert verdict == "unsupported" and "AP-02" in reason and "59" in reason


def test_long_khanh_published_lines_stand():
    got = case_line_verdicts(LONGKHANH, LK_LINE, folders=D16)
    assert [v for t, v, _ in got if t.startswith(("57", "59"))] == ["supported", "supported"]
    got = case_line_verdicts(LONGKHANH, LK_ALL, folders=D16)     # X/X: no larger whole row, nothing to check against
    assert not any(v == "unsupported" for t, v, _ in got if t.startswith("107"))


# ---------------------------------------------------------------- the part a kept whole names is the fraction's numerator
LAMDONG = "yc-lam-dong-cong-an-tinh-toi-pham-trat-tu-xa-hoi-2015-2020"
LD_LINE = "điều tra làm rõ 3.026/3.389 vụ phạm tội về trật tự xã hội, đạt 89,29%"
DAILOC = "zg-quang-nam-dai-loc-xay-dung-dang-2017"
DL_LINE = "có 48/66 tổ chức cơ sở đảng đạt trong sạch vững mạnh"


def test_lam_dong_numerator_said_with_another_rows_value_is_flagged():
    got = case_line_verdicts(LAMDONG, LD_LINE, LD_LINE.replace("3.026/", "194/"))
    (verdict, reason), = _of(got, "194")
    assert verdict == "unsupported" and "3.026" in reason and "Số vụ phạm tội về trật tự xã hội điều tra làm rõ" in reason


def test_lam_dong_published_line_stands():
    got = case_line_verdicts(LAMDONG, LD_LINE)
    assert [v for t, v, _ in got if t.startswith(("3.026", "3.389"))] == ["supported", "supported"]


def test_long_khanh_numerator_said_with_the_businesses_value_is_flagged():
    got = case_line_verdicts(LONGKHANH, LK_LINE, LK_LINE.replace("57/59", "50/59"), folders=D16)
    (verdict, reason), = _of(got, "50")
    assert verdict == "unsupported" and "AP-01" in reason and "57" in reason


def test_a_part_the_table_codes_under_the_whole_stands():
    """Đại Lộc keeps «Trong đó: đạt trong sạch vững mạnh» (I.2.a) under «Tổng số tổ chức cơ sở đảng» (I.2) = 66, and
    «… tiêu biểu được tặng giấy khen» (III.1) elsewhere: the part by code is the numerator, the published 48 stands."""
    got = case_line_verdicts(DAILOC, DL_LINE)
    assert [v for t, v, _ in got if t.startswith(("48", "66"))] == ["supported", "supported"]
