"""A running total named after the verb that brings it up to date: ``đưa/nâng <its noun phrase> N tháng``.

A month's figure is often followed by the year to date it adds up to, the period named as an attribute of the
noun the verb ``đưa`` / ``nâng`` (bring, raise) takes, with no ``lũy kế`` or ``đầu năm``:

    … tháng 10 ước đạt 100 tấn, đưa sản lượng 10 tháng ước đạt 3.161 tấn …   (xs-toan-quoc-tong-cuc-thuy-san-…-2022-10t)
    … đưa tổng giá trị sản xuất công nghiệp 11 tháng ước đạt 3.091,4 tỷ đồng …        (sweep page, an industry report)
    … nâng tổng giá trị xuất khẩu 6 tháng lên 17,1 tỉ USD …  /  … đưa kim ngạch nhập khẩu 7 tháng/2017 đạt …

Only the bare verb and its object: a compound verb is another verb (``đưa ra``, ``đưa vào (sử dụng)``, ``đưa đón``,
``nâng cao``, ``nâng cấp``); the noun phrase is words only (no number, no punctuation, no ``vào``/``lên`` — ``nâng
thời hạn lên 12 tháng`` is a duration); a later or coming stretch (``6 tháng cuối năm``, ``3 tháng tới``) is none.
An object that already holds a running cue (``đưa sản lượng lũy kế 10 tháng``, ``nâng tổng trị giá trong 8 tháng``)
is left to that cue, and so is one the months' own words mark (``4 tháng đầu năm``, ``7 tháng qua``): this one reads
only what no other cue reads.
"""

from __future__ import annotations

#: The pattern, composed into ``running.RUNNING_CUE`` (case-insensitive there): verb, object's words, ``N tháng``.
BROUGHT_UP = (r"(?:đưa|nâng)\s+(?!(?:ra|vào|đón|tin|cao|cấp|lên|xuống)(?!\w))"
              r"(?:(?!(?:vào|lên|ra|trong|qua|l[ũu]y|lu[ỹy])(?!\w))[^\W\d_]+\s+){1,12}?"
              r"\d{1,2}\s+tháng(?:\s*/\s*\d{4}|\s+\d{4})?"
              r"(?!\s+(?:cuối|tới|tiếp|còn|sau|tù|giam|tuổi|trước|đầu\s+năm|qua|vừa\s+qua|năm\s+\d{4})(?!\w))")
