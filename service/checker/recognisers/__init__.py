"""Small named recognisers of numbers that are not figures of the period.

Each recogniser reads the grammar and notation around a number (what precedes and follows it:
a document-type noun, a time-of-day word, ``9h30``, ``14/6``, a quoted name, a label noun before
the number) and claims its span with a kind (``time``, ``date``, ``reference`` ...) and a note.
The open-ended word lists they share are in :mod:`.vocab`.  The order in which they run is the
registry in :mod:`service.checker.extract` (``CLAIMS`` and ``CLASSIFIERS``): the one place they
are composed.

Two shapes:

- a claim recogniser (``find(text, a, b)``) looks at a stretch of text around digits before any
  number is read, and yields ``Claim``\\ s;
- a classifier (``classify(text, mention, before, after)``) looks at a plain integer already read
  (``2023``, ``6`` in ``6 tháng``, ``93`` in ``93 năm ngày thành lập``) and may re-kind it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Callable, Iterator


@dataclass(frozen=True, slots=True)
class Claim:
    """``text[start:end]`` is not a figure: ``kind``/``note`` say what it is.

    ``silent`` claims block reading (numbers in words inside a quoted name) without a mention.
    """

    start: int
    end: int
    kind: str
    note: str
    recogniser: str
    silent: bool = False


class Recogniser:
    """Claims spans of text around numbers; subclasses implement ``find``."""

    name = ""
    kind = ""

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


Accept = Callable[[str, re.Match], bool]


_LAST_WINDOW = threading.local()  # per thread: the API checks texts in several threads at once


def _lowered(text: str, a: int, b: int) -> str:
    """``text[a:b].lower()``, remembered for the window every rule in turn asks about."""
    w = _LAST_WINDOW
    if getattr(w, "text", None) is not text or w.a != a or w.b != b:  # the text itself held: no id reused
        w.text, w.a, w.b, w.lower = text, a, b, text[a:b].lower()
    return w.lower


class Rule(Recogniser):
    """Regular expressions over the text; group ``group`` of each match is claimed when ``accept`` agrees.

    A pattern that opens on a lookbehind (``(?<![\\w.,])\\d+``) is tried at every character of a window; one that says
    its first character first (``(?=\\d)(?<![\\w.,])\\d+``, the same matches) lets the engine jump to the digits."""

    def __init__(self, name: str, kind: str, note: str, *patterns: re.Pattern, group: int = 1,
                 accept: Accept | None = None, needs: tuple[str, ...] = ()):
        self.name, self.kind, self.note = name, kind, note
        self.patterns, self.group, self.accept = patterns, group, accept
        self.needs = needs  # lower-case strings one of which every match holds: windows without any are skipped

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if self.needs:
            window = _lowered(text, a, b)
            if not any(n in window for n in self.needs):
                return
        for pattern in self.patterns:
            for m in pattern.finditer(text, a, b):
                if self.accept is not None and not self.accept(text, m):
                    continue
                g = self.group if m.re.groups >= self.group else 0
                s, e = m.span(g)
                if s < 0:
                    continue
                yield Claim(s, e, self.kind, self.note, self.name)


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def sentence_start(text: str, pos: int, reach: int = 400) -> int | None:
    """Where the sentence holding ``pos`` begins: after the last full stop (or line break) within ``reach`` before it,
    the text's start when that is within reach, else None (a sentence too long to tell)."""
    lo = max(0, pos - reach)
    ends = list(_SENTENCE_END.finditer(text, lo, pos))
    return ends[-1].end() if ends else (0 if lo == 0 else None)


def alternation(words) -> str:
    """A regex alternation of ``words`` (longest first), spaces matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def loose(word: str) -> str:
    """A regex for ``word`` that also matches it split by one space between two letters, as PDF text layers
    split words (``Thá ng 10``, ``nă m họ c``); case-insensitive."""
    return "(?i:" + " ?".join(re.escape(c) for c in word) + ")"


def splits(word: str) -> tuple[str, ...]:
    """``word`` and every way of writing it split by one space (``needs=`` of a rule keyed on a loose word)."""
    return (word,) + tuple(word[:k] + " " + word[k:] for k in range(1, len(word)))
