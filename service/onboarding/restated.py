"""Numbers a sentence says for another purpose than a figure of the period.

=========================  ===================================================================================
``whole_again``            ``Trong hơn 1.980 tỷ đồng thu ngân sách, thu nội địa 1.855 tỷ đồng …``: the total the
                           sentence before stated, said again to open its breakdown — that row, no second row
``estimate_named``         ``So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách … đạt 71%``: the
                           estimate a rate is measured against — the plan of the row it comes to, no row
``days_ahead``             ``sẽ được thực hiện chậm nhất vào 3 ngày tới``: a span ahead of the writing, no row
``both_sides``             ``Nhân dân 2 bên biên giới``, ``lực lượng … của 2 bên``: the two parties of a relation
``average_of_total``       ``… lên 163,6 nghìn doanh nghiệp, trung bình mỗi tháng có gần 14,9 nghìn doanh nghiệp``
                           (eleven months): the total before it over the period's months — a derivation of that
                           row, no row (round 27)
``average_after_total``    ``… trong năm năm gần đây, … 927 vụ … với 30.733 người …, trong đó có 229 người chết.
                           Trung bình mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc và 46 người chết.``: a sentence
                           opening on an average per span, after the sentence stating the totals over a span it
                           names — each of its figures that is a total over the spans is that total's derivation
``average_per_day``        ``làm 1.039 người chết, trung bình gần 3 người/ngày``: an average per day after a total in
                           its sentence, the total over the period's days — its derivation (round 28)
=========================  ===================================================================================
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.checker.extract import Mention
from service.checker.match import within_rounding
from service.numwords import DIGITS
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: ``Trong hơn``, ``Trong tổng số``, ``Trong số``: the clause opens on the whole its parts come from.
_WITHIN = re.compile(r"(?i)^\W*trong\s+(?:tổng\s+)?(?:số\s+)?(?:hơn|gần|khoảng|trên)?\s*$")


def whole_again(p: Para, i: int, m: Mention) -> bool:
    """``Lũy kế 5 tháng đầu năm, thu ngân sách Nhà nước ước hơn 1.980 tỷ đồng, … Trong hơn 1.980 tỷ đồng thu ngân
    sách, thu nội địa 1.855 tỷ đồng`` (t11-kontum-ngansach-5t): the total said again to open its breakdown is the
    row already made (a second row ``Số tiền`` named nothing)."""
    if m.value is None or m.comparison or m.kind not in ("money", "count", "measure"):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _WITHIN.match(p.text[p.sentence_of(m):start]):
        return False
    s = p.sentence_of(m)
    for r in reversed(p.section_rows):
        if r.value == m.value and r.sentence != (p.key, s) and r.kind == ("count" if m.kind == "count" else r.kind):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


#: ``dự toán Trung ương giao là``, ``kế hoạch tỉnh giao:``, ``chỉ tiêu được giao là``: the estimate named, its amount next.
_ESTIMATE = re.compile(r"(?i)(?<!\w)(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?!đạt|bằng)[^\W\d_]+){0,4}?\s+"
                       r"(?:được\s+)?giao\s+(?:là|:)?\s*$")
#: ``… thì thu ngân sách Nhà nước toàn tỉnh đạt 71%``: the rate measured against it, in the same sentence.
_THEN_RATE = re.compile(r"(?i)^[^.;]{0,120}?(?<!\w)(?:đạt|bằng)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?(?P<rate>\d+(?:,\d+)?)\s*%")


def estimate_named(p: Para, i: int, m: Mention) -> bool:
    """``So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách Nhà nước toàn tỉnh đạt 71%``
    (t11-kontum-ngansach-5t): the estimate a later rate is measured against — a note of the row it comes to (the
    row whose value is that rate of it), no row."""
    if m.value is None or m.comparison or m.kind != "money":
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _ESTIMATE.search(p.text[max(p.sentence_of(m), start - 60):start]):
        return False
    rate = _THEN_RATE.match(p.text[m.end:])
    if not rate:
        return False
    share = m.value * Decimal(rate.group("rate").replace(",", ".")) / 100
    for r in reversed(p.section_rows):
        if r.kind == "money" and r.value and abs(r.value - share) <= r.value * Decimal("0.01"):
            r.derived.append(Derivation(p.quote(m), "dự toán được giao (tỷ lệ so với dự toán này: "
                                        f"{rate.group('rate')}%)", m.value))
            p.rows[i] = r
            _RATES_OF_ESTIMATE[(id(p), m.end + rate.start("rate"))] = r
            return True
    return False


#: (paragraph, position) of a rate measured against an estimate ``estimate_named`` read → the row it is of.
_RATES_OF_ESTIMATE: dict = {}


def rate_of_estimate(p: Para, i: int, m: Mention) -> bool:
    """The ``71%`` after ``So với dự toán Trung ương giao là 2.787 tỷ đồng thì …``: the row's rate of that estimate
    (its note), not a share of a whole."""
    row = _RATES_OF_ESTIMATE.pop((id(p), m.num_start), None)
    if row is None or m.kind != "percent":
        return False
    row.derived.append(Derivation(p.quote(m), "tỷ lệ so với dự toán được giao", m.value))
    p.rows[i] = row
    return True


#: ``3 ngày tới``, ``2 tháng tới``, ``trong 5 năm sắp tới``: a span ahead of the writing.
_AHEAD = re.compile(r"(?i)^\s*(?:ngày|tuần|tháng|quý|năm)\s+(?:sắp\s+)?tới(?!\w)")


def days_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Việc cấp phát gạo … sẽ được thực hiện chậm nhất vào 3 ngày tới`` (t11-dienbien-gaocuudoi-2017), ``trong 2
    tháng tới``: a span of time ahead of the writing — no figure of the period."""
    if m.value is None or m.comparison or m.kind not in ("count", "duration", "span"):
        return False
    return bool(_AHEAD.match(p.text[m.num_end:]))


