"""An office's code with its number.

``Theo PC 36, sau 5 tháng triển khai …`` (yy-tp-ho-chi-minh-phong-canh-sat-moi-truong-pc36-…-2009): a police
department's code — capitals, a space, two or three digits — cited as a source or an agent (``Theo``, ``Tại``, ``Của``
before it; a comma, a colon, a bracket or a verb particle after it) is a name, like ``(BCĐ 389)`` in brackets
(``labels.ABBR_NUMBER``). An organisation's count in a list (``Hội CCB 20; Hội ND 15``) and a count after capitals
with its noun (``KCN 3 dự án``) are left alone. (The year after ``đến hết``, once here too, is ``yearrunto``'s.)
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

OFFICE_CODE = Rule("office-code", "name", "an office's code with its number (PC 36), not a count", re.compile(
    r"(?<!\w)(?:[Tt]heo|[Tt]ại|[Cc]ủa)[ \t]+[A-ZĐ]{2,5}[ \t](\d{2,3})(?![\d.,]\d)(?=[ \t]*[,:)]|[ \t]+(?:đã|sẽ|vừa|đang|cho\s+biết)(?!\w))"))
