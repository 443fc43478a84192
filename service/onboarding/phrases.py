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
from service.numbers import format_vn
from service.periods import find_mentions

ENOUGH = 5  # words of a verb phrase that say enough: earlier comma-separated pieces are not taken

#: Upper-case Latin letters, Vietnamese ones included (``À-Ỹ`` as a range would take lower case too).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and unicodedata.name(c, "").startswith("LATIN"))

#: Closed-class words a label or a phrase does not end on (nor start on, for the first group).
EDGE_WORDS = frozenset(
    "và với cho của là được đã đang sẽ có các những trong tại ở về theo trên từ đến để do bởi nhằm thì mà "
    "nhưng hoặc cùng như này đó bằng gồm tổng khoảng gần hơn dưới đạt chiếm mỗi còn làm".split())

LEAD_WORDS = frozenset("và với cho là được đã đang sẽ có thì mà nhưng hoặc cùng còn đó riêng".split())

#: A closed-class word that closes a compound noun (``việc làm``, ``nhà ở``): kept at a label's end.
_COMPOUND_TAIL = {"làm": frozenset({"việc"}), "ở": frozenset({"nhà", "chỗ", "nơi"})}

#: Words that end a phrase without saying what is counted: the estimate mark (``doanh thu du lịch ước``, ``… dự kiến``),
#: ``lần lượt`` of a list, a judgement (``rất cao``), a rate named again after a comma (``…, tỉ lệ``).
_TAIL_PHRASE = re.compile(r"(?i)(?:^|\s)(?:,\s*)?(?:ước(?:\s+tính)?|dự\s+kiến|lần\s+lượt|(?:rất|khá|tương\s+đối)\s+"
                          r"(?:cao|thấp|lớn|nhỏ|nhiều|ít)|(?<=,\s)(?:tỷ|tỉ)\s+lệ)$")

#: A fronted adverbial of time or occasion opens a sentence without saying what is counted.
_ADVERBIAL = re.compile(r"(?i)^\W*(?:trong|tính\s+đến|tính\s+từ|tính\s+chung|đến|từ|qua|sau|nhân\s+dịp|năm|đầu|cuối|"
                        r"hiện\s+nay|hằng|hàng|so\s+với|cùng\s+kỳ|như\s+vậy|theo\s+đó|nhìn\s+chung|"
                        r"kết\s+quả(?=\W*$))(?!\w)")   # "Như vậy, CPI đã tăng 2,4%": a conclusion drawn, not what grew

#: A tense marker between a clause's subject and its verb (``Cơ quan Công an đã điều tra``, ``TP cũng giới thiệu
#: việc làm cho …``): the verb phrase starts after it.
_ASPECT = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|vừa)\s+(?=\w)")
_ALSO = re.compile(r"(?i)(?<=\w\s)cũng\s+(?=\w)")   # "Cũng theo …" opens a sentence: no subject before it


def _subject_end(piece: str):
    """The tense marker after a clause's subject; else ``cũng`` (``TP cũng giới thiệu …``) — a tense marker first, for
    ``cũng`` is also a typo of ``củng`` (``Công tác cũng cố, … toàn tỉnh đã xây dựng được 142 tổ``)."""
    return _ASPECT.search(piece) or _ALSO.search(piece)

_OPENER = re.compile(r"(?i)^\s*(?:trong\s+đó|ngoài\s+ra|riêng|cụ\s+thể|gồm|bao\s+gồm)(?!\w)")

#: Phrases that open a clause without saying what is counted.
_LEAD_PHRASE = re.compile(r"(?i)^(?:trong\s+đó|ngoài\s+ra|qua\s+đó|từ\s+đó|đồng\s+thời|tiếp\s+tục|hiện\s+nay|"
                          r"nâng\s+lên|trong\s+kỳ|cụ\s+thể|do\s+đó|nhờ\s+đó|vì\s+vậy|vì\s+thế|nổi\s+bật|"
                          r"đặc\s+biệt|tiêu\s+biểu|bên\s+cạnh|kết\s+quả)$")

_STOP_AFTER = re.compile(r"[;:.()\[\]…!?\n]|/(?=\s*\d)|\s[-–]\s|\d")

_PERIOD_WORDS = frozenset("năm tháng quý ngày".split())