def both_sides(p: Para, i: int, m: Mention) -> bool:
    """``Nhân dân 2 bên biên giới sống gần gũi``, ``lực lượng quản lý bảo vệ biên giới của 2 bên``
    (t11-muongnhe-biengioi-2022, t11-longan-bdbp-2021): ``2 bên`` — both parties of a relation, no count."""
    if m.value != 2 or m.kind != "count":
        return False
    return bool(re.match(r"(?i)^\s*bên(?!\w)", p.text[m.num_end:]))


#: ``trung bình mỗi tháng``, ``bình quân mỗi năm``, ``bình quân 1 tháng``: an average per span of the period.
_PER_SPAN = re.compile(r"(?i)(?<!\w)(?:trung\s+bình|bình\s+quân)\s+(?:mỗi|một|1)\s+(?P<span>tháng|quý|năm)"
                       r"(?:\s+[^\W\d_]+){0,4}?\s*(?:có|là|đạt|được)?\s*(?:gần|khoảng|hơn|trên|xấp\s+xỉ)?\s*$")
_MONTHS = {"tháng": 1, "quý": 3, "năm": 12}
#: The span a total covers, named in its sentence: ``trong 11 tháng năm 2019``, ``9 tháng đầu năm``.
_MONTHS_NAMED = re.compile(r"(?i)(?<![\w.,])(\d{1,2})\s+tháng(?!\w)")


def _period_months(p: Para) -> int | None:
    period = p.reading.period
    if period is None:
        return None
    return {"year": 12, "half": 6, "quarter": 3, "month": 1, "ytd": period.index,
            "term": 12 * period.index}.get(period.kind)


def average_of_total(p: Para, i: int, m: Mention) -> bool:
    """``nâng tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động trong 11 tháng năm 2019 lên
    163,6 nghìn doanh nghiệp, trung bình mỗi tháng có gần 14,9 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt
    động`` (t20-moitruongngaynay-doanhnghiep-11t-2019): an average per month (quarter, year) that is a total before it
    in its sentence, of the same kind, divided by the period's months (to the average's own rounding) is that total's
    derivation, no row (the months: ``11 tháng`` named in the sentence, else the report's period).  ``bình quân mỗi
    năm thành lập 13 HTX`` with no such total (zz-tra-vinh-lien-minh-htx-2012-
    2017) stays a row."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    hit = _PER_SPAN.search(p.text[max(p.sentence_of(m), at - 80):at])
    named = list(_MONTHS_NAMED.finditer(p.text[p.sentence_of(m):at]))
    months = int(named[-1].group(1)) if named else _period_months(p)   # the total's own span, when its sentence says it
    if hit is None or not months or months % _MONTHS[hit.group("span").lower()]:
        return False
    spans = months // _MONTHS[hit.group("span").lower()]
    if spans < 2:
        return False
    step = _last_step(p.text[m.num_start:m.num_end], m.value)
    step = step if m.qualifier else step / 2        # rounded to its last digit; "gần"/"hơn" a digit either way
    for row in p.rows_before(i):
        if row.kind != m.kind or row.value is None or (m.kind != "money" and m.unit and (row.unit or "") != m.unit):
            continue
        if abs(row.value / spans - m.value) <= step:
            row.derived.append(Derivation(p.quote(m), f"bình quân mỗi {hit.group('span').lower()} = tổng / {spans}",
                                          m.value))
            p.rows[i] = row
            return True
    return False


def _last_step(written: str, value):
    """The step of the number's last written digit, scaled as the extraction scaled it (``14,9`` read 14.900 → 100)."""
    digits = re.match(r"\d[\d.,]*", written)
    if not digits:
        return Decimal(0)
    num = digits.group().rstrip(".,")
    whole, _, frac = num.partition(",")
    try:
        shown = Decimal(whole.replace(".", "") + ("." + frac if frac else ""))
    except InvalidOperation:
        return Decimal(0)
    factor = value / shown if shown else Decimal(1)
    return Decimal(1).scaleb(-len(frac)) * factor


