"""What a named rate measures must be what one of its two rows counts (template round 70).

``rates.rate_of_rows`` reads a named rate (``tỷ lệ hòa giải thành đạt 82,4%``) as the quotient of two rows of its section
when one of them is labelled with a word of the rate's name.  One shared word is not enough when it is not the word
that says what the rate measures: ``điều tra làm rõ 52 vụ. Tỷ lệ giải quyết tin báo, tố giác tội phạm đạt trên 80%``
(zr-tp-ho-chi-minh-xa-long-hai-bcd-138) shares only ``phạm`` with «Số vụ vi phạm trật tự xã hội» (52/64 is over 80 %),
``đã khám cho trên 25 nghìn lượt bệnh nhân; tỷ lệ khỏi bệnh đạt khoảng 62%``
(xc-nam-dinh-nghia-hung-hoi-dong-y-huyen-kham-chua-benh-2016-h1) only ``bệnh`` with «Số lượt bệnh nhân khám» (25/40
thousand is about 62 %).  Such a rate counts something the page gives no figure of (cases solved, patients cured):
nothing to recompute it from next period, so it is a row of its own, as both hands keep it.

``head_said``: the first word of the rate's name that says what is measured (the name less a rate's own words) is a
word of one of the two rows' labels — ``hòa`` of «hòa giải thành» for ``tỷ lệ hòa giải thành``.
"""

from __future__ import annotations

from service.onboarding import phrases as P


def name_head(name: str, rate_words: set[str]) -> str | None:
    """The first word of a rate's name (``Tỷ lệ giải quyết tin báo, …``) that is not one of ``rate_words`` (lower case)."""
    for w in P.words_of(name):
        low = w.lower()
        if w[:1].isalpha() and low not in rate_words:
            return low
    return None


def head_said(name: str, rate_words: set[str], *labels: str) -> bool:
    """The head of the rate's ``name`` is a word of one of ``labels`` (True when the name has no head)."""
    head = name_head(name, rate_words)
    return head is None or any(head in {w.lower() for w in P.words_of(label)} for label in labels)
