"""A wind's force on the Beaufort scale: ``gió mạnh cấp 8, giật cấp 10``, ``mạnh cấp 8-9, giật cấp 11`` — a grade of
a scale (0–17), never a count of the period.

    … tâm bão cách đảo Palawan (Philippines) khoảng 220km; sức gió vùng gần tâm bão mạnh cấp 8, giật cấp 10.
                                                                   (c34-thuonghieucongluan-thien-tai-2018)
    … tại Bình Châu và Lý Sơn (Quảng Ngãi) đã có gió mạnh cấp 11-12, giật cấp 13-14, ở TP Huế …
                                                                   (p18-tuoitre-bao9-56000nha-2020-10)
    … áp thấp nhiệt đới mạnh cấp 6-7 (40-60km/h), giật cấp 9.      (p18-giadinhonline-bao9-2020-10)

- ``WIND_FORCE``: ``cấp N`` or ``cấp N-M`` (the range claimed whole) after ``gió`` (``gió cấp 6``, ``gió mạnh cấp``,
  ``gió giật cấp``), after ``giật`` (``giật cấp 10``, ``giật trên cấp 17``), or after ``mạnh`` in a sentence that
  speaks of wind or a storm (``gió``, ``bão``, ``áp thấp``, ``ATNĐ``); N up to 17 (the scale's top). ``cấp`` as the verb
  to grant (``cấp mới 1.227 dự án``, ``cấp 120 giấy chứng nhận``) has no wind word before it and stays a count.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_LEVEL = r"(\d{1,2}(?:\s?[-–]\s?\d{1,2})?)(?![\d.,]?\d)(?!\w)(?!\s*%)"
_BOUND = r"(?:(?:trên|dưới|từ)\s+)?"
#: the wind words a grade follows directly
_WIND = re.compile(rf"(?i)(?<!\w)(?:gió(?:\s+(?:mạnh|giật))?|giật|sức\s+gió)\s+{_BOUND}cấp\s+{_LEVEL}")
#: ``mạnh cấp N`` alone: the storm's or depression's strength, when the sentence speaks of wind or a storm
_STRONG = re.compile(rf"(?i)(?<!\w)mạnh\s+(?:lên\s+)?{_BOUND}cấp\s+{_LEVEL}")
_WIND_CUE = re.compile(r"(?i)(?<!\w)(?:gió|bão|áp\s+thấp|ATNĐ|giật)(?!\w)")


def _on_scale(text: str, m: re.Match) -> bool:
    """Every number of the grade on the scale (0–17); ``mạnh cấp`` only in a sentence about wind or a storm."""
    if any(int(n) > 17 for n in re.findall(r"\d+", m.group(1))):
        return False
    if m.re is _STRONG:
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200)
        return bool(_WIND_CUE.search(text, max(0, start), m.start()))
    return True


WIND_FORCE = Rule("wind-force", "ordinal", "a wind's force on the Beaufort scale (gió mạnh cấp 8, giật cấp 10), not a "
                  "figure", _WIND, _STRONG, accept=_on_scale, needs=("cấp",))