#: Words that end the noun phrase after a number: what follows is another part of the clause.
_NOUN_END = frozenset("với tổng tăng giảm đạt bằng là gồm để nhằm thuộc nhưng hoặc chiếm mỗi riêng thì".split())

_NOUN_END_PAIRS = frozenset({("trị", "giá"), ("giá", "trị"), ("số", "tiền"), ("so", "với"), ("trong", "đó"),
                             ("bình", "quân"), ("kinh", "phí"), ("qua", "đó"),
                             ("tương", "ứng"), ("tương", "đương"),   # "tăng 51 người tương ứng với 8,36%"
                             ("trong", "khi"), ("nâng", "tổng"), ("đưa", "tổng")})

#: ``đạt`` before what the counted units reached is part of what is counted (``324.209 hộ đạt danh hiệu Gia đình văn
#: hóa``, ``18 xã đạt chuẩn văn hóa nông thôn``, ``589 KDC đạt KDC văn hóa``, ``18 thôn đạt thôn văn hóa 5 năm liền``),
#: not the start of another part of the clause: a number (``… đạt 95%``), a rate, a plan or a hedge before one
#: (``đạt tỷ lệ …``, ``đạt kế hoạch``, ``đạt khoảng …``).
_REACHED_TITLE = re.compile(r"(?i)\s+(?!(?:tỷ|tỉ|kế|chỉ|mục|dự|khoảng|gần|hơn|trên|dưới|xấp|bình|tổng|mức|được|và|"
                            r"so|là|cao|thấp|gấp|bằng)(?!\w))[^\W\d_]|\s+và\s+(?:giữ\s+vững|duy\s+trì)(?!\w)|\s*[“\"«]")

#: A short capitalised abbreviation in brackets just after a noun (``700 khu dân cư (KDC) đạt …``): the noun goes on.
_ABBREVIATION = re.compile(r"\(\s*[" + UPPER + r"][" + UPPER + r"0-9&/-]{1,9}\s*\)")

#: A number that is part of what is counted, not another figure: a grade or a rank after its word (``năm thứ 3``,
#: ``trường bán trú cấp 1``, ``đạt chuẩn mức độ 2``, ``học sinh lớp 12``, ``học sinh khối 9``), a run of years or an
#: age after it (``3 năm liên tục``).
_KEPT_BEFORE = re.compile(r"(?i)(?<!\w)(?:thứ|cấp|hạng|loại|bậc|khóa|khoá|lớp|khối|mức\s+độ|cấp\s+độ)\s*$")
_KEPT_AFTER = re.compile(r"(?i)^\s*(?:năm\s+liên\s+tục|năm\s+liền|(?:tháng\s+)?tuổi)(?!\w)")
_NUMBER_AT = re.compile(r"\d+(?:[.,]\d+)*")
_AT = re.compile(r"")


def kept_number(text: str, start: int) -> int | None:
    """Where the number at ``start`` ends when it is part of the noun phrase it stands in (else None)."""
    m = _NUMBER_AT.match(text, start)
    if not m or not (_KEPT_BEFORE.search(text[max(0, start - 12):start]) or _KEPT_AFTER.match(text[m.end():])):
        return None
    return m.end()

_MONEY_HEAD = re.compile(r"(?i)((?:với\s+)?(?:tổng\s+)?(?:số\s+tiền|trị\s+giá(?:\s+trị)?|giá\s+trị|kinh\s+phí|"
                         r"số\s+vốn|nguồn\s+vốn|ngân\s+sách|số\s+quỹ|quỹ|tiền\s+mặt|chi\s+phí|thiệt\s+hại|xử\s+phạt|"
                         r"phạt|thu|nộp|doanh\s+thu|tổng\s+giá\s+trị|tổng\s+trị\s+giá|tổng\s+kinh\s+phí)"
                         r"(?:\s+(?:là|được|trên|hơn|gần|khoảng|đạt))*\s*:?\s*)$")

_DIMENSION_BEFORE = re.compile(r"(?i)(chiều\s+dài|diện\s+tích|khối\s+lượng|trọng\s+lượng|sản\s+lượng|"
                               r"độ\s+dài|quãng\s+đường)(?:\s+(?:là|được|khoảng|gần|hơn|trên))*\s*:?\s*$")

