"""What the template rounds' tests ask of a figures template (``tests/test_onboarding_round24.py`` on): its rows'
values, is a value a row (in a unit), which row holds it, what was derived from it."""

from __future__ import annotations

from decimal import Decimal


def values(tpl):
    """The template's row values, in order."""
    return [r.value for r in tpl.rows]


def standing_values(tpl):
    """The template's standing values (the standing sheet), in order."""
    return [s.value for s in tpl.standing]


def has(tpl, value, unit=None):
    return any(r.value == Decimal(str(value)) and (unit is None or r.unit == unit) for r in tpl.rows)


def row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(str(value)))


def derived(tpl, value):
    return [d.value for d in row(tpl, value).derived]


def template_of(tmp_path, text: str, period: str | None = None):
    """The template of ``text`` saved as a prior report under ``tmp_path``."""
    from service.onboarding.template import build_template
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return build_template(f, period=period)
