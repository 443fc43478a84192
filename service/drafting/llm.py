"""The LLM engine: a model drafts, the checker proves, the model repairs.

Any OpenAI-compatible endpoint (a provider, llama.cpp's server, vLLM) drafts
a section from the prompt ``section_draft``.  Every number of the answer is
checked against this period's table; unsupported or stale numbers go back to
the model with the reason (``section_repair``) for at most
``settings.repair_rounds`` rounds.  A paragraph still wrong after that is
swapped for the fallback engine's paragraph when that one checks clean, else
kept and marked for a reviewer: nothing untraceable leaves unmarked.

Retries are our own loop (the client's are off) so the policy is explicit and
tested: 429, 5xx, timeouts and refused connections are retried with
exponential backoff; anything else, or running out of attempts, is a
``ProviderError`` naming the endpoint.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
import unicodedata
import weakref
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlsplit

import openai

from service.checker.model import CheckReport, NumberCheck
from service.draft import Paragraph
from service.drafting.base import Engine, SectionContext, SectionResult
from service.drafting.instructions import validate_instruction
from service.drafting.prompts import Prompt, available, load_prompt
from service.errors import ConfigError, ProviderError
from service.figures.derive import change_phrase, target_phrase
from service.figures.format import format_figure
from service.figures.model import Figure
from service.numbers import format_vn
from service.settings import Settings, get_settings

log = logging.getLogger(__name__)

_RETRYABLE = (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError, openai.APIConnectionError)
_MAX_BACKOFF = 30.0


# -- checking -----------------------------------------------------------------
def check(text: str, ctx: SectionContext) -> CheckReport:
    """The checker's verdicts on ``text`` (offsets relative to it)."""
    from service.checker import check_text  # lands separately; imported late so this module always imports

    return check_text(text, ctx.current, ctx.prior_table, section=ctx.section.title, period=ctx.period,
                      placed=[f.ma for f in ctx.figures])


@dataclass
class _Version:
    """One answer of the model, split into paragraphs and checked paragraph by paragraph."""

    texts: list[str]
    reports: list[CheckReport]

    @property
    def problems(self) -> list[tuple[int, NumberCheck]]:
        return [(i, n) for i, r in enumerate(self.reports) for n in r.problems]


def _prompt_lines(messages: list[dict], ctx: SectionContext, keep: list[str] = ()) -> set[str]:
    """Lines of our prompt a small model may parrot back; the section's own texts (and ``keep``) are not."""
    own = {_norm(p) for p in [*ctx.prior_paragraphs, *(ctx.previous or []), *keep]}
    lines = {_norm(line.lstrip("- ")) for m in messages for line in m["content"].splitlines()}
    return {line for line in lines if line and line not in own}


def _checked_version(texts: list[str], ctx: SectionContext) -> _Version:
    return _Version(texts, [check(t, ctx) for t in texts])


