"""A numbered paragraph whose first sentence the parser took for its heading (round 46).

=======================  ========================================================================================
``run_in``               `` 1. Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội bế giảng 05 lớp với 1.324 học
                         viên, tổ chức thi tốt nghiệp 3 lớp …`` (yy-toan-quoc-hoc-vien-ctqg-truong-chinh-tri-cac-
                         tinh-thong-tin-cong-tac-2016-11), ``1. Giá trị thu nhập sản xuất ngành nông, lâm, thủy sản
                         đạt 36,9 tỷ đồng đạt 104% kế hoạch …`` (zj-thanh-hoa-nong-cong-xa-truong-trung-ktxh-2017):
                         the parser (``index.parse``) cuts a numbered paragraph at its first sentence's end and keeps
                         that sentence as the section's heading (a run-in heading); the template reads a heading as
                         said, never as figures, so the item's first sentence gave no row. A heading that is a
                         sentence stating a figure — a number with its unit (a count noun, money, a percentage), ten
                         words or more — is read again as the section's first paragraph. Not a pasted table's line
                         (``Tổng số lượt khách (lượt) | 8.780.484 | …``; ``Doanh thu … 973,299 1,122,014``: cells
                         side by side, no unit after them — the table reader's), nor a title of a few words
                         (``Tỷ suất chết trẻ em<5 tuổi``)
=======================  ========================================================================================

Composed in ``rows._walk``, where each section's paragraphs are listed.
"""

from __future__ import annotations

import re

from index.model import Section
from service.checker.extract import extract_numbers
from service.onboarding import phrases as P

#: A heading this long or longer may be a sentence; a title is shorter (``Tình hình kinh tế - xã hội 6 tháng``).
SENTENCE_WORDS = 10
#: Cells of a table side by side: a ``|``, or two numbers with nothing but spaces between them.
_CELLS = re.compile(r"\||\d\s+\d")


def stated(heading: str) -> bool:
    """``heading`` is a sentence stating a figure: long enough, no table cells, a number with its unit."""
    text = P.nfc(heading or "")
    if len(text.split()) < SENTENCE_WORDS or _CELLS.search(text):
        return False
    return any(m.is_figure and m.value is not None and m.unit for m in extract_numbers(text))


def run_in(section: Section) -> list[str]:
    """The section's heading as its first paragraph when it is a run-in sentence stating figures, else nothing."""
    heading = getattr(section, "heading", "") or ""
    return [heading] if stated(heading) else []
