"""A movement from one value to another, mixed into the checker (``check._Checker``): the words say the two differ
and which way.

Vietnamese reports write a change over years as its two ends, the old value after ``từ`` and the new one after
``lên`` (up), ``xuống`` / ``xuống còn`` / ``còn`` (down), or after ``đến`` / ``tới`` when a ``tăng`` / ``giảm`` said
just before gives the way:

    … tỷ lệ hộ nghèo giảm nhanh từ 9,94% năm 2010 xuống còn 0,19% năm 2018; thu nhập bình quân của người dân tăng
    từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng vào năm 2018 …  (zy-quang-nam-nui-thanh-xa-tam-nghia-…-2018)

    … diện tích trồng rừng tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019) …  (zo-bac-kan-cho-don-xa-xuan-lac-…)

Each end may be a cell of the table (this period's row and the base year's), so each passes on its own even when one
of them carries the other's value (``từ 0,19% năm 2010 xuống còn 0,19% năm 2018``, ``lên 16,96 … lên 16,96``): the
pair, read together, cannot be right — a movement between two equal values, or against the way its word says
(``lên`` to a smaller value, ``xuống còn`` a larger one), is no movement. Both ends are shown (the words do not say
which end is wrong); the reason names the pair.
"""

from __future__ import annotations

import re
from functools import cached_property

from service.checker.clauses import CLAUSE_END
from service.checker.recognisers.bases import from_value

#: the word that says the way, between the two ends (the last one counts: "giảm xuống còn", "tăng lên")
_WAY = re.compile(r"(?i)(?<!\w)(lên|xuống|còn|thành|đến|tới)(?!\w)")
#: a change's verb said before ``từ`` (for ``từ X đến Y``, ``từ X tăng thành Y``)
_VERB_BEFORE = re.compile(r"(?i)(?<!\w)(tăng|giảm|nâng|hạ)(?!\w)(?![^.;!?\n]*(?<!\w)(?:tăng|giảm|nâng|hạ)(?!\w))")
#: a per-unit tail a mention leaves out (``10,5 triệu đồng/người/năm``): the number's own
_PER_TAIL = re.compile(r"(?:/[^\W\d_]+)*")
_UP, _DOWN = "up", "down"
_VERB_WAY = {"tăng": _UP, "nâng": _UP, "giảm": _DOWN, "hạ": _DOWN}
_WORD_WAY = {"lên": _UP, "xuống": _DOWN, "còn": _DOWN}
_WAY_VN = {_UP: "tăng", _DOWN: "giảm"}
#: kinds of number whose ends can be compared (a count, an amount, a measure, a rate)
_KINDS = ("count", "money", "measure", "percent", "ratio")


#: ``năm 2016, tỷ lệ hộ nghèo dân tộc thiểu số là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1%``
#: (yp-thai-nguyen-ban-dan-toc-tinh-ho-ngheo-dan-toc-thieu-so-2016-2019): the two ends each dated by a year, the
#: first stated (``là``, ``đạt``, ``chiếm``, ``ở mức``) in a clause its year opens, the second after ``đến``/``tới``/
#: ``cuối`` + the later year and a word of the way (``lên``, ``xuống``, ``còn``) — a movement without ``từ``.
_DATED_START = re.compile(r"(?i)(?<!\w)năm\s+(?:19|20)\d\d\b[^.;!?\n\d]{0,80}?(?<!\w)(?:là|đạt|chiếm|ở\s+mức)"
                          r"(?:\s+(?:khoảng|gần|hơn|trên))?\s+$")
_DATED_END = re.compile(r"(?i)^[^.;!?\n\d]{0,20}?(?:đến|tới|cuối)(?:\s+(?:cuối|hết))?\s+năm\s+(?:19|20)\d\d\b"
                        r"[^.;!?\n\d]{0,30}?(?<!\w)(?:lên|xuống|còn)(?:\s+(?:còn|mức))?\s*$")


def _dated_ends(text: str, num_start: int, between: str) -> bool:
    """The number at ``num_start`` and the next one are a movement's ends dated by their years (see above)."""
    return bool(_DATED_START.search(text, max(0, num_start - 120), num_start)) and bool(_DATED_END.match(between))


