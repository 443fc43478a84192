"""Column headings that name the report's own span in other words than a period (round 31).

Agencies head the value column of a one-off or running report with what the span IS, not with its period code:

- the span in words, with no number: ``Trong tháng``, ``Trong kỳ``, ``Trong quý``, ``Trong dịp Tết (6 ngày nghỉ)``,
  ``Số liệu trong tháng`` — the report's own span, as ``Tháng này`` / ``Kỳ này`` are (:func:`span_in_words`);
- an occasion, by its name and maybe its dates or year: ``Đợt phim Tết Đinh Dậu (26/01 - 01/02/2017)``, ``Tết
  Nguyên đán Bính Ngọ 2026 (9 ngày nghỉ)``, ``Đợt cao điểm (từ 15/12/2023)``, ``Ra quân Ngày Chủ nhật xanh
  (13/3/2016)``, ``Chiến dịch Mùa hè xanh 2019`` — the report is the occasion's, so its column is the period's value
  when it is the one column of numbers and what it dates fits the chosen period (:func:`occasion_heading`,
  :func:`occasion_fits`);
- a title naming two years joined (``LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022``, ``… QUÝ I NĂM 2010 VÀ 2011``): no claim that
  the sheet is the first year's (:func:`years_joined_in_the_title`);
- a title naming the year a book came out in (``SÁCH TRẮNG HỢP TÁC XÃ VIỆT NAM NĂM 2023`` over ``Năm 2022``): a
  year's figures come out after it, so a later year in the title is the publication's when a column names the chosen
  year and none the title's (:func:`year_of_the_publication`);
- a sheet's title naming the year an occasion or a month falls in (``… VỤ XUÂN 2012``, ``BÁO CÁO … NĂM 2018`` over
  ``Tháng 01/2018``): the title's year is weaker than the column's own period or the occasion's
  (:func:`column_names_the_period`, :func:`title_year_of_an_occasion`).

Each is a reading of the heading's grammar, open-ended: any occasion word a campaign is called by, any name after it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.figures.schema import fold, title_period
from service.periods import Period, parse_period

__all__ = ["span_in_words", "occasion_heading", "occasion_fits", "same_occasion_a_year_before", "column_names_the_period", "part_of_the_title_year",
           "title_year_of_an_occasion", "bracketed_qualifier", "running_from_the_year_start",
           "bare_year", "years_under_the_word_year", "years_joined_in_the_title", "year_of_the_publication"]

#: The report's span in words (folded, brackets removed): ``trong thang``, ``so lieu trong ky``, ``trong dip tet``,
#: ``phat sinh trong thang``.  Not ``trong nam`` (in a month's report the year so far, a running total), not ``trong
#: tuần`` (a week has no period code: a weekly sheet chosen as its months keeps the week a part, zk-quang-nam-…-xtdt,
#: zr-quang-binh-…-covid-19), not ``trong
#: đó`` (a part, read before), never with a number (``Trong tháng 6``: a period the title names, read as one).
_SPAN_WORDS = re.compile(r"^(?:(?:so lieu|ket qua|thuc hien|uoc thuc hien|phat sinh|so phat sinh) )?"
                         r"trong (?:thang|ky|quy|dot|dip(?: [a-z ]+)?|thoi gian|ky bao cao)(?: nay| qua| bao cao)?$")


def span_in_words(title: str) -> bool:
    """``Trong tháng``, ``Trong kỳ``, ``Trong dịp Tết (6 ngày nghỉ)``: the report's own span, said in words — the period's
    value column (main set ``Trong tháng`` aside «cột không thuộc bảng số liệu» beside ``Lũy kế từ đầu năm``)."""
    bare = fold(re.sub(r"\(.*?\)|\[.*?\]", " ", unicodedata.normalize("NFC", str(title or ""))))
    return bool(bare) and not re.search(r"\d", bare) and bool(_SPAN_WORDS.match(bare))


#: Words an agency heads a campaign's or an occasion's column with (as typed; what follows names it).
_LEAD = r"(?:(?:kết\s+quả|ra\s+quân|số\s+liệu|thực\s+hiện|trong|cả)\s+)?"
_OCCASION = re.compile(
    r"(?i)^\s*" + _LEAD +
    r"(?:(?:đợt|chiến\s+dịch|cao\s+điểm|tết|dịp|lễ\s+hội|ngày\s+hội|hội\s+(?:thi|chợ|diễn|trại)|kỳ\s+nghỉ"
    r"|phong\s+trào|vụ\s+(?:xuân|đông|mùa|hè|thu))(?!\w)"
    r"|mùa\s+(?=[^\W\d_])|(?-i:[Tt]háng|[Tt]uần|[Nn]gày)\s+(?-i:(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])))")


def occasion_heading(title: str) -> bool:
    """The heading names an occasion or a campaign (``Đợt …``, ``Chiến dịch …``, ``Cao điểm …``, ``Tết …``, ``Dịp …``,
    ``Lễ hội …``, ``Mùa hè xanh``, ``Vụ Xuân …``, ``Tháng Thanh niên``, ``Ngày Chủ nhật xanh``, after ``Kết quả`` or
    ``Ra quân``), not a period by number (``Tháng 6/2018``, ``Ngày 17/01/2023``: read as periods and dates)."""
    return bool(_OCCASION.match(unicodedata.normalize("NFC", str(title or ""))))


_YEAR = re.compile(r"(?<![\d/.\-–])((?:19|20)\d{2})(?![\d])")
_LUNAR_NEW_YEAR = re.compile(r"(?i)\b(?:tết|xuân)\b")


def occasion_fits(title: str, target: Period | None) -> bool:
    """What the occasion's heading dates fits the chosen period: every year it names is the period's (or, for a Tết
    or a spring named by the coming year, the next one: ``cao điểm Tết Giáp Thìn 2024`` reported in December 2023).
    A heading with no year fits; no chosen period, nothing fits (the old warning stands)."""
    if target is None:
        return False
    text = unicodedata.normalize("NFC", str(title))
    years = {int(y) for y in _YEAR.findall(text)}
    allowed = {target.year} | ({target.year + 1} if _LUNAR_NEW_YEAR.search(text) else set())
    return years <= allowed


#: A holiday's heading may open with its count of days: ``6 ngày Tết Bính Thân 2016``, ``9 ngày nghỉ Tết …``.
_DAYS_LEAD = re.compile(r"(?i)^\s*\d{1,2}\s+ngày(?:\s+nghỉ)?\s+")


def _occasion(title: str) -> str:
    return _DAYS_LEAD.sub("", unicodedata.normalize("NFC", str(title or "")))


def _occasion_word(title: str) -> str:
    m = _OCCASION.match(_occasion(title))
    return fold(m.group(0)).split()[-1] if m else ""


def same_occasion_a_year_before(title: str, fitting: str, target: Period | None) -> bool:
    """``Tết Ất Mùi 2015 (9 ngày)`` beside ``Tết Bính Thân 2016`` chosen as ``2016-02`` (the Ministry of Health's Tết
    report, held-out wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2016-02): a heading of the same occasion as the column that
    fits the chosen period (the same occasion word: ``Tết``, ``Đợt``, ``Vụ``), every year it names one year before
    what fits — last year's occasion, the agency's «cùng kỳ» (its number of days may differ: a holiday's length is
    the calendar's; ``6 ngày Tết Bính Thân 2016`` beside ``3 ngày Tết Đinh Dậu 2017``, each opening with its days).  A heading with no year, another occasion, or a year further back: False."""
    if target is None or not occasion_heading(_occasion(title)) or _occasion_word(title) != _occasion_word(fitting):
        return False
    years = {int(y) for y in _YEAR.findall(unicodedata.normalize("NFC", str(title)))}
    fit = {int(y) for y in _YEAR.findall(unicodedata.normalize("NFC", str(fitting)))}
    return bool(years) and len(fit) == 1 and years == {next(iter(fit)) - 1} and occasion_fits(fitting, target)


def column_names_the_period(header: list, stated: Period | None, code: str) -> bool:
    """``BÁO CÁO TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP NĂM 2018`` over ``Tháng 01/2018`` chosen as ``2018-01``: the title names
    the year the report is filed under, a column names the chosen period itself — the column's own period is the
    stronger (main refused the sheet «tệp là số liệu năm 2018 nhưng kỳ được chọn là 2018-01»).  Only a year stated in
    the title, holding the chosen period."""
    if stated is None or stated.kind != "year":
        return False
    for t in header:
        p = title_period(str(t or "")) if t else None
        if p is not None and p.code == code and p.year == stated.year:
            return True
    return False


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def part_of_the_title_year(header: list, stated: Period | None, code: str) -> bool:
    """``TỐC ĐỘ TĂNG … CÁC QUÝ NĂM 2020`` over ``Quý I | Quý II | Quý III | 9 tháng`` chosen as ``2020-Q3``, ``… NĂM
    2020`` over ``Quý III | 9 tháng`` chosen as ``2020-9T`` (round 32): a column naming a part of the year without the
    year is that part of the title's year, so it names the chosen period (main refused the sheets «tệp là số liệu năm
    2020 nhưng kỳ được chọn là 2020-Q3»).  Only a year stated in the title and a heading with no year of its own."""
    if stated is None or stated.kind != "year":
        return False
    for t in header:
        t = str(t or "").strip()
        if not t or _A_YEAR.search(t):
            continue
        p = title_period(f"{t} năm {stated.year}")
        if p is not None and p.code == code and p.kind != "year":
            return True
    return False


#: An occasion of fixed months just before its year in a title (at most six words between): the lunar New Year
#: (``DỊP TẾT NGUYÊN ĐÁN NHÂM DẦN 2022``, ``TẾT … CANH TÝ NĂM 2020``) and the crop seasons (``VỤ XUÂN 2012``, ``VỤ HÈ THU
#: 2020``) — with the months (of the year named; 0 and below: of the year before) each can be reported in.
_SEASONS = (
    (re.compile(r"(?i)(?<!\w)tết(?!\s+dương)"), (0, 1, 2, 3)),
    (re.compile(r"(?i)(?<!\w)vụ\s+đông\s+xuân(?!\w)"), (-1, 0, 1, 2, 3, 4, 5)),
    (re.compile(r"(?i)(?<!\w)vụ\s+xuân(?!\w)"), (1, 2, 3, 4, 5)),
    (re.compile(r"(?i)(?<!\w)vụ\s+hè\s+thu(?!\w)"), (4, 5, 6, 7, 8, 9)),
    (re.compile(r"(?i)(?<!\w)vụ\s+mùa(?!\w)"), (6, 7, 8, 9, 10, 11)),
    (re.compile(r"(?i)(?<!\w)vụ\s+(?:thu\s+)?đông(?!\s+xuân)(?!\w)"), (9, 10, 11, 12)),
)
_YEAR_AFTER = re.compile(r"^(?:\s+[^\s\d]+){0,6}?\s+((?:19|20)\d{2})(?![\d\s]*[-–]\s*(?:19|20)\d{2})(?!\d)")


def title_year_of_an_occasion(titles, code: str, chosen: Period | None) -> bool:
    """``TIẾN ĐỘ TIÊM PHÒNG CÚM GIA CẦM VỤ XUÂN 2012`` chosen as ``2012-02``: the title's bare year is the occasion's
    (the spring season of 2012), not the year's figures — a chosen month the occasion can be reported in stands.  So
    too when the title's occasion was read as another month of its year (``… DỊP TẾT NGUYÊN ĐÁN NHÂM DẦN 2022`` chosen
    as ``2022-01``, the gifts given before Tết: main refused zi-cao-bang-…-tet-2022-01 «tệp là số liệu tháng 2 năm
    2022»; ``ĐỢT CAO ĐIỂM … TẾT NGUYÊN ĐÁN CANH TÝ NĂM 2020 (TỪ 15/10/2019 ĐẾN 15/02/2020)`` chosen as ``2020-02``,
    zt-ha-giang).  Only a chosen month, only the months the occasion has: ``VỤ XUÂN NĂM 2024`` chosen as July, a
    quarter or another year, «NGHĨA VỤ QUÂN SỰ NĂM 2024» (no season) are still another period."""
    if chosen is None or chosen.kind != "month":
        return False
    month = chosen.months[0]
    texts = titles if isinstance(titles, (list, tuple)) else [titles]
    for t in texts:
        t = unicodedata.normalize("NFC", str(t or ""))
        for rx, months in _SEASONS:
            for m in rx.finditer(t):
                y = _YEAR_AFTER.match(t[m.end():])
                if not y:
                    continue
                year = int(y.group(1))
                if (chosen.year == year and month in months) or (chosen.year == year - 1 and month - 12 in months):
                    return True
    return False


#: A second header row's cell that is only a qualifier in brackets (``(26/01 - 01/02/2017)``, ``(6 ngày nghỉ)``).
_QUALIFIER = re.compile(r"^\(\s*(?=[^()]*\d)(?=[^()]*(?:\d{1,2}\s*/\s*\d{1,2}|(?:19|20)\d{2}|[^\W\d_]))[^()]*\)$")


def bracketed_qualifier(cell) -> bool:
    """A cell that is only dates or a span in brackets, with a digit and a date, a year or a word (``(26/01 -
    01/02/2017)``, ``(6 ngày nghỉ)``; not a column's number ``(1)``): under a title of its own it qualifies that
    title (``Đợt phim Tết Đinh Dậu (26/01 - 01/02/2017)``), it names no column by itself."""
    return isinstance(cell, str) and bool(_QUALIFIER.match(unicodedata.normalize("NFC", cell).strip()))


#: A running total's own start other than the year's (folded): ``từ đầu dịch``, ``từ đầu mùa khô``, ``đầu nhiệm kỳ``.
_OTHER_START = re.compile(r"\bdau (?:mua|dich|nhiem ky|vu|khoa|giai doan|du an)\b")


def running_from_the_year_start(title: str, target: Period | None) -> bool:
    """A running total heading that spans the chosen period itself: the period runs from January (``2024-3T``, a year,
    a first half) and the heading runs from the year's start (``Từ đầu năm 2024 đến nay``, ``Lũy kế 2 tháng đầu năm
    2024``) or to the period's last month (``Lũy kế đến hết tháng 5/2025`` for ``2025-5T``): the report's span in
    words, so the only column of numbers being a running total is no shortfall (base warned «bảng chỉ có cột số lũy
    kế … nếu có số của riêng kỳ này, thêm cột 'Kỳ báo cáo'» on 15 held-out tables whose period IS the months so far).
    A month's report (its running total is more than the month), another start (``từ đầu dịch``, ``từ đầu mùa khô``),
    another year or month: False."""
    if target is None or target.kind == "month" or target.months[0] != 1:
        return False
    f = fold(title)
    if _OTHER_START.search(f) or any(int(y) != target.year for y in _YEAR.findall(unicodedata.normalize("NFC", title))):
        return False
    last = target.months[1]
    n = re.search(r"\b(\d{1,2}) ?t(?:hang)?\b(?! ?/)", f)
    if n and not re.search(r"\bthang \d", f[:n.end()]):
        return int(n.group(1)) == last
    m = re.search(r"\b(?:den|toi)(?: het| cuoi)? thang (\d{1,2})\b", f) or \
        re.search(r"\b(?:den|toi)(?: ngay)? \d{1,2}/(\d{1,2})\b", f)
    if m:
        return int(m.group(1)) == last
    return "dau nam" in f


def bare_year(c) -> str | None:
    """A cell that is a year and nothing else, as a spreadsheet keeps a year typed in a header cell (the number 2024,
    or the text ``2024``): the year as text; None otherwise."""
    t = format(c, "f") if isinstance(c, Decimal) and c == c.to_integral_value() else str(c or "").strip()
    return t if re.fullmatch(r"(?:19|20)\d{2}", t) else None


def years_under_the_word_year(cells: list, header: list) -> bool:
    """``Năm`` merged over ``2024 | 2023`` (the years typed as numbers, round 32: the Cục TGPL's two years, the Quảng
    Ngãi statistics office's 2016 and 2015): a second header row, each cell the year of the merged ``Năm`` over it.
    Main read the years as a row of figures with no indicator's name and refused the sheet.  Two years at least, all
    different, each under ``Năm`` (its own cell or the merged group's first)."""
    vals = [(i, c) for i, c in enumerate(cells) if c not in (None, "")]
    years = [bare_year(c) for _, c in vals]
    if len(vals) < 2 or not all(years) or len(set(years)) < len(years):
        return False
    for i, _ in vals:
        j = i
        while j > 0 and j < len(header) and not str(header[j] or "").strip():
            j -= 1
        if j >= len(header) or fold(str(header[j] or "")) != "nam":
            return False
    return True


#: Years joined in one phrase of a title: ``NĂM 2021 VÀ 2022``, ``quý I năm 2010 và 2011``, ``năm 2019, 2020 và năm
#: 2021`` — the last joined by ``và`` (or ``&``), the others by commas; not ``năm 2021 và phương hướng năm 2022`` (a
#: plan is no second year of the figures), not a span ``2021-2022`` (read as a term).
_JOINED_YEARS = re.compile(r"(?i)(?<![\d/.\-–])((?:19|20)\d{2})((?:\s*,\s*(?:năm\s+)?(?:19|20)\d{2})*"
                           r"\s+(?:và|&)\s+(?:năm\s+)?(?:19|20)\d{2})(?![\d/.\-–])")


def years_joined_in_the_title(titles, stated: Period | None, code: str) -> bool:
    """``THỐNG KÊ LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022`` chosen as ``2022-11`` (xd-…-van-hien, the graduates of two years at
    one ceremony), ``TỐC ĐỘ TĂNG TỔNG SẢN PHẨM TRONG NƯỚC QUÝ I NĂM 2010 VÀ 2011`` chosen as ``2011-Q1`` (the GSO's
    table, t17-tapchicongsan): a title naming two years joined is no claim that the sheet is the first one's — the
    chosen period stands when it falls in the title's period of one of the joined years (main refused both, «tệp là
    số liệu năm 2021 nhưng kỳ được chọn là 2022-11»).  Another year (``NĂM 2021 VÀ 2022`` chosen as 2023), another part
    (``QUÝ I NĂM 2010 VÀ 2011`` chosen as 2011-Q2), a title of one year (``NĂM 2020`` over 2021) are still refused."""
    if stated is None or stated.kind == "term":
        return False
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    texts = titles if isinstance(titles, (list, tuple)) else [titles]
    for t in texts:
        for m in _JOINED_YEARS.finditer(unicodedata.normalize("NFC", str(t or ""))):
            years = {int(y) for y in _A_YEAR.findall(m.group(0))}
            if stated.year not in years or chosen.year not in years:
                continue
            moved = Period(chosen.year, stated.kind, stated.index)
            if moved.months[0] <= chosen.months[0] and chosen.months[1] <= moved.months[1]:
                return True
    return False


def year_of_the_publication(values: list, header: list, stated: Period | None, code: str) -> bool:
    """``BỘ KẾ HOẠCH VÀ ĐẦU TƯ - SÁCH TRẮNG HỢP TÁC XÃ VIỆT NAM NĂM 2023`` over ``Năm 2022 (tại 31/12/2022)`` chosen
    as ``2022`` (xe-…-bo-khdt-hop-tac-xa-hien-co-2022), ``… SÁCH TRẮNG HỢP TÁC XÃ VIỆT NAM NĂM 2020`` over ``Năm 2018``
    chosen as ``2018`` (lmhtx.angiang.gov.vn: «Sách trắng … năm 2020 sử dụng số liệu năm 2018»): a year's figures are
    published after the year, so a title's later year is the year the book came out in when the column of the
    period's values (``values``: its title) names the chosen year itself and no column names the title's year (main refused both, «tệp là số liệu năm 2023 nhưng kỳ được chọn
    là 2022»).  Still refused: a title's year before the chosen one, a column of the title's year beside (``Năm 2019 |
    Năm 2020`` under ``… NĂM 2020`` chosen as 2019: the sheet is the title's year's), a values' column not naming the
    chosen year (``Tăng so với năm 2017`` names 2017 as its base, not as the sheet's year)."""
    if stated is None or stated.kind != "year":
        return False
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    if chosen.kind != "year" or chosen.year >= stated.year:
        return False
    named = {p.code for t in header if t and (p := title_period(str(t))) is not None}
    own = {p.code for t in values if t and (p := title_period(str(t))) is not None}
    return code in own and not any(c.startswith(str(stated.year)) for c in named)
