"""Land and fields named by how many crops they bear: ``đất lúa 1 vụ``, ``chân ruộng 2 vụ``, ``lúa 2 vụ``, ``đất màu 3
vụ`` — a class of land, no count (``… các diện tích ngô trên đất lúa 1 vụ hầu như không trồng được``,
zj-thanh-hoa-ba-thuoc-xa-ky-tan-trong-trot-2018-9t).  Not a count of cases (``1 vụ vi phạm``, ``2 vụ cháy``)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

LAND_CLASS = Rule("land-class", "label", "class of land by its crops a year",
                  re.compile(r"(?i)(?<!\w)(?:đất|ruộng|lúa|màu|chân\s+ruộng|chân\s+đất|diện\s+tích)(?:\s+(?:lúa|màu|"
                             r"ruộng|trồng\s+lúa))?\s+(\d)\s+vụ(?!\s+(?:vi|việc|án|cháy|tai|tham|trộm|buôn|vận|tàng|"
                             r"khai|phá|đánh|cướp|lừa|xâm|giết|cố|mua|sản|ngộ|dịch|tranh|khiếu|tố|kiện))"
                             r"(?!\w)"), needs=("vụ",))
