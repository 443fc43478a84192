"""The row of the quantity a multiple names: ``tăng đến 3 lần nguồn vốn ngân sách chuyển sang NHCSXH`` is a multiple
of ``Nguồn vốn ngân sách tỉnh và huyện ủy thác sang NHCSXH`` (xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019),
``tăng gấp 6 lần lượng khách đến thành phố`` of a row of the visitors who came (sweep t39-kyhoatour-le-hoi-song-nuoc-
tphcm-2024). The words after ``lần`` (``recognisers.multiples.times_of_quantity``) are matched with the rows' labels:
the row sharing most words, at least two, is the quantity's; none, when no label shares two words (the multiple is of
something the table does not keep)."""

from __future__ import annotations

from service.checker.match import Row, tokens

#: the fewest words the quantity's phrase and a row's label must share
MIN_SHARED = 2


def quantity_row(words: str, rows: list[Row]) -> Row | None:
    """The row whose label shares most of ``words``' tokens (at least ``MIN_SHARED``); ties go to the first."""
    said = set(tokens(words))
    best, most = None, MIN_SHARED - 1
    for r in rows:
        n = len(said & set(tokens(r.fig.chi_tieu)))
        if n > most:
            best, most = r, n
    return best
