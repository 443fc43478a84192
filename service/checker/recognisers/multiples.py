"""A multiple of a base the text names but does not state, with no ``so với`` between: ``Lợi nhuận sau thuế đạt 70,35
tỷ đồng, gấp 4,6 lần quý III/2019`` (zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t), ``đạt 149.400 doanh nghiệp,
giảm nhẹ 0,03% so với cùng kỳ năm 2022, gấp 1,2 lần mức bình quân doanh nghiệp gia nhập … giai đoạn 2018-2022``
(c41-tapchitaichinh-doanh-nghiep-8t-2023).

``gấp N lần`` followed by a period named by its own noun (``quý``, ``tháng``, ``học kỳ``, ``giai đoạn``, ``vụ``) or by
a level (``mức …``, ``bình quân``, ``trung bình``) compares this period's value with that base: a rate of change
written as a multiple, unproved when the text does not give the base — never a count of ``lần``. Last year's base
(``lần cùng kỳ``, ``lần năm 2019``) is ``derive._multiple_of_last``'s; a base after ``so với`` is
``derive._TIMES_OTHER_AFTER``'s.

A bare multiple right after the amount it speaks of, nothing after ``lần`` but the clause's end, is last period's
multiple as ``tăng gấp hơn 2 lần`` is (its base unsaid): ``lợi nhuận sau thuế 498 tỷ đồng, gấp 2,6 lần. Lãi ròng thu
về 365 tỷ đồng, gấp 4,4 lần.`` (sweep c50-cafef-bctc-quy-2-2024-doanh-nghiep, the half year against last year's),
``tính chung 7 tháng năm 2023, khách quốc tế đến nước ta ước đạt hơn 6,6 triệu lượt người, gấp 6,9 lần.`` (sweep
p15-cafef-dulich-7t-2023), ``Phú Yên đạt 31,1 nghìn m3, gấp 2 lần; Lâm Đồng đạt 8,3 nghìn m3, gấp 3 lần.`` (sweep
t25-cafef-lamnghiep-t7-2019): :func:`after_amount` — the amount, a comma, ``gấp``. Read as counts of ``lần`` they were
flagged; as multiples ``derive._multiple_of_last`` checks them against the row's last year, or leaves them unproved.
Not a bracketed multiple (``tăng 3.622,7 triệu đồng (gấp khoảng 5,2 lần) so với năm 2003``: its base follows), nor one
with words after ``lần`` (``gấp 2,9 lần cùng kỳ năm trước``, ``gấp 1,2 lần mức bình quân``: read as before).
"""

from __future__ import annotations

import re

#: ``lần`` then the base's own noun: a period named by its kind, or a level (an average, a rate).
_BASE_NAMED = re.compile(r"(?i)\s*lần[ \t]+(?:(?:quý|tháng|học[ \t]+kỳ|giai[ \t]+đoạn|vụ|tuần)(?=[ \t]+[\dIVXivx])"
                         r"|mức(?=[ \t]+[^\W\d_])|(?:bình[ \t]+quân|trung[ \t]+bình)(?!\w))")


def times_named_base(text: str, num_end: int) -> bool:
    """The multiple ending at ``num_end`` (``gấp 4,6`` + `` lần quý III/2019``) is of a base its words name after
    ``lần`` without ``so với``: another period by its noun and number, or a level."""
    return bool(_BASE_NAMED.match(text, num_end))


#: ``498 tỷ đồng, gấp``, ``6,6 triệu lượt người, gấp``, ``31,1 nghìn m3, gấp``: an amount, a comma, ``gấp`` (+ an
#: approximation) right before the multiple.
_AFTER_AMOUNT = re.compile(r"(?i)\d[\d.,]*[ \t]*(?:[^\W_]+[ \t]*){0,4}?,[ \t]*gấp[ \t]+"
                           r"(?:(?:gần|hơn|khoảng|trên|xấp[ \t]+xỉ)[ \t]+)?$")


def after_amount(text: str, num_start: int) -> bool:
    """The multiple at ``num_start`` follows the amount it speaks of and a comma (``498 tỷ đồng, gấp 2,6 lần``)."""
    return _AFTER_AMOUNT.search(text, max(0, num_start - 60), num_start) is not None


