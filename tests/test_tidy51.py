"""Tidy 51: imports at the tops of the onboarding and checker modules, pointing down. The words the readers took from
``recognisers`` and ``check`` inside their functions (to get round a cycle) moved down into ``onboarding/changewords``,
``onboarding/stockwords`` and ``checker/wholerow``; the standing row in a number's own unit written once
(``standingnote.add_unit_standing``). No verdict moves: these tests pin the imports' direction and the readings on
real text."""

from __future__ import annotations

import ast
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from service.checker import check, fracwhole, wholerow
from service.onboarding import changewords, held, recognisers, standingnote, stockwords
from tests.test_onboarding_round6 import template

_SERVICE = Path(check.__file__).parent.parent
_TIDIED = ("onboarding", "checker")

#: The imports left inside functions, each with its reason: (module file under service/, module imported) → why.
ALLOWED = {
    # (a) optional or heavy third-party packages, loaded only on the path that reads or writes that format
    ("onboarding/pasted.py", "docx"): "python-docx: only when a .docx is read",
    ("onboarding/pasted.py", "docx.text.paragraph"): "python-docx: only when a .docx is read",
    ("onboarding/pasted.py", "pypdf"): "pypdf: only when a .pdf is read",
    ("onboarding/sheet.py", "openpyxl"): "openpyxl: only when a workbook is written",
    ("onboarding/sheet.py", "openpyxl.comments"): "openpyxl: only when a workbook is written",
    ("onboarding/sheet.py", "openpyxl.styles"): "openpyxl: only when a workbook is written",
    ("onboarding/sheet.py", "openpyxl.utils"): "openpyxl: only when a workbook is written",
    ("onboarding/sheet.py", "openpyxl.worksheet.datavalidation"): "openpyxl: only when a workbook is written",
    ("onboarding/spec_init.py", "yaml"): "PyYAML: only when a spec is written out",
    ("checker/documents.py", "docx"): "python-docx: only when a .docx is read",
    ("checker/documents.py", "docx.text.paragraph"): "python-docx: only when a .docx is read",
    ("checker/standing.py", "openpyxl"): "openpyxl: only when a .xlsx standing list is read",
    # (b) cycles left: the name is the importing module's caller's own core reader, too tied to move in a tidy
    ("onboarding/changedpair.py", "service.onboarding.recognisers"):
        "recognisers imports CHANGED_PAIR at its top; change() is its core change reader, with a dozen helpers there",
    ("onboarding/phrases.py", "service.onboarding.subjects"): "subjects reads phrases at its top; org_at is its reader",
    ("checker/pasted.py", "service.checker.extract"):
        "extract imports cell_breaks from pasted at its top; read_cell is extract's own numeral reader",
    ("checker/standing.py", "service.checker.check"):
        "check imports standing at its top; standing_from_prior runs the whole checker's extraction on the prior",
}


def _function_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(n) for n in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and id(inner) not in top:
                    found.append((inner.lineno, inner.module or ""))
                elif isinstance(inner, ast.Import):
                    found += [(inner.lineno, alias.name) for alias in inner.names]
    return found


# ---------------------------------------------------------------- the imports sit at the top and point down

def test_no_module_of_the_tidied_packages_imports_inside_a_function_but_the_allowed():
    stray = []
    for package in _TIDIED:
        for path in sorted((_SERVICE / package).rglob("*.py")):
            rel = path.relative_to(_SERVICE).as_posix()
            stray += [f"{rel}:{line} {module}" for line, module in _function_imports(path)
                      if (rel, module) not in ALLOWED]
    assert not stray, "imports inside functions (move them to the top, or add to ALLOWED with a reason):\n" + \
        "\n".join(stray)


def test_every_allowed_entry_is_still_there():
    # an entry whose import has gone is dropped from the list, so the list says only what is true
    for (rel, module), why in ALLOWED.items():
        assert why
        assert module in {m for _, m in _function_imports(_SERVICE / rel)}, (rel, module)


def _imported(module_file: Path) -> set[str]:
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


def test_the_moved_words_import_none_of_their_callers():
    callers = {f"service.onboarding.{m}" for m in ("recognisers", "held", "earlier", "plans", "reached", "rows")}
    for module in (changewords, stockwords):
        assert not _imported(Path(module.__file__)) & callers, module.__name__
    assert not _imported(Path(wholerow.__file__)) & {"service.checker.check", "service.checker.fracwhole"}


