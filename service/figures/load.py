"""Load and validate a figures table (CSV, XLSX, JSON): every problem at once, all-or-nothing.

Problems are **errors** (the file is refused: ``load_table`` raises one
``InputError`` carrying every error, located by file, row and column) or
**warnings** (the file loads: a column left aside, a code made up, a total that
disagrees with its parts); ``validate_file`` returns both, the loaded table
carries its warnings.  Messages are Vietnamese: users read them.

The pieces, composed here: the file's cells (:mod:`read`), its columns
(:mod:`columns`), what each row is (:mod:`rows`), each cell as a number in the
row's unit (:mod:`cells`, :mod:`units`), whether totals add up (:mod:`sums`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import ChainMap
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from service.errors import InputError, Problem, ProblemList
from service.figures.crossyear import month_ending_a_span_across_years
from service.figures.cells import (AVERAGE, ENGLISH, NONE, NONE_MARKS, CellRow, filled, label_unit, measure_key, notation_of,
                                   running_key, say_marked_change, split_of_whole, stated_change, text, value)
from service.figures.change import last_year, rate_agrees
from service.figures.beforerows import before_rows
from service.figures.carried import COLUMN_KEY, with_families
from service.figures.columns import _lower_first  # one copy: a column title as the rest of a label
from service.figures.columns import PAIR_CELL, Layout, map_columns, running_measure_number, without_unit, of_the_plan, own_noun, sum_in_two_scales, sums_in_two_currencies, typed_unit, unit_before_share
from service.figures.headings import (column_names_the_period, part_of_the_title_year, title_year_of_an_occasion,
                                      years_joined_in_the_title, year_of_the_publication)
from service.figures.lastyearonly import last_year_code, last_year_column, last_year_label, last_year_of, last_year_said
from service.figures.locales import english_by_both_marks, number_cells
from service.figures.model import INDEX_WORDS, PERIOD_COLUMN, RUNNING_COLUMN, TO_DATE_COLUMN, Figure, FigureTable, \
    is_index_row, other_column, part_column
from service.figures.runningquantities import changes_of_quantities
from service.figures.runningtitle import months_to_date_of_the_month
from service.figures.notelists import noted_part_figures, noted_sub_part
from service.figures.ratios import per_cent_in_dress
from service.figures.read import RawTable, read_raw
from service.figures.reheading import set_aside_reheaded
from service.figures.rows import Cells, code_for, part_label, section_title, split_stt_label, stt_style, stt_token, structure
from service.figures.schema import (COLUMNS, MONTHS_SUMMED, NUMERIC, REQUIRED, TO_MONTH, fold, is_none_mark, read_title,
                                    read_unit, span_period)
from service.figures.units import SCALE_WORDS, is_ditto
from service.figures.sheet import footer_rows, group_unit, unit_line
from service.figures.stacked import PART_OF_PERIOD, another_periods_biểu, the_periods_biểu_first
from service.figures.stock import is_growth_plan
from service.figures.subrow import free_code, stated_sub_row
from service.figures.sums import check_sums
from service.figures.titlereading import title_reading
from service.numbers import format_vn, parse_table_number
from service.periods import find_period, parse_period

# A date in a title row ("ngày 05 tháng 7 năm 2024") is when the biểu was made, not its period.
_DATE = re.compile(r"(?i)(ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}/\d{1,2}/\d{4})")
MAX_CODE, MAX_UNIT = 100, 100  # the store's column sizes

__all__ = ["load_table", "validate_file", "check_table", "normalise_period", "map_columns", "NONE_MARKS",
           "REQUIRED", "COLUMNS"]




#: a column title that names its own unit, per cent: ``Cùng kỳ năm 2018 (%)``, ``Kế hoạch năm (%)``
#: A unit that says a rate of the plan (folded): "% KH", "%KH", "% kế hoạch", "% dự toán", "% so KH", "% chỉ tiêu".
_PLAN_UNIT = re.compile(r"^%\s*(?:so\s+(?:voi\s+)?)?(kh|ke hoach|du toan|dt|chi tieu)(?:\s+nam)?$")
#: A label that says it is of the plan already ("Thu ngân sách Nhà nước so với kế hoạch", "… so với chỉ tiêu tỉnh giao").
_PLAN_SAID = re.compile(r"\b(?:ke hoach|kh|du toan|chi tieu|nghi quyet)\b")
_PERCENT_TITLE = re.compile(r"\(\s*%\s*\)\s*$")


def _percent_titled(layout, values: dict, unit) -> list[str]:
    """The columns of another period or the plan whose title says they hold per cents, on a row counted in another
    unit: their cells are rates, not the row's values."""
    if unit is None or unit.text == "%" or "%" in unit.text:
        return []
    return [c for c in ("cung_ky", "ke_hoach", "ky_truoc") if values.get(c) not in (None, NONE)
            and _PERCENT_TITLE.search(str(layout.titles.get(c) or ""))
            and not _PERCENT_TITLE.search(str(layout.titles.get("ky_bao_cao") or ""))]

def normalise_period(period: str | None) -> str | None:
    """``6 tháng đầu năm 2024`` → ``2024-H1``; InputError if it is not a period."""
    if period is None or not str(period).strip():
        return None
    try:
        return parse_period(str(period)).code
    except ValueError as exc:
        raise InputError(f"kỳ báo cáo {str(period)!r} không hợp lệ (ví dụ: '6 tháng đầu năm 2024' hoặc 2024-H1)"
                         ) from exc



#: A title row that says which period the biểu is for ("Kỳ báo cáo: 6 tháng đầu năm 2024").
_PERIOD_LABEL = re.compile(r"(?i)^\W*(?:kỳ\s+báo\s+cáo|kỳ\s+số\s+liệu|thời\s+kỳ|số\s+liệu)\s*:")


def title_period(titles: list[str]):
    """The period the title rows state: a row labelled ``Kỳ báo cáo:`` first (the title above it may name the
    periods of the report's trích yếu), else the first row that names one (dates left out)."""
    labelled = [t for t in titles if _PERIOD_LABEL.match(t)]
    for t in labelled + [t for t in titles if t not in labelled]:
        for said in (_BRACKET.sub(_own_or_blank, t), t):  # "QUÝ III NĂM 2024 (số liệu đến tháng 9/2024)": the
            said = _DATE.sub(" ", said)                   # title's own words first, then its brackets
            p = month_ending_a_span_across_years(said) or find_period(said) or span_period(said)  # "TỔNG KẾT GIAI
            #                            ĐOẠN 2015 - 2020"; "(TỪ NĂM 2017 ĐẾN THÁNG 3/2018)": the month it runs to
            if p:
                return p
    return None


_BRACKET = re.compile(r"\([^()]*\)")
#: A bracket counting the months of the year so far said right before it: the title's own words (``THIỆT HẠI DO THIÊN
#: TAI TỪ ĐẦU NĂM 2024 ĐẾN NAY (7 THÁNG)``, the PCTT office's sheet, held-out xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-
#: thien-tai-2024-7t: seven months of 2024, not the year).
_SO_FAR_LENGTH = re.compile(r"(?i)(?:đến|tới)\s+nay\s*$")


def _own_or_blank(bracket: re.Match) -> str:
    """A title's bracket set aside (a blank), unless it counts the months of the so far before it (kept)."""
    own = _SO_FAR_LENGTH.search(bracket.string, 0, bracket.start()) and re.fullmatch(
        r"(?i)\(\s*\d{1,2}\s*tháng(?:\s+đầu\s+năm)?\s*\)", bracket.group(0))
    return bracket.group(0) if own else " "


def _names_span(titles, code: str) -> bool:
    """A title that names the chosen two years as such (``VỤ ĐÔNG XUÂN 2023 - 2024`` for ``2023-2024``): the period
    read first (the crop season, by the year it ends in) is not another period than the one chosen."""
    return any((p := span_period(_DATE.sub(" ", t))) is not None and p.code == code for t in titles)


_DAY = re.compile(r"(?i)(?:ngày\s*)?(\d{1,2})\s*(?:[/.-]|\s*tháng\s*)(\d{1,2})\s*(?:[/.-]|\s*năm\s*)((?:19|20)\d{2})(?!\d)")


def _finer_in_stated_year(stated, code: str):
    """The chosen period when it is a part of the year the file states (a month, quarter, half of it), else None."""
    try:
        chosen = parse_period(code)
    except ValueError:
        return None
    if stated.kind != "year" or stated.year != chosen.year or chosen.kind in ("year", "term"):
        return None
    return chosen


def _dated_inside(titles, stated, code: str) -> bool:
    """``KẾT QUẢ SẢN XUẤT VỤ XUÂN NĂM 2024 (tính đến ngày 15/5/2024)`` chosen as ``2024-05``, a week's ``… TUẦN 24 NĂM
    2020 (07h00 NGÀY 11/6/2020)`` as ``2020-06`` (a week has no period code): the title's year holds the chosen
    period and the title dates its figures inside it, so the chosen period is the title's, said finer."""
    chosen = _finer_in_stated_year(stated, code)
    if chosen is None:
        return False
    first, last = chosen.months
    return any(int(y) == chosen.year and first <= int(m) <= last
               for t in titles for _, m, y in _DAY.findall(str(t)))


def _dated_by_header(raw: RawTable, stated, code: str) -> bool:
    """``TÌNH HÌNH … KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2023`` over ``Giải ngân đến hết tháng 3/2023 so với kế hoạch (%)``
    chosen as ``2023-Q1`` (round 24's e01): the title names the plan's year, a column dates the progress to the end
    of the chosen period's last month inside it — the chosen period is the column's, not another."""
    chosen = _finer_in_stated_year(stated, code)
    if chosen is None:
        return False
    return any(int(y) == chosen.year and int(m) == chosen.months[1]
               for t in raw.header for m, y in TO_MONTH.findall(unicodedata.normalize("NFC", str(t or ""))))


def _state_to_month(raw: RawTable, stated, code: str) -> bool:
    """``TIẾN ĐỘ … ĐẾN THÁNG 10/2021`` over ``Đến tháng 10/2021 | Đến tháng 9/2021`` chosen as ``2021-10``
    (yj-toan-quoc-van-phong-dieu-phoi-nong-thon-moi-xa-dat-chuan-2021-10): counts to a month's end read as the months so
    far are also that month's state (communes meeting a standard by October) — the month the user chose, when no title
    says the months are summed (``đầu năm``, ``lũy kế``, ``cộng dồn``, ``N tháng``)."""
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    if chosen.kind != "month" or stated.kind != "ytd" or stated.year != chosen.year \
            or stated.months != (1, chosen.months[1]):
        return False
    said = [unicodedata.normalize("NFC", str(t or "")) for t in [*raw.titles, *raw.header]]
    return any(int(m) == chosen.months[1] and int(y) == chosen.year for t in said for m, y in TO_MONTH.findall(t)) \
        and not any(MONTHS_SUMMED.search(t) for t in said)


def _months_of_the_part(layout: Layout, stated, code: str) -> bool:
    """``CHỈ SỐ GIÁ … CÁC THÁNG NĂM 2019`` over ``Tháng 1/2019 | … | Tháng 6/2019`` chosen as ``2019-H1``
    (yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1, a yearbook's page of the first half): the title
    names the year the months are of, the columns are months of the chosen part of it — the page is the chosen
    period's, each month's cells rows of their own."""
    chosen = _finer_in_stated_year(stated, code)
    if chosen is None:
        return False
    months = [p for _, p in layout.parts.values() if getattr(p, "kind", None) == "month"]
    return len(months) >= 2 and all(p.year == chosen.year and chosen.months[0] <= p.months[0] <= chosen.months[1]
                                    for p in months)


def _text_columns(layout: Layout) -> set[int]:
    """The columns of words (code, label, unit, note, STT): their ``1.1`` is a code, not a number."""
    return {i for i, c in layout.cols.items() if c not in NUMERIC} | ({layout.stt} if layout.stt is not None else set())


def check_table(raw: RawTable, *, series: str | None = None, period: str | None = None) -> tuple[FigureTable, list[Problem]]:
    """Validate raw cells; return the table and every problem (errors make the table unusable)."""
    if period and (first := the_periods_biểu_first(raw, normalise_period(period))) is not None:
        raw = first     # "Biểu 1 … tháng 9/2021" above "Biểu 2 … quý III/2021", chosen as the quarter
    src = raw.source
    problems = ProblemList(list(raw.warnings))
    period_code = normalise_period(period) if period else None
    titled = title_period(raw.titles)
    per_cent_in_dress(raw, problems)   # «So với cùng kỳ» over 0,925 or over cells formatted «0%»: per cents
    layout = map_columns(raw, problems, period_code, titled)
    raw = set_aside_reheaded(raw, layout, problems)   # «Tăng/giảm so với tháng trước (%)» half-way down

    stated = titled or layout.period
    if raw.meta.get("period"):
        stated = _try_period(raw.meta["period"]) or stated
    if period_code and stated and stated.code != period_code and period_code not in _title_periods(raw.titles) \
            and not _names_span(raw.titles, period_code) and not _dated_inside(raw.titles, stated, period_code) \
            and not _dated_by_header(raw, stated, period_code) and not _state_to_month(raw, stated, period_code) \
            and not _since_january_to(raw.titles, period_code) and not _draft_year_before(raw.titles, stated, period_code) \
            and not years_of_the_span(raw, stated, period_code) and not _months_of_the_part(layout, stated, period_code) \
            and not column_names_the_period(raw.header, stated, period_code) \
            and not months_to_date_of_the_month(raw.header, stated, period_code) \
            and not part_of_the_title_year(raw.header, stated, period_code) \
            and not years_joined_in_the_title(raw.titles, stated, period_code) \
            and not year_of_the_publication([layout.titles.get("ky_bao_cao")], raw.header, stated, period_code) \
            and not title_year_of_an_occasion(raw.titles, period_code, _try_period(period_code)):
        problems.add(f"tệp là số liệu {stated.text} ({stated.code}) nhưng kỳ được chọn là {period_code}",
                     file=src, row=1 if raw.titles else raw.header_row or None)
    period_code = period_code or (stated.code if stated else None)
    series = series or raw.meta.get("series")
    if problems.errors:  # column problems make every row unreadable: report them alone
        return FigureTable([], source=src, series=series, period=period_code), problems.problems

    rows, cells = _rows(raw, layout, problems)
    lines = structure(cells)
    cols = {**layout.cols, **{i: running_key(c) for i, c in layout.running.items()}}
    if "ky_bao_cao" not in layout.cols.values() or layout.part_measures:  # a matrix, a yearbook's periods: their
        cols.update({i: "ky_bao_cao" for i in [*layout.cells, *layout.parts, *layout.measures]})  # cells tell too
    notation = notation_of(raw, cols)
    if notation != ENGLISH and english_by_both_marks(number_cells(raw.rows, _text_columns(layout))):
        notation = ENGLISH   # «869,000» beside «44.35»: an English-locale spreadsheet's export
    if notation == ENGLISH:
        own = vietnamese_columns(raw, layout)
        for i, title, shown in own:
            read_the_vietnamese_way(rows, measure_key(i))
            problems.warn(f"cột ghi số kiểu Việt Nam ({shown}: dấu phẩy thập phân, kiểu Anh không viết như vậy) trong bảng "
                          "ghi số kiểu Anh: đã đọc cột này theo kiểu Việt Nam", file=src, row=raw.header_row or None,
                          column=title)
        problems.warn("bảng ghi số kiểu Anh (dấu phẩy ngăn hàng nghìn, dấu chấm thập phân, như «1,234.5»): đã đọc mọi "
                      f"số{' (trừ cột ghi kiểu Việt Nam đã nói)' if own else ''} theo kiểu đó («1,644» là một nghìn sáu "
                      "trăm bốn mươi bốn); nếu không đúng, ghi số theo kiểu Việt Nam («1.234,5»)", file=src,
                      row=raw.header_row or None)
    figures, by_line = _figures(rows, lines, layout, notation, problems, unit_line(raw.titles),
                                _try_period(period_code) if period_code else None)
    for k in check_sums(lines, by_line, problems, src, layout.titles):  # a grand total belongs to no group
        if not text(rows[k].rec.get("muc")):
            figures[figures.index(by_line[k])] = replace(by_line[k], muc="")
    if not figures and not problems.errors:  # a period may state no figure: loaded empty, but said
        problems.warn("không có hàng số liệu nào dưới hàng tiêu đề: bảng được nạp rỗng", file=src,
                      row=raw.header_row or None)
    for n, part in enumerate(raw.parts, start=2):  # a second biểu on the sheet: its rows, their codes prefixed
        inside = part.meta.get(PART_OF_PERIOD)
        part_table, part_problems = check_table(part, series=series, period=inside or period)
        if another_periods_biểu(part_problems):
            # "Biểu 2 … quý III/2021" under the month's biểu chosen as September: another period's, aside, said (in
            # place of the reader's notice that its rows are read with codes «B2.»)
            problems.problems[:] = [p for p in problems.problems if not (p.row == part.header_row
                                                                         and "bảng thứ hai" in p.message)]
            problems.warn(f"biểu thứ hai trên trang (hàng {part.header_row}) là số liệu của kỳ khác, không phải kỳ được "
                          f"chọn ({period_code}): bỏ qua biểu này", file=src, row=part.header_row or None)
            continue
        for p in part_problems:
            problems.problems.append(p)
        if inside:   # the biểu of a part of the period (its month): each figure a row of that part
            said = parse_period(inside)
            problems.warn(f"trang có hai biểu: biểu của {said.text} ở trên, biểu của kỳ báo cáo ({period_code}) ở dưới: "
                          f"số liệu của biểu trên nạp thành các hàng riêng «<chỉ tiêu> ({said.text})», mã thêm "
                          f"«-{said.code}»", file=src, row=part.header_row or None)
            figures.extend(replace(f, ma=f"{f.ma}-{said.code}", chi_tieu=f"{f.chi_tieu} ({said.text})")
                           for f in part_table.figures)
            continue
        figures.extend(replace(f, ma=f"B{n}.{f.ma}") for f in part_table.figures)
    table = FigureTable(figures, source=src, series=series, period=period_code)
    ordered = sorted(problems.problems, key=lambda p: (p.row is not None, p.row or 0))
    table.warnings = [p for p in ordered if not p.is_error]
    return table, ordered


