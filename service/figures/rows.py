"""What each row of an agency's biểu is: a figure, a group title, a total, a ``Trong đó`` sub-row.

Small recognisers, composed by :func:`structure`:

- ``stt_token``/``stt_style``: the ``STT`` cell (``I``, ``1``, ``1.2``, ``a)``, ``-``);
- ``is_total``: a bare total label (``Tổng cộng``, ``Cộng``, ``Tổng số:``);
- ``trong_do``: ``Trong đó`` / ``- Trong đó:`` alone (a marker: sub-rows follow) or with a label after it;
- ``strip_bullet``: a leading ``-``, ``+``, ``•`` of a sub-row's label;
- group rows: a label with no value, no unit and no code (``I. CÔNG TÁC TUYÊN TRUYỀN``); they
  nest by the style of their STT in order of first appearance (``I`` > ``1`` > ``a``) and name
  the ``Mục`` of the rows below;
- sub-rows: after a ``Trong đó`` marker, or bulleted rows under an unbulleted figure; they are
  figures of their own, parts of the row above in their unit (``Số vụ | Số đối tượng | Trong đó: ma túy |
  - Số vụ | - Số đối tượng``: each part of its own); a marker with a title (``Trong đó: Tội phạm về ma
  túy``) names the sub-group its parts belong to, and their labels say it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from service.figures.schema import fold

BULLETS = "-+•*–—·"
_ROMAN = re.compile(r"^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ARABIC = re.compile(r"^\d{1,3}(\.\d{1,3})*$")
#: ``1a``, ``3b``, ``1đ``: a part of row 1, 3 (a lettered sub-row written against its parent's number).
_ARABIC_LETTER = re.compile(r"^(\d{1,3})([a-zđ])$")
_STT_HEAD = re.compile(r"^\s*((?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[A-Za-zđĐ]))\s*[.):/-]\s*([^\W\d_].*)$")
_TOTAL = re.compile(r"^(tong cong|tong so|tong|cong)( chung| toan (huyen|tinh|xa|thanh pho|thi xa|quan|don vi|nganh)"
                    r"| cac (xa|don vi|nganh|phuong|thon))?$")
_TOTAL_HEADS = {"tổng", "cộng", "tong", "cong"}
_TRONG_DO = re.compile(r"^\s*[" + re.escape(BULLETS) + r"]?\s*trong\s+(?:đó|do)\b\s*[:：,]?\s*", re.I)


def stt_token(value) -> str | None:
    """The STT as a token: ``"1."`` → ``1``, ``"a)"`` → ``a``, Decimal 2 → ``2``, ``"-"`` → ``-``; None if empty."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else format(value, "f")
    t = str(value).strip()
    if not t:
        return None
    if t[0] in BULLETS and len(t) <= 2:
        return "-"
    return t.rstrip(".):").strip() or None


def stt_style(token: str | None) -> str | None:
    """``roman`` (I, II), ``upper`` (A, B), ``arabic`` (1, 1.2), ``lower`` (a, b), ``bullet`` (-, +) or None."""
    if not token:
        return None
    if token == "-":
        return "bullet"
    if _ARABIC.match(token):
        return "arabic"
    if _ROMAN.match(token) and (len(token) > 1 or token in "IVX"):
        return "roman"
    if len(token) == 1 and token.isalpha():
        return "upper" if token.isupper() else "lower"
    if _ARABIC_LETTER.match(token):
        return "lower"
    return None


def split_stt_label(text: str) -> tuple[str | None, str]:
    """``I. CÔNG TÁC TUYÊN TRUYỀN`` (an STT and a title merged in one cell) → (``I``, ``CÔNG TÁC TUYÊN TRUYỀN``)."""
    m = _STT_HEAD.match(text)
    if m and stt_style(m.group(1)):
        return m.group(1), m.group(2).strip()
    return None, text.strip()


