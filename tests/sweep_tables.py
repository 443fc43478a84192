"""What the checker's sweep tests share (``tests/test_recognisers_round11.py``, ``_round13``, ``_round14``, the
checker rounds from 17 on, the caught rounds): a small figures table written as an agency types it (the one-row table
that holds none of a page's figures is ``tests/conftest.py``'s ``dummy`` fixture: every number of a bare page is checked
against it, so what passes is what the checker reads as no figure), the verdicts of a text, the pages and cases."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from conftest import dummy  # noqa: F401  (the fixture is tests/conftest.py's; the rounds importing it from here still may)
from index.parse import parse_report
from service.checker import check_text
from service.figures.load import load_table
from service.onboarding.template import build_template


#: the header of a table keeping the period, last year's value and the plan (checker rounds 18 and 20, chk40)
FULL = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước,Kế hoạch"


def table(tmp_path, rows, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo"):
    path = tmp_path / "figures.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return load_table(path)


# ---------------------------------------------------------------- the checker rounds' verdicts (rounds 17 to 25)
FLAGS = ("unsupported", "stale")


def flagged(verdict):
    """A verdict that flags the number."""
    return verdict in FLAGS


def verdict_of(text, figures, **kw):
    """Each number's verdict by its text (the last of a text said twice)."""
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers}


def verdict_list(text, figures, **kw):
    """(text, verdict) of every number, in order."""
    return [(c.text, c.verdict) for c in check_text(text, figures, **kw).numbers]


def claims(text, figures, **kw):
    """(text, verdict, kind) of every number, in order."""
    return [(c.text, c.verdict, c.kind) for c in check_text(text, figures, **kw).numbers]


def flags(text, figures, **kw):
    """The texts of the numbers flagged, in order."""
    return [t for t, v, _ in claims(text, figures, **kw) if flagged(v)]


# ---------------------------------------------------------------- the lead's rule tests (test_checker_stop3*_lead.py)
def csv_table(tmp_path, text: str, period: str):
    """A whole figures table as typed (title rows, header, rows), loaded for ``period``."""
    path = tmp_path / "bang.csv"
    path.write_text(text, encoding="utf-8")
    return load_table(path, period=period)


def checks(text, table, period):
    from service.checker.check import check_text
    return check_text(text, table, period=period).numbers


def check_at(numbers, text, needle, nth=0, shift=0):
    """The check of the number that starts ``needle`` (its nth occurrence) in ``text``, ``shift`` characters in."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return next(n for n in numbers if n.start == pos + shift)


# ---------------------------------------------------------------- the checker rounds' page helpers (round 25 on)
ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "evaluations" / "sweep" / "pages"
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


def page(slug):
    return (PAGES / f"{slug}.txt").read_text(encoding="utf-8")


def heldout(case):
    return (HELDOUT / case / "source.txt").read_text(encoding="utf-8")


def within(text, figures, fragment):
    """(text, verdict, kind) of the numbers inside ``fragment`` (found in ``text``)."""
    s = text.index(fragment)
    e = s + len(fragment)
    return [(c.text, c.verdict, c.kind) for c in check_text(text, figures).numbers if s <= c.start < e]


def flagged_in(text, figures, fragment):
    return [t for t, v, _ in within(text, figures, fragment) if v in ("unsupported", "stale")]


# ---------------------------------------------------------------- caught round 5's helpers
def nfc(s):
    return unicodedata.normalize("NFC", s)


def of_text(rows, text):
    """(verdict, row) of the rows ``(text, verdict, row)`` said with ``text`` (caught rounds 14 and 15)."""
    return [(v, r) for t, v, r in rows if t == text]


def held(tmp_path, case, period):
    """A held-out case's own figures table, loaded for ``period``."""
    return csv_table(tmp_path, (HELDOUT / case / "figures.csv").read_text(encoding="utf-8"), period)


def fresh(tmp_path, case, period):
    """A fresh case of caught round 5 (``evaluations/sweep/caught5/``), its table loaded for ``period``."""
    d = ROOT / "evaluations" / "sweep" / "caught5" / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


# ---------------------------------------------------------------- a line of a real case, checked with its own table
_HELDOUT = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"


@lru_cache(maxsize=None)
def real_case(slug: str, folders: tuple = (_HELDOUT,)):
    """A held-out (or sweep) case by its slug: the case, its table loaded as the evaluation loads it, and the check's
    keywords (its standing facts, its period)."""
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases
    from service.checker.standing import from_case

    case = next(c for f in folders for c in real_cases(f) if c.slug == slug)
    table, _ = load_real_table(case)
    return case, table, {"standing": from_case(case.standing), "period": case.period_code}


def case_line_verdicts(slug: str, line: str, bad: str | None = None, folders: tuple = (_HELDOUT,)):
    """(text, verdict, reason) of every number of ``line`` in the case's text, the line replaced by ``bad`` first when
    given (a planted error): checked against the case's own table."""
    case, table, kw = real_case(slug, folders)
    text = unicodedata.normalize("NFC", case.text)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
            if s <= n.start < s + len(line)]


def verdicts_by_text(slug: str, line: str, bad: str | None = None, folders: tuple = (_HELDOUT,)) -> dict:
    """``case_line_verdicts`` as {text: (verdict, reason)} (a text said twice: the last)."""
    return {t: (v, r) for t, v, r in case_line_verdicts(slug, line, bad, folders)}


