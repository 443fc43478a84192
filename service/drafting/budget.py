"""Token budgets: what a call may send and ask for, counted before it is sent.

No tokenizer of the drafting model is available offline (tiktoken downloads
its encodings and knows only OpenAI's vocabularies; the model behind an
OpenAI-compatible endpoint may be anything), so tokens are *estimated*, on the
safe side: one token per two UTF-8 bytes of a text, plus a few tokens a
message for the chat template.  Byte-level BPE vocabularies (Qwen, Llama,
Gemma, GPT) never need more than one token a byte, and Vietnamese text with
its diacritics measures 3.6–4.2 bytes a token with Qwen2.5's tokenizer
(``tests/tier2`` checks the estimate against the real model's count; the
measure is in docs/benchmarks.md), so with Qwen the estimate is about twice
the real count.  The margin is deliberate: older vocabularies (Llama 2,
Mistral) fall back to bytes on Vietnamese diacritics and come close to two
bytes a token, and a call the estimate lets through must fit whatever model
serves it.

A call is planned against ``BAOCAO_LLM_CONTEXT`` (the server's context
window): the prompt's estimate plus the answer's ``max_tokens`` must fit.  An
edit's answer is about as long as the paragraph it edits, so ``max_tokens``
is sized from that paragraph, never left open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BYTES_PER_TOKEN = 2.0   # conservative for byte-level BPE on Vietnamese (measured 3.6–4.2 with Qwen2.5)
PER_MESSAGE = 8         # chat-template tokens around each message (role markers, separators)
SAFETY = 32             # tokens kept free: the template's own preamble, rounding


def estimate_tokens(text: str) -> int:
    """Tokens ``text`` takes at most (conservative estimate, see module docstring)."""
    return math.ceil(len(text.encode("utf-8")) / BYTES_PER_TOKEN)


def prompt_tokens(messages: list[dict]) -> int:
    return sum(estimate_tokens(m.get("content") or "") + PER_MESSAGE for m in messages)


@dataclass(frozen=True)
class Plan:
    """One planned call: the prompt's estimated size and the answer's cap; ``fits`` says if it may be sent."""

    prompt: int
    max_tokens: int
    context: int

    @property
    def fits(self) -> bool:
        return self.max_tokens > 0 and self.prompt + self.max_tokens + SAFETY <= self.context


@dataclass(frozen=True)
class Budget:
    """The context window of the drafting model and how answers are sized in it."""

    context: int = 4096
    answer_cap: int = 1024      # never ask for more than this, whatever the room

    def answer_tokens(self, source: str) -> int:
        """Room an edit of ``source`` needs: its own length and a half (rewording grows text), at least 64."""
        return min(self.answer_cap, max(64, math.ceil(estimate_tokens(source) * 1.5) + 16))

    def plan(self, messages: list[dict], source: str) -> Plan:
        """The call for ``messages`` editing ``source``; ``Plan.fits`` is false when it would overflow."""
        return Plan(prompt_tokens(messages), self.answer_tokens(source), self.context)

    def room_for_source(self, fixed_prompt: int) -> int:
        """Bytes of source text a prompt of ``fixed_prompt`` tokens (without the source) can still carry.

        The source appears once in the prompt and its edit once in the answer
        (at 1.5 times): ``fixed + s + 1.5 s + SAFETY <= context``.
        """
        tokens = (self.context - fixed_prompt - SAFETY - 16) / 2.5
        return max(0, int(tokens * BYTES_PER_TOKEN))
