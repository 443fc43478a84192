"""The model as an editor of the offline draft, one paragraph a call.

The offline engine's paragraph is right (every number traced, calendar facts
of the period); the model may only make it read better, or carry out a
reviewer's request.  Each call sends one paragraph (or, when a paragraph
would not fit the context window, a run of its sentences) with the figures
it states, the period's calendar facts and the instruction, so a prompt's
size depends on a paragraph, never on a section.

Every answer passes the checks of ``guards``.  What a check can correct with
certainty (a stale number's current value, last year's lunar name, an
anniversary count, a heading line) the editor corrects itself; what is left
goes back to the model once per round, saying what is wrong and what was
corrected since the last round.  An answer that comes back unchanged, cut
at ``max_tokens``, refused by the endpoint or still wrong after the last
round leaves the offline paragraph in place: the result is never worse than
the offline draft.  Why each paragraph is the model's or the offline
engine's is recorded in the section's provenance.
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from service.calendar_facts import ANNIVERSARY, LUNAR, can_chi
from service.checker.model import CheckReport
from service.draft import Paragraph
from service.drafting.base import SectionContext, SectionResult
from service.drafting.budget import Budget
from service.drafting.client import ContextOverflow, Counters, ModelClient
from service.drafting.guards import Review, Subject, apply_fixes, review, sentences
from service.drafting.prompts import Prompt
from service.errors import ProviderError

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What became of one paragraph: the model's text or the offline one, and why."""

    paragraph: Paragraph
    source: str                  # "model" | "offline"
    reason: str | None = None    # why the offline paragraph stayed
    rounds: int = 0
    fixed: list[str] = field(default_factory=list)
    calls: int = 0

    def record(self, i: int) -> dict:
        out = {"paragraph": i, "source": self.source}
        if self.reason:
            out["reason"] = self.reason
        if self.rounds:
            out["rounds"] = self.rounds
        if self.fixed:
            out["fixed"] = self.fixed
        return out


class Refused(Exception):
    """This piece keeps the offline text; the message says why (for provenance)."""

    def __init__(self, message: str, rounds: int = 0):
        super().__init__(message)
        self.rounds = rounds


