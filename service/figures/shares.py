"""A count and its share side by side under one period (round 32).

Agencies put a count and the share it makes under the same period heading: ``Năm 2024`` merged over ``Số lượng |
Tỷ lệ (%)`` (the Cục Trợ giúp pháp lý's trợ giúp viên meeting their quota: 684 · 99,85), ``Năm 2020`` over ``Số vụ
việc | Tỷ lệ (%)`` (the Hà Tĩnh centre's completed cases: 180 · 79).  The count is the row's value for the period, in
the row's unit; the share is a second quantity of the row, in %, a row of its own.  Main read both as cells of a
matrix in the row's unit («79 vụ việc»; «99,85 người» refused as a count with decimals).

:func:`count_heading` and :func:`share_heading` read the two headings' grammar (open-ended: any counted noun after
``Số``; any of the share words before ``(%)``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["count_heading", "share_heading"]

#: A count's heading: ``Số lượng``, ``Tổng số``, ``Số vụ việc``, ``Số người`` — ``Số`` and what it counts, no unit in
#: brackets, no number.
_COUNT = re.compile(r"(?i)^(?:tổng\s+)?số(?:\s+lượng|\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?$")
#: A share's heading: ``Tỷ lệ (%)``, ``Tỷ trọng (%)``, ``Cơ cấu (%)``, ``Tỷ lệ %``.
_SHARE = re.compile(r"(?i)^(?:tỷ|tỉ)\s+(?:lệ|trọng)\s*\(?\s*%\s*\)?$|^cơ\s+cấu\s*\(?\s*%\s*\)?$")
_NOT_A_COUNT = re.compile(r"(?i)^số\s+(?:tiền|dư|còn|liệu|phải|cần|đã|được)\b")


def _words(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(title or "")).split())


def count_heading(words: str) -> bool:
    """``Số lượng``, ``Số vụ việc``, ``Tổng số``: a count's heading (not ``Số tiền``, an amount in its unit, nor ``Số
    còn lại``, a stock)."""
    w = _words(words)
    return bool(_COUNT.match(w)) and not _NOT_A_COUNT.match(w)


def share_heading(words: str) -> bool:
    """``Tỷ lệ (%)``, ``Tỷ trọng (%)``, ``Cơ cấu (%)``: a share's heading, in per cent."""
    return bool(_SHARE.match(_words(words)))
