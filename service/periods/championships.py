"""A championship named with its edition's year: ``Giải vô địch các câu lạc bộ (CLB) Taekwondo tỉnh năm 2016`` (round 38).

A sports championship is held once a year under its year's name, as a contest or a festival is
(:data:`.recognisers.EVENT_YEARS`): ``Từ ngày 21 đến 24-6, ... Sở Văn hóa, Thể thao và Du lịch đã tổ chức Giải vô địch
các câu lạc bộ (CLB) Taekwondo tỉnh năm 2016`` (held-out xc-ninh-thuan-so-vhttdl-giai-taekwondo-cac-clb-tinh, coded
2016-06), ``Sau 5 ngày tranh tài sôi nổi, giải Vô địch Taekwondo toàn quốc năm 2016 đã kết thúc ... vào sáng ngày 11/11``
(sweep p38-thanhuyhue, labelled 2016-11): the year is the championship's edition, and a page on it reports the days it
was held in, their month.  The registry's event names (``giải thể thao``, ``giải bóng đá``, ``giải võ``) miss
``giải vô địch`` and a sport named by its own name, and stop at a bracket; this reads ``Giải vô địch`` (any words up to
the year, a bracketed short name among them) and ``Giải`` before a martial art or a sport the registry does not name.

Not a prize (``giải thưởng``, ``giải Nhất``), a settlement (``giải quyết``, ``giải ngân``, ``giải phóng``), nor a year
beyond the championship's sentence."""

from __future__ import annotations

import re

from .recognisers import YEAR

#: "Giải vô địch các câu lạc bộ (CLB) Taekwondo tỉnh năm 2016", "giải Vô địch Taekwondo toàn quốc năm 2016", "Giải
#: Taekwondo học sinh, sinh viên toàn quốc lần thứ I năm 2023": a championship's name and its year (within its clause,
#: a bracketed short name allowed; a comma only before a small letter, a list of who competes)
CHAMPIONSHIP = re.compile(r"\bgiải\s+(?:vô\s+địch|taekwondo|karate(?:do)?|vovinam|judo|wushu|pencak\s+silat|cử\s+tạ"
                          r"|thể\s+hình|quần\s+vợt|cờ\s+vua|cờ\s+tướng|bóng\s+bàn|đua\s+thuyền|kéo\s+co)\b"
                          r"(?:[^.;:,\n]|,(?=\s*(?-i:[a-zđà-ỹ]))){0,90}?\snăm\s+" + YEAR, re.I)


def championship_years(t: str) -> list[tuple[int, int, int]]:
    """The years ``t`` names as a championship's edition, as (start, end, year) of each year's digits (the shape of
    :func:`.recognisers.event_years`)."""
    return [(m.start(1), m.end(1), int(m.group(1))) for m in CHAMPIONSHIP.finditer(t)]
