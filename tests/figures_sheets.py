"""What the figures loader's rounds share (``tests/test_figures_round16.py``, ``_round17``): a sheet written to a
file, a warning that says given words, the rows by label, and the expected rows of an agency's sheet written before
the loader was run (label fragments matched in the row's Mục and label, case and marks folded)."""

from __future__ import annotations

from decimal import Decimal as D

from service.figures.schema import fold


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def by_label(t):
    return {f.chi_tieu: f for f in t}


def expected(words, unit, value, cung_ky=None, ke_hoach=None):
    return (tuple(words.split("|")), unit, value, cung_ky, ke_hoach)


def find(t, row, used):
    """The first figure not yet ``used`` that is the expected ``row``; None when none is."""
    words, unit, value, cung_ky, ke_hoach = row
    for f in t:
        if id(f) in used:
            continue
        if all(fold(w) in fold(f"{f.muc} {f.chi_tieu}") for w in words) and (unit is None or f.don_vi_tinh == unit) \
                and f.ky_bao_cao == D(str(value)) and (cung_ky is None or f.cung_ky == D(str(cung_ky))) \
                and (ke_hoach is None or f.ke_hoach == D(str(ke_hoach))):
            used.add(id(f))
            return f
    return None
