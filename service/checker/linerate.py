"""A rate said right after an amount is the amount's own line's share, when that line keeps one (checker round 100).

``doanh thu bán lẻ hàng hóa bảy tháng đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức`` (yl-vinh-phuc-cuc-thong-ke-ban-le-…
-2018-07) against a sheet whose lines keep an amount and its share of the total side by side (``II.1 Doanh thu bán lẻ
hàng hóa | 22.296 | 85,78``; ``II.2 … | 2.144 | 8,25``): the share after II.1's amount is II.1's own share cell. Round
98's ``rategroup`` keeps a rate after an amount in the amount's group; a sibling's share (``chiếm 8,25%`` after II.1's
22.296, a planted swap) stands in the same group and so passed as the group's. The amount's own line (the same line of
the sheet, ``Figure.row``) keeping exactly one share says whose rate it is: a percent of another line said there is
that line's value said wrong.

Negatives: a line that keeps no share of its own, or more than one (the group's rule and the words decide as before:
``thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 31,6%`` — B1's amount, B2's rate on a line of its own); a rate of change
the loader kept on the line (``-TL``: a growth, no share); words between that do more than join the rate to the amount
(``, tăng 10,97%``); an amount that is itself a percent.
"""

from __future__ import annotations

from service.checker.rategroup import joins_rate
from service.figures.model import kept_rate_of


def line_rate_after(text: str, amount_end: int, num_start: int, amount_row, chosen, rows):
    """The one share the amount's own sheet line keeps (``22.296 tỷ đồng, chiếm 85,78%`` — II.1's amount, II.1-2 its
    share), when the rate said after it (``chiếm 8,25%``) is another line's and the words between only join the rate to
    the amount (``chiếm``, ``đạt tỷ lệ``, ``bằng``); ``None`` otherwise."""
    if amount_row is None or amount_row.kind == "percent" or chosen.kind != "percent" \
            or amount_row.fig.row is None or chosen.fig.row == amount_row.fig.row \
            or not joins_rate(text, amount_end, num_start):
        return None
    own = [r for r in rows if r.kind == "percent" and r.fig.row == amount_row.fig.row and r.muc == amount_row.muc
           and "ky_bao_cao" in r.values and kept_rate_of(r.fig.ma) is None]
    return own[0] if len(own) == 1 else None