_PERCENT_VERB = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:đã\s+)?(?:đạt|chiếm|là|bằng|được|tương\s+đương|ước\s+đạt)"
                           r"(?:\s+(?:tỷ\s+lệ|tỉ\s+lệ|khoảng|gần|hơn|trên))*|:)\s*$")

#: ``TP. Hồ Chí Minh``, ``TX. Sơn Tây``: the dot of a place's abbreviation before its name ends no sentence.
_ABBREVIATED = r"(?<!(?<!\w)TP)(?<!(?<!\w)Tp)(?<!(?<!\w)TX)(?<!(?<!\w)Tx)"
_SENTENCE_END = re.compile(r"[!?](?=\s|$)|" + _ABBREVIATED + r"\.(?=\s|$)|…(?=\s*[" + UPPER + r"])|\n")

_CLAUSE_END = re.compile(r"[!?;](?=\s|$)|" + _ABBREVIATED + r"\.(?=\s|$)|…(?=\s*[" + UPPER + r"])|\n|:\s")

LIST_DASH = re.compile(r"^\s*[-–+•*]\s*")

_WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*|\d[\d.,]*\d|\d|[“”«»(),]")

def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

def sentence_start(text: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        last = m.end()
    return last

def sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)

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
    while words:
        last = words[-1].lower()
        if len(words) > 1 and words[-2].lower() in _COMPOUND_TAIL.get(last, ()):
            break                                    # "tạo việc làm", "sửa chữa nhà ở": a compound noun
        if last in EDGE_WORDS or words[-1] in ("(", "“", "«", '"', ","):
            words = words[:-1]
            continue
        tail = _TAIL_PHRASE.search(" ".join(words))
        if not tail or tail.start() == 0 and len(words) < 3:
            break
        words = words_of(" ".join(words)[:tail.start()]) if tail.start() else []
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

def _stop_after(text: str, end: int):
    """Where the phrase after a number stops: punctuation or another number, past an abbreviation in brackets
    and a number that belongs to the noun."""
    pos = end
    while True:
        stop = _STOP_AFTER.search(text, pos)
        if stop is None:
            return None
        if stop.group() == "(" and _ABBREVIATION.match(text, stop.start()):
            pos = _ABBREVIATION.match(text, stop.start()).end()
            continue
        kept = kept_number(text, stop.start()) if stop.group().isdigit() and stop.start() > end else None
        if kept is None:
            return stop
        if not re.match(r"\s*[^\W\d_]", text[kept:]):
            return _AT.match(text, kept)        # "trường bán trú cấp 1, khám bệnh …": the noun ends with its grade
        pos = kept


def _opens_body(text: str, pos: int) -> bool:
    """After a comma, the name of an organisation: the next clause's subject (``…, Đoàn khối các cơ quan T.Ư
    thực hiện 126 công trình``), not more of the noun."""
    from service.onboarding.subjects import org_at   # subjects reads phrases: imported when used

    while pos < len(text) and text[pos] in " ,":
        pos += 1
    return pos < len(text) and text[pos].isupper() and org_at(text, pos) is not None


#: Words a noun phrase may run past ``most`` to its own end rather than be cut inside a compound (``học | sinh``).
_NOUN_SPILL = 5


def _phrase_tail(rest: list, stop) -> list:
    """``rest``: the phrase's ``most``-th word and the words after it.  The words after a noun phrase's ``most``-th up to where the phrase ends — a comma, a word that opens another
    part of the clause or a clause of its own (``bị``, ``được``), ``và``, or a full stop — when that end lies within ``_NOUN_SPILL``
    words; else none (the phrase runs on: cut where it is).  A number ahead is no end: its words may be the next
    figure's."""
    last, rest = rest[0].group().lower(), rest[1:]
    if last in ("và", "hoặc") or last in _CLAUSE_MARKERS:
        return []             # "… do não mô cầu và | không có tử vong": the phrase's twelfth word opened another
    for k, w in enumerate(rest[:_NOUN_SPILL + 1]):
        low = w.group().lower()
        pair = (low, rest[k + 1].group().lower()) if k + 1 < len(rest) else None
        if w.group() in (",", "(", ")", "“", "”") or low in _NOUN_END or pair in _NOUN_END_PAIRS or \
                low in ("và", "hoặc") or low in _CLAUSE_MARKERS:    # "… giao thông nông | thôn bị sạt trượt"
            return rest[:k]
    if len(rest) <= _NOUN_SPILL and (stop is None or not stop.group().isdigit()):
        return rest
    return []


