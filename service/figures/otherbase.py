"""A comparison column whose base is no period and no plan: an ordinary day, an average, another place.

A column title compares with what follows ``so với`` / ``so``.  The bases a sheet's figures are checked against are
periods (``cùng kỳ``, ``năm 2019``, ``tháng trước``, ``quý II/2018``, ``đầu năm``, ``năm ngoái``, a date) and plans
(``kế hoạch``, ``KH``, ``dự toán``, ``chỉ tiêu``, ``nghị quyết``).  Anything else is not the same period last year:
the bus stations' ``So với ngày thường (%)`` beside ``So với cùng kỳ (%)`` (held-out xn-tp-hcm-ben-xe-mien-dong-
mien-tay-xe-xuat-ben-2020-01: «so ngày thường tăng 58%», main loaded 58 as a second «so với cùng kỳ» rate and lost
the row's own −3), the ferries' ``So với ngày thường`` (held-out zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-
2017-12: «gấp 2 lần», «tăng 80%»).  The rule reads the base's grammar, open-ended: a base headed by an average
(``bình quân``, ``trung bình``) is never a period; a base with no period word, no number and no plan word is another
thing (a day of a kind, a place, a product), whatever its words.  ``columns.map_columns`` then loads such a column's
numbers as rows of their own («<chỉ tiêu>: so với ngày thường», in %), or sets it aside when its cells are words."""

from __future__ import annotations

import re
import unicodedata

from service.figures.schema import fold

__all__ = ["another_base"]

# the comparing word, as written: «so với», «so»; never «so sánh» (a title naming no base)
_SO = re.compile(r"(?i)\bso(?:\s+với)?\b(?!\s+sánh)")

# a base that is an average of something: never the same period last year, whatever period it averages over
_AVERAGE = re.compile(r"^(?:muc |so |gia tri )?(?:binh quan|trung binh)\b")

# a base naming a period or a plan (folded): the known bases, kept as they are read today
_KNOWN = re.compile(
    r"\d|\b(?:cung ky|nam|thang|quy|ky|tuan|phien|khoa|vu|dot|mua|tet|giai doan|thoi gian|thoi diem|hom qua|"
    r"truoc|ngoai|lien ke|dau|cuoi|ke hoach|kh|du toan|du kien|chi tieu|nghi quyet|nq|muc tieu|thiet ke|cam ket)\b")


# a base written as an abbreviation in capitals (``CK`` cùng kỳ, ``CKNT``, ``KH``, ``TH``): its head cannot be read
_ABBREVIATION = re.compile(r"^[A-ZĐ]{1,6}(?:\s*[/&]?\s*[A-ZĐ]{1,6})*$")


def another_base(title: str) -> str | None:
    """The base as written (``ngày thường``) when a comparison column's title names one that is no period and no
    plan; None for a known base (``So với cùng kỳ (%)``, ``So với năm 2019``, ``So với KH``, ``So cùng kỳ (%)``,
    ``So với tháng trước``), a title with no ``so với``/``so``, or one naming nothing after it."""
    t = " ".join(unicodedata.normalize("NFC", str(title or "")).split())
    found = list(_SO.finditer(t))
    if not found:
        return None
    base = re.split(r"[(\[]", t[found[-1].end():], maxsplit=1)[0].strip(" :,;-–.%")
    folded = fold(base)
    if not folded or not re.search(r"[a-z]", folded):
        return None
    if _ABBREVIATION.match(base):
        return None    # «% so CK», «so KH», «so TH»: an abbreviation says no grammar; kept as read before
    if _AVERAGE.match(folded) or not _KNOWN.search(folded):
        return base
    return None
