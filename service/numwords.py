"""Numbers written in words: Vietnamese read and written, English read.

- ``parse_words("một nghìn không trăm linh năm")`` → ``Decimal(1005)``; raises ``ValueError`` on
  anything that is not one well-formed number (``hai mươi năm`` is 20 then "năm"/year, not 25).
  Decimals after ``phẩy`` (``hai phẩy năm`` → 2,5; ``một phẩy không năm`` → 1,05; ``hai phẩy năm tỷ``
  → 2.500.000.000), as ``to_words`` writes them or digit by digit (``ba phẩy một bốn`` → 3,14).
- ``find_number_words(text)`` → every well-formed run of Vietnamese number words with its exact
  span in ``text`` (NFC or NFD, offsets in the text as given).  It is grammar only: whether
  ``một`` in ``một số`` is a quantity is the caller's call (the checker asks for a counted noun).
- ``to_words(value)`` → the value in words as an official text writes it (``1005`` → ``một nghìn
  không trăm linh năm``, ``21`` → ``hai mươi mốt``, ``2,5`` → ``hai phẩy năm``).
- ``parse_english_words`` / ``find_english_number_words``: English (``nine hundred ninety-nine``),
  read by ``text2num``.

Why our own Vietnamese reader: the PyPI readers tried (``vietnam-number`` 1.0.6, ``vn-numberwords``
0.2.0) read a pre-cut string leniently (``w2n("hai người")`` is 2) so they cannot tell where a
number ends in running text; ``vn-numberwords`` reads ``một triệu rưỡi`` as 1.000.000 and writes
85 as ``tám mươi năm``; ``vietnam-number`` is GPL-3.0 and writes ``lẽ`` for ``lẻ``; ``num2words``
(``lang="vi"``) writes 2023 as ``hai nghìn lẻ hai mươi ba``.  The grammar below is the strict one a
finder needs (tests check it against the standard reading of thousands of values).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

#: word → digit; ``mốt``/``tư``/``lăm``/``nhăm`` are units only after ``mươi``/``mười``/``linh``.
DIGITS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
          "chín": 9}
UNIT_ONLY = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
#: Words after which a scale word is no number but the first syllable of another word: ``tỷ lệ`` (rate),
#: ``tỷ trọng`` (share), ``tỷ số``/``tỷ suất`` (ratio), ``tỷ giá`` (exchange rate), ``tỷ phú``/``triệu phú``,
#: ``triệu chứng`` (symptom), ``triệu tập`` (to convene), ``triệu hồi`` (to recall).  ``hàng năm tỷ lệ hội viên``
#: holds no "five billion".
_TY_FRIENDS = ("lệ", "trọng", "số", "suất", "giá", "phú", "mỉ",
               "khiêu", "kheo")   # ``825 Tỷ khiêu Ni`` (bhikkhunī: yj-toan-quoc-giao-hoi-phat-giao-…-2016)
FALSE_FRIENDS = {"tỷ": _TY_FRIENDS, "tỉ": _TY_FRIENDS,
                 "triệu": ("chứng", "tập", "phú", "hồi")}
_OTHER = ("mười", "mươi", "chục", "trăm", "linh", "lẻ", "rưỡi", "phẩy")
VOCABULARY = tuple(DIGITS) + tuple(UNIT_ONLY) + tuple(SCALES) + _OTHER
#: words that make a run a number by their structure alone (not a lone digit word)
STRUCTURE = frozenset(("mươi", "chục", "trăm", "linh", "lẻ", "rưỡi", "phẩy") + tuple(SCALES))


def _forms(word: str) -> set[str]:
    return {unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)}


_MARK = "\u0300-\u036f"
#: Every form of every word: NFC and NFD, lower case, Capitalised, UPPER.  A case-sensitive
#: alternation opened by a first-character test is several times faster than ``re.I``.
_FORMS = sorted({f for w in VOCABULARY for v in (w, w.capitalize(), w.upper()) for f in _forms(v)}, key=len,
                reverse=True)
_WORD_RE = re.compile(rf"(?=[{''.join(sorted({f[0] for f in _FORMS}))}])(?<![\w{_MARK}])(?:{'|'.join(_FORMS)})"
                      rf"(?![\w{_MARK}])")
_GAP = re.compile(r"[ \t\u00a0]+\n?[ \t]*|\n[ \t]*")


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


# ---------------------------------------------------------------- reading

def parse_words(text: str) -> Decimal:
    """The value of one number written in Vietnamese words; ``ValueError`` if it is not exactly one."""
    toks = [_norm(t) for t in text.split()]
    if not toks:
        raise ValueError("no number words")
    return _value(toks)[0]


def _value(toks: list[str]) -> tuple[Decimal, int]:
    """(value, decimals written) of a run of number words, ``phẩy`` and its decimals included."""
    if "phẩy" not in toks:
        return Decimal(_number(toks, leading=True, final=True)), 0
    k = toks.index("phẩy")
    left, right, scale = toks[:k], toks[k + 1:], 1
    if right and right[-1] in SCALES and not any(t in SCALES for t in left):  # "hai phẩy năm tỷ"
        scale, right = SCALES[right[-1]], right[:-1]
    if not left or not right or "phẩy" in right:
        raise ValueError("'phẩy' without a number on each side")
    zeros = 0
    while zeros < len(right) and right[zeros] == "không":
        zeros += 1
    rest = right[zeros:]
    if not rest:
        digits = ""
    else:
        try:
            digits = str(_number(rest, leading=True, final=True))
        except ValueError:
            if not all(t in DIGITS for t in rest):
                raise
            digits = "".join(str(DIGITS[t]) for t in rest)  # "ba phẩy một bốn": digit by digit
    frac = "0" * zeros + digits
    value = Decimal(f"{_number(left, leading=True, final=True)}.{frac}") * scale
    return value, len(frac)


def _number(toks: list[str], leading: bool, final: bool) -> int | float:
    for scale in (10**9, 10**6, 10**3):
        at = [k for k, t in enumerate(toks) if SCALES.get(t) == scale]
        if not at:
            continue
        k = at[0]
        left, right = toks[:k], toks[k + 1:]
        if not left:
            raise ValueError(f"{toks[k]!r} without a number before it")
        lv = _number(left, leading, final=False)
        if not 0 < lv < (10**9 if scale == 10**9 else 1000):
            raise ValueError(f"{' '.join(left)!r} {toks[k]} is not a number")
        if left[-1] in SCALES and scale != 10**9:  # "một triệu nghìn"
            raise ValueError("scale words out of order")
        if not right:
            return lv * scale
        if right == ["rưỡi"]:
            return lv * scale + scale // 2
        rv = _number(right, leading=False, final=final)
        if rv >= scale:
            raise ValueError("scale words out of order")
        return lv * scale + rv
    return _group(toks, leading, final)


def _group(toks: list[str], leading: bool, final: bool) -> int:
    """A number below 1000: ``[D trăm] [mười U | D mươi U | D chục | linh D | D]``."""
    n, i, v, hundreds = len(toks), 0, 0, False
    if n >= 2 and toks[1] == "trăm" and toks[0] in DIGITS:
        if toks[0] == "không" and leading:
            raise ValueError("'không trăm' at the start")
        v, i, hundreds = DIGITS[toks[0]] * 100, 2, True
        if i < n and toks[i] == "rưỡi":
            v, i = v + 50, i + 1
    if i < n:
        t = toks[i]
        if t in ("linh", "lẻ"):
            if not (hundreds or not leading) or i + 2 != n:
                raise ValueError(f"{t!r} misplaced")
            u = toks[i + 1]
            d = DIGITS.get(u, UNIT_ONLY.get(u) if u == "tư" else None)
            if not d:
                raise ValueError(f"{u!r} after {t!r}")
            return v + d
        if t == "mười":
            v, i = v + 10, i + 1
            if i < n:
                u = toks[i]
                d = {"lăm": 5, "nhăm": 5, "tư": 4}.get(u, DIGITS.get(u) if u not in ("năm", "không") else None)
                if not d or i + 1 != n:
                    raise ValueError(f"{u!r} after 'mười'")
                return v + d
            return v
        if t in DIGITS and i + 1 < n and toks[i + 1] in ("mươi", "chục"):
            d = DIGITS[t]
            if d == 0 or (d == 1 and toks[i + 1] == "mươi"):
                raise ValueError(f"{t!r} {toks[i + 1]}")
            v, i = v + d * 10, i + 2
            if i < n:
                u = toks[i]
                if toks[i - 1] == "chục":
                    d = 5 if u == "rưỡi" else None
                else:
                    d = {"mốt": 1, "lăm": 5, "nhăm": 5, "tư": 4}.get(
                        u, DIGITS.get(u) if u not in ("năm", "không") else None)
                if not d or i + 1 != n:
                    raise ValueError(f"{u!r} after tens")
                return v + d
            return v
        if t in DIGITS and i + 1 == n and not hundreds:
            if not leading and final:
                raise ValueError(f"a lone {t!r} after a scale word")  # "hai triệu ba": colloquial, unsure
            return DIGITS[t]
        raise ValueError(f"{t!r} misplaced")
    if not hundreds:
        raise ValueError("empty group")
    return v


@dataclass(frozen=True, slots=True)
class WordNumber:
    """A number in words found in text: ``text[start:end]`` are its words."""

    start: int
    end: int
    value: Decimal
    words: tuple[str, ...]      # NFC, lower case
    structured: bool            # more than a lone digit word (``hai mươi``, ``ba trăm``, ``hai tỷ``)
    decimals: int = 0           # decimals written after ``phẩy`` (``hai phẩy năm`` → 1)

    @property
    def last_scale(self) -> int:
        """``nghìn``/``triệu``/``tỷ`` when it is the last word and scales the rest: ``hai mươi lăm nghìn`` → 1000."""
        last = self.words[-1]
        if last in SCALES and not any(SCALES.get(w, 0) >= SCALES[last] for w in self.words[:-1]):
            return SCALES[last]
        return 1


def find_number_words(text: str, start: int = 0, end: int | None = None) -> list[WordNumber]:
    """Every maximal well-formed Vietnamese number in words in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    out: list[WordNumber] = []
    run: list[re.Match] = []

    def flush():
        i = 0
        while i < len(run):
            for j in range(len(run), i, -1):
                words = [_norm(m.group()) for m in run[i:j]]
                try:
                    value, decimals = _value(words)
                except ValueError:
                    continue
                if words == ["không"] or words[0] in UNIT_ONLY:
                    continue
                out.append(WordNumber(run[i].start(), run[j - 1].end(), value, tuple(words),
                                      len(words) > 1 or words[0] in STRUCTURE, decimals))
                i = j
                break
            else:
                i += 1
        run.clear()

    for m in _WORD_RE.finditer(text, start, end):
        if run and not _GAP.fullmatch(text, run[-1].end(), m.start()):
            flush()
        if false_friend(text, m.start(), m.end()):
            flush()  # "năm tỷ lệ": the number, if any, ends before "tỷ"
            continue
        run.append(m)
    flush()
    return out