def years_of_the_span(raw: RawTable, stated, code: str) -> bool:
    """A yearbook's table of years titled by their span (``CƠ SỞ LƯU TRÚ DU LỊCH GIAI ĐOẠN 2008 - 2012`` over ``Năm |
    2008 | … | 2012``), one of its years chosen: the span is the range the columns run over, not the period of the
    figures (each year's column is its own); the chosen year is a column of the header."""
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    if stated is None or stated.kind != "term" or chosen.kind != "year":
        return False
    last = int(stated.code.split("-")[-1]) if stated.code.split("-")[-1].isdigit() else None
    if last is None or not stated.year <= chosen.year <= last:
        return False
    return any(isinstance(h, str) and (t := read_title(h).period) is not None and t.code == code for h in raw.header)


#: A title counting from the year's start to a date: ``TỪ ĐẦU NĂM 2025 ĐẾN NGÀY 15/7/2025``.
_SINCE_JANUARY = re.compile(r"(?i)\btừ\s+đầu\s+năm\b")


def _since_january_to(titles: list[str], code: str) -> bool:
    """A title from the year's start to a day (``TỪ ĐẦU NĂM 2025 ĐẾN NGÀY 15/7/2025``) is the months to date the user
    chose (``2025-7T``), no other period."""
    try:
        period = parse_period(code)
    except ValueError:
        return False
    return period.kind != "term" and any(
        _SINCE_JANUARY.search(str(t)) and period.months == (1, int(m)) and period.year == int(y)
        for t in titles for _, m, y in _DAY.findall(str(t)))


#: A month named in words at the end of a title's part in capitals: ``… HÀNG HÓA THÁNG NĂM`` (before ``VÀ 5 THÁNG
#: ĐẦU NĂM 2018``).  Word → month.
_CAPITAL_MONTHS = {"GIÊNG": 1, "CHẠP": 12, "MƯỜI MỘT": 11, "MƯỜI HAI": 12, "MƯỜI": 10, "MỘT": 1, "HAI": 2, "BA": 3,
                   "TƯ": 4, "NĂM": 5, "SÁU": 6, "BẢY": 7, "TÁM": 8, "CHÍN": 9}
_CAPITAL_MONTH = re.compile(r"\bTHÁNG\s+(" + "|".join(sorted(_CAPITAL_MONTHS, key=len, reverse=True)) + r")\s*$")


def month_in_capitals(part: str) -> str:
    """A title's part in capitals ending in a month named in words (``VẬN TẢI … HÀNG HÓA THÁNG NĂM``, of the title
    ``… THÁNG NĂM VÀ 5 THÁNG ĐẦU NĂM 2018``, tapchitaichinh 5/2018): that month by its number (``… THÁNG 5``), since
    capitals lose the capital that marks a month's name (``tháng Năm``) and the year is said once at the end.  Only at
    the end of a part joined by «và» or a comma: ``THÁNG NĂM 2018`` inside a part is left as written."""
    said = unicodedata.normalize("NFC", str(part)).strip()
    if said != said.upper():
        return part
    m = _CAPITAL_MONTH.search(said)
    return f"{said[:m.start()]}THÁNG {_CAPITAL_MONTHS[' '.join(m.group(1).split())]}" if m else part


def _title_periods(titles: list[str]) -> set[str]:
    """Every period a title row names when it names several (``… THÁNG 9 VÀ 9 THÁNG NĂM 2022``: the month and the
    months to date, the year said once at the end): their codes."""
    out = set()
    for line in titles:
        line = str(line)
        year = re.search(r"\b(?:19|20)\d{2}\b", line)
        for part in re.split(r"(?i)\s+và\s+|\s*[,;]\s*", line):
            part = month_in_capitals(part)
            p = title_period([part if year is None or year.group(0) in part else f"{part} năm {year.group(0)}"])
            if p is not None:
                out.add(p.code)
        out.update(_bracket_periods(line))
    return out


#: Words that make a bracket a base of comparison, not the report's time (folded): ``(so với năm 2022)``.
_COMPARED = re.compile(r"\b(?:so voi|so cung ky|cung ky|ky truoc|nam truoc|goc)\b")


#: A call-up named by the year its recruits join (folded): ``nghĩa vụ quân sự năm 2020``, ``NVQS năm 2024``, ``tuyển
#: quân năm 2024``, ``gọi công dân nhập ngũ năm 2025``, ``giao nhận quân năm 2023``.
_DRAFT_YEAR = re.compile(r"\b(?:nghia vu quan su|nvqs|nghia vu cong an|tuyen quan|nhap ngu|giao nhan quan|giao quan)"
                         r"(?: va [a-z ]{3,30}?)? nam ((?:19|20)\d{2})\b")


def _draft_year_before(titles, stated, code: str) -> bool:
    """``TỔNG HỢP KẾT QUẢ KHÁM SƠ TUYỂN SỨC KHỎE NVQS NĂM 2020`` chosen as ``2019-11``: a call-up is named by the year
    its recruits join; its examinations are held in the autumn before, so a period of the year before, from August,
    is the report's, no conflict."""
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    if stated is None or stated.kind != "year" or chosen.year != stated.year - 1 or chosen.months[0] < 8:
        return False
    if any(_bracket_periods(str(t)) for t in titles):   # "(THÁNG 11/2023)": the title dates the report itself
        return False
    return any(int(m.group(1)) == stated.year for t in titles for m in _DRAFT_YEAR.finditer(fold(str(t))))


def _bracket_periods(line: str) -> set[str]:
    """The periods a title states in brackets, as the report's time: ``KẾT QUẢ HỖ TRỢ KHÁM TUYỂN NGHĨA VỤ QUÂN SỰ NĂM
    2024 (THÁNG 11/2023)`` — the year outside names what is reported on (the draft of 2024), the bracket when
    (November 2023).  A bracket naming a base of comparison (``(so với năm 2022)``) is none."""
    out = set()
    for inner in re.findall(r"\(([^()]*)\)", line):
        if _COMPARED.search(fold(inner)):
            continue
        p = title_period([inner])
        if p is not None:
            out.add(p.code)
    return out


def _rows(raw: RawTable, layout: Layout, problems: ProblemList) -> tuple[list[CellRow], list[Cells]]:
    """Every non-empty row, with what the structure pass needs to know of it."""
    rows, cells_out = [], []
    numeric = [i for i, c in layout.cols.items() if c in NUMERIC]
    label_at = next(i for i, c in layout.cols.items() if c == "chi_tieu")
    footer = footer_rows(raw.rows, numeric + list(layout.running) + list(layout.measures) + list(layout.cells) +
                         list(layout.shares_only), label_at)
    if footer:
        problems.warn(f"{len(footer)} hàng dưới bảng (hàng {_rows_text(sorted(footer))}: ghi chú, nơi nhận, chữ ký) "
                      "không có số liệu, chỉ có chữ ở cột số: không nạp", file=raw.source, row=min(footer))
    for rownum, cells in raw.rows:
        if rownum in footer or not any(filled(c) for c in cells):
            continue
        rec = {col: (cells[i] if i < len(cells) else None) for i, col in layout.cols.items()}
        rec.update({running_key(col): (cells[i] if i < len(cells) else None) for i, col in layout.running.items()})
        rec.update({measure_key(i): (cells[i] if i < len(cells) else None) for i in [*layout.measures, *layout.places,
                                                                                    *layout.parts, *layout.changes,
                                                                                    *layout.rates,
                                                                                    *layout.since_year_start,
                                                                                    *layout.before_rates,
                                                                                    *layout.before_columns,
                                                                                    *layout.shares, *layout.cells,
                                                                                    *layout.shares_only,
                                                                                    *layout.cell_last.values(),
                                                                                    *layout.cell_changes.values(),
                                                                                    *layout.part_before,
                                                                                    *layout.part_lasts,
                                                                                    *layout.running_measures]})
        stt = cells[layout.stt] if layout.stt is not None and layout.stt < len(cells) else None
        label = text(rec.get("chi_tieu"))
        has_values = any(filled(cells[i]) for i in [*numeric, *layout.measures, *layout.parts, *layout.cells,
                                                    *layout.places, *layout.shares, *layout.shares_only]
                         if i < len(cells)) or \
            filled(rec.get(running_key("ky_bao_cao"))) or \
            bool(layout.cells and any(filled(cells[i]) for i in layout.rates if i < len(cells))) or \
            any(states_a_change(cells[i]) for i in layout.changes if i < len(cells))
        # (a change stated alone, «- Đường sắt | | tăng 6%», is a row's number, not a group's title: round 23's d06)
        if not label and not has_values:  # a merged title row: its text sits in its first cell of words (an STT
            first = next((k for k, c in enumerate(cells) if filled(c) and k <= label_at  # "II" before it stays one)
                          and isinstance(c, str) and re.search(r"[^\W\d_]{2}", c)
                          and not (k == layout.stt and stt_style(stt_token(c)) == "roman")), None)
            if first is not None:
                label = text(cells[first])
                stt = None if first == layout.stt else stt
        if not label and not has_values and not filled(stt):
            continue
        for i in layout.qualifiers:  # "Sâu cuốn lá nhỏ | Diện tích nhiễm nặng": the rows of one pest, told apart
            q = text(cells[i]) if i < len(cells) else ""
            if q and fold(q) not in fold(label):
                label = f"{q} - {label}" if label else q
        token = stt_token(stt)
        if not token:
            token_from_label, rest = split_stt_label(label)
            if token_from_label:
                token, label = token_from_label, rest
        rec["chi_tieu"] = label
        code = text(rec.get("ma"))
        has_code = bool(code) and stt_style(code) is None
        unit = text(rec.get("don_vi_tinh"))
        has_unit = bool(unit) and unit not in NONE_MARKS
        rows.append(CellRow(rownum, rec, token, layout, raw.source, problems))
        cells_out.append(Cells(rownum, label, token, has_values, has_unit, has_code, fold(unit) if has_unit else ""))
    return rows, cells_out



def _averaged(label: str, k: int, lines) -> bool:
    """The row is an average, so a count may have decimals: its label says so, or the group or the figure it is a
    part of does — by its parent link, or the nearest row above numbered at a higher level (``Tiểu học`` = 19,89 học
    sinh, STT ``1``, under ``I. Số học sinh bình quân một giáo viên`` = 18,62, a yearbook's table:
    yf-quang-ngai-cuc-thong-ke-hoc-sinh-binh-quan-giao-vien-lop-2010-2016)."""
    line = lines[k]
    if AVERAGE.search(label) or any(AVERAGE.search(title) for _, title in line.groups):
        return True
    seen, up = set(), line.parent
    while up is not None and up not in seen and 0 <= up < len(lines):
        seen.add(up)
        if AVERAGE.search(lines[up].label):
            return True
        up = lines[up].parent
    if line.stt and not _ROMAN_STT.fullmatch(line.stt.strip()):
        head = next((x for x in reversed(lines[:k]) if x.stt and _ROMAN_STT.fullmatch(x.stt.strip())), None)
        return bool(head is not None and AVERAGE.search(head.label))
    return False


_ROMAN_STT = re.compile(r"[IVXLC]+\.?")

def _total_of(k: int, lines) -> "Line | None":
    """The figure line ``k`` is a part of (a bullet or «Trong đó –» row under a numbered total), or None."""
    parent = lines[k].parent
    return lines[parent] if parent is not None and lines[parent].kind == "figure" else None


def unit_of_the_total(k: int, lines) -> str | None:
    """The unit a part inherits from its total when neither the part nor the table says one and the total wrote its
    own in brackets (``Tổng số sách hiện có trong thư viện công cộng (bản)`` over ``• Thư viện tỉnh, thành phố |
    14.997.744``: the ministry's libraries, round 29's f02): a part of a total counts what the total counts.  None
    when the total says no unit in its label."""
    total = _total_of(k, lines)
    found = label_unit(total.label, True) if total is not None else None
    return found[1] if found else None


def named_by_its_total(label: str, k: int, lines, unit_of) -> str:
    """A part's label, with its total's before it when the same part's label stands under two or more totals in
    different units (``Thư viện Quốc gia Việt Nam`` under the libraries, the books (bản), the cards, the visits
    (lượt): five rows of one name, round 29's f02) — «<total> - <part>», the total without its unit; else the label
    as it is (``Trong đó: nữ`` under two totals of people stays: its Mục and code tell them apart as before).
    ``unit_of(j)``: the unit line ``j`` says."""
    total = _total_of(k, lines)
    if total is None:
        return label
    same = [j for j, ln in enumerate(lines) if ln.kind == "figure" and ln.parent is not None
            and fold(" ".join(ln.label.split())) == fold(" ".join(lines[k].label.split()))]
    if len({lines[j].parent for j in same}) < 2 or len({unit_of(j) for j in same}) < 2:
        return label
    found = label_unit(total.label, True)
    head = found[0] if found else total.label
    return f"{' '.join(head.split())} - {label}"