def noun_span(text: str, end: int, most: int = 12) -> tuple[list[str], int]:
    """``noun_after`` and where the phrase ends in ``text``."""
    stop = _stop_after(text, end)
    hi = stop.start() if stop else len(text)
    out, last, cut, title = [], end, None, None
    skip = [m.span() for m in _ABBREVIATION.finditer(text, end, hi)]
    found = [w for w in _WORD.finditer(text, end, hi) if not any(a <= w.start() < b for a, b in skip)]
    for k, w in enumerate(found):
        low = w.group().lower()
        pair = (low, found[k + 1].group().lower()) if k + 1 < len(found) else None
        if low == "đạt" and out and _REACHED_TITLE.match(text, w.end()):
            title = title or (len(out), last)
            out.append(w.group())
            last = w.end()
            continue
        if out and low == "và" and stop and text[stop.start()].isdigit() and not re.search(r"[,;]", text[w.end():hi]):
            if cut:    # "xử lý 03 trường hợp, tạm giữ phương tiện và giấy phép lái xe 06 trường hợp": after the
                out, last = out[:cut[0]], cut[1]   # comma, the next one's words — as when the phrase runs into a number
            break   # "08 tập thể và 18 cá nhân", "12.109 phụ nữ và đào tạo nghề cho 112.229": the next figure's words
        if out and (low in _NOUN_END or pair in _NOUN_END_PAIRS):
            if cut:  # "15,57%, Tự vệ đạt …": after the last comma stands the next figure's subject
                out, last = out[:cut[0]], cut[1]
            break
        if w.group() == "," and out.count("“") > out.count("”"):
            out.append(w.group())          # "danh hiệu “Thôn, tổ dân phố văn hóa”": a comma inside a name
            continue
        if w.group() == ",":
            cut = (len(out), last)
            if out and _opens_body(text, w.end()):
                break                          # "…, Đoàn khối các cơ quan T.Ư thực hiện 126 …": the next subject
        out.append(w.group())
        if w.group() != ",":
            last = w.end()
        size = len([x for x in out if x != "," and not x[0].isdigit()])
        if most <= size < most + 6 and out.count("“") > out.count("”"):
            continue                       # "… danh hiệu “Thôn, tổ dân phố văn hóa”": a quoted name is read whole
        if size >= most:
            rest = _WORD.findall(text, cut[1], hi) if cut else []
            if cut and stop and text[stop.start()].isdigit() and len(rest) <= 4:
                out, last = out[:cut[0]], cut[1]   # "…, xử phạt 726,6 triệu": the next figure's verb
            elif cut and stop and text[stop.start()].isdigit() and (
                    any(x.lower() in _NOUN_END for x in rest) or
                    any((x.lower(), y.lower()) in _NOUN_END_PAIRS for x, y in zip(rest, rest[1:]))):
                out, last = out[:cut[0]], cut[1]   # "24.000 thí sinh dự thi, tỷ lệ đỗ … là 97,46%": another part
            else:
                tail = _phrase_tail(found[k:], stop)
                if tail:         # "… trong kỳ thi học | sinh giỏi cấp tỉnh.": the phrase ends a few words on
                    out += [x.group() for x in tail]
                    last = tail[-1].end()
            break
    else:
        if cut and stop and text[stop.start()].isdigit():  # "143 vụ, hoà giải thành công 83 vụ": the next one's words
            out, last = out[:cut[0]], cut[1]
    if cut and len(out) > cut[0] and any(w.lower() in _CLAUSE_MARKERS for w in out[cut[0] + 1:]):
        out, last = out[:cut[0]], cut[1]   # "1 người, nguyên nhân được xác định do …": a clause of its own
    if stop and text[stop.start()].isdigit() and out and out[-1].lower() in _PERIOD_WORDS \
            and not _WORD.findall(text, last, hi) and kept_number(text, stop.start()) is None:
        last = text.rfind(out.pop(), end, last)          # "… công tác Hội năm 2019": a period, not the noun's
    while out and out[-1] == ",":
        out.pop()
    if title and len(out) > title[0]:
        return out, title[1]   # the title is read as the noun's, but the phrase the recognisers read on from ends
    return out, last           # before it: "9.830 hộ đạt danh hiệu … chiếm gần 74%" is no share of the count

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
#: A comparison with an earlier period (``tăng 0,7% so với cùng kỳ và đạt …``): when, not what.
_SINCE = re.compile(r"(?i)(?<!\w)so\s+với\s+(?:cùng\s+kỳ|(?:năm|tháng|quý|tuần|kỳ)\s+(?:trước|ngoái))"
                    r"(?:\s+(?:năm|tháng|quý)\s+(?:trước|ngoái))?(?!\w)")
