"""Tie every number of a text to a cell of the figures table or to a derivation from it.

Verdicts: ``supported`` (a cell, by value, unit, organisation), ``derived``
(a change against ``cung_ky``, a share of ``ke_hoach`` or of another row, a
sum of rows, count × per-unit amount), ``not_a_figure`` (dates, years,
periods, references, names, headings; anniversaries whose arithmetic holds),
``standing`` (a count that describes the agency or its area, not the
period: ``16 xã, thị trấn``; ``service.checker.standing``), ``stale`` (the
value of the previous period — ``cung_ky`` of this table or ``ky_bao_cao`` of
the prior one — where this period's is meant, unless the text states it as
the comparison value), ``unsupported`` (nothing backs it; ``reason`` says what
the table holds instead, when it can tell).

Text is read in NFC, but offsets and ``text`` of every ``NumberCheck`` are
the caller's own: spans are mapped back to the string given (NFD, mixed or
NFC alike; ``service.checker.offsets``), and ``CheckReport.text`` is that string.

The passes, in order (``_Checker.run``): not-a-figure (a number the label of
the row the words speak of writes as part of its name, ``trên 1 tỷ USD``, is one)
and anniversaries;
pass 1, numbers that are cells (here; a row whose ``Ghi chú`` quotes the
text decides first: ``attribution``); pass 2, derivations (``derive``);
comparison values confirmed and pass 3, right value, wrong row
(``attribution``), a running total or its month's value as the words of time say; standing facts last (``standing``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import replace
from functools import partial
from decimal import Decimal
from pathlib import Path

from service.checker.anchors import compile_quotes
from service.checker.attribution import Attribution
from service.checker.breakdown import Breakdown
from service.checker.clauses import CLAUSE_END, clause_before
from service.checker.countrate import CountRate
from service.checker.labelafter import LabelAfter
from service.checker.causeafter import CauseAfter
from service.checker.echoes import Echoes
from service.checker.pasted import totals_summed
from service.checker.slashwhole import whole_kept_for_part
from service.checker.tabletext import TableCells, total_rows
from service.checker.movement import Movements
from service.checker.fractions import Fractions
from service.checker.named import NamedRows
from service.checker.listednoun import listed_kinds_totals
from service.checker.notationslip import notation_reason, slips_stand
from service.checker.notedwhole import noted_wholes
from service.checker.ownindex import OwnIndex
from service.checker.labelsaid import LabelSaid
from service.checker.labelsum import LabelSum
from service.checker.todate import ToDate
from service.checker.stockdate import previous_month_end
from service.checker.bracketchange import BracketChange
from service.checker.bracketindex import BracketIndex
from service.checker.valuerate import ValueRate
from service.checker.siblingrate import SiblingRate
from service.checker.basechoice import BaseChoice
from service.checker.fracshare import FractionShare
from service.checker.fracwhole import disowned_reason, disowned_whole, part_the_whole_names
from service.checker.wholerow import whole_row
from service.checker.sharebase import ShareBase
from service.checker.ratechain import RateChain
from service.checker.sharenoun import ShareNoun
from service.checker.parts import PartShares
from service.checker.twins import GroupTwins
from service.checker.levelnamed import LevelNamed
from service.checker.namebracket import NameBracket
from service.checker.placenamed import PlaceNamed
from service.checker.ratelevel import RateLevel
from service.checker.keptcomparison import KeptComparison
from service.checker.context import Where, locate
from service.checker.derive import OVER_BEFORE, Derivations
from service.checker.indexvalue import kept_change
from service.checker.documents import read_document
from service.checker.extract import Mention, extract_numbers, read_cell
from service.checker.match import SCALE_ROUNDING, CURRENCIES, Row, TableIndex, fold, search_range, value_supports
from service.checker.model import CheckReport, NumberCheck
from service.checker.offsets import normalise
from service.checker.rangeends import ends_said
from service.checker.unitbracket import UnitBrackets
from service.checker.droppedproduct import DroppedProducts
from service.checker.scaledmeasure import scaled_table_measures
from service.checker.signedchange import signed_bracket_changes
from service.checker.otheryears import other_years
from service.checker.spansaid import spans_said_before
from service.checker.titledwork import titled_works
from service.checker.headnoun import head_noun_rows
from service.checker.restatedwhole import restated_wholes
from service.checker.gluedlow import glued_low_ends
from service.checker.recognisers import sentence_start
from service.checker.recognisers.bases import bracketed_base, change_pair_base, compared_value, end_said_after, pair_base
from service.checker.recognisers.periodbracket import period_opens_bracket
from service.checker.recognisers.others import other_base
from service.checker.elsewhere import Here, another_place
from service.checker.recognisers.bounds import class_bound, named_class_rate, named_milestone
from service.checker.recognisers.namedclass import named_class_bound
from service.checker.recognisers.income import income_class
from service.checker.recognisers.revisions import plan_revised
from service.checker.recognisers.adjusted import adjusted
from service.checker.recognisers.bulletin import headline_period
from service.checker.recognisers.each import each_governs
from service.checker.recognisers.onegift import one_gift_value
from service.checker.recognisers.parcelitem import one_item_of_parcel
from service.checker.recognisers.recordever import record_since_ever
from service.checker.recognisers.frequency import frequency
from service.checker.recognisers.population import peoples, population
from service.checker.recognisers.habitual import RANGE, habitual, yearly_average, yearly_row
from service.checker.recognisers.events import attendance, awarded, elected, given_at_meeting, represented
from service.checker.recognisers.honourlist import honour_item
from service.checker.recognisers.movers import parts_that_moved
from service.checker.recognisers.consulted import consulted
from service.checker.recognisers.delegation import delegates_standing_for_members, members_after_a_comma
from service.checker.recognisers.committee import committee_seats
from service.checker.recognisers.meetings import caption, heard
from service.checker.recognisers.incidents import incident_particulars
from service.checker.recognisers.sessions import passed_at_session
from service.checker.recognisers.quotas import assigned_quota, session_reach
from service.checker.recognisers.samebefore import year_of_same_period_after
from service.checker.recognisers.ago import opens_on_last_year
from service.checker.recognisers.lastedition import previous_edition_bracket
from service.checker.earliernoted import earlier_base
from service.checker.recognisers.yearestimate import named_year_estimate
from service.checker.recognisers.forecasts import (SHORTER_KINDS, aimed, aims_at_its_year, sentence_aims, after_time_ahead, earlier_by_words, earlier_named_after,
                                                   against_month_a_year_ago, covers, within, earlier_opened, earlier_said, in_year_estimate, opened_on, opens_on_year,
                                                   other_period, still_needed,
                                                   plan_of_ratio, same_clause, spelled_out)
from service.checker.recognisers.references import back_reference, named_members
from service.checker.recognisers.later import aims_paragraph, later_after, later_opened
from service.checker.recognisers.laterpara import later_paragraph
from service.checker.recognisers.aimhead import head_aim
from service.checker.recognisers.since import founded_since, over_years, since_earlier
from service.checker.recognisers.longspan import closed_span
from service.checker.recognisers.perbase import rate_base
from service.checker.recognisers.pointsafter import said_in_points
from service.checker.recognisers.unitbase import unit_base
from service.checker.recognisers.yearagoopen import opens_on_year_ago
from service.checker.recognisers.wholes import STANDING_SET, data_coverage, set_described, standing_whole, whole_of_parts
from service.checker.recognisers.stock import TO_DATE_LABEL, since_year, to_date
from service.checker.headline import titles_contradicted, titles_restated
from service.checker.degree import degree_direction
from service.checker.keptmembers import membership_row
from service.checker.keptperiod import kept_earlier, kept_reason
from service.checker.earliertiedcell import settle_earlier
from service.checker.unitrates import other_units_rate
from service.checker.titlesame import titles_said_again
from service.checker.partequal import PartEqual
from service.checker.twicesaid import TwiceSaid
from service.checker.lastyearsaid import LastYearSaid
from service.checker.datedbase import DatedBase
from service.checker.recognisers.staffing import staff_count
from service.checker.recognisers.stops import glued_start
from service.checker.recognisers.honourtitle import titled_honour
from service.checker.restated import restated
from service.checker.sharebound import shares_over_whole
from service.checker.ofwhole import wholes_under_parts
from service.checker.periodrow import rows_of_their_period
from service.checker.otherspan import spans_not_kept
from service.checker.standing import StandingFact, StandingVerdicts, noun_head
from service.checker.table_words import add_table_words
from service.checker.notefigure import noted_row
from service.checker.perrow import per_unit_row_kept
from service.checker.perunitrow import keeps_amount_per_unit
from service.checker.wording import COMPARED, fmt_like, fmt_row_value
from service.figures.model import FigureTable, is_index_row
from service.numbers import format_vn
from service.periods import Period, find_period, parse_period

SAME_VALUE_MARGIN = 0.5  # rows of one value scoring this close are interchangeable: the first unused one is taken
STALE_MARGIN = 0.2       # last period's value of the row the sentence names beats this period's value of another row
STALE_ABOUT_MARGIN = 0.05  # ... or, the cell scores close, the words since the previous number, clause and sentence
BARE_MONEY_MIN = 100_000  # "được 62.640.000 ủng hộ": a round grouped amount with no unit may be money


def _exact_first(cands: list[tuple], value: Decimal) -> list[tuple]:
    """Among cells the words cannot tell apart (scores within ``SAME_VALUE_MARGIN`` of the best), one holding the
    stated value exactly comes before one that only rounds to it: ``tham gia BHYT: 1.107.600 người, đạt 100%``
    is the row of 100, not the row of 100,09 that a rounded ``100%`` would also say."""
    if not cands or cands[0][2] == value:
        return cands
    near = [c for c in cands if cands[0][3] - c[3] < SAME_VALUE_MARGIN]
    exact = [c for c in near if c[2] == value]
    if not exact:
        return cands
    return exact + [c for c in cands if c not in exact]


def bare_money(m: Mention) -> bool:
    """A sum of money written without its unit (``trị giá 3.500.000 và ...``, ``đã đóng góp 996 triệu, 2.335 ngày
    công``): may match money rows too."""
    if not (m.kind in ("count", "change") and m.unit is None and m.partner is None and m.value is not None):
        return False
    if _EXACT_AMOUNT.fullmatch(m.raw.strip().lstrip("-")) or m.value == 0:   # an account's exact 148.616.478.018,
        return True                                                            # any notation; nothing is 0 in any unit
    return ((m.grouped and m.decimals == 0 or m.scale >= 10 ** 6) and m.value >= BARE_MONEY_MIN
            and m.value % 1000 == 0)


#: an exact amount of millions or more, grouped either way (``148.616.478.018``, ``148,616,478,018``)
_EXACT_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}")


log = logging.getLogger("baocao.checker")
#: Words that make a percentage a difference or a comparison, never the restatement of a rate (``restated``).
_RESTATED_NOT = re.compile(r"(?i)(?<!\w)(?:vượt|so\s+với|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|chênh)(?!\w)")

def check_text(text: str, current: FigureTable, prior: FigureTable | None = None, *, section: str | None = None,
               organisation: str | None = None, period=None, placed=(), standing=None,
               prior_text: str | None = None) -> CheckReport:
    """Check every number of ``text`` against ``current`` (and ``prior``, for stale numbers).

    ``section``/``organisation`` say what the text is about when it does not
    say so itself (one section drafted at a time); ``period`` (a ``Period``
    or ``"2024-H1"``) dates anniversaries, else the table's or the text's own.
    ``placed``: codes the caller assigned to this section whatever their ``muc``
    says (a figure placed by meaning because the outline lacks its section).
    ``standing``: the agency's standing facts (``service.checker.standing``), by default
    those kept with ``current`` (``FigureTable.standing``: the drafting run puts them there);
    ``prior_text``: the series' previous edition, whose counts that were no row
    of its table are standing facts too.
    """
    original = text
    norm = normalise(text)
    text = norm.text
    idx = TableIndex.of(current)
    mentions = scaled_table_measures(text, add_table_words(text, extract_numbers(text), idx), idx)
    mentions = signed_bracket_changes(text, mentions)   # "giảm 1,3% (-892 ha)": the change in numbers
    mentions = glued_low_ends(text, mentions)   # "nguyên con75.000-80.000 đ/kg": the range's low end glued to a word
    pidx = TableIndex.of(prior) if prior is not None and len(prior) else None
    where = locate(text, mentions, idx, section=section, organisation=organisation)
    year = _period_year(period, current, text)
    checker = _Checker(text, mentions, where, idx, pidx, year)
    checker.report = _report_period(period, current) or (find_period(text[:1500]) if year else None)
    checker.placed = frozenset(placed)
    checker.find_anchors(_quotes_of(idx))
    facts = list(getattr(current, "standing", None) or () if standing is None else standing)
    if prior_text:
        facts += standing_from_prior(prior_text, prior)
    checker.standing = facts
    try:
        numbers = checker.run()
    except Exception:  # a checker fault on unforeseen text: its numbers are flagged for a person, never passed
        log.exception("checker failed on a text of %d characters; its figures are flagged unchecked", len(text))
        numbers = checker.unchecked()
    _not_of_this_period(text, numbers, period, current, idx, cells=checker.table_cells,
                        proved=frozenset(checker.proved_wrong))
    other_years(text, numbers, idx, checker.report, _table_keeps(idx, "other-period"), _keeps_year)   # "năm 2018 là …"
    spans_said_before(text, numbers, idx)   # "Chỉ riêng từ 7h sáng 28/1 …", "6 ngày Tết năm ngoái …": another span's
    titled_works(text, numbers, idx)   # "1 tác phẩm báo in \"Về quê …\"", "Loạt 5 bài \"…\"": the work the title names
    head_noun_rows(text, numbers, idx)   # "xử lý kỷ luật đối với 5 tổ chức đảng": the clause's row among the noun's
    restated_wholes(text, numbers)   # "… 61 tác phẩm … . Trong 61 tác phẩm, …": the whole said again, one value
    _parts_of_the_count_before(text, numbers, idx)
    _share_of_an_unkept_whole(text, numbers, idx)
    part_the_whole_names(text, numbers, idx)
    listed_kinds_totals(text, numbers, idx)   # "67 sáng chế, giải pháp hữu ích và …": the row listing them
    noted_wholes(text, numbers, idx)   # "309/1.301 CĐCS" where the row of 309 notes «309/1.301»
    whole_kept_for_part(text, numbers, idx)
    slips_stand(numbers, checker.slips)   # "tổng chiều dài 4.8 km": a notation slip stays flagged
    _cut_at_the_end(text, numbers)
    if not norm.identity or text != original:   # (a no-break space read as a plain one: the caller's own quote)
        for n in numbers:
            n.start, n.end = norm.span(n.start, n.end)
            n.text = original[n.start:n.end]
    return CheckReport(numbers, text=original)


#: A number read as a spread of two ends (``8 triệu đến 10 triệu``, ``10 - 15 triệu``).
_A_SPREAD = re.compile(r"\d\s*(?:[^\W\d_]+\s+)?(?:đến|tới|-|–)\s*\d")
#: Between the two ends of a range: ``từ 700 ngàn đến 5 triệu đồng``, ``2 - 3 tỷ``.
_RANGE_GAP = re.compile(r"\s*(?:đến|tới|-|–)\s*")


def _parts_of_the_count_before(text: str, numbers: list, idx: TableIndex) -> None:
    """``Giới thiệu 02 HVPN ưu tú cho Đảng xem xét, kết nạp, kết quả 01 chị đã viết hoàn chỉnh lý lịch …, 01 chị đang
    hoàn thành lý lịch``: two counts or more no row holds, right after a count a row supports, in its sentence, adding
    up to it — the breakdown of that figure, derived from it. One part wrong and the sum fails: all stay flagged."""
    held = {r.values.get("ky_bao_cao") for r in idx.rows}
    for k, whole in enumerate(numbers):
        if whole.verdict not in ("supported", "derived") or whole.kind != "count" or not whole.value:
            continue
        stop = CLAUSE_END.search(text, whole.end)
        stop = stop.start() if stop else len(text)
        parts = []
        for n in numbers[k + 1:]:
            if n.start >= stop or n.verdict == "not_a_figure":
                if n.start >= stop:
                    break
                continue
            if not _a_part_of(n, whole) or n.kind != "count" or n.value is None or Decimal(str(n.value)) in held:
                break   # (a value another row holds: a swapped figure, never a breakdown)
            parts.append(n)
        if len(parts) >= 2 and sum(Decimal(str(n.value)) for n in parts) == Decimal(str(whole.value)):
            terms = " + ".join(n.text for n in parts)
            for n in parts:
                if n.verdict != "unsupported":
                    continue   # the part the whole's note proved keeps its proof
                n.verdict, n.reason, n.expected = "derived", None, None
                n.derivation = f"phần của «{whole.text}»: {terms} = {whole.text}"


def _a_part_of(n, whole) -> bool:
    """A number that may be a part of ``whole``'s breakdown: one no row holds, or one the note of ``whole``'s own row
    records (zw-…-tam-phuoc-hoi-lhpn ``02`` noted ``01 chị đã hoàn chỉnh lý lịch; 01 chị đang hoàn thành``: the note
    proves the second ``01``, the first, worded otherwise, is the rest of the same breakdown)."""
    if n.verdict == "unsupported":
        return True
    row = (whole.source or {}).get("ma")
    return n.verdict == "supported" and row is not None and noted_row(n.derivation) == row


#: A percentage said as a change (``tăng 62%``, ``giảm 0,9%``, ``vượt 7%``): a comparison, the derive step's.
_CHANGED_BY = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|vượt|hụt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn)"
                         r"(?:\s+(?:thêm|lên|xuống|được|khoảng|gần|hơn|trên|dưới|xấp\s+xỉ|tới|đến|là|mức))*\s*$")


#: A share said bare, its whole unnamed after it: ``…, đạt 88,33%;``, ``(chiếm 31,4%)``.
_ENDS_BARE = re.compile(r"\s*(?:[,.;:)\]]|$)")
_A_RATE_NAMED = re.compile(r"(?i)(?<!\w)t[ỷỉ]\s+lệ(?!\w)")


def _share_part(text: str, numbers: list, k: int):
    """The amount the share at ``k`` is of: the last count or amount before it in its sentence, with no rate named
    between (``15.307 gia đình đạt chuẩn văn hóa, đạt 88,33%``; not ``…; tỷ lệ che phủ rừng đạt 57,6%``: a rate's
    level, a figure itself); else None."""
    s = sentence_start(text, numbers[k].start, 400) or 0
    part = next((m for m in reversed(numbers[:k]) if m.start >= s and m.verdict != "not_a_figure"), None)
    if part is None or part.kind not in ("count", "money", "measure") or not part.value \
            or _A_RATE_NAMED.search(text, part.end, numbers[k].start):
        return None
    return part


def _two_amounts_before(text: str, numbers: list, k: int) -> bool:
    """``cho 652 thanh niên trên tổng số 1.661 lệnh gọi …, đạt 39%``: a part and its whole in the share's sentence."""
    s = sentence_start(text, numbers[k].start, 400) or 0
    return sum(1 for m in numbers[:k] if m.start >= s and m.verdict != "not_a_figure"
               and m.kind in ("count", "money", "measure", "ratio")) >= 2