def _figures(rows: list[CellRow], lines, layout: Layout, notation: str | None,
             problems: ProblemList, table_unit: str | None = None,
             report=None) -> tuple[list[Figure], dict[int, Figure]]:
    """``table_unit``: the unit a line above the header gives the whole table (``Đơn vị tính: triệu đồng``), the
    unit of each row that gives none in its unit cell or its label.  ``report``: the report's period, when known
    (a row stating only last year's value is then a row of last year's period: :mod:`lastyearonly`)."""
    figures: list[Figure] = []
    by_line: dict[int, Figure] = {}
    codes: dict[int, str] = {}
    taken: dict[str, int] = {}
    made: list[tuple[int, str]] = []
    sub_count: dict[int, int] = {}
    no_unit: list[int] = []
    skipped: list[int] = []
    running: list[int] = []
    blank: list[CellRow] = []
    by_table_unit: list[int] = []
    in_cell: list[int] = []                  # rows whose unit is typed in the value cell
    by_own_noun: list[tuple[int, str]] = []   # rows whose label counts another noun than the table's unit
    per_base: list[tuple[int, str]] = []
    lasts: list[tuple[int, Decimal]] = []  # rows stating only last year's value: left out, their number said
    last_only: list[int] = []            # ... or, the report's period known, loaded as rows of last year's period
    last_blank: list[CellRow] = []       # those of them whose period's cell is blank (not «-»): an unfilled template's?
    derived: dict[str, list[int]] = {}   # change column's title → rows whose last year's value it gave
    changes_kept: list[Figure] = []      # the row's stated changes, kept as rows of their own when underived
    rated: list[int] = []                # rows whose rate against last year is kept as a sub-row (no 'Cùng kỳ')
    unmatched: list[int] = []            # ... or whose 'Cùng kỳ', rounded, does not give the stated rate back
    slips: list[int] = []                # rows whose exact numbers contradict their stated rate (not kept)
    shared_in_cell: list[int] = []       # rows typing a share in brackets after the value (``8.071.113 (70,7%)``)
    shared_only: list[int] = []          # rows stating only their share (``Tỷ lệ (%)``), the value cell empty
    rated_only: list[int] = []           # matrix rows stating only a rate of change (``+274,3``), every cell empty
    pct_aside: dict[str, list[int]] = {}  # a '(%)' column's cells on rows of another unit (last year's progress rate)
    changed_only: list[int] = []         # rows stating only a change against last year (``-567``), the value empty
    risen_only: list[int] = []           # rows stating only a rise since the year's start (or the period before)
    changes_off: list[int] = []          # rows whose change against Kỳ trước is not value − Kỳ trước
    based: list[int] = []                # rows whose term's first year is kept as the term's base (Kỳ trước)
    kept_rows: list[int] = []
    lost: list[int] = []                 # rows whose comparison (an unsigned number below 50) is neither derived nor kept
    before_said: dict[str, list[int]] = {"slip": [], "given": []}   # rows whose rate against the previous edition
    #                                      disagrees with their Kỳ trước, or gave it (_rate_of_previous)
    unit_above = ""                      # the last unit typed in the unit column, what a ditto mark repeats
    dittoed: list[int] = []              # rows whose unit cell is a ditto mark
    grown: list[int] = []                # rows whose plan is a growth plan: the plan of their increase (a row of its own)
    underived: list[int] = []            # rows stating a change last year's value cannot be known exactly from
    planned_only: list[int] = []         # rows stating only their plan: the plan a row of its own (plan_words)
    any_value = any(filled(r.rec.get("ky_bao_cao")) and not is_none_mark(text(r.rec.get("ky_bao_cao"))) for r in rows)
    labels = {text(r.rec.get("chi_tieu")) for r in rows}   # every row's own label (a note's parts may be rows already)
    by_total: list[int] = []             # parts named by their total: the same part's label under several totals

    def said_unit(j: int) -> str:
        """The unit line ``j`` says or takes from its total's label ("" for none): what tells same-named parts apart."""
        own = fold(text(rows[j].rec.get("don_vi_tinh")))
        found = label_unit(lines[j].label, "don_vi_tinh" not in layout.titles)
        return own or (fold(found[1]) if found else "") or fold(unit_of_the_total(j, lines) or "")

    of_total: list[int] = []             # parts given their total's unit, written in the total's label
    for k, (row, line) in enumerate(zip(rows, lines)):
        if line.kind != "figure":
            continue
        label = part_label(line)
        if not label:
            row.error("hàng có số liệu nhưng không có tên chỉ tiêu", "chi_tieu")
        elif "don_vi_tinh" not in layout.titles and (named := named_by_its_total(label, k, lines, said_unit)) != label:
            # only where no unit column tells the parts apart: relabelling held-out tables that have one («- Khách
            # quốc tế» under «lượt khách» and «ngày khách», yl-…-2015-01) broke the checker's reading of the text's
            # own table rows (0 → 8 false alarms)
            label = named
            by_total.append(row.rownum)
        unit_text = text(row.rec.get("don_vi_tinh"))
        if unit_text in NONE_MARKS:
            unit_text = ""
        if is_ditto(unit_text):   # '"' under "Lượt khách": the unit typed above
            unit_text = unit_above
            dittoed.append(row.rownum)
        elif unit_text:
            unit_above = unit_text
        if label and (plan := _PLAN_UNIT.match(fold(unit_text))):
            # "Gieo cấy lúa | % KH | 100": the unit says the value is a rate of the plan, which the label alone does
            # not; said in the label as the column of that title would (yc-bac-kan-bach-thong-xa-vi-huong-hdnd-2019)
            if not _PLAN_SAID.search(fold(label)):
                label = f"{label}: tỷ lệ % so {'dự toán' if plan.group(1) in ('du toan', 'dt') else 'kế hoạch'}"
            unit_text = "%"
        if not unit_text and label and (found := label_unit(label, "don_vi_tinh" not in layout.titles)):
            label, unit_text = found
        other_currency = None
        if not unit_text and (two := sums_in_two_currencies(row.rec.get("ky_bao_cao"))):
            (row.rec["ky_bao_cao"], unit_text), other_currency = two   # "55 triệu đồng và 140.000 USD"
            in_cell.append(row.rownum)
        if not unit_text and (scaled := sum_in_two_scales(row.rec.get("ky_bao_cao"))):
            row.rec["ky_bao_cao"], unit_text = scaled   # "423 tỷ 536 triệu đồng": 423.536 triệu đồng
            in_cell.append(row.rownum)
        elif not unit_text and (typed := typed_unit(row.rec.get("ky_bao_cao"))):
            row.rec["ky_bao_cao"], unit_text = typed   # "6.084 xã", "79,3%": the unit typed in the cell
            unit_text = scale_of_column(unit_text, layout.value_unit)   # "7,8 ngàn" under "(việc)": 7.800 việc
            in_cell.append(row.rownum)
        elif not unit_text and (typed := unit_before_share(row.rec.get("ky_bao_cao"))):
            row.rec["ky_bao_cao"], unit_text = typed   # "80 vụ (37,9%)": the unit between the count and its share
            in_cell.append(row.rownum)
        if not unit_text and layout.value_unit:
            unit_text = layout.value_unit
        if not unit_text and line.groups and (of_group := group_unit(line.groups[-1][1])):
            unit_text = of_group     # "Chỉ số phát triển (Năm trước = 100) - %" over rows in a table of classes
        if not unit_text and table_unit and (noun := own_noun(label, table_unit)):
            unit_text = noun         # "Số lớp" under "Đơn vị tính: học sinh": the label counts classes
            by_own_noun.append((row.rownum, noun))
        if not unit_text and table_unit:  # "Đơn vị tính: Người": a line's capital, not the unit's
            unit_text = table_unit[:1].lower() + table_unit[1:] if table_unit[1:2].islower() else table_unit
            by_table_unit.append(row.rownum)
        if not unit_text and "don_vi_tinh" not in layout.titles and (inherited := unit_of_the_total(k, lines)):
            unit_text = inherited    # «• Thư viện tỉnh, thành phố» under «… sách hiện có … (bản)»: books too
            of_total.append(row.rownum)
        unit = read_unit(unit_text) if unit_text else None
        per_unit = ""
        if unit is not None and unit.text == "đồng" and "/" in unit_text and not unit_text.strip().startswith("đ/c"):
            per_base.append((row.rownum, unit_text.strip()))
            per_unit = unit_text.split("/", 1)[1].strip()
        if unit is None:
            if not (layout.cells and all(u for _, u in layout.cells.values())):
                no_unit.append(row.rownum)   # a matrix whose columns each give a unit needs none on its rows
        elif len(unit.text) > MAX_UNIT:
            row.error(f"đơn vị tính dài {len(unit.text)} ký tự (tối đa {MAX_UNIT}): có phải tên chỉ tiêu nằm nhầm cột?",
                      "don_vi_tinh")
        averaged = _averaged(label, k, lines)
        whole = "ke_hoach" not in layout.titles and split_of_whole(row)   # "5.775/8.227"
        with_share = _WITH_SHARE.match(str(row.rec.get("ky_bao_cao") or ""))
        if with_share:   # "8.071.113 (70,7%)": the count, then its share of a whole the table does not hold
            row.rec["ky_bao_cao"] = with_share.group(1)
        values = {col: value(row, col, unit, notation, averaged) for col in NUMERIC
                  if col in layout.titles or (whole and col == "ke_hoach")}
        for col in _percent_titled(layout, values, unit):
            # "Diện tích xuống giống | triệu ha | 1,2 | 1,6 | 75 | 60,6" under "… | Tiến độ so kế hoạch (%) | Cùng kỳ
            # năm 2018 (%)": last year's PROGRESS, a rate, never the area's last year's value (it had given 60,6
            # triệu ha): not kept (yb-dbscl-cuc-trong-trot-tien-do-he-thu-2019-05)
            values[col] = None
            pct_aside.setdefault(col, []).append(row.rownum)
        run = _running_values(row, layout, unit, notation, averaged) if row.running else None
        if layout.shares_only and "ky_bao_cao" in layout.titles and all(v is None for v in values.values()) \
                and run is None and not _other_cells(row, layout) and \
                (share := _share_alone(row, layout, notation)) is not None:
            # "Trong đó: cung cấp cho doanh nghiệp … | m3 | | 8" under "Giai đoạn 2017 - 2020 | Tỷ lệ (%)": the row
            # states only its share, so the share is its value for the period, in %
            values = {"ky_bao_cao": share}
            unit = read_unit("%")
            shared_only.append(row.rownum)
        if layout.rates and all(v is None for v in values.values()) and run is None \
                and not _other_cells(row, layout) and (alone := _rate_alone(row, layout, notation)) is not None:
            # (not only a matrix: "Container qua khu vực Vũng Tàu | % | | | 41" under "Tăng so cùng kỳ (%)", a region
            # the page gives only its rise for, xb-toan-quoc-cuc-hang-hai: the rise is the row's figure)
            # "Tây Ninh | | | | | +274,3" under "Số ca mắc (ca) | … | Số ca mắc so cùng kỳ (%)": a place stating only
            # its rate of change; the rate is its figure for the period, in %, named by the cell it compares
            values = {"ky_bao_cao": alone[0]}
            unit = read_unit("%")
            label = f"{label}: {alone[1]}"
            rated_only.append(row.rownum)
        if layout.changes and all(v is None for v in values.values()) and run is None \
                and not _other_cells(row, layout) and (alone := _change_alone(row, layout, unit, notation)) is not None:
            # "Toàn quốc: Số vụ | vụ | | -567" under "Tăng (+)/giảm (-) so với cùng kỳ": a line stating only its change
            # (the page gave the fall, not the total): the change is its figure for the period, named by the column
            values = {"ky_bao_cao": alone[0]}
            unit = read_unit("%") if alone[2] else unit or unit_typed_with_change(row, layout)
            if unit is not None and not alone[2] and no_unit and no_unit[-1] == row.rownum:
                no_unit.pop()   # «+19 người» alone: the change's own unit is the row's
            if alone[2] and no_unit and no_unit[-1] == row.rownum:
                no_unit.pop()   # «- Đường sắt | | tăng 6%»: the rate's unit is %, never «không có đơn vị tính»
            alone_base, label = label, f"{label}: {alone[1]}"
            changed_only.append(row.rownum)
        if layout.since_year_start and all(v is None for v in values.values()) and run is None \
                and not _other_cells(row, layout) and (rise := rise_alone(row, layout, unit, notation)) is not None:
            # "Cho vay hộ mới thoát nghèo | tỷ đồng | | 82,4" under «Quý I/2018 | Tăng (+), giảm (-) so với đầu năm»
            # (NHCSXH Phú Yên, ptpphuyen 2018: «tăng hơn 82 tỷ đồng»): the page gave the rise, not the balance; the
            # rise is the row's figure for the period, named by its column
            values = {"ky_bao_cao": rise[0]}
            label = f"{label}: {rise[1]}"
            risen_only.append(row.rownum)
        month = values.get("ky_bao_cao")
        parts = _part_values(row, layout, unit, notation, averaged, month not in (None, NONE))
        others = any(_other_value(row, i, layout, notation, averaged) not in (None, NONE)
                     for i in (*layout.measures, *layout.places, *layout.shares)) or any(filled(row.rec.get(measure_key(i))) and not is_none_mark(
                         text(row.rec.get(measure_key(i)))) for i in layout.cells)  # read once, below
        if month in (None, NONE) and values.get("cung_ky") not in (None, NONE) and run is None and not parts \
                and not others and row.errors == 0:  # nothing this period, last year's stated (hàng hải: 1 | -)
            if report is None or any(stated_change(row, measure_key(i), notation) is not None
                                     for i in (*layout.changes, *layout.rates)):
                # (its change stated too, «Tai nạn do đánh nhau | | 88 | -29»: the row says this period's value by
                # its change, not last year's alone — left as before, said)
                lasts.append((row.rownum, values["cung_ky"]))
            else:   # a row of last year's period of its own (lastyearonly), never the period's value
                if month is None:
                    last_blank.append(row)
                month, last = values["cung_ky"], last_year_of(label, report)
                values, label = {"ky_bao_cao": month}, last_year_label(label, last)
                last_only.append(row.rownum)
        if month is None and run is None and not parts and not others and row.errors == 0 and layout.parts \
                and all(is_none_mark(text(row.rec.get(measure_key(i)))) for i in layout.parts):
            month = NONE   # "Tiểu học - Ngoài công lập | - | - | - |" under the term's years: «-» typed, none this period
        if month in (None, NONE) and run is None and not parts and (not others or layout.plan_rates_only) and \
                row.errors == 0 and values.get("cung_ky") in (None, NONE) and \
                values.get("ke_hoach") not in (None, NONE) and (any_value or layout.plan_rates_only):
            # "Tổng số cây trồng | Triệu cây | 218,6 | |" under «Kế hoạch năm 2022 | Thực hiện đến hết tháng 7/2022»:
            # a plan and nothing done yet (or none said): the plan is the row's own, never a value done
            plan_base = label   # the rates of the plan on the row stay named by the row (plan_and_rates_only)
            month, label = values["ke_hoach"], f"{label}: {plan_words(layout.titles['ke_hoach'])}"
            values = {"ky_bao_cao": month}
            planned_only.append(row.rownum)
        if month is None and run is None and not parts and not others and row.errors == 0:
            blank.append(row)   # not filled in: left out with a warning, unless no row of the table is filled
            continue
        if row.errors:
            continue
        if month is NONE:
            skipped.append(row.rownum)
            if run is None:
                continue
        elif month is None and run is not None:
            running.append(row.rownum)  # only its running total: that row alone, never the period's value
        values = {c: (None if v is NONE else v) for c, v in values.items()}
        if line.parent is not None:
            sub_count[line.parent] = sub_count.get(line.parent, 0) + 1
        code = text(row.rec.get("ma"))
        if len(code) > MAX_CODE:
            row.error(f"mã dài {len(code)} ký tự (tối đa {MAX_CODE})", "ma")
            continue
        if code:
            if code in taken:
                row.error(f"mã {code!r} trùng với hàng {taken[code]}", "ma")
                continue
        else:
            code = code_for(line, codes.get(line.parent), sub_count.get(line.parent, 0)) or f"R-{row.rownum}"
            if code in taken:
                code = f"R-{row.rownum}"
            code = free_code(code, taken)
            made.append((row.rownum, code))
        codes[k] = code
        if last_only and last_only[-1] == row.rownum:
            code = free_code(last_year_code(code, last), taken)
        taken[code] = row.rownum
        fig = Figure(ma=code, chi_tieu=label, don_vi_tinh=unit.text if unit else "", ky_bao_cao=values.get("ky_bao_cao"),
                     cung_ky=values.get("cung_ky"), ke_hoach=values.get("ke_hoach"), ky_truoc=values.get("ky_truoc"),
                     don_vi=text(row.rec.get("don_vi")),
                     muc=text(row.rec.get("muc")) or section_title(line.groups),
                     ghi_chu=text(row.rec.get("ghi_chu")), row=row.rownum,
                     column=last_year_column(last) if last_only and last_only[-1] == row.rownum else PERIOD_COLUMN,
                     per_unit=per_unit)
        if fig.ky_bao_cao is not None and fig.cung_ky is None and layout.changes and \
                not (changed_only and changed_only[-1] == row.rownum) and \
                not ("cung_ky" in layout.titles and filled(row.rec.get("cung_ky"))):  # a blank 'Cùng kỳ' cell too
            base = _last_year(fig, row, layout, unit, notation, averaged)
            if base is not None:
                fig = replace(fig, cung_ky=base[0])
                derived.setdefault(base[1], []).append(row.rownum)
            elif any(stated_change(row, measure_key(i), notation) is not None for i in layout.changes):
                underived.append(row.rownum)
                kept = _change_figures(fig, row, layout, unit, notation, taken)
                for extra in kept:
                    taken[extra.ma] = row.rownum
                changes_kept.extend(kept)
                kept_rows.extend([row.rownum] if kept else [])
                lost.extend([row.rownum] if not kept and unsigned_below_floor(row, layout, notation) else [])
        if layout.changes:
            _say_unread_rates(row, layout, notation)
        for i, (title, _) in (*layout.changes.items(), *layout.rates.items()):
            say_marked_change(row, measure_key(i), title)
        if fig.ky_bao_cao is None and layout.changes and "cung_ky" not in layout.titles:
            # "Tổng giá trị sản xuất | | 40,8 | tăng 5,9%" under «So với kế hoạch năm (%) | So với cùng kỳ»: a row of
            # rates only keeps its rate of the plan (a measure) and its rate of change alike (an index, «105,9» under
            # «So với cùng kỳ (%)», stays aside: see the round 23 file); its change in its own unit too, beside a
            # part's value («Số vụ tai nạn giao thông | vụ | 1.332 | … | -2.900 | -18,26» under «Tháng 11/2020 | … |
            # 11 tháng tăng (+) giảm (-) so với cùng kỳ | 11 tháng so với cùng kỳ (%)»: the traffic board's national
            # rows, round 25's f01 — «giảm 2.900 vụ» had been lost though the warning said it kept)
            kept = [f for f in _change_figures(fig, row, layout, unit, notation, taken)
                    if f.don_vi_tinh == "%" or kept_in_its_unit(f, row, layout)]
            for extra in kept:
                taken[extra.ma] = row.rownum
            changes_kept.extend(kept)
            kept_rows.extend([row.rownum] if kept else [])
        if fig.ky_bao_cao is not None and fig.cung_ky is None and layout.rates and "cung_ky" in layout.titles \
                and not filled(row.rec.get("cung_ky")) and row.rownum not in rated_only:
            kept = _rate_figures(fig, row, layout, notation, taken)
            for extra in kept:
                taken[extra.ma] = row.rownum
            changes_kept.extend(kept)
            rated.extend([row.rownum] if kept else [])
        elif fig.ky_bao_cao is not None and fig.cung_ky is not None and layout.rates:
            off = [f for f in _rate_figures(fig, row, layout, notation, {**taken})
                   if not rate_given_back(f.ky_bao_cao, fig.ky_bao_cao, fig.cung_ky, change=not is_index_row(f.chi_tieu))]
            kept = [f for f in off if rounding_allows(f.ky_bao_cao, row, fig, change=not is_index_row(f.chi_tieu))]
            for extra in kept:
                taken[extra.ma] = row.rownum
            changes_kept.extend(kept)
            unmatched.extend([row.rownum] if kept else [])
            slips.extend([row.rownum] if len(off) > len(kept) else [])
        if fig.ky_bao_cao is not None and fig.ky_truoc is None and layout.since_year_start \
                and risen_only[-1:] != [row.rownum]:
            fig = replace(fig, ky_truoc=_year_start_value(fig, row, layout, unit, notation))
        if fig.ky_bao_cao is not None and fig.ky_truoc is None and \
                (base := term_base(row, layout, unit, notation, averaged)) is not None:
            fig = replace(fig, ky_truoc=base)
            based.append(row.rownum)
        elif fig.ky_bao_cao is not None and layout.since_year_start and risen_only[-1:] != [row.rownum] \
                and (start := _year_start_value(fig, row, layout, unit, notation)) is not None \
                and start != fig.ky_truoc:
            changes_off.append(row.rownum)   # «120 | 100 | 19»: the change typed is not the two numbers' difference
        if fig.ky_bao_cao is not None and fig.ke_hoach is not None and is_growth_plan(layout.titles.get("ke_hoach")):
            fig, growth = _growth_planned(fig, layout, taken)
            taken[growth.ma] = row.rownum
            changes_kept.append(growth)
            grown.append(row.rownum)
        if fig.ky_bao_cao is not None and layout.before_rates:
            fig, said = _rate_of_previous(fig, row, layout, unit, notation, averaged)
            if said is not None:
                before_said[said].append(row.rownum)
        if fig.ky_bao_cao is not None:
            figures.append(fig)
            by_line[k] = fig
        if changed_only and changed_only[-1] == row.rownum and fig.don_vi_tinh == "%":
            figures.extend(_other_changes(fig, alone_base, alone[1], row, layout, notation, taken))
        if other_currency is not None and fig.ky_bao_cao is not None and \
                (other := _sum_in_other_currency(fig, row, other_currency, notation, taken)) is not None:
            taken[other.ma] = row.rownum
            figures.append(other)
        if with_share and fig.ky_bao_cao is not None:
            share = _share_in_brackets(fig, row, with_share.group(2), notation, taken)
            if share is not None:
                taken[share.ma] = row.rownum
                figures.append(share)
                shared_in_cell.append(row.rownum)
        figures.extend(changes_kept)
        changes_kept = []
        named = replace(fig, chi_tieu=plan_base) if planned_only and planned_only[-1] == row.rownum else fig
        for extra in _measure_figures(named, row, layout, notation, taken) + _place_figures(
                fig, row, layout, unit, notation, averaged, taken) + _part_figures(fig, parts, taken) + \
                _share_figures(fig, row, layout, unit, notation, averaged, taken) + \
                (before_rows(fig, row, layout, notation, taken) if not _stands_in(row.rownum, rated_only, changed_only,
                                                                                risen_only, planned_only, last_only)
                 else []) + \
                (cells := _cell_figures(fig, row, layout, unit, notation, averaged, taken)) + (
                    _noted(fig, row, unit, taken, labels) if not cells else _noted_in_cells(cells, row, taken, labels)):
            taken[extra.ma] = row.rownum
            figures.append(extra)
        if run is not None:
            of_quantity = running_changes_of_quantities(layout)
            lk = _running_last_year(_running_figure(fig, run, layout, taken), row, layout, unit, notation, averaged,
                                    set(of_quantity))
            taken[lk.ma] = row.rownum
            figures.append(lk)
            for extra in _running_changes(lk, row, layout, unit, notation, averaged, taken, set(of_quantity)):
                taken[extra.ma] = row.rownum
                figures.append(extra)
            for i, extra in _running_measure_figures(fig, lk, row, layout, notation, taken).items():
                taken[extra.ma] = row.rownum
                figures.append(extra)
                mine = {c for c, q in of_quantity.items() if q == i}
                for rate in _running_changes(extra, row, layout, None, notation, False, taken,
                                             set(layout.running_changes) - mine):
                    taken[rate.ma] = row.rownum
                    figures.append(rate)
    if last_blank and len(last_blank) == len(last_only) and not skipped \
            and all(f.row in set(last_only) for f in figures):
        # nothing of the period filled in anywhere, last year's column alone (the template ``baocao figures template``
        # writes, not yet filled): no rows of last year's period, each blank row is a cell to fill (below)
        dropped = set(last_only)
        figures.clear()
        by_line.clear()
        made[:] = [(r, c) for r, c in made if r not in dropped]
        no_unit[:] = [r for r in no_unit if r not in dropped]
        blank = sorted([*blank, *last_blank], key=lambda r: r.rownum)
        last_only.clear()
    if blank and not figures and not skipped:  # nothing of the period filled in anywhere: each row is an error
        for row in blank:
            row.error("chưa có số liệu kỳ báo cáo (ô trống; ghi «-» nếu kỳ này không có)", "ky_bao_cao")
        blank = []
    if by_total:
        problems.warn(f"{len(by_total)} hàng con có cùng tên dưới nhiều hàng tổng khác nhau (hàng {_rows_text(by_total)}): "
                      "tên chỉ tiêu thêm tên hàng tổng của nó «<hàng tổng> - <hàng con>» để các hàng không trùng tên",
                      file=rows[0].src if rows else None)
    if of_total:
        problems.warn(f"{len(of_total)} hàng con không ghi đơn vị (hàng {_rows_text(of_total)}): lấy đơn vị ghi trong "
                      "ngoặc ở tên hàng tổng của nó (phần của một tổng cùng đơn vị với tổng)", file=rows[0].src if rows else None)
    _summarise(problems, rows, layout, made, no_unit, skipped, running, [r.rownum for r in blank], dict(lasts))
    if last_only:
        problems.warn(last_year_said(_rows_text(last_only), len(last_only), layout.titles.get("cung_ky", "")),
                      file=rows[0].src if rows else None, column=layout.titles.get("cung_ky"))
    named = _name_repeats(figures, {id(f) for k, f in by_line.items() if lines[k].parent is not None})
    if named:
        figures[:] = [named.get(id(f), f) for f in figures]
        by_line.update({k: named[id(f)] for k, f in by_line.items() if id(f) in named})
        problems.warn(f"{len(named)} hàng cùng tên với hàng khác, không có nhóm (hàng "
                      f"{_rows_text(sorted({f.row for f in named.values() if f.row}))}): mục của mỗi hàng là hàng "
                      f"trên nó («{next(iter(named.values())).muc} | {next(iter(named.values())).chi_tieu}»)",
                      file=rows[0].src if rows else None)
    if per_base:  # the checker and the drafts know money as "đồng": the base is said, not stored
        written = ", ".join(dict.fromkeys(f"«{u}»" for _, u in per_base))
        problems.warn(f"{len(per_base)} hàng tính tiền trên một đơn vị ({written}; hàng "
                      f"{_rows_text([r for r, _ in per_base])}): giá trị lưu bằng đồng, đơn vị tính lưu là 'đồng' (phần "
                      "sau dấu «/» không được lưu)", file=rows[0].src if rows else None)
    for col, had in pct_aside.items():
        problems.warn(f"cột '{layout.titles[col]}' ghi tỷ lệ (%), còn {len(had)} hàng (hàng {_rows_text(had)}) có đơn vị "
                      "khác %: ô của các hàng này là tỷ lệ, không phải số liệu của hàng, nên không lưu",
                      file=rows[0].src if rows else None)
    if dittoed:
        problems.warn(f"{len(dittoed)} hàng ghi đơn vị tính bằng dấu «như trên» (hàng {_rows_text(dittoed)}): lấy đơn vị "
                      "của hàng trên", file=rows[0].src if rows else None, column=layout.titles.get("don_vi_tinh"))
    if grown:
        problems.warn(f"cột '{layout.titles['ke_hoach']}' là kế hoạch của mức tăng, không phải của số dư: kế hoạch của "
                      f"{len(grown)} hàng (hàng {_rows_text(grown)}) lưu ở hàng riêng «<chỉ tiêu>: tăng trưởng so với "
                      "đầu năm» (số tăng = kỳ báo cáo − đầu năm), số dư không có kế hoạch",
                      file=rows[0].src if rows else None, column=layout.titles["ke_hoach"])
    _say_changes(problems, rows, layout, derived, underived, kept_rows)
    _say_previous_rates(problems, rows, layout, before_said)
    if rated:
        titles = ", ".join(f"'{t}'" for t, _ in layout.rates.values())
        problems.warn(f"{len(rated)} hàng (hàng {_rows_text(rated)}) để trống ô '{layout.titles['cung_ky']}' nhưng ghi tỷ "
                      f"lệ so với cùng kỳ ở cột {titles}: tỷ lệ nạp thành một hàng riêng, đơn vị %: «<chỉ tiêu>: tốc "
                      "độ tăng so với cùng kỳ» (mức tăng/giảm, như «tăng 1,04%», «-3,2») hoặc «<chỉ tiêu>: so với cùng "
                      "kỳ» (chỉ số, cùng kỳ = 100)", file=rows[0].src if rows else None)

    if unmatched:
        titles = ", ".join(f"'{t}'" for t, _ in layout.rates.values())
        problems.warn(f"{len(unmatched)} hàng (hàng {_rows_text(unmatched)}) ghi tỷ lệ so với cùng kỳ ở cột {titles} "
                      f"không khớp với số kỳ báo cáo và số ở cột '{layout.titles['cung_ky']}' (số làm tròn, hoặc ghi "
                      "nhầm): giữ tỷ lệ đã ghi thành một hàng riêng «<chỉ tiêu>: tốc độ tăng so với cùng kỳ» hoặc "
                      "«<chỉ tiêu>: so với cùng kỳ» (đơn vị %): các số của hàng đã làm tròn, tỷ lệ đã ghi chính xác "
                      "hơn; kiểm tra lại các số của hàng", file=rows[0].src if rows else None)
    if slips:
        titles = ", ".join(f"'{t}'" for t, _ in layout.rates.values())
        problems.warn(f"{len(slips)} hàng (hàng {_rows_text(slips)}) ghi tỷ lệ so với cùng kỳ ở cột {titles} khác với tỷ "
                      f"lệ tính từ số kỳ báo cáo và số cùng kỳ của hàng, mà các số này không phải số làm tròn: tỷ lệ đã "
                      "ghi không nạp (có thể ghi nhầm); kiểm tra lại", file=rows[0].src if rows else None)
    if planned_only:
        problems.warn(f"{len(planned_only)} hàng (hàng {_rows_text(planned_only)}) để trống ô kỳ báo cáo, chỉ ghi kế "
                      f"hoạch: kế hoạch nạp thành hàng riêng «<chỉ tiêu>: {plan_words(layout.titles['ke_hoach'])}», "
                      "không phải số đã thực hiện", file=rows[0].src if rows else None, column=layout.titles["ke_hoach"])
    if based:
        title = next(iter(layout.parts.values()))[0]
        problems.warn(f"{len(based)} hàng (hàng {_rows_text(based)}) ghi số ở cột năm đầu giai đoạn '{title}' bên số "
                      "của kỳ báo cáo: là mốc gốc (mức khi bắt đầu giai đoạn), nạp vào cột 'Kỳ trước' của hàng, không "
                      "phải hàng riêng (hàng chỉ ghi số năm đó vẫn nạp thành hàng riêng)", file=rows[0].src if rows else None)
    if changes_off:
        titles = ", ".join(f"'{t}'" for t in layout.since_year_start.values())
        problems.warn(f"{len(changes_off)} hàng (hàng {_rows_text(changes_off)}) ghi mức tăng/giảm ở cột {titles} khác "
                      f"với hiệu của số kỳ báo cáo và số ở cột '{layout.titles.get('ky_truoc', 'Kỳ trước')}': giữ hai "
                      "số đã ghi, mức tăng/giảm không nạp; kiểm tra lại", file=rows[0].src if rows else None)
    if risen_only:
        titles = ", ".join(f"'{t}'" for t in layout.since_year_start.values())
        problems.warn(f"{len(risen_only)} hàng (hàng {_rows_text(risen_only)}) để trống ô kỳ báo cáo, chỉ ghi mức "
                      f"tăng/giảm ở cột {titles} (so với đầu năm hoặc kỳ liền trước, không phải so với cùng kỳ): mức "
                      "tăng/giảm là số của hàng, nạp thành «<chỉ tiêu>: <tiêu đề cột>» (số âm là giảm), không phải số "
                      "dư", file=rows[0].src if rows else None)
    if changed_only:
        problems.warn(f"{len(changed_only)} hàng (hàng {_rows_text(changed_only)}) để trống ô kỳ báo cáo, chỉ ghi mức "
                      "tăng/giảm so với cùng kỳ: mức tăng/giảm là số của hàng, nạp thành «<chỉ tiêu>: <tiêu đề cột>» "
                      "(số âm là giảm)", file=rows[0].src if rows else None)
    if rated_only:
        titles = ", ".join(f"'{t}'" for t, _ in layout.rates.values())
        problems.warn(f"{len(rated_only)} hàng (hàng {_rows_text(rated_only)}) để trống mọi ô số, chỉ ghi tỷ lệ so với "
                      f"cùng kỳ ở cột {titles}: tỷ lệ là số của hàng, nạp thành «<chỉ tiêu>: <mặt được so>: tốc độ tăng "
                      "so với cùng kỳ» (đơn vị %)", file=rows[0].src if rows else None)
    if shared_in_cell:
        problems.warn(f"{len(shared_in_cell)} hàng ghi kèm tỷ lệ trong ngoặc sau số kỳ báo cáo (như «8.071.113 (70,7%)»; "
                      f"hàng {_rows_text(shared_in_cell)}): số trước là số liệu kỳ báo cáo, tỷ lệ nạp thành hàng riêng "
                      "«<chỉ tiêu>: tỷ lệ», đơn vị %", file=rows[0].src if rows else None)
    if shared_only:
        titles = ", ".join(f"'{t}'" for t in layout.shares_only.values())
        problems.warn(f"{len(shared_only)} hàng để trống ô kỳ báo cáo, chỉ ghi tỷ lệ ở cột {titles} (hàng "
                      f"{_rows_text(shared_only)}): tỷ lệ là số liệu kỳ báo cáo của hàng, đơn vị %",
                      file=rows[0].src if rows else None)
    if in_cell:
        problems.warn(f"{len(in_cell)} hàng ghi đơn vị tính ngay trong ô số liệu (hàng {_rows_text(in_cell)}): đã "
                      "tách số và đơn vị tính", file=rows[0].src if rows else None)
    if by_own_noun:
        nouns = ", ".join(dict.fromkeys(f"«{n}»" for _, n in by_own_noun))
        problems.warn(f"{len(by_own_noun)} hàng không ghi đơn vị tính, tên chỉ tiêu đếm một danh từ khác đơn vị "
                      f"«{table_unit}» ghi trên đầu bảng (hàng {_rows_text([r for r, _ in by_own_noun])}): lấy đơn vị "
                      f"theo tên chỉ tiêu ({nouns})", file=rows[0].src if rows else None)
    if by_table_unit:
        problems.warn(f"{len(by_table_unit)} hàng không ghi đơn vị tính (hàng {_rows_text(by_table_unit)}): lấy đơn vị "
                      f"«{table_unit}» ghi trên đầu bảng", file=rows[0].src if rows else None)
    rated_rows = {f.row for f in figures if "-TL" in f.ma}   # a rate kept by another path (a running total's)
    _say_comparisons_lost(problems, layout, [r for r in lost if r not in rated_rows], rows[0].src if rows else None)
    return figures, by_line


