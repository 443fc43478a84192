"""Phrases around a number of a report: its sentence and clause, the noun after it, the verb before it, its quote.

Sentences end at ``.``, ``!``, ``?``, a new line, or ``…`` before a capital; clauses also at
``;`` and ``: ``.  The noun phrase after a number runs to punctuation (a comma only where
what follows is not the next figure's words), another number, or a word that opens another
part of the clause (``với``, ``trị giá``, ``tăng``…).  The verb phrase before it is the clause's
words since the figure before it, its subject and other figures left out, taken in whole
comma-separated pieces nearest first until they say enough (``ENOUGH`` words); a fronted
adverbial (``Trong 6 tháng đầu năm,``) or an opener (``trong đó``) ends it.  Closed-class
words never end a phrase.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.extract import Mention

ENOUGH = 5  # words of a verb phrase that say enough: earlier comma-separated pieces are not taken

#: Upper-case Latin letters, Vietnamese ones included (``À-Ỹ`` as a range would take lower case too).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and unicodedata.name(c, "").startswith("LATIN"))

#: Closed-class words a label or a phrase does not end on (nor start on, for the first group).
EDGE_WORDS = frozenset(
    "và với cho của là được đã đang sẽ có các những trong tại ở về theo trên từ đến để do bởi nhằm thì mà "
    "nhưng hoặc cùng như này đó bằng gồm tổng khoảng gần hơn dưới đạt chiếm mỗi còn làm".split())

LEAD_WORDS = frozenset("và với cho là được đã đang sẽ có thì mà nhưng hoặc cùng còn đó".split())

#: A fronted adverbial of time or occasion opens a sentence without saying what is counted.
_ADVERBIAL = re.compile(r"(?i)^\W*(?:trong|tính\s+đến|tính\s+từ|đến|từ|qua|sau|nhân\s+dịp|năm|đầu|cuối|hiện\s+nay|"
                        r"hằng|hàng|so\s+với|cùng\s+kỳ|kết\s+quả)(?!\w)")

#: A tense marker between a clause's subject and its verb (``Cơ quan Công an đã điều tra``): the verb phrase
#: starts after it.
_ASPECT = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|vừa)\s+(?=\w)")

_OPENER = re.compile(r"(?i)^\s*(?:trong\s+đó|ngoài\s+ra|riêng|cụ\s+thể|gồm|bao\s+gồm)(?!\w)")

#: Phrases that open a clause without saying what is counted.
_LEAD_PHRASE = re.compile(r"(?i)^(?:trong\s+đó|ngoài\s+ra|qua\s+đó|từ\s+đó|đồng\s+thời|tiếp\s+tục|hiện\s+nay|"
                          r"nâng\s+lên|trong\s+kỳ|cụ\s+thể)$")

_STOP_AFTER = re.compile(r"[;:.()\[\]…!?\n]|/(?=\s*\d)|\s[-–]\s|\d")

_PERIOD_WORDS = frozenset("năm tháng quý ngày".split())

#: Words that end the noun phrase after a number: what follows is another part of the clause.
_NOUN_END = frozenset("với tổng tăng giảm đạt bằng là gồm để nhằm thuộc nhưng hoặc chiếm mỗi riêng".split())

_NOUN_END_PAIRS = frozenset({("trị", "giá"), ("giá", "trị"), ("số", "tiền"), ("so", "với"), ("trong", "đó"),
                             ("bình", "quân"), ("kinh", "phí"), ("qua", "đó"),
                             ("tương", "ứng"), ("tương", "đương")})   # "tăng 51 người tương ứng với 8,36%"

_MONEY_HEAD = re.compile(r"(?i)((?:với\s+)?(?:tổng\s+)?(?:số\s+tiền|trị\s+giá(?:\s+trị)?|giá\s+trị|kinh\s+phí|"
                         r"số\s+vốn|nguồn\s+vốn|ngân\s+sách|số\s+quỹ|quỹ|tiền\s+mặt|chi\s+phí|thiệt\s+hại|xử\s+phạt|"
                         r"phạt|thu|nộp|doanh\s+thu|tổng\s+giá\s+trị|tổng\s+trị\s+giá|tổng\s+kinh\s+phí)"
                         r"(?:\s+(?:là|được|trên|hơn|gần|khoảng|đạt))*\s*:?\s*)$")

_DIMENSION_BEFORE = re.compile(r"(?i)(chiều\s+dài|diện\s+tích|khối\s+lượng|trọng\s+lượng|sản\s+lượng|"
                               r"độ\s+dài|quãng\s+đường)(?:\s+(?:là|được|khoảng|gần|hơn|trên))*\s*:?\s*$")

_PERCENT_VERB = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:đã\s+)?(?:đạt|chiếm|là|bằng|được|tương\s+đương|ước\s+đạt)"
                           r"(?:\s+(?:tỷ\s+lệ|tỉ\s+lệ|khoảng|gần|hơn|trên))*|:)\s*$")

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|…(?=\s*[" + UPPER + r"])|\n")

_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|…(?=\s*[" + UPPER + r"])|\n|:\s")

LIST_DASH = re.compile(r"^\s*[-–+•*]\s*")

_WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*|\d[\d.,]*\d|\d|[“”«»(),]")

def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

def sentence_start(text: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        last = m.end()
    return last

def clause_start(text: str, pos: int) -> int:
    last = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        last = m.end()
    return last

def clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)

def words_of(text: str) -> list[str]:
    return _WORD.findall(text)

def trim(words: list[str], lead: bool = True) -> list[str]:
    """Drop closed-class words at the end (and at the start when ``lead``), and unmatched quotes."""
    while words and (words[-1].lower() in EDGE_WORDS or words[-1] in ("(", "“", "«", '"', ",")):
        words = words[:-1]
    while lead and words:
        if words[0].lower() in LEAD_WORDS or words[0] in (")", "”", "»", '"', ","):
            words = words[1:]
        elif len(words) > 1 and _LEAD_PHRASE.match(" ".join(words[:2])):
            words = words[2:]
        else:
            break
    return words

#: After a comma, a phrase with one of these is a clause of its own (a passive, a past, a cause), not more of the noun.
_CLAUSE_MARKERS = frozenset({"được", "đã", "bị", "do", "vì", "nên", "nhưng", "là"})


def noun_after(text: str, end: int, most: int = 12) -> list[str]:
    """The words after a number up to punctuation (a comma only before a word that opens another part),
    another number, or such a word."""
    return noun_span(text, end, most)[0]

def noun_span(text: str, end: int, most: int = 12) -> tuple[list[str], int]:
    """``noun_after`` and where the phrase ends in ``text``."""
    stop = _STOP_AFTER.search(text, end)
    hi = stop.start() if stop else len(text)
    out, last, cut = [], end, None
    found = list(_WORD.finditer(text, end, hi))
    for k, w in enumerate(found):
        low = w.group().lower()
        pair = (low, found[k + 1].group().lower()) if k + 1 < len(found) else None
        if out and low == "và" and stop and text[stop.start()].isdigit() and not re.search(r"[,;]", text[w.end():hi]):
            if cut:    # "xử lý 03 trường hợp, tạm giữ phương tiện và giấy phép lái xe 06 trường hợp": after the
                out, last = out[:cut[0]], cut[1]   # comma, the next one's words — as when the phrase runs into a number
            break   # "08 tập thể và 18 cá nhân", "12.109 phụ nữ và đào tạo nghề cho 112.229": the next figure's words
        if out and (low in _NOUN_END or pair in _NOUN_END_PAIRS):
            if cut:  # "15,57%, Tự vệ đạt …": after the last comma stands the next figure's subject
                out, last = out[:cut[0]], cut[1]
            break
        if w.group() == ",":
            cut = (len(out), last)
        out.append(w.group())
        if w.group() != ",":
            last = w.end()
        if len([x for x in out if x != ","]) == most:
            rest = _WORD.findall(text, cut[1], hi) if cut else []
            if cut and stop and text[stop.start()].isdigit() and len(rest) <= 4:
                out, last = out[:cut[0]], cut[1]   # "…, xử phạt 726,6 triệu": the next figure's verb
            break
    else:
        if cut and stop and text[stop.start()].isdigit():  # "143 vụ, hoà giải thành công 83 vụ": the next one's words
            out, last = out[:cut[0]], cut[1]
    if cut and len(out) > cut[0] and any(w.lower() in _CLAUSE_MARKERS for w in out[cut[0] + 1:]):
        out, last = out[:cut[0]], cut[1]   # "1 người, nguyên nhân được xác định do …": a clause of its own
    if stop and text[stop.start()].isdigit() and out and out[-1].lower() in _PERIOD_WORDS \
            and not _WORD.findall(text, last, hi):
        out.pop()                                        # "… công tác Hội năm 2019": a period, not the noun's
    while out and out[-1] == ",":
        out.pop()
    return out, last

def _drop_numbers(text: str, mentions: list[Mention], lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the figures in it (``7 nhà “Tình thương”, 8 nhà`` → ``nhà “Tình thương”, nhà``)."""
    out, pos = [], lo
    for m in mentions:
        if m.is_figure and lo <= m.num_start < hi:
            a = m.qualifier_start if m.qualifier_start is not None and m.qualifier_start >= pos else m.num_start
            out.append(text[pos:a])
            pos = max(pos, min(m.end, hi))
    out.append(text[pos:hi])
    return "".join(out)