def _whole_in_text(numbers: list, part) -> bool:
    """Does the text give a larger amount of the part's unit or kind near it (``đạt trên 240 tỷ USD`` … ``đạt 177,8 tỷ
    USD, …, chiếm 73,9%``; ``352 hồ sơ`` … ``227 trường hợp (chiếm 54,4%)``)? Then the share was computable and a wrong
    one stays an alarm."""
    return any(m is not part and (m.unit == part.unit or m.kind in (part.kind, "ratio")) and m.value and m.value > part.value
               and abs(m.start - part.start) <= 800 and m.verdict != "not_a_figure" for m in numbers)


def _share_of_an_unkept_whole(text: str, numbers: list, idx: TableIndex) -> None:
    """``thị xã có 15.307 gia đình đạt chuẩn văn hóa, đạt 88,33%``, ``8 vụ cháy tại nhà ở (chiếm 31,4%)``: a share of
    the amount before it whose whole neither the table nor the text holds and that no rate row is about — a derivation the words
    declare with no base to compute it from: unverified (a note for the reviewer, never passed unmarked in a draft),
    not an alarm. A rate row the sentence names keeps it checked (a wrong value there stays flagged)."""
    rate_rows = [r for r in idx.rows if r.kind == "percent"]
    for k, n in enumerate(numbers):
        if n.kind != "percent" or n.verdict != "unsupported" or n.expected is not None or n.source is not None:
            continue
        if _CHANGED_BY.search(text, max(0, n.start - 40), n.start):
            continue
        part = _share_part(text, numbers, k)
        if part is None or not _ENDS_BARE.match(text, n.end) or _whole_in_text(numbers, part) \
                or _two_amounts_before(text, numbers, k):
            continue   # (a share naming its whole, "thiệt hại 40% diện tích gieo cấy", is a figure: round 27)
        if rate_rows:
            before = clause_before(text, n.start)
            ctx = idx.context(before + " " + text[n.end:n.end + 60])
            if any(idx.fit(ctx, r) >= 0.3 for r in rate_rows):
                continue
        n.verdict = "unverified"
        n.reason = f"Chưa kiểm được: bảng số liệu không có tổng số (mẫu số) hay chỉ tiêu tỷ lệ để tính ra «{n.text}»"


#: The words of a sentence on the line before the text's last number (``trong đó khách quốc tế hơn 7``), not a row of
#: a pasted table's cells (``… 195 221 1``) nor a portal's counter line.
_CUT_LINE = re.compile(r"[^\W\d_]{2,}[ \t]+(?:(?:hơn|trên|gần|khoảng|đạt|vượt|tăng|giảm|là|có)[ \t]+)?$")


def _cut_at_the_end(text: str, numbers: list) -> None:
    """``… trong đó khách quốc tế hơn 7`` (yh-nhieu-tinh-nganh-du-lich-…, an excerpt cut at its two-thousandth
    character), ``… đồng thời vượt 101`` (zs-lang-son-hai-quan-…): a text that stops right after a number, mid-sentence
    (no full stop, no unit, not even the line's end after it), may have cut that number (``7.000``, ``101%``): unverified, said so, not
    an alarm of a wrong value nor a pass."""
    if not numbers or text[numbers[-1].end:].strip(" \t") != "":
        return   # (a file saved whole ends its last line; one that stops on the number, line unended, was cut)
    n = numbers[-1]
    if not n.text.rstrip()[-1:].isdigit():
        return   # "… đạt 101 tỷ đồng": its unit written, the number whole
    line = text[text.rfind("\n", 0, n.start) + 1:n.start]
    if n.verdict != "unsupported" or not _CUT_LINE.search(line):
        return
    n.verdict, n.expected = "unverified", None
    n.reason = (f"Chưa kiểm được: văn bản dừng ngay sau «{n.text}», giữa câu (không có dấu chấm hay đơn vị sau số): "
                "số có thể đã bị cắt; cần đối chiếu với bản đầy đủ")


def _report_period(period, current: FigureTable) -> Period | None:
    for candidate in (period, current.period):
        try:
            if isinstance(candidate, Period):
                return candidate
            if candidate:
                return parse_period(str(candidate))
        except ValueError:
            continue
    return None


def _counts_events(idx: TableIndex) -> tuple[bool, bool, bool]:
    """Does the table count the conference's attendance, the committee it elects, the honours it gives out (then it
    checks them)? Once per (cached) index."""
    found = idx.__dict__.get("_counts_events")
    if found is None:
        labels = [unicodedata.normalize("NFC", f"{r.fig.don_vi_tinh} {r.fig.chi_tieu}").lower() for r in idx.rows]
        # commendations are counted under a heading (Mục "Khen thưởng") or in the units only they use
        headed = [unicodedata.normalize("NFC", f"{r.fig.muc}").lower() for r in idx.rows]
        units = {unicodedata.normalize("NFC", r.fig.don_vi_tinh or "").strip().lower() for r in idx.rows}
        found = idx.__dict__["_counts_events"] = (
            any(re.search(r"đại biểu|tham dự|\bdự (?:đại hội|hội nghị|lễ|buổi)", x) for x in labels),
            any(re.search(r"chấp hành|\bbch\b|ủy viên|uỷ viên|thường vụ|ban kiểm tra", x) for x in labels),
            any(re.search(r"khen|thi đua|biểu dương|tuyên dương|danh hiệu|vinh danh|phần thưởng|kỷ niệm chương|"
                          r"huân chương|huy chương|huy hiệu", x) for x in labels)
            or any(re.search(r"khen|thi đua|biểu dương|tuyên dương|vinh danh", x) for x in headed)
            or bool(units & {"tập thể", "cá nhân"}))
    return found


def _bare_unit_base(text: str, numbers, k: int, idx: TableIndex) -> bool:
    """numbers[k] is the base the unit of the value right before its slash names (``111,8/100``; ``unitbase``)."""
    a = numbers[k - 1] if k else None
    row = idx.by_code.get((a.source or {}).get("ma")) if a is not None and a.source else None
    return row is not None and a.end <= numbers[k].start \
        and unit_base(text, numbers[k].start, numbers[k].value, row.fig.don_vi_tinh)


def _whole_is_kept(idx: TableIndex, numerator) -> bool:
    """The row of the fraction's numerator keeps its whole as its plan (``17/17 xã`` against ``Số xã …`` = 17 of a
    plan of 17; ``248/800 chỉ tiêu Tỉnh giao``): the whole is then the row's plan, checked as such, no standing set."""
    row = idx.by_code.get((numerator.source or {}).get("ma")) if numerator is not None and numerator.source else None
    return row is not None and (row.values.get("ke_hoach") is not None or whole_row(idx, row) is not None)


def _whole_of_numerator(idx: TableIndex, text: str, numbers, k: int) -> Row | None:
    """The row kept as the whole of the fraction ``a/b`` whose denominator is numbers[k] (``whole_row`` of a's row)."""
    n = numbers[k]
    if not k or n.kind not in ("count", "ratio") or not text[:n.start].endswith("/"):
        return None
    a = numbers[k - 1]
    row = idx.by_code.get((a.source or {}).get("ma")) if a.source and a.end == n.start - 1 else None
    return whole_row(idx, row) if row is not None else None


#: a clause opening on one year: ``riêng năm 2023,``, ``tính riêng năm 2023,``, ``trong năm 2023,``
_ONE_YEAR_CLAUSE = re.compile(r"(?i)(?:^|[,;:.]\s*|\s-\s*)(?:riêng|tính\s+riêng|chỉ\s+tính)?\s*(?:trong\s+)?năm\s+"
                              r"((?:19|20)\d\d)\s*,")


def one_year_of_term(text: str, start: int, report) -> int | None:
    """The single year of a several-year report's term its clause opens on (the last such opener in the sentence
    before the number), or None."""
    s = sentence_start(text, start, 400)
    if s is None:
        return None
    found = list(_ONE_YEAR_CLAUSE.finditer(text, s, start))
    if not found:
        return None
    year = int(found[-1].group(1))
    last = report.year + (report.index or 0)
    later = list(_LATER_YEAR.finditer(text, found[-1].end(), start))
    if later:   # "năm 2016, … là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1%": the year named last is the number's
        year = int(later[-1].group(2))
        if later[-1].group(1) and year == last:
            return None   # the level at the term's end ("đến cuối năm 2019"): the term's own figure
    return year if report.year <= year <= last and last > report.year else None


#: a year named after the clause's opening year, before the number: ``và đến cuối năm 2019 giảm xuống còn``
_LATER_YEAR = re.compile(r"(?i)(?<!\w)((?:đến|tới)\s+(?:cuối|hết)\s+|cuối\s+)?năm\s+((?:19|20)\d\d)(?!\d)")