#: A change typed alone in a cell (folded): ``-567``, ``+0,6``, ``6,5``, ``tăng 15%``, ``giảm gần 3%``.
_A_CHANGE = re.compile(r"^(?:(?:tang|giam|cao hon|thap hon)(?:\s+(?:gan|hon|tren|khoang|duoi))?\s+|[-+\u2212])?\s*"
                       r"\d[\d.,]*\s*%?$")


#: A change typed with its sign (or its direction in words) and its unit in one cell: ``+7 vụ``, ``-6 người``,
#: ``tăng 19 người`` (round 26's f06, a fire police sheet typing each value with its unit).
_A_CHANGE_IN_ITS_UNIT = re.compile(r"^(?:(?:tang|giam|cao hon|thap hon)(?:\s+(?:gan|hon|tren|khoang|duoi))?\s+|[-+])"
                                   r"\s*\d[\d.,]*\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")


def states_a_change(cell) -> bool:
    """A change column's cell holds a change: a number, or one typed with its sign or its direction in words
    (``tăng 15%``) — not words under the table that reach into the column (``Quảng Bình, ngày 06 tháng 4 năm 2015``
    of zd-quang-binh-thuy-san's signature block)."""
    if isinstance(cell, (int, float, Decimal)) and not isinstance(cell, bool):
        return True
    return isinstance(cell, str) and bool(_A_CHANGE.match(folded_with_its_marks(cell))
                                          or _A_CHANGE_IN_ITS_UNIT.match(_signed_folded(cell)))


