"""A launch told as the time something began is no plan (round 59).

``Việc đó đã được chú ý ngay từ khi T.Ư Hội phát động phong trào, ngay 6 tháng đầu năm 2011, hội viên các Hội cơ sở
đã tự giúp nhau vốn …`` (held-out xy-tp-ho-chi-minh-cu-chi-hoi-ccb-huyen-giup-nhau-giam-ngheo-2011-h1, coded 2011-H1):
``phát động`` (to launch) before a period otherwise announces the next period's plan (``phát động phong trào thi đua
năm 2019`` on a page of 2018, ``.recognisers.PLAN``), and the half was read as the plan of a report on 2010-H2.  But a
launch inside a clause opened by ``khi`` (``từ khi``, ``ngay từ khi``, ``sau khi``: *when* it was launched) is the past
moment the deeds after it began; the clause closes at its comma and the period after that comma is what was done
(``Từ khi phát động, trong 10 năm qua, quỹ đã vận động được …``, sweep t5-mttq-canuoc-2010-9t).

Not a launch the sentence itself makes (``UBND huyện phát động phong trào thi đua năm 2024``, no ``khi``), nor one whose
clause has not closed before the period (``khi phát động phong trào năm 2024``: the campaign's own year, as before)."""

from __future__ import annotations

import re

#: "khi T.Ư Hội phát động phong trào, ngay ", "Từ khi phát động, trong ": "khi", a few words (an abbreviation's dots
#: allowed), "phát động" and its object, then the comma closing that clause right before the period
_LAUNCHED_WHEN = re.compile(r"\bkhi\s+(?:[^\s;:!?]+\s+){0,5}?phát\s+động\b[^.;:()\n,]{0,50},\s*(?:ngay\s+|trong\s+)?$",
                            re.I)
_LAUNCH = re.compile(r"phát\s+động\b", re.I)


def launched_when(before: str, plan: re.Match | None) -> bool:
    """The plan words ``plan`` found in ``before`` (a period's own line up to it) are a launch told in a ``khi`` clause
    that has closed before the period (:data:`_LAUNCHED_WHEN`)."""
    return plan is not None and bool(_LAUNCH.match(plan.group(0))) and bool(_LAUNCHED_WHEN.search(before))