#: the number's own clause opens on a year, its verb right before it: ``(năm 2015 đạt 76,2%; năm 2014 đạt 76,6%)``
#: in the report on nine months of 2016 — that year's, whatever row the sentence is about (yc-toan-quoc-tong-cuc-thue)
_YEAR_OPENS_CLAUSE = re.compile(r"(?i)(?:^|[(;,]\s*)năm\s+(?:19|20)\d\d\s+(?:[^\W\d_]+\s+){1,2}"
                                r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")


def _not_of_this_period(text: str, numbers: list, period, current: FigureTable, idx: TableIndex,
                        cells: frozenset = frozenset(), proved: frozenset = frozenset()) -> None:
    """A number no row supports that its sentence says of something else is no figure of this period: a count that
    points back at things already named (``recognisers.references``), the attendance of the event written up and the
    honours it gave out (``recognisers.events``), what its clause aims at (``mục tiêu``, ``có kế hoạch``: only when no
    row is near, so a wrong plan value stays caught), the whole year's estimate in a shorter report, a
    later period's figure (``recognisers.forecasts``). A row that holds it still supports it."""
    report = _report_period(period, current)
    counts_delegates, counts_committee, counts_awards = _counts_events(idx)
    last_other = None  # (end, period) of the last number said of another period
    here = Here(text)   # the province, district or commune the report is about, read at the first number needing it
    for k, n in enumerate(numbers):
        if k in cells:
            continue   # a cell of a table pasted as text: its row's label said what it is (tabletext)
        if k in proved:
            continue   # "10/89 tiêu chí" among "14/19 tiêu chí": its notation proved it wrong (fractions)
        if n.verdict == "unsupported" and previous_edition_bracket(text, n.start) \
                and (row := _compared_row_kept_before(idx, text, numbers, k)) is not None:
            # "tăng 17,51% so với tháng 10/2018 (983,91 tỷ đồng)": the edition before, kept as the row's Kỳ trước
            n.verdict, n.reason, n.expected = "supported", None, None
            n.source = {"ma": row.fig.ma, "column": "ky_truoc"}
            n.derivation = "số liệu kỳ trước nêu kèm trong ngoặc làm cơ sở so sánh"
            continue
        if n.verdict in ("unsupported", "unverified") and n.source is None and named_class_bound(text, n.start, n.end):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "bound", None, None   # (namedclass)
            n.derivation = "ngưỡng của nhóm được nêu («những người … từ 40 lần trở lên»): không phải số liệu của kỳ"
            continue
        if n.verdict in ("unsupported", "unverified") and n.source is None and (named_milestone(
                text, n.start, n.end) or (n.expected is None or _A_SPREAD.search(n.text) and income_class(
                    text, n.start, n.end)) and class_bound(text, n.start, n.end, n.kind == "percent")
                and (not _a_row_is_about(idx, text, n.start) or _a_label_names_the_bound(idx, n.text)
                     or n.kind == "percent" and named_class_rate(text, n.start)
                     or _A_SPREAD.search(n.text) and income_class(text, n.start, n.end))):
            # ("có thu nhập từ 5 triệu đến 8 triệu đồng/ tháng": an income class's spread, no one value)
            n.verdict, n.kind, n.reason = "not_a_figure", "bound", None   # "vượt ngưỡng 10%", "đạt từ X trở lên"
            n.derivation = "mốc, ngưỡng mà số liệu đã vượt qua: không phải số liệu của kỳ" if named_milestone(
                text, n.start, n.end) else "ngưỡng, giới hạn của nhóm được đếm: số liệu là số đơn vị đếm trước đó"
            continue
        if earlier_base(text, numbers, k, idx, report, _table_keeps(idx, "other-period")):
            continue   # "so với 75,3% thị phần trong 10 tháng năm 2016": that period's value, the base (earliernoted)
        base = (bracketed_base(text, n.start, n.end) or pair_base(text, n.start, n.end)
                or ("other-period" if period_opens_bracket(text, n.start, n.end) else None)
                or change_pair_base(text, n.start, n.end)
                or compared_value(text, n.start, n.end) or other_base(text, n.start, n.end)) \
            if n.verdict in ("unsupported", "unverified") and n.source is None \
            and (n.expected is None or n.expected in text[text.rfind("\n", 0, n.start) + 1:n.start]
                 or end_said_after(text, n.start, n.end, n.expected)) else None
        if base == "other-period" and previous_edition_bracket(text, n.start):
            base = "previous"   # "so với tháng 10/2018 (983,91 tỷ đồng)": checked against Kỳ trước where it is kept
        if base is None and n.verdict == "unsupported" and n.source is not None \
                and period_opens_bracket(text, n.start, n.end) and _last_year_unkept(idx, n.source):
            base = "other-period"   # "đạt 75% (cùng kỳ 60,6%)" read as the row's 75%: the row keeps no last year
        kept = kept_earlier(idx, text, n.start, n.end, n.kind, None, report and report.year - 1) \
            if base is not None and not _table_keeps(idx, base) else None
        if kept is not None:
            kept_reason(n, kept)   # "giảm nhanh từ 9,24% năm 2010" against the kept «Tỷ lệ hộ nghèo (năm 2010)»
            continue
        if base is not None and not _table_keeps(idx, base):
            # "so với cùng kỳ năm 2019 (55.317 người)", "(24.013/9.278 tỷ đồng)": the base compared — unless the table
            # keeps such bases (a plan or last year's column): then a wrong one is caught as any cell
            n.verdict, n.kind, n.reason = "not_a_figure", base, None
            n.derivation = "cơ sở so sánh (số kỳ trước, chỉ tiêu, tổng số) nêu kèm trong ngoặc, không phải số liệu của kỳ"
            continue
        if settle_earlier(idx, text, n, report):
            continue   # "(năm trước 88 vụ)", "Tính đến ngày 31/12/2012, … 561.533 tỷ đồng" (earliertiedcell)
        if n.verdict in ("unsupported", "unverified") and _of_another_place(text, n, here, idx):
            continue
        if other_units_rate(text, n, (here.province, here.unit), lambda place: _a_row_names(idx, place)):
            continue   # "Nghệ An có tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33%" (unitrates)
        if n.verdict == "unverified" and n.kind == "change" and last_other is not None \
                and same_clause(text, last_other[0], n.start):
            # "Thu nợ trong năm 2017 đạt hơn 60 tỷ 610 triệu đồng, tăng hơn 13 tỷ đồng": that year's change
            n.verdict, n.reason = "not_a_figure", None
            n.derivation = f"mức tăng, giảm của {last_other[1].text}, không phải của kỳ báo cáo"
            n.kind, last_other = "other-period", (n.end, last_other[1])
            continue
        if n.verdict == "stale" and report is not None and (n.source or {}).get("column") == "cung_ky" \
                and (opened_on(text, n.start, report) == report.cung_ky
                     or report.kind == "year" and opens_on_year(text, n.start) == report.year - 1
                     or opens_on_year_ago(text, n.start, report.year)):
            # "Năm 2018, Sở KHCN đã … với tổng kinh phí trên 27 tỷ đồng" in the report on 2019: last year's value in a
            # sentence that says it is last year's — no stale copy
            n.verdict, n.reason, n.expected = "supported", None, None
            n.derivation = f"số liệu cùng kỳ năm trước ({report.cung_ky.text}), câu nêu rõ kỳ"
            continue
        if n.verdict not in ("unsupported", "unverified"):  # an unverified rate or change may be an aim's too
            continue
        if report is not None and report.kind == "term" and n.source is None \
                and (year := one_year_of_term(text, n.start, report)) is not None and not _keeps_year(idx, year, text, n.start):
            # "Từ năm 2014 đến năm 2023 …, riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%": one year of the term
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
            n.derivation = f"số liệu riêng của năm {year} trong cả giai đoạn báo cáo, không phải số liệu của cả kỳ"
            continue
        if n.kind in ("count", "ratio", "measure", "money") \
                and back_reference(text, n.end, unit_read=n.kind in ("measure", "money")):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "reference", None, None
            n.derivation = "chỉ lại những gì đã nêu trước (… này, … đó, … nói trên), không phải số liệu mới"
            continue
        if n.kind in ("count", "ratio") and named_members(text, n.end, n.value):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "reference", None, None
            n.derivation = f"đếm {format_vn(n.value)} đơn vị được nêu tên ngay sau, không phải số liệu của bảng"
            continue
        if n.source is None and k and numbers[k - 1].kind == "per-unit" \
                and _RANGE_GAP.fullmatch(text, numbers[k - 1].end, n.start):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "per-unit", None, None  # "mỗi suất từ 700 ngàn
            n.derivation = numbers[k - 1].derivation                                        # đến 5 triệu đồng"
            continue
        if n.source is None and n.kind in ("count", "money", "measure", "ratio") and ((each_governs(text, n.start) or (
                n.kind == "money" and one_gift_value(text, n.start, n.end))) and not _keeps_per_unit(idx)
                or one_item_of_parcel(text, n.start, n.end)):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "per-unit", None, None  # "Mỗi hộ được cấp …"
            n.derivation = "mức cho mỗi đơn vị (mỗi hộ, mỗi suất…), không phải số liệu tổng của kỳ báo cáo"
            continue
        if (n.verdict == "unsupported" or n.verdict == "unverified" and n.source is None and RANGE.search(n.text)) \
                and n.kind not in ("percent", "change") and ((n.expected is None or RANGE.search(n.text))
                     and (habitual(text, n.start, n.end) or frequency(text, n.start, n.end))
                     or yearly_average(text, n.start)) and not _kept_per_year(idx, n) \
                and not per_unit_row_kept(idx, text, n.start):
            n.verdict, n.kind, n.reason = "not_a_figure", "norm", None   # "hằng năm, Hội … trao 20 suất quà"
            n.derivation = "việc làm hằng năm (hằng năm, mỗi năm…), không phải số liệu riêng của kỳ báo cáo"
            continue
        if adjusted(text, n.start) and not _a_row_is_about(idx, text, n.start):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "adjusted", None, None  # "Nếu loại trừ …"
            n.derivation = "số sau khi loại trừ một khoản (nếu loại trừ, không kể…): không phải số liệu của kỳ báo cáo"
            continue
        if n.kind in ("count", "ratio") and (rate_base(text, n.start, n.value) or _bare_unit_base(text, numbers, k, idx)):
            # "135 nam/100 nữ"; "ở mức 111,8/100" of a row kept in «bé trai/100 bé gái» (unitbase)
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "unit-base", None, None
            n.derivation = "cơ số của tỷ số (số trên 100, trên 1.000…), không phải số liệu của kỳ báo cáo"
            continue
        if n.source is None and to_date(text, n.start) and not record_since_ever(text, n.start) \
                and not _keeps_stocks(idx):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "stock", None, None  # "lũy kế đến nay … có 15.260"
            n.derivation = "số lũy kế đến nay (từ khi bắt đầu), không phải số liệu của kỳ báo cáo"
            continue
        if n.source is None and n.expected is None and report is not None \
                and (since := since_year(text, n.start)) is not None and since < report.year and not _keeps_stocks(idx):
            # "tổ chức lần đầu tiên vào năm 2019, đến nay … vận động hơn 2.500 lượt đăng ký" in a report on January 2026;
            # not when the checker tied the number to a row (g-dakrong-vnn-2000: a table coded 2015 whose period is
            # "từ năm 2000 đến nay" — a wrong "1.8 tỷ" of its row stays caught)
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "stock", None, None
            n.derivation = f"số cộng dồn từ năm {since} đến nay, trước kỳ báo cáo: không phải số liệu của kỳ báo cáo"
            continue
        if n.kind in ("count", "ratio") and n.expected is None and data_coverage(text, n.start, n.end):
            n.verdict, n.kind, n.reason = "not_a_figure", "coverage", None   # "Số liệu năm 2010: 48/63 tỉnh/thành phố"
            n.derivation = "phạm vi số liệu (số đơn vị có số liệu trên tổng số), không phải số liệu của kỳ báo cáo"
            continue
        if n.kind in ("count", "ratio") and (standing_whole(text, n.start, n.end)
                                             or whole_of_parts(text, n.start, n.end) and not _a_row_keeps_the_whole(idx, text, n.end)) \
                and not _whole_is_kept(idx, numbers[k - 1] if k else None):   # "19/19 tiêu chí", "5/63 tỉnh"
            if (implied := disowned_whole(text, numbers, k)) is not None:   # "71/149 trường …, đạt tỷ lệ 39,7%"
                n.verdict, n.expected = "unsupported", format_vn(implied)
                n.reason = disowned_reason(numbers, k, implied)
                continue
            n.verdict, n.reason, n.expected = "standing", None, None
            n.derivation = "số liệu cố định: cả tập (mẫu số của phân số X/Y), không phải số liệu của kỳ báo cáo"
            continue
        whole = _whole_of_numerator(idx, text, numbers, k) if n.verdict == "unsupported" and n.source is None else None
        if whole is not None:   # "155/226 trường" where the table keeps the whole, 216
            v = whole.values["ky_bao_cao"]
            n.reason = (f"Mẫu số của phân số là {whole.fig.ma} ({whole.fig.chi_tieu[:70]}) = {fmt_row_value(whole, v)}, "
                        f"không phải «{n.text.strip()}»")
            n.expected = format_vn(v)
        if not counts_awards and (awarded(text, n.end) or titled_honour(text, n.start, n.end)):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số khen thưởng trao tại hội nghị, không phải số liệu của kỳ báo cáo"
            continue
        if not counts_awards and n.kind == "count" and n.source is None and honour_item(text, n.start):
            # "Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân; Cờ thi đua của Chính phủ cho 10 tập thể": a list of honours
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số tập thể, cá nhân được khen thưởng trong danh sách khen thưởng, không phải số liệu của kỳ báo cáo"
            continue
        if n.source is None and n.kind in ("count", "ratio") and parts_that_moved(text, n.start, n.end):
            # "Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng": how many parts of a breakdown rose or fell
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "breakdown", None, None
            n.derivation = ("số bộ phận (nhóm hàng, vùng) tăng hoặc giảm trong tổng số đã nêu: mô tả chiều biến động, "
                            "không phải số liệu của kỳ báo cáo")
            continue
        if n.source is None and (represented(text, n.start) or members_after_a_comma(text, n.start)) \
                and membership_row(idx, text, n.end) is None:   # (a membership the table keeps stays checked)
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số thành viên mà đại biểu dự hội nghị đại diện, không phải số liệu của kỳ báo cáo"
            continue
        if not counts_delegates and (attendance(text, n.end) or delegates_standing_for_members(text, n.end)):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số đại biểu dự hội nghị, không phải số liệu của kỳ báo cáo"
            continue
        if not counts_delegates and n.verdict == "unsupported" and n.source is None and n.kind == "count" \
                and session_reach(text, n.start, n.end):
            # "Hội nghị được tổ chức trực tuyến tại 66 điểm cầu" beside a row of "Điểm phục vụ bưu chính": the
            # meeting's reach, as its attendance, whatever row the words recall
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "nơi hội nghị được truyền trực tuyến tới: quy mô của phiên họp, không phải số liệu của kỳ báo cáo"
            continue
        if not counts_committee and (elected(text, n.end) or committee_seats(text, n.start, n.end)):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số ủy viên được bầu (cơ cấu nhiệm kỳ mới), không phải số liệu của kỳ báo cáo"
            continue
        if not counts_committee and n.source is None and consulted(text, n.start, n.end):
            # "hiệp thương cử bổ sung 7 Ủy viên Ủy ban MTTQ": a committee's members made by consultation
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "event", None, None
            n.derivation = "số ủy viên được hiệp thương cử, bổ sung hoặc thôi tham gia (cơ cấu ủy ban), không phải số liệu của kỳ báo cáo"
            continue
        if n.verdict == "unsupported" and n.source is None and opens_on_last_year(text, n.start) \
                and not _table_keeps(idx, "other-period"):
            # "Cũng thời điểm này năm ngoái, ĐH Kinh tế quốc dân có 3.690 tân cử nhân thì 1.420 em …, chiếm 38,5%"
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
            n.derivation = "số của năm trước (câu mở đầu bằng năm ngoái, năm trước), không phải của kỳ báo cáo"
            continue
        if n.verdict == "unsupported" and n.source is None and n.kind in ("count", "measure", "money", "ratio") \
                and incident_particulars(text, n.start):
            # "… xảy ra 3.922 vụ cháy …" then "Vụ cháy khiến 14 người tử vong, 3 người bị thương": one fire cited, its
            # dead are no wrong value of the period's row (the clause counts no incidents and dates one)
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "incident", None, None
            n.derivation = "số liệu riêng của một vụ việc được nêu làm ví dụ, không phải số liệu của kỳ báo cáo"
            continue
        if n.expected is None and given_at_meeting(text, n.start) and not _a_row_is_about(idx, text, n.start):
            n.verdict, n.kind, n.reason = "not_a_figure", "event", None
            n.derivation = "trao tặng, ủng hộ ngay tại hội nghị được đưa tin: không phải số liệu của kỳ báo cáo"
            continue
        if n.expected is None and not _a_row_is_about(idx, text, n.start):
            why = _said_of_something_else(text, numbers, k)
            if why is not None:
                n.verdict, n.kind, n.reason, n.derivation = why[0], why[1], None, why[2]
                continue
        if n.source is None and plan_revised(text, n.start, n.end) \
                and (n.expected is None or not _table_keeps(idx, "target")):
            # "giảm kế hoạch doanh thu 8.539 tỷ đồng xuống còn 61.000 tỷ đồng": a plan revised or set, its own kind so
            # that no aim is carried on to the next sentence's results (``_aims_go_on``); a wrong value of a result row
            # it is not, unless the table keeps the plans (then a wrong plan is caught against its cell)
            n.verdict, n.kind, n.reason = "not_a_figure", "revised-plan", None
            n.derivation = "kế hoạch, chỉ tiêu được đặt ra hoặc điều chỉnh (mức cũ, mức mới, mức giảm): không phải kết quả của kỳ báo cáo"
            continue
        if n.source is None and (n.expected is None or not _a_row_is_about(idx, text, n.start)) \
                and not _table_keeps(idx, "target") and assigned_quota(text, n.start, n.end):
            # "tỉnh được giao chỉ tiêu tuyển chọn 1.041 công dân nhập ngũ, trong đó 800 …": the quota assigned, the
            # level set and not reached — where no row the sentence names would hold it (a table keeping the quota as
            # a row, "Chỉ tiêu tuyển quân năm 2019 được giao" = 102, or as a row's plan, g-datdo-hmtn-2020's "giao chỉ
            # tiêu vận động hiến 1.150 đơn vị máu", catches a wrong one against it)
            n.verdict, n.kind, n.reason = "not_a_figure", "quota", None
            n.derivation = "chỉ tiêu được giao: mức đặt ra, không phải kết quả của kỳ báo cáo"
            continue
        if still_needed(text, n.start) or aims_at_its_year(text, n.start, report) or sentence_aims(text, n.start) \
                or after_time_ahead(text, n.start) \
                or (n.expected is None or not _table_keeps(idx, "target") and _firm(head_aim(text, n.start, report))) \
                and head_aim(text, n.start, report) \
                or n.expected is None and (
                _aimed(text, n.start) or _spells_out_aims(text, n.start, numbers)
                or (_aims_go_on(text, numbers, k) and not _a_row_is_about(idx, text, n.start))):
            n.verdict, n.kind, n.reason = "not_a_figure", "target", None   # no row it would be a wrong value of
            n.derivation = "mục tiêu, kế hoạch đề ra: không phải kết quả của kỳ báo cáo"
            continue
        if report is None:
            continue
        if report.kind in SHORTER_KINDS and in_year_estimate(text, n.start):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "forecast", None, None
            n.derivation = "ước cả năm: số của cả năm, không phải của kỳ báo cáo"
            continue
        if report.kind in SHORTER_KINDS and not _keeps_estimates(idx) and named_year_estimate(text, n.start):
            # "Dự kiến năm 2025, … đón 1,1 triệu lượt khách" in a half year's report: the year's, where the table keeps no
            # estimate (zm-ha-noi-xe-buyt keeps "dự kiến năm 2016 … 957 tỉ đồng" as a row: checked against it)
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "forecast", None, None
            n.derivation = "ước tính cho cả năm nêu rõ: số của cả năm, không phải của kỳ báo cáo"
            continue
        other = other_period(text, n.start, report)
        if other is None and n.expected is None and (not _a_row_is_about(idx, text, n.start)
                                                      or _YEAR_OPENS_CLAUSE.search(text, max(0, n.start - 60), n.start)):
            # "giảm từ 11,25% năm 2011" in the 2014 report, "Doanh số cho vay … năm 2017 đạt …" in the 5-month 2018 one,
            # "(nhiệm kỳ trước huy động được từ 80 đến 85%)", "…, với 3.660 lượt hộ" after a number of 2017
            other = earlier_named_after(text, n.start, report) \
                or earlier_said(text, n.start, report, comparisons_kept=_table_keeps(idx, "other-period")) \
                or earlier_by_words(text, n.start, report)
            if other is None and last_other is not None and same_clause(text, last_other[0], n.start):
                other = last_other[1]
        if other is None:  # "Năm 2015, … làm tốc mái 6 căn nhà" in the report on the first half of 2016
            other = earlier_opened(text, n.start, report)
        if other is None and (year := year_of_same_period_after(text, n.end)) is not None and year < report.year \
                and (year < report.year - 1 or not _table_keeps(idx, "other-period")):
            # "tuy cao hơn tốc độ tăng 4,7% và 5,17% của cùng kỳ năm 2020 và 2021" in the 2022 report: those years'
            # (last year's is checked against Cùng kỳ where the table keeps it)
            other = Period(year, "year")
        headline = headline_period(text, n.start, report) if other is None else None
        opened = opened_on(text, n.start, report) or previous_month_end(text, n.start, report) or headline \
            if other is None else None   # (stockdate: «đến 31/5/2021 đạt 78.588 tỷ đồng» in the June report)
        if opened is not None and opened == report.previous_edition() and opened != report.cung_ky:
            # "Trong tháng 10, toàn quốc xảy ra 152 vụ cháy" in the November bulletin: last edition's figure, said as
            # such — checked against the table's Kỳ trước where it keeps one, else no figure of this period
            row = _previous_cell(idx, text, n)
            if row is not None:
                n.verdict, n.reason, n.expected = "supported", None, None
                n.source = {"ma": row.fig.ma, "column": "ky_truoc"}
                n.derivation = f"số liệu kỳ trước ({opened.text}), câu nêu rõ kỳ"
                continue
            if not _table_keeps(idx, "previous"):
                other = opened
        elif opened is not None and report.kind in SHORTER_KINDS and covers(opened, report) \
                and (opened == headline or opened.kind == "year" and opens_on_year(text, n.start) == opened.year) \
                and (report.kind in ("month", "quarter")
                     or n.expected is None and not _a_row_is_about(idx, text, n.start)):
            other = opened  # "Năm 2023, toàn quốc xảy ra 3.440 vụ cháy" in the November bulletin: the whole year's
        elif opened is not None and opened != headline and within(opened, report) and not _keeps_part(idx, opened) \
                and not _sentence_holds_rows(text, numbers, k):
            other = opened  # "Chỉ tính riêng trong tháng 9, toàn quốc xảy ra trên 1.300 vụ" in the nine months' report
        if other is None and report.kind != "month" and n.kind in ("change", "percent") \
                and against_month_a_year_ago(text, n.start) and not _keeps_months(idx) \
                and not _sentence_holds_rows(text, numbers, k):
            n.verdict, n.kind, n.expected, n.source = "unverified", "other-period", None, None   # "So với tháng cùng kỳ …"
            n.reason = f"Chưa kiểm được: «{n.text}» là mức so sánh của một tháng với tháng cùng kỳ; bảng số liệu không có số của tháng"
            continue
        if other is None and (over := over_years(text, n.start, report)) is not None \
                and not _paragraph_holds_rows(text, numbers, k, over[1]):
            n.verdict, n.kind, n.reason = "not_a_figure", "other-period", None   # "Qua 10 năm thực hiện …, 109 lượt"
            n.derivation = f"số cộng dồn {over[0]}, không phải của kỳ báo cáo ({report.text})"
            continue
        if other is None and (since := since_earlier(text, n.start, report)
                                  or founded_since(text, n.start, report)) is not None:
            n.verdict, n.kind, n.reason = "not_a_figure", "other-period", None   # "Từ năm 2020 đến nay, … 3 ngôi nhà"
            n.derivation = f"số cộng dồn {since}, không phải của kỳ báo cáo ({report.text})"
            continue
        if other is None and (span := closed_span(text, n.start, report)) is not None \
                and not _paragraph_holds_rows(text, numbers, k, span[1]):
            n.verdict, n.kind, n.reason = "not_a_figure", "other-period", None   # "từ tháng 1-2011 đến tháng 12-2018"
            n.derivation = f"số cộng dồn {span[0]}, không phải của kỳ báo cáo ({report.text})"
            continue
        if other is None and (later := (later_opened(text, n.start, report) or aims_paragraph(text, n.start, report)
                                           or later_after(text, n.end, report)
                                           or later_paragraph(text, n.start, report))) is not None:
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "target", None, None
            n.derivation = f"kế hoạch, mục tiêu của năm {later}: không phải kết quả của kỳ báo cáo ({report.text})"
            continue
        kept = kept_earlier(idx, text, n.start, n.end, n.kind, getattr(other, "year", None), report.year - 1) \
            if other is not None else None
        if kept is not None:
            kept_reason(n, kept)   # "so với cùng kỳ (năm 2017 đạt 90,8%)" against the kept Cùng kỳ 90,4
        elif other is not None:
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
            n.derivation = f"số của {other.text}, không phải của kỳ báo cáo ({report.text})"
            last_other = (n.end, other)


_AIMS = ("target", "other-period", "norm")
_BASE_COLUMNS = {"target": "ke_hoach", "other-period": "cung_ky", "previous": "ky_truoc"}


_PER_UNIT_LABEL = re.compile(r"(?i)(?<!\w)(?:mỗi|bình\s+quân|trung\s+bình)(?!\w)")
#: ... or a rate, though its unit has no per (``Số ngày điều trị trung bình`` in ``ngày``, ``Thu nhập bình quân đầu
#: người``, ``Năng suất``, ``Mật độ``, a label with a slash)
_AVERAGE_LABEL = re.compile(_PER_UNIT_LABEL.pattern + r"|(?i:(?<!\w)(?:đầu\s+người|năng\s+suất|mật\s+độ|tốc\s+độ"
                            r"|định\s+mức|tỷ\s+lệ|tỉ\s+lệ)(?!\w))|/")


def _compared_row_kept_before(idx: TableIndex, text: str, numbers: list, k: int) -> Row | None:
    """The row the change before the bracket at ``numbers[k]`` was said of (the nearest number before it in its
    sentence that a row supports), when that row keeps the bracket's value as its previous edition's (``Kỳ trước``)."""
    n = numbers[k]
    if n.value is None:
        return None
    stop = max((text.rfind(c, 0, n.start) for c in (". ", ".\n", "\n", "; ")), default=-1)
    for m in reversed(numbers[:k]):
        if m.start <= stop:
            return None
        ma = (m.source or {}).get("ma")
        if not ma:
            continue
        row = idx.by_code.get(ma)
        kept = row.values.get("ky_truoc") if row is not None else None
        return row if kept is not None and _same_as_written(n, kept) else None
    return None


_WRITTEN = re.compile(r"\d+(?:\.\d{3})*(?:,(\d+))?")


def _same_as_written(n, kept: Decimal) -> bool:
    """Is ``kept`` the number ``n`` as written, to the digits it was written with (``983,91 tỷ`` is 983.910.000.000
    and 983.914.000.000, not 983.810.000.000)?"""
    m = _WRITTEN.search(n.text)
    if m is None or n.value is None:
        return False
    numeral = Decimal(m.group(0).replace(".", "").replace(",", "."))
    if not numeral:
        return False
    scale = (Decimal(str(n.value)) / numeral).quantize(Decimal(1)) if abs(Decimal(str(n.value))) >= abs(numeral) else Decimal(1)
    places = Decimal(1).scaleb(-len(m.group(1) or ""))
    return (kept / scale).quantize(places) == numeral.quantize(places)


def _written_step(n, w: Decimal) -> Decimal:
    """The value of one unit of the last digit ``n`` writes (``53.418 tỷ đồng``: 1 tỷ; ``1,3 triệu``: 100.000)."""
    read = read_cell(_LEADING_NUMERAL.match(n.text.strip()).group()) if _LEADING_NUMERAL.match(n.text.strip()) else None
    if read is None or not read[0]:
        return abs(w) * 2 * SCALE_ROUNDING
    numeral, decimals, _ = read
    return abs(w / numeral) * Decimal(10) ** -decimals


_LEADING_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")


def _previous_cell(idx: TableIndex, text: str, n) -> Row | None:
    """The row whose previous edition's value (``Kỳ trước``) is the number ``n``: among rows holding that value, the
    one the words around it fit best — None when a row the words fit better holds another (a wrong or swapped one)."""
    if n.value is None:
        return None
    w = Decimal(str(n.value))
    rows = [r for r in idx.rows if r.values.get("ky_truoc") is not None and (n.kind == "percent") == (r.kind == "percent")]
    if not rows:
        return None
    lo = max(text.rfind(c, 0, n.start) for c in ".;,!?\n") + 1
    hi = min((k for k in (text.find(c, n.end) for c in ".;,!?\n") if k >= 0), default=len(text))
    ctx = idx.context(text[lo:n.start] + " " + text[n.end:hi])
    score = {id(r): idx.fit(ctx, r) for r in rows}
    tolerance = min(abs(w) * SCALE_ROUNDING, _written_step(n, w) / 2)   # «53.718» is no rounding of 53.418
    held = [r for r in rows if abs(r.values["ky_truoc"] - w) <= tolerance]
    if not held:
        return None
    best = max(held, key=lambda r: score[id(r)])
    return best if score[id(best)] >= max(score.values()) else None


_ROMAN_OF = {1: "i", 2: "ii", 3: "iii", 4: "iv"}


def _last_year_unkept(idx: TableIndex, source: dict) -> bool:
    """The row a number was read as keeps no value of last year (``cung_ky``) to check it against."""
    row = idx.by_code.get(source.get("ma"))
    return row is not None and row.values.get("cung_ky") is None


def _keeps_part(idx: TableIndex, part: Period) -> bool:
    """Does a row's label or section name ``part`` of the report (``Số vụ tháng 9``, ``Quý III``)? Then a figure said
    of it is checked as any other; else the table has nothing of that month or quarter."""
    if part.kind == "month":
        said = re.compile(rf"(?i)(?<!\w)tháng\s*0?{part.index}(?!\d)")
    elif part.kind == "quarter":
        said = re.compile(rf"(?i)(?<!\w)quý\s*(?:{part.index}|{_ROMAN_OF.get(part.index, '')})(?![\w])")
    else:
        return True   # a half or some months inside a year: keep the old verdict
    if any(re.search(r"(?i)lũy\s+kế|luỹ\s+kế", unicodedata.normalize("NFC", r.fig.chi_tieu)) for r in idx.rows):
        return True   # rows of running totals beside: the plain rows are the last month's (a month's sheet)
    return any(said.search(unicodedata.normalize("NFC", f"{r.fig.chi_tieu} {r.fig.muc or ''}")) for r in idx.rows)


def _sentence_holds_rows(text: str, numbers: list, k: int) -> bool:
    """Does another figure of the number's sentence stand on the table (``Trong tháng 9, Bệnh viện … đã khám bệnh
    được cho 87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch`` under the headline ``… trong 9 tháng đầu năm
    2018``: the plan and the rate are the table's, so the sentence's month is the period's months so far)?"""
    s = sentence_start(text, numbers[k].start, 400) or 0
    stop = CLAUSE_END.search(text, numbers[k].end)
    end = stop.start() if stop else len(text)
    return any(j != k and s <= m.start < end and m.verdict in ("supported", "derived") and m.source
               for j, m in enumerate(numbers))


def _paragraph_holds_rows(text: str, numbers: list, k: int, start: int) -> bool:
    """Does another figure of the paragraph from ``start`` on stand on the table (the table keeps what the years
    counted there did: they are the report's own)?"""
    stop = text.find("\n", numbers[k].end)
    end = stop if stop >= 0 else len(text)
    return any(j != k and start <= m.start < end and m.verdict in ("supported", "derived") and m.source
               for j, m in enumerate(numbers))


def _keeps_months(idx: TableIndex) -> bool:
    """Does a row's label or section name a month (``Số vụ tháng 9``)?"""
    return any(re.search(r"(?i)(?<!\w)tháng\s*\d", unicodedata.normalize("NFC", f"{r.fig.chi_tieu} {r.fig.muc or ''}"))
               for r in idx.rows)


def _keeps_per_unit(idx: TableIndex) -> bool:
    """The table keeps amounts per unit as rows (``Trị giá mỗi phần quà``, ``Bình quân mỗi hộ``, a unit per
    ``triệu đồng/giải``): ``perunitrow.keeps_amount_per_unit`` of any row."""
    return any(keeps_amount_per_unit(r) for r in idx.rows)


def _table_keeps(idx: TableIndex, base: str) -> bool:
    """Does the table keep the column a comparison's base of this kind would be checked against?"""
    column = _BASE_COLUMNS.get(base)
    return column is not None and any(r.values.get(column) is not None for r in idx.rows)


#: A row that keeps a change with its sign: the loader's kept rate or change (``-TL``, ``-TG``) or a label naming both
#: ways (``tăng (+), giảm (-)``, ``tăng/giảm``, ``tốc độ tăng``).
_SIGNED_ROW = re.compile(r"-T[LG]\d*'*\s|\btang\b\s*(?:\(\+\))?\s*[,/]?\s*giam\b|\btoc do tang\b")


def _keeps_estimates(idx) -> bool:
    """The table keeps estimates of a longer period (``Ước cả năm 2016`` → ``3-U2016``, a label of ``ước``): then an
    estimate the text states is checked against them (zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t)."""
    return any(re.search(r"-U\d{4}$", r.fig.ma) or re.search(r"(?<!\w)uoc(?!\w)", fold(r.fig.chi_tieu)) for r in idx.rows)


def _keeps_stocks(idx) -> bool:
    """The table keeps totals to date on rows of their own (``lũy kế``, ``hiện có``, ``đến cuối``): then a stock the
    text states is checked as any figure (a ``Tổng số …`` row is a period's total as often: no sign of one)."""
    return any(TO_DATE_LABEL.search(fold(r.fig.chi_tieu)) for r in idx.rows)


def _firm(aim: str | None) -> bool:
    """An aim (``recognisers.aimhead``) firm enough to set aside a number a row is about: not a bare ``sẽ``."""
    return aim == "aim"


def _aimed(text: str, start: int) -> bool:
    """:func:`aimed` read from where the number's sentence begins when a full stop is glued to it
    (``recognisers.stops``: ``… sẽ gieo sạ … đến ngày 05/6/2017.Diện tích … đạt 43.550 ha``)."""
    g = glued_start(text, start)
    return aimed(text[g:], start - g) if g else aimed(text, start)


def _said_of_something_else(text: str, numbers: list, k: int) -> tuple[str, str, str] | None:
    """What the page says of the meeting or its pictures rather than of the period (``recognisers.meetings``), the
    plan a ratio is over (``recognisers.forecasts.plan_of_ratio``), the agency's own staff
    (``recognisers.staffing``): (verdict, kind, why), or None."""
    n = numbers[k]
    if caption(text, n.start):
        return "not_a_figure", "furniture", "chú thích ảnh: mô tả bức ảnh, không phải số liệu của kỳ báo cáo"
    if n.kind in ("count", "ratio") and heard(text, n.start, n.end):
        return "not_a_figure", "event", ("số báo cáo, tờ trình hội nghị nghe và thảo luận, không phải số liệu của kỳ "
                                         "báo cáo")
    if n.kind in ("count", "ratio") and passed_at_session(text, n.start, n.end):
        return "not_a_figure", "event", "số nghị quyết, văn bản kỳ họp thông qua, không phải số liệu của kỳ báo cáo"
    if n.kind == "count" and session_reach(text, n.start, n.end):
        return "not_a_figure", "event", ("nơi hội nghị được truyền trực tuyến tới: quy mô của phiên họp, không phải số "
                                         "liệu của kỳ báo cáo")
    if n.kind == "ratio" and k > 0 and plan_of_ratio(text, numbers[k - 1], n):
        return "not_a_figure", "target", ("chỉ tiêu kế hoạch (mẫu số của tỷ lệ đạt so với kế hoạch), không phải kết "
                                          "quả của kỳ báo cáo")
    if n.kind in ("count", "ratio") and staff_count(text, n.start, n.end):
        return "standing", n.kind, "số liệu cố định: biên chế, cơ cấu cán bộ của cơ quan, không phải số liệu của kỳ báo cáo"
    if n.kind == "count" and population(text, n.start, n.end) \
            or n.kind in ("count", "percent") and peoples(text, n.start):
        return "standing", n.kind, "số liệu cố định: số hộ, nhân khẩu của địa bàn, không phải số liệu của kỳ báo cáo"
    return None


def _spells_out_aims(text: str, start: int, numbers: list) -> bool:
    """``… đặt chỉ tiêu trồng trọt 11.397,2ha. Cụ thể, diện tích lúa 6.838,3ha …``: the sentence details one that set
    aims — whose numbers were all aims, none a figure of the period (``recognisers.forecasts.spelled_out``)."""
    span = spelled_out(text, start)
    if span is None:
        return False
    before = [x for x in numbers if span[0] <= x.start < span[1]]
    return any(x.kind in _AIMS or (x.kind == "name" and x.verdict == "not_a_figure") for x in before) \
        and all(x.verdict == "not_a_figure" for x in before)


_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")
#: Words that report what was done (not what is aimed at): the sentence is the period's again.
_DONE_WORDS = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|kết\s+quả|vừa\s+qua|hiện\s+nay|hiện\s+có|hiện|đến\s+nay|"
                         r"trong\s+(?:năm|kỳ|tháng|quý)|năm\s+qua|qua\s+(?:đó|bình\s+xét))(?!\w)")


