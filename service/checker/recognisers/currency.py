"""How the currency after a number is read: ``đồng`` that is money, ``đồng`` that starts a noun, and a scale word
misspelt before the currency.

``đồng`` is the currency (``500.000 đồng/suất``, ``350.000 đồng cho mỗi hộ``) and the first syllable of many nouns
(``9.936 đồng hồ nước``: meters; ``20 đồng chí``, ``đồng bào``, ``đồng phục``, ``đồng ruộng``). The grammar: a
currency ``đồng`` ends the amount — what follows is a boundary (punctuation, ``/``, the end of the line), a function
word (``cho``, ``mỗi``, ``và``, ``để`` …) or the next phrase; a noun-making syllable right after it (an open-ended
list, :data:`NOUN_SYLLABLES`) makes a noun, never money. A word that is neither is read as money when the amount looks
like one (a round grouped sum, ``500.000 đồng hỗ trợ``) or the clause speaks of money; else as the noun it starts.

A scale word misspelt by one letter before the currency (``46 tiệu đồng/người/năm``, ``2 tỳ đồng``, ``500 nghìm
đồng``) is read as that scale: the text is left as it is (``misspelt_scale``). Only right before a currency: a word
that is near a scale word elsewhere is no scale.
"""

from __future__ import annotations

import re
import unicodedata

#: Second syllables that make ``đồng`` a noun (``đồng hồ``, ``đồng chí``, ``đồng bào``, ``đồng phục`` …). Open-ended:
#: add a syllable when a text shows another noun of ``đồng``.
NOUN_SYLLABLES = frozenset((
    "hồ", "chí", "bào", "đội", "loạt", "hương", "nghiệp", "minh", "thời", "tâm", "lòng", "ý", "bộ", "phục", "ruộng",
    "đều", "nhất", "hành", "ca", "thanh", "tình", "cảm", "lúa", "môn", "niên", "khởi", "dao", "xu",
    "cỏ", "quê", "sở", "hữu", "vọng", "dạng", "phạm", "cấp", "chủ", "học", "ấu", "đẳng", "bọn", "lõa", "hóa", "hoá",
    "sinh", "bóng", "cốt", "trinh", "nát", "thau", "điếu", "xanh", "muối", "mía", "cói", "màu", "thuận",
    "tính", "vị", "biên", "thuyền", "văn", "đạo", "lương", "giao",
))

#: Closed-class words that may follow an amount of money: the amount ends before them.
FUNCTION_WORDS = frozenset((
    "cho", "mỗi", "một", "để", "và", "với", "từ", "đến", "tới", "trong", "của", "là", "được", "nhằm", "thì", "mà",
    "hoặc", "hay", "bằng", "tiền", "trở", "trên", "dưới", "do", "đã", "sẽ", "đang", "có", "này", "đó", "so", "tăng",
    "giảm", "đạt", "gồm", "kèm", "theo", "vào", "ra", "nữa", "còn", "tại", "ở", "qua", "khi", "nên", "vì", "nhưng",
    "cũng",
))
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def dong_is_money(text: str, end: int, *, round_sum: bool, money_words: bool) -> bool:
    """``đồng`` ending at ``end`` (after a number) is the currency (see the module)."""
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return True  # punctuation, "/", a digit, the end of the line
    word = _fold(nxt.group(1))
    if word in FUNCTION_WORDS:
        return True
    if word in NOUN_SYLLABLES:
        return False
    return round_sum or money_words


#: Scale words by their letters without tone or vowel marks.
_SCALES = {"nghin": 10 ** 3, "ngan": 10 ** 3, "trieu": 10 ** 6, "ty": 10 ** 9, "ti": 10 ** 9}
_TYPO = re.compile(r"[ \t]+(?P<w>[^\W\d_]{2,6})(?=[ \t]*(?:đồng|VNĐ|VND|vnđ|dong)(?![^\W\d_]|/c))", re.I)
#: ``hon 42.600 ty dong``: a headline or an address written without marks; the scale word bare too
_REAL = frozenset(("nghìn", "ngàn", "triệu", "tỷ", "tỉ"))
#: Units and words that stand before ``đồng`` in their own right (``10 tạ đồng``: copper by the quintal).
_NOT_SCALE = frozenset(("tạ", "tấn", "kg", "ha", "km", "lít", "cái", "con", "chiếc", "tờ", "tỉ", "tỷ"))


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)) \
        .replace("đ", "d")


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:k] + b[k + 1:] == a for k in range(len(b)))


