"""A company's quarterly financial statement beside its months so far: ``CTCP ... TNG vừa công bố báo cáo tài chính quý
II/2019 ... Tính chung 6 tháng đầu năm, TNG đạt ...`` (round 39).

A statistics office's quarterly release with the months so far to its end (``quý III và 9 tháng năm 2023``) reports
the months so far (:func:`.report.at_quarter_end`): the quarter is a part of the cumulative report.  A listed company's
financial statement is filed for the quarter (``báo cáo tài chính quý II/2019``); the six or nine months a write-up
adds (``Sau 6 tháng đầu năm``, ``Lũy kế 9 tháng đầu năm``) are the statement's running total, named in passing.
Held-out xe-thai-nguyen-ctcp-tng-ket-qua-kinh-doanh-2019-q2 (coded 2019-Q2, read 2019-H1 from its opening ``Sau 6
tháng đầu năm``) and sweep p15-thanhnien-loinhuan-q3-2025 (labelled 2025-Q3 by round 15: ``vừa công bố Báo cáo tài
chính quý 3/2025`` after ``sau 9 tháng đầu năm nay``, read 2025-9T).

Only the quarter written right after ``báo cáo tài chính`` (``BCTC``; ``hợp nhất``/``riêng`` between), with its year,
not compared (``so với báo cáo tài chính quý II/2018``); only the months so far of that year (or with no year written, ``Sau 6 tháng đầu năm``, its year still
to be borrowed) that end with the quarter's last month."""

from __future__ import annotations

import re

#: "báo cáo tài chính" / "BCTC" just before the quarter's word, "hợp nhất" or "riêng" between
_STATEMENT = re.compile(r"(?<!\w)(?:báo\s+cáo\s+tài\s+chính|BCTC)(?:\s+(?:hợp\s+nhất|riêng))?\s+$", re.I)
#: "so với" right before the statement's words: a statement compared with, not the one filed
_COMPARED = re.compile(r"\bso\s+với\s+$", re.I)


def statement_quarters(t: str, mentions: list) -> list:
    """The quarters ``t`` names as a financial statement's (``báo cáo tài chính quý II/2019``)."""
    def filed(m) -> bool:
        before = t[max(0, m.start - 60):m.start]
        found = _STATEMENT.search(before)
        return bool(found) and not _COMPARED.search(before[:found.start()])
    return [m for m in mentions if m.recogniser in ("quarter", "quarter-code") and m.year_stated
            and not m.comparison and filed(m)]


def statement_running(men, quarters: list) -> bool:
    """True when ``men`` is the months so far to the end of a quarter filed as a financial statement (``6 tháng đầu
    năm`` beside ``báo cáo tài chính quý II/2019``): the statement's running total, not the period reported."""
    p = men.period
    so_far = p.kind == "ytd" or p.kind == "half" and p.index == 1
    return so_far and not men.comparison and any(
        (q.period.year == p.year or p.year == 0 and not men.year_stated) and p.months == (1, q.period.months[1]) for q in quarters)