def strip_bullet(label: str) -> tuple[str, bool]:
    """``- Số vụ`` → (``Số vụ``, True)."""
    t = label.strip()
    if t and t[0] in BULLETS and not t[:2] == "--":
        return t[1:].strip(), True
    return t, False


def is_total(label: str) -> bool:
    """A bare total label (``Tổng cộng``, ``Cộng:``, ``Tổng số``, ``Tổng cộng toàn huyện``)."""
    head = label[:6].split(None, 1)[0].lower().rstrip(":") if label.strip() else ""
    return len(label) <= 40 and head in _TOTAL_HEADS and bool(_TOTAL.match(fold(label)))


#: A total that names the whole area or every unit (folded): ``Tổng cộng toàn huyện``, ``Cộng chung``, ``Toàn tỉnh``.
_WHOLE_TOTAL = re.compile(r"^(?:(?:tong cong|tong so|tong|cong) )?(?:chung|(?:toan|ca) (?:huyen|tinh|xa|thanh pho|thi xa|"
                          r"quan|phuong|thi tran|don vi|nganh|dia ban|nuoc))$")


def is_whole_total(label: str) -> bool:
    """A total of the whole (``Tổng cộng toàn huyện``, ``Toàn huyện``): it sums every group, so it is in none."""
    return len(label) <= 40 and bool(_WHOLE_TOTAL.match(fold(label).strip(" :")))


def trong_do(label: str) -> tuple[bool, str]:
    """(is a ``Trong đó`` row, what follows it): ``- Trong đó:`` → (True, ""), ``Trong đó: nữ`` → (True, "nữ")."""
    m = _TRONG_DO.match(label)
    return (True, label[m.end():].strip()) if m else (False, label)


@dataclass
class Cells:
    """What the structure pass needs to know of a row."""

    rownum: int
    label: str
    stt: str | None
    has_values: bool
    has_unit: bool
    has_code: bool
    unit: str = ""    # folded, to find the row a "Trong đó" row is part of


@dataclass
class Line:
    """A row as understood: ``figure``, ``group`` (a title naming the rows below), ``marker`` (``Trong đó``)
    or ``skip`` (an empty total row)."""

    rownum: int
    kind: str
    label: str
    stt: str | None = None
    total: bool = False
    parent: int | None = None       # index in the lines of the figure this row is part of (sub-rows)
    groups: list[tuple[str | None, str]] = field(default_factory=list)  # enclosing groups (stt, title), outer first
    segment: int = 0                # rows between two group titles share a segment
    subgroup: str = ""              # the title of a ``Trong đó: Tội phạm về ma túy`` row over this part


