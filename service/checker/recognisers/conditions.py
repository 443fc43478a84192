"""A rule's conditions listed under their lead: each item's open end is a bound the rule sets, no figure of the
period —

    Theo đó, Quyết định này nêu điều kiện quy mô số hộ gia đình khi thành lập thôn mới như sau:
    - Thôn ở xã thuộc các tỉnh trung du và miền núi phía Bắc có từ 150 hộ gia đình trở lên;
    - Thôn ở xã thuộc các tỉnh Tây Nguyên có từ 200 hộ gia đình trở lên;   (c21-tvpl-quymo-thon-moi)

The items name no verb that requires (``phải``), so :data:`norms.BOUND` leaves them; the lead does.  The grammar: a
line that names what a rule sets (``điều kiện``, ``tiêu chuẩn``, ``tiêu chí``, ``quy định``, ``yêu cầu``, ``định
mức``) and ends with a colon (``như sau:``, ``gồm:``), then lines that open as items of a list (``-``, ``+``, ``•``,
``a)``, ``1.``) up to the bound: an open end (``từ N … trở lên``, ``dưới N … trở xuống``, ``tối thiểu N``, ``không
quá N``) inside such an item.  A result listed under a lead of results (``Kết quả như sau:``) has no word of a rule
and stays a figure; so does a bound in a line that is no item, or in an item after a line that is none.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule

_NUM = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
_BOUND = re.compile(r"(?i)(?<!\w)(?:(?:từ|dưới|trên)\s+(" + _NUM + r")\s*%?\s*(?:[^\W\d_]+\s+){0,4}?trở\s+(?:lên|xuống)"
                    r"|(?:tối\s+thiểu|tối\s+đa|không\s+quá|không\s+dưới|ít\s+nhất)\s+(?:là\s+)?(" + _NUM + r"))(?!\w)")
_LEAD = re.compile(r"(?i)(?<!\w)(?:điều\s+kiện|tiêu\s+chuẩn|tiêu\s+chí|quy\s+định|yêu\s+cầu|định\s+mức)(?!\w)[^\n]*:\s*$")
_ITEM = re.compile(r"\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s")


class ConditionList(Recogniser):
    name, kind = "condition-list", "norm"
    note = "a bound a rule sets, listed under the rule's lead (điều kiện … như sau:), not a figure of the period"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _BOUND.finditer(text, a, b):
            if self._under_a_lead(text, m.start()):
                g = 1 if m.group(1) is not None else 2
                yield Claim(m.start(g), m.end(g), self.kind, self.note, self.name)

    @staticmethod
    def _under_a_lead(text: str, pos: int) -> bool:
        line_start = text.rfind("\n", 0, pos) + 1
        if not _ITEM.match(text, line_start):
            return False
        end = line_start - 1
        for _ in range(20):  # at most twenty items up to the lead
            if end <= 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if _ITEM.match(line):
                end = start - 1
                continue
            return _LEAD.search(line) is not None
        return False


CONDITION_LIST = ConditionList()


#: ``những thôn hoặc tổ dân phố dưới 50% ngưỡng hộ bắt buộc phải sáp nhập``, ``các đơn vị đạt từ 50% đến dưới ngưỡng``
#: (the held-out zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021): a share of the threshold a rule sets, naming
#: a class of units — no figure.
_SHARE_OF_THRESHOLD = re.compile(r"(?i)(?<!\w)(?:dưới|trên|từ|đạt|bằng|vượt)\s+(\d{1,3}(?:,\d+)?\s*%)\s+"
                                 r"(?:(?:đến|tới)\s+(?:dưới\s+)?)?ngưỡng(?!\w)")
#: ``Đề án sáp nhập chỉ được phê duyệt khi trên 50% số cử tri … tán thành`` (the same case): the share a rule makes
#: the condition of an act, after ``chỉ … khi`` — no figure.
_ONLY_WHEN = re.compile(r"(?i)(?<!\w)chỉ\s+(?:được\s+|có\s+thể\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?\s+khi\s+(?:có\s+)?"
                        r"(?:trên|hơn|dưới|từ|ít\s+nhất|tối\s+thiểu)\s+(\d{1,3}(?:,\d+)?\s*%)")
RULE_SHARES = Rule("rule-shares", "norm", "a share a rule sets (of its threshold, or as the condition of an act)",
                   _SHARE_OF_THRESHOLD, _ONLY_WHEN, needs=("ngưỡng", "khi"))
