"""Pasted tables, round 9 (``evaluations/sweep/pasted-round9.md``): a preliminary year's title that a flip-book's
text splits over two or three lines (``Sơ bộ`` / ``- Prel`` / ``. 2016``) is the label of that year's row, its cells
one a line after it (``tabletext.split_year_title``) — the latest year, the one a report quotes, had been no row; and
a year's row is never a sub-row of a group (``sub_row_groups``): a table whose rows are years repeats them in each
block. Texts: the held-out yh Quảng Ngãi ‰ page (thongkequangngai.com 2016 p. 27) and round 7's page 55 of the same
yearbook, as stored."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding import pasted
from tests.sweep_tables import page

ROOT = Path(__file__).resolve().parent.parent
YH = (ROOT / "evaluations/cases/heldout/yh-quang-ngai-cuc-thong-ke-ty-suat-sinh-chet-thanh-thi-nong-thon-2010-2016"
      / "source.txt").read_text(encoding="utf-8")
GRDP = "s7-quang-ngai-nien-giam-grdp-binh-quan-dau-nguoi-2016"


def rows(text):
    return [(r.label, [text[a:b] for a, b in r.cells], r.group) for r in text_rows(text)]


def test_the_split_preliminary_year_is_a_row_under_each_group():
    # "Sơ bộ" / "- Prel" / ". 2016" / "13,93" / "5,28" / "8,65", under TOTAL, Thành thị and Nông thôn
    got = [(label, cells) for label, cells, _ in rows(YH) if label.startswith("Sơ bộ")]
    assert got == [("Sơ bộ - Prel. 2016", ["13,93", "5,28", "8,65"]), ("Sơ bộ - Prel. 2016", ["14,52", "5,25", "9,27"]),
                   ("Sơ bộ - Prel. 2016", ["13,83", "5,28", "8,55"])]


def test_the_next_blocks_years_after_the_split_year_are_rows_of_their_own():
    # "Sơ bộ" / "- Prel" / ". 2016" / "44.908" / "2.060" / "2011" / "126,00" / "111,59" / … (the index block)
    got = rows(page(GRDP))
    assert ("Sơ bộ - Prel. 2016", ["44.908", "2.060"]) in [(label, cells) for label, cells, _ in got]
    assert ("2011", ["126,00", "111,59"]) in [(label, cells) for label, cells, _ in got]
    assert ("Sơ bộ - Prel. 2016", ["94,18", "92,88"]) in [(label, cells) for label, cells, _ in got]
    assert all(group is None for _, _, group in got)     # "2011" twice is no sub-row of "2010"


def test_the_split_title_in_a_header_is_no_row():
    # s5 Quảng Ngãi: "Sơ bộ" / "Prel" / ". 2016" / "TӘNG SӔ -" / "TOTAL" / "82.217.160 …": the header's last year
    assert not any(label.startswith("Sơ bộ") for label, _, _ in rows(page("s5-quang-ngai-nien-giam-gtsx-cong-nghiep-loai-hinh-2016")))


def test_the_template_has_the_preliminary_year_as_the_period():
    got = {r.label: (r.value, r.unit, r.base) for r in pasted.table_rows(YH)[0]}
    # 2016 the row's value, 2015 its base (last year's, the column before)
    assert got["Tỷ suất sinh thô - Thành thị"] == (Decimal("14.52"), "‰", Decimal("14.35"))
