"""A value of a row that names a place, in a sentence about another place: a swap.  Mixed into the checker
(``check._Checker``).

A report of one district's storm keeps its own counts and, for reference, a neighbour's, each labelled by its place:

    Tại huyện Hồng Ngự và thị xã Hồng Ngự (Đồng Tháp) cũng có 46 căn sập và tốc mái …
    Hơn 200 căn nhà bị hư hại … ở nhiều xã của huyện Thới Bình (Cà Mau).
                          (xo-ca-mau-thoi-binh-loc-xoay-nha-sap-2016-05: ``Nhà bị sập và tốc mái - huyện và thị xã Hồng
                           Ngự (Đồng Tháp)`` = 46 beside the district's own ``Số nhà bị thiệt hại`` = 200)

Written ``Hơn 46 căn nhà bị hư hại … của huyện Thới Bình (Cà Mau)``, the neighbour's 46 passed: its row's words fit.
The grammar: the sentence names a place by its noun (``huyện``, ``xã``, ``tỉnh``, ``thị xã``, ``thành phố``, ``quận``,
``phường``, ``thị trấn``) and a capitalised name; the value's row names places (the names after a place noun in its
label: ``Huyện Hương Sơn`` is ``Hương Sơn``, ``Số đại biểu dự Đại hội`` names none), none of which the sentence or
its paragraph before the number writes, and whose names the sentence's place is not.  Then the
value belongs to a place the text is not talking about.  The paragraph's earlier words count (a place named once for
several sentences), and a row whose label names no place is never judged here — nor by its group's place (``I. Tỉnh
Cao Bằng`` over ``Diện tích ngô gãy đổ``): a sentence naming the province's communes (``xã Đức Hạnh, huyện Bảo Lâm``,
xo-mien-nui-phia-bac-dong-loc-nha-toc-mai-2024-04) is about that province, which no rule here can know.
"""

from __future__ import annotations

import re

from service.checker.recognisers.propernames import name_runs, name_written
from service.checker.wording import fmt_row_value
from service.placenouns import COMMUNE, DISTRICT, PROVINCE, alternation, short_forms

#: a place noun and the name after it (the name's run is read by ``name_runs``)
_PLACE_NOUN = re.compile(r"(?<!\w)(?:" + alternation(PROVINCE + DISTRICT + COMMUNE, either_case_first=True) + "|"
                         + short_forms(("thành phố",)) + r")\s+(?=[A-ZĐÂĂÊÔƠƯ])")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def places_named(text: str) -> list[str]:
    """The names the text gives after a place noun (``huyện Thới Bình`` → ``Thới Bình``)."""
    out = []
    runs = name_runs(text)
    for p in _PLACE_NOUN.finditer(text):
        run = next((r for s, r in runs if s == p.end()), None)
        if run:
            out.append(run)
    return out


class PlaceNamed:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``_anchored``, ``_para_start``, ``_result``
    (``check._Checker``)."""

    def _place_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or r.derivation or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.kind not in ("count", "measure"):
                continue
            names = places_named(row.fig.chi_tieu)   # its places, by their nouns: not "Đại hội" (a name, no place)
            if not names:
                continue
            w = self.where[i]
            end = _SENTENCE_END.search(self.text, m.end)
            sentence = self.text[w.sentence:end.start() if end else len(self.text)]
            places = places_named(sentence)
            if not places:
                continue
            before = self.text[self._para_start(w.paragraph):m.num_start]
            if any(name_written(n, sentence) or name_written(n, before) for n in names) \
                    or any(set(p.split()) & set(n.split()) for p in places for n in names):
                # (a word shared: "Thành phố Nam Ðịnh" with an Icelandic Ð, read "Nam", is the row's "Nam Định")
                continue
            v = row.values["ky_bao_cao"]
            self.results[i] = self._result(m, "unsupported", reason=(
                f"Câu này nói về {', '.join(places[:2])}; «{m.raw.strip()}» là số liệu của {row.fig.ma} "
                f"({row.fig.chi_tieu[:70]}) = {fmt_row_value(row, v)}, nơi khác"))