@dataclass
class Editor:
    client: ModelClient
    prompts: dict[str, Prompt]
    budget: Budget
    repair_rounds: int
    check: object                # (text, ctx) -> CheckReport

    async def edit_section(self, ctx: SectionContext, base: SectionResult, counters: Counters) -> list[Outcome]:
        known = _known_text(ctx)
        jobs = [self._edit_paragraph(i, p, ctx, known, counters) for i, p in enumerate(base.paragraphs)]
        return list(await asyncio.gather(*jobs))

    # -- one paragraph ------------------------------------------------------------
    async def _edit_paragraph(self, i: int, base: Paragraph, ctx: SectionContext, known: str,
                              counters: Counters) -> Outcome:
        if base.marked:
            return Outcome(base, "offline", "đoạn gốc còn số chưa truy được nguồn")
        if not base.text.strip():
            return Outcome(base, "offline", "đoạn trống")
        calls0 = counters.calls
        try:
            pieces = self._pieces(base.text, ctx)
            edited, rounds, fixed, refused = [], 0, [], []
            for piece in pieces:
                try:
                    text, r, f = await self._edit_piece(piece, ctx, known, counters,
                                                        style=self._style_hint(i, base, ctx))
                except Refused as exc:
                    if len(pieces) == 1:
                        raise
                    text, r, f = piece, exc.rounds, []  # this run of sentences keeps the offline text
                    refused.append(str(exc))
                edited.append(text)
                rounds, fixed = rounds + r, fixed + f
            if len(refused) == len(pieces):
                raise Refused("; ".join(dict.fromkeys(refused)), rounds)
            text = " ".join(edited)
            if len(pieces) > 1:  # pieces were checked one by one: check the whole once more
                whole = review(text, self._subject(base.text, ctx, known))
                if not whole.ok:
                    raise Refused("; ".join(f.message for f in whole.findings[:3]))
                report = whole.report
            else:
                report = self.check(text, ctx)
        except Refused as exc:
            return Outcome(base, "offline", str(exc), exc.rounds, calls=counters.calls - calls0)
        except ContextOverflow as exc:
            return Outcome(base, "offline", f"vượt cửa sổ ngữ cảnh của mô hình ({exc.message[:120]})",
                           calls=counters.calls - calls0)
        except ProviderError as exc:
            return Outcome(base, "offline", f"lỗi gọi mô hình: {exc.message[:200]}", calls=counters.calls - calls0)
        except Exception as exc:  # a bug here must cost one paragraph, never the report
            log.exception("editing paragraph %d of %s", i, ctx.section.title)
            return Outcome(base, "offline", f"lỗi nội bộ: {type(exc).__name__}: {exc}", calls=counters.calls - calls0)
        if _key(text) == _key(base.text):
            return Outcome(base, "offline", "mô hình giữ nguyên đoạn gốc", rounds, fixed, counters.calls - calls0)
        return Outcome(Paragraph(text, report.numbers), "model", None, rounds, fixed, counters.calls - calls0)

    def _pieces(self, text: str, ctx: SectionContext) -> list[str]:
        """The paragraph, or runs of its sentences small enough to edit within the context window."""
        kind = "rewrite" if ctx.instruction else "draft"
        probe = self._messages(kind, self._subject(text, ctx, ""), "", ctx, "")  # with all the paragraph's figures
        room = self.budget.room_for_source(_tokens(probe) + 60)  # + a style hint
        if len(text.encode("utf-8")) <= room:
            return [text]
        pieces, cur = [], ""
        for s in sentences(text):
            if cur and len((cur + " " + s).encode("utf-8")) > room:
                pieces.append(cur)
                cur = s
            else:
                cur = f"{cur} {s}".strip()
        if cur:
            pieces.append(cur)
        return pieces

    async def _edit_piece(self, piece: str, ctx: SectionContext, known: str, counters: Counters,
                          style: str = "") -> tuple[str, int, list[str]]:
        """The model's edit of ``piece`` that passes every check, or ``Refused``."""
        subject = self._subject(piece, ctx, known)
        kind = "rewrite" if ctx.instruction else "draft"
        messages = self._messages(kind, subject, piece, ctx, style)
        text = await self._call(messages, piece, counters)
        rv = review(text, subject)
        rounds, fixed, answers = 0, [], {_key(text)}
        while True:
            rv, changed = _settle(rv, subject)
            fixed += changed
            if rv.ok:
                return rv.text, rounds, fixed
            if rounds >= self.repair_rounds:
                raise Refused(_why(rv), rounds)
            rounds += 1
            messages = self.prompts["repair"].render(
                **self._common(subject, ctx), paragraph=piece, draft=rv.text, round=rounds, changed=changed,
                problems=[f.message for f in rv.findings])
            try:
                again = await self._call(messages, piece, counters, own=rv.text)
            except Refused as exc:
                raise Refused(str(exc), rounds) from None
            if _key(again) in answers | {_key(rv.text)}:
                raise Refused(f"vòng sửa {rounds} trả lại câu trả lời cũ; còn lỗi: {_why(rv)}", rounds)
            answers.add(_key(again))
            rv = review(again, subject)

    async def _call(self, messages: list[dict], source: str, counters: Counters, own: str = "") -> str:
        plan = self.budget.plan(messages, source)
        if not plan.fits:
            raise Refused(f"lời nhắc ước tính {plan.prompt} token + {plan.max_tokens} token trả lời "
                          f"vượt cửa sổ {plan.context} token")
        answer = await self.client.complete(messages, plan.max_tokens, counters)
        if answer.truncated:
            raise Refused(f"câu trả lời bị cắt ở giới hạn {plan.max_tokens} token (không dùng nửa chừng)")
        text = clean_answer(answer.text, messages, f"{source}\n{own}")
        if not text:
            raise Refused("mô hình không trả lời nội dung")
        return text

    # -- prompt material ------------------------------------------------------------
    def _subject(self, base: str, ctx: SectionContext, known: str) -> Subject:
        return Subject(base=base, ctx=ctx, base_report=self.check(base, ctx) if base else CheckReport([]),
                       check=lambda t: self.check(t, ctx), known_text=known)

    def _common(self, subject: Subject, ctx: SectionContext) -> dict:
        from service.drafting.llm import figure_line

        figures = [ctx.current.get(code) for code in sorted(subject.base_codes)]
        return {"section_title": ctx.section.title, "period_text": ctx.period.text,
                "calendar": calendar_lines(subject.base, ctx),
                "figures": [{"code": f.ma, "line": figure_line(f, note=False)} for f in figures if f is not None]}

    def _messages(self, kind: str, subject: Subject, piece: str, ctx: SectionContext, style: str) -> list[dict]:
        return self.prompts[kind].render(**self._common(subject, ctx), paragraph=piece, style_hint=style,
                                         instruction=ctx.instruction or "")

    def _style_hint(self, i: int, base: Paragraph, ctx: SectionContext) -> str:
        """For a paragraph the offline engine wrote from figures alone: one sentence of an exemplar, clipped."""
        if ctx.instruction or i < len(ctx.prior_paragraphs) or not ctx.exemplars:
            return ""
        words = set(re.findall(r"[^\W\d_]+", base.text.casefold()))
        best, score = "", 0.0
        for e in ctx.exemplars:
            for s in sentences(e.get("text", "")):
                other = set(re.findall(r"[^\W\d_]+", s.casefold()))
                j = len(words & other) / (len(words | other) or 1)
                if j > score and 40 <= len(s) <= 400:
                    best, score = s, j
        return best if len(best) <= 240 else best[:240].rsplit(" ", 1)[0] + "…"


