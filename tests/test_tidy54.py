"""Tidy 54: what stop 53 repeated, written once. ``examplecase.paragraph_at`` serves ``incidents`` too (it imports
examplecase: the lower module); ``onerow``'s base readers are public for ``rows``; ``columns._column_numbers``,
``wholes._whole_partner`` and ``since._sentence_of`` hold openings that stood two to four times. No verdict moves:
these tests pin the readings on real pages (c49-qdnd-bien-phong-bat-6-vu-ma-tuy, c25-vovgov-chay-no-nam-2024) and
the imports' shape."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

from service.checker.recognisers import examplecase, incidents
from service.checker.recognisers.examplecase import example_case, paragraph_at
from service.figures.columns import _column_numbers
from service.figures.read import RawTable
from service.onboarding import onerow, rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
BIEN_PHONG = (PAGES / "c49-qdnd-bien-phong-bat-6-vu-ma-tuy.txt").read_text(encoding="utf-8")
TRUNG_KINH = (PAGES / "c25-vovgov-chay-no-nam-2024.txt").read_text(encoding="utf-8")


def _paragraph(text: str, words: str) -> str:
    a, b = paragraph_at(text, text.index(words))
    return text[a:b]


def test_one_paragraph_reader_for_both_modules():
    assert incidents.paragraph_at is examplecase.paragraph_at
    assert not hasattr(incidents, "_paragraph") and not hasattr(examplecase, "_paragraph")


def test_paragraph_at_on_real_pages():
    p = _paragraph(BIEN_PHONG, "120 gam")
    assert p.strip().startswith("Điển hình là:") and "\n" not in p and "sinh năm 1974" in p
    assert _paragraph(BIEN_PHONG, "150 gam").strip().startswith("* Ngày 19-3,")
    p = _paragraph(TRUNG_KINH, "150m")
    assert p.startswith("Ngôi nhà xảy ra cháy") and "13 phòng" in p and "\n" not in p
    last = TRUNG_KINH.rstrip("\n")
    assert paragraph_at(last, len(last) - 1)[1] == len(last)      # the last paragraph runs to the text's end


def test_example_and_incident_verdicts_stay():
    at = BIEN_PHONG.index
    assert example_case(BIEN_PHONG, at("120 gam")) and example_case(BIEN_PHONG, at("150 gam"))
    assert not example_case(BIEN_PHONG, at("6 vụ"))                 # the period's count
    at = TRUNG_KINH.index
    assert incidents.incident_particulars(TRUNG_KINH, at("150m"))
    assert incidents.incident_particulars(TRUNG_KINH, at("13 phòng"))
    assert not incidents.incident_particulars(TRUNG_KINH, at("3.922"))   # the year's count of fires


def test_rows_imports_no_private_name_from_onerow():
    tree = ast.parse(Path(rows.__file__).read_text(encoding="utf-8"))
    taken = [a.name for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "service.onboarding.onerow"
             for a in n.names]
    assert taken and not [name for name in taken if name.startswith("_")]


def test_base_readers_read_as_before():
    s = "CPI tháng 11 tăng 0,54% so với tháng trước, tăng 2,28% so với cùng kỳ năm trước"
    assert [m.group("base") for m in onerow.BASE_ANY.finditer(s)] == ["tháng trước", "cùng kỳ năm trước"]
    s = "So với tháng 12/2022, CPI tháng 11 tăng 1,72%"
    assert [m.group("base") for m in onerow.BASE_OPENS.finditer(s)] == ["tháng 12/2022"]
    assert onerow.base_kind("cùng kỳ năm trước") == "cung ky"
    assert onerow.base_kind("tháng 12/2022") == "thang 12/2022"
    assert not list(onerow.BASE_ANY.finditer("Tổng mức bán lẻ đạt 3.200 tỷ đồng, so với kế hoạch"))   # no base word


def test_column_numbers_pass_over_blanks_and_none_marks():
    # Thái Nguyên's «So cùng kỳ (%)» 7/2020 and vinanet's cashew 4T/2020 (-26,4), among blank and «-» cells
    cells = ["134", "122,2", None, "-", "", Decimal("-26.4"), "46,5"]
    raw = RawTable("t", 1, ["Chỉ tiêu", "So cùng kỳ (%)"],
                   [(n, ["x", v]) for n, v in enumerate(cells, start=2)] + [(9, ["y"])])
    assert _column_numbers(raw, 1) == [Decimal("134"), Decimal("122.2"), Decimal("-26.4"), Decimal("46.5")]
    assert _column_numbers(raw, 2) == []
