"""Guard on reviewers' rewrite instructions: style yes, figures no.

Figures come from the agency's table and nowhere else; a rewrite instruction
that tries to change one ("đổi số 155 thành 200") would launder a number past
the checker's intent, so it is refused with a message pointing at the right
fix (edit the figures table).  The test is deliberately conservative: any
number that is not a value of the table is refused too.  Numbers are read the
way the checker reads them (``service.checker.extract.extract_numbers``):
digits in any position (``có 999 từ các xã``, ``999-người``), Vietnamese
numbers in words (``chín trăm chín mươi chín người``); English numbers in words
(``one thousand people``) by ``service.numwords``; a digit the checker leaves
unread counts as a number.  What the checker calls not a figure (a year, a
date, a section or document number, ``Covid-19``) passes, and so do counts of
the text's own parts (``viết thành 2 đoạn``, ``tối đa 50 từ``, ``in two
paragraphs``).
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
# Numerals that are not figures, by what surrounds them (for a change's target value: "thành 2 đoạn").
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:năm|mục|phần|đoạn|câu|ý|dòng|tiểu mục|khoản|điều|chương|số hiệu|chỉ thị|nghị quyết|nghị định|"
    r"quyết định|kết luận|thông tư|công văn|kế hoạch|hướng dẫn|section|paragraph|sentence|item|year)\s*(?:số\s*)?$",
    re.I)
# Counts of the text's own parts: "viết thành 2 đoạn", "tối đa 3 câu", "rút gọn còn 120 từ", "in two paragraphs".
_PARTS = ("đoạn", "câu", "ý", "dòng", "từ", "chữ", "gạch đầu dòng", "paragraph", "paragraphs", "sentence",
          "sentences", "line", "lines", "word", "words", "bullet", "bullets", "point", "points")
_NOT_FIGURE_AFTER = re.compile(rf"^\s*(?:{'|'.join(_PARTS)})(?!\w)", re.I)
# Before a count of parts: how long the text should be ("có 999 từ các xã" is not one: 'từ' is 'from').
_LENGTH_CUE = re.compile(r"(?:tối đa|tối thiểu|không quá|khoảng|chừng|thành|còn|dưới|trong|gồm|chỉ|ít nhất|"
                         r"nhiều nhất|chưa tới|chưa đến|viết|in|into|to|at most|at least|about|under|max(?:imum)?|"
                         r"min(?:imum)?)\s*$", re.I)
_EN_NUMBER_WORD = re.compile(r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                             r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen)s?\b")


def _values(figures: FigureTable | Iterable[Figure]) -> set[Decimal]:
    out: set[Decimal] = set()
    for f in figures:
        for v in (f.ky_bao_cao, f.cung_ky, f.ke_hoach):
            if v is not None:
                out.add(Decimal(v).normalize())
    return out


def _is_not_a_figure(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    if re.search(r"\w-$", before) or re.search(r"[A-Za-zĐđ]$", before):
        return True  # Covid-19, F0: part of a name
    if re.match(r"^-[A-ZĐ]{1,6}(?:/|\b)", after) or re.match(r"^[a-z](?!\w)", after):
        return True  # 05-CT/TW, mục 3a: a code; "999-người" is not
    if re.match(r"^/\d", after) or re.search(r"\d/$", before):
        return True  # dates 19/5, 3/2/1930
    return bool(_NOT_FIGURE_BEFORE.search(before.rstrip()) or _NOT_FIGURE_AFTER.match(after))


def _counts_parts(text: str, start: int, end: int) -> bool:
    """``start:end`` counts the text's own parts: a part noun right after and either nothing more in its
    phrase (``viết thành 2 đoạn``) or a length cue before (``trong 3 câu thôi``)."""
    after = text[end:]
    m = _NOT_FIGURE_AFTER.match(after)
    if not m:
        return False
    rest = after[m.end():]
    return bool(re.match(r"^\s*(?:$|[.,;:!?)]|và\b|hoặc\b|and\b|or\b|thôi\b|là đủ\b|trở xuống\b)", rest, re.I)
                or _LENGTH_CUE.search(text[:start]))


def _numbers(text: str) -> list[tuple[int, int, set[Decimal]]]:
    """Every figure the instruction states, as the checker reads figures: (start, end, possible values)."""
    from service.checker.extract import extract_numbers
    from service.numwords import find_english_number_words

    out, seen = [], []
    for m in extract_numbers(text):
        seen.append((m.num_start, m.num_end))
        if m.is_figure and not _counts_parts(text, m.num_start, m.num_end):
            values = {Decimal(m.value).normalize()} if m.value is not None else set()
            out.append((m.start, m.end, values | (_as_value(m.raw) if m.notation != "word" else set())))
    for n in _NUMERAL.finditer(text):  # a digit the checker left unread is a number all the same
        if not any(s <= n.start() < e for s, e in seen) and not _is_not_a_figure(text, n.start(), n.end()):
            out.append((n.start(), n.end(), _as_value(n.group(0))))
    for e in find_english_number_words(text):
        words = text[e.start:e.end]
        standalone = not (text[e.start - 1:e.start].isalpha() or text[e.end:e.end + 1].isalpha())
        if standalone and _EN_NUMBER_WORD.search(words) and not _counts_parts(text, e.start, e.end):
            out.append((e.start, e.end, {Decimal(e.value).normalize()}))
    return sorted(out, key=lambda x: x[0])


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
    for start, end, values in _numbers(clean):
        if not (values & known):
            raise InputError(f"Yêu cầu biên tập nêu số \"{clean[start:end]}\" không có trong bảng số liệu kỳ báo cáo. "
                             f"{_FIX}")
    return clean
