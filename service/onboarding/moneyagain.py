"""An amount of money written with a scale word, stated again of the same thing (template round 55).

=======================  ========================================================================================
``money_again``          ``Xuất khẩu cà phê nửa đầu tháng 9/2024 đạt hơn 87 triệu USD`` (the headline, glued to its
                         body) then ``xuất khẩu cà phê của Việt Nam đạt 17.305 tấn, mang về hơn 87 triệu USD``
                         (t43-thoibaotaichinh-ca-phe-9-2024); ``Năm tháng, xuất khẩu gạo mang về hơn 1,4 tỉ USD``
                         then ``kim ngạch xuất khẩu gạo đạt hơn 1,4 tỉ USD`` (p14-plo-gao-5t-2020): the same
                         amount, at the same scale, said again in the paragraph with three words of what it is in
                         common (or every word of the row's label) — that row, no second one.  In the row's own
                         sentence (a headline glued to its body) only the words after the row's figure count, and
                         no ``;`` between
=======================  ========================================================================================

Only amounts written with a scale word of a million or more (``87 triệu USD``, ``1,4 tỉ USD``): a small amount in
full (``300.000 đồng``, a gift to each) recurs for other things, and ``recognisers.repeat`` leaves money alone for
that reason.  Not the same sum given to other receivers (``Tỉnh Bắc Ninh 800 triệu đồng …; tỉnh Cao Bằng 800 triệu
đồng``: no three words in common; ``vốn Trung ương 02 dự án 600 triệu đồng; vốn Tỉnh 03 dự án 600 triệu đồng``,
ys-ca-mau-phu-tan-hoi-nong-dan-huyen-tong-ket-2019: the items of a list), nor a change (``giảm 5,74 tỷ đồng``), nor
an amount of another paragraph: a lede the body restates is ``rows._lede_restated``'s (``xử phạt hành chính 9,4 tỷ
đồng và tịch thu 1,4 tỷ đồng`` then ``(gồm 9,4 tỷ đồng phạt hành chính, 1,4 tỷ đồng tiền bán hàng tịch thu)``,
yn-toan-quoc-cuc-quan-ly-thi-truong-kiem-tra-xu-ly-vi-pham-2017-02).  Tried with
``service.onboarding.recognisers.RECOGNISERS`` right before ``repeat``.
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: Words a label opens with that say nothing of what the amount is.
_NAMING = frozenset({"số", "tiền", "tổng", "đạt", "ước", "được", "giá", "trị", "kim", "ngạch", "mang", "về"})
_SCALED = 10 ** 6


def _words(text: str) -> set[str]:
    return {w.lower() for w in P.words_of(text) if w[:1].isalpha() and len(w) > 1}


def _said_from(p: Para, s: int, row) -> int:
    """Where the words saying what ``m`` is start: its sentence's start — or, when the row was stated earlier in the
    same sentence (a headline glued to its body: no full stop between), right after the row's own figure, so the
    row's words are not counted as said again."""
    if row.sentence != (p.key, s):
        return s
    return max((f.end for k, f in enumerate(p.figures) if p.rows.get(k) is row), default=len(p.text))


def money_again(p: Para, i: int, m: Mention) -> bool:
    """``m`` restates a money row of the section (module docstring)."""
    if m.value is None or m.comparison or m.kind != "money" or (m.scale or 1) < _SCALED:
        return False
    s = p.sentence_of(m)
    for r in p.section_rows:
        if r.kind != "money" or r.value != m.value or r.scale != m.scale or not r.sentence or \
                r.sentence[0] != p.key or not (r.unit or "").lower().endswith((m.unit or "").lower()):
            continue
        start = _said_from(p, s, r)
        if r.sentence == (p.key, s) and ";" in p.text[start:m.num_start]:
            continue          # "vốn Trung ương 02 dự án 600 triệu đồng; vốn Tỉnh 03 dự án 600 triệu đồng": a list
        said = _words(p.text[start:m.num_start])
        named = _words(r.label) - P.EDGE_WORDS - _NAMING
        if len(said & named) >= 3 or (len(named) >= 2 and named <= said):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


MONEY_AGAIN = (money_again,)