#: A stretch of time named in passing (``trong 6 tháng``, ``sau 3 tháng``): when, not what.
_DURATION = re.compile(r"(?i)(?<!\w)(?:trong|sau|qua|gần|hơn)\s+\d+\s+(?:tháng|năm|quý|tuần|ngày)"
                       r"(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+(?:qua|vừa\s+qua))?(?!\w)")
_TIME_LEAD = re.compile(r"(?i)(?:(?<!\w)(?:trong|đến|tới|tính\s+đến|từ|qua|sau|hết|đầu|cuối|của)\s+)+$")


def without_periods(piece: str) -> str:
    """``Trong 6 tháng đầu năm lực lượng công an …`` → ``, lực lượng công an …``: the periods and stretches of
    time a clause names (with the preposition before them) are no part of what its number counts."""
    from service.periods import find_mentions

    spans = [(m.start, m.end) for m in find_mentions(piece) if m.period is not None]
    spans += [m.span() for m in _DURATION.finditer(piece)]
    for a, b in sorted(spans, reverse=True):
        lead = _TIME_LEAD.search(piece[:a])
        a = lead.start() if lead else a
        piece = piece[:a] + " , " + piece[b:]
    return piece


def verb_before(text: str, start: int, lo: int, mentions: list[Mention], org: str | None, most: int = 9) -> list[str]:
    """The clause's words before a number (from ``lo``), its subject and other figures left out."""
    piece = _drop_numbers(text, mentions, lo, start)
    if org:
        k = piece.find(org)
        if k >= 0:
            piece = piece[k + len(org):]
    dash = LIST_DASH.match(piece)
    if dash:
        piece = piece[dash.end():]
    marker = _ASPECT.search(piece)
    if marker and re.search(r"[^\W\d_]", piece[:marker.start()]):   # "Cơ quan Công an đã điều tra làm rõ": its subject
        piece = piece[marker.end():]
    piece = without_periods(piece)
    raw = re.split(r"[,(]", piece)
    segments = [trim(words_of(seg)) for seg in raw]
    words: list[str] = []
    for seg, text_of in zip(reversed(segments), reversed(raw)):  # whole comma-separated pieces, nearest first
        if _OPENER.match(text_of):  # "…, trong đó có 06 đảng viên": what came before is another clause
            words = seg + ([","] if words and seg else []) + words
            break
        if _ADVERBIAL.match(text_of):  # "Trong 6 tháng đầu năm, …": when, not what
            break
        if not seg:
            continue
        if words and (len(words) >= ENOUGH or len(words) + len(seg) > most):
            break
        words = seg + ([","] if words else []) + words
    words = trim(words)
    return words[-most:] if len(words) > most else words