def folded_with_its_marks(cell: str) -> str:
    """A cell folded with its sign and its decimal and grouping marks kept (``fold`` makes «26,5» «26 5», and a
    rate typed alone with its decimal comma, the customs' «Cục Hải quan Bắc Ninh | | | 26,5», was then no change)."""
    t = unicodedata.normalize("NFC", cell).strip()
    return " ".join(fold(w) if re.search(r"[^\W\d_]", w) else w for w in t.split()).replace("\u2212", "-")


#: A number English notation never writes: a comma followed by one, two or four and more digits (``37,7``,
#: ``-13,8``, ``0,25``) — an English comma groups three.  Its sign, its direction in words and ``%`` aside.
_NOT_ENGLISH = re.compile(r"^(?:(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)\s+)?[-+\u2212]?\s*\d+(?:\.\d{3})*,(?:\d{1,2}|\d{4,})\s*%?$",
                          re.I)
_EN_GROUPED = re.compile(r"\d,\d{3}(?:\D|$)")


def vietnamese_columns(raw, layout: Layout) -> list[tuple[int, str, str]]:
    """(column, title, a cell shown) of the comparison columns (changes, rates, shares) of a table read in English
    notation whose own numbers are written the Vietnamese way: one cell at least English never writes (``37,7``), none
    grouped by English commas (``1,293``).  A clerk pastes the period's column from an English release (``1,293``
    fires, ``684,000,000,000`` đồng: topix, Q1/2017, round 26's f01) and types the changes beside it as Vietnamese
    does (``37,7``, ``-13,8``): read in English, 37,7 became 377 %."""
    out = []
    for i in sorted({*layout.changes, *layout.rates, *layout.before_rates, *layout.before_columns,
                     *layout.since_year_start, *layout.shares,
                     *layout.shares_only}):
        typed = [unicodedata.normalize("NFC", c[i]).strip() for _, c in raw.rows
                 if i < len(c) and isinstance(c[i], str) and c[i].strip()]
        sure = [v for v in typed if _NOT_ENGLISH.match(v)]
        if sure and not any(_EN_GROUPED.search(v) and not _NOT_ENGLISH.match(v) for v in typed):
            out.append((i, raw.header[i] if i < len(raw.header) else "", f"«{sure[0]}»"))
    return out


def read_the_vietnamese_way(rows: list[CellRow], key: str) -> None:
    """Each typed cell of column ``key`` rewritten as the English notation the table is read in says it (``37,7`` →
    ``37.7``, ``1.234,5`` → ``1234.5``), its sign, words and ``%`` kept: the column's own notation, not the table's."""
    for row in rows:
        v = row.rec.get(key)
        if isinstance(v, str) and re.search(r"\d", v):
            row.rec[key] = re.sub(r"(?<=\d)\.(?=\d{3}(?!\d))", "", v).replace(",", ".")


def unit_typed_with_change(row: CellRow, layout: Layout):
    """The unit a row's change typed with its sign and unit names (``+19 người``), on a row with no unit of its own
    (no ĐVT column, the value cell empty: round 26's f06); None when no change cell names one."""
    for i in sorted(layout.changes):
        cell = row.rec.get(measure_key(i))
        if isinstance(cell, str) and _A_CHANGE_IN_ITS_UNIT.match(_signed_folded(cell)):
            m = re.match(r"^\s*[-+\u2212\u2013]?\s*(?:(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)\s+)?\d[\d.,]*\s*(.+)$",
                         unicodedata.normalize("NFC", cell).strip(), re.I)
            unit = read_unit(m.group(1)) if m else None
            if unit is not None and unit.scale == 1:
                return unit
    return None


def _signed_folded(cell: str) -> str:
    """A cell folded with its leading sign kept (``fold`` drops ``+``): ``+19 người`` → ``+19 nguoi``."""
    t = unicodedata.normalize("NFC", cell).strip()
    sign = "-" if t[:1] in ("-", "\u2212", "\u2013") else "+" if t[:1] == "+" else ""
    return sign + fold(t.lstrip("+-\u2212\u2013")).strip()


#: A value with its share typed after it in brackets: ``8.071.113 (70,7%)``, ``38 (25 %)``.
_WITH_SHARE = re.compile(r"^\s*(\d[\d.,]*)\s*\(\s*(\d[\d.,]*)\s*%\s*\)\s*$")


def _sum_in_other_currency(fig: Figure, row: CellRow, typed: tuple[str, str], notation: str | None,
                           taken: dict) -> Figure | None:
    """The second sum of a cell typing one loss in two currencies (``55 triệu đồng và 140.000 USD``), as the row's
    own sub-row «<chỉ tiêu> (<tiền tệ>)» in that currency, code ``<mã>-<tiền tệ>``; said."""
    unit = read_unit(typed[1])
    row.rec["tien_khac:cell"] = typed[0]
    v = value(row, "tien_khac:cell", unit, notation, False)
    if v is None or v is NONE or unit is None:
        return None
    code = free_code(f"{fig.ma}-{unit.text}", taken)
    row.warn(f"ô ghi hai khoản tiền khác loại tiền («{typed[0]} {typed[1]}» sau khoản thứ nhất): khoản thứ nhất là số "
             f"liệu của hàng, khoản bằng {unit.text} nạp thành hàng riêng «{fig.chi_tieu} ({unit.text})»", "ky_bao_cao")
    return replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu} ({unit.text})", don_vi_tinh=unit.text, ky_bao_cao=v,
                   cung_ky=None, ke_hoach=None, ky_truoc=None)


def _share_in_brackets(fig: Figure, row: CellRow, typed: str, notation: str | None, taken: dict) -> Figure | None:
    """The share typed in brackets after a row's value, as the row's own sub-row «<chỉ tiêu>: tỷ lệ» in %, code
    ``<mã>-TLP``."""
    row.rec["ty_le:cell"] = typed
    v = value(row, "ty_le:cell", read_unit("%"), notation, False)
    if v is None or v is NONE:
        return None
    return stated_sub_row(fig, f"{fig.ma}-TLP", "tỷ lệ", v, taken)


def _other_cells(row: CellRow, layout: Layout) -> bool:
    """The row fills a cell of a column loaded as rows of their own (second quantities, places, parts, a matrix)."""
    return any(filled(row.rec.get(measure_key(i))) for i in (*layout.measures, *layout.places, *layout.shares,
                                                             *layout.cells, *layout.parts))


def _share_alone(row: CellRow, layout: Layout, notation: str | None):
    """The share a row states in a column of shares (``Tỷ lệ (%)``) when it states nothing else: None if none."""
    for i in sorted(layout.shares_only):
        v = value(row, measure_key(i), read_unit("%"), notation, False)
        if v is not None and v is not NONE:
            return v
    return None


def _last_year(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool):
    """(last year's value, the title of the change column it came from) for a row of a table that states changes
    instead of last year's values (``change``); an exact change in the row's unit first, then a rate; None if none
    gives it exactly."""
    mine = [i for i in layout.changes if i not in layout.running_changes and i not in layout.part_changes]
    return _base_from_changes(fig.ky_bao_cao, row, layout, mine, unit, notation, averaged)


def _base_from_changes(v, row: CellRow, layout: Layout, columns, unit, notation: str | None, averaged: bool):
    """(last year's value, its change column's title) that the first of ``columns`` stating a change gives exactly
    beside ``v``, a change in the row's unit before a rate; None if none does."""
    integral = bool(unit and unit.kind == "count" and unit.integral and not averaged)
    for i in sorted(columns, key=lambda i: layout.changes[i][1] != "abs"):
        title, kind = layout.changes[i]
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        if kind == "abs" and unit is not None and unit.scale != 1:
            stated = stated * unit.scale
        base = last_year(v, stated, kind, integral)
        if base is not None:
            return base, title
    return None


def _rate_of_previous(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None,
                      averaged: bool) -> tuple[Figure, str | None]:
    """A rate column naming no base right of a change against the previous edition (``So với tháng 7/2024 | Tỷ lệ
    tăng, giảm (%)``) states that change's rate (three pages: 12 of 12, 4 of 4 and 7 of 11 rows agree with Kỳ trước
    from the change): checked against Kỳ trước ("slip" when it disagrees), or giving it when the change is blank and
    one whole count rounds to it ("given")."""
    for i in layout.before_rates:
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        if fig.ky_truoc is not None:
            return fig, ("slip" if rate_agrees(fig.ky_bao_cao, fig.ky_truoc, stated) is False else None)
        integral = bool(unit and unit.kind == "count" and unit.integral and not averaged)
        base = last_year(fig.ky_bao_cao, stated, "pct", integral)
        return (replace(fig, ky_truoc=base), "given") if base is not None else (fig, None)
    return fig, None


def _say_previous_rates(problems: ProblemList, rows, layout: Layout, said: dict[str, list[int]]) -> None:
    titles = ", ".join(f"'{t}'" for t in layout.before_rates.values())
    src = rows[0].src if rows else None
    if said["slip"]:
        problems.warn(f"{len(said['slip'])} hàng (hàng {_rows_text(said['slip'])}) ghi tỷ lệ tăng/giảm ở cột {titles} "
                      "không khớp với số kỳ trước (Kỳ trước = kỳ báo cáo − tăng/giảm): giữ Kỳ trước tính từ mức tăng/"
                      "giảm; xem lại tỷ lệ đã ghi", file=src)
    if said["given"]:
        problems.warn(f"{len(said['given'])} hàng (hàng {_rows_text(said['given'])}) để trống mức tăng/giảm nhưng ghi "
                      f"tỷ lệ ở cột {titles}: số kỳ trước (Kỳ trước) tính từ tỷ lệ (số nguyên duy nhất cho đúng tỷ lệ "
                      "đã ghi)", file=src)


def _year_start_value(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None) -> Decimal | None:
    """The start of the period from a change against the end of last year (``5.775`` xã, ``tăng 160`` → 5.615)."""
    for i in layout.since_year_start:
        stated = stated_change(row, measure_key(i), notation)
        if stated is not None:
            return last_year(fig.ky_bao_cao, stated * (unit.scale if unit is not None else 1), "abs", False)
    return None


def _growth_planned(fig: Figure, layout: Layout, taken: dict) -> tuple[Figure, Figure]:
    """The balance without a plan, and its increase with the growth plan (``Kế hoạch tăng trưởng năm 2022``, see
    ``stock.is_growth_plan``): ``<chỉ tiêu>: tăng trưởng so với đầu năm`` = kỳ báo cáo − Kỳ trước (the start of the
    year, from the change column), Kế hoạch = the growth plan, so that ``đạt 96,25% kế hoạch tăng trưởng`` is checked
    as 117,8 / 122,4.  With no start of the year on the row the increase is unknown: the plan is kept as the row's
    own figure (``<chỉ tiêu>: kế hoạch tăng trưởng …``), never as the balance's plan."""
    code = free_code(f"{fig.ma}-TT", taken)
    if fig.ky_truoc is not None:
        added = fig.ky_bao_cao - fig.ky_truoc
        growth = replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: tăng trưởng so với đầu năm",
                         ky_bao_cao=added.to_integral_value() if added == added.to_integral_value() else added,
                         cung_ky=None, ky_truoc=None, ke_hoach=fig.ke_hoach)
    else:
        growth = replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(layout.titles['ke_hoach'])}",
                         ky_bao_cao=fig.ke_hoach, cung_ky=None, ky_truoc=None, ke_hoach=None)
    return replace(fig, ke_hoach=None), growth


def _name_repeats(figures: list[Figure], parts: set[int]) -> dict[int, Figure]:
    """Rows of one name under no group, each after a different row (``Tiểu học | Công lập | Ngoài công lập |
    Trung học cơ sở | Công lập | …``): each one's ``Mục`` is the nearest row above of a name of its own, as a group
    title's would be (round 8's rule); nothing when that does not tell them all apart.  A part of the row above
    (``Trong đó: tiểu học`` under two wholes, ids in ``parts``) is told apart by its code already, and the checker
    reads a ``Mục`` as the paragraph's subject (m-quangbinh-truongchuan-2017 gained two false alarms): left as it is."""
    names = [fold(f.chi_tieu) if not f.muc and id(f) not in parts else None for f in figures]
    repeated = {n for n in names if n and names.count(n) > 1}
    if not repeated:
        return {}
    out, whole = {}, None
    for f, n in zip(figures, names):
        if n is None:
            continue
        if n not in repeated:
            whole = f.chi_tieu
        elif whole is not None:
            out[id(f)] = replace(f, muc=whole)
    seen = [(fold(f.muc), fold(f.chi_tieu)) for f in out.values()]
    if len(out) != sum(names.count(n) for n in repeated) or len(set(seen)) != len(seen):
        return {}
    return out


def kept_in_its_unit(f: Figure, row: CellRow, layout: Layout) -> bool:
    """A change in the row's own unit (``-2.900`` vụ) kept on a row with no value of the period: only where the row
    states a part of the period (the month of a months-to-date sheet), so the change is the one line of the row's
    period it has; a row of changes alone is read by ``_change_alone``."""
    return f.ma.rsplit("-", 1)[-1].startswith("TG") and any(
        filled(row.rec.get(measure_key(i))) and not is_none_mark(text(row.rec.get(measure_key(i))))
        for i in layout.parts)


def _stands_in(rownum: int, *lists: list[int]) -> bool:
    """The row's figure stands in for a value it does not state (its rate alone, its change, its plan, last year's
    value): the row was the last one put in one of ``lists``."""
    return any(rows and rows[-1] == rownum for rows in lists)


def _change_figures(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None, taken: dict) -> list[Figure]:
    """A row's stated changes in its unit (``Tăng/giảm so cùng kỳ``, ``+/-``) that give no exact last year's
    value (a fall larger than the value: one of the two is not this period's or last year's), as rows of their
    own: label ``<chỉ tiêu>: <tiêu đề cột>``, the row's unit; code ``<mã>-TG`` (``-TG2``… for a second column).  A
    change in per cent beside money or a measure stays aside (rounds 10, 12: ``tăng so với cùng kỳ về trị giá (%)``),
    and a ratio (``So với cùng kỳ (%)`` 113,7) is no change itself — unless typed with its sign (``-6,1``), which
    only a rate of change has.  A running total's change (``Layout.running_changes``) is the running row's."""
    out = []
    for n, (i, (title, kind)) in enumerate(sorted(layout.changes.items()), start=1):
        if i in layout.running_changes or i in layout.part_changes:
            continue
        stated = stated_change(row, measure_key(i), notation)
        if stated is not None and kind in ("pct", "ratio") and "cung_ky" not in layout.titles and \
                (i in layout.worded or (layout.signed_changes and _typed_signed(row.rec.get(measure_key(i))))
                 or fall_under_an_index(kind, stated) or names_the_increase(kind, i, layout) or _CHANGE_WORDS.match(fold(text(row.rec.get(measure_key(i)))))):
            # «tăng 55» under «So với năm 2016 (%)»: a cell typed with its direction is a rise, not an index
            out.append(_stated_rate(fig, stated, title, f"{fig.ma}-TL" + (str(n) if n > 1 else ""), taken))
            continue
        if stated is not None and kind == "ratio" and "cung_ky" not in layout.titles and \
                an_index(stated, i, layout):
            out.append(_index_row(fig, stated, f"{fig.ma}-TL" + (str(n) if n > 1 else ""), taken))
            continue
        if stated is None or kind != "abs":
            continue
        if kind == "abs" and unit is not None and unit.scale != 1:
            stated = stated * unit.scale
        code = free_code(f"{fig.ma}-TG" + (str(n) if n > 1 else ""), taken)
        out.append(replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(title)}", ky_bao_cao=stated,
                           don_vi_tinh="%" if kind == "pct" else fig.don_vi_tinh, cung_ky=None, ke_hoach=None,
                           ky_truoc=None))
    return out


def plan_words(title: str) -> str:
    """The words a plan-only row's label takes from the plan column's title (``Kế hoạch năm 2022`` → ``kế hoạch năm
    2022``; ``KH 2022`` → ``kế hoạch (KH 2022)``): they say the number is a plan, for the checker and the reader."""
    words = re.sub(r"\s*\([^()]*\)\s*$", "", _lower_first(title)).strip() or _lower_first(title)
    return words if re.search(r"\b(?:ke hoach|du toan|chi tieu|muc tieu)\b", fold(words)) else f"kế hoạch ({title})"


def _say_unread_rates(row: CellRow, layout: Layout, notation: str | None) -> None:
    """«1,2,3» under «Tăng so với cùng kỳ (%)»: a growth column's numbers are kept (``names_the_increase``), so a cell
    of it that is no number is said, naming its row and column — never dropped unsaid."""
    if "cung_ky" in layout.titles:
        return
    for i, (title, kind) in sorted(layout.changes.items()):
        typed = text(row.rec.get(measure_key(i)))
        if names_the_increase(kind, i, layout) and typed and not is_none_mark(typed) and \
                stated_change(row, measure_key(i), notation) is None:
            row.problems.warn(f"«{typed}» không đọc được là tốc độ tăng (%): hàng này không có tốc độ tăng; ghi số như "
                              "«12,5» hoặc «-3,2»", file=row.src, row=row.rownum, column=title)


