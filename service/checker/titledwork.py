"""A small count whose noun runs straight into a quoted title counts the work so named (round 103, issue 13).

    Trong đó: 5 giải A, gồm 1 tác phẩm báo in "Về quê làm nông nghiệp sạch" của tác giả Trần Thị Liên, …; 1 tác phẩm
    báo điện tử "Nông nghiệp hữu cơ - hướng phát triển bền vững" của nhóm tác giả …; 1 tác phẩm báo hình được trao cho
    tác phẩm "Khởi sắc nông nghiệp, …"        (wa-tuyen-quang-hoi-nha-bao-tinh-cuoc-thi-bao-chi-nong-thon-moi-2021)
    Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn” của tác giả Lục Thị Khánh Chi …
                                              (wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022)

A prize list names each work it gives a prize to: ``1 tác phẩm báo in "…"`` is that work, ``Loạt 5 bài "…"`` the
series the title names — the description of a work, no figure of the contest's table (which counts works entered and
prizes given). They were flagged as wrong values of ``Tác phẩm tham gia`` = 125.

Grammar: a count of at most ``_MOST`` (a few works, a series), its noun phrase — words only, no punctuation, digit or
clause word between (``của``, ``và``, ``với`` …), at most ``_WORDS`` words — then an opening quote (``"``, ``“``,
``«``). Only a number no row supports and the checker tied to no cell.

Negatives: ``5 giải A, gồm 1 tác phẩm …`` (a comma before any quote: the prizes counted, a row's); ``125 tác phẩm
tham gia`` (no quote); ``2 tác phẩm của tác giả "…"`` (``của`` is a clause word: the quote is not the count's
noun's); a large count before a title (``61 tác phẩm "…"``: more than a series).
"""

from __future__ import annotations

import re

_MOST = 12
_WORDS = 10
#: words that open another part of the clause: the quote after them is no title of the count's noun
_CLAUSE = r"(?:của|và|với|tại|ở|trong|đạt|là|có|gồm|trên|từ|đến)"
_TITLE_AFTER = re.compile(rf"(?i)(?:[ \t]+(?!{_CLAUSE}(?!\w))[^\W\d_]+){{1,{_WORDS}}}[ \t]*[\"“«]")
_KINDS = ("count", "ratio")


def titled_work(text: str, end: int, value) -> bool:
    """The count ending at ``end`` (``value``) runs into a quoted title through its noun phrase (see the module)."""
    return value is not None and 0 < value <= _MOST and value == int(value) and _TITLE_AFTER.match(text, end) is not None


def titled_works(text: str, numbers: list) -> None:
    """Set aside, in place, each unsupported count that names a titled work (see the module)."""
    for n in numbers:
        if n.verdict == "unsupported" and n.source is None and n.kind in _KINDS and titled_work(text, n.end, n.value):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "name", None, None
            n.derivation = "số tác phẩm được nêu tên ngay sau (trong ngoặc kép): mô tả tác phẩm, không phải số liệu của bảng"
