"""One incident's particulars cited in a report of a period's incidents — its dead, its area, its rooms — are no
figures of the period: the period's are its totals (``xảy ra 3.922 vụ cháy``).

    … toàn quốc xảy ra 3.922 vụ cháy, làm chết 103 người, …
    Cháy nhà trọ ở Trung Kính, Hà Nội khiến 14 người tử vong: Vào khoảng 0h46', ngày 24/5, xảy ra vụ cháy nhà tại địa
    chỉ … Vụ cháy khiến 14 người tử vong, 3 người bị thương, …
    Ngôi nhà xảy ra cháy … diện tích khoảng 150m² … 205m² … 55m² … 7 người và có 17 người … 13 phòng cho thuê. … Ngày
    25/5/2024, … trong vụ cháy nhà trọ ở Trung Kính khiến 14 người tử vong, 3 ngư        (c25-vovgov-chay-no-nam-2024)
    … cả nước xảy ra 873 vụ cháy nổ, … Điển hình gần đây nhất là vụ cháy bar ở Zone 9 (Hà Nội) vào ngày 19/11 khiến 6
    nạn nhân thiệt mạng … Hỏa hoạn xảy ra chiều 29/7/2011 tại một xưởng …, khiến 13 người thiệt mạng, hơn 25 người bị
    thương.                                                                    (c25-giadinh-chay-no-han-xi-2011)
    … trong tháng đã xảy ra 4 vụ cháy lớn, điển hình: Vụ cháy Công ty … ngày 19/02/2023, làm cháy khoảng 800m2 nhà
    xưởng; Vụ cháy kho gỗ xảy ra ngày 25/02/2023 … làm cháy khoảng 1.500m2; …
                                                              (ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03)

``incident_particulars(text, start)``: the page counts incidents somewhere (``N vụ cháy``, ``N vụ tai nạn``: a report
of a period's incidents), and the number stands in a clause — or a paragraph — that names one incident (``vụ cháy``,
``hỏa hoạn``, ``đám cháy`` with no number or plural word before it), dates it to a day or an hour (``ngày 24/5``,
``chiều 29/7/2011``, ``0h46'``), and counts no incidents itself. A page that is a list of single incidents (no count
of incidents anywhere) keeps their particulars as its figures. Asked only of a number no row is about
(``check._said_of_something_else``): a table that keeps the incident's row still checks it.
"""

from __future__ import annotations

import re

from service.checker.recognisers.examplecase import example_case, paragraph_at

_KINDS = r"cháy(?:\s+nổ)?|nổ|hỏa\s+hoạn|hoả\s+hoạn|tai\s+nạn|sập|đắm|lật|ngộ\s+độc|đuối\s+nước|sạt\s+lở"
#: a count of incidents: the period's total (``3.922 vụ cháy``, ``hơn 300 vụ cháy``, ``4 vụ cháy lớn``)
_COUNTED = re.compile(rf"(?i)(?<![\w.,])\d[\d.]*\s+vụ\s+(?:{_KINDS})(?!\w)")
#: one incident named: ``vụ cháy``, ``Hỏa hoạn``, ``đám cháy`` — not after a number or a plural word
#: (``vụ nghi ngộ độc do uống rượu``, sggp.org.vn 2025; ``vụ nghi ngộ độc thực phẩm gây tử vong ở Sơn La``,
#: nhandan.vn: one incident, its cause only suspected)
_ONE = re.compile(rf"(?i)(?<!\w)(?:vụ\s+(?:nghi\s+(?:là\s+)?)?(?:{_KINDS})|hỏa\s+hoạn|hoả\s+hoạn|đám\s+cháy|"
                  r"(?:ngôi\s+nhà|căn\s+nhà|nhà|nơi)\s+xảy\s+ra\s+cháy|"
                  # "Ngày 1-11, karaoke 68 Trần Thái Tông, … cháy làm 13 người tử vong" (cand.com.vn, 2016): a place
                  # burnt, and what it caused — one fire, its day the clause's
                  r"cháy\s+(?:làm|khiến|gây)(?:\s+cho)?)(?!\w)")
#: a paragraph that speaks of a period (``trong tháng``, ``từ đầu năm``, ``6 tháng đầu năm``) is the period's
_PERIOD = re.compile(r"(?i)(?<!\w)(?:trong\s+(?:tháng|năm|quý|kỳ)|từ\s+đầu\s+năm|tính\s+chung|lũy\s+kế|luỹ\s+kế|"
                     r"\d+\s+tháng\s+(?:đầu|cuối|qua))(?!\w)")
