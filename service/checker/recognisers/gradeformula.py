"""A product's grade written as three or more numbers joined by dashes after its capitals (round 101, issue 13).

    Phân bón: Giá phân bón biến động so với kỳ trước, NPK 20-20-15 tăng 300 đ/kg (lên 12.000-12.900 đ/kg); DAP tăng
    100 đ/kg (lên 11.000-15.600 đ/kg); NPK 16-16-8 ổn định (9.000-9.500 đ/kg)
                                          (xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05)
    … phân NPK 20-20-15 TE Bình Điền tăng mạnh …; Phân NPK 16 - 16 - 8 | … (baoquangnam.vn, giá phân bón 16/5)
    … NPK 16-16-8 Việt Nhật từ 700.000-720.000 đồng/bao. NPK 20-20-15 +TE Đầu Trâu … (danviet.vn, 15/10/2021)

A range has two ends; three numbers or more joined by dashes right after a word of capitals (the product's code:
``NPK``, ``SA``) are its grade or formula — the shares of its parts, a name — not amounts of the period. Before this
rule the first two numbers were read as part of the row's label and the last one (``15 tăng``, ``8 ổn định``) as a
count, flagged. The dashes may stand between spaces (``16 - 16 - 8``); a date (``16-5-2019``) is the dates'
recognisers' (they run first), a statement line's formula (``(60=51-52-53)``) ``formula``'s (an ``=`` before it).
Two numbers after capitals (``DAP 18-46``) stay a range: no grade is told from a range by its shape alone.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: A word of two to five capitals (a product's code), then three or more numbers of one or two digits joined by
#: dashes; not followed by more digits, a decimal or a slash (no amount nor date goes on).
GRADE_FORMULA = Rule("grade-formula", "name", "a product's grade: numbers joined by dashes after its code (NPK 20-20-15)",
                     re.compile(r"(?<![\w])[A-ZĐ]{2,5}[ \t]+(\d{1,2}(?:[ \t]?[-–][ \t]?\d{1,2}){2,})(?![\d.,/]?\d|[/\-–])"))