def nth_verdicts(slug: str, old: str, new: str, nth: int = 0, folders: tuple = (_HELDOUT,)):
    """(text, verdict, reason) of the numbers where the nth stand of ``old`` in a case's text was made ``new`` (``new``
    = ``old``: the text as published), checked against the case's own table."""
    case, table, kw = real_case(slug, folders)
    text = unicodedata.normalize("NFC", case.text)
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(old, pos + 1)
    text = text[:pos] + new + text[pos + len(old):]
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
            if pos <= n.start < pos + len(new)]


def anchor_verdicts(case: str, period: str, anchor: str, old: str | None = None, new: str | None = None) -> dict:
    """{text: verdict} of the numbers of ``anchor`` in a held-out case's text (``old`` after it replaced by ``new``
    first when given: a planted error), checked against the case's table with the ``period`` given."""
    text = unicodedata.normalize("NFC", heldout(case))
    s = text.index(anchor)
    if old is not None:
        j = text.index(old, s)
        text = text[:j] + new + text[j + len(old):]
    end = s + len(anchor) + (len(new) - len(old) if old is not None else 0)
    figures = load_table(HELDOUT / case / "figures.csv")
    return {n.text: n.verdict for n in check_text(text, figures, period=period).numbers if s <= n.start < end}


def rows_by_code(path, period: str):
    """({code: row}, table) of a sheet loaded for ``period``."""
    t = load_table(path, period=period)
    return {x.ma: x for x in t}, t


def page_near(slug: str, fragment: str, figures, period=None):
    """(text, kind, verdict) of the numbers of ``fragment`` in a sweep page, checked against ``figures``."""
    text = nfc(page(slug))
    s = text.index(fragment)
    return [(n.text, n.kind, n.verdict) for n in check_text(text, figures, period=period).numbers
            if s <= n.start < s + len(fragment)]


#: a one-row table of something else, semicolons and a year column, as the round files measure bare pages (chk77, chk79)
OTHER_ROW = "STT;Chỉ tiêu;ĐVT;Năm 2024\n1;Số hội viên mới kết nạp;người;1.234\n"


def verdict_kind_at(text, quote, table, period):
    """(verdict, kind) of the number that starts where ``quote`` first stands in ``text``."""
    s = text.index(quote)
    return next((n.verdict, n.kind) for n in check_text(text, table, period=period).numbers if n.start == s)


def case_numbers(slug: str, old: str | None = None, new: str | None = None):
    """The checked numbers of a held-out case's whole text (``old`` replaced by ``new`` first when given: a planted
    error), against the case's own table, standing facts and period."""
    case, table, kw = real_case(slug)
    text = nfc(case.text)
    if old is not None:
        assert old in text
        text = text.replace(old, new, 1)
    return check_text(text, table, **kw).numbers


def template_rows(path):
    """The rows with a value that the figures template drafts from a text file (the tpl rounds' ``_rows``)."""
    return [r for r in build_template(path).rows if r.value is not None]


def row_of_value(rows, value):
    """The first of ``rows`` whose value is ``value``."""
    return next(r for r in rows if float(r.value) == value)


def has_row(rows, value, word):
    """A row of ``rows`` has ``value`` and ``word`` in its unit or label."""
    return any(float(r.value) == value and word in r.unit + " " + r.label for r in rows)


# ---------------------------------------------------------------- the period rounds' real texts (round 50 on)
def case_source(slug: str) -> Path:
    """The path of a held-out case's source text (periods rounds 50 and 51's ``_case``)."""
    return HELDOUT / slug / "source.txt"


def page_source(slug: str) -> Path:
    """The path of a bare sweep page (periods rounds 52 and 53's ``_page``)."""
    return PAGES / f"{slug}.txt"


def period_code(path: Path) -> str | None:
    """The period code the evaluations read for a text (``index.parse.parse_report``; rounds 52 and 53's ``_code``)."""
    period = parse_report(path).period
    return str(period) if period else None


def sentence_from(path: Path, starts: str) -> str:
    """The text of ``path`` from ``starts`` to the first full stop or line end (periods round 50's ``_sentence``)."""
    return re.search(re.escape(starts) + r"[^.\n]*", path.read_text(encoding="utf-8")).group(0)


def line_from(path: Path, starts: str) -> str:
    """The text of ``path`` from ``starts`` to its line's end (periods round 51's ``_sentence``)."""
    return re.search(re.escape(starts) + r"[^\n]*", path.read_text(encoding="utf-8")).group(0)


# ---------------------------------------------------------------- the template's round trip (rt02, the lead's 57 and 58)
def filled_template(t, tmp_path, over: dict | None = None):
    """({code: figure}, values) of template ``t`` written as .xlsx, filled as the round trip fills it (every row its
    last value + 10 %, ``over``'s values by code on top) and loaded back as an upload."""
    from evaluations.template_roundtrip import fill_values, fill_workbook
    from service.onboarding.sheet import write

    sheet = tmp_path / "t.figures.xlsx"
    write(t, sheet)
    values, plans = fill_values(t, [])
    values.update(over or {})
    fill_workbook(sheet, values, plans)
    return {f.ma: f for f in load_table(sheet)}, values
