"""A small count whose noun runs straight into a quoted title counts the work so named (round 103, issue 13).

    Trong đó: 5 giải A, gồm 1 tác phẩm báo in "Về quê làm nông nghiệp sạch" của tác giả Trần Thị Liên, …; 1 tác phẩm
    báo điện tử "Nông nghiệp hữu cơ - hướng phát triển bền vững" của nhóm tác giả …; 1 tác phẩm báo hình được trao cho
    tác phẩm "Khởi sắc nông nghiệp, …"        (wa-tuyen-quang-hoi-nha-bao-tinh-cuoc-thi-bao-chi-nong-thon-moi-2021)
    Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn” của tác giả Lục Thị Khánh Chi …
                                              (wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022)

A prize list names each work it gives a prize to: ``1 tác phẩm báo in "…"`` is that work, ``Loạt 5 bài "…"`` the
series the title names — the description of a work, no figure of the contest's table (which counts works entered and
prizes given). They were flagged as wrong values of ``Tác phẩm tham gia`` = 125.

Grammar: one thing (``1``), or a count right after a word for a series (``loạt``, ``chuỗi``, ``bộ``: the parts of one
work), its noun phrase — words only, no punctuation, digit or clause word between (``của``, ``và``, ``với`` …), at
most ``_WORDS`` words — then an opening quote (``"``, ``“``, ``«``). Only a number no row supports and the checker tied
to no cell.

Negatives: a count of several things of a kind the quote names (``20 nhà “MÂCĐ”``, ``3 nhà “Mái ấm tình thương”``,
``16 tập thể “Tập thể lao động xuất sắc”``: a programme's houses, a title's holders — a row's figure, a wrong one
caught); one written with a value a row holds (``1 cá nhân “Phụ nữ tiêu biểu”`` where a row keeps 1: a swap to catch,
ye-khanh-hoa-hoi-lhpn-tinh-thi-dua-khen-thuong-2019); ``5 giải A, gồm 1 tác phẩm …`` (a comma before any quote);
``2 tác phẩm của tác giả "…"`` (``của`` is a clause word: the quote is not the count's noun's); ``125 tác phẩm tham
gia`` (no quote).
"""

from __future__ import annotations

import re
from decimal import Decimal

_WORDS = 10
#: a word for a series right before the count: ``Loạt 5 bài``, ``chuỗi 3 phóng sự``, ``bộ 4 phim``
_SERIES = re.compile(r"(?i)(?<!\w)(?:loạt|chuỗi|bộ|xê-ri|sê-ri)\s*$")
#: words that open another part of the clause: the quote after them is no title of the count's noun
_CLAUSE = r"(?:của|và|với|tại|ở|trong|đạt|là|có|gồm|trên|từ|đến)"
_TITLE_AFTER = re.compile(rf"(?i)(?:[ \t]+(?!{_CLAUSE}(?!\w))[^\W\d_]+){{1,{_WORDS}}}[ \t]*[\"“«]")
_KINDS = ("count", "ratio")


def titled_work(text: str, start: int, end: int, value) -> bool:
    """The count at ``start``–``end`` (``value``), one thing or a series' parts, runs into a quoted title through its
    noun phrase (see the module)."""
    if value is None or not (value == 1 or value == int(value) and _SERIES.search(text[max(0, start - 12):start])):
        return False
    return _TITLE_AFTER.match(text, end) is not None


def titled_works(text: str, numbers: list, idx) -> None:
    """Set aside, in place, each unsupported count that names a titled work (see the module), unless a row holds its
    value (then it may be a figure swapped in: ``3 cá nhân “Phụ nữ tiêu biểu”`` written with another row's 1)."""
    held = {r.values.get("ky_bao_cao") for r in idx.rows}
    for n in numbers:
        if n.verdict == "unsupported" and n.source is None and n.kind in _KINDS \
                and titled_work(text, n.start, n.end, n.value) and Decimal(str(n.value)) not in held:
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "name", None, None
            n.derivation = ("số tác phẩm được nêu tên ngay sau (trong ngoặc kép): mô tả tác phẩm, "
                            "không phải số liệu của bảng")
