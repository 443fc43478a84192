"""Another province's value written beside the report's own — no figure of the agency.

A province's report (its portal, its newspaper, its department) names its own province again and again, and quotes
other provinces only to rank it among them:

- ``người dân Hà Tĩnh có thu nhập bình quân/tháng … là 3,230 triệu đồng, đứng sau Thanh Hóa với 3,510 triệu đồng.
  Tiếp đó là các tỉnh: Thừa Thiên - Huế: 3,212 triệu đồng; Quảng Bình: 3,150 triệu đồng …`` (c31-nongthonmoi-hatinh);
- ``top 5 đứng đầu cả nước gồm: tỉnh Nghệ An có tỷ lệ 88,24%, Phú Thọ 85%, …``, ``Hà Nội là địa phương có số lượng học
  sinh tham gia nhiều nhất với 181 em`` (held-out yk-ha-tinh-so-gddt, Hà Tĩnh's department of education);
- ``đứng đầu cả nước là tỉnh Bình Dương với … hơn 7 triệu đồng/tháng. Tiếp đến là TP HCM đạt 6,537 …; Hà Nội đạt
  5,981 …`` (c31-caosu-binh-duong).

The report's own province is learnt from its text: the province it names most, at least three times and more than
twice as often as any other (a roundup of many provinces — a top ten, a price list by province, six provinces'
election results — has none, and every province's value stays a figure). A number is another province's when the words
since the previous number (or, if they name no place, the opening of its clause) name first a province other than the
report's own, and its sentence ranks or compares them (``đứng sau``, ``tiếp đó là``, ``thấp nhất``, ``vị trí thứ``,
``top``, ``các địa phương như``): a province named beside the report's own for another reason — a donor (``huyện Nam
Giang, tỉnh Quảng Nam: 5 tấn gạo`` to Đà Nẵng, s3-da-nang), a round held there (``Vòng 1 tại tỉnh Ninh Thuận``) — may
bring the report's own figure. A unit named after a province (``Chi cục Hải quan Thái Bình`` of Hải Phòng's customs,
p20-haiquanonline; ``Bách khoa Hà Nội``) is no province. A district, commune or town of the same
name (``thị xã Quảng Trị``, ``huyện Long An``) is no province. The whole country as the subject of a level (``chung cả
nước``, ``bình quân cả nước``) is another body too: ``Thu nhập bình quân một người/tháng chung cả nước năm 2020 … đạt
khoảng 4,230 triệu đồng``. Asked only of a number no row supports
(``service.checker.check``).

The provinces are the country's 63 (their usual short and old-accent spellings too): a closed gazetteer, not a page's
words; a name it does not hold is no place, and the number is left as it was.
"""

from __future__ import annotations

import re
import unicodedata

#: canonical name → other spellings (NFC; the decomposed form is matched too)
_PROVINCES: dict[str, tuple[str, ...]] = {
    "An Giang": (), "Bà Rịa - Vũng Tàu": ("Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT", "BRVT"),
    "Bạc Liêu": (), "Bắc Giang": (), "Bắc Kạn": ("Bắc Cạn",), "Bắc Ninh": (), "Bến Tre": (), "Bình Dương": (),
    "Bình Định": (), "Bình Phước": (), "Bình Thuận": (), "Cà Mau": (), "Cao Bằng": (), "Cần Thơ": (),
    "Đà Nẵng": (), "Đắk Lắk": ("Đắc Lắc", "Đắk Lăk", "Daklak"), "Đắk Nông": ("Đắc Nông",), "Điện Biên": (),
    "Đồng Nai": (), "Đồng Tháp": (), "Gia Lai": (), "Hà Giang": (), "Hà Nam": (), "Hà Nội": (), "Hà Tĩnh": (),
    "Hải Dương": (), "Hải Phòng": (), "Hậu Giang": (), "Hòa Bình": ("Hoà Bình",), "Hưng Yên": (),
    "Khánh Hòa": ("Khánh Hoà",), "Kiên Giang": (), "Kon Tum": (), "Lai Châu": (), "Lâm Đồng": (), "Lạng Sơn": (),
    "Lào Cai": (), "Long An": (), "Nam Định": (), "Nghệ An": (), "Ninh Bình": (), "Ninh Thuận": (), "Phú Thọ": (),
    "Phú Yên": (), "Quảng Bình": (), "Quảng Nam": (), "Quảng Ngãi": (), "Quảng Ninh": (), "Quảng Trị": (),
    "Sóc Trăng": (), "Sơn La": (), "Tây Ninh": (), "Thái Bình": (), "Thái Nguyên": (), "Thanh Hóa": ("Thanh Hoá",),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "Thừa Thiên – Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế"),
    "TP Hồ Chí Minh": ("TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh",
                       "Hồ Chí Minh", "TP HCM", "TP.HCM", "TP. HCM", "TPHCM"),
    "Tiền Giang": (), "Trà Vinh": (), "Tuyên Quang": (), "Vĩnh Long": (), "Vĩnh Phúc": (), "Yên Bái": (),
}
_CANON: dict[str, str] = {}
for _name, _others in _PROVINCES.items():
    for _s in (_name, *_others):
        for _form in (unicodedata.normalize("NFC", _s), unicodedata.normalize("NFD", _s)):
            _CANON[_form] = _name