#: A sentence that opens on an average per span: ``Trung bình mỗi năm xảy ra 185 vụ …``, ``Bình quân mỗi tháng …``.
_OPENS_ON_AVERAGE = re.compile(r"(?i)^\W*(?:trung\s+bình|bình\s+quân)\s+(?:mỗi|một|1)\s+(?P<span>tháng|quý|năm)(?!\w)")
#: The span a total covers, in digits or in words: ``trong năm năm gần đây``, ``3 năm``, ``trong 11 tháng``.
_SPAN_NAMED = re.compile(r"(?i)(?<![\w.,])(?P<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<span>năm|tháng)"
                         r"(?!\s*(?:\d|học|tài\s+chính))(?!\w)")


def _months_named(text: str) -> int | None:
    """The months of the last span a text names (``năm năm`` → 60, ``11 tháng`` → 11), or None."""
    found = list(_SPAN_NAMED.finditer(text))
    if not found:
        return None
    n, span = found[-1].group("n").lower(), found[-1].group("span").lower()
    count = int(n) if n.isdigit() else (10 if n == "mười" else DIGITS[n])
    return count * (12 if span == "năm" else 1)


def _share_of(row, m: Mention, spans, step) -> bool:
    if row.kind != m.kind or row.value is None or (m.kind != "money" and m.unit and (row.unit or "") != m.unit):
        return False
    return abs(row.value / Decimal(spans) - m.value) <= step


