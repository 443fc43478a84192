"""A number of the standing sheet: what the paragraph's many readers record when a number is no figure of the period.

``add_standing(p, m, note)`` appends to the paragraph's standing sheet the number ``m`` with the noun it counts (the
composition's noun ``đảng viên`` for ``gồm 38 đảng viên``, else the head of the words after it, else its unit), a
label (``Số`` + those words, or the verb before it) and the quote; a number already there with the same noun is kept
once, and a number with no noun is left out (nothing to check it by).

It sits below every reader that calls it (``recognisers``, ``rows``, ``elected``, ``asides``, ``given``, ``groups``,
``grouped``, ``held``, ``inventory``, ``organisation``): it imports none of them, so each imports it at its top
(it was in ``recognisers.py``, which imports those readers' tuples, so they imported it inside their functions).

``add_unit_standing(p, m, label)`` is the same for a reader that names the label itself and counts the number in its
own unit (``extent``'s lengths, ``waters``' sea areas, ``capital``'s charter capital).
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.standing import composition_noun
from service.onboarding import labels as L
from service.onboarding import phrases as P
from service.onboarding.model import Para, Standing
from service.onboarding.nouns import noun_words


def add_standing(p: Para, m: Mention, note: str = "") -> None:
    """Record ``m`` on the paragraph's standing sheet, with its noun, label and quote (see the module's note)."""
    words = noun_words(p, m)
    noun = " ".join(w for w in words[:3] if w[0].isalpha()).lower() if words else ""
    noun = composition_noun(noun) or P.head_noun(words) or noun or (m.unit or "")
    if not noun or any(s.value == m.value and s.noun == noun for s in p.reading.standing):   # no noun: nothing to check it by
        return
    label = L.finish(["Số", *words], f"Số {noun}") if words else L.finish(
        P.verb_before(p.text, m.num_start, P.clause_start(p.text, m.num_start), p.mentions, None), f"Số {noun}")
    p.reading.standing.append(Standing(m.value, noun, label, P.bare_quote(p.text, m), p.section_title, note))


def add_unit_standing(p: Para, m: Mention, label: str, quote: str | None = None) -> None:
    """Record ``m`` on the standing sheet in its own unit (``36.000 km2``, ``95 tỷ đồng``) under the reader's ``label``,
    quoted as said (``quote`` when the reader gives one); a number already there in the same unit is kept once."""
    if not any(s.value == m.value and s.noun == m.unit for s in p.reading.standing):
        p.reading.standing.append(Standing(m.value, m.unit, label, P.bare_quote(p.text, m) if quote is None else quote,
                                           p.section_title))
