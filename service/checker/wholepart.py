"""A part said after ``trong đó`` is kept under the whole said before it (checker round 100).

    Tính đến 15-8, toàn quốc còn gần 13.000 đối tượng truy nã cần tập trung truy bắt và vận động đầu thú, trong đó có
    hơn 5.000 đối tượng nguy hiểm và đặc biệt nguy hiểm.   (xy-toan-quoc-cuc-canh-sat-truy-na-doi-tuong-truy-na-2016-08)

The sheet repeats ``Trong đó: nguy hiểm và đặc biệt nguy hiểm`` under each group (``A`` arisen, ``B`` caught, ``C``
still wanted); the paragraph's words (``truy bắt và vận động đầu thú``) name group B's title, and ``twins`` took the
5.000 for B02's value said wrong. ``trong đó`` makes the number a part of the amount just said: 13.000 is C01's, so
the part is the twin of C01's group, C02 — which holds 5.000. The twin in the group of the whole said right before
``trong đó`` in the number's sentence is the one: the number right before it, its row known, no ``;`` between.

Negatives: no ``trong đó`` between the whole and the part (``… 453 đối tượng; … 121 đối tượng``: the paragraph's words
choose as before); a whole of no row, or whose group keeps none of the twins (nothing said); the whole in an earlier
sentence; another number between the whole and the part (``tiếp nhận 1.364.806 vụ (trung bình 136.481 …),
trong đó, hòa giải thành 1.096.572/1.350.533 vụ … (trung bình 109.657 …)``: the average is no part of the first).
"""

from __future__ import annotations

import re

_OF_WHICH = re.compile(r"(?i)(?<!\w)trong\s+(?:đó|số\s+đó)(?!\w)")


def twin_of_whole_before(text: str, i: int, mentions, where, rows, candidates):
    """Among ``candidates`` (one label's rows under several groups), the one in the group of the amount said right
    before ``trong đó`` ahead of the number at ``i`` in its sentence (no other number between); None otherwise."""
    j = i - 1
    if j < 0 or where[j].sentence != where[i].sentence or rows[j] is None \
            or mentions[j].kind not in ("count", "money", "measure"):
        return None
    between = text[mentions[j].end:mentions[i].num_start]
    if ";" in between or not _OF_WHICH.search(between):
        return None
    group = (rows[j].muc or "").strip()
    return next((r for r in candidates if group and (r.muc or "").strip() == group), None)
