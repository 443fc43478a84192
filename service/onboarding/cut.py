"""A number whose word the page's end cut (``tiếp nhận 11.655 lư``, ``… thực hiện 3 vă``, ``trao 2 gi``, ``sản lượng
2,8 tr``): the public pages are the first ~2,000 characters of a page, cut mid-word. The word is completed from the
count nouns it can only begin (``lư`` → ``lượt``: za-thanh-hoa-none-trung-tam-dvvl-2022-07's table keeps ``11.655
lượt``); a fragment that begins several words, or a scale or measure word (``tr`` → ``triệu``, ``trường``; ``gi`` →
``giải``, ``giờ``), or none, leaves a number nobody can name: no row."""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.vocab import COUNT_UNITS, WORD_COUNT_NOUNS
from service.figures.units import MEASURES, SCALE_WORDS
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: One or two letters, then the text's end. (An ellipsis is the writer's "and so on" after a whole word: ``đã tiếp
#: nhận 463 đơn…``, a-van-ninh-qcdc-2020; a three-letter word is as often whole.)
_CUT_TAIL = re.compile(r"^[ \t]+(?P<frag>[^\W\d_]{1,2})\s*$")
#: Three letters at the text's end that can only begin a span of time (``trong 10 thá``, round 61): the number is the
#: span's length, cut with it (``trong 10 tháng năm 2016``) — no figure; any other three letters may be a whole word.
_CUT_TAIL3 = re.compile(r"^[ \t]+(?P<frag>[^\W\d_]{3})\s*$")
#: Words of a span of time: a number before them is how long, not what was done.
_SPAN_WORDS = frozenset({"tháng", "năm", "ngày", "tuần", "quý"})


def _words():
    counts = {u.lower() for u in (*COUNT_UNITS, *WORD_COUNT_NOUNS)}
    measures = {k for keys in MEASURES.values() for k in keys} | {"dong", "usd"}
    return counts, measures, set(SCALE_WORDS)


def completion(fragment: str) -> str | None:
    """The one count noun ``fragment`` can begin (``lư`` → ``lượt``), ``fragment`` itself when it is a whole count or
    measure word, or None when it begins several words, a scale (``tr``) or measure word, or none."""
    counts, measures, scales = _words()
    frag = fragment.lower()
    folded = P.fold_word(frag)
    if frag in counts or folded in measures:
        return frag
    starts = {u.split()[0] for u in counts if u.startswith(frag)}
    if len(frag) < 2 or len(starts) != 1 or any(w.startswith(folded) for w in measures | scales):
        return None       # ("2,8 tr": a scale whose unit the cut took)
    word = starts.pop()
    return word if word in counts else None


def cut_at_end(p: Para, i: int, m: Mention) -> bool:
    """``tiếp nhận 11.655 lư`` at the text's end: the row, its word completed (``lượt``); ``Trong năm 2022 chính quyền …
    luôn duy trì và thực hiện 3 vă`` (t11-muongnhe-biengioi-2022), ``trao 2 gi`` (t10-dienhong-gvcn-2025), ``2,8 tr``
    (t10-vn-dongxuan-2022): no row."""
    if m.value is None or m.kind not in ("count", "ratio") or i + 1 < len(p.figures):
        return False
    tail = _CUT_TAIL.match(p.text[m.num_end:])
    if not tail:
        return cut_span(p.text[m.num_end:])
    word = completion(tail.group("frag"))
    if word is None:
        return True
    if word != tail.group("frag").lower():
        m.noun = m.unit = word
    return False


def cut_span(after: str) -> bool:
    """``… tăng so với 94,3% thị phần trong 10 thá`` (xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t, the
    stored page's end): three letters that complete only to a span's word (``tháng``) — the number is how long the
    span is, cut at the page's end: no row.  One or two letters (``6 th``, t9-hdnd-chauduc-6t-2021; ``trong 8 t``,
    t27-cafef-muc-t8-2018) begin several words and are no row already (``completion``)."""
    tail = _CUT_TAIL3.match(after)
    if not tail:
        return False
    word = completion(tail.group("frag"))
    return word in _SPAN_WORDS and word != tail.group("frag").lower()   # "5 năm" whole: left as it was