#: The words before a multiple, one grammar for the checker and the template: ``tăng đến 3 lần``, ``tăng gấp 6 lần``,
#: ``tăng hơn 2 lần`` — a rise whose size is a multiple (``lên``/``tới``/``đến`` say the level it reached, ``gấp`` the
#: multiple) — or ``gấp`` alone; then an approximation, right before the number.
_RISE = r"tăng(?:\s+(?:gấp|đến|tới|lên))?"
_APPROX = r"(?:\s+(?:gần|hơn|khoảng|trên|xấp\s+xỉ|đến|tới))?\s*$"
#: A rise as a multiple (``tăng …``): the checker's readers of a multiple with no base after ``lần``, where a bare
#: ``gấp`` is read by their own rules (``after_amount``, ``times_named_base``).
RISE_BEFORE = re.compile(rf"(?i)(?<!\w){_RISE}{_APPROX}")
#: Any multiple: a rise (``tăng …``) or ``gấp`` alone.
TIMES_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_RISE}|gấp){_APPROX}")
#: ``gấp`` alone (``gấp 4 lần``, ``tăng gần gấp 4 lần``).
GAP_BEFORE = re.compile(rf"(?i)(?<!\w)gấp{_APPROX}")
#: ``lần`` then the quantity multiplied, a noun phrase in lower case (``lần nguồn vốn ngân sách chuyển sang``, ``lần
#: lượng khách đến thành phố``) — not a base (``so với``, ``cùng kỳ``, a period: ``năm``, ``quý``, ``tháng``, a level:
#: ``mức``, ``bình quân`` — the other rules'), not an aspect (``về trị giá``: ``changes.aspects``'), not ``lượt``
#: (respectively), not the times a thing happened (``liên tiếp``, ``trong``, ``kể từ``, ``nữa``, ``mỗi``), not a
#: conjunction (``và``, ``nhưng``, ``còn``: the multiple ends there), not a clause's end.
_QUANTITY_AFTER = re.compile(r"[ \t]*lần[ \t]+(?!(?:so|cùng|năm|quý|tháng|tuần|kỳ|giai|mức|bình|trung|về|lượt|liên|"
                             r"trong|kể|từ|nữa|rồi|và|với|mỗi|một|nhưng|còn|thì|mà|hay|hoặc)(?!\w))"
                             r"((?:[^\W\d_]+[ \t]*){1,6})")


def times_of_quantity(text: str, num_start: int, num_end: int) -> str | None:
    """``Hà Tĩnh đã tăng đến 3 lần nguồn vốn ngân sách chuyển sang NHCSXH`` (xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-
    sach-2015-2019), ``đạt hơn 1,3 triệu lượt, tăng gấp 6 lần lượng khách đến thành phố dịp lễ hội năm ngoái`` (sweep
    t39-kyhoatour-le-hoi-song-nuoc-tphcm-2024): a rise written as a multiple of the quantity the words after ``lần``
    name — its words (to find the quantity's row), or None. Read as a count of ``lần`` it was flagged."""
    if not RISE_BEFORE.search(text, max(0, num_start - 28), num_start):
        return None
    m = _QUANTITY_AFTER.match(text, num_end)
    return m.group(1).strip() if m and m.group(1)[0].islower() else None


#: ``gấp 3,5 lần về vốn đầu tư so với cùng kỳ năm 2020`` (xq-vinh-phuc-bql-kcn-thu-hut-dau-tu-2021-10t), ``gấp 3,16 lần
#: về tổng mức đầu tư so với cùng kỳ năm 2020`` (sweep t5-nghean-ktxh-2021): what the multiple is of, ``về`` and a few
#: words, between ``lần`` and ``so với`` its base (a regex piece for the readers of the base after ``lần``).
ABOUT_BEFORE_BASE = r"(?:về(?:[ \t]+[^\W\d_]+){1,5}?[ \t]+(?=so[ \t]))?"

#: ``tăng từ 2 đến 3 lần so với ngày thường`` (xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01), ``tăng gấp từ 2-5 lần
#: so với năm 2003`` (sweep c18-baodautu-lienminh-htx-2020), ``thu lãi gấp 2 – 3 lần so với trong màu`` (zp-vinh-phuc-
#: tam-dao-hoi-ccb-giup-nhau-lam-kinh-te-2010-h1): a range of multiples, its base named after ``so với``.
_RANGE_OF_TIMES = re.compile(r"(?i)(?<!\w)(?:tăng|gấp)(?:[ \t]+gấp)?[ \t]+(?:từ[ \t]+)?(\d+(?:,\d+)?)[ \t]*"
                             r"(?:đến|tới|-|–)[ \t]*(\d+(?:,\d+)?)[ \t]*lần[ \t]+so[ \t]+(?:với[ \t]+)?[^\W\d_]")


def range_of_times(text: str, num_start: int, num_end: int) -> bool:
    """The number at ``num_start``–``num_end`` is an end (or the whole) of a range of multiples of a base named after
    ``so với`` (``tăng từ 2 đến 3 lần so với ngày thường``): a multiple of a base the table does not keep — as a rate
    of change with no kept base, unproved."""
    for m in _RANGE_OF_TIMES.finditer(text, max(0, num_start - 24), min(len(text), num_end + 60)):
        if m.start(1) <= num_start and num_end <= m.end(2):
            return True
    return False