def names_the_increase(kind: str, i: int, layout: Layout) -> bool:
    """A column titled as the increase in per cent (``Tăng so với cùng kỳ (%)``, ``Tăng/giảm (%)``, ``Tốc độ tăng
    (%)``: a word of change and the per cent sign, change kind ``pct``) states each row's rate of change, signed or
    not: «tăng 12,5%» is its 12,5 — the loader already reads it so where it gives back last year's whole count
    (175 dự án, 37,8 %: 127).  Not where every number of the column lies where an index does (``Layout.indexed``:
    108,5 under ``Tăng … (%)`` may be the index the title misnames).  Round 23's d01 (FDI 1/2017: 23 %, 6,6 %, 6,3 %
    beside money) and stop 39's yf- tables (yf-nam-dinh-buu-dien: «Tăng so với năm 2018 (%)» 9, 54, 17, 26) had lost
    the column: the rate is kept as the row's own «<chỉ tiêu>: tốc độ tăng so với …» in %."""
    return kind == "pct" and i not in layout.indexed


def fall_under_an_index(kind: str, stated: Decimal) -> bool:
    """A negative number under a column read as an index (``So với cùng kỳ (%)`` over ``-3`` beside ``98,04``: the
    bus stations' sheet, Miền Đông writing its falls, Miền Tây its indexes): an index is never below zero, so the
    cell is the row's rate of change (a fall of 3%), kept as its own row rather than lost (figures round 43)."""
    return kind == "ratio" and stated < 0


def _typed_signed(v) -> bool:
    """A rate typed with its sign (``-6,1``, ``+0,6``, ``−15``) in a sheet that types its changes so
    (``Layout.signed_changes``): a rate of change, whatever the column's title says (round 16 kept unsigned numbers
    aside: ``1,71`` under ``Tăng so với năm 2020 (%)`` may be a ratio or a rate; round 12's ``-1,3`` among unsigned
    rates is no sign of a sheet that writes them)."""
    if isinstance(v, Decimal):
        return v < 0
    return isinstance(v, str) and unicodedata.normalize("NFC", v.strip())[:1] in ("+", "-", "−", "–")


def _rate_words(title: str) -> str:
    """A change column's title as the words of a rate (``Tăng so với năm 2020 (%)`` → ``tốc độ tăng so với năm 2020``,
    ``So cùng kỳ 7 tháng (%)`` → ``tốc độ tăng so cùng kỳ 7 tháng``): the unit aside, ``tốc độ tăng`` before it."""
    words = re.sub(r"\s*\(\s*%\s*\)\s*$", "", _lower_first(title))
    return words if fold(words).startswith("toc do") else "tốc độ " + (words if fold(words).startswith("tang")
                                                                         else "tăng " + words)


#: An index against the same period (``So với cùng kỳ (%)``, the same period = 100) is at least this: below it an
#: unsigned number under such a title says neither an index nor a change (``_rate_alone``).
INDEX_FLOOR = 50


def an_index(stated: Decimal, i: int, layout: Layout) -> bool:
    """An unsigned ratio ``stated`` under the comparison column ``i`` reads as an index (last year = 100): at or above
    :data:`INDEX_FLOOR`, or below it in a column of indexes (``Layout.low_indexes``: ``4,62`` among 106,05 · 102,24 ·
    74,17 · 126,56, Cục Thống kê Thừa Thiên Huế's forest fires «6 tháng năm 2020 so với cùng kỳ năm trước (%)»,
    held-out xw-thua-thien-hue-…-2020-9t).  The same test for the period's value, a part's and a running total's."""
    return stated >= INDEX_FLOOR or i in layout.low_indexes


def _index_row(fig: Figure, stated: Decimal, code: str, taken: dict) -> Figure:
    """An index against the same period a sheet with no last year's column states (``So với cùng kỳ năm trước (%)``
    99,8 beside 7.175,4 nghìn tấn: the statistics office's way) that gives no exact last year's value: the row's own
    sub-row «<chỉ tiêu>: so với cùng kỳ» in %, as typed — the checker reads «giảm 0,2%» and «bằng 99,8%» from it
    (yh-toan-quoc-tong-cuc-thong-ke-san-luong-thuy-san-2021-10, round 23's d08; the loader had dropped it)."""
    return stated_sub_row(fig, code, INDEX_WORDS, stated, taken)


def _stated_rate(fig: Figure, stated: Decimal, title: str, code: str, taken: dict) -> Figure:
    """A rate of change a sheet with no last year's column states (``So cùng kỳ 2015`` over ``tăng 13,25%``,
    ``thấp hơn 0,39%``) that gives no exact last year's value (a rounded rate): the row's own sub-row in %, the rate
    as typed, labelled as a rate (``<chỉ tiêu>: tốc độ tăng so cùng kỳ 2015``) so the checker reads it as one."""
    return stated_sub_row(fig, code, _rate_words(title), stated, taken)


#: A change in words typed in a rate cell: ``tăng 1,04%``, ``giảm 6,2%`` (folded).
_CHANGE_WORDS = re.compile(r"^\s*(tang|giam)\b")


#: What a rate column compares (folded title): ``Số ca mắc so cùng kỳ (%)`` → ``Số ca mắc``.
_RATE_OF = re.compile(r"^(.*?)\s+(?:so (?:voi )?cung ky|tang giam|tang/giam)\b")


def _change_alone(row: CellRow, layout: Layout, unit, notation: str | None) -> tuple[Decimal, str, bool] | None:
    """(change, words, in per cent) of a row whose value cell is empty but which states its change against last year:
    a change in the row's unit (``-567`` under ``Tăng (+)/giảm (-) so với cùng kỳ năm 2018``), or a rate typed with its
    sign or in words (``-6,1``, ``giảm 6,1%``); None when it states neither (a ratio ``113,7`` is no change)."""
    for i, (title, kind) in sorted(layout.changes.items(), key=lambda kv: (of_a_part(kv[1][0], layout), kv[0])):
        if i in layout.running_changes:
            continue
        stated = stated_change(row, measure_key(i), notation)
        if stated is None or stated == 0:
            continue
        words = re.sub(r"\s*\(\s*%\s*\)\s*$", "", _lower_first(title))
        if kind == "abs":
            return stated * (unit.scale if unit is not None else 1), words, False
        typed = text(row.rec.get(measure_key(i)))
        if (layout.signed_changes and _typed_signed(row.rec.get(measure_key(i)))) or _CHANGE_WORDS.match(fold(typed)) \
                or ("cung_ky" not in layout.titles and names_the_increase(kind, i, layout)):
            return stated, _rate_words(title), True
    return None


#: The base a change names: ``so với đầu năm``, ``so với tháng trước``, ``so với 31/12/2017``.
_BASE_WORDS = re.compile(r"(?i)\bso\s+(?:với|voi)\b.*$")


def rise_alone(row: CellRow, layout: Layout, unit, notation: str | None) -> tuple[Decimal, str] | None:
    """(rise, words) of a row whose value cell is empty but which states its change in the row's unit against the
    start of the year or the period before (``82,4`` tỷ đồng under ``Tăng (+), giảm (-) so với đầu năm``): the
    change is the row's figure; None when no such cell is filled.  A signed column's «Tăng (+), giảm (-)» says
    both ways; the row's figure says its own, in words, as the page does («tăng hơn 82 tỷ đồng so với đầu năm»):
    ``tăng so với đầu năm`` 82,4 tỷ, ``giảm so với đầu năm`` 5,2 tỷ for −5,2 — the sign kept in the word."""
    for i, title in sorted(layout.since_year_start.items()):
        stated = stated_change(row, measure_key(i), notation)
        if stated is not None:
            rise = stated * (unit.scale if unit is not None else 1)
            rise = rise.to_integral_value() if rise == rise.to_integral_value() else rise
            base = _BASE_WORDS.search(unicodedata.normalize("NFC", title))
            if base is None:
                return rise, _lower_first(title)
            return abs(rise), f"{'giảm' if rise < 0 else 'tăng'} {base.group(0).strip()}"
    return None


def of_a_part(title: str, layout: Layout) -> bool:
    """A change column titled by a part of the report period the table has a column of (``Quý III năm 2020 - Tăng so
    với cùng kỳ (%)`` beside ``Quý III năm 2020 - Ước tính`` in a sheet of 9 months): the part's change, not the
    period's."""
    period = read_title(title).period or title_reading(title)
    return period is not None and any(period == p for _, p in layout.parts.values())


def _other_changes(fig: Figure, label: str, used: str, row: CellRow, layout: Layout, notation: str | None,
                   taken: dict) -> list[Figure]:
    """A row stating its changes alone in two periods' columns (``Giá trị sản xuất chăn nuôi | % | | 9,67 | | 3,76``
    under a two-row header ``Quý III năm 2020 | 9 tháng năm 2020``, each over ``Ước tính | Tăng so với cùng kỳ (%)``:
    round 24's e07, where the 9 months' 3,76 had been lost): the period's change is the row's figure
    (``_change_alone``), each other rate in per cent a sub-row of its own named by its column."""
    out = []
    for n, (i, (title, kind)) in enumerate(sorted(layout.changes.items()), start=1):
        words = _rate_words(title)
        if words == used or kind == "abs":
            continue   # (a running total's change too: «5 tháng … Tăng/giảm (%)» 4,5 on a row of changes alone)
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        extra = _stated_rate(replace(fig, chi_tieu=label), stated, title, f"{fig.ma}-TL" + (str(n) if n > 1 else ""),
                             taken)
        taken[extra.ma] = row.rownum
        out.append(extra)
    return out


def _rate_alone(row: CellRow, layout: Layout, notation: str | None) -> tuple[Decimal, str] | None:
    """(rate, words) of a matrix row whose cells are all empty but a rate of change against last year is stated
    (``+274,3`` in ``Số ca mắc so cùng kỳ (%)``): the change itself (a ratio below 50 unsigned says neither: None).
    The words name the aspect compared when the title does (``số ca mắc: tốc độ tăng so với cùng kỳ``)."""
    for i, (title, kind) in sorted(layout.rates.items()):
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        typed = text(row.rec.get(measure_key(i))).strip()
        if _CHANGE_WORDS.match(fold(typed)) or typed[:1] in "+-−" or (kind == "ratio" and stated <= 0):
            kind = "pct"
        if kind == "ratio" and stated < 50:
            return None
        words = "tốc độ tăng so với cùng kỳ" if kind == "pct" else "so với cùng kỳ"
        bare = re.sub(r"\s*\(\s*%\s*\)\s*$", "", title).strip()
        m = _RATE_OF.match(fold(bare))
        aspect = bare[:len(m.group(1))].strip() if m and len(fold(bare[:len(m.group(1))])) == len(m.group(1)) else ""
        if fold(aspect) in ("tang", "giam", "muc tang", "ty le tang", "toc do tang"):
            aspect = ""      # "Tăng so cùng kỳ (%)": the title's direction, no aspect compared
        return stated, (f"{aspect[:1].lower()}{aspect[1:]}: {words}" if aspect else words)
    return None


def _rate_figures(fig: Figure, row: CellRow, layout: Layout, notation: str | None, taken: dict) -> list[Figure]:
    """A row's rate against last year (``So cùng kỳ (%)``: ``tăng 1,04%``, ``-3,2``, ``118``) where its 'Cùng kỳ'
    cell is blank, as the row's own sub-row in %, the number as the table writes it, labelled so the checker reads
    it (its rate and index labels): a change (``tăng 1,04%``, ``-3,2`` in ``Tăng/giảm (%)``) «<chỉ tiêu>: tốc độ
    tăng so với cùng kỳ» = 1,04 / −3,2; a ratio (118 in ``So cùng kỳ (%)``) «<chỉ tiêu>: so với cùng kỳ» = 118 (the
    same period is 100).  Code ``<mã>-TL``.  A ratio below 50 with no sign says neither: none."""
    out = []
    for n, (i, (title, kind)) in enumerate(sorted(layout.rates.items()), start=1):
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        if _CHANGE_WORDS.match(fold(text(row.rec.get(measure_key(i))))) or (kind == "ratio" and stated <= 0):
            kind = "pct"
        if kind == "ratio" and stated < 50 and i not in layout.low_indexes:
            continue
        words = "tốc độ tăng so với cùng kỳ" if kind == "pct" else "so với cùng kỳ"
        out.append(stated_sub_row(fig, f"{fig.ma}-TL" + (str(n) if n > 1 else ""), words, stated, taken))
    return out


def _say_changes(problems: ProblemList, rows, layout: Layout, derived: dict, underived: list,
                 kept: list = ()) -> None:
    src = rows[0].src if rows else None
    for title, nums in derived.items():
        how = "kỳ báo cáo − tăng/giảm" if any(t == title and k == "abs" for t, k in layout.changes.values()) else \
            "số nguyên duy nhất cho đúng tỷ lệ đã ghi"
        where = f"ô cột '{layout.titles['cung_ky']}' để trống" if "cung_ky" in layout.titles else \
            "bảng không có cột 'Cùng kỳ năm trước'"
        problems.warn(f"{where}: số cùng kỳ của {len(nums)} hàng (hàng "
                      f"{_rows_text(nums)}) tính từ cột so sánh '{title}' ({how})", file=src)
    if underived:
        titles = ", ".join(f"'{t}'" for t, _ in layout.changes.values())
        problems.warn(f"{len(underived)} hàng (hàng {_rows_text(underived)}) ghi mức so sánh ở cột {titles} nhưng "
                      "không tính lại được đúng số cùng kỳ (tỷ lệ làm tròn, hoặc không phải số đếm): số cùng kỳ để "
                      "trống; thêm cột 'Cùng kỳ năm trước' nếu có", file=src)
    if kept:
        problems.warn(f"{len(kept)} hàng (hàng {_rows_text(list(kept))}) ghi mức tăng/giảm mà không có số cùng kỳ: mức "
                      "tăng/giảm đã ghi nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>»", file=src)


def unsigned_below_floor(row: CellRow, layout: Layout, notation: str | None) -> bool:
    """The row states, under a comparison column, an unsigned number below :data:`INDEX_FLOOR` (no sign, no «tăng»):
    too low for an index against last year, not said a rise — what the loader cannot keep."""
    for i in layout.changes:
        stated = stated_change(row, measure_key(i), notation)
        typed = text(row.rec.get(measure_key(i))).strip()
        if stated is not None and not an_index(stated, i, layout) and 0 < stated and typed[:1] not in "+-−" \
                and not _CHANGE_WORDS.match(fold(typed)):
            return True
    return False


def _say_comparisons_lost(problems: ProblemList, layout: Layout, lost: list, src) -> None:
    """Rows whose comparison gives no last year's value and is not kept as a row of its own either: said, with the
    way to keep it.  ``So với Tết Nhâm Dần 2022 (%)`` over 47,5 (the page: «tăng khoảng 47,5%»; held-out
    yt-toan-quoc-tong-cuc-du-lich-…-2023-01): an unsigned number below 50 under «so với» is neither an index (last year
    = 100) nor surely a rise, so it is not loaded — main's warnings said only that the column's rates «đã ghi nạp
    thành hàng riêng», and the 47,5 was gone unsaid."""
    if not lost:
        return
    titles = ", ".join(f"'{t}'" for t, _ in layout.changes.values())
    problems.warn(f"{len(lost)} hàng (hàng {_rows_text(lost)}) ghi ở cột {titles} một mức so sánh không nạp được: không "
                  "tính ra số cùng kỳ, và không rõ là chỉ số (cùng kỳ = 100) hay tốc độ tăng/giảm (số dưới 50 không "
                  "dấu); mức này không được nạp — ghi dấu («+47,5», «tăng 47,5») hoặc đặt tiêu đề «Tăng so với … (%)» "
                  "nếu là tốc độ tăng", file=src)


def _running_values(row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool) -> dict | None:
    """The row's running totals as numbers (``ky_bao_cao``, and ``cung_ky``/``ke_hoach`` when the table keeps
    theirs); None when the running total of the value is «-» or unreadable (an error is then on the row)."""
    out = {col: value(row, running_key(col), unit, notation, averaged) for col in layout.running.values()}
    if out.get("ky_bao_cao") in (None, NONE):
        return None
    return {c: (None if v is NONE else v) for c, v in out.items()}


#: A comparison's words in a column title (folded): ``so với``, ``so``, ``tăng``, ``giảm``.
_COMPARES = re.compile(r"\b(?:so voi|so|tang|giam)\b")


def _other_value(row: CellRow, i: int, layout: Layout, notation: str | None, averaged: bool):
    """A cell of a column loaded as rows of their own, as its rows will read it: a signed change where the column is
    one of comparisons in per cent (``compares_in_percent``), else the value."""
    if i in layout.measures and _a_change_typed(row, i, *layout.measures[i]):
        return stated_change(row, measure_key(i), notation)
    return value(row, measure_key(i), None, notation, averaged)


