"""The length of a line the area or the agency has: a border, a coast, a river — a standing fact, no figure of the
period (``Mường Nhé có 132,164km đường biên giới``, ``tuyến Việt - Lào dài 91,303km``, ``Đơn vị được giao nhiệm vụ
quản lý, bảo vệ tuyến biên giới dài hơn 23 km với 72 cột mốc``). A length of work done in the period (``bê tông hóa
4,8 km``, ``tuyến đường dài 12 km được nâng cấp``, ``tuần tra 1.200 km``) stays a row: a verb of work in the clause
says so."""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_unit_standing

#: Units of length.
_LENGTH = {"km", "m", "ki-lô-mét", "kilômét", "kilomet", "mét", "cây số"}
#: ``dài`` (long) right before the number, a qualifier between (``dài hơn 23 km``, ``dài 134,301 km``).
_LONG = re.compile(r"(?i)(?<!\w)dài\s*(?:khoảng|hơn|trên|gần|chừng|là|:)?\s*$")
#: ``có 132,164km đường biên giới``: ``có`` before the number, a line's noun after its unit.
_HAS = re.compile(r"(?i)(?<!\w)có\s*(?:khoảng|hơn|trên|gần|chừng)?\s*$")
_LINE_AFTER = re.compile(r"(?i)^\s*(?:đường\s+)?(?:biên\s+giới|biên|bờ\s+biển|bờ\s+sông|đường\s+bờ|sông|kênh|"
                         r"đê|tuyến)(?!\w)")
#: The noun a line is named by (``đoạn biên giới``, ``tuyến Việt - Lào``, ``đường biên``).
_LINE_NOUN = re.compile(r"(?i)(?<!\w)(?:đường|tuyến|đoạn|bờ|dải)(?!\w)")
#: Verbs of work done on a line in the period (its length is then what was done).
_WORK = re.compile(r"(?i)(?<!\w)(?:làm|xây|nâng\s+cấp|sửa|cải\s+tạo|bê\s+tông|cứng\s+hóa|cứng\s+hoá|nhựa|mở\s+(?:mới|rộng)|"
                   r"nạo\s+vét|kiên\s+cố|đào|đắp|tuần\s+tra|phát\s+quang|trồng|thi\s+công|hoàn\s+thành|khởi\s+công|"
                   r"đầu\s+tư|lắp|kéo|sạt\s+lở|sạt|hư\s+hỏng|vỡ|khắc\s+phục|dọn|duy\s+tu|đưa\s+vào)")


def line_length(p: Para, i: int, m: Mention) -> bool:
    """``Huyện Mèo Vạc có đường biên dài hơn 40 km`` (t11-meovac-bienphong-2022), ``BĐBP tỉnh Long An quản lý đoạn
    biên giới dài 134,301 km`` (t11-longan-bdbp-2021), ``Mường Nhé có 132,164km đường biên giới … (trong đó tuyến
    Việt - Trung dài 40,861km; …)`` (t11-muongnhe-biengioi-2022): the length of a line the area has — standing."""
    if m.value is None or m.comparison or m.kind != "measure" or (m.unit or "").lower() not in _LENGTH:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    lo, hi = P.clause_start(p.text, start), P.clause_end(p.text, m.end)
    if _WORK.search(p.text[lo:start]) or _WORK.search(p.text[m.end:hi]):
        return False
    before = p.text[max(lo, start - 20):start]
    if not (_LONG.search(before) or _HAS.search(before) and _LINE_AFTER.match(p.text[m.end:])):
        return False
    long_ = _LONG.search(before)
    if long_:     # "tuyến biên giới dài": the line's words before "dài"
        head = p.text[lo:max(lo, start - 20) + long_.start()]
        line = [x.start() for x in _LINE_NOUN.finditer(head)]
        words = P.words_of(head[line[-1]:] if line else head)[:4] if line else P.words_of(head)[-3:]
    else:         # "có 132,164km đường biên giới giáp …": after the unit
        words = P.words_of(p.text[m.end:hi])[:3]
    words = [w for w in words if w[:1].isalpha()]
    label = "Chiều dài " + " ".join(words) if words else "Chiều dài"
    add_unit_standing(p, m, label)
    p.standing_at.add(i)
    p.has_at.add(i)          # "… dài hơn 23 km với 72 cột mốc": what the line carries is standing too
    return True