_TIME_LEAD = re.compile(r"(?i)(?:(?<!\w)(?:trong|đến|tới|tính\s+đến|từ|qua|sau|hết|đầu|cuối|của)\s+)+$")


def without_periods(piece: str) -> str:
    """``Trong 6 tháng đầu năm lực lượng công an …`` → ``, lực lượng công an …``: the periods and stretches of
    time a clause names (with the preposition before them) are no part of what its number counts."""
    spans = [(m.start, m.end) for m in find_mentions(piece) if m.period is not None]
    spans += [m.span() for m in _DURATION.finditer(piece)]
    merged: list[list[int]] = []
    for a, b in sorted(spans):    # "trong 06 tháng đầu năm 2024": a stretch and a period over the same words
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in reversed(merged):
        lead = _TIME_LEAD.search(piece[:a])
        a = lead.start() if lead else a
        piece = piece[:a] + " , " + piece[b:]
    return piece


#: ``quỹ nội bộ của Hội``, ``phối hợp với Hội …``: a body after a preposition is no subject of the clause.
_OWNED = re.compile(r"(?i)(?<!\w)(?:của|với|cho|tại|từ|thuộc|giữa)\s*$")

#: A subject that names the figure itself (``trị giá công tác Hội của huyện đã đạt trên 2,7 tỷ đồng``, ``Quỹ “Vì
#: người nghèo” của tỉnh đã vận động được …``): kept before its tense marker, not dropped as a body.
_FIGURE_SUBJECT = re.compile(r"(?i)^\W*(?:tổng\s+)?(?:số\s+tiền|giá\s+trị|trị\s+giá|kinh\s+phí|doanh\s+thu|quỹ|"
                             r"nguồn\s+vốn|vốn|ngân\s+sách|tỷ\s+lệ|tỉ\s+lệ)(?!\w)")

#: A count's own name inside a long phrase: ``… nâng tổng số câu lạc bộ gia đình …``.
_TOTAL_AT = (("nâng", "tổng"), ("đưa", "tổng"))
_SPILL = 2   # words a phrase may run over ``most`` rather than be cut inside ("tiếp nhận và triển khai …")
_WHOLE = 5   # … and, with no comma or conjunction to cut at, rather than be cut at a guess inside a word


def _subject_at(piece: str, k: int) -> bool:
    """The body named at ``k`` is the clause's subject: nothing but a fronted adverbial or punctuation before it
    (``trị giá công tác Hội …``, ``quỹ nội bộ của Hội``: a name inside the phrase, not its subject)."""
    before = piece[:k]
    if _OWNED.search(before):
        return False
    before = LIST_DASH.sub("", without_periods(before), count=1).strip(" ,")
    return not re.search(r"[^\W\d_]", before) or piece[:k].rstrip().endswith((",", ":"))


#: A verb that only sets another going (``vận động hỗ trợ …``, ``phối hợp tổ chức …``): the first words dropped when a
#: phrase is too long.
_MOBILISE = re.compile(r"(?i)^(?:vận\s+động|phối\s+hợp|kêu\s+gọi|chỉ\s+đạo|tiếp\s+tục)$")
_JOINS = frozenset({",", "và", "hoặc", "thì", "mà", "nhưng", "là", "để", "nhằm"})


def _cut(words: list[str], most: int) -> list[str]:
    """The last words of a phrase (about ``most``), started after a comma or a conjunction when one lies there;
    with none, the whole phrase up to ``most + _WHOLE`` words (``vận động hỗ trợ xây dựng và sửa chữa nhà ở``, six
    words wanted: never ``dựng và sửa chữa nhà ở``, cut inside ``xây dựng``)."""
    if len(words) > 3 and _MOBILISE.match(" ".join(words[:2])):
        words = words[2:]        # "vận động hỗ trợ xây dựng …": what was done says what is counted
    n = len(words)
    for k in range(max(1, n - most - _SPILL), n - most + 1):
        if words[k - 1].lower() in _JOINS:
            return trim(words[k:])
    return words if n <= most + _WHOLE else trim(words[-most:])


