"""Round 68 (template): a change whose own noun names its row past the unit (``và tăng 5 người bị thương``) is that
row's change, though its clause opened on another count after a semicolon (changelist.amount_names_row). Real text
from two sources, and a real negative: a change naming nothing past its unit, its clause's subject another count."""

from pathlib import Path
from types import SimpleNamespace

from service.checker.extract import extract_numbers
from service.onboarding.changelist import amount_names_row
from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
LAM_DONG = ROOT / "evaluations/cases/heldout/xl-lam-dong-ban-atgt-tinh-tai-nan-giao-thong-2021-h1/source.txt"
T19 = ROOT / "evaluations/sweep/pages/t19-vov-chayno-2023-04.txt"


def _names(text, raw, label, unit):
    p = SimpleNamespace(text=text, figures=extract_numbers(text))
    m = next(f for f in p.figures if text[f.num_start:f.num_end] == raw)
    return amount_names_row(p, m, SimpleNamespace(label=label, unit=unit))


def test_lam_dong_five_more_injured_is_the_change_of_the_injured():
    rows = _rows(LAM_DONG)
    assert not any(float(r.value) == 5 and "bị thương" in r.label for r in rows)
    injured = next(r for r in rows if float(r.value) == 29 and "bị thương" in r.label)
    assert any(float(d.value) == 5 for d in injured.derived)
    assert any(float(r.value) == 35 and "chết" in r.label for r in rows)


def test_t19_injured_change_after_another_subject_stays_a_change():
    rows = _rows(T19)
    injured = [r for r in rows if "bị thương" in r.label]
    assert [float(r.value) for r in injured] == [7]      # the explosions' 7 injured; the changes no rows
    text = "số vụ nổ tăng 3 vụ, số người chết tăng 2 người, tăng 7 người bị thương."
    assert _names(text, "7", "Số người bị thương", "người")


def test_change_naming_only_its_unit_is_left_to_its_clause():
    # t4-thanhchuong-sxkdg-2016: "số hộ có mức thu nhập từ 200 - 300 triệu/năm tăng 636 hộ" names nothing past "hộ"
    text = "là 3.287 hộ, tăng 1.757 hộ; số hộ có mức thu nhập từ 200 - 300 triệu/năm tăng 636 hộ; số hộ khác"
    assert not _names(text, "636", "Số hộ có mức thu nhập từ 100- 200 triệu đồng/năm", "hộ")
    # the dead named, the row of the injured: no
    assert not _names("số người chết tăng 7 người chết", "7", "Số người bị thương", "người")
