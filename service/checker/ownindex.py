"""A rate of change said right after a value is that value's row's rate: where the table keeps the row's index
(``<chỉ tiêu>: so với cùng kỳ`` = 110,8, a statistics office's ``So với cùng kỳ năm trước (%)`` column), the rate
must be that index less 100 — another row's index agreeing is no proof. Mixed into the checker (``check._Checker``).

Statistics offices list each indicator's value with its rate, pair after pair, in one sentence:

    … vận tải hành khách đường bộ đạt 3.623,6 triệu lượt khách, tăng 10,5% và 118,6 tỷ lượt khách, tăng 10,8%;
    đường thủy nội địa đạt 161,4 triệu lượt khách, tăng 6,6% …              (d8-tapchitaichinh-vantai-10t-2018)

    … vận tải hàng hoá đạt 3.045 nghìn tấn, giảm 2% và 661,1 triệu tấn.km, tăng 3,4% so với cùng kỳ năm trước.
                                                                             (zd-nam-dinh-van-tai-2020-9t)

Every rate there is some row's index, so a wrong one (``118,6 tỷ lượt khách, tăng 10,3%``, the passengers' total
rate) passed as the other row's, and a rate whose row is a month's or a quarter's (the index rows the loader keeps
for each period column under one label) stayed unverified. Grammar: ``<value> <unit>, tăng|giảm X%`` — the rate's
subject is the value before it (``NamedRows._value_before``: same sentence, no ``;``/full stop/bracket between,
only rates between). The rate is checked against the value's own index rows only when:

- it is measured against the same period a year before (``rate_base``: the nearest ``so với …`` after it in its
  sentence, else the last before it; none said is the genre's default, last year's): ``tăng 5,5% so với tháng
  trước``, ``… so với tháng trước và 18 tỷ lượt khách, tăng 0,2%`` (the base carried over) are left alone;
- the row keeps its own index: ``<its label>: so với cùng kỳ`` in its group; a row of a part of the period
  (``Vận chuyển (tháng 9 năm 2020)``) takes its label's index rows when the table keeps two or more of them (one per
  period column) — one alone is the whole period's and says nothing of the month.

The rate agrees when one of those indexes less 100 gives it, its direction (``tăng`` above 100, ``giảm`` below) and
its rounding (``tăng 3%`` for 3,4) as written; none agreeing is a wrong figure.

A rate with no value before it is named by its subject's words (``_named_index_pass``):

    … vận tải hành khách chịu ảnh hưởng lớn khi lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 4,5% so với
    cùng kỳ năm trước; khối lượng hàng hóa vận chuyển giữ mức ổn định hơn, giảm 1,1%.   (zd-nam-dinh-van-tai-2020-9t)

    Trong đó, doanh thu vận tải hành khách tăng 7,1%, doanh thu vận tải hàng hóa tăng 6,1%. (d8-baothainguyen-…)

The subject (``NamedRows._subject``: since the last punctuation or list word) ends with an index row's label — its
label's words last, only words of time or estimate after them (``trong 9 tháng đầu năm 2020``, ``ước``): the rate is
one of the indexes of the labels it so names (the longest label when one holds another: ``doanh thu vận tải hành
khách``, not ``doanh thu vận tải``); ``giảm 5,5%`` where ``vận chuyển`` names the passengers' and the goods' rows and no
index of either gives 5,5 is wrong. A label followed by more words (``doanh thu vận tải`` + ``hành khách`` where the
table keeps only the total's index) names a part the table does not keep, and is left alone.
"""

from __future__ import annotations

import re

from service.checker.basebefore import base_before_direction
from service.checker.labelsaid import names_label
from service.checker.lastyearstretch import names_last_year
from service.checker.match import Row, fold, within_rounding
from service.checker.ownyearslip import own_year_slip
from service.checker.samemonth import same_month_last_year
from service.checker.wording import fmt_row_value
from service.figures.model import INDEX_WORDS, is_index_row