def _a_change_typed(row: CellRow, i: int, title: str, unit_text: str | None) -> bool:
    """The cell of a per cent column of comparisons kept as rows holds a change typed with its sign: a fall
    (``-11,3``), or a rise (``+120,0``, Cục Quản lý đăng ký kinh doanh's month on month: main refused it «không phải
    là số» while the same sheet's ``+11,4`` against last year passed); a ``+`` before words is refused as before."""
    cell = row.rec.get(measure_key(i))
    typed = unicodedata.normalize("NFC", str(cell)).strip() if isinstance(cell, str) else ""
    return compares_in_percent(title, unit_text) and not is_none_mark(typed) and (
        typed[:1] in ("-", "−", "–") or typed[:1] == "+" and stated_change(row, measure_key(i), None) is not None)


def compares_in_percent(title: str, unit_text: str | None) -> bool:
    """A per cent column of comparisons kept as rows (``Tháng 2/2021 so với tháng 1/2021 (%)``, ``4 tháng tăng so với
    năm 2019 (%)``): a number typed with its minus sign is a fall (−11,3), read as typed, never refused as a negative
    count (an unsigned one is read as before, its warnings said)."""
    return unit_text == "%" and bool(_COMPARES.search(fold(title or "")))


def _measure_figures(fig: Figure, row: CellRow, layout: Layout, notation: str | None, taken: dict) -> list[Figure]:
    """A row's second quantities (``Hội LHPN | 808 tỷ đồng | 19.136`` under ``Số hộ còn dư nợ``) as rows of their
    own: label ``<chỉ tiêu>: số hộ còn dư nợ``, the column's unit, code ``<mã>-<n>`` (n = 2, 3… by column)."""
    out = []
    for n, (i, (title, unit_text)) in enumerate(sorted(layout.measures.items()), start=2):
        unit = read_unit(unit_text or fig.don_vi_tinh)   # "": an average's column, in the row's own unit
        v = stated_change(row, measure_key(i), notation) if _a_change_typed(row, i, title, unit_text) else \
            value(row, measure_key(i), unit, notation, False)
        if v is None or v is NONE or fig.ke_hoach is not None and unit_text == "%" and of_the_plan(title) and \
                layout.plan_share_columns < 2:
            continue   # (a rate of the plan on a row whose plan is kept: the plan gives it back, or it is a slip the
            #           checker sees against the plan; where two columns rate two plans, each rate is kept, named)
        code = free_code(f"{fig.ma}-{n}", taken)
        title = re.sub(r"\s*\(\s*" + re.escape(unit_text) + r"\s*\)\s*$", "", title)  # the unit is the row's
        out.append(replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(title)}",
                           don_vi_tinh=unit.text if unit else fig.don_vi_tinh if not unit_text else "", ky_bao_cao=v,
                           cung_ky=None, ke_hoach=None, ky_truoc=None, column=other_column(n)))
    return out


def _typed_step(v) -> Decimal | None:
    """Half a unit of the last digit a number is typed to, the zeros ending a whole number of a thousand or more not
    counted (``15.000`` → 500, ``13.500`` → 50, ``1.986`` → 0,5, ``30`` → 0,5, ``36,6`` → 0,05): how far the typed
    number may be from the one it rounds.  None when the cell is no number."""
    if isinstance(v, Decimal):
        d = v
    else:
        m = re.search(r"\d[\d.,]*", unicodedata.normalize("NFC", str(v or "")))
        try:
            d = parse_table_number(m.group(0)) if m else None
        except ValueError:
            d = None
    if d is None or not d.is_finite() or d == 0:
        return None
    exponent = d.normalize().as_tuple().exponent
    if exponent > 0 and abs(d) < 1000:
        exponent = 0   # «30 người»: a small whole count is exact; the zeros of «15.000», «13.500» may be rounding
    return Decimal(1).scaleb(exponent) / 2


def rounding_allows(rate: Decimal, row: CellRow, fig: Figure, change: bool) -> bool:
    """A stated rate the row's numbers do not give back, but would give back were they the rounded numbers they are
    typed as (round 24's e05: «tăng 14,2%» beside 15.000 and 13.500 tỷ — «gần 15 nghìn tỷ» — which allow 7 to 15 %): the
    sheet's rate, more exact than its amounts, kept.  Beside exact numbers it is a slip, left for the checker to see
    (zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t: «tăng 113%» beside 1.986 and 921 tỷ, which give 115,6 %)."""
    sv = _typed_step(row.rec.get("ky_bao_cao"))
    typed_base = row.rec.get("cung_ky")
    sb = _typed_step(typed_base) if filled(typed_base) else Decimal(0)   # a base derived from a change: exact
    if sv is None or sb is None or fig.cung_ky in (None, 0) or fig.ky_bao_cao in (None, 0):
        return False
    tv = abs(_typed_number(row.rec.get("ky_bao_cao")) or 0)
    tb = abs(_typed_number(typed_base) or 0) if filled(typed_base) else None
    rv, rb = (sv / tv if tv else Decimal(0)), (sb / tb if tb else Decimal(0))
    if rb >= 1:
        return False
    ratio = fig.ky_bao_cao / fig.cung_ky * 100
    low, high = ratio * (1 - rv) / (1 + rb), ratio * (1 + rv) / (1 - rb)
    want = rate + 100 if change else rate
    half = Decimal(1).scaleb(min(rate.as_tuple().exponent, 0)) / 2
    return low - half <= want <= high + half


def _typed_number(v) -> Decimal | None:
    if isinstance(v, Decimal):
        return v
    m = re.search(r"\d[\d.,]*", unicodedata.normalize("NFC", str(v or "")))
    try:
        return parse_table_number(m.group(0)) if m else None
    except ValueError:
        return None


def rate_given_back(rate: Decimal, value: Decimal | None, base: Decimal | None, change: bool = False) -> bool:
    """The row's own numbers give the stated rate back (``value / base`` in %, less 100 for a rate of ``change``) to
    the last decimal the rate is typed with (one unit of it: clerks round and cut alike).  A rate of a plan the row's
    plan does not give back is of another plan (round 24's e04: «So với kế hoạch năm 2016 điều chỉnh (%)» 104,96
    beside «Kế hoạch đăng ký với Bộ» 245.290, which gives 103,21); a rate of change the row's last year does not give
    back is the one the sheet states (e05: «tăng 14,2%» on 2017 where 15.000 / 13.500 tỷ, both rounded, give 11,1)."""
    if value is None or base is None or not isinstance(rate, Decimal) or not rate.is_finite():
        return False
    return bool(rate_agrees(value, base, rate if change else rate - 100))


def _noted(fig: Figure, row: CellRow, unit, taken: dict, labels: set[str]) -> list[Figure]:
    """The parts by name the row's note lists (``notelists``), said to the user once — unless the table has rows of
    its own for them (a sheet filled from the template keeps both the note and the rows made of it)."""
    parts = noted_part_figures(fig, unit, taken)
    if any(p.chi_tieu in labels for p in parts):
        return []
    if parts:
        row.warn(f"ghi chú nêu số của từng đơn vị ({', '.join(f.don_vi for f in parts)}): nạp thành "
                 f"{len(parts)} hàng riêng «{fig.chi_tieu} (<đơn vị>)»", "ghi_chu")
        return parts
    sub = [p for p in noted_sub_part(fig, unit, taken) if p.chi_tieu not in labels]
    if sub:
        row.warn(f"ghi chú nêu một phần của chỉ tiêu: nạp thành hàng riêng «{sub[0].chi_tieu}»", "ghi_chu")
    return sub


def _noted_in_cells(cells: list[Figure], row: CellRow, taken: dict, labels: set[str]) -> list[Figure]:
    """A matrix row's note naming one part in words (``Toàn huyện | 1.661 | 652 | … | trong đó 623 thanh niên đạt sức
    khỏe`` under ``Số lệnh gọi | Số lên trạm khám``): the part of the cell nearest the note (the rightmost) that can
    hold it — a count, not less than the part — as a row «<ô>: <the words>»; the plain path reads it of the row's
    value (``notelists.noted_sub_part``).  Money cells are left: their scale is the column's, not the note's."""
    for cell in reversed(cells):
        unit = read_unit(cell.don_vi_tinh) if cell.don_vi_tinh else None
        if unit is not None and unit.kind in ("money", "percent"):
            continue
        sub = [p for p in noted_sub_part(cell, unit, taken) if p.chi_tieu not in labels]
        if sub:
            row.warn(f"ghi chú nêu một phần của ô bên trái nó: nạp thành hàng riêng «{sub[0].chi_tieu}»", "ghi_chu")
            return sub
    return []


def _place_figures(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                   taken: dict) -> list[Figure]:
    """A row's values for each place or level beside the whole's (``Toàn tỉnh | Cấp tỉnh | Cấp huyện | Cấp xã``) as
    rows of their own, of the period: label ``<chỉ tiêu> (<nơi>)``, the row's unit, organisation the column's title,
    code ``<mã>-<n>`` (n after the second quantities' numbers, by column)."""
    def place(code, n, title, v):
        where = _lower_first(title)
        return replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu} ({where})", don_vi=title, ky_bao_cao=v,
                       cung_ky=None, ke_hoach=None, ky_truoc=None, column=other_column(n))
    return _column_figures(fig, row, layout.places, len(layout.measures) + 2, unit, notation, averaged, taken, place)


def _share_figures(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                   taken: dict) -> list[Figure]:
    """A row's parts of its value (``Tổng số | Chia ra: Đường bộ | Đường sắt``; ``Trong đó: kiến nghị thu hồi``) as
    rows of their own, of the period, in the row's unit: label ``<chỉ tiêu>: <phần>``, code ``<mã>-<n>`` (n after
    the second quantities' and places' numbers, by column)."""
    def part(code, n, name, v):
        return replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(name)}", ky_bao_cao=v,
                       cung_ky=None, ke_hoach=None, ky_truoc=None, column=other_column(n))
    return _column_figures(fig, row, layout.shares, len(layout.measures) + len(layout.places) + 2, unit, notation,
                           averaged, taken, part)


def _cell_figures(fig: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                  taken: dict) -> list[Figure]:
    """A matrix row's cells (``Án hình sự | vụ | 1.367 | 1.206 | 161`` under ``Thụ lý | Đã giải quyết | Còn lại``) as
    rows of their own, of the period: label ``<chỉ tiêu>: <tên cột>``, the column's unit or the row's, last year's
    from the cell's last-year column (``Năm 2015 Mắc``), code ``<mã>-<n>`` (n after the other columns' numbers)."""
    out = []
    first = len(layout.measures) + len(layout.places) + len(layout.shares) + 2
    foreign = _row_unit_over_columns(row, layout, unit)
    filled_cells = sum(1 for i in layout.cells if filled(row.rec.get(measure_key(i))))
    noted = _note_unit(row, layout) if unit is None and filled_cells == 1 else None
    if noted is not None:   # "Trụ điện trung thế ngã đổ | 2 | … | trụ": the unit in the note is the row's own
        foreign, unit, fig = True, noted, replace(fig, don_vi_tinh=noted.text, ghi_chu="")
    order = sorted(layout.cells.items(), key=lambda kv: (kv[0] in layout.cell_parts, kv[0]))
    for n, (i, (name, unit_text)) in enumerate(order, start=first):
        cell_unit = read_unit(unit_text) if unit_text else unit
        if foreign and unit_text:
            # "Thu nhập bình quân đầu người | triệu đồng/người/năm | 23,102" under "Diện tích (ha)": the row states
            # its own unit, of another kind than every column's: the number is the row's own, in its unit
            v = value(row, measure_key(i), unit, notation, averaged)
            if v is not None and v is not NONE:
                code = free_code(f"{fig.ma}-{n}", taken)
                label = fig.chi_tieu if filled_cells == 1 else f"{fig.chi_tieu}: {_lower_first(name)}"
                out.append(replace(fig, ma=code, chi_tieu=label, ky_bao_cao=v, cung_ky=None, ke_hoach=None,
                                   ky_truoc=None, column=other_column(n)))
                said = f"hàng ghi đơn vị tính riêng '{text(row.rec.get('don_vi_tinh'))}', khác loại với" \
                    if noted is None else f"cột ghi chú của hàng chỉ ghi đơn vị '{noted.text}', khác"
                row.warn(f"{said} đơn vị ở "
                         f"tiêu đề các cột (cột '{name}' ghi '{unit_text}'): số là của chính chỉ tiêu, theo đơn vị "
                         f"của hàng, nạp thành hàng «{label}»", measure_key(i))
            continue
        typed = typed_unit(row.rec.get(measure_key(i)))
        own = read_unit(typed[1]) if typed else None
        if own is not None and (cell_unit is None or fold(own.text) != fold(cell_unit.text) or own.scale != 1):
            # "Heroin thu giữ | 2,431g" under "Số vụ": the row's own quantity in the unit typed, not a count of cases
            said = row.rec.get(measure_key(i))
            row.rec[measure_key(i)] = typed[0]
            v = value(row, measure_key(i), own, notation, averaged)
            if v is not None and v is not NONE:
                code = free_code(f"{fig.ma}-{n}", taken)
                out.append(replace(fig, ma=code, don_vi_tinh=own.text, ky_bao_cao=v, cung_ky=None, ke_hoach=None,
                                   ky_truoc=None, column=other_column(n)))
                row.warn(f"«{said}»: ô ghi kèm đơn vị '{typed[1]}', khác đơn vị của cột '{name}': là số của chính chỉ "
                         f"tiêu (không phải {_lower_first(name)}), nạp thành hàng «{fig.chi_tieu}» đơn vị "
                         f"'{own.text}'", measure_key(i))
            continue
        if typed:
            row.rec[measure_key(i)] = typed[0]
        plan = None
        pair = PAIR_CELL.match(str(row.rec.get(measure_key(i)))) if i in layout.cell_pairs else None
        if pair:   # "31,24/32,5": the value, then its design (the plan)
            row.rec[measure_key(i)] = pair.group(2)
            plan = value(row, measure_key(i), cell_unit, notation, averaged)
            row.rec[measure_key(i)] = pair.group(1)
        v = stated_change(row, measure_key(i), notation) if i in layout.rate_cells else \
            value(row, measure_key(i), cell_unit, notation, averaged)
        if v is None or v is NONE:
            continue
        last = value(row, measure_key(layout.cell_last[i]), cell_unit, notation, averaged) \
            if i in layout.cell_last else None
        change = stated_change(row, measure_key(layout.cell_changes[i]), notation) if i in layout.cell_changes else None
        if last is None and change is not None:   # "Số vụ" 43 beside "Tăng/giảm so cùng kỳ (vụ)" +5: 38
            last = last_year(v, change * (cell_unit.scale if cell_unit else 1), "abs", False)
        code = free_code(f"{fig.ma}-{n}", taken)
        out.append(replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(name)}",
                           don_vi_tinh=cell_unit.text if cell_unit else fig.don_vi_tinh, ky_bao_cao=v,
                           cung_ky=None if last is NONE else last, ke_hoach=None if plan is NONE else plan,
                           ky_truoc=None, column=other_column(n)))
    return out


def _note_unit(row: CellRow, layout: Layout):
    """The unit a matrix row states alone in its note cell (``Trụ điện trung thế ngã đổ | 2 | | trụ``, ``Ô tô hư hỏng
    nặng | 1 | | chiếc``: a damage of another kind put in the first column, its unit written in the note), when it
    is none of the columns' units: the row's own unit; None otherwise."""
    note = text(row.rec.get("ghi_chu"))
    if not note or len(note.split()) > 2 or re.search(r"\d", note):
        return None
    unit = read_unit(note)
    if unit is None or unit.kind != "count":
        return None
    theirs = {fold(u) for _, u in layout.cells.values() if u}
    return unit if theirs and fold(unit.text) not in theirs else None


def _row_unit_over_columns(row: CellRow, layout: Layout, unit) -> bool:
    """The row states a unit in its own cell (``triệu đồng/người/năm``) of another kind than every unit the
    matrix's column titles give (``Diện tích (ha)``, ``Năng suất (tấn/ha)``): its numbers are in its own unit."""
    said = text(row.rec.get("don_vi_tinh"))
    if unit is None or not said or said in NONE_MARKS:
        return False
    units = [read_unit(u) for _, u in layout.cells.values() if u]
    units = [u for u in units if u is not None]
    return bool(units) and all(u.kind != unit.kind and fold(u.text) != fold(unit.text) for u in units)


def _column_figures(fig: Figure, row: CellRow, columns: dict, first: int, unit, notation: str | None, averaged: bool,
                    taken: dict, make) -> list[Figure]:
    """One figure per column of ``columns`` (index → title) where the row has a value: ``make(code, n, title, value)``,
    code ``<mã>-<n>`` numbered from ``first`` by column, primed while taken."""
    out = []
    for n, (i, title) in enumerate(sorted(columns.items()), start=first):
        v = value(row, measure_key(i), unit, notation, averaged)
        if v is None or v is NONE:
            continue
        code = free_code(f"{fig.ma}-{n}", taken)
        out.append(make(code, n, title, v))
    return out


