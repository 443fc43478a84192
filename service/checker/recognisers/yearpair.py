"""Years and ranges a slip or a shorthand writes as if they were counts: a year after a year (``năm 2006 2007``, a
span whose dash the text lost, zi-toan-quoc-evn-kinh-doanh-dien-nong-thon-2006), a year broken in two (``năm
20-18``), a range of how many of a whole each unit reached (``38-48/53 chỉ tiêu``)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

YEAR_PAIR = Rule("year-pair", "year", "a year after a year (a span without its dash)",
                 re.compile(r"(?i)(?<!\w)năm[ \t]+(?:19|20)\d\d[ \t]+((?:19|20)\d\d)(?![\d.,%])"), needs=("năm",))

#: ``Trong năm 20-18 toàn xã có 23 người đi xuất khẩu lao động`` (zk-vinh-phuc-tam-duong-xa-hoang-dan-hdnd-ktxh-2018):
#: a year a typing slip broke in two after ``năm`` — a year, not two counts.
BROKEN_YEAR = Rule("broken-year", "year", "a year broken in two by a slip (năm 20-18)",
                   re.compile(r"(?i)(?<!\w)năm[ \t]+((?:19|20)[ \t]?[-–][ \t]?\d\d)(?![\d.,%/\-–])"), needs=("năm",))

#: ``các xã còn lại đạt 38-48/53 chỉ tiêu`` (zk-dong-nai-xuan-loc-thu-ngan-sach-2019): how many of a whole each of
#: several units reached, as a range — a span over units (as ``đạt từ 15-18 tiêu chí``), no count of the period.
RANGE_OF_WHOLE = Rule("range-of-whole", "norm", "a range of how many of a whole each unit reached (38-48/53)",
                      re.compile(r"(?<![\d/.,])(\d{1,3}[ \t]*[-–][ \t]*\d{1,3})[ \t]*/[ \t]*\d{1,4}(?=[ \t]+[^\W\d_])"))