#: ``so với`` / ``so`` and what follows it, up to the clause's end: the base a rate of change is measured against.
_SO_VOI = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+){0,2}(?!với(?!\w))([^\W\d_][^,;.()\n\d]{0,30})")
#: ``tháng 11/2022``, ``quý III/2019``, ``tháng 11 năm 2022`` right after the base's words: the year it names
_DATED_YEAR = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})?\s*(?:/|-|năm\s+)\s*((?:19|20)\d\d)(?!\d)", re.I)
#: A base that is the same period a year before (folded): ``cùng kỳ``, ``năm trước``, ``năm 2017``, ``cùng tháng``.
_YEAR_AGO = re.compile(r"^(?:cung ky|cung thoi ky|cung thoi diem|nam truoc|nam ngoai|cung thang|(?:cung ky )?nam (?:19|20)\d\d|"
                       r"cung ky nam|nam)\b")
#: ``bằng`` right before an index: ``bằng 98%``, ``và bằng 68,4%`` (folded words not needed: written so).
_EQUALS_BEFORE = re.compile(r"(?i)(?<!\w)bằng\s*$")
#: Last year's period right after an index: ``% so với cùng kỳ``, ``% so cùng kỳ năm``, ``% cùng kỳ năm trước``.
_INDEX_BASE_AFTER = re.compile(r"(?i)\s*%?\s*(?:so\s+(?:với\s+)?)?(?:cùng\s+kỳ(?:\s+năm\s+trước|\s+năm\s+ngoái|\s+năm)?"
                               r"|năm\s+trước)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
#: A year written right after the base's words: ``so cùng kỳ 2019``, ``so với cùng kỳ năm 2022``.
_YEAR_NAMED = re.compile(r"\s*((?:19|20)\d\d)(?!\d)")
#: ``so với 15 ngày đầu tháng 8/2018``, ``so với 6 tháng đầu năm 2017``: a base that opens with a number (a stretch's
#: length, a day) — ``_SO_VOI`` reads only a base that opens with a word
_SO_VOI_DATED = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(\d{1,2}\s+(?:ngày|tháng|tuần|quý)[^,;()\n]{0,30})")
_YEARS_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: A period's bracket at a label's end: ``Vận chuyển (tháng 9 năm 2020)``, ``… (quý III năm 2020)``.
_PERIOD_BRACKET = re.compile(r"\s*\((?:tháng|quý|\d+\s+tháng|6\s+tháng|năm|học\s+kỳ|vụ|từ\s+đầu|lũy\s+kế|luỹ\s+kế|"
                             r"cộng\s+dồn)[^()]*\)\s*$", re.I)
#: A rate followed by what it measures (``tăng 11% số vụ``): its own subject, not the value before.
_NAMES_ITS_COUNT = re.compile(r"\s*(?:số\s+lượng|số)\s+(?!liệu)[^\W\d_]")
#: ``tăng 12,9% về số DN và tăng 39% về số vốn đăng ký``: ``về`` + the noun the rate measures (``số``/``số lượng`` before
#: it left out); group 1 its first word, empty for ``về số lượng`` (the count itself)
_ABOUT_NOUN = re.compile(r"(?i)\s*về\s+(?:số\s+lượng(?![^\W\d_])|(?:số\s+)?([^\W\d_]+))")
#: words a label opens with before its head noun: ``Tổng số vốn``, ``Số lao động``, ``Trong đó: Khách quốc tế``
_LABEL_LEAD = re.compile(r"^(?:trong do\s*:?\s*)?(?:(?:tong|so|gia tri|tri gia)\s+)*")


def about_other_noun(text: str, end: int, owner_label: str) -> bool:
    """The rate ending at ``end`` says ``về <noun>`` and the noun is not the head of ``owner_label`` (the value before
    it): ``485.600 tỉ đồng, tăng 12,9% về số DN`` measures the count of firms, not the capital before it."""
    m = _ABOUT_NOUN.match(text, end)
    if m is None:
        return False
    if m.group(1) is None:
        return True
    head = _LABEL_LEAD.sub("", fold(owner_label).strip()).split()
    return not head or head[0] != fold(m.group(1))


#: a share's verb in the clause of a base before the rate: ``chiếm tỷ trọng 54% so với tổng giá trị toàn KCN, nhóm …
#: tăng 30,74%`` (yr-binh-dinh-quy-nhon-kcn): the whole of the share, no base of the rates after it
_SHARE_VERB = re.compile(r"(?i)(?<!\w)chiếm(?!\w)")
_CLAUSE_MARK = re.compile(r"[,;:(]")


def _share_base(text: str, at: int) -> bool:
    """The ``so với`` at ``at`` names the whole of a share (``chiếm …% so với …``) in its own clause."""
    lo = max(0, at - 80)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, at)]
    return _SHARE_VERB.search(text, marks[-1] if marks else lo, at) is not None


