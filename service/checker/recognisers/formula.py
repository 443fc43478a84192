"""A line's formula in a statement of accounts: the codes of the lines it adds up, ``(20=10-11)``,
``[30=20+(21-22)-(24+25)]``, ``{30=20+(21-22) + 24 - (25+26)}`` — codes, not amounts.

    3.Doanh thu thuần về bán hàng và cung cấp dịch vụ (10=01-03) 148,616,478,018
                                            (zm-tp-ho-chi-minh-sotrans-ket-qua-kinh-doanh-2011-q3)
    11. Lợi nhuận thuần từ hoạt động kinh doanh{30=20+(21-22) + 24 - (25+26)} |      (cafef, LBE 2023 Q3)

    11. Lợi nhuận thuần từ hoạt động kinh doanh (5)+(6)-(7)+(8)-(9)-(10) | 22,988 | -38,352 |   (cophieu68, MST)
    3. Doanh thu thuần (1)-(2) | 41,718,811 | 37,113,183 |                                      (cophieu68, TMB)

A bracket opening on a code of two digits, ``=``, then codes joined by ``+`` and ``-`` (at least one), brackets
inside allowed: a sum written in codes.  ``(2 = 1 + 1)`` of one-digit numbers is arithmetic, not a formula of lines.  Or the lines' own
numbers each in brackets, joined by ``+`` and ``-``: ``(5)+(6)-(7)``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_CODE = r"\d{2,3}"
_TERM = rf"\(?\s*{_CODE}(?:\s*[+\-–]\s*{_CODE})*\s*\)?"
LINE_FORMULA = Rule("line-formula", "reference", "a formula of a statement's line codes",
                    re.compile(rf"[(\[{{]\s*{_CODE}\s*=\s*{_TERM}(?:\s*[+\-–]\s*{_TERM})+\s*[)\]}}]"),
                    re.compile(r"\(\d{1,2}\)(?:\s*[+\-–]\s*\(\d{1,2}\))+"), group=0,
                    needs=("=", "("))   # every match holds one: windows with neither are skipped

#: A table header's column numbers, the derived ones written as their formula: ``6=5-4``, ``7=6/4``, ``(8)=(6)x100``
#: alone in a field (a line of its own, or between bars or tabs) — the numbers of columns, not amounts:
#:     | 1 | 2 | 3 | 4 | 5 | 6=5-4 | 7=6/4 | 8 |            (zq-vinh-long-so-tai-chinh-gia-thi-truong-hang-tieu-dung-2016-02)
_COL = r"\(?\d{1,2}\)?"
COLUMN_FORMULA = Rule("column-formula", "reference", "a table header's column number written as its formula",
                      re.compile(rf"(?:^|(?<=[|\t\n]))[ \t]*({_COL}[ \t]*=[ \t]*{_COL}(?:[ \t]*[-+/*x×:][ \t]*{_COL})+)"
                                 rf"[ \t]*(?=[|\t\n]|$)", re.M),
                      needs=("=",))
