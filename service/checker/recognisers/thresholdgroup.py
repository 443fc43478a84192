"""A threshold that names a group whose members are listed after it: ``Các trường cao trên 95% gồm có Trường ĐH Y dược
Hải Phòng (99,9%), …``, ``Đạt dưới 90% gồm các sở: …`` — the bound of a class, not a figure of the period (each
member's own rate, listed after, is).

    Các trường cao trên 95% gồm có Trường ĐH Y dược Hải Phòng (99,9%), Trường ĐH Kiến trúc TP.HCM (98,3%), …
                                                  (c45-thanhnien-ty-le-nhap-hoc-dai-hoc-2025)
    … Y tế; Công an tỉnh. Đạt dưới 90% gồm các sở: Tài nguyên và Môi trường; Giáo dục và Đào tạo; …
                                                  (t18-thainguyentv-hailong-2022)

The grammar: a bound word (``trên``, ``dưới``, ``hơn``, ``từ``, ``không quá``, ``tối thiểu``, ``ít nhất``), the rate
(``trở lên``/``trở xuống`` may follow), then ``gồm`` (``gồm có``, ``gồm:``; or the next sentence opening on ``Gồm``).
The sibling bound reader (``bound``: ``có 15/63 địa phương … đạt trên 3%``) needs the group counted before the
threshold; here the group is named by it and its members follow. A rate said alone (``tỷ lệ đạt trên 95%.``) or with
its own breakdown after ``trong đó`` stays a figure.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

THRESHOLD_GROUP = Rule(
    "threshold-group", "norm", "a threshold naming a group whose members are listed after it (trên 95% gồm có …)",
    re.compile(r"(?i)(?<!\w)(?:trên|dưới|hơn|từ|không\s+quá|tối\s+thiểu|ít\s+nhất)\s+(\d{1,3}(?:,\d+)?\s?%)"
               r"(?=(?:\s+trở\s+(?:lên|xuống))?\s*[.:]?\s*gồm(?!\w))"), needs=("gồm",))
