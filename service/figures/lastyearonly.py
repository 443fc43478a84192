"""A row stating only last year's value: a row of last year's period of its own, never the period's value.

A province's lớp-10 intake sheet (held-out xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025) lists this year's
exam (``Năm 2025``: 20.000 candidates, 47 boards) and, before this year's cut-off scores are set, last year's (``Năm
2024`` 23,65 · 24 · 26,80 …, the report's cells «-»).  The page states them («Năm ngoái, … điểm chuẩn 23,65»); main
left the rows out and said so («số ở cột 'Năm 2024' của các hàng này … không được lưu»).  Such a number is last year's
value of its row, kept as a year-before column's cells are (``Năm 2021`` beside ``6 tháng đầu năm 2022``): a row of its
own «<chỉ tiêu> (năm 2024)», code ``<mã>-2024``, column ``part:2024``.  Only when the report's period is known (chosen
or read from the sheet): last year's is that period a year back."""

from __future__ import annotations

from service.figures.model import part_column
from service.figures.titlereading import title_reading
from service.periods import Period

__all__ = ["last_year_of", "last_year_label", "last_year_code", "last_year_column", "last_year_said"]


def last_year_of(label: str, report: Period) -> Period:
    """The period such a row's number is of: the one its label names (``Hành khách phục vụ năm 2024`` under ``Cùng kỳ
    năm trước`` in a sheet of January 2026, Phú Quốc airport's «Số liệu các năm trước (tham khảo)», held-out
    xo-an-giang-cang-hkqt-phu-quoc-…-2026-01: the year 2024, not January 2025), else the report's a year back."""
    return title_reading(label) or report.cung_ky


def last_year_label(label: str, period: Period) -> str:
    """``THPT Dĩ An - nguyện vọng 1`` → ``THPT Dĩ An - nguyện vọng 1 (năm 2024)``; a label naming the period already
    stays as it is."""
    return label if title_reading(label) == period else f"{label} ({period.text})"


def last_year_code(code: str, period: Period) -> str:
    """``II.6`` → ``II.6-2024``: coded by its period, as a year-before column's rows are."""
    return f"{code}-{period.code}"


def last_year_column(period: Period) -> str:
    """The column family of such a row: its period as a part (``part:2024``)."""
    return part_column(period.code)


def last_year_said(rows: str, count: int, title: str) -> str:
    """The warning on the rows so loaded (``rows``: their numbers as the loader shows them)."""
    return (f"{count} hàng chỉ ghi số của cùng kỳ năm trước ở cột '{title}' (hàng {rows}), ô kỳ báo cáo trống hoặc «-»: "
            "số ấy nạp thành một hàng riêng của kỳ đó «<chỉ tiêu> (<kỳ>)», mã «<mã>-<kỳ>» (kỳ là kỳ báo cáo lùi một năm, "
            "hoặc kỳ tên chỉ tiêu đã nêu), không phải số liệu kỳ báo cáo")
