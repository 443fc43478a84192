"""A number a sheet states of a row, with no value of another period to check it by: the row's own sub-row.

Beside a row's value a sheet states what the checker cannot compute from the row's cells: a rate of change whose
``Cùng kỳ`` cell is blank (``So cùng kỳ (%)`` 118, ``tăng 1,04%``: ``<mã>-TL``), an index against the same period
(``So với cùng kỳ năm trước (%)`` 99,8), a rate typed in words (``tăng 13,25%`` under ``So cùng kỳ 2015``), a share in
brackets after the value (``<mã>-TLP``), a comparison with the month before (``So với tháng trước (%)`` 101,72:
``<mã>-KT``, ``figures.beforerows``).  Each is kept one way: «<chỉ tiêu>: <words>» in per cent, the number as the sheet
states it, no value of last year, of the plan or of the period before; its code the row's with the kind's tail, primed
(``3-TL'``) while another row of the sheet has it.  The words and the tail are each kind's (the caller's)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from service.figures.model import Figure

__all__ = ["free_code", "stated_sub_row"]


def free_code(code: str, taken) -> str:
    """``code``, primed (``3-TL'``, ``3-TL''``) until no row of ``taken`` (codes → rows) has it."""
    while code in taken:
        code += "'"
    return code


def stated_sub_row(fig: Figure, code: str, words: str, stated: Decimal, taken) -> Figure:
    """``fig``'s sub-row «<chỉ tiêu>: <words>» = ``stated`` in %, its code ``code`` (``free_code``), no other period's
    value."""
    return replace(fig, ma=free_code(code, taken), chi_tieu=f"{fig.chi_tieu}: {words}", don_vi_tinh="%",
                   ky_bao_cao=stated, cung_ky=None, ke_hoach=None, ky_truoc=None)