def _settle(rv: Review, subject: Subject) -> tuple[Review, list[str]]:
    """Substitute every certain fix, fold lines into one paragraph, and check again until nothing changes."""
    changed: list[str] = []
    for _ in range(3):
        text, done = apply_fixes(rv.text, rv.findings)
        text = " ".join(line.strip() for line in text.split("\n") if line.strip())
        if text == rv.text:
            break
        changed += done
        rv = review(text, subject)
    return rv, changed


def _why(rv: Review) -> str:
    return "; ".join(f.message for f in rv.findings[:3]) + (" …" if len(rv.findings) > 3 else "")


def calendar_lines(base: str, ctx: SectionContext) -> list[str]:
    """The period's calendar facts a paragraph may need: its year, and the lunar year and anniversaries it names."""
    year = ctx.period.year
    prior = ctx.prior_period.year if ctx.prior_period else year - 1
    lines = [f"Năm báo cáo: {year} (so sánh với cùng kỳ năm {prior})"]
    if LUNAR.search(base):
        lines.append(f"Năm âm lịch: {can_chi(year)}")
    for m in ANNIVERSARY.finditer(base):
        lines.append(f"Kỷ niệm: {m.group(0).strip()}")
    return lines


def _known_text(ctx: SectionContext) -> str:
    """This agency's own words: last period's text of the section, its heading, the figures' labels."""
    parts = [ctx.section.heading, *ctx.prior_paragraphs, *(ctx.previous or [])]
    parts += [f"{f.chi_tieu} {f.don_vi or ''}" for f in ctx.current]
    return "\n".join(parts)


def _tokens(messages: list[dict]) -> int:
    from service.drafting.budget import prompt_tokens

    return prompt_tokens(messages)


_FENCE = re.compile(r"^```\w*\s*$")
_LABEL = re.compile(r"^(?:đoạn (?:đã )?(?:biên tập|sửa)|đoạn gốc|bản biên tập(?: của bạn)?|kết quả)\s*:\s*", re.I)


def _key(s: str) -> str:
    return " ".join(re.sub(r"[*_#:.\-–•\"“”«»]", " ", unicodedata.normalize("NFC", s)).split()).casefold()


def clean_answer(answer: str, messages: list[dict], source: str) -> str:
    """The body of an answer: fences, Markdown, wrapping quotes, our prompt's labels and echoed prompt lines removed.

    A line of the prompt counts as an echo only if it is not a line of the
    paragraph being edited: the paragraph's own text is the expected answer,
    whatever it begins with ("- ", "+").
    """
    own = {_key(line) for line in source.splitlines()}
    echo = {_key(line) for m in messages for line in m["content"].splitlines()} - own
    out = []
    for line in unicodedata.normalize("NFC", answer).replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if not line or _FENCE.match(line):
            continue
        line = re.sub(r"\*\*|__|^#+\s*", "", line).strip()
        line = _LABEL.sub("", line).strip()
        if len(line) >= 2 and line[0] in "\"“«'" and line[-1] in "\"”»'":
            line = line[1:-1].strip()
        if not line or _key(line) in echo:
            continue
        out.append(re.sub(r"[ \t\u00a0]{2,}", " ", line))
    return "\n".join(out)
