"""The aspect a rate of trade names right after it, and the aspect a row keeps (caught round 3).

``xuất khẩu cà phê tháng 6/2020 đạt 140.000 tấn, trị giá 237 triệu USD, tăng 7,5% về lượng và tăng 7,4% về trị giá
so với tháng 5/2020`` (d3-gialaitv-caphe-6t-2020): the rate after ``về lượng`` is the quantity's, whatever number it
follows (here the value's, ``237 triệu USD``); ``về trị giá`` / ``về giá trị`` / ``về kim ngạch`` is the value's.  A
row keeps one aspect when its label says it (``Khối lượng …``, ``Số lượng …``, ``Sản lượng …``; ``Trị giá …``, ``Kim
ngạch …``).  Words only of notation — no list of goods or places.
"""

from __future__ import annotations

import re

from service.checker.match import fold

QUANTITY, VALUE = "lượng", "trị giá"

_QUANTITY = r"(?:(?:khoi|so|san)\s+)?luong"
_VALUE = r"(?:tri\s+gia|gia\s+tri|kim\s+ngach)"
#: right after the rate: ``về lượng``, ``về khối lượng``, ``theo trị giá``, ``về mặt giá trị``
_AFTER = re.compile(rf"\s*(?:ve|theo)\s+(?:mat\s+)?(?:(?P<q>{_QUANTITY})|(?P<v>{_VALUE}))(?!\w)")
#: in a label: ``Khối lượng …``, ``Tháng 6/2020 - sản lượng …``; ``lượng`` alone only at a label's or part's start
#: (``tiền lương`` folds to ``luong`` too)
_LABEL_QUANTITY = re.compile(r"(?<!\w)(?:khoi|so|san)\s+luong(?!\w)|(?:^|[-–:(]\s*)luong(?!\w)")
_LABEL_VALUE = re.compile(rf"(?<!\w){_VALUE}(?!\w)")


def aspect_after(text: str, end: int) -> str | None:
    """The aspect the words right after a rate (ending at ``end``) name: ``QUANTITY``, ``VALUE`` or None."""
    m = _AFTER.match(fold(text[end:end + 40]))
    if m is None:
        return None
    return QUANTITY if m.group("q") else VALUE


def row_aspect(label: str) -> str | None:
    """The one aspect a row's label keeps (``Tháng 6/2020 - khối lượng tăng so với tháng 5/2020`` → ``QUANTITY``),
    None when it names neither or both."""
    f = fold(label)
    q, v = bool(_LABEL_QUANTITY.search(f)), bool(_LABEL_VALUE.search(f))
    return None if q == v else QUANTITY if q else VALUE


def aspect_words(label: str) -> str:
    """The label's own words for its aspect (folded: ``khoi luong``), to be read as said by ``về lượng``."""
    f = fold(label)
    m = _LABEL_QUANTITY.search(f) or _LABEL_VALUE.search(f)
    return m.group().strip(" -–:(") if m else ""


#: ``vượt 9% về việc, vượt 27% về tiền`` (ya-quang-nam-nong-son-chi-cuc-thi-hanh-an-dan-su-2010-2014): any word after
#: ``về`` names the aspect when a row's label says ``về`` the same word (``Vượt chỉ tiêu giao về việc``).
_ABOUT_AFTER = re.compile(r"\s*(?:ve|theo)\s+(?:mat\s+)?([a-z]+)(?!\w)")
_ABOUT_IN_LABEL = re.compile(r"(?<!\w)(?:ve|theo)\s+(?:mat\s+)?([a-z]+)(?!\w)")


def about_after(text: str, end: int) -> str | None:
    """The word ``về …`` names right after a rate (folded: ``viec``, ``tien``), or None."""
    m = _ABOUT_AFTER.match(fold(text[end:end + 30]))
    return m.group(1) if m else None


def about_in_label(label: str) -> set[str]:
    """The words a row's label says ``về …`` of (folded)."""
    return set(_ABOUT_IN_LABEL.findall(fold(label)))


#: the words a rate names right after ``về`` / ``theo`` up to the next punctuation, ``và``, ``song``, ``so với``:
#: ``tăng 1,2% về số DN``, ``giảm 18,0% về số vốn đăng ký so với tháng trước`` (xi-toan-quoc-dang-ky-doanh-nghiep-
#: 2018-q1; yn-toan-quoc-bo-ke-hoach-dau-tu-dang-ky-doanh-nghiep-2017-08's ``tăng 25,4% về số vốn đăng ký``)
_ABOUT_WORDS = re.compile(r"\s*(?:về|theo)\s+(?:mặt\s+)?(?P<w>[^\W\d_]+(?:\s+(?!và\b|song\b|so\b|nhưng\b|còn\b)"
                          r"[^\W\d_]+){0,4})", re.I)


def about_words(text: str, end: int) -> str:
    """The words ``về …`` names right after a rate ending at ``end`` (``số vốn đăng ký``), or ''."""
    m = _ABOUT_WORDS.match(text, end)
    return m.group("w") if m else ""


def rows_naming(words: str, rows: list) -> list:
    """The rows whose label holds every word of ``words`` (``kim ngạch`` → ``Kim ngạch nhập khẩu: so kế hoạch``, not
    ``Lượng nhập khẩu: …``): what ``về …`` after a rate names (``vượt 6% kế hoạch về lượng điều nhân nhập khẩu và vượt
    gần 8% về kim ngạch``, xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t; ``giảm 8,6% về số doanh nghiệp và
    tăng 34,9% về số vốn đăng ký``, yn-lam-dong-ubnd-tinh-doanh-nghiep); none for no words."""
    said = set(fold(words).split())
    if not said:
        return []
    return [r for r in rows if said <= set(re.findall(r"\w+", fold(r.fig.chi_tieu)))]
