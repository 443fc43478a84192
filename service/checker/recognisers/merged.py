"""What a unit was formed from: ``Xã Nghĩa Hành sau khi được thành lập trên cơ sở sáp nhập từ 3 xã: Phú Sơn, Nghĩa Hành
và Tân Hương`` (c20-baonghean-nghiahanh-daihoi-2025), ``Đảng bộ xã Hợp Lý được thành lập trên cơ sở sáp nhập Đảng bộ 3
xã Hợp Lý, Quang Sơn và Ngọc Mỹ`` (c20-baophutho-hoply-daihoi-2025): the count of the units merged, named right after
it — the unit's make-up, no figure of the period.  The grammar: ``trên cơ sở`` (or ``từ việc``) before the verb of
merging (``sáp nhập``, ``hợp nhất``), the count and a noun of an administrative unit or an organisation, then their
names (a capital after an optional colon).  A merger counted without ``trên cơ sở`` (``đã sáp nhập 25 thôn``: the
period's work) is left alone."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: Units that are merged (open-ended).
UNITS = ("xã", "phường", "thị trấn", "huyện", "thôn", "xóm", "bản", "ấp", "tổ dân phố", "khu phố", "đơn vị",
         "trường", "chi bộ", "đảng bộ", "chi hội", "hội", "hợp tác xã", "cơ quan")
_UNIT = "|".join(sorted((re.escape(u).replace(r"\ ", r"\s+") for u in UNITS), key=len, reverse=True))
MERGED = Rule("merged-units", "name", "the units a unit was formed from",
              re.compile(r"(?i)(?<!\w)(?:trên\s+cơ\s+sở|từ\s+việc)\s+(?:sáp\s+nhập|hợp\s+nhất)"
                         r"(?:\s+(?:từ|của|các|toàn\s+bộ|(?:đảng|Đảng)\s+bộ))*\s+(\d{1,2})\s+(?:" + _UNIT + r")"
                         r"(?!\w)\s*:?\s*(?=\w)"),
              accept=lambda text, m: text[m.end()].isupper(), needs=("sáp nhập", "hợp nhất"))
