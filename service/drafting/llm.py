"""The LLM engine: the offline draft, edited by a model, never made worse.

Any OpenAI-compatible endpoint (a provider, vLLM, Ollama, llama.cpp's server)
serves the model.  With the prompts of version 2 (the default) the model is an
editor (``service.drafting.editor``): the offline engine drafts the section
(numbers carried to this period, calendar facts recomputed), the model edits
it paragraph by paragraph, every edit passes the checks of
``service.drafting.guards``, and a paragraph the model could not improve
safely stays the offline one.  A failing endpoint, a context overflow or an
answer cut at its token limit costs that paragraph the model's edit, never
the section or the report.

Version 1 of the prompts (kept so evaluations can compare prompt versions)
asks the model for a whole section from last period's text, checks it
number by number, repairs it for ``settings.repair_rounds`` rounds, and swaps
paragraphs still wrong for the offline engine's (or marks them).  On a failed
call it falls back to the offline section.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from service.checker.model import CheckReport, NumberCheck
from service.draft import Paragraph
from service.drafting.base import Engine, SectionContext, SectionResult
from service.drafting.budget import Budget, estimate_tokens, prompt_tokens
from service.drafting.client import Counters, ModelClient
from service.drafting.editor import Editor, clean_answer
from service.drafting.instructions import validate_instruction
from service.drafting.prompts import Prompt, available, load_prompt
from service.errors import ConfigError, ProviderError
from service.figures.derive import change_phrase, target_phrase
from service.figures.format import format_figure
from service.figures.model import Figure
from service.numbers import format_vn
from service.settings import Settings, get_settings

log = logging.getLogger(__name__)


# -- checking -----------------------------------------------------------------
def check(text: str, ctx: SectionContext) -> CheckReport:
    """The checker's verdicts on ``text`` (offsets relative to it)."""
    from service.checker import check_text

    return check_text(text, ctx.current, ctx.prior_table, section=ctx.section.title, period=ctx.period,
                      placed=[f.ma for f in ctx.figures])


# -- figures as the prompt states them ---------------------------------------
def _forms(f: Figure, value: Decimal) -> str:
    """``188 thanh niên``; money in both forms reports use: ``188 triệu đồng (188.000.000 đồng)``."""
    short = format_figure(f, value)
    if f.don_vi_tinh == "đồng":
        full = format_figure(f, value, "full")
        return short if full == short else f"{short} ({full})"
    return short


def figure_line(f: Figure, note: bool = True) -> str:
    """One line of the prompt's figure list; derived values are computed here, never by the model.

    ``note``: add the table's note (how the text usually words it); an edit
    prompt leaves it out, the paragraph being edited already words it.
    """
    parts = [f"{f.chi_tieu}: {_forms(f, f.ky_bao_cao)}"]
    if note and f.ghi_chu:
        parts.append(f'văn bản thường viết kèm "{f.ghi_chu}"')
    if f.cung_ky is not None:
        parts.append(f"cùng kỳ: {_forms(f, f.cung_ky)} ({change_phrase(f)} so với cùng kỳ)")
    target = target_phrase(f)
    if target:
        parts.append(f"chỉ tiêu: {format_vn(f.ke_hoach)} ({format_vn(f.ky_bao_cao)}/{format_vn(f.ke_hoach)}, {target})")
    if f.don_vi:
        parts.append(f"đơn vị: {f.don_vi}")
    return "; ".join(parts)


def figure_vars(figures: list[Figure]) -> list[dict]:
    return [{"code": f.ma, "line": figure_line(f)} for f in figures]