_FIRST_STOP = re.compile(r"[.!?](?=\s|$)")
_PLURAL_BEFORE = re.compile(r"(?i)(?:\d[\d.,]*|các|những|nhiều|mỗi|số|hàng\s+chục|hàng\s+trăm|một\s+số|tổng\s+số)\s+$")
#: the incident dated to a day or an hour
_DAY = re.compile(r"(?i)(?<!\w)(?:ngày|sáng|chiều|tối|trưa|đêm|rạng\s+sáng|hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}"
                  r"|(?<![\w.,])\d{1,2}h\d{0,2}(?:['’]|\b)")
#: a clause ends at a full stop, a semicolon, a line, or the colon after ``điển hình``
#: (not the dot of ``tp.``, ``tx.``, ``p.``, ``q.`` before a place's name)
_CLAUSE_END = re.compile(r"(?<![Tt][Pp])(?<![Tt][Xx])(?<!\s[PpQq])[.!?](?=\s|$)|;|\n|(?i:điển\s+hình)\s*(?:là|như)?\s*:")


#: a clause that opens on an example: ``Điển hình là vụ cứu 9 người bị thương và đưa 3 người chết ra ngoài trong vụ
#: sập nhà dân ở huyện Dĩ An`` (yf-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-2010-9t), ``Điển hình như vụ …``: the
#: incident it names is one cited, dated or not
_EXAMPLE = re.compile(r"(?i)\s*(?:[-–•+]\s*)?(?:điển\s+hình|cụ\s+thể)(?:\s+(?:gần\s+đây(?:\s+nhất)?|nhất))?"
                      r"\s+(?:là|như)(?!\w)")


def _one_incident(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` names one incident, dates it (or cites it as an example), and counts none."""
    if _COUNTED.search(text, a, b) or not (_DAY.search(text, a, b) or _EXAMPLE.match(text, a)):
        return False
    return any(not _PLURAL_BEFORE.search(text, max(a, m.start() - 20), m.start()) for m in _ONE.finditer(text, a, b))


def _clause(text: str, start: int) -> tuple[int, int]:
    a = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    m = _CLAUSE_END.search(text, start)
    return a, (m.start() if m else len(text))


def _previous_paragraph(text: str, pa: int) -> tuple[int, int] | None:
    """The last paragraph with words before the one opening at ``pa``."""
    i = pa - 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i <= 0:
        return None
    return paragraph_at(text, i - 1)


def _tells_one_incident(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a paragraph about one incident: dated, counting none, speaking of no period, naming one."""
    if _COUNTED.search(text, a, b) or _PERIOD.search(text, a, b) or not _DAY.search(text, a, b):
        return False
    return any(not _PLURAL_BEFORE.search(text, max(a, m.start() - 20), m.start()) for m in _ONE.finditer(text, a, b))


def _continues_incident(text: str, pa: int, pb: int) -> bool:
    """The paragraph ``text[pa:pb]`` goes on telling the incident the paragraph before it told: ``Ngày 10-1, … điều tra
    làm rõ vụ nghi ngộ độc do uống rượu khiến 1 người tử vong …`` then ``Theo đó, vào trưa 9-1, tại một gia đình ở
    thôn Trại Lốc … có 6 người ăn cơm …`` (sggp.org.vn, 2025); ``… vụ ngộ độc tập thể này xảy ra tại địa phương …``
    then ``Theo đó, chiều 8.10, chị … mời anh em …`` (thoimoi.vn). It is dated to a day or an hour itself, speaks of
    no period and counts no incidents (``* Tại buổi tổng kết … trong năm 2024, … 131 vụ ngộ độc`` is the period's)."""
    if _COUNTED.search(text, pa, pb) or _PERIOD.search(text, pa, pb) or not _DAY.search(text, pa, pb):
        return False
    prev = _previous_paragraph(text, pa)
    return prev is not None and _tells_one_incident(text, *prev)


def incident_particulars(text: str, start: int) -> bool:
    """The number at ``start`` is one incident's particular in a report of a period's incidents (see the module)."""
    if example_case(text, start):   # one case cited after the period's count of cases (``bắt 6 vụ``, then an example)
        return True
    if not _COUNTED.search(text):
        return False
    a, b = _clause(text, start)
    if _one_incident(text, a, b):
        return True
    # the paragraph opens on one incident (``Ngôi nhà xảy ra cháy là …``) and speaks of no period: all of it is the
    # incident's (its house's size, its tenants, the charges brought)
    pa, pb = paragraph_at(text, start)
    if _continues_incident(text, pa, pb):
        return True
    if _COUNTED.search(text, pa, pb) or _PERIOD.search(text, pa, pb) or not _DAY.search(text, pa, pb):
        return False
    first = _FIRST_STOP.search(text, pa, pb)
    fb = first.end() if first else pb
    return any(not _PLURAL_BEFORE.search(text, max(pa, m.start() - 20), m.start()) for m in _ONE.finditer(text, pa, fb))
