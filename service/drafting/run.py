"""Draft many sections concurrently, at most ``concurrency`` at a time.

Sections are independent, so a report's drafting time is close to its
slowest section rather than the sum; the bound keeps a local model server
(or a provider's rate limit) from being flooded.  (The LLM engine bounds its
own calls as well: ``BAOCAO_LLM_CONCURRENCY``.)
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Sequence

from service.drafting.base import Engine, SectionContext, SectionResult
from service.drafting.carryover import find_carried

# on_progress(done, total, ctx, result): called as each section finishes (may be async).
OnProgress = Callable[[int, int, SectionContext, SectionResult], "Awaitable[None] | None"]


def mark_carried(result: SectionResult, ctx: SectionContext) -> None:
    """Record last period's sentences kept as they were, for engines that do not record them themselves."""
    if "carried_over" not in result.provenance and not ctx.instruction:
        result.provenance["carried_over"] = [c.to_dict() for c in find_carried(result.paragraphs, ctx.prior_paragraphs)]


async def draft_sections(engine: Engine, contexts: Sequence[SectionContext], concurrency: int,
                         on_progress: OnProgress | None = None) -> list[SectionResult]:
    """Results in the order of ``contexts``.

    The first failure cancels the sections still running and is raised as is,
    so callers catch the error they know.  (The LLM engine turns a failing
    model into that section's offline text: what is raised here is a bug or
    bad input, not a provider's bad day.)  The engine's connections made on
    this event loop are closed when done.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    sem = asyncio.Semaphore(concurrency)
    total, done = len(contexts), 0

    async def one(ctx: SectionContext) -> SectionResult:
        nonlocal done
        async with sem:
            result = await engine.adraft(ctx)
        mark_carried(result, ctx)
        done += 1
        if on_progress is not None:
            maybe = on_progress(done, total, ctx, result)
            if inspect.isawaitable(maybe):
                await maybe
        return result

    tasks = [asyncio.ensure_future(one(c)) for c in contexts]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    finally:
        close = getattr(engine, "aclose", None)
        if close is not None:
            await close()