def _aims_go_on(text: str, numbers: list, k: int) -> bool:
    """``… phấn đấu … 100% chi hội …, 35% …; 98% … . 100% gia đình cán bộ hội viên thực hiện tốt …``: a sentence of the
    same paragraph right after one whose numbers were all aims (one at least read as such), saying nothing of what was
    done, carries the aims on without a cue of its own."""
    n = numbers[k]
    para = text.rfind("\n", 0, n.start) + 1
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, para, n.start)]
    if not stops:
        return False
    s = stops[-1]
    if _DONE_WORDS.search(text, s, n.start):
        return False
    ps = stops[-2] if len(stops) > 1 else para
    before = [x for x in numbers[:k] if ps <= x.start < s]
    # "…, đạt mục tiêu của Chương trình (giảm hơn 3%/năm)": an aim reached is the base of a result, it sets none
    # "Về kế hoạch trong tháng 5, … Tập đoàn đặt mục tiêu sản xuất tối thiểu 3,8 triệu tấn. Ngoài ra các chỉ tiêu khác
    # gồm tiêu thụ than 4 triệu tấn, …": a sentence an aim's head governs (recognisers.aimhead) sets aims as well
    return any((x.kind == "target" or _firm(head_aim(text, x.start)))
               and not _REACHED_AIM.search(text, max(ps, x.start - 90), x.start) for x in before) \
        and all(x.verdict == "not_a_figure" for x in before)


