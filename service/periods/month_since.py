"""A month named as the point something started from: ``Tham gia đấu thầu từ tháng 10/2023, Viettel Construction đã
chính thức được ... lựa chọn`` (round 38).

A year written after ``từ`` with no other end after it is the start of the years since (:func:`.mentions.since_point`:
``phong trào … được triển khai từ năm 2008``), never the period a page reports; a month written so is the same: the
time from which a contract, a programme or a job has run, not the month reported.  Held-out
xd-toan-quoc-viettel-construction-ket-qua-kinh-doanh (coded 2023: ``Tham gia đấu thầu từ tháng 10/2023, ...`` above
``Năm 2023, ...``), ye-toan-quoc-trung-uong-doan-su-kien-tieu-bieu (coded 2023: ``... ban hành Chương trình hành động
từ tháng 02/2023``) and yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen-viec-lam-tan-cu-nhan (coded 2026-01: a graduate ``có
việc làm chính thức tại một công ty ... từ tháng 8.2025 khi vừa hoàn thành khóa luận``) read the month.

Only a month with its year after ``từ`` / ``kể từ``, and not when a span's other end follows (``từ tháng 10/2023 đến
nay``, ``từ tháng 4 - tháng 6/2023``: those are spans the registry reads), nor a month opening its sentence (``Từ tháng
1/2024, ...``: the time of what its sentence tells)."""

from __future__ import annotations

import re

#: "từ " or "kể từ " just before the month's word, within its sentence (not at its start)
_SINCE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+$", re.I)
#: "Từ" opening a sentence or a line: the time a sentence tells of, not a point in passing
_OPENS = re.compile(r"(?:^|[.!?;:\n])\s*(?:kể\s+)?từ\s+$", re.I)
#: a span's other end after the month: "đến nay", "tới tháng 6", "- 6/2023", "-5.2023", "sang năm 2024"
_SPAN_END = re.compile(r"\s*(?:,\s*)?(?:(?:đến|tới|sang)(?!\w)|[-–])", re.I)


def month_since(t: str, start: int, end: int) -> bool:
    """True when the month ``t[start:end]`` (``tháng 10/2023``) is the point something has run from."""
    before = t[max(0, start - 12):start]
    return bool(_SINCE.search(before)) and not _OPENS.search(t[max(0, start - 14):start]) \
        and not _SPAN_END.match(t, end)
