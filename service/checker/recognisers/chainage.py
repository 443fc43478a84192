"""A point on a road by its kilometre and metres (chainage): ``km152 - km156+500``, ``Km 12+300``, ``lý trình Km5+200``.

    … quốc lộ 279 sạt taluy dương từ km152 - km156+500 gây tắc đường …   (zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06)

An address on the road, no figure: the metres after ``+`` as much as the kilometre before it.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_POINT = r"km\s*\d+(?:\s*\+\s*\d{1,3})?"
CHAINAGE = Rule("chainage", "address", "road chainage (km + m)",
                re.compile(rf"(?i)(?<!\w){_POINT}(?:\s*[-–÷]\s*(?:{_POINT}|\d+\s*\+\s*\d{{1,3}}))?"), group=0,
                needs=("km",))

#: ``(tọa độ 13695-64473)``, ``tại (tọa độ 06.500-87.600)``: a map grid reference (easting–northing) after ``tọa độ`` — a place,
#: no count (zl-quang-ngai-doi-k53-quy-tap-hai-cot-liet-sy-2026-01).
GRID = Rule("grid-reference", "address", "a map grid reference (tọa độ)",
            re.compile(r"(?i)(?<!\w)t(?:ọa|oạ)\s+độ\s*:?\s*(\d[\d.,]{2,9}\d\s*[-–/]\s*\d[\d.,]{2,9}\d)"),
            needs=("độ",))