def rate_base(text: str, sentence: int, start: int, end: int, year: int | None = None, month: int | None = None) -> str:
    """What the rate of change at ``text[start:end]`` is measured against: ``year-ago`` (the same period last year,
    said or not) or ``other`` (the month before, the plan, the start of the year; a year other than the one before
    ``year`` — ``tăng 8,1% so cùng kỳ 2019`` in a report of 2023 —, any year when ``year`` is unknown).  The nearest
    ``so với …`` after it in its sentence, else the last one before it there; a base that names a year
    (``so với tháng 11/2022``, ``So với 7 tháng đầu năm 2019``, ``so với 15 ngày đầu tháng 8/2018``) is last year's
    only when that year is the one before ``year``."""
    full_stop = _SENTENCE_END.search(text, end)
    stop = full_stop.start() if full_stop is not None else len(text)
    said_before = base_before_direction(text, start)
    if said_before is not None:   # ``so cùng kỳ giảm 3%, so ngày thường tăng 58%``: the base before the direction word
        so = _SO_VOI.match(text, said_before)
        return "year-ago" if so is not None and _YEAR_AGO.match(fold(so.group(1)).strip()) else "other"
    after = [b for b in (_SO_VOI.search(text, end, stop), _SO_VOI_DATED.search(text, end, stop)) if b is not None]
    so = min(after, key=lambda b: b.start()) if after else None
    if so is None or not _between_is_own(text[end:so.start()]):
        before = sorted([b for b in (*_SO_VOI.finditer(text, sentence, start),
                                     *_SO_VOI_DATED.finditer(text, sentence, start)) if not _share_base(text, b.start())],
                        key=lambda b: b.start())
        if not before:
            return "year-ago"
        so = before[-1]
    if so.re is _SO_VOI_DATED:
        years = _YEARS_IN.findall(so.group(1))
        if not years and names_last_year(so.group(1)):
            return "year-ago"   # ``so với 6 tháng đầu năm ngoái`` (``lastyearstretch``)
        return "year-ago" if years and year is not None and int(years[-1]) == year - 1 else "other"
    if same_month_last_year(text, so.start(), month):
        return "year-ago"   # ``so với tháng 5 năm trước`` in a report of May (``samemonth``)
    named = _YEAR_NAMED.match(text, so.end()) or _DATED_YEAR.match(text, so.end())
    if named is not None:   # (``cùng kỳ năm <this year>``: last year's, miswritten — ``ownyearslip``)
        said = int(named.group(1))
        return "year-ago" if year is not None and (said == year - 1 or own_year_slip(so.group(1), said, year)) \
            else "other"
    return "year-ago" if _YEAR_AGO.match(fold(so.group(1)).strip()) else "other"