def average_after_total(p: Para, i: int, m: Mention) -> bool:
    """``Theo thống kê …, trong năm năm gần đây, trên toàn quốc đã ghi nhận 927 vụ ngộ độc thực phẩm với 30.733 người
    bị ngộ độc, trong đó có 229 người chết. Trung bình mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc và 46 người
    chết.`` (t21-plo-ngodoc-5nam): a sentence that opens on an average per span (``Trung bình mỗi năm``), right after
    the sentence stating the totals and naming their span (``năm năm``, ``trong 11 tháng``; else the report's
    period) — each of its figures that is one of those totals over the spans (to its own rounding; a whole digit
    with ``gần``/``hơn``) is that total's derivation, no row.  ``Trong nhiệm kỳ 2017-2022 toàn Hội đã kết nạp
    214.123 hội viên mới. Trung bình mỗi năm kết nạp được hơn 61.000`` (p10-vov-ccb-toanquoc-2017-2022: no span in
    months the sentence names, and 61.000 divides it by no whole count of years) stays a row."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    s = p.sentence_of(m)
    hit = _OPENS_ON_AVERAGE.match(p.text[s:m.num_start])
    if hit is None:
        return False
    before = [p.sentence_of(f) for f in p.figures[:i] if p.sentence_of(f) < s]
    if not before:
        return False
    prev = max(before)
    months = _months_named(p.text[prev:s]) or _period_months(p)
    per = _MONTHS[hit.group("span").lower()]
    if not months or months % per or months // per < 2:
        return False
    spans = months // per
    step = _last_step(p.text[m.num_start:m.num_end], m.value)
    step = step if m.qualifier else step / 2
    for row in p.rows_before(i, same_sentence=False):
        if row.sentence == (p.key, prev) and _share_of(row, m, spans, step):
            row.derived.append(Derivation(p.quote(m), f"bình quân mỗi {hit.group('span').lower()} = tổng / {spans}",
                                          m.value))
            p.rows[i] = row
            return True
    return False


#: ``trung bình gần 3 người/ngày``, ``bình quân 4.509 tấn/ngày``: the average's cue right before the number.
_AVERAGE_CUE = re.compile(r"(?i)(?<!\w)(?:trung\s+bình|bình\s+quân)\W*(?:gần|khoảng|hơn|trên|xấp\s+xỉ)?\s*$")
#: A report counts to its date, not always to the period's last day.
_DAYS_SLACK = 0.05


#: ``Trung bình mỗi ngày, công ty ghi nhận hơn``: a sentence that opens on the average per day, its verb, no number yet.
_OPENS_ON_A_DAY = re.compile(r"(?i)^\W*(?:trung\s+bình|bình\s+quân)\s+(?:mỗi|một|1)\s+ngày\s*,?[^\d;:.()%]{0,60}$")


def _opens_on_a_day(p: Para, i: int, m: Mention) -> bool:
    """``Trung bình mỗi ngày, công ty ghi nhận hơn 24,7 tỷ đồng`` (t22-doanhnghiephoinhap-duongsat-2024-h1): the
    sentence's first figure, after an opening ``Trung bình/Bình quân mỗi ngày`` — an average per day said in words,
    not with ``/ngày`` (round 29)."""
    s = p.sentence_of(m)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return all(p.sentence_of(f) != s for f in p.figures[:i]) and bool(_OPENS_ON_A_DAY.match(p.text[s:at]))


def average_per_day(p: Para, i: int, m: Mention) -> bool:
    """``trong năm 2018, cả nước đã xảy ra 7.997 vụ tai nạn lao động, làm 1.039 người chết, trung bình gần 3
    người/ngày`` (t21-tienphong-tnld-2018), ``tổng lượng hàng hóa xuất nhập khẩu đạt 667.332 tấn, …, bình quân 4.509
    tấn/ngày`` (zb-quang-ninh-mong-cai-cua-khau-2025-5t, five months: the hand table notes it as an average): an
    average per day right after a total of its unit in its sentence, equal to the total over the days of the span its
    sentence names (else the report's period; within 5 %, since a report counts to its date, or a whole digit with
    ``gần``/``hơn``), is that total's derivation, no row.  ``ghi nhận 100 ca mắc mới, trung bình 14 ca/ngày`` in a
    month's report (zr-quang-binh-…-covid-19-2022-06: the week's, which the hand table keeps as a row) divides no
    total over the month's days and stays a row.  ``Trung bình mỗi ngày, công ty ghi nhận hơn 24,7 tỷ đồng`` after
    ``doanh thu 6 tháng đạt trên 4.500 tỷ đồng`` (t22-doanhnghiephoinhap-duongsat-2024-h1): the average said in words
    at the opening of its own sentence reads the same (``_opens_on_a_day``, round 29)."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    s = p.sentence_of(m)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    per_day = (getattr(m, "per", None) or "").lower() == "ngày"
    if not (per_day and _AVERAGE_CUE.search(p.text[max(s, at - 30):at]) or
            not per_day and _opens_on_a_day(p, i, m)):
        return False
    months = _months_named(p.text[s:at]) or _period_months(p) or (not per_day and _months_named(p.text[:s]))
    if not months:      # (the last: "doanh thu 6 tháng đạt …. Trung bình mỗi ngày, …": the span the total's sentence names)
        return False
    days = Decimal(months) * Decimal("365") / 12
    step = max(_last_step(p.text[m.num_start:m.num_end], m.value) if m.qualifier else Decimal(0),
               m.value * Decimal(str(_DAYS_SLACK)))
    for row in p.rows_before(i, same_sentence=per_day):     # (said in words: the total a sentence before)
        same_unit = (row.unit or "") == (m.unit or "") or m.kind == "money" and \
            (row.unit or "").split()[-1:] == (m.unit or "").split()[-1:]    # ("tỷ đồng" rows, "đồng" mentions)
        if row.kind == m.kind and row.value is not None and same_unit and abs(row.value / days - m.value) <= step:
            row.derived.append(Derivation(p.quote(m), f"bình quân mỗi ngày = tổng / {days:.0f} ngày", m.value))
            p.rows[i] = row
            return True
    return False


RESTATED = (whole_again, estimate_named, rate_of_estimate, days_ahead, both_sides, average_of_total,
            average_after_total, average_per_day)
