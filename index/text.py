"""Small text helpers shared by the parser, the chunker and keyword search.

Vietnamese needs care: text must be NFC (some files arrive decomposed, NFD,
and then "ệ" is two code points and matches nothing), and keyword search works
on syllables with their diacritics kept ("quân" and "quan" are different words).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def nfc(text: str) -> str:
    """NFC, without zero-width characters and soft hyphens."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def squash(text: str) -> str:
    """Collapse runs of spaces/tabs (PDF extraction pads words irregularly)."""
    return _SPACES.sub(" ", text).strip()


def first_letter(text: str) -> str:
    """The first alphabetic character, skipping quotes and brackets ('“Dân vận”' -> 'D')."""
    for ch in text:
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return ""
    return ""


def starts_lower(text: str) -> bool:
    ch = first_letter(text[:3]) if text else ""
    return bool(ch) and ch.islower()


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


SENTENCE_END = (".", "!", "?", "…", ":", ";", ".\"", ".”", ".)", "./.")


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


_BREAK = re.compile(r"[.!?…]+[\"”)]?\s+")


def first_sentence_end(text: str) -> int:
    """Offset just after the first sentence when another sentence follows (0 if none).

    A break is sentence punctuation, space, then an upper-case letter; "Covid -19."
    or "đ/c." style dots before lower case do not count.
    """
    for m in _BREAK.finditer(text):
        nxt = text[m.end():m.end() + 3]
        ch = first_letter(nxt)
        if ch and ch.isupper():
            return m.end()
    return 0


def sentences(text: str) -> list[str]:
    out, rest = [], text
    while True:
        end = first_sentence_end(rest)
        if not end:
            break
        out.append(rest[:end].strip())
        rest = rest[end:]
    if rest.strip():
        out.append(rest.strip())
    return out


# Numerals as reports write them: 135.697 / 84,61% / 22/26 / 5.903.359.000đ / 01
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)?%?")


def numbers_in(text: str) -> list[str]:
    """Every numeral in the text, in order (a plain regex: figures, dates and codes alike)."""
    return [m.group(0).rstrip(".,") for m in NUMBER.finditer(text)]


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII slug: 'Bù Đăng 6 tháng' -> 'bu-dang-6-thang' (đ is not decomposable, map it)."""
    t = nfc(text).replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    if len(t) > max_len:
        t = t[:max_len].rsplit("-", 1)[0]
    return t


_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|\w+")
STOPWORDS = frozenset("""và các của có được trong với cho là đã những này đó một để theo từ tại về như
thì mà khi đến cũng còn nên do trên ra vào lại rất sẽ đang""".split())


def keyword_tokens(text: str) -> list[str]:
    """Lowercase NFC syllables with diacritics kept, plus syllable bigrams.

    Vietnamese words are mostly two syllables ("phụ nữ", "giao quân"); the
    bigram ``phụ_nữ`` lets BM25 prefer the word over its syllables scattered
    through a long paragraph.  Stopwords are dropped from unigrams only.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = nfc(text)
    syl = _TOKEN.findall(text.lower())
    return [s for s in syl if s not in STOPWORDS] + [a + "_" + b for a, b in zip(syl, syl[1:])]


def fold(text: str) -> str:
    """Lowercase, NFC, single-spaced: for comparing headings."""
    return squash(nfc(text).lower()).strip(" .:;")
