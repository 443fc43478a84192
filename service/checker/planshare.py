"""A change said is no value of a row that keeps a share of the plan: ``Thu thuế nội địa tăng 23,1%`` (a tax office's
nine months, held-out xm-binh-dinh-cuc-thue-thu-thue-noi-dia-2021-9t: its headline) is not about ``Tỷ lệ thu thuế nội
địa so dự toán năm`` = 93,7%, however many of the subject's words the two share; ``Thu ngân sách 7 tháng đầu năm tăng
68% so với cùng kỳ 2016`` (held-out x-duc-trong-thu-ngan-sach-2017-7t, the headline over ``đạt 64% so với dự toán
giao``) alike.

The grammar: the number is read as a change (``tăng``/``giảm`` before it: ``Mention.comparison``), the row's label
compares with a plan (``so (với) dự toán / kế hoạch / chỉ tiêu``, ``KH``) and names no change itself (``tăng``,
``giảm``, ``vượt``). Such a row is then no candidate for the number's subject (``attribution._wrong_row``): a plan
share is said with ``đạt``/``bằng``, a change with ``tăng``/``giảm``. A row whose label says the change it keeps
(``Tăng so với kế hoạch``, ``Vượt so với chỉ tiêu``) stays a candidate.
"""

from __future__ import annotations

import re

_PLAN_SHARE = re.compile(r"(?i)(?<!\w)so(?:\s+với)?\s+(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|KH)(?!\w)")
_CHANGE_WORD = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|vượt|hụt)(?!\w)")
_CHANGES = ("tăng", "giảm")


def change_on_plan_share(comparison: str | None, label: str) -> bool:
    """A change (``comparison``: ``tăng``/``giảm``) set against a row ``label`` that keeps a share of the plan."""
    return comparison in _CHANGES and bool(_PLAN_SHARE.search(label)) and not _CHANGE_WORD.search(label)
