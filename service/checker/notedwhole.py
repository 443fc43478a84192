"""The whole of ``X/Y <noun>`` that the numerator's row notes as a bare fraction.

A table of progress may keep beside a row's count its whole, written in ``Ghi chú`` as the text writes it:
``CĐCS đã tổ chức đại hội theo nhiệm kỳ`` = 309 noted ``309/1.301`` for ``đến nay đã có 309/1.301 CĐCS tổ chức đại
hội, 14/293 CĐCS tổ chức hội nghị giữa nhiệm kỳ`` (xj-bac-giang-ldld-tinh-dai-hoi-cong-doan-co-so-2012, whose
``Trên tổng số`` column the loader leaves aside); ``Chi hội đạt vững mạnh`` = 4 noted ``4/5``, ``Tổ phụ nữ đạt vững
mạnh`` = 42 noted ``42/54`` for ``4/5 chi hội đạt vững mạnh, 42/54 tổ phụ nữ đạt vững mạnh``
(xf-long-an-kien-tuong-hoi-lhpn-xa-binh-hiep-nhiem-ky-2011-2016). Notation: a note that is only ``X/Y`` with ``X``
the row's own value says ``Y`` is the whole that row's count is out of. The denominator right after the numerator
the row proves is then checked against it: right when it says ``Y``, wrong when it says another.

Not a note with words (``notefigure`` reads those), not a note whose ``X`` is none of the row's cells, not a
denominator the checker already proved or set aside as no figure.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.numbers import format_vn

#: a note that is one fraction and nothing else: ``309/1.301``
_FRACTION_NOTE = re.compile(r"^\s*(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*$")
#: the numerator and the denominator written together: ``309/1.301``
_SLASH = re.compile(r"\s?/\s?")
#: a whole count as a clerk types it: ``1.301`` (dots group thousands), ``293``
_WHOLE_COUNT = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def _count(s: str) -> Decimal | None:
    return Decimal(s.replace(".", "")) if _WHOLE_COUNT.fullmatch(s) else None


def noted_whole(row) -> Decimal | None:
    """``Y`` of a row's note ``X/Y`` where ``X`` is one of the row's cells, else None."""
    note = unicodedata.normalize("NFC", getattr(row.fig, "ghi_chu", "") or "")
    m = _FRACTION_NOTE.match(note)
    if m is None:
        return None
    part, whole = _count(m.group(1)), _count(m.group(2))
    if part is None or whole is None or part not in {v for v in row.values.values() if v is not None}:
        return None
    return whole


def noted_wholes(text: str, numbers: list, idx) -> None:
    """Check each denominator of ``X/Y`` against the whole its numerator's row notes (in place)."""
    for k in range(1, len(numbers)):
        y, x = numbers[k], numbers[k - 1]
        if y.verdict not in ("unsupported", "standing") or y.value is None or y.kind not in ("count", "ratio"):
            continue
        if x.verdict not in ("supported", "derived") or not x.source or not _SLASH.fullmatch(text[x.end:y.start]):
            continue
        row = idx.by_code.get(x.source.get("ma"))
        whole = noted_whole(row) if row is not None else None
        if whole is None:
            continue
        if Decimal(str(y.value)) == whole:
            y.verdict, y.reason, y.expected = "supported", None, None
            y.derivation = f"{row.fig.ma}: ghi chú «{row.fig.ghi_chu.strip()}»: mẫu số là tổng số {format_vn(whole)}"
        else:
            y.verdict, y.expected, y.derivation = "unsupported", format_vn(whole), None
            y.reason = (f"Ghi chú của {row.fig.ma} ({row.fig.chi_tieu[:60]}) ghi «{row.fig.ghi_chu.strip()}»: mẫu số "
                        f"là {format_vn(whole)}, không phải «{y.text.strip()}»")