# -- the engine ---------------------------------------------------------------
class LLMEngine:
    """Drafts sections with a chat model over the offline engine's draft; see the module docstring."""

    name = "llm"

    def __init__(self, settings: Settings | None = None, *, prompt_version: int | None = None,
                 fallback: Engine | None = None, backoff: float = 0.5, max_tokens: int | None = None):
        self.settings = settings or get_settings()
        if not self.settings.llm_configured:
            raise ConfigError("the LLM engine needs BAOCAO_LLM_BASE_URL and BAOCAO_LLM_MODEL")
        if fallback is None:
            from service.drafting.offline import OfflineEngine

            fallback = OfflineEngine()
        self.fallback = fallback
        self.client = ModelClient(self.settings, backoff=backoff)
        self.budget = Budget(self.settings.llm_context, **({"answer_cap": max_tokens} if max_tokens else {}))
        self.prompts: dict[str, Prompt] = {kind: _prompt_at(f"section_{kind}", prompt_version)
                                           for kind in ("draft", "repair", "rewrite")}
        self.editing = self.prompts["draft"].version >= 2

    @property
    def base_url(self) -> str:
        return self.client.base_url

    @property
    def model(self) -> str:
        return self.client.model

    @property
    def host(self) -> str:
        return self.client.host

    async def aclose(self) -> None:
        """Close the HTTP connections this event loop opened."""
        await self.client.aclose()

    async def adraft(self, ctx: SectionContext) -> SectionResult:
        if ctx.instruction:
            validate_instruction(ctx.instruction, ctx.current)  # refused before any call or any offline work
        if self.editing:
            return await self._edit(ctx)
        return await self._draft_section(ctx)

    # -- v2: the model edits the offline draft ----------------------------------------
    async def _edit(self, ctx: SectionContext) -> SectionResult:
        t0 = time.perf_counter()
        counters = Counters()
        base = await self.fallback.adraft(ctx)
        kind = "rewrite" if ctx.instruction else "draft"
        if not base.paragraphs:
            return SectionResult([], self._provenance(ctx, None, counters, [], t0, skipped="nothing to edit"))
        editor = Editor(self.client, self.prompts, self.budget, self.settings.repair_rounds, check)
        outcomes = await editor.edit_section(ctx, base, counters)
        paragraphs = [o.paragraph for o in outcomes]
        kept = sum(o.source == "model" for o in outcomes)
        return SectionResult(paragraphs, self._provenance(
            ctx, self.prompts[kind], counters, paragraphs, t0,
            repair_rounds=sum(o.rounds for o in outcomes),
            model_paragraphs=kept, fallback_paragraphs=len(outcomes) - kept,
            substitutions=sum(len(o.fixed) for o in outcomes),
            base_engine=getattr(self.fallback, "name", None),
            paragraph_sources=[o.record(i) for i, o in enumerate(outcomes)]))

    # -- v1: the model drafts the whole section -----------------------------------------
    async def _draft_section(self, ctx: SectionContext) -> SectionResult:
        t0 = time.perf_counter()
        counters = Counters()
        rewrite = bool(ctx.instruction and ctx.previous is not None)
        if not rewrite and not ctx.prior_paragraphs and not ctx.figures and not ctx.instruction:
            # A heading that only groups sub-sections: nothing to write, no call to pay for.
            return SectionResult([], self._provenance(ctx, None, counters, [], t0, skipped="no prior text, no figures"))
        figures = figure_vars(ctx.figures)
        common = {"section_title": ctx.section.title, "period_text": ctx.period.text, "figures": figures}
        if rewrite:
            prompt = self.prompts["rewrite"]
            messages = prompt.render(**common, previous=ctx.previous, instruction=ctx.instruction)
            source = "\n\n".join(ctx.previous)
        else:
            prompt = self.prompts["draft"]
            prior_text = ctx.prior_period.text if ctx.prior_period else "kỳ trước"
            exemplars = [{**e, "text": _brief(e.get("text", ""))} for e in ctx.exemplars[:3]]
            messages = prompt.render(**common, prior_period_text=prior_text, prior_paragraphs=ctx.prior_paragraphs,
                                     exemplars=exemplars, instruction=ctx.instruction or "")
            source = "\n\n".join(ctx.prior_paragraphs) or " ".join(f["line"] for f in figures)
        own = [*ctx.prior_paragraphs, *(ctx.previous or [])]
        try:
            answer = await self._ask(messages, source, counters)
            best = _checked_version(split_paragraphs(answer, ctx, messages, own), ctx)
            problems_per_round = [len(best.problems)]
            rounds = 0
            while best.problems and rounds < self.settings.repair_rounds:
                rounds += 1
                messages = self.prompts["repair"].render(**common, draft="\n\n".join(best.texts),
                                                         problems=_problem_vars(best))
                answer = await self._ask(messages, "\n\n".join(best.texts), counters)
                version = _checked_version(split_paragraphs(answer, ctx, messages, [*own, *best.texts]), ctx)
                problems_per_round.append(len(version.problems))
                if version.texts == best.texts:
                    break  # the same answer again: another round would only repeat it
                if _better(version, best):
                    best = version
        except ProviderError as exc:
            result = await self.fallback.adraft(ctx)
            return SectionResult(result.paragraphs, self._provenance(
                ctx, prompt, counters, result.paragraphs, t0, fallback_paragraphs=len(result.paragraphs),
                fallback_reason=exc.message))
        paragraphs, replaced = await self._finish(best, ctx)
        return SectionResult(paragraphs, self._provenance(ctx, prompt, counters, paragraphs, t0, repair_rounds=rounds,
                                                          fallback_paragraphs=replaced,
                                                          problems_per_round=problems_per_round))

    async def _ask(self, messages: list[dict], source: str, counters: Counters) -> str:
        """A whole-section call within the context window; an answer cut at the limit is a failure."""
        prompt = prompt_tokens(messages)
        room = self.budget.context - prompt - 32
        want = min(self.budget.answer_cap * 2, max(256, int(estimate_tokens(source) * 1.5)))
        if room < min(want, 256):
            raise ProviderError(f"prompt of about {prompt} tokens does not fit the model's context window "
                                f"({self.budget.context} tokens, BAOCAO_LLM_CONTEXT)")
        answer = await self.client.complete(messages, min(want, room), counters)
        if answer.truncated:
            raise ProviderError(f"model endpoint {self.base_url} stopped at the token limit ({min(want, room)})")
        return answer.text

    async def _finish(self, version: _Version, ctx: SectionContext) -> tuple[list[Paragraph], int]:
        """Paragraphs to deliver: clean ones as they are, others replaced or marked."""
        spare: list[tuple[str, CheckReport]] | None = None
        out, replaced = [], 0
        if not version.texts:  # the model said nothing usable
            spare = await self._fallback_paragraphs(ctx)
            return [Paragraph(t, r.numbers, marked=bool(r.to_review), note=_note(r) if r.to_review else None)
                    for t, r in spare], len(spare)
        for text, report in zip(version.texts, version.reports):
            if not report.to_review:  # a model had no base for a comparison the table cannot prove: made up
                out.append(Paragraph(text, report.numbers))
                continue
            if spare is None:
                spare = [(t, r) for t, r in await self._fallback_paragraphs(ctx) if not r.to_review]
            pick = _closest(text, [t for t, _ in spare])
            if pick is not None:
                t, r = spare.pop(pick)
                replaced += 1
                out.append(Paragraph(t, r.numbers, note=f"Đoạn do mô hình soạn có số không truy được nguồn "
                                     f"({_numbers_list(report)}); đã thay bằng đoạn của bộ soạn "
                                     f"{getattr(self.fallback, 'name', 'dự phòng')}."))
                continue
            out.append(Paragraph(text, report.numbers, marked=True, note=_note(report)))
        return out, replaced

    async def _fallback_paragraphs(self, ctx: SectionContext) -> list[tuple[str, CheckReport]]:
        result = await self.fallback.adraft(ctx)
        return [(p.text, check(p.text, ctx)) for p in result.paragraphs]  # re-checked: trust, but verify

    def _provenance(self, ctx: SectionContext, prompt: Prompt | None, counters: Counters,
                    paragraphs: list[Paragraph], t0: float, **extra) -> dict:
        checks = [c for p in paragraphs for c in p.checks]
        summary = CheckReport(checks).summary
        used = {code for c in checks if not c.is_problem for code in _codes(c)}
        rounds = extra.pop("repair_rounds", 0)
        return {
            "engine": self.name, "model": self.model, "base_url_host": self.host,
            "prompt": prompt.ref if prompt else None,
            "repair_prompt": self.prompts["repair"].ref if rounds else None,
            "repair_rounds": rounds, "llm_calls": counters.calls, "retries": counters.retries,
            "truncated": counters.truncated,
            "tokens": {"prompt": counters.prompt_tokens, "completion": counters.completion_tokens},
            "figures_used": sorted(used),
            "figures_unused": [f.ma for f in ctx.figures if f.ma not in used],
            "exemplars": [e.get("id") for e in ctx.exemplars[:3]],
            "checker": {**summary, "numbers": len(checks), "problems": sum(c.is_problem for c in checks),
                        "marked": sum(p.marked for p in paragraphs)},
            "seconds": round(time.perf_counter() - t0, 4),
            **({"transport_errors": counters.errors} if counters.errors else {}),
            **({"instruction": ctx.instruction} if ctx.instruction else {}),
            **extra,
        }


