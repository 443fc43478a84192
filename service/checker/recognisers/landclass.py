"""Land and fields named by how many crops they bear: ``đất lúa 1 vụ``, ``chân ruộng 2 vụ``, ``lúa 2 vụ``, ``đất màu 3
vụ``, ``đất 2 lúa``, ``cánh đồng 3 vụ`` — a class of land, no count (``lúa``, ``màu`` or ``ruộng`` right before it: ``hủy hoại đất 4 vụ`` counts cases) (``… các diện tích ngô trên đất lúa 1 vụ hầu như không trồng được``,
zj-thanh-hoa-ba-thuoc-xa-ky-tan-trong-trot-2018-9t).  Not a count of cases (``1 vụ vi phạm``, ``2 vụ cháy``)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

LAND_CLASS = Rule("land-class", "name", "class of land by its crops a year",
                  re.compile(r"(?i)(?<!\w)(?:lúa|màu|ruộng)\s+([1-3])\s+vụ(?!\s+(?:vi|việc|án|cháy|tai|tham|trộm|buôn|vận|"
                             r"tàng|khai|phá|đánh|cướp|lừa|xâm|giết|cố|mua|sản|ngộ|dịch|tranh|khiếu|tố|kiện))(?!\w)"),
                  # "vùng đất 2 lúa", "12.231,5 ha là đất 2 lúa" (c19-baoninhbinh-vudong-2008): land bearing two rice crops
                  # a year, the crop after the number; "mô hình cánh đồng 3 vụ" (c19-bachthong-vihuong-2015): a field of
                  # three crops (not "đất 4 vụ": cases of land taken, so "đất" only before "lúa")
                  re.compile(r"(?i)(?<!\w)(?:đất|chân\s+ruộng|ruộng)\s+([1-3])\s+lúa(?!\w)"),
                  re.compile(r"(?i)(?<!\w)cánh\s+đồng\s+([1-3])\s+vụ(?!\w)"),
                  needs=("vụ", "lúa"))

#: ``306,3 m2 đất trồng cây hàng năm khác`` (c28-baogialai, a compensation plan's land by class), ``gần 38 ngàn hécta
#: cây hàng năm`` (p23-baodongnai, a sowing report): ``cây hàng năm`` is the crop class (annual crops, as ``cây lâu
#: năm`` is the perennial one) — ``hàng năm`` modifies ``cây``, it is no habit of the number before it.
ANNUAL_CROP = re.compile(r"(?i)(?<!\w)cây\s+(?:hàng|hằng)\s+năm(?!\w)")


def annual_crop(words: str) -> bool:
    """Do the words after a number end in the crop class ``cây hàng năm`` (not the adverb ``hàng năm``)?"""
    m = None
    for m in ANNUAL_CROP.finditer(words):
        pass
    return m is not None and m.end() == len(words.rstrip())
