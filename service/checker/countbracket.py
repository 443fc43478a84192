"""A bracket that opens with a count is the clause before it's own account: the words inside it describe the items
counted, they name no group of the sheet.

A plan lists its groups, each followed by its count and funds in brackets:

    … Xây dựng các chương trình truyền hình, các hình thức thông tin đại chúng khác về phát triển ngành Công Thương
    (2 chương trình tuyên truyền về hoạt động khuyến công, 60 triệu đồng); Nâng cao năng lực quản lý và tổ chức thực
    hiện hoạt động khuyến công (2 chương trình, gần 162,5 triệu đồng)…   (xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017)

    … đoàn Khánh Hòa giành giải Nhì (7 HCV, 10 HCB, 4 HCĐ), giải Ba thuộc về đoàn Lâm Đồng (6 HCV, 7 HCB, 2 HCĐ)
                                                  (yp-binh-dinh-so-vhtt-giai-vo-co-truyen-mien-trung-tay-nguyen-2015-07)

``hoạt động khuyến công`` inside the first bracket is what the programmes are about, not the next group's title;
``chương trình`` in the second is the programmes' noun, not the title ``Chương trình truyền hình …``.  So a number in
such a bracket has its group named by the text before the bracket.  A bracket that opens with words may name groups
itself (``50 vụ (đường bộ 45 vụ, đường sắt 5 vụ)``): it is left alone.
"""

from __future__ import annotations

import re

from service.checker.match import fold

#: ``(`` then a count (optionally ``gồm``/``với``/``có``), in digits or in words (``(hai chương trình, …``): the
#: bracket opens on a number
_OPENS_ON_COUNT = re.compile(r"\(\s*(?:(?:gồm|với|có)\s+)?(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w))",
                             re.IGNORECASE)


def count_bracket_open(text: str, start: int, at: int) -> int | None:
    """Where the bracket holding position ``at`` opens (its ``(``), when it is still open at ``at``, opened after
    ``start``, and opens on a count; else ``None``."""
    depth, k = 0, at - 1
    while k >= start:
        c = text[k]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return k if _OPENS_ON_COUNT.match(text, k) else None
            depth -= 1
        elif c == "\n":
            return None
        k -= 1
    return None


def before_count_bracket(text: str, start: int, at: int) -> int:
    """The end of the text that may name the group of a number at ``at``: the ``(`` of a bracket that opens on a
    count and holds it, else ``at`` itself."""
    opened = count_bracket_open(text, start, at)
    return at if opened is None else opened


_CLAUSE_START = re.compile(r"[;:.!?\n]")
_WORD = re.compile(r"[a-z0-9]+")
_NUMBERING = re.compile(r"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)/-]\s*")


def bracket_clause(text: str, start: int, at: int) -> str:
    """The clause a count bracket holding ``at`` follows (from the last ``;``, ``:`` or sentence end after ``start``
    to its ``(``), folded; ``""`` when ``at`` stands in no such bracket."""
    opened = count_bracket_open(text, start, at)
    if opened is None:
        return ""
    ends = [m.end() for m in _CLAUSE_START.finditer(text, start, opened)]
    return fold(text[ends[-1] if ends else start:opened])


def title_pairs(title: str) -> frozenset[str]:
    """A group title's word pairs, folded, without its numbering (``IV. Nâng cao năng lực`` → ``nang cao``, …)."""
    words = _WORD.findall(_NUMBERING.sub("", fold(title or "")))
    return frozenset(" ".join(words[k:k + 2]) for k in range(len(words) - 1))


def pairs_said(pairs: frozenset[str], folded: str) -> int:
    """How many of ``pairs`` stand in the folded text as whole words."""
    return sum(1 for p in pairs if re.search(r"(?<![a-z0-9])" + p.replace(" ", r"\s+") + r"(?![a-z0-9])", folded))


def bracket_names_group(text: str, start: int, at: int, mine: str, other: str) -> bool:
    """The clause a count bracket follows names group title ``mine`` by word pairs of its own (two or more, more than
    ``other``'s own): ``Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công (2 chương trình, …)`` is
    ``IV. Nâng cao năng lực quản lý, tổ chức thực hiện hoạt động khuyến công``'s, not ``I. Hỗ trợ xây dựng mô
    hình …``'s whatever the label words fit."""
    if not mine or not other or mine == other:
        return False
    clause = bracket_clause(text, start, at)
    if not clause:
        return False
    pm, po = title_pairs(mine), title_pairs(other)
    own_m, own_o = pairs_said(pm - po, clause), pairs_said(po - pm, clause)
    return own_m >= 2 and own_m > own_o
