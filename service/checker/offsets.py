"""Offsets in the caller's own characters, whatever Unicode normalisation the text used.

The checker reads NFC text (``ộ`` one character), but users' files are often
decomposed (NFD, ``o`` + two combining marks) or mixed.  ``Normalised`` holds
the NFC text the checker reads and maps a span of it back to the span of the
original that holds the same characters: the text is cut into clusters (a
base character and the combining marks after it), each cluster is normalised
on its own, and offsets move cluster by cluster.  A number starts and ends on
cluster boundaries, so its span maps exactly.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field


@dataclass
class Normalised:
    original: str
    text: str                                          # NFC (cluster by cluster)
    _nfc_starts: list[int] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def identity(self) -> bool:
        return not self._nfc_starts

    def start(self, i: int) -> int:
        """Original offset of the cluster holding NFC offset ``i``."""
        if self.identity:
            return i
        if i >= len(self.text):
            return len(self.original)
        k = bisect.bisect_right(self._nfc_starts, i) - 1
        return self._orig_starts[k]

    def end(self, j: int) -> int:
        """Original offset just after the cluster holding NFC offset ``j - 1``."""
        if self.identity:
            return j
        if j <= 0:
            return 0
        k = bisect.bisect_right(self._nfc_starts, j - 1) - 1
        return self._orig_starts[k + 1] if k + 1 < len(self._orig_starts) else len(self.original)

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)


#: Spaces a word processor or a web page writes where a plain space is meant (no-break, narrow no-break, figure,
#: thin): one character for one, so every offset stays; the readers then see ``470 tỷ 581 triệu``, ``25, 42%`` as
#: they see them typed with plain spaces.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})


def normalise(text: str) -> Normalised:
    """The NFC text of ``text``, its odd spaces plain (``_SPACES``), with a map of offsets back to ``text``."""
    read = _normalise_nfc(text)
    read.text = read.text.translate(_SPACES)
    return read


def _normalise_nfc(text: str) -> Normalised:
    """The NFC text of ``text`` with a map of offsets back to ``text``."""
    if unicodedata.is_normalized("NFC", text):
        return Normalised(text, text)
    nfc_parts: list[str] = []
    nfc_starts: list[int] = []
    orig_starts: list[int] = []
    pos_nfc = 0
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        part = unicodedata.normalize("NFC", text[i:j])
        nfc_starts.append(pos_nfc)
        orig_starts.append(i)
        nfc_parts.append(part)
        pos_nfc += len(part)
        i = j
    return Normalised(text, "".join(nfc_parts), nfc_starts, orig_starts)
