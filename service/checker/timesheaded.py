"""Times counted in a row whose heading names what they are times of (round 93, issue 13).

    ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA … I. Phương tiện đường bộ (kiểm định ATKT và BVMT)
        3. Lượt không đạt tiêu chuẩn ở lần kiểm định thứ nhất — lượt — 346.000
    «Hơn 346 nghìn phương tiện trượt kiểm định trong 9 tháng đầu năm» (xr-toan-quoc-uy-ban-atgt-quoc-gia-kiem-dinh-
    phuong-tien-2022-9t: the headline and a sentence)

A row counted in bare ``lượt`` (times) counts times of something; its label names it (``Khách trong nước``,
``match._label_names_visitor``) or, in a sheet grouped by what it counts, its section's heading does (``Phương tiện
đường bộ``, ``Phương tiện khác``). A text says the times as the things (``346 nghìn phương tiện`` for 346 nghìn
lượt), as it says visits as visitors. Without this the noun named only the sheet's other row counted in
``phương tiện`` (railway vehicles, 2.950) and the headline's figure was flagged as that row's.

The grammar: the section's title, less its number (``I.``, ``2.``), opens with the noun's words (as written, marks
kept: folded, ``nam`` is ``năm``). What the noun goes on with is not asked (``phương tiện trượt kiểm định``): the
value still has to be the row's. Not a heading of the rest (``II. Phương tiện khác``: "other vehicles", whose rows
each name their own kind, ``Lượt tàu biển được kiểm tra``): there the heading's noun is no row's thing, and a
swap of the failed inspections' 346 nghìn with the ships' 2.674 would pass as theirs.
"""

from __future__ import annotations

import re
import unicodedata

#: A section's number before its title: ``I.``, ``2.``, ``II.3``, ``A)``.
_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+|[A-Z])(?:\.\d+)*[.)]?\s+")


def heading_names(lead: str, muc: str | None) -> bool:
    """The section title ``muc`` opens with the noun ``lead`` (one or more words, as written)."""
    if not lead or not muc:
        return False
    title = _NUMBER.sub("", unicodedata.normalize("NFC", muc)).lower().split()
    who = unicodedata.normalize("NFC", lead).lower().split()
    if title[:len(who)] != who:
        return False
    return title[len(who):len(who) + 1] != ["khác"]   # «Phương tiện khác»: a miscellany, each row names its kind