_NEXT_WORD = re.compile(rf"[ \t\u00a0]+((?:[^\W\d_]|[{_MARK}])+)")


def false_friend(text: str, start: int, end: int) -> bool:
    """Is the scale word ``text[start:end]`` the first syllable of a word that is no number (``tỷ lệ``)?"""
    friends = FALSE_FRIENDS.get(_norm(text[start:end]))
    if not friends:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt) and _norm(nxt.group(1)) in friends


# ---------------------------------------------------------------- writing

_D = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALE_NAMES = ("", "nghìn", "triệu", "tỷ")


def _three(n: int, full: bool) -> list[str]:
    h, t, u = n // 100, n // 10 % 10, n % 10
    w: list[str] = []
    if full or h:
        w += [_D[h], "trăm"]
    if t == 0:
        if u:
            if full or h:
                w.append("linh")
            w.append(_D[u])
    elif t == 1:
        w.append("mười")
        if u:
            w.append("lăm" if u == 5 else _D[u])
    else:
        w += [_D[t], "mươi"]
        if u:
            w.append({1: "mốt", 5: "lăm"}.get(u, _D[u]))
    return w


def _integer_words(n: int, leading: bool = True) -> list[str]:
    if n == 0:
        return ["không"]
    if n >= 10**9:  # "một nghìn tỷ", "hai tỷ không trăm linh năm triệu"
        high, low = divmod(n, 10**9)
        return _integer_words(high, leading) + ["tỷ"] + (_integer_words(low, False) if low else [])
    words, full = [], not leading
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        g = n // scale % 1000
        if g:
            words += _three(g, full) + ([name] if name else [])
            full = True
    return words


