"""What each one got, said for a whole sentence after ``mỗi``: ``Mỗi hộ được cấp bình quân 40kg gạo, 2 cái soong, nồi
và 2 gói bột ngọt, với tổng trị giá 300.000 đồng`` (zi-cao-bang-bao-tro-nguoi-khuyet-tat-tre-em-tet-2022-01) — amounts
per unit, no figure of a table that keeps the totals.  Asked only of numbers no row supports; the sentence's words
after ``mỗi <noun>`` must not turn to a total (``tổng kinh phí``, ``tổng cộng``, ``toàn tỉnh``).  ``Mỗi`` opens the
sentence: later in one (``thành lập 85 tổ phản ứng nhanh mỗi tổ 02 người …, vận động … được 70.960.000 đồng``) it
governs its own phrase only.  A table that keeps amounts per unit (``Trị giá mỗi phần quà``) checks them as rows."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
_EACH = re.compile(r"\s*(?:[-–•*+]\s*)?(?:Mỗi|MỖI)\s+(?!(?:ngày|tuần|tháng|quý|năm|giờ|buổi|kỳ|đợt)(?!\w))[^\W\d_]+")
#: (opening its sentence; not "Mỗi ngày hải quan thu 1.255 tỷ": an amount per span of time is the scheme's or the day's)
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng\s+(?:kinh\s+phí|số|cộng)|toàn\s+(?:tỉnh|huyện|xã|thành\s+phố|quốc)|cả\s+năm)"
                    r"(?!\w)")
_REACH = 240


def each_governs(text: str, start: int) -> bool:
    """The number at ``start`` stands in a sentence that says what each one (``mỗi …``) got, after that ``mỗi``."""
    lo = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    s = ends[-1].end() if ends else lo
    m = _EACH.match(text, s, start)
    return m is not None and not _TOTAL.search(text, m.end(), start)