def number_end(text: str, m) -> int:
    """Where mention ``m``'s number ends, with the per-unit tail the mention leaves out (``10,5 triệu
    đồng/người/năm (năm 2015) lên …``): the number's own words end there."""
    return m.end + len(_PER_TAIL.match(text, m.end).group())


def movements(text: str, mentions: list) -> list[tuple[int, int, str]]:
    """``(i, j, way)`` for each movement ``từ <i> … lên/xuống <j>`` of two figures of one kind and unit: ``i`` where
    it starts (``bases.from_value``), ``j`` the next figure of its sentence (years and dates between are the ends'
    own times: ``(năm 2010)``), ``way`` ``up`` or ``down``."""
    out = []
    for i, m in enumerate(mentions):
        end = number_end(text, m)
        if m.kind not in _KINDS or m.value is None:
            continue
        j = next((k for k in range(i + 1, len(mentions)) if mentions[k].is_figure), None)
        if j is None:
            continue
        n = mentions[j]
        between = text[end:n.num_start]
        if n.kind != m.kind or n.value is None or CLAUSE_END.search(between) or len(between) > 80:
            continue
        if not from_value(text, m.num_start, end) and not _dated_ends(text, m.num_start, between):
            continue
        if m.unit and n.unit and m.unit != n.unit:
            continue
        words = [w.lower() for w in _WAY.findall(between)]
        if not words:
            continue
        way = _WORD_WAY.get(words[-1]) if words[-1] not in ("thành", "đến", "tới") else None
        if way is None or words[-1] == "còn" and "lên" in words:
            verb = _VERB_BEFORE.search(text, max(0, m.num_start - 60), m.num_start) \
                or re.search(r"(?i)(?<!\w)(tăng|giảm)(?!\w)", between)
            way = _VERB_WAY.get(verb.group(1).lower()) if verb else way
        if way is not None:
            out.append((i, j, way))
    return out


def wrong_ends(old, new, way: str) -> str | None:
    """Why ``old`` → ``new`` cannot be a movement ``way`` (equal, or the wrong way), or None."""
    if old == new:
        return "hai số bằng nhau"
    if way == _UP and new < old:
        return "số sau nhỏ hơn số trước"
    if way == _DOWN and new > old:
        return "số sau lớn hơn số trước"
    return None


class Movements:
    """Needs ``text``, ``mentions``, ``results``, ``_result`` (``check._Checker``)."""

    @cached_property
    def _movements(self) -> list[tuple[int, int, str]]:
        """``movements(text, mentions)``, read once per check: the movement pass and the reader of the ends' periods
        (``movementend.MovementEnds``: ``periodrow``, ``Attribution._span_pass``) share it. The passes before the
        first reader settle each mention's kind and value; none after it changes them."""
        return movements(self.text, self.mentions)

    def _movement_pass(self) -> None:
        """Both ends of a movement whose values cannot be its ends (equal, or the wrong way) are shown wrong."""
        for i, j, way in self._movements:
            ri, rj = self.results[i], self.results[j]
            if ri is None or rj is None or ri.is_problem or rj.is_problem \
                    or ri.verdict == "not_a_figure" or rj.verdict == "not_a_figure":
                continue
            a, b = self.mentions[i], self.mentions[j]
            why = wrong_ends(a.value, b.value, way)
            if why is None:
                continue
            lead = self.text.rfind("từ", max(0, a.num_start - 20), a.num_start)
            said = self.text[lead if lead >= 0 else a.num_start:b.end]
            reason = (f"«{' '.join(said.split())}»: câu nói số liệu {_WAY_VN[way]} từ {a.raw.strip()} đến "
                      f"{b.raw.strip()}, nhưng {why}; một trong hai số không đúng — cần đối chiếu với bảng số liệu")
            for k in (i, j):
                m, r = self.mentions[k], self.results[k]
                self.results[k] = self._result(m, "unsupported", reason=reason)
                if r.source:
                    self.results[k].source = r.source
