"""The coming days a forecast or a promise covers: ``(5 ngày tới)``, ``vào 3 ngày tới.`` — a stretch of time ahead,
as ``5 ngày qua`` is one behind (``dates.DAYS``), not what the period counted.

    ✅ Các lưu vực sông thuộc khu vực Trung Bộ (5 ngày tới):       (c49-nchmf-thuy-van-thoi-han-vua-post51918; the same
                                                                   bulletin's ``(5 ngày qua)`` is read as a span)
    … Hoạt động hỗ trợ nhân dân sẽ được thực hiện chậm nhất vào 3 ngày tới.   (t11-dienbien-gaocuudoi-2017)

``COMING_SPAN``: a number (or a range ``3-6``) of ``ngày``/``tuần``/``tháng``/``năm``/``giờ``/``tiếng`` then ``tới``
(coming) that ends its phrase — a bracket, a stop, a comma, a colon, the line's end, or ``đây`` (``10 ngày tới đây``).
``tới`` as the preposition (``từ 3 ngày tới 5 ngày``, ``kéo dài 3 ngày tới ngày 20/5``, ``5 tháng tới nay``) has words
after it and is left alone.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

COMING_SPAN = Rule("coming-span", "period", "the coming days a forecast or promise covers (5 ngày tới), not a figure",
                   re.compile(r"(?i)(?<![\w.,/])(\d{1,3}(?:\s?[-–]\s?\d{1,3})?)\s*(?:ngày|tuần|tháng|năm|giờ|tiếng)\s+tới"
                              r"(?=\s*(?:[.,;:)!?\n]|$)|\s+đây(?!\w))"), needs=("tới",))
