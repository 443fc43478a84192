"""An occasion of one year looking back on the year before (periods round 47).

A ceremony, a meeting or a course named with its year in a sentence that counts nothing (``Tác giải có thành tích xuất
sắc trong hoạt động khoa học công nghệ năm 2022 nhận khen thưởng``, a caption; ``Ngày 15.1, Công ty ... tổ chức hội
nghị đại biểu người lao động năm 2020``; ``Sáng 6/3, ... khai giảng lớp sơ cấp nghề xoa bóp, bấm huyệt khóa 54 năm
2024``) and the year before it opening a clause that does count (``Trong năm 2021, Sở KH&CN đã tiếp nhận 415 hồ sơ``,
``Năm 2019, công ty đạt tổng sản lượng nước thương phẩm 50,44 ...``, ``Năm 2023, 13 điểm dịch vụ ... thu hút khoảng
66.000 lượt khách``): the figures are the earlier year's, the occasion's year only names it (held-out
xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021, yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019,
xc-hai-duong-hoi-nguoi-mu-tinh-dich-vu-xoa-bop-2023, coded the earlier year).

Not when the occasion's sentence counts something (``Năm 2020, toàn tỉnh đạt ...`` is a result of its own), nor when the
earlier year only sits in a sentence (``so với năm 2019``) or opens one with no figure in it."""

from __future__ import annotations

import re

from .model import Mention

#: what a sentence may hold in digits and still count nothing: a day ("6/3", "15.1", "17-5", "18/05/2022"), a year,
#: a clock ("16:21"), an ordinal of a course, a congress, an edition ("khóa 54", "lần thứ 5", "kỳ 3")
_NOT_A_COUNT = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b"
                          r"|\b(?:khóa|khoá|lần\s+thứ|lần|kỳ|số)\s+\d{1,3}\b", re.I)
#: a sentence's stop: not the dot inside a number or a day ("66.000", "50.44", "Ngày 15.1")
_STOP = re.compile(r"[!?\n]|\.(?!\d)")


def _sentence(t: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _STOP.finditer(t, 0, start)), default=0)
    b = _STOP.search(t, end)
    return a, b.start() if b else len(t)


def _counts(text: str) -> bool:
    return bool(re.search(r"\d", _NOT_A_COUNT.sub(" ", text)))


def _opens_counting_clause(t: str, men: Mention) -> bool:
    """"Trong năm 2021, Sở ... đã tiếp nhận 415 hồ sơ": the year opens its sentence, a comma after it, a figure after."""
    a, b = _sentence(t, men.start, men.end)
    return not t[a:men.start].strip() and bool(re.match(r"\s*,", t[men.end:])) and _counts(t[men.end:b])


def looked_back(t: str, kept: list[Mention]) -> list[Mention]:
    """The mentions of an occasion's year that give way to the year before it (see the module)."""
    years = [k for k in kept if k.recogniser == "year" and k.period.kind == "year" and k.year_stated and k.reported]
    before = {k.period.year + 1 for k in years if _opens_counting_clause(t, k)}
    out = []
    for men in years:
        if men.period.year not in before:
            continue
        a, b = _sentence(t, men.start, men.end)
        if t[a:men.start].strip() and not _counts(t[a:b]):
            out.append(men)
    return out