def structure(rows: list[Cells]) -> list[Line]:
    """Classify every row and link sub-rows to their parent and figures to their groups."""
    lines: list[Line] = []
    styles: list[str] = []            # group STT styles in order of first appearance = nesting order
    stack: list[tuple[int, str | None, str]] = []  # (level, stt, title)
    segment = 0
    main: int | None = None           # the last figure that is not a sub-row, in this segment
    main_bulleted = False
    in_trong_do = False
    sub_title = ""                    # "Trong đó: Tội phạm về ma túy": what the parts below it are parts of
    has_stt_column = any(r.stt for r in rows)
    units: list[str] = []             # by line index, for figures (others: "")
    plain_seen: set[str] = set()      # STT styles of the figures since the last group title, undotted (1, 2, a)
    before_group: list = []           # the stack before the last group title was pushed
    for r in rows:
        label, bulleted = strip_bullet(r.label)
        marker, rest = trong_do(label)
        groups = [(s, t) for _, s, t in stack]
        if marker and not r.has_values:  # "Trong đó:" or "Trong đó: đường bộ" over the rows that follow
            lines.append(Line(r.rownum, "marker", label, r.stt, groups=groups, segment=segment))
            units.append("")
            in_trong_do = main is not None
            sub_title = rest.strip(" :") if in_trong_do else ""
            continue
        if not r.has_values and is_total(label):  # an empty "Cộng" row: nothing to read, not a title
            lines.append(Line(r.rownum, "skip", label, r.stt, groups=groups, segment=segment))
            units.append("")
            continue
        if not r.has_values and not r.has_unit and not r.has_code and not marker:
            style = stt_style(r.stt) or "none"
            if style == "bullet" or (bulleted and main is not None):
                style = "bullet"
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
            before_group = list(stack)     # what the title replaced: back if it proves an item (complement_of)
            stack = [g for g in stack if g[0] < level] + [(level, r.stt if style != "bullet" else None, label)]
            plain_seen = set()
            segment += 1
            main, main_bulleted, in_trong_do, sub_title = None, False, False, ""
            lines.append(Line(r.rownum, "group", label, r.stt, groups=[(s, t) for _, s, t in stack[:-1]],
                              segment=segment))
            units.append("")
            continue
        if r.has_values and is_whole_total(label) and stack:
            # "Các xã khác | | |" then "Tổng cộng toàn huyện | 28 | 2.128": the total of the whole closes every
            # group; an empty row right above it with no rows of its own is a row left blank, not a group title
            if lines and lines[-1].kind == "group" and lines[-1].segment == segment:
                lines[-1].kind, lines[-1].groups = "figure", groups[:-1]
                groups = groups[:-1]
            stack, groups = [], []
            segment += 1
            main, main_bulleted, in_trong_do, sub_title = None, False, False, ""
        if stack and lines and lines[-1].kind == "group" and lines[-1].segment == segment \
                and complement_of(label, lines[-1].label):
            # "Nhà nước | | |" then "Ngoài Nhà nước | 5.088.449 | …": the empty row is the first of a pair, an item
            # with no numbers, not the title of its complement
            stack = before_group
            groups = [(s, t) for _, s, t in stack]
            lines[-1].kind, lines[-1].groups = "figure", groups
            segment += 1
            main, main_bulleted, in_trong_do, sub_title = None, False, False, ""
        style = stt_style(r.stt)
        if _closes_group(stack, styles, style, r.stt, plain_seen):  # "3" after group "2"'s "2.1 … 2.4": a sibling
            level = styles.index(style)
            stack = [g for g in stack if g[0] < level]
            segment += 1
            main, main_bulleted, in_trong_do, sub_title = None, False, False, ""
            groups = [(s, t) for _, s, t in stack]
        if style and r.stt and "." not in r.stt:
            plain_seen.add(style)
        sub_like = bulleted or style in ("bullet", "lower") or marker
        child = main is not None and style == "arabic" and bool(lines[main].stt) \
            and r.stt.startswith(f"{lines[main].stt}.")                       # 1.2 under 1
        if in_trong_do and not (sub_like or child or (has_stt_column and not r.stt)):
            in_trong_do, sub_title = False, ""
        parent = None
        if main is not None and (in_trong_do or marker or child or (sub_like and not main_bulleted)):
            parent = _same_unit(lines, units, main, r.unit, segment)
        line = Line(r.rownum, "figure", label, r.stt, total=is_total(label), parent=parent, groups=groups,
                    segment=segment, subgroup=sub_title if parent is not None else "")
        lines.append(line)
        units.append(r.unit)
        if parent is None:
            main, main_bulleted = len(lines) - 1, sub_like
            in_trong_do, sub_title = False, ""
        elif marker:
            in_trong_do = True
    return lines


def complement_of(label: str, title: str) -> bool:
    """``Ngoài Nhà nước`` after ``Nhà nước``, ``Ngoài công lập`` after ``Công lập``, ``Ngoài nước`` after ``Trong
    nước``: the row names what is outside the row above, so the two are a pair of the same level (a yearbook's
    «Phân theo loại hình kinh tế: Nhà nước, Ngoài Nhà nước, …», nghean.gov.vn), never a title and its member."""
    row, above = fold(label).strip(), fold(title).strip(" :")
    if not row.startswith("ngoai ") or not above:
        return False
    rest = row[len("ngoai "):].strip()
    return rest == above or (above.startswith("trong ") and rest == above[len("trong "):].strip())