def term_base(row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool) -> Decimal | None:
    """The term's first year as the only part column beside the term's value (``Giai đoạn 2010 - 2019 | Năm 2010``,
    Hòa Bình's health sector, held-out yn-…-2010-2019: «tăng 98 xã so với năm 2010», 130 from 32; ``Cuối năm 2019 |
    Năm 2016``, Ban Dân tộc Thái Nguyên: «từ 19,2% năm 2016 xuống 6,1%»): on a row with the term's value, the level
    the term started from — its base, Kỳ trước.  Main set it aside (``Layout.part_base``) and the base was lost; a
    row with no value still gets the year as a row of its own, as before; several year columns stay parts."""
    if len(layout.parts) != 1 or not layout.part_base:
        return None
    [i] = layout.parts
    if i not in layout.part_base:
        return None
    v = value(row, measure_key(i), unit, notation, averaged)
    return v if v is not None and v is not NONE else None


def _part_values(row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                 has_value: bool) -> list[tuple]:
    """(title, period, value, …, whether the part is an earlier edition: ``Layout.editions``) of the row's cells in the
    columns of a part of the period (``Năm 2016`` in a term); the term's first year beside the term's value is its
    base (``tăng 26 bậc so với năm 2015``), no part."""
    out = []
    for i, (title, period) in sorted(layout.parts.items()):
        if has_value and i in layout.part_base:
            continue
        name, own, n = layout.part_measures.get(i, ("", None, 0))
        part_unit = read_unit(own) if own else unit
        v = value(row, measure_key(i), part_unit, notation, averaged)
        if v is not None and v is not NONE:
            out.append((title, period, v, name, part_unit, n, _part_last_year(v, row, layout, i, part_unit, notation,
                                                                            averaged) if not name else (None, []),
                        i in layout.editions))
    return out


def _part_last_year(v, row: CellRow, layout: Layout, part: int, unit, notation: str | None, averaged: bool):
    """(last year's value, the rates kept) of a part of the period from the change columns right of it
    (``Layout.part_changes``): July's ``-74`` beside July's 707 gives 781, a change in the row's unit first; when none
    gives it exactly, an index (``So cùng kỳ quý III (%)`` 105,2) or a rate typed as a change is kept as the part's own
    sub-row, as a running total's is (``_running_changes``): (index or rate, value, column title)."""
    mine = [i for i, p in layout.part_changes.items() if p == part]
    before = part_before_value(v, row, layout, part, unit, notation)
    own = next((b for i, p in layout.part_lasts.items() if p == part
                and (b := value(row, measure_key(i), unit, notation, averaged)) is not None and b is not NONE), None)
    if own is not None:   # the part's own 'Cùng kỳ' column (Layout.part_lasts)
        return own, before
    given = _base_from_changes(v, row, layout, mine, unit, notation, averaged)
    if given is not None:
        return given[0], before
    kept = before
    for i in sorted(mine, key=lambda i: layout.changes[i][1] != "abs"):
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        title, kind = layout.changes[i]
        signed = layout.signed_changes and _typed_signed(row.rec.get(measure_key(i)))
        if kind == "ratio" and an_index(stated, i, layout) and not signed and i not in layout.worded:
            kept.append(("index", stated, title))
        elif kind in ("pct", "ratio") and (i in layout.worded or signed or names_the_increase(kind, i, layout)):
            kept.append(("rate", stated, title))
    return None, kept


def part_before_value(v, row: CellRow, layout: Layout, part: int, unit, notation: str | None) -> list[tuple]:
    """``[("before", Kỳ trước, title)]`` of a part of the period from its change against the month just before it
    (``Layout.part_before``: Ninh Thuận's October ``2`` beside ``-2`` «so với tháng 9/2017» gives 4), [] if none is
    stated.  Carried with the part's kept comparisons and taken out by :func:`_part_figures`."""
    for i, p in layout.part_before.items():
        stated = stated_change(row, measure_key(i), notation) if p == part else None
        if stated is None:
            continue
        if unit is not None and unit.scale != 1:
            stated = stated * unit.scale
        return [("before", v - stated, "")]
    return []


def _part_figures(fig: Figure, parts: list[tuple], taken: dict) -> list[Figure]:
    """The values of parts of the period (``Năm 2016 | Năm 2020`` in a report of the term 2016-2021: ``năm 2016:
    1.112 vụ``) as rows of their own: label ``<chỉ tiêu> (năm 2016)``, code ``<mã>-<kỳ>`` (``1-2016``); a past
    period's second quantity (``Layout.part_measures``): ``<chỉ tiêu>: năng suất (năm 2005)`` in its unit, code
    ``<mã>-<n>-<kỳ>``."""
    out = []
    for _, period, v, name, unit, n, (base, kept), edition in parts:
        before = next((s for what, s, _ in kept if what == "before"), None)
        kept = [k for k in kept if k[0] != "before"]
        code = free_code(f"{fig.ma}-{n}-{period.code}" if name else f"{fig.ma}-{period.code}", taken)
        label = f"{fig.chi_tieu}: {_lower_first(name)} ({period.text})" if name else f"{fig.chi_tieu} ({period.text})"
        out.append(replace(fig, ma=code, chi_tieu=label, ky_bao_cao=v, cung_ky=base,
                           don_vi_tinh=unit.text if name and unit else fig.don_vi_tinh,
                           ke_hoach=fig.ke_hoach if getattr(period, "plan", False) else None, ky_truoc=before,
                           column=part_column(period.code, n if name else None), edition=edition))
        for what, stated, title in kept[:1]:   # the part's own comparison, as a running total's (_running_changes)
            taken[code] = fig.row
            out.append(_index_row(out[-1], stated, f"{code}-TL", taken) if what == "index" else
                       _stated_rate(out[-1], stated, title, f"{code}-TL", taken))
    return out


#: A running total's code: the row's code and this (``3`` → ``3-LK``), the same in every period.
RUNNING_CODE = "-LK"
#: A total to a date since the work began (``Lũy kế đến 30/6/2018``, no ``từ đầu năm``): its own code (``3-LKDN``),
#: not a year-to-date the checker pairs with the period's value.
TO_DATE_CODE = "-LKDN"


def _running_changes(lk: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                     taken: dict, others: set = frozenset()) -> list[Figure]:
    """A running total's stated change (``So cùng kỳ 7 tháng (%)`` right of ``Lũy kế 7 tháng``): last year's running
    total when it gives it exactly (the running row's ``cung_ky``, replaced in ``figures`` by the caller's list), else
    the rate kept as the running row's own sub-row ``<mã>-LK-TL``, as typed (a column titled as the increase in per
    cent, :func:`names_the_increase`, as the period value's)."""
    out = []
    integral = bool(unit and unit.kind == "count" and unit.integral and not averaged)
    for i in sorted(layout.running_changes - others):   # (``others``: another running row's, round 38)
        title, kind = layout.changes[i]
        stated = stated_change(row, measure_key(i), notation)
        if stated is None or lk.cung_ky is not None:
            continue
        typed = row.rec.get(measure_key(i))
        if kind == "ratio" and an_index(stated, i, layout) and not (layout.signed_changes and _typed_signed(typed)) \
                and i not in layout.worded:
            out.append(_index_row(lk, stated, f"{lk.ma}-TL", taken))
            taken[out[-1].ma] = row.rownum
            continue
        if kind not in ("pct", "ratio") or not (i in layout.worded or layout.signed_changes and _typed_signed(typed)
                                                or names_the_increase(kind, i, layout)):
            continue   # as the period value's: a rate kept only when typed or titled as a change (signed, in words,
            # ``Lũy kế 11 tháng tăng (+), giảm (-) so với cùng kỳ (%)``: yn-lam-dong-ubnd-tinh-doanh-nghiep)
        out.append(_stated_rate(lk, stated, title, f"{lk.ma}-TL", {**taken, **{f.ma: row.rownum for f in out}}))
        # (a second quantity's rate, ``So với 4T/2019 (%)`` over ``Lượng | Trị giá``, takes the next code)
    return out


def _running_last_year(lk: Figure, row: CellRow, layout: Layout, unit, notation: str | None, averaged: bool,
                       others: set = frozenset()) -> Figure:
    """A running row's last year's running total from its own change column in the row's unit (``Lũy kế so với năm
    2019 (+/-)`` −783 right of ``Lũy kế từ 15/12/2019 đến 14/9/2020`` 4.876: 5.659), as a period row's comes from its
    ``Tăng/giảm`` (:func:`_last_year`): only a change in the unit (a rate stays the running row's ``-TL`` sub-row,
    :func:`_running_changes`), only when the table keeps no last year's running total itself."""
    if lk.cung_ky is not None:
        return lk
    mine = [i for i in layout.running_changes - others if layout.changes[i][1] == "abs"]
    given = _base_from_changes(lk.ky_bao_cao, row, layout, mine, unit, notation, averaged)
    return replace(lk, cung_ky=given[0]) if given is not None else lk


def _running_figure(fig: Figure, run: dict, layout: Layout, taken: dict) -> Figure:
    """The running total of a row as a row of its own: label + ``(từ đầu năm)`` (``Layout.running_label``), the
    same unit, code + ``-LK``; last year's running total when the table keeps it, and the row's plan (a plan for the
    year is what the running total is measured against: ``lũy kế đạt 85% kế hoạch năm``)."""
    words = layout.running_label
    label = fig.chi_tieu if fold(words) in fold(fig.chi_tieu) else f"{fig.chi_tieu} ({words})"
    suffix = TO_DATE_CODE if layout.since_start else RUNNING_CODE
    code = free_code(fig.ma + suffix if len(fig.ma) + len(suffix) < MAX_CODE else f"R-{fig.row}{suffix}", taken)
    return replace(fig, ma=code, chi_tieu=label, ky_bao_cao=run["ky_bao_cao"], cung_ky=run.get("cung_ky"),
                   ke_hoach=run.get("ke_hoach", fig.ke_hoach), ky_truoc=None,
                   column=TO_DATE_COLUMN if layout.since_start else RUNNING_COLUMN)


def _running_measure_figures(fig: Figure, lk: Figure, row: CellRow, layout: Layout, notation: str | None,
                             taken: dict) -> dict[int, Figure]:
    """A row's running totals of its second quantities (``4T/2020 Trị giá (USD)``, ``Layout.running_measures``) as
    rows of their own, as the period's second quantity is one (``<mã>-2``, ``<chỉ tiêu>: trị giá``) and the running
    total of the value is one (``-LK``, ``(từ đầu năm)``): ``<chỉ tiêu>: trị giá (từ đầu năm)``, code ``<mã>-2-LK``,
    the quantity's unit, the running total's column family (running column → row)."""
    out = {}
    for i, k in sorted(layout.running_measures.items()):
        title, unit_text = layout.measures[k]
        unit = read_unit(unit_text or fig.don_vi_tinh)
        v = value(row, measure_key(i), unit, notation, False)
        if v is None or v is NONE:
            continue
        suffix = lk.ma[len(fig.ma):] if lk.ma.startswith(fig.ma) else RUNNING_CODE
        code = f"{fig.ma}-{running_measure_number(layout, i)}{suffix.rstrip(chr(39))}"
        code = free_code(code, ChainMap(taken, {f.ma: f for f in out.values()}))   # nor a running row made here
        out[i] = replace(lk, ma=code, chi_tieu=f"{fig.chi_tieu}: {_lower_first(without_unit(title, unit_text))} "
                         f"({layout.running_label})", don_vi_tinh=unit.text if unit else fig.don_vi_tinh if not
                         unit_text else "", ky_bao_cao=v, cung_ky=None, ke_hoach=None, ky_truoc=None)
    return out


def running_changes_of_quantities(layout: Layout) -> dict[int, int]:
    """The running total's comparisons that compare a second quantity's running total (``So với 4T/2019 (%)
    Trị giá``): comparison column → that quantity's running column (:func:`changes_of_quantities`)."""
    if not layout.running_measures:
        return {}
    return changes_of_quantities({c: layout.changes[c][0] for c in layout.running_changes},
                                 {i: without_unit(*layout.measures[k]) for i, k in layout.running_measures.items()})


def _rows_text(nums: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in nums[:limit])
    return shown + (f" … ({len(nums)} hàng)" if len(nums) > limit else "")


def _last_said(layout: Layout, nums: list[int], lasts: dict) -> str:
    """What a warning on rows left out adds about those that state last year's value (a figure is this period's
    value: last year's alone has no row to go in)."""
    had = [(r, lasts[r]) for r in nums if r in lasts]
    if not had:
        return ""
    said = ", ".join(f"hàng {r}: {format_vn(v)}" for r, v in had[:8]) + (" …" if len(had) > 8 else "")
    return (f"; số ở cột '{layout.titles['cung_ky']}' của {'hàng' if len(had) == 1 else 'các hàng'} này ({said}) "
            "không được lưu (nếu kỳ này bằng 0, ghi 0 để nạp cả hai)")


def _summarise(problems: ProblemList, rows, layout: Layout, made, no_unit, skipped, running=(), blank=(),
               lasts: dict | None = None) -> None:
    """One warning per kind of thing the loader filled in or left out, not one per row."""
    lasts = lasts or {}
    src = rows[0].src if rows else None
    if made:
        examples = ", ".join(f"'{c}'" for _, c in made[:3])
        if "ma" in layout.titles:
            problems.warn(f"{len(made)} hàng không có mã (hàng {_rows_text([r for r, _ in made])}): đã tạo mã "
                          f"{examples}…", file=src, column=layout.titles["ma"])
        else:
            problems.warn(f"bảng không có cột 'Mã': đã tạo mã chỉ tiêu từ STT và nhóm ({examples}…), hàng không có "
                          "STT lấy mã theo số hàng ('R-12'); thêm cột 'Mã' để mã giữ nguyên giữa các kỳ", file=src)
    if no_unit:
        where = f"cột '{layout.titles['don_vi_tinh']}' trống" if "don_vi_tinh" in layout.titles else \
            "bảng không có cột 'Đơn vị tính'"
        problems.warn(f"{where} ở {len(no_unit)} hàng (hàng {_rows_text(no_unit)}): số liệu được nạp không có "
                      "đơn vị tính", file=src, column=layout.titles.get("don_vi_tinh"))
    if running:
        title = layout.running_title()
        problems.warn(f"{len(running)} hàng chỉ có số lũy kế ở cột '{title}', cột kỳ báo cáo trống (hàng "
                      f"{_rows_text(running)}): chỉ nạp hàng lũy kế «… ({layout.running_label})» của chúng, không nạp "
                      "số của riêng kỳ báo cáo; điền số của kỳ này nếu có (ghi «-» nếu kỳ này không có)", file=src,
                      column=layout.titles.get("ky_bao_cao"))
    if blank:
        problems.warn(f"{len(blank)} hàng để trống ô kỳ báo cáo (hàng {_rows_text(blank)}): không nạp; điền số liệu, "
                      "hoặc ghi «-» nếu kỳ này không có" + _last_said(layout, list(blank), lasts), file=src,
                      column=layout.titles.get("ky_bao_cao"))
    if skipped:
        problems.warn(f"{len(skipped)} hàng ghi «-» ở cột kỳ báo cáo (hàng {_rows_text(skipped)}): không có số "
                      "liệu kỳ này, không nạp" + _last_said(layout, list(skipped), lasts), file=src,
                      column=layout.titles.get("ky_bao_cao"))


def _try_period(text: str):
    try:
        return parse_period(text)
    except ValueError:
        return None


def validate_file(path: str | Path, *, series: str | None = None, period: str | None = None,
                  name: str | None = None, sheet: str | None = None) -> list[Problem]:
    """Every problem of a figures file, errors and warnings (``Problem.severity``); no errors = it loads."""
    try:
        raw = read_raw(path, name=name, sheet=sheet)
        return check_table(raw, series=series, period=period)[1]
    except InputError as exc:
        return exc.problems or [Problem(exc.message.split(": ", 1)[-1] if exc.message.startswith(f"{name or path}: ")
                                        else exc.message, file=name or str(path))]


def scale_of_column(typed: str, column_unit: str | None) -> str:
    """The unit of a cell that typed only a scale word after its number (``7,8 ngàn`` — the page's «hơn 7,8 ngàn
    việc» — under ``Số việc giải quyết xong (việc)``, yb-dong-nai-cuc-thads): the scale of the column's own unit
    (``ngàn việc``: 7.800 việc), never a unit of its own (``ngàn`` is no count).  A unit typed in full, or a column
    naming none or naming money (``triệu`` alone is already money), keeps what was typed."""
    if not column_unit or fold(typed).strip() not in SCALE_WORDS:
        return typed
    own = read_unit(column_unit)
    if own is None or own.kind == "money" or own.scale != 1:
        return typed
    return f"{typed} {column_unit}"


def load_table(path: str | Path, *, series: str | None = None, period: str | None = None,
               name: str | None = None, sheet: str | None = None) -> FigureTable:
    """Read and validate a figures file; ``InputError`` listing every error if it has any.

    ``name`` is the file's name as the user gave it (an upload's original name: its
    format and the name messages use); ``sheet`` picks a workbook's sheet.
    ``period`` is normalised (``6 tháng đầu năm 2024`` → ``2024-H1``); without it,
    a period stated in the title rows or the header is used.  The table's
    ``warnings`` list what loaded with a remark.
    """
    raw = read_raw(path, name=name, sheet=sheet)
    table, problems = check_table(raw, series=series, period=period)
    ProblemList(problems).raise_if_any(f"{name or path}: bảng số liệu không được nạp")
    return with_families(table, raw.meta.get(COLUMN_KEY))

