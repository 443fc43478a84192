"""Classifiers of a plain integer already read: anniversaries, years (lunar ones too), lengths of a
period, the size of the area.  Each takes ``(text, mention, before, after)`` — ``before`` is up to 60
characters before the numeral, ``after`` up to 160 after it with blanks collapsed — and re-kinds the
mention when its rule holds (returning True)."""

from __future__ import annotations

import re

from service.checker.recognisers.estimateverb import year_before_predicate
from service.checker.recognisers.vocab import CAN, CHI

_W = r"[^\W\d_]"

#: Events whose year is certain; anniversaries of them are checked by arithmetic.
EVENTS: list[tuple[re.Pattern, int, str]] = [(re.compile(p, re.I), y, n) for p, y, n in [
    (r"thành lập\s+Đảng", 1930, "thành lập Đảng 3/2/1930"),
    (r"sinh\s+(?:của\s+)?(?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác)", 1890, "ngày sinh Chủ tịch Hồ Chí Minh 19/5/1890"),
    (r"Điện\s+Biên\s+Phủ", 1954, "Chiến thắng Điện Biên Phủ 7/5/1954"),
    (r"giải phóng\s+(?:hoàn toàn\s+)?miền Nam", 1975, "giải phóng miền Nam 30/4/1975"),
    (r"thành lập\s+Quân đội nhân dân", 1944, "thành lập QĐND 22/12/1944"),
    (r"Cách mạng tháng Tám|Quốc khánh", 1945, "Cách mạng tháng Tám, Quốc khánh 1945"),
    (r"thành lập\s+Đoàn\s+(?:TNCS|Thanh niên)", 1931, "thành lập Đoàn 26/3/1931"),
    (r"thành lập\s+Hội\s+(?:LHPN|Liên hiệp Phụ nữ)", 1930, "thành lập Hội LHPN 20/10/1930"),
    (r"thành lập\s+Hội\s+(?:CCB|Cựu chiến binh)", 1989, "thành lập Hội CCB 6/12/1989"),
    (r"thành lập\s+Hội\s+Nông dân", 1930, "thành lập Hội Nông dân 14/10/1930"),
    (r"thành lập\s+(?:Mặt trận|MTTQ)", 1930, "thành lập MTTQ 18/11/1930"),
    (r"thành lập\s+Công đoàn", 1929, "thành lập Công đoàn 28/7/1929"),
    (r"thành lập\s+Hội\s+Chữ thập đỏ", 1946, "thành lập Hội Chữ thập đỏ 23/11/1946"),
    (r"Thương binh\s*[-–,]?\s*Liệt s[ĩỹ]|TBLS", 1947, "Ngày Thương binh - Liệt sĩ 27/7/1947"),
    (r"thành lập\s+(?:lực lượng\s+)?(?:Dân quân tự vệ|DQTV)", 1935, "thành lập DQTV 28/3/1935"),
    (r"Toàn quốc kháng chiến", 1946, "Toàn quốc kháng chiến 19/12/1946"),
    (r"thành lập\s+(?:lực lượng\s+)?(?:Bộ đội Biên phòng|BĐBP)", 1959, "thành lập BĐBP 3/3/1959"),
    (r"thành lập\s+(?:lực lượng\s+)?Công an nhân dân", 1945, "thành lập CAND 19/8/1945"),
]]

_ANNIV_AFTER = re.compile(
    r"(?i)^\s+năm\s+(?:ngày\s+)?(?:thành lập|giải phóng|sinh|ngày sinh|chiến thắng|truyền thống|ngày|kỷ niệm|"
    r"cách mạng|khởi nghĩa|toàn quốc|quốc khánh|ký|thực hiện chỉ thị|tái lập|chia tách|hy sinh|mất)")
_ANNIV_BEFORE = re.compile(r"(?i)(?:kỷ niệm|mừng|chào mừng|lễ)\s*(?:lần thứ\s*)?$")
_DATE_RANGE_YEARS = re.compile(r"\d{1,2}/\d{1,2}/((?:1[89]|20)\d\d)\s*[-–]\s*\d{1,2}/\d{1,2}/((?:1[89]|20)\d\d)")


def anniversary(text: str, m, before: str, after: str) -> bool:
    """``93 năm ngày thành lập Đảng (3/2/1930-3/2/2023)``, ``Lễ kỷ niệm 40 năm``: the event's year when known."""
    if not (_ANNIV_AFTER.match(after) or (_ANNIV_BEFORE.search(before) and re.match(r"(?i)\s+năm", after))):
        return False
    m.kind, m.note = "anniversary", "anniversary"
    window = re.split(r"[;,]|\)\s", after, maxsplit=1)[0] + ")"
    rng = _DATE_RANGE_YEARS.search(after[:len(window) + 30])
    if rng:
        m.event_year, m.anniversary_base_year = int(rng.group(1)), int(rng.group(2))
    for pattern, year, name in EVENTS:
        if pattern.search(window):
            m.event_year = m.event_year or year
            m.note = f"anniversary of {name}"
            break
    return True


