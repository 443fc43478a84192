"""Guard on reviewers' rewrite instructions: style yes, figures no.

Figures come from the agency's table and nowhere else; a rewrite instruction
that tries to change one ("đổi số 155 thành 200") would launder a number past
the checker's intent, so it is refused with a message pointing at the right
fix (edit the figures table).  The test is deliberately conservative: any
numeral that is not a value of the table is refused too, except numerals that
are plainly not figures (years, dates, section numbers, "Covid-19",
document references).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from service.errors import InputError
from service.figures.model import Figure, FigureTable
from service.numbers import parse_machine_or_vn

MAX_LENGTH = 500

_FIX = ("Số liệu chỉ lấy từ bảng số liệu của kỳ báo cáo; muốn đổi số, hãy sửa bảng số liệu rồi soạn lại. "
        "(Figures come only from the figures table: edit the table, not the instruction.)")

# A verb of changing followed (closely) by a figure word or a numeral.
_CHANGE_VERB = r"(?:đổi|thay|sửa|chỉnh|điều chỉnh|cập nhật|nâng|hạ|làm tròn|ghi|viết|change|replace|set|update|modify|alter|edit|round)"
_FIGURE_WORD = r"(?:(?:số liệu|con số|số|chỉ tiêu|giá trị|tỷ lệ|tỉ lệ|số tiền|figures?|numbers?|values?|amounts?)(?!\w)|\d+(?:[.,]\d+)*)"
_CHANGES_FIGURE = re.compile(
    rf"(?<!\w){_CHANGE_VERB}(?:\s+(?:đổi|lại|hết|các|những|toàn bộ|mọi|the|all|every))*\s+{_FIGURE_WORD}", re.I)
# "... thành 200", "... bằng 200", "... -> 200", "... to 200": a target value.
_TARGET_VALUE = re.compile(r"(?:thành|bằng|→|->|=|\bto\b)\s*(?=\d)", re.I)

_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
# Numerals that are not figures, by what surrounds them.
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:năm|mục|phần|đoạn|câu|ý|dòng|tiểu mục|khoản|điều|chương|số hiệu|chỉ thị|nghị quyết|nghị định|"
    r"quyết định|kết luận|thông tư|công văn|kế hoạch|hướng dẫn|section|paragraph|sentence|item|year)\s*(?:số\s*)?$",
    re.I)
# "viết thành 2 đoạn", "tối đa 3 câu": counts of the text's own parts.
_NOT_FIGURE_AFTER = re.compile(r"^\s*(?:đoạn|câu|ý|dòng|mục|từ|chữ|paragraphs?|sentences?|lines?|words?)(?!\w)", re.I)


def _values(figures: FigureTable | Iterable[Figure]) -> set[Decimal]:
    out: set[Decimal] = set()
    for f in figures:
        for v in (f.ky_bao_cao, f.cung_ky, f.ke_hoach):
            if v is not None:
                out.add(Decimal(v).normalize())
    return out


def _is_not_a_figure(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    if re.search(r"[\w]-$", before) or re.match(r"^-?[A-Za-zĐđ]", after) or re.search(r"[A-Za-zĐđ]$", before):
        return True  # Covid-19, 05-CT/TW, F0: part of a name
    if re.match(r"^/\d", after) or re.search(r"\d/$", before):
        return True  # dates 19/5, 3/2/1930
    return bool(_NOT_FIGURE_BEFORE.search(before.rstrip()) or _NOT_FIGURE_AFTER.match(after))


def _as_value(numeral: str) -> set[Decimal]:
    """Both readings of an ambiguous numeral (``1.000`` is 1000 in Vietnamese, 1 in machine notation)."""
    out = set()
    for parse in (lambda s: Decimal(s.replace(".", "").replace(",", ".")), parse_machine_or_vn):
        try:
            out.add(parse(numeral).normalize())
        except (ValueError, ArithmeticError):
            pass
    return out


def validate_instruction(text: str | None, figures: FigureTable | Iterable[Figure]) -> str:
    """The instruction, normalised (NFC, single spaces), or ``InputError`` saying why not."""
    clean = " ".join(unicodedata.normalize("NFC", text or "").split())
    if not clean:
        raise InputError("Yêu cầu biên tập đang trống. (The rewrite instruction is empty.)")
    if len(clean) > MAX_LENGTH:
        raise InputError(f"Yêu cầu biên tập dài {len(clean)} ký tự, tối đa {MAX_LENGTH}. "
                         f"(The rewrite instruction is {len(clean)} characters long; the limit is {MAX_LENGTH}.)")
    m = _CHANGES_FIGURE.search(clean)
    if m:
        raise InputError(f"Yêu cầu biên tập không được thay đổi số liệu (\"{m.group(0)}\"). {_FIX}")
    for t in _TARGET_VALUE.finditer(clean):
        n = _NUMERAL.match(clean, t.end())
        if not _is_not_a_figure(clean, n.start(), n.end()):
            raise InputError(f"Yêu cầu biên tập không được thay đổi số liệu (\"{t.group(0)}{n.group(0)}\"). {_FIX}")
    known = _values(figures)
    for n in _NUMERAL.finditer(clean):
        if _is_not_a_figure(clean, n.start(), n.end()):
            continue
        if not (_as_value(n.group(0)) & known):
            raise InputError(f"Yêu cầu biên tập nêu số {n.group(0)} không có trong bảng số liệu kỳ báo cáo. {_FIX}")
    return clean