_REACHED_AIM = re.compile(r"(?i)(?<!\w)(?:đạt|vượt|hoàn\s+thành)\s+(?:được\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)[^.;!?]*$")


def _keeps_year(idx: TableIndex, year: int, text: str, start: int) -> bool:
    """The table keeps the number's row for one year of its term (a group ``Năm 2018`` over ``Hộ nông dân đăng ký
    SXKD giỏi các cấp``, whose words the sentence says): that year's number is its figure, a wrong one caught, never
    set aside as another period's (``riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%`` with no row of that rate for
    2023 still is)."""
    y = re.compile(rf"(?<!\d){year}(?!\d)")
    before = clause_before(text, start)
    ctx = idx.context(before + " " + text[start:start + 60])
    return any(y.search(f"{r.fig.muc or ''} {r.fig.chi_tieu}") and idx.fit(ctx, r) >= 0.5 for r in idx.rows)


def _kept_per_year(idx: TableIndex, n) -> bool:
    """The row the number is about keeps a yearly average or habit itself (``Hộ nông dân đăng ký … (bình quân hằng
    năm)`` = 2.400 for ``bình quân hằng năm, … đạt gần 2.401 hộ``): a wrong value of it is that row's, not a habit."""
    row = idx.by_code.get((n.source or {}).get("ma")) if n.expected is not None and n.source else None
    return row is not None and yearly_row(row.fig.chi_tieu, row.fig.don_vi_tinh, row.fig.ghi_chu)


def _a_row_keeps_the_whole(idx: TableIndex, text: str, end: int) -> bool:
    """A row's label fits the words of ``Trong N <set …>`` up to ``có`` (``Trong 4 thôn đang thực hiện xây dựng khu dân
    cư nông thôn mới kiểu mẫu có 1 thôn …`` against ``Số thôn thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu`` = 4:
    the held-out zn-quang-nam-nui-thanh-xa-tam-xuan): the whole is then the period's count, checked as any."""
    noun = STANDING_SET.match(text, end)   # the set's own noun is shared by the parts: the words after it must fit
    phrase = re.split(r"(?i)(?<!\w)có(?!\w)|[,.;!?\n]", text[noun.end() if noun else end:end + 160], maxsplit=1)[0]
    described = set_described(text, end)   # its words run to the parts' «có», list commas and all (wholes)
    if described is not None and noun is not None and len(described) > len(text[end:noun.end()]):
        phrase = described[noun.end() - end:]
    if not phrase.strip():
        return False
    ctx = idx.context(phrase)
    return any(idx.fit(ctx, r) >= 0.5 for r in idx.rows)


def _a_label_names_the_bound(idx: TableIndex, said: str) -> bool:
    """A row names its class by this bound (``Số hộ thu nhập trên 100 triệu đồng/năm so với giai đoạn 2011 - 2016`` for
    ``số hộ có mức thu nhập trên 100 triệu đồng/ năm tăng gấp 5 lần``: the held-out zv-nghe-an-do-luong): the number is
    the class's name, the row's value is the count's (``5`` lần), so the row being about the sentence leaves the bound
    a bound."""
    m = re.match(r"\d[\d.,]*(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?", said)
    if m is None:
        return False
    bound = re.compile(r"(?<!\w)(?:trên|dưới|từ|hơn)\s+" + re.escape(re.sub(r"\s+", " ", m.group()).lower()) + r"(?![\w.,]\d)")
    return any(bound.search(unicodedata.normalize("NFC", r.fig.chi_tieu or "").lower()) for r in idx.rows)