_YEAR_CUE = re.compile(r"(?i)(?:năm|niên khóa|niên độ|khóa|từ|đến|giai đoạn|nhập ngũ|tuyển quân|mùa|vụ|nhiệm kỳ|"
                       r"học|tết|xuân|cùng\s+kỳ|so\s+với)\s*$")
#: A count is followed by what it counts; a year by anything else — these grammatical words (a closed class).
_FUNCTION_AFTER = frozenset("của và với tại trong đã được là theo nhằm để do cho thì mà nên vì về từ đến nhưng song còn "
                            "hoặc hay khi nhờ bởi như".split())
_LUNAR = re.compile(rf"(?:{'|'.join(CAN)})\s+(?:{'|'.join(CHI)})\s*$")


def year(text: str, m, before: str, after: str) -> bool:
    """``năm 2023``, ``2021-2025``, ``nguồn nhập ngũ 2024.``, ``Xuân Giáp Thìn 2024``: a four-digit year."""
    v = int(m.numeral)
    if not (1900 <= v <= 2100 and len(m.raw) == 4):
        return False
    word_after = re.match(r"\s*(\w)", after)
    next_word = re.match(r"\s*(\w+)", after)
    if _YEAR_CUE.search(before) or _LUNAR.search(before) or re.match(r"\s?[-–]\s?\d", after[:3]) \
            or re.search(r"[-–]\s?$", before) or not word_after or not word_after.group(1).islower() \
            or next_word.group(1).lower() in _FUNCTION_AFTER or year_before_predicate(before, after):   # "của 2016 ước đạt"
        m.kind, m.note = "year", "lunar year" if _LUNAR.search(before) else "year"
        return True
    return False


_PERIOD_AFTER = re.compile(r"(?i)^(?:\s*\+\s*\d+)*\s*(?:tháng|quý|tuần|năm)(?!\w)(?!\s*/)")  # 30 + 40 + 50 năm


#: ``Trong 2 ngày 18 và 19 tháng 6``, ``diễn ra trong 3 ngày (15-17/7)``: the days an event lasted, then which.
_DAYS_NAMED_AFTER = re.compile(r"(?i)^\s*ngày\s*(?:\(\s*)?\d{1,2}\s*(?:,|và|-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*(?:/|tháng\b)")


#: ``Chỉ 3 giờ sau, Công an … đã bắt được đối tượng``, ``sau 2 ngày truy xét``: the time an act took in a story.
_LAPSE_AFTER = re.compile(r"(?i)^\s*(?:giờ|tiếng|phút|ngày)(?:\s+đồng\s+hồ)?\s+sau(?!\w)")
_LAPSE_BEFORE = re.compile(r"(?i)(?<!\w)sau(?:\s+(?:đó|khoảng|chưa\s+đầy|hơn|gần))?\s+$")
_LAPSE_UNIT = re.compile(r"(?i)^\s*(?:giờ|tiếng|phút|ngày)(?!\w)(?!\s*/)")


def period(text: str, m, before: str, after: str) -> bool:
    """``6 tháng đầu năm``, ``10 năm thực hiện``, ``2 tuần``, ``2 ngày 18 và 19 tháng 6``: the length of a period;
    ``3 giờ sau``, ``sau 2 ngày``: the time a story's act took."""
    if _PERIOD_AFTER.match(after) or _DAYS_NAMED_AFTER.match(after):
        m.kind, m.note = "period", "length of a period"
        return True
    if _LAPSE_AFTER.match(after) or (_LAPSE_BEFORE.search(before[-25:]) and _LAPSE_UNIT.match(after)):
        m.kind, m.note = "period", "time a story's act took"
        return True
    return False


_PLACE_BEFORE = re.compile(r"(?i)(?:địa bàn|toàn|của|cả)\s+(?:các\s+)?$")
_PLACE_NOUN = re.compile(r"(?i)^\s*(?:xã|phường|thị trấn|huyện|tỉnh|thôn|ấp|khu phố)\b")


def area_size(text: str, m, before: str, after: str) -> bool:
    """``trên địa bàn 17 xã, thị trấn``: the size of the area, not a figure of the period."""
    if _PLACE_BEFORE.search(before[-20:]) and _PLACE_NOUN.match(after):
        m.kind, m.note = "name", "size of the area (number of communes), not a figure of the period"
        return True
    return False
