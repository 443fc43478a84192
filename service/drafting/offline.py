"""The offline engine: retrieve and edit, no model needed.

It takes the previous edition's text of a section and carries it to the new
period: every number is aligned to an indicator of the prior table (through
the checker), replaced by this period's value in the same notation; derived
numbers (changes, percentages) are recomputed by finding the formula that
gave the old value and applying it to the new values; calendar facts are
shifted; figures the old text did not cover get sentences of their own.
What cannot be aligned is marked for a reviewer, never delivered silently.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from service.calendar_facts import shift_calendar
from service.checker import check_text
from service.checker.model import VERDICT_VN, NumberCheck
from service.draft import Paragraph
from service.drafting.base import SectionContext, SectionResult
from service.drafting.carryover import find_carried
from service.figures.format import format_figure, format_like
from service.figures.model import Figure, FigureTable

_SCALE_WORD = re.compile(r"(?i)(?<!\w)(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|mươi|chục)(?!\w)")

_SENTENCE_END = re.compile(r"(?<=[.;!?…])\s+(?=[A-ZÀ-Ỹ\-–“\"(])")
_DIRECTION = re.compile(r"(tăng|giảm)\s*$", re.I)
_NO_CHANGE = re.compile(r"\(?\s*không tăng,\s*không giảm\s*\)?", re.I)


@dataclass
class _Edit:
    start: int
    end: int
    text: str


class OfflineEngine:
    """Drafts a section by editing the previous edition's text (see module docstring)."""

    name = "offline"

    async def adraft(self, ctx: SectionContext) -> SectionResult:
        return self.draft(ctx)

    def draft(self, ctx: SectionContext) -> SectionResult:
        t0 = time.perf_counter()
        section_title = ctx.section.title
        old = ctx.prior_period or ctx.period.year - 1   # the prior period (named periods move too) or a year
        source = ctx.previous if ctx.instruction and ctx.previous is not None else ctx.prior_paragraphs
        if ctx.instruction:
            source = apply_instruction(source, ctx.instruction)
        paragraphs: list[Paragraph] = []
        for text in source:
            if ctx.instruction:  # a rewrite of this period's text: numbers are already current
                new_text, unaligned = text, []
            else:
                new_text, unaligned = self.carry_forward(text, ctx, old, section_title)
            paragraphs.append(self._checked(new_text, ctx, section_title, unaligned))
        used = {c.source["ma"] for p in paragraphs for c in p.checks if c.source}
        missing = [f for f in ctx.figures if f.ma not in used]
        if missing and not ctx.instruction:
            for text in coverage_sentences(missing, ctx):
                paragraphs.append(self._checked(text, ctx, section_title, []))
        used = {c.source["ma"] for p in paragraphs for c in p.checks if c.source}
        checks = [c for p in paragraphs for c in p.checks]
        provenance = {
            "engine": self.name, "model": None, "prompt": None,
            "figures_used": sorted(used & {f.ma for f in ctx.figures}),
            "figures_unused": [f.ma for f in ctx.figures if f.ma not in used],
            "exemplars": [e.get("id") for e in ctx.exemplars],
            "checker": {"numbers": len(checks), "problems": sum(c.is_problem for c in checks),
                        "marked": sum(p.marked for p in paragraphs)},
            "seconds": round(time.perf_counter() - t0, 4),
        }
        if ctx.instruction:
            provenance["instruction"] = ctx.instruction
        else:  # hook: last period's sentences kept as they were, for a reviewer to confirm or remove
            provenance["carried_over"] = [c.to_dict() for c in find_carried(paragraphs, ctx.prior_paragraphs)]
        return SectionResult(paragraphs=paragraphs, provenance=provenance)

    # -- carrying a paragraph to the new period ---------------------------------
    def carry_forward(self, text: str, ctx: SectionContext, old, section: str) -> tuple[str, list[str]]:
        """Return the paragraph with current numbers and shifted calendar, and the numbers it could not align."""
        if ctx.prior_table is None:
            return shift_calendar(text, old, _new(old, ctx)), []
        checks = check_text(text, ctx.prior_table, section=section, standing=ctx.current.standing).numbers
        anchors = [c for c in checks if c.verdict == "supported" and c.source]
        edits: list[_Edit] = []
        unaligned: list[str] = []
        for c in checks:
            if c.verdict in ("not_a_figure", "standing") or c.kind == "anniversary":
                continue  # calendar facts are recomputed by shift_calendar below; standing facts stay
            try:
                edit = self._edit(c, text, ctx, anchors)
            except ValueError:   # the old wording has no place for the value (a change in words: "giảm chín vụ")
                edit = None
            if edit is None:
                unaligned.append(c.text)
            else:
                edits.append(edit)
        return _apply(text, edits, lambda seg: shift_calendar(seg, old, _new(old, ctx))), unaligned

    def _edit(self, c: NumberCheck, text: str, ctx: SectionContext, anchors: list[NumberCheck]) -> _Edit | None:
        if c.kind == "change" and c.source:
            return self._restate_change(c, text, ctx.current)
        if c.verdict == "supported" and c.source:
            return self._replace_supported(c, ctx.current)
        if c.verdict == "derived":
            return self._recompute_derived(c, text, anchors, ctx.prior_table, ctx.current)
        if c.verdict == "unsupported" and c.source and c.expected:
            # a misused notation in the old text ("1.035 tỷ" for 1,035 tỷ): write the new value correctly
            return self._replace_supported(c, ctx.current, example=c.expected)
        return None

    def _replace_supported(self, c: NumberCheck, current: FigureTable, example: str | None = None) -> _Edit | None:
        fig = current.get(c.source["ma"])
        value = getattr(fig, c.source.get("column", "ky_bao_cao"), None) if fig else None
        if value is None:
            return None
        example = _in_digits(example or c.text)
        if example is None:
            return None
        # a wording with no place for the value raises ValueError: carry_forward leaves it unaligned, marked
        return _Edit(c.start, c.end, format_like(example, value))

    def _restate_change(self, c: NumberCheck, text: str, current: FigureTable) -> _Edit | None:
        """``tăng 25 vụ``, ``giảm 60 người``, ``(không tăng, không giảm)``: restated from the new values."""
        fig = current.get(c.source["ma"])
        if fig is None or fig.cung_ky is None:
            return None
        diff = fig.ky_bao_cao - fig.cung_ky
        percent = "%" in c.text
        if percent:
            if not fig.cung_ky:
                return None
            diff = _round_like(diff / fig.cung_ky * 100, c.text)
        word = "tăng" if diff > 0 else "giảm"
        if _NO_CHANGE.fullmatch(c.text.strip()):
            if diff == 0:
                return _Edit(c.start, c.end, c.text)
            return _Edit(c.start, c.end, f"{word} {format_figure(fig, abs(diff))}")
        direction = _DIRECTION.search(text[:c.start])
        start = direction.start() if direction else c.start
        if direction and direction.group(1)[0].isupper():
            word = word.capitalize()
        if diff == 0:
            noun = re.match(r"\s*" + re.escape(c.unit or "") + r"\b", text[c.end:]) if c.unit else None
            end = c.end + noun.end() if noun else c.end
            tail = f" về số {c.unit}" if noun else ""
            return _Edit(start, end, f"không tăng, không giảm{tail}")
        example = _in_digits(c.text)
        if example is None:
            return None
        number = format_like(example, abs(diff))
        return _Edit(start, c.end, f"{word} {number}" if direction else number)

    def _recompute_derived(self, c: NumberCheck, text: str, anchors: list[NumberCheck],
                           prior: FigureTable, current: FigureTable) -> _Edit | None:
        """Find which formula over the anchors' indicators gave the old value; apply it to the new values."""
        if c.value is None:
            return None
        old = Decimal(str(c.value))
        codes = list(dict.fromkeys(a.source["ma"] for a in anchors if a.start < c.start)) or \
            list(dict.fromkeys(a.source["ma"] for a in anchors))
        codes.reverse()  # nearest first
        direction = _DIRECTION.search(text[:c.start])
        for formula in _formulas(codes, direction is not None):
            old_val = formula(prior)
            if old_val is None or not _matches(old_val, old, c.text):
                continue
            new_val = formula(current)
            if new_val is None:
                return None
            if direction:
                start = direction.start()
                if new_val == 0:
                    return _Edit(start, c.end, "không tăng, không giảm")
                word = "tăng" if new_val > 0 else "giảm"
                if direction.group(1)[0].isupper():
                    word = word.capitalize()
                return _Edit(start, c.end, f"{word} {format_like(c.text, abs(new_val))}")
            return _Edit(c.start, c.end, format_like(c.text, _round_like(new_val, c.text)))
        return None

    def _checked(self, text: str, ctx: SectionContext, section: str, unaligned: list[str]) -> Paragraph:
        report = check_text(text, ctx.current, ctx.prior_table, section=section, placed=[f.ma for f in ctx.figures],
                            standing=ctx.current.standing)
        problems = report.to_review  # the service's own draft: a comparison it cannot prove is marked too
        note = None
        if problems or unaligned:
            parts = [f"“{c.text}” {VERDICT_VN.get(c.verdict, c.verdict)}: {c.reason or ''}".strip().rstrip(":")
                     for c in problems]
            if unaligned and not problems:
                parts.append("Số liệu của báo cáo kỳ trước chưa gắn được với chỉ tiêu nào: " + ", ".join(unaligned))
            note = "; ".join(parts)
        return Paragraph(text=text, checks=report.numbers, marked=bool(problems), note=note)