def verb_before(text: str, start: int, lo: int, mentions: list[Mention], org: str | None, most: int = 9) -> list[str]:
    """The clause's words before a number (from ``lo``), its subject and other figures left out."""
    piece = _drop_numbers(text, mentions, lo, start)
    if org:
        k = piece.find(org)
        if k >= 0 and _subject_at(piece, k):
            piece = piece[k + len(org):]
    dash = LIST_DASH.match(piece)
    if dash:
        piece = piece[dash.end():]
    marker = _subject_end(piece)
    if marker and re.search(r"[^\W\d_]", piece[:marker.start()]):   # "Cơ quan Công an đã điều tra làm rõ": its subject
        if _FIGURE_SUBJECT.match(re.split(r"[,(]", piece[:marker.start()])[-1]):
            piece = piece[:marker.start()] + piece[marker.end():]
        else:
            piece = piece[marker.end():]
    since = list(_SINCE.finditer(piece))
    if since:       # "… tăng 0,7% so với cùng kỳ và đạt …", "…, so với cùng kỳ năm trước, doanh thu du lịch …"
        piece = piece[since[-1].end():]
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
        if place_subject(text_of):   # "…, tỉnh Quảng Trị có 54 học sinh tham gia": where, not what
            break
        if not seg:
            continue
        if words and (len(words) >= ENOUGH or len(words) + len(seg) > most):
            break
        words = seg + ([","] if words else []) + words
    words = trim(words)
    if len([w for w in words if not w[0].isdigit()]) <= most + _SPILL:   # "3 năm liên tục": its number no word
        return words
    low = [w.lower() for w in words]
    total = [k for k in range(len(low) - 1) if (low[k], low[k + 1]) in _TOTAL_AT]
    if total and len(words) - total[-1] <= most + 4:
        return words[total[-1]:]
    return _cut(words, most)

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

def fold_text(text: str) -> str:
    """A text as its plain letters and digits, words one space apart (``11 tỉnh thành đạt kim ngạch xuất khẩu “tỷ
    đô”`` → ``11 tinh thanh dat kim ngach xuat khau ty do``): what a copy stripped of its marks still shares."""
    return " ".join(re.findall(r"[^\W_]+", fold_word(text)))


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

#: A place named as a clause's subject, with ``có`` (``toàn huyện có``, ``Thừa Thiên Huế có``, ``tỉnh Quảng Trị
#: có``): where the counted things are, not what they are.  Without ``có`` a place names the row (``…, thị xã Chí
#: Linh (13.829 hộ)``); an acronym (``THCS có 38 trường``) is no place.
_PLACE_WORD = r"(?:huyện|tỉnh|thành\s+phố|TP\.?|thị\s+xã|thị\s+trấn|xã|phường|quận)"
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and unicodedata.name(c, "").startswith("LATIN"))
_NAME_WORDS = r"(?:[" + UPPER + r"][" + _LOWER + r"]+\s+){1,4}"    # "Thừa Thiên Huế", not "THCS"
_PLACE_SUBJECT = re.compile(r"(?:(?i:toàn\s+(?:" + _PLACE_WORD[3:-1] + r"|quốc|ngành)|cả\s+nước)\s+|"
                            r"(?i:" + _PLACE_WORD + r")\s+" + _NAME_WORDS + r"|" + _NAME_WORDS + r")(?:đã\s+)?có\s*$")


def place_subject(piece: str) -> bool:
    """``piece`` (a clause's opening, up to a number) is only a place as its subject."""
    return bool(_PLACE_SUBJECT.match(LIST_DASH.sub("", piece).strip(" ,")))


#: The opener of a breakdown: ``…, trong đó có 3 giải nhất, 9 giải nhì``.
_BREAKDOWN = re.compile(r"(?i)(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm)(?:\s+có)?\s*:?\s*")


