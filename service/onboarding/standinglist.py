"""The next item of a list of standing facts (round 80): where the list goes on, and what separates its items.

``recognisers.standing`` reads a count as standing when it follows one, separated by a list's separator alone
(``_LIST_GAP``: a comma or ``và``, no verb of its own). Two readings of that grammar, each on real lists:

=====================  ==========================================================================================
``item_before``        ``Hội khuyến học quận Bình Thủy hiện có ở 8/8 phường, 46/46 khu vực, với hơn 15.400 hội
                       viên`` (xy-can-tho-binh-thuy-hoi-khuyen-hoc-quan-quy-khuyen-hoc-2018), ``72/72 đơn vị
                       trường học …; 44 cơ quan`` (xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08):
                       the second number of an ``X/Y`` pair is the first's whole, read with it; the list goes on
                       from the pair, so the item before the next count is the pair's first number
``semicolon_item``     ``Toàn huyện có 638 dòng họ …, trong đó có 547 dòng họ đạt “Dòng họ học tập”; hơn 20 nghìn
                       gia đình đạt “Gia đình học tập”; 72/72 đơn vị trường học …; 44 cơ quan`` (Quế Võ): a
                       semicolon separates a list's items when the next item opens on its count (a qualifier at
                       most: the gap ends on the semicolon); an item that opens on words (``; số hội viên … đạt gần
                       46 nghìn``) is a clause of its own
``own_passive``        ``… 19 đơn vị học tập được công nhận, 25 gia đình Tiến sỹ, 207 gia đình Thạc sỹ`` (Bình
                       Thủy): ``được`` and a short verb phrase closing an item (right before its separator) says
                       what the item's noun is (a relative clause), no verb of the sentence; any other ``đã``,
                       ``đang``, ``sẽ``, ``được``, ``bị`` in the gap still ends the list
=====================  ==========================================================================================
"""

from __future__ import annotations

import re

from service.onboarding.model import Para

#: Up to 80 characters of the item's own words, no number, no sentence's stop, then the semicolon.
_SEMICOLON_GAP = re.compile(r"^[^.;:!?\d]{0,80};\s*$")
#: ``được công nhận,``: ``được`` and one to three words right before the item's separator (a comma or ``và``).
_OWN_PASSIVE = re.compile(r"(?i)(?<!\w)được(?:\s+[^\W\d_]+){1,3}(?=\s*(?:,|;|(?<!\w)và(?!\w))\s*$)")


def item_before(p: Para, i: int) -> int:
    """The figure index of the list's item before figure ``i``: ``i - 1``, or the pair's first number when ``i - 1``
    is the second of an ``X/Y`` pair (see the module)."""
    k = i - 1
    if k > 0:
        first = p.figures[k - 1]
        if first.partner is not None and first.same_unit_pair and p.mentions[first.partner] is p.figures[k]:
            return k - 1
    return k


def semicolon_item(gap: str) -> bool:
    """The gap ends on a semicolon with the next item opening on its count (see the module)."""
    return bool(_SEMICOLON_GAP.match(gap))


def own_passive(gap: str) -> str:
    """The gap with an item's closing relative clause (``được công nhận``) left out (see the module)."""
    return _OWN_PASSIVE.sub(" ", gap)
