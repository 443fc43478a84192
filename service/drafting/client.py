"""Calls to an OpenAI-compatible chat endpoint: bounded, retried, counted.

Retries are our own loop (the client's are off) so the policy is explicit and
tested: 429, 5xx, timeouts and refused connections are retried with
exponential backoff; anything else, or running out of attempts, is a
``ProviderError`` naming the endpoint.  A request the server refuses because
the prompt is too long (HTTP 400 "context length exceeded") is a
``ContextOverflow``: retrying it cannot help.

At most ``BAOCAO_LLM_CONCURRENCY`` calls are in flight per event loop, whatever
the number of sections drafted at once (a local CPU server answers one or two
at a time; more only queue there and time out).  After ``BREAKER`` calls in a
row failed, the endpoint is taken for down and further calls fail at once, so
a dead server costs a report a few timeouts, not one per paragraph.
"""

from __future__ import annotations

import asyncio
import logging
import random
import weakref
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import openai

from service.errors import ProviderError
from service.settings import Settings

log = logging.getLogger(__name__)

_RETRYABLE = (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError, openai.APIConnectionError)
_MAX_BACKOFF = 30.0
BREAKER = 3  # failed calls in a row after which the endpoint is taken for down


class ContextOverflow(ProviderError):
    """The server refused the prompt as longer than its context window."""


@dataclass
class Answer:
    text: str
    finish_reason: str | None
    usage: dict = field(default_factory=dict)

    @property
    def truncated(self) -> bool:
        """Cut at ``max_tokens`` (or the window): half an answer is never used."""
        return self.finish_reason == "length"


@dataclass
class Counters:
    """What one section's calls cost, for provenance."""

    calls: int = 0
    retries: int = 0
    truncated: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    errors: list[str] = field(default_factory=list)


class ModelClient:
    """One endpoint and model, shared by every section an engine drafts."""

    def __init__(self, settings: Settings, *, backoff: float = 0.5):
        self.settings = settings
        self.base_url: str = settings.llm_base_url
        self.model: str = settings.llm_model
        self.backoff = backoff
        self.failures = 0      # failed calls in a row (the breaker)
        self.down: str | None = None
        self._per_loop: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def _loop_state(self) -> tuple[openai.AsyncOpenAI, asyncio.Semaphore]:
        """One HTTP client and one concurrency bound per event loop (connections cannot cross loops)."""
        loop = asyncio.get_running_loop()
        state = self._per_loop.get(loop)
        if state is None:
            client = openai.AsyncOpenAI(base_url=self.base_url, api_key=self.settings.llm_api_key or "not-needed",
                                        timeout=self.settings.llm_timeout, max_retries=0)
            state = (client, asyncio.Semaphore(self.settings.llm_concurrency))
            self._per_loop[loop] = state
        return state

    async def aclose(self) -> None:
        state = self._per_loop.pop(asyncio.get_running_loop(), None)
        if state is not None:
            await state[0].close()

    def _error(self, what: str) -> ProviderError:
        return ProviderError(f"model endpoint {self.base_url} (model {self.model}) {what}")

    async def complete(self, messages: list[dict], max_tokens: int | None = None,
                       counters: Counters | None = None) -> Answer:
        """The model's answer, retrying transient failures with exponential backoff."""
        counters = counters or Counters()
        if self.down:
            raise self._error(f"is not answering ({self.down}); not called again for this draft")
        client, bound = self._loop_state()
        attempts = self.settings.llm_max_retries + 1
        last: Exception | None = None
        for attempt in range(attempts):
            if attempt:
                counters.retries += 1
                await asyncio.sleep(self._delay(attempt, last))
            counters.calls += 1
            try:
                async with bound:
                    extra = {"max_tokens": max_tokens} if max_tokens else {}
                    resp = await client.chat.completions.create(
                        model=self.model, messages=messages, temperature=self.settings.llm_temperature, **extra)
            except _RETRYABLE as exc:
                last = exc
                counters.errors.append(_describe(exc))
                log.warning("model endpoint %s: %s (attempt %d/%d)", self.base_url, _describe(exc), attempt + 1, attempts)
                continue
            except openai.APIStatusError as exc:
                counters.errors.append(_describe(exc))
                if _is_overflow(exc):
                    raise ContextOverflow(f"model endpoint {self.base_url} refused the prompt as too long "
                                          f"for its context window: {_message(exc)[:200]}") from None
                if exc.status_code in (401, 403, 404):
                    self.down = _describe(exc) + _hint(exc)
                raise self._error(f"refused the request: {_describe(exc)}{_hint(exc)}") from None
            except openai.OpenAIError as exc:
                counters.errors.append(str(exc)[:200])
                self._failed(str(exc))
                raise self._error(f"failed: {exc}") from None
            self.failures = 0
            return _answer(resp, counters)
        self._failed(_describe(last))
        raise self._error(f"failed after {attempts} attempt(s): {_describe(last)}")

    def _failed(self, what: str) -> None:
        self.failures += 1
        if self.failures >= BREAKER:
            self.down = f"{self.failures} calls in a row failed, last: {what}"

    def _delay(self, attempt: int, exc: Exception | None) -> float:
        delay = self.backoff * 2 ** (attempt - 1) * (1 + random.random() * 0.25)
        retry_after = getattr(getattr(exc, "response", None), "headers", {}).get("retry-after")
        if retry_after:
            try:
                delay = max(delay, float(retry_after))
            except ValueError:
                pass
        return min(delay, _MAX_BACKOFF)


def _answer(resp, counters: Counters) -> Answer:
    choice = resp.choices[0] if resp.choices else None
    text = _content_text(choice.message.content if choice and choice.message else "")
    usage = resp.usage.model_dump() if getattr(resp, "usage", None) else {}
    counters.prompt_tokens += usage.get("prompt_tokens") or 0
    counters.completion_tokens += usage.get("completion_tokens") or 0
    answer = Answer(text, choice.finish_reason if choice else None, usage)
    if answer.truncated:
        counters.truncated += 1
    return answer


def _content_text(content) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content or [])


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error", body) if isinstance(body, dict) else {}
    return str(err.get("message") if isinstance(err, dict) and err.get("message") else exc.message)


def _is_overflow(exc: openai.APIStatusError) -> bool:
    text = _message(exc).lower()
    return exc.status_code in (400, 413) and any(w in text for w in ("context", "too long", "too many tokens",
                                                                      "exceed", "maximum"))


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