def to_words(value) -> str:
    """``value`` (int, Decimal, or a string in machine notation) in Vietnamese words.

    The decimals are read as a number after ``phẩy`` (``2,25`` → ``hai phẩy hai mươi lăm``), leading
    zeros one by one (``1,05`` → ``một phẩy không năm``); negative values start with ``âm``.
    """
    d = Decimal(str(value))
    if d < 0:
        return "âm " + to_words(-d)
    integer, _, frac = format(d, "f").partition(".")
    words = _integer_words(int(integer))
    frac = frac.rstrip("0")
    if frac:
        lead = len(frac) - len(frac.lstrip("0"))
        words += ["phẩy"] + ["không"] * lead + _integer_words(int(frac[lead:]))
    return " ".join(words)


# ---------------------------------------------------------------- English

@dataclass(frozen=True, slots=True)
class EnglishNumber:
    start: int
    end: int
    value: Decimal


_EN_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")


class _Tok:
    __slots__ = ("t", "start", "end")

    def __init__(self, m: re.Match):
        self.t, self.start, self.end = m.group(), m.start(), m.end()

    def text(self) -> str:
        return self.t

    def nt_separated(self, previous) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def parse_english_words(text: str) -> Decimal:
    """``nine hundred ninety-nine`` → 999 (``ValueError`` if it is not one English number)."""
    from text_to_num import text2num

    return Decimal(str(text2num(text.strip().lower(), "en")))


def find_english_number_words(text: str) -> list[EnglishNumber]:
    """English numbers in words in ``text`` (``one thousand``, ``twenty-five``), with exact spans."""
    from text_to_num import find_numbers

    toks = [_Tok(m) for m in _EN_TOKEN.finditer(text)]
    words = [k for k, t in enumerate(toks) if t.t[0].isalpha()]
    if not words:
        return []
    out = []
    for occ in find_numbers(toks, "en", 0):
        span = toks[occ.start:occ.end]
        if not any(t.t[0].isalpha() for t in span):
            continue  # digits already: not a number in words
        value = Decimal(str(occ.value))
        out.append(EnglishNumber(span[0].start, span[-1].end, value.to_integral_value() if value == int(value)
                                 else value))
    return out
