"""The base of a rate written as a fraction: ``135 nam/100 nữ``, ``4,5 bác sĩ/10.000 dân``, ``12 giường bệnh/1.000
người``.  A round power of ten right after ``<number> <noun>/`` is the unit's base (per hundred, per ten thousand),
no figure of the period.                                          (zg-quang-ngai-son-tinh-dan-so-2015)
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_BASES = (100, 1_000, 10_000, 100_000)
#: "135 nam/", "4,5 bác sĩ /": a number and its noun, then the slash, right before the base
_BEFORE = re.compile(r"\d[\d.,]*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*$")
#: the base's noun and what follows it: a slash going on makes a list
_AFTER = re.compile(r"[\d.,]+[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?[ \t]*(/)?")


def rate_base(text: str, start: int, value) -> bool:
    """The number at ``start`` (of ``value``) is the base of a rate per hundred, thousand… (see the module) — not a
    term of a list of counts joined by slashes (``198 lượt/221 người/100 vụ việc``: three figures)."""
    if value is None or value not in _BASES:
        return False
    said = _BEFORE.search(text, max(0, start - 40), start)
    if said is None or text[max(0, said.start() - 8):said.start()].rstrip().endswith("/"):   # no copy of the text
        return False
    after = _AFTER.match(text, start)
    return not (after and after.group(1))



#: ``140 thuê bao/100 dân``, ``4,5 bác sĩ/10.000 dân``: right after a number, its noun (up to three words), a slash
#: and a round base — the number is the rate's numerator, a figure (never a phone number after ``di động:``).
_PER_BASE_AFTER = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*"
                             r"(?:100|1\.000|10\.000|100\.000|1[ \t]+vạn|10[ \t]+vạn)(?![\d.,]?\d)")


def numerator_of_rate(text: str, end: int) -> bool:
    """The number ending at ``end`` is counted per a round base: ``140`` in ``140 thuê bao/100 dân``
    (xe-toan-quoc-bo-tttt-vien-thong-internet-2015; zg-quang-ngai-son-tinh-dan-so-2015's ``135 nam/100 nữ``)."""
    return _PER_BASE_AFTER.match(text, end) is not None


#: ``10. Số giường bệnh/1 vạn dân`` (c23-chinhphu-13-chi-tieu-2014), ``Số bác sĩ/10.000 dân``: an indicator's name
#: (letters right before the slash, no number of its own) and its base per population — a unit, no figure.
#: ``15 bác sỹ/``: a number (not a heading's ``10.``) and its noun right before the slash.
_COUNTED_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*/[ \t]*$")


def _named_indicator(text: str, m: re.Match) -> bool:
    """No number and noun right before the slash (``15 bác sỹ/ 10.000 dân`` is ``rate_base``'s, with its guard)."""
    return _COUNTED_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is None


PER_POPULATION = Rule("per-population-base", "norm", "the base of a rate in an indicator's name (per 10.000 people)",
                      re.compile(r"(?i)(?<=[^\W\d_])[ \t]*/[ \t]*(1[ \t]+vạn|10[ \t]+vạn|100|1\.000|10\.000|100\.000)[ \t]+"
                                 r"(?:dân|người|dân[ \t]+số|trẻ|phụ[ \t]+nữ|hộ)(?!\w)"), accept=_named_indicator,
                      needs=("/",))


#: ``Số bác sỹ cho 10000 dân``, ``Số giường bệnh bệnh viện trên 10000 dân``, ``Tỷ số tử vong mẹ (trên 100000 trẻ đẻ ra
#: sống)``, ``Number of beds per 10000 inhabitants`` (yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020; the
#: held-out yearbooks' «Số bác sĩ trên 10.000 dân»): an indicator's base said with a preposition — a round power of
#: ten after ``trên``/``cho``/``mỗi``/``per`` and before a population, in an indicator's name.
_POWER = r"(100|1\.000|1000|10\.000|10000|100\.000|100000|1[ \t]+vạn|10[ \t]+vạn)"
_PER_WORDED = re.compile(r"(?i)(?<!\w)(?:trên|cho|mỗi|per)[ \t]+" + _POWER +
                         r"[ \t]+(?:dân|người|trẻ|phụ[ \t]+nữ|hộ|ca|persons?|people|inhabitants|population|live[ \t]+births)"
                         r"(?!\w)")
#: What opens an indicator's name, back to the line's start, a bracket or a list number: ``Số …``, ``Tỷ số``,
#: ``Tỷ suất``, ``Tỷ lệ``, ``Number of``, ``Ratio``; no verb between it and the base (``Xã có trên 10.000 dân``, ``Số
#: hộ có trên 1.000 người`` are counts said with ``trên``, more than).
_INDICATOR_HEAD = re.compile(r"(?i)(?:^|[\n(;,:]|\d[.)][ \t])[ \t]*(?:số|tỷ[ \t]+số|tỷ[ \t]+suất|tỷ[ \t]+lệ|number[ \t]+of|"
                             r"ratio|rate)(?!\w)[^\n()\d;]*$")
_VERB = re.compile(r"(?i)(?<!\w)(?:có|đạt|là|gồm|được|với|tăng|giảm|thu hút|tham gia|bằng)(?!\w)")


def _in_indicator_name(text: str, m: re.Match) -> bool:
    if m.group(0)[:3].lower() == "per":
        return True
    start = m.start()
    if text[max(0, start - 2):start].rstrip().endswith("("):
        return True
    head = _INDICATOR_HEAD.search(text, max(0, start - 80), start)
    return head is not None and _VERB.search(text, head.start(), start) is None


#: ``2. Số dược sỹ ĐH 10000 dân``: the preposition left out, the population ``dân`` right after the round base.
_BARE_BASE = re.compile(r"(?i)(?<=[^\W\d_])[ \t]+" + _POWER + r"[ \t]+dân(?!\w)(?![ \t]+(?:tộc|số|cư|quân|sự|chủ|vận))")
PER_BASE_WORDED = Rule("per-base-worded", "norm", "the base of a rate in an indicator's name (per 10.000 people)",
                       _PER_WORDED, _BARE_BASE, accept=_in_indicator_name, needs=("trên", "cho", "mỗi", "per", "dân"))

#: ``Tỷ suất chết trẻ em dưới 1 tuổi – IMR (%0)``: per mille typed as a per cent sign and a zero (``%0``, ``%o``) —
#: the zero is part of the sign, no number.
PER_MILLE_TYPED = Rule("per-mille-typed", "norm", "a per mille sign typed as %0", re.compile(r"%(0)(?![\d.,]?\d)"),
                       needs=("%0",))


#: ``Thu nhập trên 1 cổ phiếu (EPS cơ bản)`` (held-out zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3, a listed
#: company's income statement; the same line on every such statement of the sweep), ``223. Số học sinh phổ thông bình
#: quân một giáo viên và bình quân 1 lớp học phân theo loại hình`` (held-out yf-quang-ngai-cuc-thong-ke, a yearbook
#: table's title): an indicator's name — a label, no verb and no number of its own — saying what its measure is per:
#: ``1`` after ``trên``/``bình quân``/``trung bình`` and before a noun is the unit, no figure (not ``cho``: ``tặng
#: giấy khen cho 1 tập thể`` gives to one, yk-gia-lai).
#: Not a scale, a time or a measure after the ``1`` (``trên 1 tỷ USD``, ``trên 1 triệu em``, ``trên 1 năm``: more than
#: one), nor a clause with a verb (``Đã có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 …``).
_ONE_PER = re.compile(r"(?i)(?<!\w)(?:trên|bình[ \t]+quân|trung[ \t]+bình)[ \t]+(0?1)[ \t]+"
                      r"(?!(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|vạn|năm|tháng|ngày|tuần|quý|giờ|phút|lần|buổi|kỳ|đợt|"
                      r"ha|km|kg|tấn|tạ|lít|m)(?!\w))[^\W\d_]+")
#: what opens a label: the line's start, a bracket, a semicolon or a list number (``223.``, ``1)``)
_LABEL_HEAD = re.compile(r"(?:^|[\n(;]|(?<![\d.,])\d+[.)][ \t])[^\n(;\d]*$")


def _in_a_label(text: str, m: re.Match) -> bool:
    """The words from the label's head to the ``1`` hold no verb and no number (``_LABEL_HEAD``, ``_VERB``)."""
    head = _LABEL_HEAD.search(text, max(0, m.start() - 100), m.start())
    return head is not None and _VERB.search(text, head.start(), m.start()) is None


PER_ONE_IN_NAME = Rule("per-one-in-name", "norm", "the one unit an indicator's name is per (trên 1 cổ phiếu)",
                       _ONE_PER, accept=_in_a_label, needs=("1",))
