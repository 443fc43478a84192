"""Indicator codes for a template: a readable abbreviation of each section's heading, numbered in order.

``2.4. Phối hợp thực hiện công tác tuyển quân`` → ``TQ`` (``TQ-01``, ``TQ-02``, …).  The
abbreviation is made by rule from the heading's own words; nothing is looked up:

1. a heading's own words are those its ancestors' headings do not say (``Kết quả phối hợp
   hoạt động`` above ``2.1``), that at least half of its siblings do not share (``Phối hợp``,
   ``Ban CHQS``: pairs of adjacent words and acronyms are compared, syllables alone say too
   little), and that are not closed-class words (``và``, ``của``, ``với``) nor levels of
   administration (``huyện``, ``xã``);
2. an acronym among its first own words names it best (``Hội LHPN`` → ``LHPN``);
3. else the initials of its first phrase of two own words or more, up to a comma or a
   closed-class word:
   two or three syllables give all their initials (``tuyển quân`` → ``TQ``, ``Cựu chiến binh``
   → ``CCB``), a longer phrase its first two (``nắm bắt tình hình …`` → ``NB``), one syllable
   its first two letters;
4. two sections with one abbreviation: the later takes another initial, then a digit.

Headings in capitals are read as words, not acronyms.  Same report in, same codes out.
"""

from __future__ import annotations

import re
import unicodedata

#: Closed-class words: they never name a section.
FUNCTION_WORDS = frozenset(
    "và của các với trong đối về cho tại giữa những có được là theo trên đến từ một số này đó cùng như "
    "khác để do bởi hoặc nhằm ở vào ra thì mà nên nhưng tốt".split())
#: Levels of administration: where, not what (``Ban CHQS huyện``).
LEVEL_WORDS = frozenset("huyện tỉnh xã phường quận thị trấn thành phố cấp".split())
_TOKEN = re.compile(r"[^\W_]+(?:[-/&][^\W_]+)*|[,;:.()]")
_ROMAN = re.compile(r"^[IVXLC]+$")


def fold_letters(text: str) -> str:
    """Upper-case ASCII letters of ``text`` (``Đ`` → ``D``, marks dropped)."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if not unicodedata.combining(c)).upper()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not _ROMAN.match(word)


def _tokens(heading: str) -> list[str]:
    """Words (acronyms kept in capitals, other words lower case) and punctuation of a heading."""
    text = unicodedata.normalize("NFC", heading)
    caps = text.upper() == text
    out = []
    for t in _TOKEN.findall(text):
        if t[0].isdigit():
            continue
        out.append(t if (_is_acronym(t) and not caps) else t.lower())
    return out


def _terms(heading: str) -> set[tuple[str, ...]]:
    """Pairs of adjacent words (``phối hợp``) and acronyms (``CHQS``): what headings share."""
    toks = _tokens(heading)
    out = {(a, b) for a, b in zip(toks, toks[1:]) if a[0].isalpha() and b[0].isalpha()}
    return out | {(t,) for t in toks if _is_acronym(t)}


def _own_phrases(heading: str, known: set[tuple[str, ...]]) -> list[list[str]]:
    """Runs of the heading's own words (no known pair or acronym), split at punctuation and closed-class words."""
    toks = _tokens(heading)
    shared = [False] * len(toks)
    for i, t in enumerate(toks):
        if (t,) in known:
            shared[i] = True
        if i + 1 < len(toks) and (t, toks[i + 1]) in known:
            shared[i] = shared[i + 1] = True
    phrases, run = [], []
    for t, common in zip(toks, shared):
        if not t[0].isalpha() or t in FUNCTION_WORDS or t in LEVEL_WORDS or common:
            if run:
                phrases.append(run)
            run = []
            continue
        run.append(t)
    if run:
        phrases.append(run)
    return phrases


def _abbreviation(phrases: list[list[str]], extra: int = 0) -> str:
    words = [w for p in phrases for w in p]
    if not words:
        return ""
    acronym = next((w for w in words[:3] if _is_acronym(w)), None)
    if acronym and not extra:
        letters = re.sub(r"[^A-Z]", "", fold_letters(acronym))
        if 2 <= len(letters) <= 5:
            return letters
    first = next((p for p in phrases if len(p) > 1), phrases[0])
    first = [w for w in first if not _is_acronym(w)] or first
    if len(words) == 1 and not extra:
        return re.sub(r"[^A-Z]", "", fold_letters(words[0]))[:2] or "CT"
    syllables = first if len(first) > 1 else words
    initials = "".join(fold_letters(w)[:1] for w in syllables if fold_letters(w)[:1].isalpha())
    size = len(initials) if len(initials) <= 3 else 2
    return initials[:size + extra] if extra else initials[:size]


def _parent(path: str) -> str | None:
    return path.rsplit("/", 1)[0] if "/" in path else None


def section_prefixes(sections: list[tuple[str, str]], fallback: str = "CT") -> dict[str, str]:
    """A distinct abbreviation for each ``(path, heading)`` of a report's tree, by path.

    ``fallback`` stands for a section whose heading says nothing of its own.
    """
    heading = dict(sections)
    children: dict[str | None, list[str]] = {}
    for path, _ in sections:
        children.setdefault(_parent(path), []).append(path)
    out: dict[str, str] = {}
    taken: set[str] = set()
    for path, text in sections:
        known: set[tuple[str, ...]] = set()
        up = _parent(path)
        while up is not None:
            known |= _terms(heading.get(up, ""))
            up = _parent(up)
        siblings = children.get(_parent(path), [])
        if len(siblings) >= 3:
            df: dict[tuple[str, ...], int] = {}
            for s in siblings:
                for w in _terms(heading[s]):
                    df[w] = df.get(w, 0) + 1
            known |= {w for w, n in df.items() if n * 2 >= len(siblings)}
        phrases = _own_phrases(text, known) or _own_phrases(text, set())
        prefix = _abbreviation(phrases) or fallback
        extra = 1
        while prefix in taken and extra <= 2:
            longer = _abbreviation(phrases, extra)
            if len(longer) > len(prefix):
                prefix = longer
            extra += 1
        base, n = prefix, 2
        while prefix in taken:
            prefix, n = f"{base}{n}", n + 1
        taken.add(prefix)
        out[path] = prefix
    return out


def number_codes(prefix: str, count: int) -> list[str]:
    """``TQ-01`` … in order; three digits once a section holds a hundred rows."""
    width = max(2, len(str(count)))
    return [f"{prefix}-{i:0{width}d}" for i in range(1, count + 1)]
