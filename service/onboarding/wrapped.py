"""A pasted table's column titles wrapped one fragment a paragraph, joined back (round 78).

A web page prints a table one cell a paragraph and cuts each column title at its line breaks too:
``Thực`` / ``hiện`` / ``6 tháng`` / ``đầu năm`` / ``2020`` / ``Ước`` / ``tính`` / ``quý III`` / ``năm`` / ``2020`` …
(xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t).  Read as fields, the header has many more titles than
the rows have cells and no column can be told.  A title starts with a capital (``Thực``, ``Ước``, ``So với``,
``Quý III``); a fragment that opens lower-case or on a digit (``hiện``, ``6 tháng``, ``năm``, ``2020``) goes on the
title before it, unless that title closed on its year or its bracket.  A comparison's title followed only by period titles (``So với cùng kỳ năm trước (%)`` over ``6
tháng năm 2020`` and ``Quý III năm 2020``) spans them: each is read under it, a rate column.  One title too many, the first with no period: the page's title above the header, dropped.

Only a header that is wrapped — more fields than cells, one in three fragments or more opening lower-case — is
rejoined; a header of whole titles (``Kế hoạch`` / ``Ước TH`` / ``Tháng 01``) is left to the reader as it was.

A group title over sub-columns is no wrapped title (round 79).  The sub-columns under a group title are titles of one
shape, said one after another with another number each: ``Chia ra theo khối lớp`` / ``lớp 6`` / ``lớp 7`` / ``lớp 8``
/ ``lớp 9`` (s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012), ``Năm học - School year`` / ``2010`` /
``2014`` / ``2015`` (s4-nghean-nien-giam-hoc-sinh-pho-thong-2017), ``%`` / ``2019`` / ``2020`` / ``2021``
(s7-binh-dinh-nien-giam-cpi-cac-thang-2023).  A title cut at its line breaks never says the same words twice in a
row with another number, so such a fragment (a *sibling* of the one next to it) is a column of its own: it goes on
no title, and none goes on it.  And a rejoining that leaves fewer titles than the rows have cells swallowed columns:
the fields are left as they were.
"""

from __future__ import annotations

import re

from service.figures.schema import read_title

#: the share of fragments opening lower-case (or on a digit) that says a header was wrapped, not titled
WRAPPED_SHARE = 1 / 3


#: a title closed: on its year (``… năm 2020``) or its bracket (``năm trước (%)``) — what follows starts another
_CLOSED = re.compile(r"(?:(?<!\d)(?:19|20)\d\d|\))\s*$")


#: a fragment on a digit that goes on a title: a year (``2020``) or a number before its lower-case word (``6 tháng``)
#: — not a column's number (``1``, ``6=5-4``), which closes a header, nor a table's number before its capitalised
#: title (``40 Cơ cấu tổng sản phẩm …``, s15-quang-tri-nien-giam-co-cau-grdp-thanh-phan-nganh-2018)
_DIGIT_FRAGMENT = re.compile(r"(?:19|20)\d\d|\d{1,2}\s+(?P<word>[^\W\d_]).*")


def _continues(field: str) -> bool:
    field = field.strip()
    digit = _DIGIT_FRAGMENT.fullmatch(field)
    return bool(field) and (field[0].islower() or bool(digit) and (digit["word"] or "a").islower())


def _shape(field: str) -> str:
    """A title's words with its numbers left out (``lớp 6`` → ``lớp #``, ``2022-`` → ``#``); ``""`` with no number."""
    shape = re.sub(r"\d+", "#", field.strip().strip("-–.,;: "))
    return shape if "#" in shape else ""


def _siblings(fields: list[str]) -> list[bool]:
    """Which fields are sub-columns of a run: the same words as the field next to them, another number."""
    shapes = [_shape(f) for f in fields]
    return [bool(s) and any(0 <= j < len(fields) and shapes[j] == s and fields[j].strip() != fields[k].strip()
                            for j in (k - 1, k + 1))
            for k, s in enumerate(shapes)]


def _bare_period(field: str) -> bool:
    t = read_title(field)
    return t.column == "period" and t.period is not None and not t.estimate


def rejoined_titles(fields: list[str], cells: int) -> list[str] | None:
    """``fields`` wrapped a fragment a paragraph, joined back into titles; None when they were not wrapped."""
    sibling = _siblings(fields)
    goes_on = [_continues(f) and not sib for f, sib in zip(fields, sibling)]
    if len(fields) <= cells or sum(goes_on) < WRAPPED_SHARE * len(fields):
        return None
    joined: list[str] = []
    for k, f in enumerate(fields):
        if joined and goes_on[k] and not sibling[k - 1] and not _CLOSED.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {f.strip()}"
        else:
            joined.append(f.strip())
    if len(joined) < cells:
        return None              # fewer titles than cells: a group title took its sub-columns, not a wrapped title
    joined = spanned_comparison(joined)
    if len(joined) == cells + 1 and read_title(joined[0]).period is None:
        joined = joined[1:]      # the page's title above the header (``Kết quả sản xuất lâm nghiệp``), no column
    return joined


def spanned_comparison(titles: list[str]) -> list[str]:
    """A comparison's title (``So với cùng kỳ năm trước (%)``) before two period titles or more that end the header:
    it spans them, each read under it."""
    k = next((k for k, f in enumerate(titles) if read_title(f).column == "derived"), None)
    if k is None or len(titles) - k - 1 < 2 or not all(map(_bare_period, titles[k + 1:])):
        return titles
    return titles[:k] + [f"{titles[k]} {f}" for f in titles[k + 1:]]