def index_written(text: str, start: int, end: int, year: int | None = None) -> bool:
    """The percent at ``text[start:end]`` is an index written as such, ``bằng X% [so với] cùng kỳ``: ``bằng`` right
    before it, last year's period named right after it (``bằng 128% so cùng kỳ năm 2021``, ``bằng 89,7% cùng kỳ năm
    trước``); a year named must be the one before ``year``."""
    if not _EQUALS_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = _INDEX_BASE_AFTER.match(text, end)
    if after is None:
        return False
    named = _YEAR_NAMED.match(text, after.end())
    return named is None or (year is not None and int(named.group(1)) == year - 1)


#: rates listed with their aspects, the base written once after the last: ``giảm 16,9% về lượng và giảm 21,3% về trị
#: giá so với 15 ngày đầu tháng 8/2018`` (zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09) — the base of each
_RATE_LIST_GAP = re.compile(r"(?i)^(?:[ \t]*(?:về[ \t]+[^\W\d_][^\d,;.:()%]*?)?[ \t]*(?:,|và)[ \t]*(?:(?:tăng|giảm)[ \t]+)?"
                            r"(?:(?:gần|hơn|trên|khoảng)[ \t]+)?\d[\d.,]*[ \t]*%)+"
                            r"[ \t]*(?:về[ \t]+[^\W\d_][^\d,;.:()%]*?)?[ \t]*$")


def _between_is_own(gap: str) -> bool:
    """The ``so với`` after a rate is its own when no other number stands between (``tăng 3,4% so với cùng kỳ``), or
    only other rates listed with it (:data:`_RATE_LIST_GAP`); not the next rate's (``tăng 0,2% và 26,5 tỷ tấn, tăng
    0,5% so với …`` — the second's)."""
    return not re.search(r"\d", gap) or _RATE_LIST_GAP.match(gap) is not None


#: What may follow a row's label in a rate's subject and still leave the label its subject (folded words): time,
#: estimate, place of the whole.
_AFTER_LABEL = frozenset({"trong", "cua", "nam", "thang", "quy", "dau", "cuoi", "uoc", "tinh", "du", "dat", "da", "co",
                          "nay", "qua", "vua", "ky", "bao", "cao", "toan", "tren", "dia", "ban", "i", "ii", "iii", "iv",
                          "6", "9", "tong", "so", "chung", "luy", "ke", "thuc", "hien", "cung"})


def _label_of(index_row: Row) -> str:
    """An index row's indicator as the table writes it: ``Vận chuyển`` of ``Vận chuyển: so với cùng kỳ``."""
    return index_row.fig.chi_tieu.rstrip()[:-len(INDEX_WORDS)].rstrip(" :")


