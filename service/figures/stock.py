"""A fund's or a register's sheet: the period's addition beside the stock to date.

An association's fund, a bank's lending, a register of members is reported as what the period added (``Phát triển
trong 6 tháng đầu năm 2020``, ``Tăng trưởng nhiệm kỳ 2018 - 2023``, ``Tăng thêm trong năm``) beside what there is at
the period's end (``Số có đến 30/6/2020``, ``Quy mô hiện nay``, ``Hiện có đến nay``, ``Dư nợ đến 31/12``).  The
addition is the period's own figure; the stock a figure at a moment, the period's end, a row of its own
(``<chỉ tiêu>: số có đến 30/6/2020``) in the row's unit.  Both titled by the period (the half year, its last day)
they were read as two columns of the period's value and the sheet refused («trùng vai trò 'Kỳ báo cáo'»).

The words are those of the grammar: a verb of growth heading the title, a noun of holding with «đến»/«hiện nay»
heading the other; no page's own words."""

from __future__ import annotations

import re

from service.figures.schema import fold

#: The period's addition (folded): a verb of growth heading the title (``Phát triển trong …``, ``Tăng trưởng …``,
#: ``Tăng thêm …``, ``Số phát sinh trong kỳ``, ``Vận động thêm …``, ``Kết nạp mới …``).
_ADDITION = re.compile(r"^(?:so |von |nguon von )?(?:phat trien(?: moi| them)?|tang truong|tang them|tang moi|"
                       r"phat sinh|van dong (?:them|moi|duoc)|ket nap(?: moi)?|bo sung them|huy dong them)\b")
#: The stock at a moment (folded): a noun of holding heading the title, at a day or now (``Số có đến 30/6/2020``,
#: ``Hiện có``, ``Quy mô hiện nay``, ``Dư nợ đến 31/12/2023``, ``Tổng số có đến nay``, ``Số dư cuối kỳ``).
_STOCK = re.compile(r"^(?:tong )?(?:so (?:co|hien co|du)|hien co|du no|quy mo|tong von|tong nguon von)\b"
                    r"(?:.*\b(?:den|hien nay|hien tai|nay|cuoi ky|tai thoi diem)\b.*|\s*)$")


def is_addition(title: str) -> bool:
    """A column of what the period added (``Phát triển trong 6 tháng đầu năm 2020``)."""
    return bool(_ADDITION.match(fold(title or "").strip()))


def is_stock(title: str) -> bool:
    """A column of what there is at a moment (``Số có đến 30/6/2020``, ``Quy mô hiện nay``)."""
    return bool(_STOCK.match(fold(title or "").strip()))


def addition_and_stock(header: list) -> tuple[int, int] | None:
    """(the addition's column, the stock's column) when a sheet has exactly one of each, else None."""
    adds = [i for i, t in enumerate(header) if t and is_addition(str(t))]
    stocks = [i for i, t in enumerate(header) if t and is_stock(str(t))]
    if len(adds) == 1 and len(stocks) == 1 and adds[0] != stocks[0]:
        return adds[0], stocks[0]
    return None


#: A plan of growth (folded title): the plan word, then a word of growth (``Kế hoạch tăng trưởng năm 2022``, ``KH
#: tăng trưởng``, ``Chỉ tiêu tăng trưởng giao``, ``Kế hoạch tăng thêm``, ``Kế hoạch mức tăng``): what the period is
#: to ADD to a balance, not the balance it is to reach.
_GROWTH_PLAN = re.compile(r"^(?:ke hoach|kh|chi tieu|muc tieu)(?: giao| duoc giao)? (?:tang truong|tang them|muc tang|"
                          r"tang)\b")


def is_growth_plan(title: str | None) -> bool:
    """A plan column of the increase (``Kế hoạch tăng trưởng năm 2022``): a bank's sheet sets how much the balance is
    to grow in the year (122,4 tỷ), beside the balance (3.302 tỷ) and its increase since the start of the year (117,8
    tỷ); ``đạt 96,25% kế hoạch tăng trưởng`` is 117,8 / 122,4.  Read as the balance's plan it made 3.302 / 122,4."""
    return bool(title) and bool(_GROWTH_PLAN.match(fold(str(title)).strip()))