# -- model output -------------------------------------------------------------
_FENCE = re.compile(r"^```\w*\s*$")
_NUMBERING = re.compile(r"^(?:PHẦN\s+[IVX]+|[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*", re.I)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[*_#:.]", " ", s).split()).casefold()


def split_paragraphs(answer: str, ctx: SectionContext, echo: set[str] = frozenset()) -> list[str]:
    """Body paragraphs of a model answer: one per non-empty line.

    Report paragraphs are never wrapped, so a line is a paragraph whether the
    model separated them by blank lines or not.  Markdown emphasis, code fences
    and a repeated section heading are dropped (the prompt forbids them; small
    models add them anyway), as are lines echoing our own prompt (``echo``).
    """
    heading = _norm(ctx.section.heading)
    out = []
    for line in unicodedata.normalize("NFC", answer).replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if not line or _FENCE.match(line):
            continue
        line = re.sub(r"\*\*|__|^#+\s*", "", line).strip()
        if (heading and _norm(_NUMBERING.sub("", line)) == heading) or _norm(line.lstrip("- ")) in echo:
            continue
        line = re.sub(r"[ \t\u00a0]{2,}", " ", line)
        if line:
            out.append(line)
    return out


# -- figures as the prompt states them ---------------------------------------
def _forms(f: Figure, value: Decimal) -> str:
    """``188 thanh niên``; money in both forms reports use: ``188 triệu đồng (188.000.000 đồng)``."""
    short = format_figure(f, value)
    if f.don_vi_tinh == "đồng":
        full = format_figure(f, value, "full")
        return short if full == short else f"{short} ({full})"
    return short


def figure_line(f: Figure) -> str:
    """One line of the prompt's figure list; derived values are computed here, never by the model."""
    parts = [f"{f.chi_tieu}: {_forms(f, f.ky_bao_cao)}"]
    if f.ghi_chu:
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
@dataclass
class _Run:
    """Counters of one section's drafting, for provenance."""

    calls: int = 0
    retries: int = 0
    errors: list[str] = field(default_factory=list)


class LLMEngine:
    """Drafts sections with a chat model; see the module docstring for the loop."""

    name = "llm"

    def __init__(self, settings: Settings | None = None, *, prompt_version: int | None = None,
                 fallback: Engine | None = None, backoff: float = 0.5, max_tokens: int | None = None):
        self.settings = settings or get_settings()
        if not self.settings.llm_configured:
            raise ConfigError("the LLM engine needs BAOCAO_LLM_BASE_URL and BAOCAO_LLM_MODEL")
        self.base_url: str = self.settings.llm_base_url
        self.model: str = self.settings.llm_model
        self.fallback = fallback
        self.backoff = backoff
        self.max_tokens = max_tokens
        self.prompts: dict[str, Prompt] = {kind: _prompt_at(f"section_{kind}", prompt_version)
                                           for kind in ("draft", "repair", "rewrite")}
        self._clients: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    # -- transport ------------------------------------------------------------
    def _client(self):
        """One chat client per event loop: httpx connections cannot cross loops."""
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            import httpx
            from langchain_openai import ChatOpenAI

            client = ChatOpenAI(model=self.model, base_url=self.base_url,
                                api_key=self.settings.llm_api_key or "not-needed",  # local servers take any key
                                temperature=self.settings.llm_temperature, timeout=self.settings.llm_timeout,
                                max_retries=0,
                                # "max_tokens", not langchain's max_completion_tokens: local servers know only it
                                extra_body={"max_tokens": self.max_tokens} if self.max_tokens else None,
                                http_async_client=httpx.AsyncClient(timeout=self.settings.llm_timeout))
            self._clients[loop] = client
        return client

    async def aclose(self) -> None:
        """Close the HTTP connections this event loop opened (the pipeline calls it when done)."""
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None and client.http_async_client is not None:
            await client.http_async_client.aclose()

    async def complete(self, messages: list[dict], run: _Run | None = None) -> str:
        """The model's answer text, retrying transient failures with exponential backoff."""
        run = run or _Run()
        attempts = self.settings.llm_max_retries + 1
        last: Exception | None = None
        for attempt in range(attempts):
            if attempt:
                run.retries += 1
                await asyncio.sleep(self._delay(attempt, last))
            run.calls += 1
            try:
                answer = await self._client().ainvoke(messages)
            except _RETRYABLE as exc:
                last = exc
                run.errors.append(_describe(exc))
                log.warning("model endpoint %s: %s (attempt %d/%d)", self.base_url, _describe(exc), attempt + 1, attempts)
                continue
            except openai.APIStatusError as exc:
                raise ProviderError(f"model endpoint {self.base_url} (model {self.model}) refused the request: "
                                    f"{_describe(exc)}{_hint(exc)}") from None
            except openai.OpenAIError as exc:
                raise ProviderError(f"model endpoint {self.base_url} (model {self.model}) failed: {exc}") from None
            return _content_text(answer.content)
        raise ProviderError(f"model endpoint {self.base_url} (model {self.model}) failed after {attempts} "
                            f"attempt(s): {_describe(last)}")

    def _delay(self, attempt: int, exc: Exception | None) -> float:
        delay = self.backoff * 2 ** (attempt - 1) * (1 + random.random() * 0.25)
        retry_after = getattr(getattr(exc, "response", None), "headers", {}).get("retry-after")
        if retry_after:
            try:
                delay = max(delay, float(retry_after))
            except ValueError:
                pass
        return min(delay, _MAX_BACKOFF)

    # -- drafting ---------------------------------------------------------------
    async def adraft(self, ctx: SectionContext) -> SectionResult:
        t0 = time.perf_counter()
        run = _Run()
        rewrite = bool(ctx.instruction and ctx.previous is not None)
        if not rewrite and not ctx.prior_paragraphs and not ctx.figures and not ctx.instruction:
            # A heading that only groups sub-sections: nothing to write, no call to pay for.
            return SectionResult([], self._provenance(ctx, None, run, [], 0, t0, skipped="no prior text, no figures"))
        figures = figure_vars(ctx.figures)
        common = {"section_title": ctx.section.title, "period_text": ctx.period.text, "figures": figures}
        if rewrite:
            prompt = self.prompts["rewrite"]
            messages = prompt.render(**common, previous=ctx.previous,
                                     instruction=validate_instruction(ctx.instruction, ctx.current))
        else:
            prompt = self.prompts["draft"]
            prior_text = ctx.prior_period.text if ctx.prior_period else "kỳ trước"
            instruction = validate_instruction(ctx.instruction, ctx.current) if ctx.instruction else ""
            messages = prompt.render(**common, prior_period_text=prior_text, prior_paragraphs=ctx.prior_paragraphs,
                                     exemplars=ctx.exemplars[:3], instruction=instruction)
        answer = await self.complete(messages, run)
        best = _checked_version(split_paragraphs(answer, ctx, _prompt_lines(messages, ctx)), ctx)
        problems_per_round = [len(best.problems)]

        rounds = 0
        while best.problems and rounds < self.settings.repair_rounds:
            rounds += 1
            messages = self.prompts["repair"].render(**common, draft="\n\n".join(best.texts),
                                                     problems=_problem_vars(best))
            answer = await self.complete(messages, run)
            version = _checked_version(split_paragraphs(answer, ctx, _prompt_lines(messages, ctx, best.texts)), ctx)
            problems_per_round.append(len(version.problems))
            if _better(version, best):
                best = version

        paragraphs, replaced = await self._finish(best, ctx)
        if not paragraphs and self.fallback is None:
            raise ProviderError(f"model endpoint {self.base_url} (model {self.model}) returned no text "
                                f"for section {ctx.section.title!r}")
        return SectionResult(paragraphs, self._provenance(ctx, prompt, run, paragraphs, rounds, t0,
                                                          fallback_paragraphs=replaced,
                                                          problems_per_round=problems_per_round))

    async def _finish(self, version: _Version, ctx: SectionContext) -> tuple[list[Paragraph], int]:
        """Paragraphs to deliver: clean ones as they are, others replaced or marked."""
        spare: list[tuple[str, CheckReport]] | None = None
        out, replaced = [], 0
        if not version.texts and self.fallback is not None:  # the model said nothing usable
            spare = await self._fallback_paragraphs(ctx)
            return [Paragraph(t, r.numbers, marked=bool(r.problems), note=_note(r) if r.problems else None)
                    for t, r in spare], len(spare)
        for text, report in zip(version.texts, version.reports):
            if not report.problems:
                out.append(Paragraph(text, report.numbers))
                continue
            if self.fallback is not None:
                if spare is None:
                    spare = [(t, r) for t, r in await self._fallback_paragraphs(ctx) if not r.problems]
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

    def _provenance(self, ctx: SectionContext, prompt: Prompt | None, run: _Run, paragraphs: list[Paragraph],
                    rounds: int, t0: float, **extra) -> dict:
        checks = [c for p in paragraphs for c in p.checks]
        summary = CheckReport(checks).summary
        used = {code for c in checks if not c.is_problem for code in _codes(c)}
        return {
            "engine": self.name, "model": self.model, "base_url_host": self.host,
            "prompt": prompt.ref if prompt else None,
            "repair_prompt": self.prompts["repair"].ref if rounds else None,
            "repair_rounds": rounds, "llm_calls": run.calls, "retries": run.retries,
            "figures_used": sorted(used),
            "figures_unused": [f.ma for f in ctx.figures if f.ma not in used],
            "exemplars": [e.get("id") for e in ctx.exemplars[:3]],
            "checker": {**summary, "numbers": len(checks), "problems": sum(c.is_problem for c in checks),
                        "marked": sum(p.marked for p in paragraphs)},
            "seconds": round(time.perf_counter() - t0, 4),
            **({"transport_errors": run.errors} if run.errors else {}),
            **({"instruction": ctx.instruction} if ctx.instruction else {}),
            **extra,
        }


# -- helpers ------------------------------------------------------------------
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
    return "; ".join(f"{n.text}: {_reason(n).rstrip('.')}" for n in report.problems)


def _note(report: CheckReport) -> str:
    return f"Chưa truy được nguồn số liệu ({_numbers_list(report)}); cần người soát kiểm tra."


def _codes(c: NumberCheck) -> list[str]:
    src = c.source or {}
    codes = [src["ma"]] if src.get("ma") else []
    codes += [x for x in src.get("codes", []) if x not in codes]
    return codes


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.casefold()))


def _closest(text: str, candidates: list[str], threshold: float = 0.15) -> int | None:
    """The candidate sharing most words with ``text`` (Jaccard), if any shares enough."""
    words, best, best_score = _words(text), None, threshold
    for i, c in enumerate(candidates):
        other = _words(c)
        score = len(words & other) / (len(words | other) or 1)
        if score >= best_score:
            best, best_score = i, score
    return best


def _content_text(content) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content or [])


def _describe(exc: Exception | None) -> str:
    if exc is None:
        return "no answer"
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return f"connection failed ({exc.__cause__ or exc})"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    return str(exc)


def _hint(exc: openai.APIStatusError) -> str:
    return {401: " (check BAOCAO_LLM_API_KEY)", 403: " (check BAOCAO_LLM_API_KEY)",
            404: " (check BAOCAO_LLM_BASE_URL and BAOCAO_LLM_MODEL)"}.get(exc.status_code, "")