def _part_of(text: str, s: int, pos: int, mentions: list[Mention]) -> list[str] | None:
    """A figure in the list after a breakdown's opener is named by the count it breaks down: ``của`` and that
    count's noun phrase (``16 học sinh khối 9 đạt giải …, trong đó có 2 giải Nhì`` → ``của học sinh khối 9 đạt giải
    …``); nothing when the count stands in an earlier sentence (``Trong đó, có 9 giải Nhì``). None: no breakdown."""
    opener = None
    for hit in _BREAKDOWN.finditer(text, s, pos):
        opener = hit
    if opener is None:
        return None
    said, at = [], opener.end()
    for m in mentions:                # the list so far: figures and their nouns, nothing else
        if m.is_figure and at <= m.num_start < pos:
            said.append(text[at:m.qualifier_start if m.qualifier_start is not None else m.num_start])
            at = max(at, noun_span(text, m.num_end)[1])
    said.append(text[at:pos])
    if any(w.lower() not in ("và", "có") for w in words_of(" ".join(said)) if w[0].isalpha()):
        return None      # "Trong đó: hàng hóa quốc tế 405.000 tấn", "trong đó, khu vực …: 629 vụ": a part named
    whole = [m for m in mentions if m.is_figure and s <= m.num_start and m.end <= opener.start()]
    if not whole:
        return []
    words, _ = noun_span(text, whole[-1].num_end)
    unit = (whole[-1].unit or head_noun(words)).split()
    if len([w for w in words if w != ","]) <= len(unit):
        return []        # "… tại 20 tỉnh/TP, trong đó 08 đợt …": the count before names nothing more than its unit
    part = next((noun_after(text, m.num_end)[:1] for m in mentions if m.num_start == pos), [])
    if part and words and part[0].lower() == words[0].lower():
        return words[len(unit):]   # "… 24 giải tại Giải báo chí Trần Phú, trong đó 5 giải A": giải A of those giải
    return ["của", *words]


def sentence_verb(text: str, pos: int, mentions: list[Mention], org: str | None, most: int = 8) -> list[str]:
    """The opening words of the sentence holding ``pos`` (after its list dash, adverbial and subject); for a part of a
    breakdown, the count it breaks down (``_part_of``)."""
    s = sentence_start(text, pos)
    part = _part_of(text, s, pos, mentions)
    if part is not None:
        return trim(part, lead=False)
    semi = text.rfind(";", s, pos)
    if semi >= 0 and re.search(r"[^\W\d_]", _drop_numbers(text, mentions, semi + 1, pos)):
        s = semi + 1   # "… xuất khẩu ước đạt gần 4 triệu TEUs, tăng 17%; hàng container nhập khẩu ước đạt hơn 4,1 triệu
        # TEUs" (t26-vietnambiz-container-h1-2021): a semicolon opens a clause with its own subject (round 34)
    piece = _drop_numbers(text, mentions, s, pos)
    dash = LIST_DASH.match(piece)
    piece = piece[dash.end():] if dash else piece
    marker = _subject_end(piece)
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
    for k, w in enumerate(words):
        if not w[0].isalpha() or w.lower() in EDGE_WORDS or w.lower() in _NOUN_END:
            break
        out.append(w)
        if len(out) == 1 and w.isupper() and len(w) > 1:
            break
        if len(out) == 2:
            if _NAME_GOES_ON(w, words[k + 1] if k + 1 < len(words) else ""):
                out.append(words[k + 1])     # "giải Khuyến khích", "Ban Chấp hành": a name's syllables are not cut
            break
    return " ".join(out)


def _NAME_GOES_ON(word: str, after: str) -> bool:
    """``Khuyến`` + ``khích``: a capitalised syllable opening a name (title case, not an acronym) goes on with the
    lower-case syllable after it — the name is one word of two syllables, its second not to be cut off."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.lower() not in _NUMERAL and \
        len(after) > 1 and after.isalpha() and after.islower() and after not in EDGE_WORDS and after not in _NOUN_END


#: Numerals and ranks (a closed class): ``giải Ba``, ``giải Nhì`` are whole names of one syllable.
_NUMERAL = frozenset("một hai ba bốn tư năm lăm sáu bảy tám chín mười nhất nhì".split())

def bare_quote(text: str, m: Mention, before: int = 2, after: int = 3) -> str:
    """The phrase around a number as the text writes it, without marks (what a standing fact is quoted by)."""
    return quote(text, m, before, after)

def fmt(value) -> str:
    return format_vn(value)
