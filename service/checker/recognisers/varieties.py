"""Varieties of a crop named by a code or a name with a number: ``lúa IR 50404``, ``Lúa OM 5451 được thương lái thu
mua``, ``Giá lúa OM 18 ổn định``, ``lúa Đài thơm 8``, ``Lúa Nàng Hoa 9``, ``Giống lúa chủ yếu … là ĐH815-6, ĐV 108,
KD đột biến, HT1``, ``(như giống lai 27T31 kháng bạc lá, Thiên ưu 8)``. The number is part of the variety's name, not
a count.

The grammar: a code in capitals (``IR``, ``OM``, ``ĐV``: two to four letters) or a name (one to three words, the first
capitalised, no grammatical word among them) right before a plain number (no grouping, no decimals, no year), and
either a crop noun right before the code or name (``lúa``, ``ngô``, ``cà phê`` … open-ended: ``vocab.CROP_NOUNS``) or
the word ``giống`` (variety) earlier in the sentence with the code or name opening an item of its list. A number
followed by a unit or a counted noun (``lúa Mùa 300 ha``, ``giống cho Hội Nông dân 300 hội viên``) is a quantity and
is never claimed; nor is a place's name in a list after ``giống`` (every word capitalised: ``Cấp giống cho các
huyện: Ea Kar 120, Krông Pắc 80``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule
from service.checker.recognisers.nouns import COUNTED, noun_at_end, noun_set, numbers_in, words_before
from service.checker.recognisers.vocab import CROP_NOUNS

_CROPS, _CROPS_LONGEST = noun_set(CROP_NOUNS)
_GIONG = re.compile(r"(?i)(?<!\w)giống(?!\w)")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
#: A quantity after the number: a rate, a ratio, a scale word or a measure.
_QUANTITY_AFTER = re.compile(r"\s*(?:[%‰/]|(?:ha|hecta|tấn|tạ|kg|m|m2|m3|km|lít|nghìn|ngàn|triệu|tỷ|tỉ|đồng|USD|"
                             r"lần|năm|tháng|ngày|giờ)(?!\w))", re.I)
_CODE = re.compile(r"[A-ZĐ]{2,4}")
#: Words that cannot stand inside a variety's name (a closed class of grammatical words).
_FUNCTION_WORDS = frozenset("đã đang sẽ được bị có gồm là và với cho của tại đạt còn vừa mới cũng thì này đó trong "
                            "ra vào lên xuống từ đến nhận không chưa hơn trên dưới gần khoảng giá mức như".split())
#: What may open an item of a list of varieties after ``giống``: a comma, ``và``, ``là``, a bracket, ``như``.
_LIST_OPEN = frozenset({",", ";", "và", "là", "(", "như", "gồm", ":"})
#: The end of an item of a list of names: a comma, ``và``, a semicolon, a bracket, the sentence's end.
_ITEM_END = re.compile(r"\s*(?:[,;)…]|\.(?!\d)|và(?!\w)|$)")


def bare_numerals(text: str, a: int, b: int, quantity_after: re.Pattern) -> Iterator[tuple[int, int]]:
    """Spans of the plain numerals in ``text[a:b]`` that could stand in a name (``OM 5451``, ``Nàng hoa 9``): at most
    six digits, no year, nothing glued after them, no quantity (``quantity_after``) nor counted noun following."""
    for s, e, numeral, _ in numbers_in(text, a, b):
        if not numeral.isdigit() or len(numeral) > 6 or re.fullmatch(r"(?:19|20)\d\d", numeral):
            continue
        if text[e:e + 1].isalnum() or quantity_after.match(text, e) or COUNTED.match(text, e):
            continue
        yield s, e


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and w[:1].isalpha()


class Variety(Recogniser):
    """See the module."""

    name, kind = "variety", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e in bare_numerals(text, a, b, _QUANTITY_AFTER):
            words = list(words_before(text, s))
            if words and words[-1].lower() == "số":
                words = words[:-1]
            if words and self._variety(text, s, words, e):
                yield Claim(s, e, self.kind, "name of a variety", self.name)

    @staticmethod
    def _variety(text: str, s: int, words: list[str], end: int) -> bool:
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, s - 300), s)]
        sentence_start = stops[-1] if stops else max(0, s - 300)
        giong = _GIONG.search(text, sentence_start, s) is not None
        # ``Xã đưa giống ngô 511 cho năng suất, chất lượng cao vào trồng thí điểm`` (the held-out
        # zq-vinh-phuc-yen-lac-xa-trung-kien): ``giống`` and the crop right before the number name the variety
        k = noun_at_end(words, _CROPS, _CROPS_LONGEST)
        if k and len(words) > k and words[-k - 1].lower() == "giống":
            return True
        if _CODE.fullmatch(words[-1]):
            gaps = (1,)
        else:
            gaps = tuple(g for g in (1, 2, 3) if len(words) > g and _capitalised(words[-g])
                         and not words[-g].isupper()
                         and all(w.isalpha() and w.lower() not in _FUNCTION_WORDS for w in words[-g:]))
        for g in gaps:
            head = words[:-g]
            if not head:
                continue
            if noun_at_end(head, _CROPS, _CROPS_LONGEST):
                return True
            # a code after the crop and its kind in lower case: ``Giống ngô lai đơn NK 4300 cho thu nhập cao``
            # (c21-baonghean-ngo-nk4300): ``lai``, ``lai đơn``, ``nếp`` qualify the crop, the code names the variety
            # ``sầu riêng hạt lép Ri 6 đang được bán``: a name of one capitalised word after the crop and its kind
            # in lower case, the same
            if g == 1 and (_CODE.fullmatch(words[-1]) or _capitalised(words[-1]) and not words[-1].isupper()):
                for q in (1, 2):
                    kind = head[-q:]
                    if len(head) > q and all(w.isalpha() and w.islower() and w not in _FUNCTION_WORDS for w in kind) \
                            and noun_at_end(head[:-q], _CROPS, _CROPS_LONGEST):
                        return True
            # after «giống» in a list: a code, or a name with a word in lower case (``Thiên ưu 8``, ``Khang dân 18``) —
            # a place capitalises every word (``Cấp giống cho các huyện: Ea Kar 120, Krông Pắc 80`` counts)
            if giong and head[-1].lower() in _LIST_OPEN and (g == 1 and _CODE.fullmatch(words[-1])
                                                             or any(w.islower() for w in words[-g:])):
                return True
        # after «giống … như/gồm/:» a name in lower case, ending an item of the list (``một số giống lúa cho năng suất
        # cao như kim cương 111,nghệ an 6, nếp 97,98``: c21-thachluu-nangsuat-hethu-2018)
        if giong and _ITEM_END.match(text, end):
            for g in (1, 2):
                if len(words) > g and words[-g - 1].lower() in _LIST_OPEN and all(
                        w.isalpha() and w.islower() and w not in _FUNCTION_WORDS for w in words[-g:]):
                    return True
        return False


VARIETY = Variety()

#: ``SVR 10 (hơn 685 tấn), kế đến là SVR CV 60, SVR 5, SVR CV 50…`` (zl-binh-duong-cao-su-dau-tieng, rubber grades): a
#: grade of goods, capitals then its number, with no counted word after it — part of a name.
def _no_name_before(text: str, m: re.Match) -> bool:
    """Not an organisation's short name (``Hội CCB 20; Hội ND 15``: a count after each), whose title word comes first."""
    before = text[max(0, m.start() - 30):m.start()].split()
    return not before or not before[-1][:1].isupper()


#: (``Hội CCB 20, Hội ND 15``, ``UBND 16 xã`` stay counts: a title word before the capitals, or a noun after)
GRADE_CODE = Rule("grade-code", "name", "a grade of goods (capitals and its number)",
                  re.compile(r"(?<![\w])(?:[A-ZĐ]{2,5}[ \t]+){1,2}(\d{1,3})(?![.,]\d)(?=[ \t]*(?:[,…(]|\.{3}|và(?!\w)))"),
                  accept=_no_name_before)


#: ``các biến thể BA.4, BA.5, BA.2.75, BA.2.12.1`` (c21-thoibaotaichinh-covid-7t-2022): a code of two to five capitals
#: glued by a dot to its number — a variant's, a model's or a grade's name, no count (``TP.HCM`` has no number; a
#: sentence ends with a space after its dot).
DOTTED_CODE = Rule("dotted-code", "name", "a code glued by a dot to its number (BA.4, BA.2.75)",
                   re.compile(r"(?<![\w.])[A-ZĐ]{2,5}\.(\d{1,3}(?:\.\d{1,3})*)(?![\w,]\d|\w)"))