def _ordinal(token: str, style: str) -> int | None:
    if style == "arabic" and token.isdigit():
        return int(token)
    if style == "roman":
        vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
        total = 0
        for a, b in zip(token, token[1:] + " "):
            total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
        return total
    if style in ("upper", "lower") and len(token) == 1:
        return ord(token.lower())
    return None


def _closes_group(stack, styles: list[str], style: str | None, stt: str | None, plain_seen: set[str]) -> bool:
    """A figure row numbered as the next of an open group (``3`` after group ``2`` whose rows are ``2.1 … 2.4`` or
    bullets) is that group's sibling, not its member; a group whose own rows are numbered in that style (``1, 2, 3``
    under group ``2``) keeps them."""
    if not style or not stt or style not in styles or style in plain_seen or style == "bullet":
        return False
    level = styles.index(style)
    group = next((g for g in stack if g[0] == level), None)
    if group is None or not group[1] or stt.startswith(f"{group[1]}."):
        return False
    mine, theirs = _ordinal(stt, style), _ordinal(group[1], stt_style(group[1]) or "")
    return mine is not None and theirs is not None and mine > theirs


def _same_unit(lines: list[Line], units: list[str], main: int, unit: str, segment: int) -> int:
    """The row a part belongs to: the last main figure, or an earlier one of the segment in the part's unit
    (``Số vụ | Số đối tượng | Trong đó: số vụ nghiêm trọng`` → the ``Số vụ`` row)."""
    if not unit or units[main] == unit:
        return main
    for k in range(main - 1, -1, -1):
        ln = lines[k]
        if ln.segment != segment:
            break
        if ln.kind == "figure" and ln.parent is None and units[k] == unit:
            return k
    return main


def part_label(line: Line) -> str:
    """A part's label with the sub-group it is under (``Tội phạm về ma túy - Số vụ``): the parts of two
    ``Trong đó: …`` groups (``Số vụ``, ``Số đối tượng`` under each) are told apart by it."""
    if not line.subgroup or fold(line.subgroup) in fold(line.label):
        return line.label
    return f"{line.subgroup} - {line.label}"


def section_title(groups: list[tuple[str | None, str]]) -> str:
    """The ``Mục`` the innermost group names: ``2.1. Phối hợp tuyên truyền`` (its STT kept as a number)."""
    if not groups:
        return ""
    stt, title = groups[-1]
    return f"{stt}. {title}" if stt else title


def code_for(line: Line, parent_code: str | None = None, sub_index: int = 0) -> str | None:
    """A readable code from the STTs: ``I.2`` (row 2 of group I), ``I.1.2`` (row 1.2 of group I); a part
    without an STT of its own extends its parent's (``I.2.a``); None when there is nothing to build on."""
    token = line.stt if stt_style(line.stt) not in (None, "bullet") else None
    if line.parent is not None and (token is None or stt_style(token) == "lower"):
        if parent_code is None:
            return None
        lettered = _ARABIC_LETTER.match(token or "")
        if lettered and parent_code.split(".")[-1] == lettered.group(1):
            token = lettered.group(2)   # "1a" under row 1: "1.a"
        return f"{parent_code}.{token or _letter(sub_index)}"
    if token is None:
        return None
    prefix = [s for s, _ in line.groups if s and stt_style(s) not in (None, "bullet")]
    while prefix and token.startswith(prefix[-1] + "."):
        prefix.pop()
    return ".".join(prefix + [token])


def _letter(i: int) -> str:
    """1 → a, 2 → b, … (the Vietnamese list letters), then a1, b1, …"""
    letters = "abcdeghiklmnopqrstuvxy"
    i = max(i, 1) - 1
    return letters[i % len(letters)] + (str(i // len(letters)) if i >= len(letters) else "")
