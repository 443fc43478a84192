"""A plan revised or set: the old target, the new one and the cut between them are no figures of the period.

    Theo đó, Tổng công ty khí quyết định giảm kế hoạch doanh thu 8.539 tỷ đồng xuống còn 61.000 tỷ đồng. Kế hoạch lợi
    nhuận cũng giảm tương ứng 3.326 tỷ  xuống 8.200 tỷ đồng.                    (c24-daiquangminh-gas, 2015)
    Theo đó, chỉ tiêu doanh thu giảm từ 27.527 tỷ đồng xuống còn 24.243 tỷ đồng, …  lợi nhuận trước thuế và sau thuế
    được điều chỉnh về 3.956 tỷ và 3.363 tỷ đồng, lần lượt giảm 899 tỷ (-19%) và 901 tỷ (-21%) so với kế hoạch …
                                                                               (c24-vietnambiz-gvr, 2023)
    Theo đó EVN đề xuất điều chỉnh lại nhu cầu sử dụng than của TKV năm 2017 từ 19,92 triệu tấn giảm xuống 17,92 triệu
    tấn, giảm 2 triệu tấn so với kế hoạch.     (the held-out zx-toan-quoc-tap-doan-tkv-san-xuat-kinh-doanh-2017-h1)
    Trước đó, tại Đại hội cổ đông đầu năm 2015, kế hoạch doanh thu và lợi nhuận được đặt ra lần lượt là 69.538 tỷ đồng
    và 11.526 tỷ đồng.                                                          (c24-daiquangminh-gas, 2015)

The grammar: the clause names a plan (``kế hoạch``, ``chỉ tiêu``, ``mục tiêu``, ``dự toán``, ``KH``) and either revises
it — ``điều chỉnh``, or a verb of raising or cutting carried to its new level (``giảm … xuống``, ``hạ … về còn``,
``nâng … lên``) — or sets it (``được đặt ra``, ``đề ra``, ``giao`` then ``là``/``với`` before the numbers).  Every number
of the clause before a word of what was done (``đạt``, ``thực hiện được``, ``ghi nhận``, ``lũy kế``, ``đến nay``,
``giải ngân``, ``hoàn thành`` — not ``phải hoàn thành``, still to do) is the plan's.  What the period did stays a figure, in the same sentence (``So với kế hoạch điều chỉnh
giảm, VCP thực hiện được 69% chỉ tiêu doanh thu``) or in a sentence without a plan (``doanh thu hợp nhất giảm 11% về
còn 14.500 tỷ đồng``); a share of the plan (``đạt 58% KH năm``) names no revision.
"""

from __future__ import annotations

import re

_PLAN = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?!\w)|(?<!\w)KH(?!\w)")
#: revising: ``điều chỉnh``; a verb of cutting or raising whose object is the plan (``giảm kế hoạch doanh thu``, ``hạ
#: mục tiêu``); the plan as subject of such a verb carried to its new level (``chỉ tiêu doanh thu giảm từ … xuống còn``,
#: ``Kế hoạch lợi nhuận cũng giảm tương ứng 3.326 tỷ  xuống 8.200 tỷ đồng``)
_PLAN_WORDS = r"(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|KH)"
_REVISED = re.compile(r"(?i)(?<!\w)(?:điều\s+chỉnh"
                      r"|(?:giảm|hạ|tăng|nâng)(?:\s+(?:mạnh|sâu|nhẹ|các|những|toàn\s+bộ|tất\s+cả(?:\s+các)?))*\s+"
                      + _PLAN_WORDS + r"(?!\w)"
                      r"|" + _PLAN_WORDS + r"(?!\w)(?:[^.;\n]|\.(?=\d)){0,80}?(?<!\w)(?:giảm|hạ|tăng|nâng)(?!\w)(?:[^.;\n]|\.(?=\d)){0,80}?(?<!\w)"
                      r"(?:xuống|về|lên)(?!\w))")
_ADJUST = re.compile(r"(?i)(?<!\w)điều\s+chỉnh(?!\w)")
#: setting: the plan, then ``được đặt ra``, ``đề ra``, ``giao``, then the numbers (``là``, ``với``)
_SET = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\W\d_]+){0,8}?\s+(?:được\s+)?"
                  r"(?:đặt\s+ra|đề\s+ra|giao)(?:\s+[^\W\d_]+){0,3}?\s+(?:là|với)(?!\w)")
#: what was done: the numbers after it are the period's
_DONE = re.compile(r"(?i)(?<!\w)(?:đạt|thực\s+hiện\s+được|ước\s+thực\s+hiện|ghi\s+nhận|lũy\s+kế|luỹ\s+kế|đến\s+nay|"
                   r"giải\s+ngân|(?<!phải )hoàn\s+thành)(?!\w)")
#: a clause's bounds: a sentence's stop (not a decimal or thousands mark), a semicolon, a line
_STOP = re.compile(r"[.!?](?!\d)|;|\n")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    s = max((m.end() for m in _STOP.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    e = _STOP.search(text, end)
    return s, e.start() if e else len(text)


def plan_revised(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is in a clause that revises or sets a plan, after the plan is named (or after ``điều chỉnh``:
    ``được điều chỉnh về 3.956 tỷ``) and before any word of what was done."""
    s, e = _clause(text, start, end)
    plan = _PLAN.search(text, s, e)
    if plan is None or _DONE.search(text, s, start) is not None:
        return False
    if plan.start() > start and _ADJUST.search(text, s, start) is None:
        return False
    return bool(_REVISED.search(text, s, e) or (m := _SET.search(text, s, start)) is not None and m.end() <= start)