class OwnIndex:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``year``, ``_anchored``,
    ``_value_before``, ``_change_row_of`` (``named.NamedRows``), ``_result`` (``check._Checker``)."""

    def _own_index_rows(self, owner: Row) -> list[Row]:
        """The index rows the table keeps for ``owner``: ``<label>: so với cùng kỳ`` under its group; for a row of a
        part of the period, its label's when there are two or more."""
        def index_of(label: str) -> list[Row]:
            want = fold(label).rstrip(" :") + ": " + fold(INDEX_WORDS)
            return [r for r in self.idx.rows if r is not owner and r.muc == owner.muc and "ky_bao_cao" in r.values
                    and is_index_row(r.fig.chi_tieu) and fold(r.fig.chi_tieu).strip() == want]
        own = index_of(owner.fig.chi_tieu)
        if own:
            return own
        base = _PERIOD_BRACKET.sub("", owner.fig.chi_tieu)
        if base != owner.fig.chi_tieu:
            fam = index_of(base)
            return fam if len(fam) >= 2 else []
        return []

    def _own_index_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if r is None or r.verdict not in ("supported", "derived", "unverified", "unsupported") or m.kind != "percent" \
                    or m.value is None or i in self._anchored or m.partner is not None or m.low is not None:
                continue
            index_said = m.comparison is None and index_written(self.text, m.num_start, m.end, self.year)
            if m.comparison not in ("tăng", "giảm") and not index_said:
                continue
            if _NAMES_ITS_COUNT.match(self.text, m.end):
                continue
            if not index_said and rate_base(self.text, self.where[i].sentence, m.qualifier_start or m.num_start,
                                            m.end, self.year) != "year-ago":
                continue
            owner = self._value_before(i)
            if owner is None or is_index_row(owner.fig.chi_tieu):
                continue
            if about_other_noun(self.text, m.end, owner.fig.chi_tieu):
                continue   # "… 485.600 tỉ đồng, tăng 12,9% về số DN": the noun after «về» names what the rate is of
            if r.verdict == "unsupported":
                self._other_stretch_rate(i, m, owner)
                continue
            own = self._own_index_rows(owner)
            if not own:
                continue
            if index_said:
                if any(within_rounding(c.values["ky_bao_cao"], m.value, m.decimals, m.qualifier) for c in own):
                    continue
                said = "; ".join(f"{c.fig.ma} = {fmt_row_value(c, c.values['ky_bao_cao'])}" for c in own[:3])
                self.results[i] = self._result(
                    m, "unsupported", row=own[0], column="ky_bao_cao",
                    expected=fmt_row_value(own[0], own[0].values["ky_bao_cao"]),
                    reason=f"Tỷ lệ so với cùng kỳ này nói về {owner.fig.ma} ({owner.fig.chi_tieu[:60]}), số đứng ngay "
                           f"trước nó; bảng giữ chỉ số so với cùng kỳ của chỉ tiêu đó ({said}): «bằng "
                           f"{m.raw.strip()}» không khớp chỉ số nào")
                self.rows[i] = own[0]
                continue
            self._judge_by_own_index(i, m, owner, own, f"Tốc độ tăng/giảm này nói về {owner.fig.ma} "
                                                      f"({owner.fig.chi_tieu[:60]}), số đứng ngay trước nó")

    def _other_stretch_rate(self, i: int, m, owner: Row) -> None:
        """``Tính chung bảy tháng, vốn … đạt 203 nghìn tỷ đồng, bằng 42,7% kế hoạch năm và tăng 27,2% so cùng kỳ``
        (zu-toan-quoc-von-dau-tu-nsnn-2020-07, chosen as July): the value before is a row of another stretch (``TỔNG SỐ
        (từ đầu năm)``) whose index the table does not keep; the rate flagged against the month's index (151,8) is
        that stretch's, which nothing in the table gives — unverified, not wrong."""
        base = _PERIOD_BRACKET.sub("", owner.fig.chi_tieu)
        if base == owner.fig.chi_tieu or self._own_index_rows(owner):
            return
        want = fold(base).rstrip(" :") + ": " + fold(INDEX_WORDS)
        period_index = [r for r in self.idx.rows if r.muc == owner.muc and is_index_row(r.fig.chi_tieu)
                        and fold(r.fig.chi_tieu).strip() == want]
        # flagged against that index alone (the month's, 151,8): the stretch's own rate it cannot be
        if len(period_index) != 1 or not (self.results[i].reason or "").startswith(period_index[0].fig.ma + " ("):
            return
        row = period_index[0]
        self.results[i] = self._result(m, "unverified", reason=(
            f"Tốc độ tăng/giảm này nói về {owner.fig.ma} ({owner.fig.chi_tieu[:60]}), số đứng ngay trước nó; bảng không "
            f"giữ chỉ số so với cùng kỳ của chỉ tiêu đó (chỉ có của kỳ báo cáo, {row.fig.ma}): không kiểm tra được"))
        self.rows[i] = None

    def _index_labels(self) -> dict[str, list[Row]]:
        """folded label (its period's bracket out) → the index rows and rate rows kept under it."""
        got = self.__dict__.get("_index_labels_")
        if got is None:
            got = {}
            for r in self.idx.rows:
                if "ky_bao_cao" in r.values and is_index_row(r.fig.chi_tieu):
                    base = " ".join(fold(_PERIOD_BRACKET.sub("", _label_of(r))).split())
                    if len(base.split()) >= 2:
                        got.setdefault(base, []).append(r)
            self.__dict__["_index_labels_"] = got
        return got

    def _named_index_pass(self) -> None:
        labels = self._index_labels()
        if not labels:
            return
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if r is None or r.verdict not in ("supported", "derived", "unverified", "unsupported") or m.kind != "percent" \
                    or m.comparison not in ("tăng", "giảm") or m.value is None or i in self._anchored \
                    or m.partner is not None or m.low is not None or _NAMES_ITS_COUNT.match(self.text, m.end):
                continue
            if rate_base(self.text, self.where[i].sentence, m.qualifier_start or m.num_start, m.end,
                         self.year) != "year-ago" or self._value_before(i) is not None:
                continue
            subject = " ".join(fold(self._subject(i)).split())
            named = [b for b in labels if names_label(subject, b, _AFTER_LABEL)]
            named = [b for b in named if not any(b != o and b in o for o in named)]   # the longest
            if not named:
                continue
            own = [c for b in named for c in labels[b]]
            rising = m.comparison == "tăng"
            if any(self._index_gives(c.values["ky_bao_cao"], m, rising) for c in own):
                continue
            self._flag_no_index_gives(i, m, own[:4], f"Tốc độ tăng/giảm này nói về «{_label_of(own[0])}» (lời ngay "
                                                    f"trước nó)")

    def _judge_by_own_index(self, i: int, m, owner: Row, own: list[Row], about: str) -> None:
        """The rate ``m`` said of ``owner`` stands when one of ``owner``'s own indices (``own``, cùng kỳ = 100) gives it
        or its change row keeps it (a column «So với cùng kỳ năm trước: tăng» = 19,5); else it is flagged
        (``_flag_no_index_gives``, ``about`` opening the reason). Read by the own-index pass and checker round 104's
        bracket pass (``bracketchange``)."""
        rising = m.comparison == "tăng"
        if any(self._index_gives(c.values["ky_bao_cao"], m, rising) for c in own) \
                or any(within_rounding(c.values["ky_bao_cao"], m.value, m.decimals, m.qualifier)
                       for c in self._change_row_of(owner)):
            return
        self._flag_no_index_gives(i, m, own[:3], about)

    def _flag_no_index_gives(self, i: int, m, own: list[Row], about: str) -> None:
        """Flag the rate ``m`` that none of its row's own indices (``own``, cùng kỳ = 100) gives: the verdict names the
        first index row and the change it gives; ``about`` opens the reason (which row the rate is said of, and why)."""
        said = "; ".join(f"{c.fig.ma} = {fmt_row_value(c, c.values['ky_bao_cao'])}" for c in own)
        first = own[0].values["ky_bao_cao"] - 100
        self.results[i] = self._result(
            m, "unsupported", row=own[0], column="ky_bao_cao",
            expected=f"{'tăng' if first > 0 else 'giảm'} {fmt_row_value(own[0], abs(first))}",
            reason=f"{about}; bảng giữ chỉ số so với cùng kỳ của chỉ tiêu đó ({said}, cùng kỳ = 100): không chỉ số nào "
                   f"cho ra «{m.comparison} {m.raw.strip()}»")
        self.rows[i] = own[0]

    @staticmethod
    def _index_gives(index, m, rising: bool) -> bool:
        """``index`` (cùng kỳ = 100) gives the rate as written; or the cell keeps the rate itself (a column «So với
        cùng kỳ năm trước: tăng (%)» = 19,5, «10 tháng so với cùng kỳ (%)» = 167), or the page writes the index
        after «tăng» (``tăng 120,6% so với cùng kỳ``): the cell's own number stands."""
        if within_rounding(index, m.value, m.decimals, m.qualifier):
            return True
        change = index - 100
        if change == 0 or (change > 0) != rising:
            return False
        return within_rounding(abs(change), m.value, m.decimals, m.qualifier)
