"""The checker's own faults: a pass that fails on unforeseen text flags its numbers, never passes them."""

from decimal import Decimal as D

from service.checker import check_text
from service.figures.model import Figure, FigureTable

TABLE = FigureTable([Figure("CH-03", "Số băng rôn tuyên truyền", "cái", D(34), None, None, "", "")], period="2020-H1")


def test_a_fault_of_the_checker_flags_the_numbers_for_a_person_never_passes_them(monkeypatch, caplog):
    """Unforeseen text that trips a pass of the checker: its figures come back unsupported with a reason a
    reviewer reads, dates stay no figures, and the fault is logged (the draft is marked, not lost)."""
    from service.checker import check as mod

    def broken(self):
        raise TypeError("'>' not supported between instances of 'Row' and 'Row'")

    monkeypatch.setattr(mod._Checker, "_attribution_pass", broken)
    report = check_text("Ngày 15/6/2020, Ban CHQS treo 34 băng rôn.", TABLE)
    assert [(n.text.strip(), n.verdict) for n in report.numbers if n.verdict != "not_a_figure"] == [("34", "unsupported")]
    assert "thủ công" in report.numbers[-1].reason and "checker failed" in caplog.text
