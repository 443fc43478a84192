"""A yearly figure another body's statistics give: ``Theo thống kê của Bộ Y tế, mỗi năm Việt Nam có hơn 10.000 trẻ
vừa sinh ra bị bệnh tim bẩm sinh nhưng số trẻ được phẫu thuật chỉ là 5.000.`` — what happens in an average year,
cited as background, not a figure of the period the page reports.

    Theo thống kê của Bộ Y tế, mỗi năm Việt Nam có hơn 10.000 trẻ vừa sinh ra bị bệnh tim bẩm sinh nhưng số trẻ
    được phẫu thuật chỉ là 5.000.   (xa-toan-quoc-quy-hieu-ve-trai-tim-tin-nhan-ung-ho-mo-tim-2013-q1)

    Còn theo thống kê của Quỹ Nhi đồng Liên hợp quốc (UNICEF), tại Việt Nam, mỗi năm có khoảng 100.000 - 110.000 trẻ
    chào đời non tháng và 17.000 trẻ tử vong trong vòng 28 ngày sau khi sinh.      (nld.com.vn, 2025-04)

Notation only: the sentence opens by citing its source (``Theo thống kê của …,``, ``Còn theo …,``, ``Tuy nhiên, theo …,``, ``Theo Tổ chức Y tế
thế giới (WHO),``) and says ``mỗi năm``/``hằng năm``/``hàng năm``/``trung bình một năm`` and whose they are, the whole country's or the
world's (``Việt Nam``, ``cả nước``, ``thế giới``), before the number; every
number of that sentence after it is the cited year's. A sentence that cites its source for the period's own figure
(``Theo số liệu của Cục Thống kê, 6 tháng đầu năm …``) has no yearly words and is left as it is.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, sentence_start

#: the sentence's opening: a connective of up to three words and its comma (``Tuy nhiên,``, ``Bên cạnh đó,``) or ``Còn``,
#: then ``theo`` and whose figures they are, up to a comma
_CITED = re.compile(r"\s*(?:[-–•*]\s*)?(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,\s*|(?:Còn|Cũng|Và)\s+)?"
                    r"theo\s+[^.;:!?\n]{2,120}?,", re.I)
_YEARLY = re.compile(r"\b(?:mỗi|hằng|hàng|trung\s+bình\s+(?:mỗi|một))\s+năm\b(?!\s+học)", re.I)


#: the whole country's or the world's: whose yearly figure it is (not an agency's own units: ``Theo số liệu của các chi
#: hội, tổng quỹ này hàng năm có khoảng 400-500 triệu đồng`` is the association's own yearly fund, a row its sheet keeps)
_WHOLE = re.compile(r"\b(?:Việt\s+Nam|cả\s+nước|toàn\s+quốc|nước\s+ta|thế\s+giới|toàn\s+cầu)\b", re.I)


#: how far back the sentence may start (``sentence_start``'s reach)
_REACH = 400


def _cited_yearly(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - _REACH):m.start()].lower()
    if "theo" not in before or "năm" not in before:   # _CITED's and _YEARLY's words, which the sentence (inside the
        return False                                   # reach) must hold: a cheap test before the sentence is found
    start = sentence_start(text, m.start(), _REACH)
    if start is None or not _CITED.match(text, start):
        return False
    return bool(_YEARLY.search(text, start, m.start()) and _WHOLE.search(text, start, m.start()))


CITED_YEARLY = Rule("cited-yearly", "norm", "a yearly figure cited from another body's statistics (Theo thống kê …, "
                    "mỗi năm …), not a figure of the period",
                    re.compile(r"(?=\d)(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w])"),
                    accept=_cited_yearly, needs=("năm",))