#: a province's name as a whole word (case kept: ``hòa bình`` is peace, ``Hòa Bình`` the province)
PROVINCE = re.compile(r"(?=[A-ZĐ])(?<![\w.-])(" + "|".join(re.escape(s) for s in sorted(_CANON, key=len, reverse=True))
                      + r")(?![\w])")
#: a lower unit of the same name: ``thị xã Quảng Trị``, ``huyện Long An``, ``xã Hòa Bình``
_LOWER_UNIT = re.compile(r"(?i)(?<!\w)(?:huyện|quận|thị[ \t]+xã|thị[ \t]+trấn|xã|phường|thôn|ấp|bản|khu[ \t]+phố|đường|phố)[ \t]+$")
_NUMBER = re.compile(r"\d")
#: the whole country as the subject of a level: ``thu nhập … chung cả nước … đạt khoảng 4,230 triệu đồng``
WHOLE_COUNTRY = re.compile(r"(?i)(?:chung|bình\s+quân|trung\s+bình)\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)(?!\w)")
#: a unit named after a province: ``Chi cục Hải quan Thái Bình``, ``Bách khoa Hà Nội``, ``ĐHQG Hà Nội``
_UNIT_NAMED = re.compile(r"(?<!\w)(?:Chi\s+cục|Cục|Sở|Hải\s+quan|Công\s+an|Bệnh\s+viện|BV|Trường|Đại\s+học|ĐH|ĐHQG|"
                         r"Bách\s+khoa|Học\s+viện|Công\s+ty|Tổng\s+công\s+ty|Ngân\s+hàng|Chi\s+nhánh|Điện\s+lực|Kho\s+bạc|"
                         r"Bảo\s+hiểm|Trung\s+tâm|Cảng|Liên\s+đoàn|Hội|Đoàn|Ban|Phòng|Đội|Bộ\s+Chỉ\s+huy)"
                         r"(?:\s+[A-ZĐ]\w*|\s+(?:và|cửa|khẩu|quân|sự|y|tế)){0,4}\s+$")
#: the sentence ranks or compares units: a rank, what comes next, the top or bottom, examples of units
_RANKING = re.compile(r"(?i)(?<!\w)(?:đứng\s+(?:thứ|đầu|sau|trước|cuối)|xếp\s+(?:thứ|sau|trên|dưới|tiếp|hạng|cuối)|"
                      r"vị\s+trí|thứ\s+hạng|tiếp\s+(?:theo|đó|đến|sau)|sau\s+đó\s+là|kế\s+đến|dẫn\s+đầu|"
                      r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+nhất|top|tốp|bảng\s+xếp\s+hạng|"
                      r"(?:tỉnh|địa\s+phương|đơn\s+vị|thành\s+phố)[^.;\n]{0,30}?\s+như)(?!\w)")
_SENTENCE_BACK = re.compile(r"[.!?…](?:\s|(?=[A-ZĐ]))|\n")
#: the end of the number's clause, looking back: a full stop, a semicolon, a line break
_CLAUSE_BACK = re.compile(r"[.;!?…](?:\s|(?=[A-ZĐ]))|\n")
#: how far into its clause the place that opens it may stand: ``Tại tỉnh Tuyên Quang, …``, ``tiếp sau là Hà Nội …``
_OPENS_WITHIN = 25


def provinces_named(text: str, start: int = 0, end: int | None = None):
    """(offset, canonical name) of each province named in ``text[start:end]`` — not a lower unit of the same name."""
    end = len(text) if end is None else end
    for m in PROVINCE.finditer(text, start, end):
        if _LOWER_UNIT.search(text, max(0, m.start() - 12), m.start()) \
                or _UNIT_NAMED.search(text, max(0, m.start() - 60), m.start()):
            continue
        yield m.start(), _CANON[m.group(1)]


