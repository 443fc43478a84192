"""One case told as an example after the period's count of cases — its suspects, its drugs, its seized items — is no
figure of the period: the period's are the count (``bắt 6 vụ, thu gần 400 gam hê-rô-in``).

    Các chiến sĩ Biên phòng đã bắt 6 vụ, thu gần 400 gam hê-rô-in …
    Điển hình là: Trong khi làm nhiệm vụ tuần tra … phát hiện hai đối tượng … 120 gam hê-rô-in và 5 viên hồng phiến.
    … Lâm Tài Vững, sinh năm 1974, quê xã Xuân Bái, …
    * Ngày 19-3, đồn biên phòng cửa khẩu Tây Trang … bắt quả tang Vừ A Me, … trú tại Sơn Tống, … 150 gam hê-rô-in.
                                                                          (c49-qdnd-bien-phong-bat-6-vu-ma-tuy)
    Năm 2019, Cục Cảnh sát điều tra tội phạm về ma túy … phát hiện và bắt giữ 86 vụ, 283 đối tượng; …
    Ngày 16/9/2019, tại chợ đêm Kỳ Lừa …, lực lượng chức năng đã bắt quả tang đối với Lê Hồng Phong (SN 1963, trú tại
    Chiềng Sơn, …) với 60 bánh heroin có tổng trọng lượng 21kg.        (c34-baosuckhoecongdong-ma-tuy-2019)

``example_case(text, start)``: by grammar, not by kind of crime —
- the page counted cases BEFORE the number's paragraph: an officer's verb and a number of ``vụ`` (``bắt 6 vụ``,
  ``bắt giữ 86 vụ``, ``khởi tố, bắt 103 vụ``, ``phát hiện 12 vụ``): a report of a period's cases, then its examples;
- the number's paragraph OPENS on an example (``Điển hình là:``, ``Điển hình như``, ``Cụ thể:``) or on a day
  (``* Ngày 19-3,``, ``Ngày 16/9/2019,``, ``Sáng 2/2,``);
- it tells ONE case: a person given with birth year, age or address (``sinh năm 1974``, ``SN 1963``, ``trú tại``,
  ``45 tuổi``) or caught in the act (``bắt quả tang``);
- it counts no cases itself (``Cụ thể, đã xử phạt vi phạm hành chính 13 vụ`` is the period's breakdown) and speaks of
  no period (``từ đầu năm``, ``trong tháng``).
A page that leads with one case and counts the period's cases only after it (``bắt quả tang 5 đối tượng`` … ``từ đầu năm
đến nay, đơn vị đã bắt 11 vụ``, p27-hatinh24h-danhbac-none) keeps the case's particulars as its figures: the case is
its subject. Asked only of a number no row is about (through ``incidents.incident_particulars``).
"""

from __future__ import annotations

import re

#: the period's count of cases: an officer's verb, then ``N vụ`` (``bắt 6 vụ,``, ``bắt giữ 5 vụ, với 6 đối tượng``)
_CASES_COUNTED = re.compile(r"(?i)(?<!\w)(?:bắt(?:\s+giữ)?|phát\s+hiện|khám\s+phá|triệt\s+phá|khởi\s+tố|xử\s+lý)"
                            r"(?:\s+(?:được|thành\s+công))?\s+(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+vụ(?!\w)")
#: any count of cases in a paragraph (``13 vụ``, ``2 vụ án``): the paragraph is then the period's
_ANY_CASES = re.compile(r"(?i)(?<![\w.,])\d[\d.]*\s+vụ(?!\w)")
#: the paragraph opens on an example or on a day (a bullet or a dash may come first)
_OPENS = re.compile(r"(?i)[\s*\-–•+]*(?:(?:điển\s+hình|cụ\s+thể)(?:\s+(?:là|như))?\s*[:,]?"
                    r"|(?:vào\s+)?(?:khoảng\s+\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút\s*)?,?\s*)?"
                    r"(?:ngày|sáng|chiều|tối|trưa|đêm|rạng\s+sáng|hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})(?!\w)")
#: one case: a person's birth year, age or address, or a catch in the act
_ONE_CASE = re.compile(r"(?i)(?<!\w)(?:sinh\s+năm\s+\d{4}|SN\s*:?\s*\d{4}|\d{1,3}\s+tuổi|trú\s+(?:tại|quán|ở)|"
                       r"bắt\s+quả\s+tang)(?!\w)")
#: a paragraph speaking of a period is the period's
_PERIOD = re.compile(r"(?i)(?<!\w)(?:trong\s+(?:tháng|năm|quý|kỳ|tuần|đợt)|từ\s+đầu\s+(?:năm|tháng|quý)|tính\s+chung|"
                     r"lũy\s+kế|luỹ\s+kế|\d+\s+tháng\s+(?:đầu|cuối|qua))(?!\w)")


def paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between line breaks) holding ``at``: its start and its end."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return a, (b if b >= 0 else len(text))


def example_case(text: str, start: int) -> bool:
    """The number at ``start`` is a particular of one case cited after the period's count of cases (see the module)."""
    pa, pb = paragraph_at(text, start)
    if not _CASES_COUNTED.search(text, 0, pa):
        return False
    if not _OPENS.match(text, pa):
        return False
    return bool(_ONE_CASE.search(text, pa, pb)) and not _ANY_CASES.search(text, pa, pb) \
        and not _PERIOD.search(text, pa, pb)
