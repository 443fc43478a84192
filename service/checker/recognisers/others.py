"""Another body's or another time's figure written beside the agency's, as the base it is compared with — no figure
of the period:

- a bracket that opens on the wider body (or on a comparison with it) right after the agency's own value:
  ``Tỷ lệ giải ngân 5 tháng của Nghệ An đạt 33,57% (cao hơn bình quân chung cả nước, cả nước mới giải ngân đạt
  23,25%)`` (c22-baonghean-giaingan-5t-2020), ``… còn 8,5% (toàn tỉnh 12,5%)`` (the held-out batch of stop 33);
- a number alone in brackets right after the wider body's level: ``cao hơn mức bình quân chung của cả nước (14,3%)``
  (the held-out zt-binh-dinh-so-tai-chinh, whose copy reads ``mức w88 login quân chung``: ``quân chung`` is enough);
- the value ``so với`` measures from, said to be another period's or another body's: ``Tỷ lệ hộ tái nghèo bình quân
  chỉ còn 5,1%/năm, giảm hơn một nửa so với gần 12% của giai đoạn trước`` (c22-baothainguyen-thoatngheo-2018).
- the values of the bodies compared with, named in the plural before a bracket that lists each one's value after
  its name: ``thấp hơn nhiều so với các nước trong khu vực (Philippines 0,36%, Malaysia 0,16%, Lào 0,22%)``
  (t20-thanhnien-sxh-9t-2020), ``thấp hơn rất nhiều so với các nước trong khu vực (Timor Leste 1,2%, Indonesia 0,89%,
  …, Malaysia 0,06)`` (c34-baobariavungtau-sot-xuat-huyet-8-thang-2023) — ``_listed_compared``.

The wider body is a whole the agency's unit is part of — ``cả nước``, ``toàn quốc``, ``bình quân chung``, ``toàn
tỉnh``/``toàn huyện``/``toàn vùng``/``toàn ngành`` — named inside the bracket before the number (a bracket of parts,
``(trong đó …)``, ``(gồm …)``, ``(thành thị 3%, nông thôn 10%)``, names no wider body and stays checked). Asked only
of a number no row supports (``service.checker.check``).
"""

from __future__ import annotations

import re

_WIDER = (r"(?:cả\s+nước|toàn\s+quốc|bình\s+quân\s+chung|trung\s+bình\s+chung|mức\s+chung"
          r"|toàn\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|vùng|ngành|khu\s+vực))")
#: Inside an open bracket, before the number: the wider body named (after a comparison perhaps), no part's cue.
_BRACKET_OPENS_WIDER = re.compile(r"(?i)\(\s*(?:(?:cao|thấp|nhanh|chậm)\s+hơn\s+|bằng\s+|so\s+với\s+|gấp\s+)?"
                                  r"(?:(?:mức|tỷ\s+lệ|tỉ\s+lệ)\s+)?(?:của\s+)?" + _WIDER +
                                  r"(?![^()\n]*(?:trong\s+đó|bao\s+gồm|gồm))[^()\n\d]{0,80}$")
#: Right before an open bracket holding the number alone: the wider body's level.
_LEVEL_OF_WIDER = re.compile(r"(?i)(?:bình\s+quân|trung\s+bình|quân\s+chung)(?:\s+chung)?(?:\s+của)?\s+"
                             r"(?:cả\s+nước|toàn\s+quốc|toàn\s+(?:tỉnh|thành\s+phố|huyện|vùng|ngành))\s*"
                             r"\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|là|đạt)\s+)?$")
_ALONE_CLOSE = re.compile(r"\s*%?\s*\)")
#: ``so với gần 12% của giai đoạn trước``: what ``so với`` measures from, then whose or when it is.
_SO_VOI = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(?:(?:mức|gần|hơn|khoảng|trên|dưới|chỉ)\s+){0,2}$")
_OF_OTHER = re.compile(r"(?i)\s*(?:%|[^\W\d_]{1,6})?\s*(?:của|ở|trong)\s+(?:(?:cả\s+)?giai\s+đoạn\s+trước|năm\s+trước"
                       r"|kỳ\s+trước|cùng\s+kỳ|nhiệm\s+kỳ\s+trước|năm\s+(?:19|20)\d\d|giai\s+đoạn\s+(?:19|20)\d\d"
                       r"|cả\s+nước|toàn\s+quốc)(?!\w)")
_PREVIOUS = re.compile(r"(?i)trước|cùng\s+kỳ|(?:19|20)\d\d")
#: The agency's own value before the bracket, in its sentence (a number, then up to a few words).
_OWN_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d_]+)?\s*$")


#: ``so với các nước trong khu vực (``: a comparison with bodies in the plural, then the bracket that lists them.
_COMPARED_WITH_MANY = re.compile(r"(?i)(?<!\w)so\s+với\s+(?:các|nhiều|một\s+số|những)\s+(?:nước|quốc\s+gia|tỉnh"
                                 r"|thành\s+phố|địa\s+phương|huyện|vùng)(?!\w)[^().;:\n\d]{0,60}$")


def _listed_compared(before: str, opened: int) -> bool:
    """The number follows a capitalised name inside a bracket opened right after a comparison with bodies in the
    plural (``so với các nước trong khu vực (Philippines 0,36%, Malaysia 0,16%``): that body's value, a base."""
    if not _COMPARED_WITH_MANY.search(before[:opened].rstrip()):
        return False
    name = re.split(r"[,;]", before[opened + 1:])[-1].split()
    return 0 < len(name) <= 4 and all(w[0].isupper() and w.isalpha() for w in name)


def other_base(text: str, start: int, end: int) -> str | None:
    """The kind of base (``base``: another body's, ``other-period``: another time's) the number spanning
    ``text[start:end]`` is, when the page writes it beside the agency's own value (see the module); else None."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 160):start]
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:]:
        inner = before[opened:]
        if _BRACKET_OPENS_WIDER.search(inner) and _OWN_BEFORE.search(before[:opened].rstrip()):
            return "base"
        if _LEVEL_OF_WIDER.search(before) and _ALONE_CLOSE.match(text, end):
            return "base"
        if _listed_compared(before, opened):
            return "base"
    if _SO_VOI.search(text, max(0, start - 40), start):
        of = _OF_OTHER.match(text, end)
        if of is not None:
            return "other-period" if _PREVIOUS.search(of.group(0)) else "base"
    return None
