"""A capacity the body has now (``hiện … có công suất …``) is a standing fact, no figure of the period (round 72).

``Hiện Cảng Hàng không quốc tế Phú Quốc có công suất thiết kế 4 triệu lượt khách/năm``
(xo-an-giang-cang-hkqt-phu-quoc-chuyen-bay-quoc-te-2026-01, a month's report) and ``Hòa Phát hiện có công suất thép
thô là 8,5 triệu tấn, lớn nhất Việt Nam`` (xo-toan-quoc-hoa-phat-san-luong-thep-2023-05, five months' output): what
the airport or the steel maker *can* handle, said with ``hiện`` (now) and ``có`` (has) — a standing fact of the
body, as ``hiện có 205 cơ sở`` is (``recognisers.standing``, which reads counts, not measures).  Both hands leave it
out; the template made a row of it.

The grammar: in the number's sentence, ``hiện`` (``hiện nay``, ``hiện tại``) before ``có công suất`` (``thiết kế``
and up to four words of what is produced may follow, then ``là``/``đạt``/a hedge) right before the number.  Not
read: a capacity the period raised or built (``nâng công suất lên 200.000 m3/ngày đêm``, ``xây dựng mới Nhà máy
Nước Ngũ Lão với công suất thiết kế 25.000 m3/ngày``, xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020: the hand keeps
them as rows), a capacity aimed at (``mở rộng sân bay lên công suất 20 triệu lượt khách/năm``), a project's
capacity in brackets (``dự án hầm lò mỏ Khe Chàm III (công suất 2,5 triệu tấn/năm)``, sweep c36-tienphong-…).

Tried with ``service.onboarding.recognisers.RECOGNISERS``, at the tuple's end (``CAPACITY``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para, Standing

#: ``hiện … có công suất [thiết kế] [thép thô] [là]`` ending right before the number (no clause break between).
_HAS_CAPACITY = re.compile(
    r"(?i)(?<!\w)hiện(?:\s+nay|\s+tại)?(?!\w)[^.;:!?()\n]{0,80}?(?<!\w)có\s+(?:tổng\s+)?(?P<what>công\s+suất"
    r"(?:\s+thiết\s+kế)?(?:\s+[^\W\d_]+){0,4}?)\s*(?:là|đạt|khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*$")
_KINDS = ("count", "measure")


def capacity_now(p: Para, i: int, m: Mention) -> bool:
    """``hiện có công suất … 8,5 triệu tấn``: the body's standing capacity, no row (module docstring)."""
    if m.value is None or m.comparison or m.kind not in _KINDS:
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    said = _HAS_CAPACITY.search(p.text[p.sentence_of(m):at])
    if said is None:
        return False
    what = " ".join(said.group("what").split())
    noun = m.noun or m.unit or ""
    p.reading.standing.append(Standing(m.value, noun, what[:1].upper() + what[1:], P.bare_quote(p.text, m),
                                       p.section_title, "công suất hiện có"))
    return True


CAPACITY = (capacity_now,)