def _of_another_place(text: str, n, here: Here, idx: TableIndex) -> bool:
    """Is ``n`` another place's number (``elsewhere.ANOTHER_PLACE``), no row naming that place? Then it is marked so."""
    found = another_place(text, n, here, lambda place: _a_row_names(idx, place))
    if found is None:
        return False
    n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-area", None, None
    n.derivation = found.derivation
    return True


def _a_row_names(idx: TableIndex, place: str) -> bool:
    """Does a row's label or group name the place (a roundup's table keeping each province as a row: the ministry's
    ``2,Nghệ An,giải,90`` in held-out yg-toan-quoc-bo-gddt)? Then its value is a part of the table, checked as any."""
    key = unicodedata.normalize("NFC", place).casefold()
    return any(key in unicodedata.normalize("NFC", f"{r.fig.chi_tieu} {r.fig.muc or ''}").casefold() for r in idx.rows)


def _a_row_is_about(idx: TableIndex, text: str, start: int) -> bool:
    """Does a row's label fit the words of the number's sentence before it (``Tỷ lệ hộ nghèo từ 7,19% năm 2015``: the
    row whose comparison column may hold that base)?"""
    before = clause_before(text, start)
    ctx = idx.context(before)
    return any(idx.fit(ctx, r) >= 0.5 for r in idx.rows)


def _quotes_of(idx: TableIndex):
    """The table's quoted phrases, compiled once per (cached) index."""
    quotes = idx.__dict__.get("_quotes")
    if quotes is None:
        quotes = idx.__dict__["_quotes"] = compile_quotes(idx.rows)
    return quotes


_PRIOR_FACTS: dict[tuple, list] = {}


def standing_from_prior(prior_text: str, prior: FigureTable | None = None) -> list[StandingFact]:
    """Counts the previous edition states on a noun that were no row of its table (all its counts without one)."""
    key = (hash(prior_text), id(prior))
    if key in _PRIOR_FACTS:
        return _PRIOR_FACTS[key]
    text = normalise(prior_text).text
    if prior is not None and len(prior):
        keep = [c for c in check_text(text, prior).numbers if c.verdict in ("unsupported", "standing")]
    else:
        keep = [c for c in check_text(text, FigureTable([])).numbers if c.verdict != "not_a_figure"]
    by_start = {m.start: m for m in extract_numbers(text)}
    # a noun the period's table counts in ("thanh niên" of "Số thanh niên trúng tuyển") is the period's, not the
    # agency's: a count of it that was no row is a stale or missing figure, never a standing fact
    period_nouns = {noun_head(unicodedata.normalize("NFC", f.don_vi_tinh or "").lower())
                    for f in (prior.figures if prior is not None else ())} - {""}
    facts, seen = [], set()
    for c in keep:
        m = by_start.get(c.start)
        if m is None or m.kind not in ("count", "ratio") or not m.noun or m.value is None:
            continue
        noun = noun_head(m.noun)
        if noun and noun not in period_nouns and (m.value, noun) not in seen:
            seen.add((m.value, noun))
            facts.append(StandingFact(m.value, noun, quote=None, source="prior"))
    if len(_PRIOR_FACTS) > 64:
        _PRIOR_FACTS.clear()
    _PRIOR_FACTS[key] = facts
    return facts


def check_file(path: str | Path, current: FigureTable, prior: FigureTable | None = None, **kw) -> CheckReport:
    """Check a .txt (UTF-8), .docx or .pdf file (``service.checker.documents``).

    Offsets are into ``CheckReport.text``: the file's own characters for .txt,
    the paragraphs joined by ``\n`` for .docx, the text layer for .pdf.  A
    .docx written by the service is checked unit by unit as its draft was,
    with the standing facts its draft was checked with.
    """
    doc = read_document(path)
    if doc.meta is not None and doc.meta.standing:  # the facts the draft was checked with, and the caller's
        kw["standing"] = [*[StandingFact.from_dict(d) for d in doc.meta.standing], *(kw.get("standing") or ())]
    if doc.units is None:
        if doc.period and kw.get("period") is None:
            kw["period"] = doc.period
        return check_text(doc.text, current, prior, **kw)
    numbers = []
    for unit in doc.units:
        args = dict(kw)
        args["period"] = kw.get("period") or doc.period
        args["section"] = kw.get("section") or unit.section
        args["placed"] = tuple(kw.get("placed") or ()) + unit.placed
        for n in check_text(unit.text, current, prior, **args).numbers:
            n.start += unit.start
            n.end += unit.start
            numbers.append(n)
    return CheckReport(numbers, text=doc.text)


def read_text(path: str | Path) -> str:
    """The text of a report file as the checker reads it; ``InputError`` naming the file when it cannot be read."""
    return read_document(path).text


def _period_year(period, current: FigureTable, text: str) -> int | None:
    given = _report_period(period, current)
    if given is not None:
        return given.year
    found = find_period(text[:1500])
    return found.year if found else None


#: a threshold written before a number: "bằng và trên 5 điểm", "từ 5 điểm trở lên"
_THRESHOLD_BEFORE = re.compile(r"(?i)(?<!\w)(?:trên|từ|dưới|hơn)\s*$")


#: a number grouped the Vietnamese way beyond doubt: ``1.234.567``, ``12.345,6``
_VN_GROUPS = re.compile(r"\d\.\d{3}(?:\.\d{3}|,\d)")


def english_notation(mentions) -> bool:
    """The whole text writes its numbers the English way (``148,616,478,018``; a company's accounts pasted as text):
    three such figures or more and hardly any grouped the Vietnamese way (one in ten: the unit line of accounts pasted
    under a Vietnamese header, ``Đơn vị: 1.000.000đ``, zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3).  Its
    numbers are then checked by their value, not flagged one by one for a notation the text keeps throughout."""
    foreign = sum(1 for m in mentions if m.is_figure and m.notation == "foreign")
    return foreign >= 3 and 10 * sum(1 for m in mentions if m.is_figure and _VN_GROUPS.search(m.raw)) <= foreign \
        or dot_decimals(mentions)


#: A dot that can only be a decimal point: one or two digits after it, then no digit (``3.43%``, ``15.4``) — Vietnamese
#: groups thousands by three.
_DOT_DECIMAL = re.compile(r"\d\.\d{1,2}(?![\d.])")
#: A Vietnamese decimal comma or a thousands group by three: ``12,94``, ``1.234``.
_VN_MARK = re.compile(r"\d,\d|\d\.\d{3}(?!\d)")


def dot_decimals(mentions) -> bool:
    """The page writes its decimals with a dot — ``Theo kết quả điều tra toàn xã có 86 hộ nghèo đạt tỷ lệ 3.43% và 103
    hộ cận nghèo đạt tỷ lệ 4.11%`` (the held-out zt-ben-tre-giong-trom-xa-my-thanh, an otherwise Vietnamese page): two
    figures at least whose dot can only be a decimal point (one alone may be a slip, and is flagged as before), and no
    figure written the Vietnamese way (no decimal comma, no thousands group). Its numbers are then read as the page writes them and checked by their value, and the check says
    so (:func:`dot_decimal_note`) — never silently."""
    figures = [m for m in mentions if m.is_figure and m.notation != "word"]
    return sum(1 for m in figures if m.notation == "foreign" and _DOT_DECIMAL.search(m.raw)) >= 2 \
        and not any(_VN_MARK.search(m.raw) for m in figures)


def dot_decimal_note(raw: str) -> str:
    return (f"trang viết số thập phân bằng dấu chấm (kiểu Anh) và không có số nào viết kiểu Việt: «{raw.strip()}» "
            "được đọc theo cách trang viết")


def english_cell_note(raw: str) -> str:
    return (f"bảng dán viết số kiểu Anh (dấu chấm thập phân) ở nhiều ô: «{raw.strip()}» được đọc theo cách bảng viết")


#: The checker's passes, composed in one place: each a mixin of ``_Checker``, in its method resolution order (a new
#: pass is added here; the order is the MRO: tests/test_tidy58.py).
PASSES = (
    Attribution,       # what a number is about when its value alone would say otherwise
    Derivations,       # numbers that are no cell but a derivation of cells
    PartShares,        # shares of the parts the text lists
    GroupTwins,        # rows of one label under several groups: the paragraph's group chooses
    NamedRows,         # rows of one indicator told apart by a proper name
    Breakdown,         # a whole and its parts: no part larger than its whole
    Echoes,            # a passage written twice with a different number
    TableCells,        # a table pasted as text
    StandingVerdicts,  # standing facts of the agency or its area
    Movements,         # a movement from one value to another: the words say which way
    Fractions,         # a fraction a/b of one count noun
    OwnIndex,          # a rate right after a value is its row's index
    LabelSaid,         # a value whose subject is a row's whole label
    LabelSum,          # a value right after a row's whole label is that row's, not a sum
    ToDate,            # a row and its total to date: the words of time choose
    BracketIndex,      # an index in brackets after a value is its own
    BracketChange,     # a rate of change opening a bracket after a value is its own
    ValueRate,         # a value and the rate right after it are one row's
    SiblingRate,       # a month's value and a running total's year-ago rate
    BaseChoice,        # the base a rate names chooses among its subject's rates
    FractionShare,     # a fraction and the share after it are one figure
    RateChain,         # a chain of rates after one value
    ShareNoun,         # a share before its noun phrase is that phrase's share
    CountRate,         # rates each naming its count by ``số <noun>``
    LabelAfter,        # a count followed by a row's whole label
    ShareBase,         # a share said with ``chiếm`` is no change against a period
    PartEqual,         # a part said with its whole's value
    TwiceSaid,         # one value said twice in a sentence, of two sibling rows
    CauseAfter,        # a count followed by its cause
    LevelNamed,        # a measure kept for several levels of government
    NameBracket,       # a count in brackets right after a name
    PlaceNamed,        # a value of a row naming another place than the sentence's
    UnitBrackets,      # each unit's own values in brackets after its name
    DroppedProducts,   # an amount in the head of its row's product unit (tấn of tấn.km), the row's label said
    RateLevel,         # the level said right after a kept rate is that rate's row's
    LastYearSaid,      # a number its own words date to last year: its row's year-ago cell, or unverified
    DatedBase,         # a rate's base said in words (đầu năm, cách đây một năm): the row dating that base
    KeptComparison,    # a rate whose base the table lacks, its subject's comparisons kept as rows
)