# -- derivations ------------------------------------------------------------------

def _in_digits(example: str) -> str | None:
    """How the new value is written where the old one was: like it, or — for a count written in words, the number
    alone (``hai xã này``, ``tăng chín đơn vị``) — in digits; None for a scaled amount in words (``hai tỷ đồng``),
    left for the reviewer (unaligned, the paragraph marked)."""
    if re.search(r"\d", example):
        return example
    if not re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}", example) or _SCALE_WORD.search(example):
        return None
    return "1"


def _formulas(codes: list[str], is_change: bool):
    """Candidate derivations over indicator codes, most likely first."""
    def val(t: FigureTable, code: str, col: str = "ky_bao_cao"):
        f = t.get(code)
        return getattr(f, col) if f else None

    def change(code):
        def f(t):
            a, b = val(t, code), val(t, code, "cung_ky")
            return None if a is None or b is None else a - b
        return f

    def change_pct(code):
        def f(t):
            a, b = val(t, code), val(t, code, "cung_ky")
            return None if a is None or not b else (a - b) / b * 100
        return f

    def of_target(code):
        def f(t):
            a, b = val(t, code), val(t, code, "ke_hoach")
            return None if a is None or not b else a / b * 100
        return f

    def share(part, whole):
        def f(t):
            a, b = val(t, part), val(t, whole)
            return None if a is None or not b else a / b * 100
        return f

    if is_change:
        for code in codes:
            yield change(code)
            yield change_pct(code)   # signed: a rise become a fall is restated as one (_matches compares sizes)
        return
    for code in codes:
        yield of_target(code)
    for part in codes:
        for whole in codes:
            if part != whole:
                yield share(part, whole)


