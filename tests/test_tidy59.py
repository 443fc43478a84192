"""Tidy 59: stop 58's leftovers, refactors only (docs/tidy-59.md).

(b) the writer's guard returns the sheet it last read back: ``write`` builds a sheet the loader takes once (a page
with nothing refused: t17-phuquoc-khach-10t-2023), twice when a cell is refused (s12-dien-bien-ktxh-dan-so-uoc-nam-2024:
two previous-edition cells of −0,96 and −1,38 ‰), never once more after the last read.
(d) the count of the names before ``là N`` is the checker's (``namedlist``, read inside ``extract_numbers``): the
template sees no figure there (t27-vcci-muc-8t-2022's two sentences, t23-baogialai-dieu-10t-2023's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from evaluations.template_roundtrip import _page_next
from service.checker.extract import extract_numbers
from service.onboarding import enumerated, sheet
from service.onboarding.template import build_template

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def _template(name):
    page = PAGES / f"{name}.txt"
    return build_template(page, period=_page_next(page))


def _cells(path):
    return [[c.value for c in row] for ws in load_workbook(path).worksheets for row in ws.iter_rows()]


@pytest.mark.parametrize("page, builds, emptied", [
    ("t17-phuquoc-khach-10t-2023", 1, 0),
    ("s12-dien-bien-ktxh-dan-so-uoc-nam-2024", 2, 2),
])
def test_write_builds_the_sheet_it_read_back(page, builds, emptied, tmp_path, monkeypatch):
    t = _template(page)
    made = []
    real = sheet.sheet_bytes
    monkeypatch.setattr(sheet, "sheet_bytes", lambda *a: made.append(a) or real(*a))
    out = tmp_path / "t.xlsx"
    sheet.write(t, out)
    assert len(made) == builds
    monkeypatch.undo()
    empty, data = sheet.loadable_sheet(t)
    assert len(empty) == emptied
    (tmp_path / "again.xlsx").write_bytes(data)
    assert _cells(out) == _cells(tmp_path / "again.xlsx")
    said = [v for row in _cells(out) for v in row if isinstance(v, str) and "để trống" in v]
    assert len(said) == emptied


def test_the_csv_sheet_is_the_bytes_read_back(tmp_path):
    t = _template("s12-dien-bien-ktxh-dan-so-uoc-nam-2024")
    out = tmp_path / "t.csv"
    sheet.write(t, out)
    assert out.read_bytes() == sheet.loadable_sheet(t, ".csv")[1]


@pytest.mark.parametrize("sentence, count", [
    ("Hàn Quốc và Nhật Bản là 2 thị trường chiếm tỷ trọng nổi trội trong các thị trường nhập khẩu mực", "2"),
    ("Italy, Tây Ban Nha và Pháp lần lượt là 3 thị trường nhập khẩu lớn nhất trong khối.", "3"),
    ("Trong đó, Mỹ và Trung Quốc là 2 khách hàng chi tiền nhiều nhất để mua hạt điều nhân của nước ta", "2"),
])
def test_names_before_the_count_are_the_checkers(sentence, count):
    at = sentence.index(f" {count} ") + 1
    m = next(x for x in extract_numbers(sentence) if x.num_start == at)
    assert not m.is_figure and m.kind == "name"
    assert not hasattr(enumerated, "names_before")
