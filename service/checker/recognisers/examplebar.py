"""The bar a list of named examples passed: ``các huyện làm tốt chiến dịch như: huyện Bắc Quang, huyện Vị Xuyên, huyện
Đồng Văn đạt trên 100% kế hoạch``, ``một số thị trường khác ở khu vực này như Ai Cập, Algeria, Senegal, Cote d'Ivoire
đều có mức tăng trưởng cao trên 40%``.

    Trong nội dung khám và điều trị phụ khoa, các huyện làm tốt chiến dịch như: huyện Bắc Quang, huyện Vị Xuyên,
    huyện Đồng Văn đạt trên 100% kế hoạch.        (yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014)
    Ngoài ra, một số thị trường khác ở khu vực này như Ai Cập, Algeria, Senegal, Cote d'Ivoire đều có mức tăng trưởng
    cao trên 40%.                                  (d4-plo-xuatkhau-chauphi-2011)

``như`` opens a list of examples (two or more, each holding a proper name: ``huyện Bắc Quang``, ``Ai Cập``), the list
is the subject, then ``đạt``/``có`` (a level's words may come between) and a bound (``trên``, ``hơn``, ``từ``) with a
percent: the examples are those that passed the bar, each with a rate of its own left unsaid; the bar is no figure of
the period. Not a single named unit (``Tuyên Quang có tỷ lệ đỗ tốt nghiệp là trên 93%``: its own rate, a figure), not
a rate's noun as the subject (``mức độ hài lòng của người dân tại các xã đạt trên 90%``: the rate itself), not a
bare value without a bound (``xã Nam Bình đạt 85,7%``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: one word of a name: letters, an apostrophe or a hyphen inside (``d'Ivoire``, ``Bà Rịa-Vũng Tàu``)
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
#: an example: a few words on one line (one of them capitalised: see ``_named``)
_ITEM = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
#: two or more examples, commas or ``và`` between them
_LIST = rf"{_ITEM}(?:\s*,\s*(?:và\s+)?{_ITEM}|\s+và\s+{_ITEM}){{1,12}}"
_EXAMPLE_BAR = re.compile(
    rf"(?<!\w)như\s*:?\s+({_LIST})\s+(?:đều\s+|cũng\s+)?(?:đạt|có)\s+(?:[^\W\d_]+\s+){{0,5}}?(?:trên|hơn|từ)\s+"
    rf"(\d{{1,3}}(?:,\d+)?\s?%)")


def _named(text: str, m: re.Match) -> bool:
    """Every example holds a capitalised word (a name): ``huyện Bắc Quang``, ``Ai Cập`` — not ``thu ngân sách``."""
    items = re.split(r"\s*,\s*(?:và\s+)?|\s+và\s+", m.group(1))
    return all(any(w[:1].isupper() for w in item.split()) for item in items)


EXAMPLE_BAR = Rule("example-bar", "norm", "the bar a list of named examples passed (các huyện làm tốt như: huyện A, "
                   "huyện B đạt trên 100% kế hoạch), not a figure", _EXAMPLE_BAR, group=2, accept=_named,
                   needs=("như",))
