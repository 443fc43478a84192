"""A sentence that tells results reached against aims, not aims set: what details it (``Cụ thể, …``) is results.

    … Sawaco đã bám sát tình hình thực tiễn, …, nỗ lực phấn đấu thực hiện thắng lợi nhiệm vụ với chủ đề "…" và đạt
    được nhiều kết quả đáng ghi nhận. Cụ thể, tỉ lệ hộ dân TP được sử dụng nước sạch đạt 100%; …
                                          (c36-nld-sawaco-tong-ket-2022)
    Có 8 đảng bộ trực thuộc Thành ủy đã kết nạp vượt kế hoạch đề ra. Cụ thể, Đảng bộ huyện Thới Lai kết nạp 241 ĐV
                                          (y-can-tho-ket-nap-dang-vien-2019-10t)

The aim's words (``phấn đấu``, ``kế hoạch``, ``chỉ tiêu``, ``mục tiêu``) are there as what was strived for or
reached: the sentence says after them that results were won (``đạt được nhiều kết quả``, ``thu được kết quả``), or
each of them is the object of reaching (``vượt kế hoạch``, ``đạt kế hoạch``, ``đạt khoảng 76% kế hoạch``,
``hoàn thành chỉ tiêu``).  Aims set (``thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025``, ``đặt chỉ tiêu trồng trọt
11.397,2ha``) are neither.
"""

from __future__ import annotations

import re

_AIM_WORD = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|phấn\s+đấu)(?!\w)")
#: results won, said after the aims: ``và đạt được nhiều kết quả đáng ghi nhận``
_WON = re.compile(r"(?i)(?<!\w)(?:đạt|thu|giành)\s+được\s+(?:nhiều\s+|những\s+|một\s+số\s+)?(?:kết\s+quả|thành\s+tích|thành\s+tựu)(?!\w)")
#: an aim word that is the object of reaching it: ``vượt kế hoạch``, ``đạt khoảng 76% kế hoạch``, ``đều đạt kế hoạch``
_REACHED = re.compile(r"(?i)(?<!\w)(?:đạt|vượt|hoàn\s+thành|bằng)(?:\s+[^\s,;.]+){0,3}\s+$")


def tells_results(text: str, lo: int, hi: int) -> bool:
    """Does the sentence ``text[lo:hi]`` tell results reached against its aims (see the module)?"""
    aims = list(_AIM_WORD.finditer(text, lo, hi))
    if not aims:
        return False
    if _WON.search(text, aims[-1].end(), hi):
        return True
    return all(_REACHED.search(text, max(lo, a.start() - 40), a.start()) for a in aims)
