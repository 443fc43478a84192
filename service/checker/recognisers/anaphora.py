"""A count that says again how many things were just named: ``Đây là 3 loại án gây bức xúc dư luận``.

    … án cướp tài sản xảy ra 165 vụ (giảm 71 vụ), cướp giật tài sản xảy ra 888 vụ (giảm 115 vụ), án trộm cắp tài sản
    2.859 vụ (giảm 557 vụ). Đây là 3 loại án gây bức xúc dư luận và bất an cho người dân.
                                    (yi-tp-ho-chi-minh-cong-an-thanh-pho-pham-phap-hinh-su-2016)
    … các chuỗi Thế Giới Di Động và Điện Máy Xanh vẫn tăng trưởng 15% về doanh thu trong 9 tháng đầu năm nay, dù số cửa
    hàng giảm so với cùng kỳ. Đây là 2 chuỗi đóng vai trò trụ cột trong cơ cấu lợi nhuận của tập đoàn.
                                    (p15-thanhnien-loinhuan-q3-2025)

``RESTATED_COUNT``: ``Đây là`` or ``Đó là`` (these are) opening a sentence, then a small count and its noun — the
things the sentences before named one by one, counted again as the subject of what follows; the figures are the
named ones. ``Đây là 1 trong 2 đơn vị`` is left to ``labels.ONE_OF``; ``Đây là năm thứ hai`` is an ordinal; a count
that brings news (``Năm nay có 3 loại án tăng``) has no ``Đây là`` before it.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_PATTERN = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?])|(?<=\n)|^)(?:Đây|Đó)\s+là\s+(\d{1,2})\s+(?!trong\s)[^\W\d_]+", re.M)

RESTATED_COUNT = Rule("restated-count", "name", "the count of the things just named, said again (Đây là 3 loại án …), "
                      "not a figure", _PATTERN, needs=("đây là", "đó là"))
