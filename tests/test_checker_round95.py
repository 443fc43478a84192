"""Checker round 95 (chk95, issue 13): stop 60's own batches xv-/xw- (evaluations/sweep/checker-round95.md).

``scaledmeasure``: a word after a scale word that spells the measure a row of the table is in is that measure
(``15,6 triệu ste`` where the row is in ``triệu ste``), whatever spelling extraction knows.
``signedchange``: an amount opening a bracket with its sign after a change said (``giảm 1,3% (-892 ha)``) is the change
in numbers, its direction the sign's.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from service.checker.match import TableIndex
from service.checker.scaledmeasure import measure_after_scale, scaled_table_measures
from service.checker.signedchange import bracket_sign
from tests.sweep_tables import case_line_verdicts, flagged, table, verdict_of

_LAMNGHIEP = "xw-toan-quoc-tong-cuc-thong-ke-san-xuat-lam-nghiep-2019-10"
_HAIDUONG = "xw-hai-duong-cuc-thong-ke-trong-trot-vu-mua-2019-9t"


def _v(slug, line, bad=None):
    return {t: v for t, v, _ in case_line_verdicts(slug, line, bad)}


# ---------------------------------------------------------------- 1. a table's measure after a scale word

_CUI = "sản lượng củi khai thác đạt 15,6 triệu ste, giảm 1,4%"


def test_firewood_in_millions_of_ste_is_the_rows_measure():
    v = _v(_LAMNGHIEP, _CUI)
    assert not flagged(v["15,6 triệu"]) and v["1,4%"] == "derived"
    assert not flagged(_v(_LAMNGHIEP, "sản lượng củi khai thác đạt 1,6 triệu ste, bằng cùng kỳ")["1,6 triệu"])


def test_a_wrong_amount_or_rate_after_it_is_flagged():
    assert flagged(_v(_LAMNGHIEP, _CUI, _CUI.replace("15,6", "16,5"))["16,5 triệu"])
    assert flagged(_v(_LAMNGHIEP, _CUI, _CUI.replace("1,4%", "1,0%"))["1,0%"])


def _ster_index(tmp_path, unit="triệu ste"):
    return TableIndex.of(table(tmp_path, [f"1,Sản lượng củi khai thác,{unit},\"1,6\""]))


def test_only_the_measures_the_table_is_in(tmp_path):
    idx = _ster_index(tmp_path)
    spell = {"ste": "ster", "xte": "ster", "ster": "ster", "m3 xep": "ster"}
    for text in ("khai thác 1,6 triệu ste củi", "khai thác 1,6 triệu xte", "khai thác 1,6 triệu Ster"):
        m = scaled_table_measures(text, extract_numbers(text), idx)[0]
        assert (m.kind, m.unit, m.value) == ("measure", "ster", 1600000), text
    # a count of another noun after the scale word stays a count; a table in no such measure reads nothing new
    m = extract_numbers("trồng 1,6 triệu cây")[0]
    assert measure_after_scale("trồng 1,6 triệu cây", m, spell) is None
    other = TableIndex.of(table(tmp_path, ["1,Số cây trồng phân tán,triệu cây,\"7,2\""]))
    m = scaled_table_measures("khai thác 1,6 triệu ste", extract_numbers("khai thác 1,6 triệu ste"), other)[0]
    assert m.kind == "count"
    # no scale word: extraction's own reading, untouched
    m = extract_numbers("khai thác 45 ste")[0]
    assert measure_after_scale("khai thác 45 ste", m, spell) is None


def test_a_scaled_measure_checks_against_the_row(tmp_path):
    t = table(tmp_path, ["1,Sản lượng củi khai thác,triệu ste,\"1,6\""])
    assert not flagged(verdict_of("Sản lượng củi khai thác đạt 1,6 triệu ste.", t)["1,6 triệu"])
    assert flagged(verdict_of("Sản lượng củi khai thác đạt 6,1 triệu ste.", t)["6,1 triệu"])


# ---------------------------------------------------------------- 2. a signed amount in brackets after a change

_TONG = "đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018"
_CAY = ("cây chất bột có củ đạt 318 ha, chiếm 0,5% tăng 6,0% (+18 ha); cây có hạt chứa dầu đạt 274 ha, chiếm 0,4% "
        "giảm 23,9% (-86 ha); rau, đậu hoa cây cảnh đạt 7.095 ha, chiếm 10,6% giảm 1,0% (-68 ha)")


def test_the_bracketed_change_of_the_crop_areas_is_derived():
    assert _v(_HAIDUONG, _TONG)["892 ha"] == "derived"
    v = _v(_HAIDUONG, _CAY)
    assert [v[k] for k in ("18 ha", "86 ha", "68 ha")] == ["derived"] * 3


def test_a_flipped_sign_or_a_wrong_amount_is_flagged():
    assert flagged(_v(_HAIDUONG, _TONG, _TONG.replace("(-892", "(+892"))["892 ha"])
    assert flagged(_v(_HAIDUONG, _TONG, _TONG.replace("892", "982"))["982 ha"])
    assert flagged(_v(_HAIDUONG, _CAY, _CAY.replace("(+18", "(+81"))["81 ha"])


def _sign(text, k=0):
    return bracket_sign(text, [m for m in extract_numbers(text) if m.value is not None][k])


def test_the_sign_rule_on_real_text_and_its_negatives():
    assert _sign("toàn tỉnh đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018", 2) == "giảm"
    assert _sign("cây chất bột có củ đạt 318 ha, chiếm 0,5% tăng 6,0% (+18 ha)", 3) == "tăng"
    # a signed rate is the rate checks' own (yb- Bộ Công an 10/2020: "giảm 273 vụ (-6,70%)")
    assert _sign("phạm pháp hình sự giảm 273 vụ (-6,70%)", 1) is None
    # no change said in the clause before the bracket: not read (a value with a sign, a balance)
    assert _sign("số dư cuối kỳ đạt 66.738 ha (-892 ha)", 1) is None
    assert _sign("diện tích giảm 1,3%; cây lúa 892 ha (-12 ha)", 2) is None
    # no bracket, or no sign: extraction's own reading
    assert _sign("đạt 66.738 ha, giảm 1,3% (892 ha)", 2) is None
