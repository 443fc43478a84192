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
    assert not any(v == "unsupported" for v, _ in _of(got, "8.230"))


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
