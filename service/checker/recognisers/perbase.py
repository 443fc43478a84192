"""The base of a rate written as a fraction: ``135 nam/100 nữ``, ``4,5 bác sĩ/10.000 dân``, ``12 giường bệnh/1.000
người``.  A round power of ten right after ``<number> <noun>/`` is the unit's base (per hundred, per ten thousand),
no figure of the period.                                          (zg-quang-ngai-son-tinh-dan-so-2015)
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_BASES = (100, 1_000, 10_000, 100_000)
#: "135 nam/", "4,5 bác sĩ /": a number and its noun, then the slash, right before the base
_BEFORE = re.compile(r"\d[\d.,]*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*$")
#: the base's noun and what follows it: a slash going on makes a list
_AFTER = re.compile(r"[\d.,]+[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?[ \t]*(/)?")


def rate_base(text: str, start: int, value) -> bool:
    """The number at ``start`` (of ``value``) is the base of a rate per hundred, thousand… (see the module) — not a
    term of a list of counts joined by slashes (``198 lượt/221 người/100 vụ việc``: three figures)."""
    if value is None or value not in _BASES:
        return False
    said = _BEFORE.search(text, max(0, start - 40), start)
    if said is None or text[max(0, said.start() - 8):said.start()].rstrip().endswith("/"):   # no copy of the text
        return False
    after = _AFTER.match(text, start)
    return not (after and after.group(1))



#: ``10. Số giường bệnh/1 vạn dân`` (c23-chinhphu-13-chi-tieu-2014), ``Số bác sĩ/10.000 dân``: an indicator's name
#: (letters right before the slash, no number of its own) and its base per population — a unit, no figure.
#: ``15 bác sỹ/``: a number (not a heading's ``10.``) and its noun right before the slash.
_COUNTED_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*$")


def _named_indicator(text: str, m: re.Match) -> bool:
    """No number and noun right before the slash (``15 bác sỹ/ 10.000 dân`` is ``rate_base``'s, with its guard)."""
    return _COUNTED_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is None


PER_POPULATION = Rule("per-population-base", "norm", "the base of a rate in an indicator's name (per 10.000 people)",
                      re.compile(r"(?i)(?<=[^\W\d_])[ \t]*/[ \t]*(1[ \t]+vạn|10[ \t]+vạn|100|1\.000|10\.000|100\.000)[ \t]+"
                                 r"(?:dân|người|dân[ \t]+số|trẻ|phụ[ \t]+nữ|hộ)(?!\w)"), accept=_named_indicator,
                      needs=("/",))
