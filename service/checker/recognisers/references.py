"""A count that points at things already named, not a new figure.

- ``tỷ lệ hộ nghèo trên địa bàn hai xã này``, ``05 trường hợp nói trên``, ``3 đơn vị trên đã …``: a number, its noun,
  then a demonstrative (``này``, ``đó``, ``ấy``, ``nói trên``, ``kể trên``, ``trên`` closing its phrase) refers back to
  things the text has counted or named already (``back_reference``).
- ``hai xã Thuận Hạnh và Nam Bình``, ``Hai xã thuộc huyện Đắk Song về đích nông thôn mới. Xã Thuận Hạnh và xã Nam
  Bình …``: a count whose members are named right after it, in its sentence or the next (as many names as it counts,
  after the noun it counts), is proven by the text itself (``named_members``): a wrong count no longer matches its
  names and stays flagged.

Both are applied only to a number no row supports: a table that counts it still checks it.
"""

from __future__ import annotations

import re

_W = r"[^\W\d_]"
#: Words that end a noun phrase: the demonstrative cannot be reached across them (``100 hộ trong đó``).
_STOP = ("trong", "của", "với", "và", "ở", "tại", "từ", "đến", "cho", "như", "là", "có", "được", "bởi", "theo", "sau",
         "trước", "thì", "mà", "đã", "đang", "sẽ", "bị", "về", "hoặc", "hay", "nhưng", "cả", "ra", "vào", "lên", "số",
         # a connective "bên cạnh đó" (besides) opening the next clause, as "sau đó" (then): no demonstrative of the
         # amount before it ("thuốc cấp trị giá hơn 280 triệu đồng bên cạnh đó hội cũng đã vận động",
         # xg-tay-ninh-tan-bien; "dưới BĐ1 là 0,7 m sau đó xuống", sweep c28-cand-lu-len-nhanh-song-thao-song-lo)
         "bên cạnh")
_STOP_RX = "(?:" + "|".join(_STOP) + r")(?!\w)"
#: ``trên`` is a demonstrative only when it closes its phrase (``3 đơn vị trên,``); ``5 xã trên địa bàn`` is a place.
_DEMONSTRATIVE = re.compile(
    r"[ \t]+(?:(?!" + _STOP_RX + r")" + _W + r"+[ \t]+){1,3}?(?:này|đó|ấy|nói[ \t]+trên|kể[ \t]+trên|"
    r"trên(?=[ \t]*(?:[,.;:)]|$|(?:đã|đều|đạt|được|là|có|cũng|vẫn|sẽ|đang|nay)(?!\w))))(?!\w)", re.I | re.M)


def back_reference(text: str, end: int, unit_read: bool = False) -> bool:
    """The number ending at ``end`` and its noun are followed by a demonstrative (see the module). ``unit_read``: the
    number's unit is part of it already (a measure or an amount: ``Lô hàng sầu riêng đông lạnh 22 tấn này``), so the
    demonstrative may follow at once."""
    return _DEMONSTRATIVE.match(text, end) is not None or unit_read and _RIGHT_AFTER.match(text, end) is not None


_RIGHT_AFTER = re.compile(r"[ \t]+(?:này|đó|ấy|nói[ \t]+trên|kể[ \t]+trên)(?!\w)", re.I)
_NOUN = re.compile(r"[ \t]+(" + _W + r"+)")
_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]" + _W + r"*(?:[ \t]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]" \
        + _W + r"*)*"
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def named_members(text: str, end: int, value) -> bool:
    """The number ending at ``end`` counts ``value`` (two or more) things of its noun that are named right after it, in
    its sentence or the next: ``<noun> A và B``, ``<noun> A, <noun> B và <noun> C`` (see the module)."""
    if value is None or value != int(value) or not 2 <= value <= 12:
        return False
    nm = _NOUN.match(text, end)
    if nm is None:
        return False
    noun = re.escape(nm.group(1))
    item = r"(?:(?i:" + noun + r")[ \t]+)?(" + _NAME + r")"
    listed = re.compile(r"(?<!\w)(?i:" + noun + r")[ \t]+(" + _NAME + r")((?:[ \t]*,[ \t]*" + item + r")*[ \t]*(?:,[ \t]*)?"
                        r"và[ \t]+" + item + r")")
    stop = _SENTENCE_END.search(text, nm.end())
    if stop is not None:
        nxt = _SENTENCE_END.search(text, stop.end())
        stop = nxt.start() if nxt else len(text)
    else:
        stop = len(text)
    for m in listed.finditer(text, end, min(stop, end + 400)):
        names = 1 + len(re.findall(r"(?:,|và)[ \t]+" + item, m.group(2)))
        if names == value:
            return True
    return False
