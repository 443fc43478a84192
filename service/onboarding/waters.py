"""The area of a province's or the country's sea zones is a standing fact, not a figure of the period (round 49).

=============  ======================================================================================
``sea_area``   ``có diện tích tự nhiên là 6.071km2, với chiều dài đường bờ biển là 134km, diện tích vùng lãnh hải
               là 36.000km2`` (c31-tapchicongsan-binh-dinh-dinh-huong-2030), ``Quảng Ninh là một tỉnh biên giới hải
               đảo, có bờ biển dài 250km, diện tích vùng nội thuỷ rộng trên 6.000 km2`` (t39-thuvientailieu-thuy-san-
               quang-ninh-2004): ``diện tích`` of a sea zone the law names (``vùng lãnh hải``, ``nội thủy``, ``vùng
               biển``, ``vùng đặc quyền kinh tế``, ``thềm lục địa``) is what the territory is, like its natural area
               (``describes_area``) and its coast (``extent.line_length``), which the template already keeps on the
               standing sheet. Standing.
=============  ======================================================================================

Not an area worked in the period: ``diện tích nuôi trồng``, ``đánh bắt ở vùng biển ven biển đạt 363.000 tấn`` (a
catch, no area) — the zone must follow ``diện tích`` right before the number, with no verb of work between.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``extent.line_length``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_unit_standing

_AREA_UNITS = {"km2", "km²", "ha", "hải lý vuông"}
#: ``diện tích vùng lãnh hải là``, ``diện tích vùng nội thuỷ rộng trên``: the zone right after ``diện tích``, then at
#: most a verb of size and a qualifier before the number.
_SEA_ZONE = re.compile(
    r"(?i)(?<!\w)diện\s+tích\s+(?:vùng\s+)?(?:lãnh\s+hải|nội\s+th(?:ủy|uỷ|uy)|biển|vùng\s+biển|đặc\s+quyền\s+kinh\s+tế|"
    r"thềm\s+lục\s+địa)(?:\s+(?:của\s+)?[^\W\d_]+){0,2}?\s*(?:là|rộng|khoảng|:)?\s*(?:khoảng|hơn|trên|gần|chừng)?\s*$")


def sea_area(p: Para, i: int, m: Mention) -> bool:
    """``diện tích vùng lãnh hải là 36.000km2``: the territory's sea — standing."""
    if m.value is None or m.comparison or m.kind != "measure" or (m.unit or "").lower() not in _AREA_UNITS:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    hit = _SEA_ZONE.search(p.text[max(0, start - 70):start])
    if not hit:
        return False
    label = " ".join(P.words_of(hit.group(0))[:5])
    label = label[:1].upper() + label[1:]
    add_unit_standing(p, m, label)
    p.standing_at.add(i)
    return True


WATERS = (sea_area,)