def test_the_old_names_are_the_same_objects():
    # rounds that import them from recognisers or check keep working
    assert recognisers.units_fit is changewords.units_fit
    assert recognisers.changed_kind is changewords.changed_kind
    assert recognisers.subject_phrase is changewords.subject_phrase
    assert recognisers.NOT_SUBJECT is changewords.NOT_SUBJECT
    assert recognisers._start_of is changewords.start_of
    assert recognisers.PLAN_AFTER is stockwords.PLAN_AFTER
    assert recognisers.STOCK_NOW is stockwords.STOCK_NOW
    assert recognisers._RESULT_AFTER is stockwords.RESULT_AFTER
    assert recognisers._moved is stockwords.moved
    assert held.moved is stockwords.moved
    assert check.whole_row is wholerow.whole_row is fracwhole.whole_row


def test_each_tidied_module_imports_first_in_a_fresh_interpreter():
    for module in ("onboarding.changewords", "onboarding.stockwords", "onboarding.held", "onboarding.earlier",
                   "onboarding.plans", "onboarding.reached", "onboarding.rows", "onboarding.statements",
                   "onboarding.nouns", "onboarding.waters", "checker.wholerow", "checker.fracwhole",
                   "checker.standing", "checker.table_words", "checker.recognisers.forecasts"):
        done = subprocess.run([sys.executable, "-c", f"import service.{module}"],
                              capture_output=True, text=True, cwd=_SERVICE.parent)
        assert done.returncode == 0, (module, done.stderr)


# ---------------------------------------------------------------- the same readings on real text

def test_a_stock_said_now_still_carries_its_note(tmp_path):
    # t5-khanhhoa-ccb-2016 (STOCK_NOW's own source): "Hiện nay, Hội CCB tỉnh có hơn 16.000 hội viên" (the clause after
    # it ours)
    tpl = template(tmp_path, "Báo cáo công tác Hội Cựu chiến binh tỉnh năm 2016",
                   "Hiện nay, Hội CCB tỉnh có hơn 16.000 hội viên, sinh hoạt ở 140 tổ chức cơ sở hội.")
    notes = {s.value: s.note for s in tpl.standing}
    assert notes.get(Decimal(16000)) == stockwords.STOCK_NOW


def test_a_total_the_period_brought_is_no_standing_fact(tmp_path):
    # moved()'s first case, its docstring's "đưa tổng số hội viên đến nay là 3.290" (the sentence around it ours)
    tpl = template(tmp_path, "Báo cáo công tác Hội năm 2016",
                   "Trong năm kết nạp mới 120 hội viên, đưa tổng số hội viên đến nay là 3.290 hội viên.")
    assert Decimal(3290) not in {s.value for s in tpl.standing}


def test_the_standing_in_its_own_unit_keeps_label_noun_and_quote(tmp_path):
    # c31-tapchicongsan-binh-dinh-dinh-huong-2030 (waters), t11-meovac-bienphong-2022 (extent),
    # xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2 (capital)
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội tỉnh năm 2020",
                   "Bình Định là tỉnh ven biển thuộc vùng duyên hải Trung Bộ, có diện tích tự nhiên là 6.071km2, với "
                   "chiều dài đường bờ biển là 134km, diện tích vùng lãnh hải là 36.000km2, dân số khoảng 1,5 triệu người.",
                   "Đơn vị được giao nhiệm vụ quản lý, bảo vệ tuyến biên giới dài hơn 23 km với 72 cột mốc, thuộc địa "
                   "bàn xã Xín Cái và Thượng Phùng.",
                   "Được biết doanh nghiệp có vốn điều lệ 95 tỷ đồng.")
    got = {s.value: (s.noun, s.label, s.quote) for s in tpl.standing}
    # (the same at d63e6c60, before the fold)
    assert got[Decimal(36000)] == ("km2", "Diện tích vùng lãnh hải", "hải là 36.000km2, dân số khoảng")
    assert got[Decimal(23)] == ("km", "Chiều dài tuyến biên giới", "giới dài hơn 23 km với 72 cột")
    assert got[Decimal("95000000000")] == ("đồng", "Vốn điều lệ", "vốn điều lệ 95 tỷ đồng")
    assert got[Decimal(72)] == ("cột mốc", "Số cột mốc", "km với 72 cột mốc, thuộc")
