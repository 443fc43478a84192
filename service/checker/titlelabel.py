"""A body sentence says a title again only if it is about the title's measure: the other row's label has a word in
the title's line.

    Vinamilk lãi quý II/2015 hơn 2.185 tỷ đồng     (title; the body: «doanh thu thuần quý II/2015 của Vinamilk đạt
                                                   10.500 tỷ đồng», xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2)

The title and the revenue's sentence share the company and the quarter, not the measure (``lãi`` against ``Doanh thu
thuần``): the title is the profit's, no swap with the revenue.  A true restatement names its row's measure:
``Hà Nội xảy ra 925 vụ cháy, nổ trong 9 tháng`` (d7-tek4tv, row of ``vụ cháy``), ``Xử lý 34 vụ vi phạm về bảo vệ
rừng`` (zk-hai-duong-chi-cuc-kiem-lam, row of ``vụ vi phạm``).
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]{2,}")


def label_in_title(label: str, title_words: set[str]) -> bool:
    """A word of ``label`` (lower case, two letters or more) is among the title line's words."""
    words = {w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", label))}
    return bool(words & title_words)