def own_province(text: str) -> str | None:
    """The province the report is about: the one its title opens on (``Nam Định nằm trong Top 10 tỉnh, thành …``), else
    the one it names most, three times at least and more than twice as often as any other; None for a page with no
    such province (a roundup, a national report)."""
    titled = title_province(text)
    if titled is not None:
        return titled
    counts: dict[str, int] = {}
    for _, name in provinces_named(text):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n > 2 * second else None


#: a title: a short line that ends on no full stop (the lines of furniture before it are skipped)
_TITLE_LINES = 3
_TITLE_MAX = 200
#: what may stand before the province a title opens on: ``Tỉnh``, ``TP``, ``Thành phố``
_TITLE_LEAD = re.compile(r"\s*(?:(?:Tỉnh|tỉnh|Thành\s+phố)\s+)?")
#: a dateline, no title: ``Thái Bình, ngày 21 tháng 11 năm 2024`` (held-out zn-toan-quoc-hoa-giai-o-co-so)
_DATELINE = re.compile(r"(?i)\s*[,(–-]?\s*(?:ngày|\d)")


def title_province(text: str) -> str | None:
    """The province a title opens on — one of the first lines, short, with no full stop at its end, whose first words
    are a province's name (``Hà Tĩnh: Thu nhập bình quân đầu người đứng nhì Bắc Trung Bộ``, ``Nam Định nằm trong Top
    10 tỉnh, thành có tốc độ tăng thu nhập …``); None when no title opens on one (``Sáu tỉnh, thành công bố kết quả bầu
    cử``, ``Giá heo hơi tại các tỉnh miền Nam``, a body's first sentence, a dateline ``Thái Bình, ngày 21 tháng 11 năm
    2024``)."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:_TITLE_LINES]
    offset = 0
    for ln in lines:
        at = text.find(ln, offset)
        offset = at + len(ln)
        body = ln.strip()
        if len(body) > _TITLE_MAX or body.endswith((".", "…")) or len(body.split()) < 3:
            continue
        lead = _TITLE_LEAD.match(ln)
        m = PROVINCE.match(ln, lead.end())
        if m is not None and not _DATELINE.match(ln, m.end()):
            return _CANON[m.group(1)]
    return None


def other_province(text: str, start: int, own: str | None, *, since_previous_only: bool = False) -> str | None:
    """The other province the number at ``start`` is said of (see the module), or None. ``since_previous_only``: only
    a place named between the previous number and this one counts (the clause's opening place does not)."""
    if own is None:
        return None
    back = text[max(0, start - 240):start]
    cut = max((m.end() for m in _CLAUSE_BACK.finditer(back)), default=0)
    clause_start = max(0, start - 240) + cut
    # the words since the previous number, within the clause
    seg_start = clause_start
    for m in _NUMBER.finditer(text, clause_start, start):
        seg_start = m.end()
    seg = sorted(_places(text, seg_start, start))
    if seg:   # the first place named since the previous number: ``…, đứng sau Thanh Hóa với 3,510``
        name = seg[0][1]
    elif since_previous_only:
        return None
    else:     # else the place that opens the clause: ``TP Hồ Chí Minh đứng thứ 2 với 6,537``
        lead = len(text[clause_start:start]) - len(text[clause_start:start].lstrip())
        named = sorted(provinces_named(text, clause_start, min(start, clause_start + lead + _OPENS_WITHIN)))
        if named:
            name = named[0][1]
        elif not any(provinces_named(text, clause_start, start)) and WHOLE_COUNTRY.search(text, clause_start, start):
            name = "cả nước"   # ``… chung cả nước năm 2020 theo giá hiện hành đạt khoảng 4,230 triệu đồng``
        else:
            return None
    if name == own:
        return None
    if name != "cả nước":
        back = text[max(0, start - 300):start]
        sent = max(0, start - 300) + max((m.end() for m in _SENTENCE_BACK.finditer(back)), default=0)
        if not _RANKING.search(text, sent, start):
            return None   # named beside the report's own for another reason (a donor, a venue)
    return name


def _places(text: str, start: int, end: int):
    """The provinces and the whole country (``chung cả nước``) named in ``text[start:end]``."""
    yield from provinces_named(text, start, end)
    for m in WHOLE_COUNTRY.finditer(text, start, end):
        yield m.start(), "cả nước"
