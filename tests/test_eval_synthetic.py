"""The synthetic next-period generator: deterministic, and its tables are internally consistent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from evaluations.data import make_synthetic as S
from conftest import FIGURES

DATA = Path(S.__file__).resolve().parent


def _by_code(rows):
    return {r["ma"]: r for r in rows}


def _v(r, col="ky_bao_cao"):
    return Decimal(r[col]) if r[col] else None


def test_deterministic_and_committed_output_is_current():
    rows = S.read_rows(DATA / "bu-dang-2020-h1.csv")
    a, b = S.to_csv(S.synthesize(rows, S.BU_DANG, seed=2021)), S.to_csv(S.synthesize(rows, S.BU_DANG, seed=2021))
    assert a == b
    assert a != S.to_csv(S.synthesize(rows, S.BU_DANG, seed=7))
    assert (DATA / "bu-dang-2021-h1.synthetic.csv").read_text(encoding="utf-8") == a


def test_bu_dang_synthetic_is_consistent():
    real = _by_code(S.read_rows(DATA / "bu-dang-2020-h1.csv"))
    syn = _by_code(S.synthesize(list(real.values()), S.BU_DANG))
    assert syn.keys() == real.keys()
    for ma, r in syn.items():
        assert r["cung_ky"] == real[ma]["ky_bao_cao"]            # cung_ky = the real values
    for total, parts in S.BU_DANG.sums.items():
        assert _v(syn[total]) == sum(_v(syn[p]) for p in parts)
    for total, (count, price) in S.BU_DANG.products.items():
        assert _v(syn[total]) == _v(syn[count]) * _v(syn[price])
    for part, whole in S.BU_DANG.parts.items():
        assert _v(syn[part]) <= _v(syn[whole])
    for row, same in S.BU_DANG.equal.items():
        assert syn[row]["ky_bao_cao"] == syn[same]["ky_bao_cao"]
    for ma in S.BU_DANG.constant + S.BU_DANG.per_unit:
        assert syn[ma]["ky_bao_cao"] == real[ma]["ky_bao_cao"]
    changed = sum(syn[m]["ky_bao_cao"] != real[m]["ky_bao_cao"] for m in syn)
    assert changed > len(syn) * 0.6                               # a real next period, not a copy
    assert all(Decimal(r["ky_bao_cao"]) <= 100 for r in syn.values() if r["don_vi_tinh"] == "%")


def test_x_of_x_targets_kept_on_the_demo_table():
    real = _by_code(S.read_rows(FIGURES / "ham-thuan-bac-2023-h1.csv"))
    syn = _by_code(S.synthesize(list(real.values()), S.HAM_THUAN_BAC, seed=2024))
    x_of_x = [m for m, r in real.items() if r["ke_hoach"] and _v(r, "ke_hoach") == _v(r)]
    assert len(x_of_x) >= 5
    for m in x_of_x:
        assert syn[m]["ke_hoach"] == syn[m]["ky_bao_cao"]
    for m, r in syn.items():
        if r["ke_hoach"]:
            assert _v(r) <= _v(r, "ke_hoach")
    assert _v(syn["DQ-01"]) == sum(_v(syn[p]) for p in ("DQ-02", "DQ-03", "DQ-04", "DQ-05"))
    assert _v(syn["TQ-04"]) == _v(syn["TQ-01"]) * _v(syn["TQ-03"])
    assert "năm 2024" in syn["DQ-07"]["chi_tieu"] and syn["TT-01"]["ghi_chu"] == "hơn"


def test_tables_load_with_the_service_loader():
    from service.figures.load import load_table

    assert len(load_table(DATA / "bu-dang-2020-h1.csv")) == len(load_table(DATA / "bu-dang-2021-h1.synthetic.csv"))
