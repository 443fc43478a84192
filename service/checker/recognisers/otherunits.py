"""Another district's or commune's value on a district's or commune's page — no figure of the report's own unit.

A town's page may carry, glued on, an item about ANOTHER unit of the same level: on the Sơn Tây women's union page
``… hiện nay toàn huyện Hoài Đức có 291 tổ phụ nữ tiết kiệm với trên 15.000 thành viên tham gia, tiết kiệm được trên 3
tỷ đồng. Qua đó đã giúp cho 5.600 phụ nữ vay vốn …`` (held-out yu-ha-noi-son-tay: the clerk of Sơn Tây keeps none of
them); a town's news may say ``Cùng thời gian, huyện X …``. Those numbers are the other unit's.

The report's own unit is read from grammar, not from a list of names: the administrative nouns of a district's level
(``huyện``, ``quận``, ``thị xã``, ``thành phố``, ``TP``, ``TX``) and of a commune's (``xã``, ``phường``, ``thị trấn``,
``TT``) followed by a name (capitalised words, or a number: ``Quận 3``, ``Phường 5``). The first unit the text names,
in its opening (``_OPENING`` characters: the title and first sentence), is the own one when the text names it again
(or a title line names it) — one lone mention may be an address; every unit the opening's sentence names beside it is
own too (``xã Phước Hưng, huyện Long Điền``: the commune and its district). A page with no such own unit (a province's
or the country's report: its districts and communes are its parts) is left alone.

The report's OWN parts stay figures: on a district's page its communes (``Mỹ An đạt 14 tiêu chí``, ``xã Bình Hải``)
are a LOWER level, and the clerks keep them (held-out x-tam-duong ``thị trấn Tam Đường với 16 huy chương``,
zp-quang-nam-thang-binh ``xã Bình Hải``). Only a unit of the SAME level as the own one, under another name, is another
unit.

The scope of the other unit: its clause names it as the subject — it is named since the start of the number's
paragraph, it is the last unit of that level named before the number (the own one named again ends it), nothing
ends its clause between (``, còn …``, ``trong khi …``), and it is not the partner or the beneficiary of the own unit's
act (``phối hợp với huyện X``, ``tặng … cho xã Y``). A paragraph that names no unit and no administrative noun at all
before the number (``Hàng năm có 3.550 hội viên …``) continues the paragraph before it.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.recognisers.places import PROVINCE
from service.placenouns import COMMUNE, DISTRICT, alternation, short_forms

#: the administrative nouns, by level (open-ended: what is not here is no unit and the number is left as it was)
_DISTRICT = alternation(DISTRICT) + "|" + short_forms(DISTRICT)
_COMMUNE = alternation(COMMUNE)
#: a unit: its noun and the words after it (its name is read from them: ``_name``)
_UNIT = re.compile(r"(?<![\w.])(?P<noun>(?i:" + _DISTRICT + "|" + _COMMUNE + r"))[ \t]*"
                   r"(?P<words>[^\s,.;:()]+(?:[ \t]+[^\s,.;:()]+){0,3})")
#: a bare administrative noun (no name after it): ``thị xã``, ``toàn huyện``
_ANY_NOUN = re.compile(r"(?i)(?<![\w.])(?:" + _DISTRICT + "|" + _COMMUNE + r")(?!\w)")
#: how far into the text its opening reaches (a title and the first sentence)
_OPENING = 400
#: the unit is the partner, the giver's beneficiary or a venue of the own unit's act, not the clause's subject
_NOT_SUBJECT = re.compile(r"(?i)(?:với|cùng|và|cho|tặng|giúp|đến|về|thăm|kết\s+nghĩa|phối\s+hợp)\s+"
                          r"(?:(?:các|Hội|UBND|Ủy\s+ban|Đảng\s+bộ|Công\s+an|[A-ZĐ]\w*)\s+){0,4}$")
#: what ends the other unit's clause: a contrast opening a clause (``, còn …``, ``trong khi …``)
_CLAUSE_END = re.compile(r"(?i)(?:[,;]\s*còn|(?<!\w)trong\s+khi|(?<!\w)ngược\s+lại)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
#: before the first unit: a higher level acts, or the text speaks of several units (its report is the higher one's)
_HIGHER = re.compile(r"(?i)(?<!\w)(?:tỉnh|toàn\s+quốc|cả\s+nước|(?:các|những|\d+)\s+(?:huyện|quận|thị\s+xã|xã|phường|"
                     r"địa\s+phương|đơn\s+vị))(?!\w)")
#: a title: a short line with no full stop at its end
_TITLE_MAX = 200


#: the body a district's noun may open (``Huyện Đoàn Thọ Xuân``, ``Thành ủy``, ``Huyện hội``): no unit's name
_ORGAN = re.compile(r"(?i)đoàn|ủy|uỷ|hội|đội")


def _name(words: str) -> str:
    """The unit's name among the words after its noun: the capitalised words, or a number (``Quận 3``), up to four;
    '' when the first word is neither (``xã hội``, ``thị xã đã …``)."""
    taken = []
    for w in words.split():
        if not taken and (len(w) > 1 and w.isupper() or _ORGAN.fullmatch(w)):
            break    # an abbreviation (``TT CN``, ``TP HCM``), a body (``Huyện Đoàn``, ``Huyện ủy``): no name read
        if w[0].isupper() or (w.isdigit() and len(w) <= 2 and not taken):
            taken.append(w)
        else:
            break
    return " ".join(taken)


def _level(noun: str) -> str:
    return "commune" if re.fullmatch(r"(?i)" + _COMMUNE, noun.strip()) else "district"


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _units(text: str, start: int = 0, end: int | None = None):
    """(offset, level, name key) of each named unit of a district's or commune's level in ``text[start:end]`` — not
    a province written with ``TP``/``thành phố`` (``TP Hồ Chí Minh``: the provinces' recogniser reads those)."""
    end = len(text) if end is None else end
    for m in _UNIT.finditer(text, start, end):
        name = _name(m.group("words"))
        if name and not (PROVINCE.fullmatch(name) and re.match(r"(?i)TP|thành", m.group("noun"))):
            yield m.start(), _level(m.group("noun")), _key(name), f"{m.group('noun')} {name}"


def own_unit(text: str) -> tuple[str, frozenset[str]] | None:
    """(level, names) of the report's own district or commune (see the module), or None."""
    every = list(_units(text))   # names read on the whole text: a window's end must not cut one (``TP. Đồng Hớ``)
    found = [u for u in every if u[0] < _OPENING]
    if not found:
        return None
    at, level, name, shown = found[0]
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at) if "\n" in text[at:] else len(text)
    line = text[line_start:line_end].strip()
    titled = text[:line_start].count("\n") < 4 and len(line) <= _TITLE_MAX and not line.endswith((".", "…"))
    counts: dict[tuple[str, str], int] = {}
    for _, lv, nm, _ in every:
        counts[lv, nm] = counts.get((lv, nm), 0) + 1
    if not titled and counts[level, name] < 2:
        return None   # a lone mention: maybe an address, not the report's subject
    if _HIGHER.search(text, 0, at) or any(n > counts[level, name] for (lv, nm), n in counts.items()
                                          if lv == level or level == "commune"):
        return None   # a higher level's report (``UBND tỉnh … giao cho các huyện``), or a unit named more often
    # the opening sentence's other units of the same level are own too (``xã A, xã B`` of a joint report)
    m = _SENTENCE_END.search(text, at + len(shown))
    upto = m.end() if m else len(text)
    return level, frozenset({name} | {nm for u_at, lv, nm, _ in every if u_at < upto and lv == level})