def quote(text: str, m: Mention, before: int = 3, after: int = 4) -> str:
    """The phrase of the text around a number: a few words before it (in its clause), the number, the noun."""
    lo = clause_start(text, m.num_start)
    a = m.qualifier_start if m.qualifier_start is not None else m.num_start
    head = list(re.finditer(r"\S+", text[lo:a]))[-before:]
    start = lo + head[0].start() if head else a
    hi = clause_end(text, m.end)
    tail = list(re.finditer(r"[^\s,;.()]+", text[m.end:hi]))[:after]
    end = m.end + tail[-1].end() if tail else m.end
    return " ".join(text[start:end].split()).strip(" ,;:-–")

def fold_word(w: str) -> str:
    t = unicodedata.normalize("NFD", w.lower().replace("đ", "d"))
    return "".join(c for c in t if not unicodedata.combining(c))

def money_head(text: str, m: Mention, lo: int) -> str | None:
    hit = _MONEY_HEAD.search(text[lo:m.qualifier_start if m.qualifier_start is not None else m.num_start])
    return hit.group(1).strip() if hit else None

def dimension_before(text: str, m: Mention, lo: int) -> str | None:
    hit = _DIMENSION_BEFORE.search(text[lo:m.qualifier_start if m.qualifier_start is not None else m.num_start])
    return hit.group(1) if hit else None

