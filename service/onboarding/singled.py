"""Places singled out by name after ``đặc biệt là`` / ``nhất là`` (round 40): the count is the names', no figure.

``phục vụ tại các địa phương trong tỉnh, đặc biệt là 2 huyện miền núi Khánh Sơn, Khánh Vĩnh``
(yt-khanh-hoa-trung-tam-dien-anh-dot-phim-tet-dinh-dau-2017-01: the hand keeps no «2 huyện»), ``Nhất là hai huyện
miền núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng hư hỏng`` (t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10): the
writer singles out members of a set already spoken of (``đặc biệt là``, ``nhất là``, ``chủ yếu là``) and names them;
the number says how many names follow.  It holds only when exactly N names (every word capitalised, joined by
commas or ``và``) follow the noun (a few lower-case words: ``huyện miền núi``) — ``đặc biệt là 3 xã vùng cao``
names none and stays a figure.  (``enumerated.names_after`` reads the top N after ``gồm``; there a count without a
cue of choice is what was done.)
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.recognisers.singled import SINGLED_CUE as _SINGLED, named_after
from service.onboarding.model import Para


def singled_out(p: Para, i: int, m: Mention) -> bool:
    """``đặc biệt là N <noun> A, B``: N names the places singled out (module docstring)."""
    if m.value is None or m.kind != "count" or not float(m.value).is_integer() or not 2 <= m.value <= 12:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _SINGLED.search(p.text[max(0, start - 30):start]):
        return False
    return named_after(p.text[m.num_end:m.num_end + 160]) == int(m.value)


SINGLED = (singled_out,)