# -- v1 helpers ----------------------------------------------------------------
@dataclass
class _Version:
    """One answer of the model, split into paragraphs and checked paragraph by paragraph."""

    texts: list[str]
    reports: list[CheckReport]

    @property
    def problems(self) -> list[tuple[int, NumberCheck]]:
        return [(i, n) for i, r in enumerate(self.reports) for n in r.to_review]


def _checked_version(texts: list[str], ctx: SectionContext) -> _Version:
    return _Version(texts, [check(t, ctx) for t in texts])


_NUMBERING = re.compile(r"^(?:PHẦN\s+[IVX]+|[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*", re.I)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[*_#:.]", " ", s).split()).casefold()


def split_paragraphs(answer: str, ctx: SectionContext, messages: list[dict] = (), own: list[str] = ()) -> list[str]:
    """Body paragraphs of a whole-section answer: one per non-empty line.

    Report paragraphs are never wrapped, so a line is a paragraph whether the
    model separated them by blank lines or not.  Markdown, code fences, a
    repeated section heading and lines echoing our prompt are dropped; the
    section's own paragraphs (``own``: last period's text, the text being
    rewritten) are never taken for echoes, whatever they begin with.
    """
    source = "\n".join(own)
    text = clean_answer(answer, list(messages), source)
    heading = _norm(ctx.section.heading)
    return [line for line in text.split("\n")
            if line and not (heading and _norm(_NUMBERING.sub("", line)) == heading)]


def _brief(text: str, sentences: int = 2, limit: int = 300) -> str:
    """An exemplar quoted briefly: its first sentence or two, never a passage to copy."""
    from service.drafting.guards import sentences as split

    out = " ".join(split(" ".join(text.split()))[:sentences])
    return out if len(out) <= limit else out[:limit].rsplit(" ", 1)[0] + "…"


def _better(repair: _Version, best: _Version) -> bool:
    """Take a repair unless it is worse: more problems, or text gutted to dodge them."""
    length = sum(map(len, repair.texts))
    return (bool(repair.texts) and len(repair.problems) <= len(best.problems)
            and length >= 0.3 * sum(map(len, best.texts)))


def _prompt_at(name: str, version: int | None) -> Prompt:
    """``name`` at the newest version not above ``version``: templates are versioned independently."""
    if version is None:
        return load_prompt(name)
    fitting = [v for v in available().get(name, []) if v <= version]
    return load_prompt(name, fitting[-1] if fitting else version)


_REASON = {
    "stale": "đây là số liệu của kỳ trước (cùng kỳ), không phải của kỳ này.",
    "unsupported": "không có trong bảng số liệu kỳ này và không tính được từ bảng.",
    "unverified": "bảng số liệu không có số gốc (cùng kỳ, kế hoạch) để tính ra so sánh này.",
}


def _reason(n: NumberCheck) -> str:
    return (n.reason or _REASON.get(n.verdict, n.verdict)).rstrip(".") + "."


def _problem_vars(version: _Version) -> list[dict]:
    out = []
    for i, n in version.problems:
        text = version.texts[i]
        start, end = max(0, n.start - 40), min(len(text), n.end + 40)
        while start > 0 and not text[start - 1].isspace():  # whole words only
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        context = text[start:end].strip()
        out.append({"text": n.text, "verdict": n.verdict, "reason": _reason(n), "expected": n.expected,
                    "context": context})
    return out


def _numbers_list(report: CheckReport) -> str:
    return "; ".join(f"{n.text}: {_reason(n).rstrip('.')}" for n in report.to_review)


def _note(report: CheckReport) -> str:
    return f"Chưa truy được nguồn số liệu ({_numbers_list(report)}); cần người soát kiểm tra."


def _codes(c: NumberCheck) -> list[str]:
    src = c.source or {}
    codes = [src["ma"]] if src.get("ma") else []
    codes += [x for x in src.get("codes", []) if x not in codes]
    return codes


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).casefold()))


def _closest(text: str, candidates: list[str], threshold: float = 0.15) -> int | None:
    """The candidate sharing most words with ``text`` (Jaccard), if any shares enough."""
    words, best, best_score = _words(text), None, threshold
    for i, c in enumerate(candidates):
        other = _words(c)
        score = len(words & other) / (len(words | other) or 1)
        if score >= best_score:
            best, best_score = i, score
    return best
