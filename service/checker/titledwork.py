"""A small count whose noun runs straight into a quoted title counts the work so named (round 103, issue 13).

A prize list names each work it gives a prize to: ``1 tác phẩm báo in "…"`` is that work, ``Loạt 5 bài "…"`` the
series the title names — the description of a work, no figure of the contest's table (which counts works entered and
prizes given). They were flagged as wrong values of ``Tác phẩm tham gia`` = 125
(wa-tuyen-quang-hoi-nha-bao-tinh-cuoc-thi-bao-chi-nong-thon-moi-2021, wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-
chi-mien-dong-2022: quoted in ``recognisers.titledwork``).

Grammar: ``recognisers.titledwork.count_runs_into_title`` (one thing, or a series' parts, whose noun phrase runs
straight into an opening quote; the template reads the same idea in its own shape there). Only a number no row
supports and the checker tied to no cell, and not one written with a value a row holds (``1 cá nhân “Phụ nữ tiêu
biểu”`` where a row keeps 1: a swap to catch, ye-khanh-hoa-hoi-lhpn-tinh-thi-dua-khen-thuong-2019).
"""

from __future__ import annotations

from decimal import Decimal

from service.checker.recognisers.titledwork import count_runs_into_title

_KINDS = ("count", "ratio")


def titled_works(text: str, numbers: list, idx) -> None:
    """Set aside, in place, each unsupported count that names a titled work (see the module), unless a row holds its
    value (then it may be a figure swapped in: ``3 cá nhân “Phụ nữ tiêu biểu”`` written with another row's 1)."""
    held = {r.values.get("ky_bao_cao") for r in idx.rows}
    for n in numbers:
        if n.verdict == "unsupported" and n.source is None and n.kind in _KINDS \
                and count_runs_into_title(text, n.start, n.end, n.value) and Decimal(str(n.value)) not in held:
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "name", None, None
            n.derivation = ("số tác phẩm được nêu tên ngay sau (trong ngoặc kép): mô tả tác phẩm, "
                            "không phải số liệu của bảng")