def other_unit(text: str, start: int, own: tuple[str, frozenset[str]] | None, *,
               since_previous_only: bool = False) -> str | None:
    """The other district the number at ``start`` is said of (see the module), or None. ``since_previous_only``: only
    a unit named since the previous number counts."""
    if own is None or own[0] != "district":
        return None
    names = own[1]
    lower = _scope_start(text, start)
    if since_previous_only:
        digits = [m.end() for m in re.finditer(r"\d", text[lower:start])]
        lower += digits[-1] if digits else 0
    nouns = list(_ANY_NOUN.finditer(text, lower, start))
    if not nouns:
        return None
    last = nouns[-1]   # the administrative noun named last before the number: the clause's unit
    named = [u for u in _units(text, last.start(), last.end() + 60) if u[0] == last.start()]
    if not named or named[0][1] != "district" or any(named[0][2].startswith(n) for n in names):
        return None   # the own district, a commune (its part), a bare noun (``toàn huyện``: the own one)
    at, _, _, shown = named[0]
    if text[max(0, at - 2):at].strip().endswith("(") or _CLAUSE_END.search(text, at, start) \
            or _NOT_SUBJECT.search(text, max(0, at - 60), at) or _ADDRESS.search(text, max(0, at - 40), at):
        return None   # an address, a contrast since, a partner or a beneficiary
    return shown


#: how many sentences back a subjectless sentence may look for its unit, and how many paragraph breaks it may cross
_BACK_SENTENCES = 4
_BACK_PARAGRAPHS = 1
#: a commune's address: ``xã Lai Hưng, huyện Bàu Bàng``
_ADDRESS = re.compile(r"(?i)(?:xã|phường|thị\s+trấn)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ0-9]\w*){0,3},?\s*$")


def _scope_start(text: str, start: int) -> int:
    """Where the words that may name the number's unit begin: the number's sentence and the sentences before it that
    name no administrative noun (``Qua đó đã giúp cho 5.600 phụ nữ …``), up to ``_BACK_SENTENCES`` of them, crossing
    at most ``_BACK_PARAGRAPHS`` paragraph breaks."""
    at, breaks = start, 0
    for _ in range(_BACK_SENTENCES):
        stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
        line = text.rfind("\n", 0, at) + 1
        begin = max(stops[-1] if stops else 0, line)
        if begin == 0 or _ANY_NOUN.search(text, begin, at):
            return begin
        if begin == line:   # the sentence opens its paragraph: the next step crosses a paragraph break
            breaks += 1
            if breaks > _BACK_PARAGRAPHS:
                return begin
        at = begin
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at > 0 and text[at - 1] in ".!?…":
            at -= 1     # past the stop that ended the sentence before
    return at


def _last_unit(text: str, start: int, end: int, level: str):
    """(offset, name key, the name as written) of the last unit of ``level`` named in ``text[start:end]``, or None."""
    last = None
    for at, lv, name, shown in _units(text, start, end):
        if lv == level:
            last = (at, name, shown)
    return last