def _decimals(text: str) -> int:
    m = re.search(r",(\d+)", text)
    return len(m.group(1)) if m else 0


def _matches(computed: Decimal, written: Decimal, text: str) -> bool:
    """The written value is the computed one at its precision, rounded or truncated (as reports do)."""
    computed = abs(Decimal(computed))
    q = Decimal(1).scaleb(-_decimals(text))
    return written in (computed.quantize(q, ROUND_HALF_UP), computed.quantize(q, ROUND_DOWN))


def _round_like(value: Decimal, text: str) -> Decimal:
    return Decimal(value).quantize(Decimal(1).scaleb(-_decimals(text)), ROUND_HALF_UP)


def _new(old, ctx: SectionContext):
    """The new period in the form the old one is given (a Period, or a year)."""
    return ctx.period if not isinstance(old, int) else ctx.period.year


def _apply(text: str, edits: list[_Edit], between) -> str:
    """Apply non-overlapping edits; ``between`` transforms the untouched text around them."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos:
            continue
        out.append(between(text[pos:e.start]))
        out.append(e.text)
        pos = e.end
    out.append(between(text[pos:]))
    return "".join(out)


# -- new sentences and reviewers' instructions -----------------------------------------

def coverage_sentences(figures: list[Figure], ctx: SectionContext) -> list[str]:
    """One sentence per figure the old text did not state, in the register's stock form."""
    out = []
    prior_year = ctx.period.cung_ky.year      # "cùng kỳ" is the same period a year before, whatever the last edition
    for f in figures:
        label = f.chi_tieu[:1].lower() + f.chi_tieu[1:]
        sentence = f"- {label[:1].upper() + label[1:]}: {format_figure(f)}"
        if f.cung_ky is not None:
            diff = f.ky_bao_cao - f.cung_ky
            if diff == 0:
                sentence += f", không tăng, không giảm so với cùng kỳ năm {prior_year}"
            else:
                sentence += f", {'tăng' if diff > 0 else 'giảm'} {format_figure(f, abs(diff))} so với cùng kỳ năm {prior_year}"
        if f.ke_hoach:
            pct = (f.ky_bao_cao / f.ke_hoach * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            sentence += f", đạt {format_like('84,61%', pct)} so với chỉ tiêu"
        out.append(sentence + ".")
    return out


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s.strip()]


