"""One item of a parcel's make-up: ``1 chai nước mắm`` in the list of what each gift holds (issue #13, round 53).

    Tổng số quà là 260 phần. Mỗi phần quà gồm 10kg gạo, 1 chai nước mắm, 1 chai dầu ăn, 1 túi bột ngọt và 200 ngàn
    tiền mặt.                       (xb-tp-ho-chi-minh-tan-phu-giao-xu-nhan-hoa-qua-tet-2021-01)
    500 suất quà mỗi suất gồm 10 kg gạo, 1 chai dầu ăn và 1 hộp nước ngọt được trao cho …
                                    (c46-dantri-ky-anh-500-suat-qua)
    … 401 suất quà (150 ngàn đồng/suất) …, mỗi suất quà bao gồm: 1 thùng mì tôm, 1 chai dầu dầu ăn, 1 kg đường, 1 chai
    nước tương, muối và bánh ngọt.  (c46-baomoi-ia-pal-401-suat-qua)

After ``mỗi <parcel> … gồm`` (a parcel: ``suất``, ``phần``, ``phiếu``, ``túi``, ``gói``, ``bộ`` — open: any of these
before a few words, ``quà`` or not), up to the sentence's end, the number one (``1``, ``01``, ``một``) before a word (a
container: ``chai``, ``túi``, ``hộp``, ``thùng``, ``kg`` …) is one item of each parcel, no figure of the period: the
clerk keeps the parcels and, at most, the chief items' amounts (``Gạo mỗi phần quà``). Only the number one: what a
parcel holds more of (``10kg gạo``) is the kind of item a table keeps, and is left to the per-unit rules; only asked of
a number no row supports, so a table keeping ``Mì gói mỗi phiếu quà tặng = 1`` checks ``mì gói (1 thùng)``
(xb-tp-ho-chi-minh-go-vap-giao-xu-bac-dung-hoi-cho-xuan-2016-01). Not after a total (``tổng``) in the list.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?;\n](?:\s|$)")
#: ``mỗi <parcel>`` and up to a few words (``quà tặng``, ``trị giá 300 ngàn đồng``), then ``(bao) gồm (có)``
_PARCEL_MADE_OF = re.compile(r"(?i)(?<!\w)mỗi\s+(?:suất|phần|phiếu|túi|gói|bộ|xuất)(?!\w)[^.;!?\n]{0,60}?"
                             r"(?<!\w)(?:bao\s+)?gồm(?:\s+có)?\s*:?")
_ONE = re.compile(r"(?i)(?:1|01|một)\s*[^\W\d_]")
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng|toàn\s+bộ)(?!\w)")
_REACH = 240


def one_item_of_parcel(text: str, start: int, end: int) -> bool:
    """The number one from ``start`` is an item of a parcel's make-up listed after ``mỗi <parcel> … gồm`` in its
    sentence (see the module)."""
    if not _ONE.match(text, start):
        return False
    lo = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    s = ends[-1].end() if ends else lo
    made = list(_PARCEL_MADE_OF.finditer(text, s, start))
    return bool(made) and not _TOTAL.search(text, made[-1].end(), start)
