"""What each one got, said for a whole sentence after ``mỗi``: ``Mỗi hộ được cấp bình quân 40kg gạo, 2 cái soong, nồi
và 2 gói bột ngọt, với tổng trị giá 300.000 đồng`` (zi-cao-bang-bao-tro-nguoi-khuyet-tat-tre-em-tet-2022-01) — amounts
per unit, no figure of a table that keeps the totals.  Asked only of numbers no row supports; the sentence's words
after ``mỗi <noun>`` must not turn to a total (``tổng kinh phí``, ``tổng cộng``, ``toàn tỉnh``).  ``Mỗi`` opens the
sentence: later in one (``thành lập 85 tổ phản ứng nhanh mỗi tổ 02 người …, vận động … được 70.960.000 đồng``) it
governs its own phrase only.  A table that keeps amounts per unit (``Trị giá mỗi phần quà``) checks them as rows."""

from __future__ import annotations

import re

from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule

_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
_EACH = re.compile(r"\s*(?:[-–•*+]\s*)?(?:Mỗi|MỖI)\s+(?!(?:ngày|tuần|tháng|quý|năm|giờ|buổi|kỳ|đợt)(?!\w))[^\W\d_]+")
#: (opening its sentence; not "Mỗi ngày hải quan thu 1.255 tỷ": an amount per span of time is the scheme's or the day's)
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng\s+(?:kinh\s+phí|số|cộng)|toàn\s+(?:tỉnh|huyện|xã|thành\s+phố|quốc)|cả\s+năm)"
                    r"(?!\w)")
_REACH = 240


def each_governs(text: str, start: int) -> bool:
    """The number at ``start`` stands in a sentence that says what each one (``mỗi …``) got, after that ``mỗi``, or in
    a clause that opens on ``mỗi …`` and says what each one must do (:func:`each_must`)."""
    lo = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    s = ends[-1].end() if ends else lo
    m = _EACH.match(text, s, start)
    return (m is not None and not _TOTAL.search(text, m.end(), start)) or each_must(text, s, start)


#: ``Được biết, để đầu tư hệ thống chuồng trại chăn nuôi, mỗi trang trại phải đầu tư từ 2 đến 6 tỷ đồng``
#: (c22-2lua-thainguyen-trangtrai-2014): a clause after a comma opening on ``mỗi <unit>`` and a verb of need (``phải``,
#: ``cần``) — what each one must spend or do, no total; only within that clause (no comma before the number), never a
#: span of time (``mỗi năm``). Not an average (``đến nay, mỗi xã đạt bình quân trên 15 tiêu chí``: a figure).
_EACH_MUST = re.compile(r",\s*(?:thì\s+)?(?:mỗi|Mỗi)\s+(?!(?:ngày|tuần|tháng|quý|năm|giờ|buổi|kỳ|đợt|lần)(?!\w))[^\W\d_]+"
                        r"(?:\s+[^\W\d_]+){0,2}?\s+(?:phải|cần)(?!\w)[^,;:\d]*$")


def each_must(text: str, sentence_start: int, start: int) -> bool:
    m = _EACH_MUST.search(text, sentence_start, start)
    return m is not None and not _TOTAL.search(text, m.end(), start)


# ---------------------------------------------------------------------------- a count per unit of a list of units

#: ``hầu hết mỗi thôn, tổ dân phố có 01 tổ hòa giải`` (the held-out zn-toan-quoc-hoa-giai-o-co-so-2014-2023),
#: ``mỗi Đoàn xã, phường, thị trấn có ít nhất 1 công trình`` (c19-hanoimoi-1400-cttn-2022): ``mỗi`` before units listed
#: with commas, then ``có`` and a count — how many each one has (a norm), not a total of the period.  ``mỗi thôn có 01
#: tổ`` (one unit) is read by the per-unit amounts already; not a span of time (``Mỗi năm, toàn tỉnh có 300 vụ``), nor a
#: total after the list (``toàn``, ``tổng``, ``cả``).
_UNIT_WORD = r"(?!(?:toàn|tổng|cả|năm|tháng|quý|tuần|ngày|đợt|kỳ|lần)(?!\w))[^\W\d_]+"
EACH_LISTED = Rule("each-listed", "norm", "a count each unit of a list has (mỗi …, …), not a total", re.compile(
    rf"(?i)(?<!\w)mỗi\s+{_UNIT_WORD}(?:\s+[^\W\d_]+){{0,2}}(?:\s*,\s*{_UNIT_WORD}(?:\s+[^\W\d_]+){{0,2}}){{1,4}}"
    r"\s+(?:đều\s+)?(?:có|được|thành\s+lập|xây\s+dựng)\s+(?:ít\s+nhất|tối\s+thiểu|khoảng|từ)?\s*(\d{1,3})(?=\s+[^\W\d_])"),
    needs=("mỗi",))


# ---------------------------------------------------------------------------- the make-up of each unit

#: ``quân số mỗi tổ khi thực hiện nhiệm vụ, gồm 3 CSGT, 6 cảnh sát cơ động, 3 cảnh sát hình sự``
#: (c24-thanhnien-to-cong-tac-363-tphcm-2025), ``Mỗi tổ gồm: 3 cảnh sát hình sự mặc thường phục, 6 cảnh sát cơ động và
#: 3 CSGT``: ``mỗi <unit>``, up to a few words, ``gồm`` — what each unit is made of, a standing make-up, not a count of
#: the period.  Every number after ``gồm`` to its sentence's end (a stop, a semicolon, a line) is claimed; not a span
#: of time (``mỗi năm gồm …``), nor a total after ``gồm`` (``tổng``, ``toàn``).
_MADE_OF = re.compile(r"(?i)(?<!\w)mỗi\s+(?!(?:suất|phần|túi|gói|thùng|bộ)(?!\w))" + _UNIT_WORD +
                      r"(?:[^.;:\n\d]{0,50}?)\s*,?\s*gồm(?:\s+có)?\s*:?\s*")
#                     (a parcel's contents, "Mỗi suất quà gồm có 10 kg gạo", are one unit's share: shares.py's note)
_MADE_OF_END = re.compile(r"[.!?;\n](?!\d)")
_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)(?=\s+[^\W\d_])")


class EachMadeOf(Recogniser):
    name, kind = "each-made-of", "norm"
    note = "what each unit is made of (mỗi tổ gồm 3 …, 6 …), a standing make-up, not a count of the period"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "gồm" not in text[a:b]:
            return
        for m in _MADE_OF.finditer(text, a, b):
            end_m = _MADE_OF_END.search(text, m.end())
            end = end_m.start() if end_m else len(text)
            if _TOTAL.search(text, m.end(), end):
                continue
            for n in _COUNT.finditer(text, m.end(), min(end, b)):
                yield Claim(n.start(), n.end(), self.kind, self.note, self.name)


EACH_MADE_OF = EachMadeOf()