def apply_instruction(paragraphs: list[str], instruction: str) -> list[str]:
    """The reviewer instructions the offline engine can carry out without a model.

    ``ngắn gọn``: keep each paragraph's first sentence and the sentences with
    figures; ``bỏ câu về X`` / ``bỏ X``: drop sentences mentioning X;
    ``nhấn mạnh X``: put paragraphs mentioning X first.  Anything else leaves
    the text as it is (the provenance records the instruction).
    """
    ins = instruction.strip().lower()
    m = re.search(r"(?:bỏ|xóa|xoá|lược bỏ)\s+(?:các\s+)?(?:câu|đoạn|nội dung|ý)?\s*(?:về|nói về|liên quan đến)?\s*(.+)", ins)
    if m:
        needle = m.group(1).strip(" .\"'“”")
        kept = []
        for p in paragraphs:
            sentences = [s for s in split_sentences(p) if needle not in s.lower()]
            if sentences:
                kept.append(" ".join(sentences))
        return kept
    m = re.search(r"nhấn mạnh\s+(?:vào\s+)?(?:kết quả\s+|công tác\s+)?(.+)", ins)
    if m:
        needle = m.group(1).strip(" .\"'“”")
        words = needle.split()

        def score(p: str) -> float:  # the whole phrase first, then the share of its words present
            low = p.lower()
            return (needle in low) + sum(w in low for w in words) / max(len(words), 1)

        return sorted(paragraphs, key=score, reverse=True)
    if re.search(r"ngắn gọn|rút gọn|ngắn hơn|tóm tắt|cô đọng", ins):
        out = []
        for p in paragraphs:
            sentences = split_sentences(p)
            keep = [s for i, s in enumerate(sentences) if i == 0 or re.search(r"\d", s)]
            out.append(" ".join(keep))
        return out
    return list(paragraphs)