def percent_before(text: str, m: Mention, lo: int, mentions: list[Mention], org: str | None) -> list[str]:
    """The phrase a percentage is of: the clause's words before ``đạt``/``chiếm``/``là``."""
    a = m.qualifier_start if m.qualifier_start is not None else m.num_start
    piece = text[lo:a]
    verb = _PERCENT_VERB.search(piece)
    hi = lo + (verb.start() if verb else len(piece))
    return verb_before(text, hi, lo, mentions, org, most=12)

def sentence_verb(text: str, pos: int, mentions: list[Mention], org: str | None, most: int = 8) -> list[str]:
    """The opening words of the sentence holding ``pos`` (after its list dash, adverbial and subject)."""
    s = sentence_start(text, pos)
    piece = _drop_numbers(text, mentions, s, pos)
    dash = LIST_DASH.match(piece)
    piece = piece[dash.end():] if dash else piece
    marker = _ASPECT.search(piece)
    if marker and re.search(r"[^\W\d_]", piece[:marker.start()]):   # its subject before "đã", "đang"
        piece = piece[marker.end():]
    piece = without_periods(piece).lstrip(" ,")
    if org and org in piece:
        piece = piece[piece.find(org) + len(org):]
    else:
        comma = piece.find(",")
        if 0 <= comma and len(piece[:comma].split()) <= 6 and re.match(r"(?i)\s*(?:trong|từ|đến|qua|nhân|sau|"
                                                                        r"tính|với|năm|đầu|cuối)\b", piece):
            piece = piece[comma + 1:]
    out: list[str] = []
    for w in words_of(piece):
        if w == "," and len(out) >= 3:
            break
        out.append(w)
        if len(out) >= most:
            break
    return trim(out)

def head_noun(words: list[str]) -> str:
    """The head of a noun phrase with no known count noun: one acronym, else up to two words before a comma
    (``bị can``, ``Việt kiều``, ``chuyên án``, ``CCB``)."""
    out: list[str] = []
    for w in words:
        if not w[0].isalpha() or w.lower() in EDGE_WORDS or w.lower() in _NOUN_END:
            break
        out.append(w)
        if len(out) == 1 and w.isupper() and len(w) > 1:
            break
        if len(out) == 2:
            break
    return " ".join(out)

def bare_quote(text: str, m: Mention, before: int = 2, after: int = 3) -> str:
    """The phrase around a number as the text writes it, without marks (what a standing fact is quoted by)."""
    return quote(text, m, before, after)

def fmt(value) -> str:
    from service.numbers import format_vn

    return format_vn(value)
