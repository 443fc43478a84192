"""How many shifts a school teaches in: ``không có tình trạng học 3 ca``, ``nhà trường phải dạy học 3 ca/ngày``,
``học sinh phải học 3 ca mỗi ngày`` — how a school day is split, a routine, not a count of the period.

    Cơ sở vật chất đảm bảo đủ cho việc dạy và học, không có tình trạng học 3 ca.   (c45-hanamtv-tuu-truong)
    … do thiếu phòng học, nhà trường phải dạy học 3 ca/ngày kể cả thứ Bảy. … học sinh phải học tới 3 ca mỗi ngày …
                                                          (c45-tienphong-hoc-3-ca-hiep-binh-2026)
    … nhiều trường phải bố trí HS các lớp học 2 ca/ngày …   (c45-thanhnien-thieu-phong-hoc-ninh-thuan-2020)

The grammar: a verb of schooling (``học``, ``dạy``, ``dạy học``), ``tới``/``đến`` at most, a small number and ``ca``
(a shift); ``/ngày`` or ``mỗi ngày`` may follow. ``ca`` after any other word is a case (``ghi nhận 14 ca``, ``14
ca/ngày``: a rate of the period, ``frequency``'s note) and stays a figure; a shift named by its ordinal (``học ca 3``)
is read as one already.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

SHIFTS = Rule(
    "school-shifts", "norm", "how many shifts a school teaches in (học 3 ca, dạy học 3 ca/ngày), a routine",
    re.compile(r"(?i)(?<!\w)(?:dạy\s+học|học|dạy)(?:\s+(?:tới|đến))?\s+(\d)\s+ca(?!\w)"), needs=(" ca",))
