"""The level that defines a group counted just before it: ``Có 06/56 xã đạt 18/19 tiêu chí``, ``3 thôn đạt 9/10 tiêu
chí``, ``12 xã đã đạt 19 tiêu chí`` — how many criteria each unit of the group reached, not a figure of the period.

    + Có 50/56 xã đã đạt 19/19 tiêu chí. + Có 06/56 xã đạt 18/19 tiêu chí.
                                      (zn-tp-ho-chi-minh-chi-cuc-phat-trien-nong-thon-2015-8t)
    … có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt 9/10 tiêu chí; …
                                      (zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020)

The grammar: a count of units (a number, a share of a whole or not, then one to three words of its noun), ``đạt`` (or
``đã đạt``, ``đạt từ``), then the level with its criteria noun.  The count before is the figure; the level is not.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_CRITERIA = r"(?:tiêu\s+chí|chỉ\s+tiêu|tiêu\s+chuẩn|nội\s+dung|chuẩn)"
GROUP_LEVEL = Rule("group-level", "norm", "the level a counted group reached (criteria of each unit)", re.compile(
    r"(?i)(?<![\d.,/])\d{1,5}(?:/\d{1,5})?\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+(?:đã\s+|được\s+)?(?:đạt|có)\s+"
    rf"(?:từ\s+)?(\d{{1,2}}(?:/\d{{1,2}})?)\s+{_CRITERIA}(?!\w)"), needs=("đạt",))
