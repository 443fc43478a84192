"""Sports events and records: the distance that names an event (``cự ly 200m``, ``nội dung 50m tự do``, ``chạy việt
dã nam 5km``) and the old record a new result is set against (``23”27 (kỷ lục cũ là 23”30)``).

    … đã phá kỷ lục quốc gia cự ly 200m với thành tích 23”27 (kỷ lục cũ là 23”30). … ở nội dung 50m tự do với thành
    tích 23”43 (kỷ lục cũ 24”51). … phá kỷ lục 200m tự do nữ với thành tích 2’04”95 (kỷ lục cũ 2’07”93). … nội dung
    1.500m tự do nam …                    (c29-thanhnien-vu-thi-huong-pha-ky-luc-200m-dong-nam-a)
    Trên đường chạy 5.000 m nam, VĐV Nguyễn Trung Cường đã giành Huy chương Vàng với thời gian 14 phút 33 giây 54. Kỷ
    lục trước đó là 14 phút 38 giây 92 …  (c29-hatinhtv-vdv-dien-kinh-ha-tinh-pha-2-ky-luc)
    … môn chạy 100m, VĐV Đỗ Tùng Dương …  (c29-baohaiduong-print-chi-linh-nhat-toan-doan-hkpd)
    … chạy việt dã nam 5km, nữ 3km …      (c28-baobinhphuoc-xep-5-17-doan-hoi-thi-the-thao-dtts-2019)

``EVENT_DISTANCE``: a length in metres or kilometres right after the word that names a race or a swim (``cự ly``,
``nội dung``, ``đường chạy``, ``môn chạy``, ``việt dã``, maybe ``chạy`` and ``nam``/``nữ`` between), or right before
a stroke, a hurdle or a relay (``tự do``, ``ngửa``, ``ếch``, ``bướm``, ``hỗn hợp``, ``rào``, ``vượt chướng ngại
vật``, ``tiếp sức``) or the sex of the event (``100m nam``) — the event's name, not what the period did. A length the
period's work made keeps its number: ``đã nâng cấp 200m đường`` (no event word), ``nạo vét 500 m kênh``.

``AGE_GROUP``: the age group of an event written as its bounds right after the event and its sex, without ``nhóm
tuổi``/``lứa tuổi`` (``dates.AGE`` reads those): ``Đơn nữ :16-17, đôi nữ 16-17, đội tuyển nữ 16-17, đôi nữ 14-15``
(c30-nghean24h-da-cau-tre-toan-quoc-2023), as the same sport writes ``Đơn nữ nhóm tuổi 14-15``
(baophutho.vn, 2025-07-28) and table tennis ``đôi nữ nhóm tuổi 22-23``, ``đơn nữ U10-11`` (thethao.sggp.org.vn,
2024-09) — two ages a year or three apart, the event's name, not a count. A count after the sex keeps its numbers:
``nữ 16 - 17 người`` has a noun after it, ``nam 12-25`` is no age group (too wide).

``OLD_RECORD``: the value after ``kỷ lục cũ``, ``kỷ lục trước đó`` (``thành tích cũ``), ``là`` or a colon maybe
between, as the sport writes it (``23”30``, ``2’07”93``, ``14 phút 38 giây 92``, ``13m69``) — the record that stood
before, another time's result. The new result before it keeps its numbers.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: a length in metres or kilometres (``200m``, ``5.000 m``, ``1.500m``, ``5km``)
_LENGTH = r"(\d{1,3}(?:\.\d{3})*|\d+)\s?(?:m|km|mét)(?!\w)"
#: the words that name a race or a swim before its distance
_EVENT = r"(?:cự\s+ly|nội\s+dung(?:\s+chạy|\s+bơi)?|đường\s+chạy|đường\s+đua|môn\s+chạy|môn\s+bơi|chạy\s+việt\s+dã|việt\s+dã)"
#: what follows a distance in an event's name: a stroke, hurdles, a steeplechase, a relay, the sex
_STROKE = (r"(?:tự\s+do|ngửa|ếch|bướm|hỗn\s+hợp|rào|vượt\s+rào|vượt\s+chướng\s+ngại\s+vật|tiếp\s+sức|"
           r"(?:nam|nữ)(?![\w\-]))")

_AFTER_EVENT = re.compile(rf"(?i)(?<!\w){_EVENT}(?:\s+(?:nam|nữ))?\s+{_LENGTH}")
_BEFORE_STROKE = re.compile(rf"(?i)(?<![\w.,])(?<!dài\s)(\d{{1,3}}(?:\.\d{{3}})*|\d+)\s?(?:m|mét)\s+{_STROKE}")
#: the women's or men's distance after the other's: ``nam 5km, nữ 3km``
_PAIRED = re.compile(rf"(?i)(?<!\w){_EVENT}\s+(?:nam|nữ)\s+\d[\d.]*\s?(?:m|km)\s*,\s*(?:nam|nữ)\s+{_LENGTH}")

EVENT_DISTANCE = Rule("event-distance", "name", "the distance that names a race or a swim (cự ly 200m, 50m tự do), "
                      "not a figure", _AFTER_EVENT, _BEFORE_STROKE, _PAIRED,
                      needs=("cự ly", "nội dung", "đường", "chạy", "bơi", "việt dã", "tự do", "ngửa", "ếch", "bướm",
                             "hỗn hợp", "rào", "chướng ngại", "tiếp sức", "m nam", "m nữ"))

#: a result as the sport writes it: ``23”30``, ``2’07”93``, ``14 phút 38 giây 92``, ``13m69``, ``8,25 m``
_RESULT = (r"(\d[\d.,]*(?:\s?(?:[’'′]|[”\"″]|phút|giây|m)\s?\d[\d.,]*)*(?:\s?(?:[”\"″]|giây|m|điểm|kg))?)")
_OLD = re.compile(rf"(?i)(?<!\w)(?:kỷ|kỉ)\s+lục\s+(?:cũ|trước\s+đó|trước\s+đây)(?:\s+là|\s*:)?\s+{_RESULT}")
_OLD_RESULT = re.compile(rf"(?i)(?<!\w)thành\s+tích\s+(?:cũ|trước\s+đó)(?:\s+là|\s*:)?\s+{_RESULT}")

OLD_RECORD = Rule("old-record", "norm", "the record that stood before the new result (kỷ lục cũ là 23”30), not a "
                  "figure of the period", _OLD, _OLD_RESULT, needs=("lục", "thành tích"))

#: the event and its sex before an age group: ``đơn nữ``, ``đôi nam``, ``đội tuyển nữ``, ``đồng đội nam``, ``đôi nam nữ``
_EVENT_SEX = r"(?:đơn|đôi|đội\s+tuyển|đội|đồng\s+đội|nội\s+dung)\s+(?:nam\s+nữ|nam|nữ)"
_AGE_PAIR = re.compile(rf"(?i)(?<!\w){_EVENT_SEX}\s*:?\s*((\d{{1,2}})\s?[-–]\s?(\d{{1,2}}))(?![\d.,]?\d)"
                       r"(?!\s*(?:%|[^\W\d_]))")


def _ages_apart(text: str, m: re.Match) -> bool:
    """Two ages one to three years apart (``16-17``, ``14-15``), children's or youths' (5 to 25)."""
    lo, hi = int(m.group(2)), int(m.group(3))
    return 5 <= lo < hi <= 25 and hi - lo <= 3


AGE_GROUP = Rule("age-group", "name", "the age group that names an event (đôi nữ 16-17), not a figure", _AGE_PAIR,
                 accept=_ages_apart, needs=("nam", "nữ"))