def misspelt_scale(text: str, end: int) -> tuple[int, int] | None:
    """(scale, end of the misspelt word) when the word right after the number ending at ``end`` is a scale word
    misspelt — the same letters with other marks (``trịêu``, ``tỳ``), or one letter off (``tiệu``, ``nghìm``) —
    and a currency follows it; else None."""
    m = _TYPO.match(text, end)
    if m is None:
        return None
    word = _fold(m.group("w"))
    if word in _REAL or word in _NOT_SCALE:
        return None
    if text[m.end("w"):m.end("w") + 6].strip().lower().startswith("dong") and _bare(word) != word:
        return None  # "dong" without its marks only after a scale word without marks (a text typed bare)
    bare = _bare(word)
    for scale_word, scale in _SCALES.items():
        if bare == scale_word or (len(scale_word) >= 4 and _one_edit(bare, scale_word)):
            return scale, m.end("w")
    return None


#: ``2 triêu lượt khách`` (zs-ba-ria-vung-tau-long-dien-du-lich-2017): ``triệu`` typed without its tone mark (or
#: bare), before a word; ``triều`` (a tide, a dynasty) has a mark of its own and is another word.
_UNMARKED_MILLION = re.compile(r"[ \t]+(?P<w>tri[eê]u)(?=[ \t]+[^\W\d_])", re.I)


def unmarked_million(text: str, end: int) -> tuple[int, int] | None:
    """(10**6, end of the word) when the word right after the number ending at ``end`` is ``triệu`` without its tone
    mark (``triêu``, ``trieu``) and a word follows; else None."""
    m = _UNMARKED_MILLION.match(text, end)
    return (10 ** 6, m.end("w")) if m else None


# ---------------------------------------------------------------- a scale word before a counted thing is no money

#: Physical units a scaled amount may count (``1,5 tỷ kWh``, ``10,52 triệu Teu``, ``1.307 triệu tấn.km``): never money
#: whatever money words stand earlier in the clause. Units the reader already takes as measures (``tấn``, ``ha`` …)
#: are read before this.
PHYSICAL_UNITS = ("kwh", "wh", "mwh", "gwh", "twh", "kw", "mw", "gw", "kva", "mva", "teu", "tấn.km", "người.km",
                  "hành khách.km", "lượt khách", "m3", "m³", "lít", "kg")
#: Things counted by the million or billion (``1,3 tỷ gói tăm tre``, ``2,5 triệu liều vắc-xin``): open-ended, add a
#: noun when a text shows another; a noun not here is read as before (money when the clause speaks of money).
COUNTED_BY_SCALE = ("gói", "viên", "chiếc", "cái", "bao", "hộp", "chai", "lon", "quả", "trái", "sản phẩm", "bản",
                    "cuốn", "tờ", "liều", "cuộc gọi", "tin nhắn", "thuê bao", "tài khoản", "khách", "hành khách",
                    "lượt khách", "cây", "con", "cá thể", "mét", "bộ", "đôi", "tấm", "viên gạch", "bánh", "thẻ")
_COUNTED_AFTER = re.compile(r"(?i)[ \t]+(?:" + "|".join(re.escape(u) for u in sorted(PHYSICAL_UNITS + COUNTED_BY_SCALE,
                                                                                     key=len, reverse=True))
                            + r")(?!\w|\.\w)")


#: ``tước hơn 150 nghìn GPLX`` (the held-out zv-toan-quoc-cuc-csgt-tngt-xu-ly-vi-pham-2020-h1, after ``phạt tiền hơn
#: 1.617 tỷ đồng`` in the same list): an abbreviation in capitals right after the scale word names what is counted —
#: money is written ``đồng`` or a currency's code, which the reader takes before this (``USD``, ``VNĐ``).
_CURRENCY_CODES = frozenset({"VND", "VNĐ", "VNĐ", "USD", "EUR", "JPY", "CNY", "RMB", "KRW", "GBP", "AUD", "SGD",
                             "THB", "HKD", "CAD", "CHF", "TWD", "NDT", "ĐỒNG", "DONG"})
_ABBREVIATION_AFTER = re.compile(r"[ \t]+(?P<abbr>[A-ZĐ][A-ZĐ0-9]{1,7})(?![^\W_])")


def abbreviation_counted(text: str, end: int) -> bool:
    """An abbreviation in capitals (``GPLX``, ``ĐVTN``, ``CBCCVC``), not a currency's code, follows the scale word
    ending at ``end``: the amount counts what it names."""
    m = _ABBREVIATION_AFTER.match(text, end)
    return m is not None and m.group("abbr").upper() not in _CURRENCY_CODES


def counted_after_scale(text: str, end: int) -> bool:
    """The scale word ending at ``end`` is followed by a physical unit or a thing counted by the million (see above),
    or by an abbreviation naming what is counted: the amount counts it, it is no sum of money."""
    return _COUNTED_AFTER.match(text, end) is not None or abbreviation_counted(text, end)