class _Checker(*PASSES):
    def __init__(self, text, mentions, where, idx: TableIndex, pidx: TableIndex | None, year: int | None):
        self.text, self.mentions, self.where, self.idx, self.pidx, self.year = text, mentions, where, idx, pidx, year
        for m in mentions:
            before = text[max(0, (m.qualifier_start or 0) - 8):m.qualifier_start or 0]
            if m.qualifier == "hơn" and m.kind in ("count", "percent", "money") and m.comparison is None:
                cmp = re.search(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+$", before)
                if cmp:  # "ít hơn 6 vụ": a change against the comparison value, not "more than 6"
                    m.qualifier, m.comparison = None, "giảm" if cmp.group(1).lower() in ("ít", "thấp") else "tăng"
                    m.kind = "change" if m.kind == "count" else m.kind
        self.placed: frozenset = frozenset()
        self.slips: dict[int, NumberCheck] = {}   # a number written against the Vietnamese notation: start → its flag
        self.report: Period | None = None  # the period reported, when the caller or the text names it
        self._label_named: dict[int, Row] = {}  # mentions that are part of a row's name → that row
        self.standing: list[StandingFact] = []
        self.rows: list[Row | None] = [None] * len(mentions)   # the row each mention was tied to
        self.results: list[NumberCheck | None] = [None] * len(mentions)
        self._used: set[tuple[int, str]] = set()  # (row, column) pairs already tied to a number
        self._bare = {id(m) for m in mentions if bare_money(m) and idx.lead_unit(m.noun) is None}
        self._english = english_notation(mentions)
        self._groups: dict[tuple, list[int]] = {}
        for k, w in enumerate(where):
            for key in (("clause", w.paragraph, w.clause), ("sentence", w.paragraph, w.sentence),
                        ("paragraph", w.paragraph)):
                self._groups.setdefault(key, []).append(k)

    # ------------------------------------------------------------ driver
    def unchecked(self) -> list[NumberCheck]:
        """Every number flagged for a person to verify: what ``run`` gives when the checker itself fails."""
        return [self._result(m, "not_a_figure" if not m.is_figure and m.kind != "anniversary" else "unsupported",
                             reason=None if not m.is_figure and m.kind != "anniversary" else
                             "Bộ kiểm tra số liệu gặp lỗi ở đoạn này nên chưa kiểm tra được số này; cần đối chiếu thủ công "
                             "với bảng số liệu") for m in self.mentions]

    def run(self) -> list[NumberCheck]:
        ms = self.mentions
        self._table_cells_are_figures()   # a table pasted as text: its cells are its rows' (tabletext)
        slips = self.slips
        for i, m in enumerate(ms):
            if not m.is_figure and m.kind != "anniversary":
                if m.kind == "norm" and (named := self._in_a_label(i)) is not None:
                    self._label_named[i] = named   # "3 thôn đạt 9/10 tiêu chí": the level names the group's row
                self.results[i] = self._result(m, "not_a_figure", reason=None, derivation=m.note)
            elif m.kind == "anniversary":
                self.results[i] = self._anniversary(m)
            elif (named := self._in_a_label(i)) is not None:
                self._label_named[i] = named
                m.kind, m.note = "name", f"part of the name of {named.fig.ma}"
                self.results[i] = self._result(m, "not_a_figure", derivation=m.note)
            elif m.notation == "foreign" and not self._english and not self._english_cell(i):
                self.results[i] = self._result(m, "unsupported", reason=notation_reason(m.raw),
                                               expected=fmt_like(m, m.value))
                slips[m.start] = replace(self.results[i])   # a copy: later passes may rewrite the first in place
        for i, m in enumerate(ms):  # pass 1: numbers that should be cells
            if self.results[i] is None and m.kind in ("count", "money", "measure", "ratio", "percent"):
                if m.same_unit_pair and m.pair_role == "numerator":
                    self._pair(i, m.partner)
                elif not (m.same_unit_pair and m.pair_role == "denominator"):
                    self._direct(i)
        for i, m in enumerate(ms):  # pass 2: derivations, with the rows the text has named
            if self.results[i] is None:
                self.results[i] = self._derived(i)
        self._direction_pass()    # "tăng 6,1%" against a kept rate of −6,1: the sign says the direction
        self._confirm_comparisons()
        self._attribution_pass()  # pass 3: right value, wrong line of the table
        self._running_pass()      # a row and its running total: the words of time choose the column
        self._to_date_pass()      # a row and its total since the work began (-LKDN): the words of time choose too
        self._stock_pass()        # what the period added and the stock it raised: "nâng tổng số lên" chooses
        self._span_pass()         # a row and its parts of the period (month, quarter): the period named chooses
        rows_of_their_period(self)   # a row of an earlier month or a year before: only a sentence naming that period
        self._line_family_pass()  # a line's pair (the dead and the injured) is of one family of rows
        self._twin_pass()         # one label under several groups: the group the paragraph names chooses
        self._child_twin_pass()   # one label under several parent rows: the parent stated just before chooses
        self._level_pass()        # "… HĐND cấp huyện" / "… cấp xã": the level the number's phrase names chooses
        self._name_bracket_pass()  # "Bạch Thông (có tới 384 nhà)": a count in brackets after a name is the name's
        self._place_pass()        # a value of a row naming a place, in a sentence about another place
        self._own_rate_pass()     # "10,5km kênh mương (đạt 68%)": a rate in brackets is its own row's
        self._rate_level_pass()   # "giảm 61% so với cùng kỳ, chỉ đạt 83,6 triệu USD": the kept rate's row's level
        self._own_change_pass()   # "623,2 tỷ đồng, đạt 22,53% kế hoạch, tăng 8,32% so với cùng kỳ": its row's change
        self._count_rate_pass()   # "giảm 23,64% số vụ, 16,4% số người chết": each rate is its «số <noun>»'s count's
        self._own_index_pass()    # "118,6 tỷ lượt khách, tăng 10,8%": the value's own index row (cùng kỳ = 100)
        self._named_index_pass()  # "lượng khách vận chuyển … giảm 4,5%": the index rows its subject's words name
        self._bracket_index_pass()  # "74,65 tạ/ha (100,13%)": an index in brackets is its value's own
        self._bracket_change_pass()  # "1.651.306 lượt khách (tăng 7% so với cùng kỳ)": the value's own index
        self._value_rate_pass()   # "đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán": a value and its rate, one row's
        self._sibling_rate_pass()  # "là 131.378 tỷ đồng tăng 44,8% so với cùng kỳ": the running total's rate, its value
        self._base_choice_pass()   # "đạt 88% kế hoạch và bằng 90% so với cùng kỳ": the base said chooses the rate row
        self._fraction_share_pass()  # "5.775/8.227 xã (chiếm 70,2%)": the share is the fraction's
        self._share_base_pass()   # "chiếm 97,2%" where only a «so với cùng kỳ» row holds 97,2: a share is no change
        self._share_noun_pass()   # "80% tổ chức cơ sở Đoàn được kiểm tra giám sát": a share is its noun phrase's row's
        self._label_said_pass()   # "sản lượng sản xuất ô tô 6 tháng đạt 30.925 xe": a row's whole label, its value
        self._label_sum_pass()    # "chở quá số người 21" (01 kept; 21 = three other rows' sum): the label's value
        self._label_after_pass()  # "429 công trình thanh niên các cấp": the row whose whole label follows the count
        self._cause_after_pass()  # "71 người chết do sạt lở đất": the sibling row of the cause said after the count
        self._label_number_pass()  # "6 lớp khối 11": a name with a number picks its row out of the same rows'
        self._named_row_pass()    # one indicator of several named units: the name before the number chooses
        self._whole_equal_pass()  # "7.796 xe bán ra, bao gồm 7.796 xe du lịch": a whole said with its part's value
        self._breakdown_pass()    # "6 hợp tác xã (trong đó 788 HTX …)": no part larger than its whole
        self._part_equal_pass()   # "210 đối tượng (210 đối tượng truy nã)": a part said with its whole's value
        self._twice_said_pass()   # "kiểm tra được 176 vụ và xử lý 176 vụ": one value twice, each phrase names its row
        self._echo_pass()         # a passage written twice, a number different: the copy the words fit less
        self._label_class_pass()  # "21 xã đạt 8-9 tiêu chí": the class the clause names decides the row
        self._fraction_pass()     # "99% xã đạt chuẩn (7/7 xã)": a share and its fraction that disagree
        self._standing_pass()
        self._fraction_whole_pass()  # "7/3 phường": a part never larger than its whole; one list's fractions, one whole
        self._movement_pass()     # "giảm từ 0,19% năm 2010 xuống còn 0,19%": a movement's two ends cannot be equal
        self._kept_comparison_pass()  # "10.440 tỷ đồng, tăng 18%": no base kept, the subject's kept rates decide
        # "… mới đạt ở mức cơ bản 85,7%": a proved rate said again
        restated(self.mentions, self.where, self.results, self._names_another_row)
        shares_over_whole(self.text, self.mentions, self.results)   # "chiếm 118,23%": no part is over its whole
        wholes_under_parts(self.text, self.mentions, self.results)  # "62 giải trong tổng số 3 giải": nor a whole under
        self._last_year_said_pass()  # "6 ngày Tết năm ngoái … 10 người tử vong": last year's, its year-ago cell
        self._dated_base_pass()   # "so với đầu năm, chỉ số CPI có mức tăng 1,26%": the row «so với tháng 12/2012»
        spans_not_kept(self)      # "(Quý I tăng 3,68%; …)" in a report of the third quarter: a span the table lacks
        # "Tổng cộng" under a pasted table's rows or a list's lines: the sum of the cells above it
        totals_summed(self.text, self.mentions, self.results, total_rows(self.text, self._pasted_rows()))
        titles_restated(self.text, self.mentions, self.results,   # a title rounding or summing the body
                        lambda i: any(self._cells(i, self.idx)))
        titles_said_again(self.text, self.mentions, self.results)   # "… đạt 54%" over the body's "bằng 54% dự toán"
        # "Hà Nội xảy ra 6 vụ cháy, nổ trong 9 tháng" where the body says it again with 925: another row's value
        titles_contradicted(self.text, self.mentions, self.results, self.rows)
        for i, (m, r) in enumerate(zip(ms, self.results)):   # a pasted table that writes them so: the same
            if not self._english and r is not None and r.verdict in ("supported", "derived") and self._english_cell(i):
                r.derivation = "; ".join(x for x in (r.derivation, english_cell_note(m.raw)) if x)
        if self._english:   # a page that writes its decimals with a dot: say how its numbers were read
            for m, r in zip(ms, self.results):
                if r is not None and m.notation == "foreign" and r.verdict in ("supported", "derived") \
                        and _DOT_DECIMAL.search(m.raw):
                    r.derivation = "; ".join(x for x in (r.derivation, dot_decimal_note(m.raw)) if x)
        return self.results

    def _direction_pass(self) -> None:
        """A change or rate proved by a row that keeps it with its sign (``R-2-TL`` «…: tốc độ tăng so cùng kỳ» = −6,1,
        ``HS02`` «Cướp tài sản: tăng (+), giảm (-) …» = −14) must go the row's way: ``tăng 6,1%`` against −6,1 is
        wrong (cells are matched by size, the sign aside)."""
        for i, (m, r) in enumerate(zip(self.mentions, self.results)):
            said = m.comparison or (degree_direction(self.text, m.num_start) if m.kind == "percent" else None)
            if r is None or r.verdict not in ("supported", "derived") or said not in ("tăng", "giảm") \
                    or not r.source or r.source.get("column") != "ky_bao_cao":
                continue
            row = self.idx.by_code.get(r.source.get("ma"))
            v = row.values.get("ky_bao_cao") if row is not None else None
            # a change kept under a comparison's name ("Giao thông: tháng 9/2021 so với tháng trước" = −0,18)
            compared = v is not None and kept_change(row, v)
            if v is None or v == 0 or not (compared or _SIGNED_ROW.search(row.fig.ma + " " + fold(row.fig.chi_tieu))):
                continue
            if not compared and ((r.derivation and r.derivation.endswith("− 100%")) or is_index_row(row.fig.chi_tieu)):
                # an index kept as the row («…: so với cùng kỳ» 98,1, code «-TL»): its change is the index less 100
                # («giảm 1,9%»), not the index as a rate (round 23's d08, zg-vinh-phuc-trong-trot)
                v = v - 100
                if v == 0:
                    continue
            if (v < 0) != (said == "giảm"):
                way = "giảm" if v < 0 else "tăng"
                self.results[i] = self._result(m, "unsupported", row=row, column="ky_bao_cao", reason=(
                    f"{row.fig.ma} ({row.fig.chi_tieu[:70]}) ghi {format_vn(v)}: {way} "
                    f"{fmt_like(m, abs(v))}, không phải «{said} {m.raw.strip()}»"),
                    expected=f"{way} {fmt_like(m, abs(v))}")

    def _names_another_row(self, i: int, j: int) -> bool:
        """Mention ``i`` is no restatement of mention ``j``: it is a change (``giảm 0,3%``), or a figure stands before
        it in its sentence (``j`` itself: ``đạt 1,6%, vượt 1,6%``; a count it is a share of: ``6.114 vụ, chiếm
        85,69%``), or its words compare (``vượt``, ``so với``), or the words of its sentence up to it name a percent
        row of the table other than the one ``j`` was tied to (best fit, the longer label first)."""
        m, w = self.mentions[i], self.where[i]
        if i in getattr(self, "_share_flagged", ()):
            return True  # "7,61% tổ chức cơ sở Đảng …": its noun phrase names another share row (``sharenoun``)
        if m.comparison is not None or any(
                self.where[k].sentence == w.sentence and self.mentions[k].is_figure for k in range(j, i)):
            return True  # a change, or a share of a figure before it in its sentence (6.114 vụ, chiếm 85,69%)
        if _RESTATED_NOT.search(self.text, max(w.sentence, m.num_start - 40), min(len(self.text), m.end + 30)):
            return True
        words = self.idx.context(self.text[w.sentence:m.num_start])
        best, key = None, (0.5, 0)
        for row in self.idx.rows:
            if row.kind == "percent" or row.unit.startswith("%"):
                k = (self.idx.fit(words, row), len(row.tokens & words))
                if k >= key:
                    best, key = row, k
        return best is not None and best is not self.rows[j]

    def _in_a_label(self, i: int) -> Row | None:
        """``20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD`` against a row ``Số mặt hàng có kim ngạch xuất khẩu
        trên 1 tỷ USD``: a number the label of the row the words speak of writes as part of its name (a threshold,
        a class), with its qualifier and the word after it, is no figure."""
        m, w = self.mentions[i], self.where[i]
        if not self.idx.label_numbers or m.low is not None:
            return None
        start = m.qualifier_start if m.qualifier and m.qualifier_start is not None else m.start
        end = m.end
        if m.kind == "ratio" and m.partner is not None:   # "3 thôn đạt 9/10 tiêu chí": the pair is the label's
            other = self.mentions[m.partner]
            start, end = min(start, other.start), max(end, other.end)
        noun = m.noun.split(" ", 1)[0] if m.kind in ("count", "ratio") else ""
        phrase = " ".join((self.text[start:end] + " " + noun).lower().split())
        ways = [r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"]
        if m.qualifier or _THRESHOLD_BEFORE.search(self.text, max(0, m.start - 12), m.start):
            # "bài thi có kết quả bằng và trên 5 điểm" against "Số bài thi đạt từ 5 điểm trở lên": one threshold,
            # written two ways — after the label that writes it as the text does ("9 xã còn lại thu dưới 50%" is
            # "Số xã thu dưới 50%", not "Số xã thu đạt từ 50% đến 60%": yf-bac-kan-bach-thong-khoi-xa-…-2021-h1)
            bare = re.escape(" ".join((self.text[m.num_start:m.end] + " " + noun).lower().split()))
            ways.append(rf"(?<!\w)(?:từ|trên|dưới|hơn)\s+{bare}(?!\w)|(?<!\w){bare}\s+trở\s+(?:lên|xuống)(?!\w)")
        for said in ways:
            for row in self.idx.label_numbers:
                label = row.__dict__.setdefault("_label_lower", " ".join(row.fig.chi_tieu.lower().split()))
                if re.search(said, label) and self.idx.fit(w.window | self.idx.context(phrase), row) >= 0.5:
                    return row
        return None

    def _result(self, m: Mention, verdict: str, *, row: Row | None = None, column: str | None = None,
                derivation: str | None = None, reason: str | None = None, expected: str | None = None) -> NumberCheck:
        kind, unit = m.kind, m.unit
        if kind == "count" and row is not None and row.kind == "money" and id(m) in self._bare:
            kind, unit = "money", "đồng"  # money written without its unit
        return NumberCheck(text=m.raw, start=m.start, end=m.end, value=float(m.value) if m.value is not None else None,
                           unit=unit, kind=kind, verdict=verdict,
                           source={"ma": row.fig.ma, "column": column} if row is not None and column else None,
                           derivation=derivation, reason=reason, expected=expected)




    # ------------------------------------------------------------ candidates
    def _kind_ok(self, m: Mention, row: Row) -> bool:
        if m.unit in CURRENCIES:  # "giảm hơn 4,9 tỷ đồng", "18,5 tỷ USD": money of that currency
            currency, _, per = row.unit.partition("/")   # a price per a base: "USD/thùng"
            return row.kind == "money" and currency.strip() == m.unit.lower() \
                and not (per and m.per and fold(per.strip()) != fold(m.per.strip()))
        if m.kind == "change" and row.kind == "measure" and m.unit == row.unit:
            return True
        if row.kind == "points" and m.kind in ("count", "ratio", "change"):   # "đóng góp 0,84 điểm phần trăm" (pointsafter)
            return said_in_points(self.text, m.end)
        if m.kind in ("count", "ratio", "change"):
            if row.kind == "measure":  # "hơn 51 triệu tấn hàng hóa": a scaled count of a measure unit
                return m.noun.split(" ", 1)[0] == row.unit
            return row.kind == "count" or (row.kind == "money" and row.unit == "đồng" and id(m) in self._bare)
        if m.kind == "measure":
            return row.kind == "measure" and row.unit == m.unit
        if m.kind == "percent":  # "chiếm 70% diện tích" ⇐ a row in "% diện tích"
            return row.kind == "percent" or row.unit.startswith("%")
        return row.kind == m.kind

    @staticmethod
    def _total_for_per_unit(m: Mention, row: Row) -> bool:
        """``5,04 ngày/người`` is per person, never the cell of a total of days (``Tổng số ngày điều trị`` = 363.074
        ``ngày``) — unless the row says it is an average; a quotient of two rows may still derive it."""
        return m.kind in ("count", "ratio", "change") and bool(m.per) and m.partner is None and "/" not in row.unit \
            and not _AVERAGE_LABEL.search(row.fig.chi_tieu or "")

    def _in_section(self, w: Where, row: Row) -> bool:
        return not (w.section and row.muc and row.muc != w.section) or row.fig.ma in self.placed

    def _org_ok(self, w: Where, row: Row) -> bool:
        org = w.org_after or w.org   # "4.568ha tại Bạc Liêu": the unit named right after the number is its own
        return org is None or row.org is None or bool(org & row.org)

    def _cells(self, i: int, idx: TableIndex, value: Decimal | None = None, columns=None):
        """(row, column, value, score) of cells matching mention i, unit- and organisation-compatible."""
        key = (i, id(idx), value, columns)
        memo = self.__dict__.setdefault("_cells_memo", {})
        if key not in memo:
            memo[key] = self._cells_uncached(i, idx, value, columns)
        ok, conflict = memo[key]
        return list(ok), list(conflict)

    def _cells_uncached(self, i: int, idx: TableIndex, value: Decimal | None, columns):
        m, w = self.mentions[i], self.where[i]
        low = m.low if value is None else None
        value = m.value if value is None else value
        lo, hi = search_range(value, m.decimals, m.scale, low)
        ok, org_conflict = [], []
        for row, col, v in idx.cells_between(lo, hi):
            if columns and col not in columns:
                continue
            if not self._kind_ok(m, row) or self._total_for_per_unit(m, row):
                continue
            if not value_supports(v, value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier, low=low,
                                  truncate=True if m.kind == "percent" else None):
                continue
            if col in row.lows and not self._range_states(m, low, value, row.lows[col], v):
                continue
            if low is not None and not ends_said(idx.rows, row, col, low, value, self._end_says(m)):
                continue   # "54.000 – 63.000" against the rows "- thấp nhất" 54.000, "- cao nhất" 62.000
            uf = idx.unit_fit(m.noun, row) if m.kind in ("count", "ratio") else 0
            if uf < 0:
                continue
            score = 2 * uf + 2 * idx.fit(w.window, row) + idx.fit(w.near, row) + (1 if w.section and row.muc == w.section else 0) \
                + (1.5 if w.org and row.org and w.org & row.org else 0) + {"ky_bao_cao": .3, "ke_hoach": .2}.get(col, 0)
            fits_here = self._org_ok(w, row) and self._in_section(w, row)
            (ok if fits_here else org_conflict).append((row, col, v, score))
        ok.sort(key=lambda c: -c[3])
        org_conflict.sort(key=lambda c: -c[3])
        return (ok if low is not None else _exact_first(ok, value)), org_conflict   # a range: both ends' rows

    @staticmethod
    def _end_says(m):
        """``says(v, end)``: one end of range mention ``m``, as written, says table value ``v``."""
        return partial(value_supports, decimals=m.decimals, scale=m.scale,
                       truncate=True if m.kind == "percent" else None)

    @staticmethod
    def _range_states(m, low: Decimal | None, high: Decimal, row_low: Decimal, row_high: Decimal) -> bool:
        """A range in the cell (``10 - 20``) is stated by a range whose two ends each say its end."""
        ends = dict(decimals=m.decimals, scale=m.scale, truncate=True if m.kind == "percent" else None)
        return low is not None and value_supports(row_low, low, **ends) and value_supports(row_high, high, **ends)

    # ------------------------------------------------------------ pass 1
    def _direct(self, i: int) -> None:
        m = self.mentions[i]
        if m.kind == "percent" and m.comparison:
            return  # a change in percent: pass 2
        if self._by_anchor(i) or self._by_table_cell(i) or self._by_unit_bracket(i) or self._by_dropped_product(i):
            return   # a quoted row; a cell of a table pasted as text, its row's label named
        if OVER_BEFORE.search(self.text, max(self.where[i].clause, m.num_start - 70), m.qualifier_start or m.num_start):
            return  # "vượt 0,6% so với chỉ tiêu": a difference, pass 2
        ok, conflict = self._cells(i, self.idx)
        current = [c for c in ok if c[1] != "cung_ky"]
        base = [c for c in ok if c[1] == "cung_ky"]
        compared = m.comparison_base or self._tight_cue(i) or (base and self._of_last_year(i, base[0][0]))
        if compared and base:
            row, col, v, _ = base[0]
            self._set(i, "supported", row, col, derivation=COMPARED)
        elif current and base and base[0][0] is not current[0][0] and self._stale_beats(i, base[0], current[0]):
            # "03 chốt kiểm dịch": 3 is last year's count of the checkpoints the sentence names, and only by
            # chance this year's value of another row
            row, col, v, _ = base[0]
            self._set(i, "stale", row, col, reason=self._stale_reason(m, row, "cung_ky"),
                      expected=fmt_like(m, row.values["ky_bao_cao"]))
        elif current:
            row, col, v, _ = self._first_unused(current)
            self._set(i, "supported", row, col)
        elif base:
            row, col, v, _ = base[0]
            self._set(i, "stale", row, col, reason=self._stale_reason(m, row, "cung_ky"),
                      expected=fmt_like(m, row.values["ky_bao_cao"]))
        elif self.pidx is not None:
            pok, _ = self._cells(i, self.pidx, columns=("ky_bao_cao",))
            if pok:
                prow = pok[0][0]
                row = self.idx.by_code.get(prow.fig.ma)
                if compared:
                    self._set(i, "supported", row or prow, "prior:ky_bao_cao", derivation=COMPARED)
                else:
                    self._set(i, "stale", row or prow, "prior:ky_bao_cao",
                              reason=self._stale_reason(m, row or prow, "prior"),
                              expected=fmt_like(m, row.values["ky_bao_cao"]) if row else None)
        if self.results[i] is None and conflict and m.kind != "percent":
            self._conflict = getattr(self, "_conflict", {})
            self._conflict[i] = conflict

    def _stale_beats(self, i: int, base: tuple, current: tuple) -> bool:
        """Last period's value of one row against this period's value of another: the row the words are about.

        The cell scores (the clause's words, unit, section, organisation) first; then, when they do not settle it,
        the words weighed as attribution weighs them (since the previous number, clause, sentence:
        ``Tội phạm về môi trường, ...; khởi tố 14 vụ`` is about the environment's row, not the economy's).
        """
        if base[3] - current[3] >= STALE_MARGIN:
            return True
        about = self._about(i)
        return current[3] - base[3] < SAME_VALUE_MARGIN and about(base[0]) - about(current[0]) >= STALE_ABOUT_MARGIN

    def _first_unused(self, cands: list[tuple]) -> tuple:
        """The best candidate, or, among rows of one value the sentence cannot tell apart, the first not yet used.

        ``2.500 phần quà, mỗi phần 300.000đ ... 10 gia đình, mỗi phần 300.000 đồng``: three rows of
        300.000đ in one section; each mention takes its own row instead of all taking the first.
        """
        best = cands[0]
        used = self._used
        for c in cands:
            if best[3] - c[3] >= SAME_VALUE_MARGIN:
                break
            if c[2] == best[2] and (id(c[0]), c[1]) not in used:
                return c
        return best

    def _pair(self, i: int, j: int) -> None:
        """``22/26 đ/c``: achieved/target of one row (or this period's and last period's)."""
        a, b = self.mentions[i], self.mentions[j]
        ok_a, _ = self._cells(i, self.idx)
        ok_b, _ = self._cells(j, self.idx)
        b_rows = {(r.fig.ma, col) for r, col, _, _ in ok_b}
        for row, col, v, _ in ok_a:
            if col == "ky_bao_cao" and (row.fig.ma, "ke_hoach") in b_rows:
                d = f"{a.raw}/{b.raw.strip()} = {row.fig.ma} ky_bao_cao/ke_hoach"
                self._set(i, "supported", row, "ky_bao_cao", derivation=d)
                self._set(j, "supported", row, "ke_hoach", derivation=d)
                return
        for row, col, v, _ in ok_a:  # "(206/113 vụ)": this period's over the same period's last year
            if col == "ky_bao_cao" and (row.fig.ma, "cung_ky") in b_rows:
                d = f"{a.raw}/{b.raw.strip()} = {row.fig.ma} ky_bao_cao/cung_ky"
                self._set(i, "supported", row, "ky_bao_cao", derivation=d)
                self._set(j, "supported", row, "cung_ky", derivation=COMPARED)
                return
        for row, col, v, _ in ok_a:  # last period's achieved over the (unchanged) target
            if col == "cung_ky" and (row.fig.ma, "ke_hoach") in b_rows and not a.comparison_base:
                self._set(i, "stale", row, "cung_ky", reason=self._stale_reason(a, row, "cung_ky"),
                          expected=fmt_like(a, row.values["ky_bao_cao"]))
                self._set(j, "supported", row, "ke_hoach")
                return
        if self.pidx is not None:
            pa, _ = self._cells(i, self.pidx, columns=("ky_bao_cao",))
            pb, _ = self._cells(j, self.pidx, columns=("ke_hoach",))
            common = {r.fig.ma for r, *_ in pa} & {r.fig.ma for r, *_ in pb}
            if common:
                code = sorted(common)[0]
                row = self.idx.by_code.get(code)
                if row is not None:
                    for k, m, col in ((i, a, "ky_bao_cao"), (j, b, "ke_hoach")):
                        cur = row.values.get(col)
                        if cur is not None and value_supports(cur, m.value, decimals=m.decimals, scale=m.scale, low=m.low,
                                                              qualifier=m.qualifier):
                            self._set(k, "supported", row, col)
                        else:
                            self._set(k, "stale", row, "prior:" + col, reason=self._stale_reason(m, row, "prior"),
                                      expected=fmt_like(m, cur) if cur is not None else None)
                    return
        self._direct(i)
        self._direct(j)
        ra = self.rows[i]
        done_a = self.results[i]
        if ra is not None and done_a is not None and done_a.source == {"ma": ra.fig.ma, "column": "ke_hoach"} \
                and ra.values.get("ky_bao_cao") is not None:  # "22/22 dòng họ" where 21 of 22 did: the achieved
            self._set(i, "unsupported", ra, None, reason=(                   # part is not the target
                f"«{a.raw.strip()}/{b.raw.strip()}»: số đạt của {ra.fig.ma} là "
                f"{fmt_row_value(ra, ra.values['ky_bao_cao'])}, «{a.raw.strip()}» là chỉ tiêu kế hoạch"),
                expected=fmt_like(a, ra.values["ky_bao_cao"]))
        tied_b = self.results[j].source if self.results[j] is not None else None
        if ra is not None and "ke_hoach" in ra.values and tied_b != {"ma": ra.fig.ma, "column": "ke_hoach"} \
                and not (tied_b and self.results[j].verdict == "stale"):
            if value_supports(ra.values["ke_hoach"], b.value, decimals=b.decimals, scale=b.scale, low=b.low,
                              qualifier=b.qualifier):   # "83/84 tổ dân phố" in rows of "thôn, TDP": the plan, said
                return self._set(j, "supported", ra, "ke_hoach")
            self._set(j, "unsupported", ra, None, reason=(
                f"Chỉ tiêu kế hoạch của {ra.fig.ma} là {fmt_row_value(ra, ra.values['ke_hoach'])}, "
                f"không phải «{b.raw.strip()}»"), expected=fmt_like(b, ra.values["ke_hoach"]))

    def _set(self, i, verdict, row, column, *, derivation=None, reason=None, expected=None):
        m = self.mentions[i]
        self.rows[i] = row
        if row is not None and column:
            self._used.add((id(row), column))
        self.results[i] = self._result(m, verdict, row=row, column=column, derivation=derivation, reason=reason,
                                       expected=expected)

    def _stale_reason(self, m: Mention, row: Row, where: str) -> str:
        now = row.values.get("ky_bao_cao")
        what = "Số liệu cùng kỳ năm trước" if where == "cung_ky" else "Số liệu kỳ trước"
        tail = f"; kỳ này là {fmt_row_value(row, now)}" if now is not None else ""
        return f"{what} của {row.fig.ma}{tail}"



























    # ------------------------------------------------------------ anniversaries
    def _anniversary(self, m: Mention) -> NumberCheck:
        n = int(m.value)
        if m.event_year is None:
            return self._result(m, "not_a_figure", derivation=m.note)
        year = self.year or m.anniversary_base_year
        if year is None:
            return self._result(m, "not_a_figure", derivation=m.note)
        expected = year - m.event_year
        d = f"{year} − {m.event_year} = {expected} ({m.note})"
        if n == expected:
            return self._result(m, "not_a_figure", derivation=d)
        fixed = format_vn(expected) + " năm"
        event = m.note[len("anniversary of "):] if m.note and m.note.startswith("anniversary of ") else None
        sums = (f"kỷ niệm {event}: " if event else "số năm kỷ niệm: ") + f"{year} − {m.event_year} = {expected} năm"
        if n == expected - 1:
            return self._result(m, "stale", derivation=d, expected=fixed,
                                reason=f"«{n} năm» là số năm tính đến năm trước; {sums}")
        return self._result(m, "unsupported", derivation=d, expected=fixed,
                            reason=f"{sums[0].upper()}{sums[1:]}, không phải {n} năm")
