"""The count of the reporters a statement rests on: ``theo báo cáo của 63 sở LĐTBXH các tỉnh, thành phố`` (a
directorate's year, held-out xm-toan-quoc-tong-cuc-gdnn-tot-nghiep-viec-lam-2018, twice), ``theo báo cáo của 63 tỉnh,
thành phố, tính đến 18h00`` (an election council's bulletin, sweep p37-hoidongbaucu-cutri-17h-2016-05), ``tổng hợp từ
63 tỉnh thành cho thấy`` (c29-viettimes-tag-bau-cu-quoc-hoi-gan-96-cu-tri), ``Theo tổng hợp báo cáo từ 34 địa phương``
(p18-vietnamplus-xoanhatam-2025-08).

The grammar: a source cue — ``theo``/``qua``/``căn cứ`` before a report (``báo cáo``, ``thống kê``, ``tổng hợp``,
``số liệu``), or ``tổng hợp`` itself — then ``của``/``từ`` and a bare number before a noun. The number says from how
many bodies the figures were gathered: it names the statement's source, no figure of the period, whatever the noun
(no list of bodies is needed).

Kept as figures: a share of the reporters (``Theo báo cáo của 50/63 tỉnh/thành``: how many answered is a rate the
table may keep), an amount (``tổng hợp từ 3 triệu phiếu``, ``số liệu từ 2 tấn``: a scale or a unit of measure), a
number the cue does not lead to (``theo thống kê của Ban An toàn giao thông tỉnh, 6 tháng đầu năm``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser
from service.figures.units import measure_symbol
from service.numwords import SCALES

#: the report a figure is taken from (open-ended: a report, a count, a compilation, data)
_REPORT = r"(?:báo[ \t]+cáo|thống[ \t]+kê|tổng[ \t]+hợp|số[ \t]+liệu|kết[ \t]+quả)"
_REPORTERS = re.compile(
    r"(?i)(?<!\w)(?:(?:theo|qua|căn[ \t]+cứ(?:[ \t]+vào)?)[ \t]+(?:số[ \t]+liệu[ \t]+|kết[ \t]+quả[ \t]+)?" + _REPORT
    + r"|tổng[ \t]+hợp)(?:[ \t]+(?:nhanh|sơ[ \t]+bộ))?(?:[ \t]+" + _REPORT + r")?[ \t]+(?:của|từ)[ \t]+"
    r"(\d{1,3})(?![\w.,/%])[ \t]+([^\W\d_]+)")


def _amount(word: str) -> bool:
    """A scale word or a unit of measure after the number (``3 triệu phiếu``, ``2 tấn``): no count of bodies."""
    return word.lower() in SCALES or bool(measure_symbol(word.lower()))


class Reporters(Recogniser):
    """``theo báo cáo của N <bodies>``, ``tổng hợp từ N <bodies>``: the bodies a statement rests on (see the module)."""

    name, kind = "count-of-reporters", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[max(0, a - 60):b].lower()
        if "của" not in window and "từ" not in window:
            return   # most windows: no "của"/"từ", nothing to scan
        for m in _REPORTERS.finditer(text, max(0, a - 60), b):
            if a <= m.start(1) < b and not _amount(m.group(2)):
                yield Claim(m.start(1), m.end(1), self.kind, "number of the bodies the statement's figures come from",
                            self.name)


REPORTERS = Reporters()
