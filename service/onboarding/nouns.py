"""What a number counts, and in which unit, read from the words around it.

``unit_of`` gives the unit *as written*: a known count noun the phrase starts with
(``lượt người``, ``hộ``), else its head (one acronym, or up to two words before a comma:
``bị can``, ``Việt kiều``, ``chuyên án``); a measure word after a scale (``51 triệu tấn``)
makes a measure.  A number with no noun of its own takes the noun of the count just before
it in its sentence (``cảm hóa 11 người, thành công 2``), or, in ``X/Y chỉ tiêu``, the known
noun written before it (``hiến được đơn vị máu 248/800 chỉ tiêu``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.check import bare_money
from service.checker.extract import COUNT_UNITS, Mention
from service.checker.match import fold, initials_of, is_abbreviation
from service.checker.recognisers.events import HONOURS, RECIPIENTS
from service.checker.recognisers.vocab import WORD_COUNT_NOUNS
from service.figures.units import MEASURE, read_unit
from service.onboarding import phrases as P
from service.onboarding.indicators import indicator_unit
from service.onboarding.model import Para
from service.onboarding.planned import plan_mark_after

PLAN_NOUN = re.compile(r"(?i)^\s*(?:%\s*)?(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH)(?!\w)")
_UNITS = sorted(COUNT_UNITS, key=len, reverse=True)


_ABBREVIATION = re.compile(r"^[A-ZĐ]{2,}[a-z]?(?!\w)")   # "HVND", "CBCS", "ĐVTN": what a number counts, abbreviated
_SCALE_WORD = re.compile(r"(?i)(nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)")
_SCALES_SAID = re.compile(r"(?i)((?:(?:nghìn|ngàn)\s+)?(?:nghìn|ngàn|triệu|tỷ|tỉ))(?!\w)")


def money_unit(m: Mention) -> str:
    """A money figure's unit as the text writes it: ``tỷ đồng`` for ``955 tỷ đồng``, ``triệu đồng`` for ``1 tỷ
    500 triệu đồng`` (its smallest scale word), ``đồng`` for ``286.813.000 đ``, ``tỷ USD`` for ``1,02 tỷ USD``; per unit: ``đồng/suất``."""
    scales = _SCALES_SAID.findall(m.raw or "")   # "4,6 nghìn tỷ đồng": a scale on a scale, both said
    currency = m.unit if m.unit and m.unit != "đồng" else "đồng"    # "18,5 tỷ USD": in dollars
    unit = f"{' '.join(scales[-1].lower().split())} {currency}" if scales else currency
    return f"{unit}/{m.per}" if m.per else unit


def noun_words(p: Para, m: Mention) -> list[str]:
    """The noun phrase after a number; for ``X/Y noun``, the phrase after ``Y`` (``31 vụ/45 đối tượng vi phạm
    …``: the vụ are of ``vi phạm …``, not of ``đối tượng``)."""
    if m.pair_role == "numerator" and m.partner is not None:
        words = P.noun_after(p.text, p.mentions[m.partner].end)
        other = (p.mentions[m.partner].unit or P.head_noun(words)).lower().split() if not m.same_unit_pair else []
        return words[len(other):] if other and [w.lower() for w in words[:len(other)]] == other else words
    if plan_mark_after(p.text, m.end):
        return []
    return P.noun_after(p.text, m.end)


def _measure_head(words: list[str]) -> str | None:
    """``tấn hàng hóa`` after ``51 triệu``: a measure written as a word."""
    if not words or not words[0][0].isalpha():
        return None
    unit = read_unit(words[0])
    if unit is None or unit.kind != MEASURE or unit.text != P.nfc(words[0]).lower():  # "tân binh" is no "tấn"
        return None
    return unit.text


#: Words after a number that are no counted noun: what follows a sum of money written without its unit (``trị giá
#: 3.500.000 và …``, ``ủng hộ 5.000.000 cho quỹ``).
_NO_NOUN = frozenset("và cho để từ của với trong tại đến tới là được đã đang sẽ thì mà hoặc hay nhưng nên vì do bởi "
                     "theo trên dưới về ra vào lên xuống so tăng giảm đạt bằng chiếm gồm nay này đó trị giá ủng hỗ "
                     "trợ tiền mỗi một các những".split())


#: ``(tổng) số <noun>``: the noun a scaled number with no noun of its own counts (``Số thuê bao điện thoại … ước
#: tính đạt 128,12 triệu``) — unless the noun is money's (``số tiền``, ``số thu``, ``số vốn``, ``số dư nợ``).
_NUMBER_OF = re.compile(r"(?i)(?<!\w)(?:tổng\s+)?(?:số\s+(?:lượt\s+)?|lượt\s+"
                        # "sản lượng hành khách đạt gần 56,9 triệu": an output is counted, never money
                        r"|sản\s+lượng\s+(?:vận\s+chuyển\s+|thông\s+qua\s+|luân\s+chuyển\s+)?)(?!(?:tiền|thu|vốn|dư|nợ|chi|lãi|nộp|thuế|phí|lượng|liệu|"
                        r"đông|ít|nhiều|còn|đó|này|các|những|khác|lần)(?!\w))([^\W\d_]+(?:\s+[^\W\d_]+)?)")
#: Words between that noun and the number that make the number money after all (``số thuê bao … doanh thu đạt 5
#: triệu``).
_MONEY_BETWEEN = re.compile(r"(?i)(?<!\w)(?:tiền|vốn|doanh\s+thu|thu\s+nhập|lợi\s+nhuận|dư\s+nợ|kinh\s+phí|"
                            r"giá\s+trị|trị\s+giá|ngân\s+sách|quỹ|đồng|nộp|chi\s+phí|đầu\s+tư|cho\s+vay)(?!\w)")


def subject_noun(p: Para, m: Mention) -> str | None:
    """The counted noun a scaled number with none of its own takes from its sentence: ``Tổng số thuê bao di động …
    hiện nay là 121,12 triệu``, ``số thuê bao di động 2G … giảm khoảng 5 triệu nhưng thuê bao di động 3G tăng trên 3
    triệu`` (t5-nld-thuebao-2014-h1) count thuê bao. The nearest ``(tổng) số <noun>`` before the number in its
    sentence, with no money word between; across another figure only when the noun is named again after it."""
    start = P.sentence_start(p.text, m.num_start)
    before = p.text[start:m.qualifier_start or m.num_start]
    hits = list(_NUMBER_OF.finditer(before))
    if not hits:
        return _named_before(p, m, start, before)
    hit = hits[-1]
    head = P.head_noun(P.words_of(hit.group(1)))
    if not head or head.lower() in P.EDGE_WORDS:
        return None
    between = before[hit.end():]
    others = [f for f in p.figures if start + hit.end() <= f.num_start < m.num_start and f is not m]
    if others:
        after_last = p.text[max(f.end for f in others):m.qualifier_start or m.num_start]
        if not re.search(r"(?i)(?<!\w)" + re.escape(head.split()[-1]) + r"(?!\w)", after_last):
            return None   # named again, if only by its last word ("hành khách … , khách trong nước đạt 42,4 triệu")
        between = after_last
    if _MONEY_BETWEEN.search(between) or "%" in between:
        return None
    return head


def _named_before(p: Para, m: Mention, start: int, before: str) -> str | None:
    """``tổng lượt hành khách đi máy bay ước đạt 34,7 triệu, … Trong đó, khách quốc tế đạt 14,7 triệu``: a part said
    in the next sentence by the counted noun's last word counts the same noun (no money word between)."""
    hits = list(_NUMBER_OF.finditer(p.text, 0, start))
    if not hits or _MONEY_BETWEEN.search(before) or "%" in before:
        return None
    head = P.head_noun(P.words_of(hits[-1].group(1)))
    if not head or head.lower() in P.EDGE_WORDS:
        return None
    last = head.split()[-1]
    if not re.search(r"(?i)(?<!\w)" + re.escape(last) + r"(?!\w)", before):
        return None
    return f"lượt {head}" if re.search(r"(?i)(?<!\w)lượt\s", hits[-1].group(0)) else head


def kind_of(p: Para, m: Mention) -> str:
    """money, measure, percent or count.  A grouped round number with no unit is money only when no noun
    follows it (``118.000 HVND`` counts hội viên nông dân: an abbreviation names what is counted); a scaled
    number with nothing after it is money whose currency is left out (``đóng góp 996 triệu, 2.335 ngày công``)."""
    if m.kind in ("money", "measure", "percent"):
        return m.kind
    words = noun_words(p, m)
    if bare_money(m) and not _ABBREVIATION.match(" ".join(words)) \
            and (not words or words[0].lower() in _NO_NOUN or not words[0][:1].isalpha()):
        # "750.000 hành khách", "14,2 triệu thuê bao" (a national release) count what follows them
        return "count" if _scaled_subject(p, m) else "money"
    if m.kind in ("count", "ratio") and m.unit is None and not words and _SCALE_WORD.search(m.raw or "") \
            and (m.value or 0) >= 1_000_000:
        # "vận động được 5,565 tỷ/3,550 tỷ" (tpl-hamtan-mttq-2019) too; "số thuê bao … đạt 128,12 triệu" counts
        return "count" if _scaled_subject(p, m) else "money"
    if _scaled_noun(words) is not None:
        return _scaled_noun(words)[0]
    return "measure" if _measure_head(words) else "count"


def _scaled_subject(p: Para, m: Mention) -> str | None:
    """A number written with a scale word and nothing after it, in a sentence about ``số <noun>``: that noun."""
    return subject_noun(p, m) if _SCALE_WORD.search(m.raw or "") else None


#: ``… là``, ``… đạt``: the verb of the clause whose predicate the bare number is.
_PREDICATE_VERB = re.compile(r"(?i)(?<!\w)(?:là|đạt)\s*$")


def _predicate_subject(p: Para, m: Mention) -> str | None:
    """``đã tiếp 877 lượt công dân, tổng số đơn thư khiếu nại, tố cáo đã nhận là 88`` (yp-khong-ro-tinh-thanh-tra-
    tinh-2015-q1: «Số lượt nhận» 88 lượt): a bare number, the predicate of ``là``/``đạt``, in a clause whose subject is
    ``(tổng) số <noun>`` counts that noun — before the noun of a count earlier in its sentence is borrowed."""
    if not _PREDICATE_VERB.search(p.text[max(0, m.num_start - 12):m.qualifier_start or m.num_start]):
        return None
    noun = subject_noun(p, m)
    # "số nhà sập đổ, hư hỏng là 108" (t14-kienthuc-bao-pabuk-2019): the known noun the subject opens with, not the
    # two words the subject's pattern takes
    return (known_noun(noun.split()) or noun) if noun else None


_SCALES = {"nghìn": 10 ** 3, "ngàn": 10 ** 3, "vạn": 10 ** 4, "triệu": 10 ** 6, "tỷ": 10 ** 9, "tỉ": 10 ** 9}


def _scaled_noun(words: list[str]) -> tuple[str, int, str] | None:
    """``4,6 nghìn tỷ đồng`` (c-kongchro-ubnd-2023-9t), ``61,8 vạn tấn`` (t3-hatinh-nongnghiep-2022): a scale word
    the extraction left in the noun, then a currency or a measure — (kind, scale, unit in base words)."""
    if len(words) < 2 or words[0].lower() not in _SCALES:
        return None
    rest = words[1].lower()
    if rest in ("đồng", "đ", "usd"):
        return "money", _SCALES[words[0].lower()], rest
    unit = read_unit(words[1])
    if unit is not None and unit.kind == MEASURE and unit.text == P.nfc(words[1]).lower():
        return "measure", _SCALES[words[0].lower()], unit.text
    return None


def rescaled(p: Para, m: Mention, kind: str) -> tuple[Decimal, str] | None:
    """The value and unit of a figure whose scale word the extraction read as its noun: ``4,6 nghìn tỷ đồng`` is
    4.600 tỷ đồng (value in đồng, unit ``nghìn tỷ đồng``), ``61,8 vạn tấn`` 618.000 tấn; None for any other."""
    hit = _scaled_noun(noun_words(p, m))
    if hit is None or hit[0] != kind or m.value is None:
        return None
    _, scale, unit = hit
    if kind == "money":
        said = _SCALE_WORD.findall(m.raw or "")
        return m.value * scale, " ".join([*(w.lower() for w in said[-1:]), noun_words(p, m)[0].lower(),
                                          "đồng" if unit == "đ" else unit]).replace("usd", "USD")
    return m.value * scale, unit


def unit_before(p: Para, m: Mention) -> str | None:
    """``hiến được đơn vị máu 248/800 chỉ tiêu``: a known count noun written before a pair whose own noun is
    the plan it is measured against."""
    if m.partner is None or not PLAN_NOUN.match(" ".join(noun_words(p, m))):
        return None
    before = p.text[max(0, m.num_start - 30):m.qualifier_start or m.num_start].lower().rstrip()
    return next((u for u in _UNITS if before.endswith(" " + u) or before == u), None)


def _known_nouns() -> list[str]:
    """The checker's counted nouns, recipients and honours, longest first (``tập thể`` before ``tập``)."""
    return sorted(set(COUNT_UNITS) | set(WORD_COUNT_NOUNS) | set(RECIPIENTS) | set(HONOURS), key=len, reverse=True)


_KNOWN: list[str] = []


def known_noun(words: list[str]) -> str | None:
    """The longest noun of the checker's lists the phrase opens with, as written: ``tập thể`` for ``08 tập thể``
    (tpl-imc-doankhoi-2022), ``kỷ niệm chương`` for ``352 kỷ niệm chương`` (tpl-nld-phunu-tphcm-2011) — never a
    shorter noun the longer one starts with, nor two syllables cut from three (``khu dân`` of ``khu dân cư``)."""
    if not _KNOWN:
        _KNOWN.extend(_known_nouns())
    bare = [w for w in words if w != ","]
    low = " ".join(bare[:4]).lower()
    hit = next((u for u in _KNOWN if low == u or low.startswith(u + " ")), None)
    return " ".join(bare[:len(hit.split())]) if hit else None


def unit_of(p: Para, i: int, m: Mention) -> str:
    """The counted noun as written (see the module docstring)."""
    words = noun_words(p, m)
    measure = _measure_head(words)
    if measure and m.kind not in ("money", "percent"):
        return measure
    if m.unit:
        n = len(m.unit.split())
        bare = [w for w in words if w != ","]
        known = known_noun(bare)
        if known and len(known.split()) > n and known.lower().startswith(m.unit.lower()):
            return known                                  # "tập thể", not the "tập" it opens with
        return " ".join(bare[:n]) if [w.lower() for w in bare[:n]] == m.unit.split() else m.unit
    known = unit_before(p, m) or indicator_unit(p.text, m, words)
    if known:
        return known
    if words and words[0][0].isalpha() and not (m.partner is not None and PLAN_NOUN.match(" ".join(words))):
        head = P.head_noun(words)
        known = known_noun(words)
        if known and head and len(known) > len(head) and known.lower().startswith(head.lower()):
            return known                                  # "kỷ niệm chương", "khu dân cư": the whole noun
        if head:
            return head
    subject = (_scaled_subject(p, m) or _predicate_subject(p, m)) \
        if not words or words[0].lower() in _NO_NOUN or not words[0][:1].isalpha() else None
    if subject:
        return subject                # "Số thuê bao … đạt 128,12 triệu" (t5-nld-thuebao-2014-h1)
    for k in range(i - 1, -1, -1):  # "cảm hóa 11 người, thành công 2": the noun of the count before it
        prev = p.figures[k]
        if p.sentence_of(prev) != p.sentence_of(m):
            break
        if prev.kind in ("count", "ratio") and (prev.unit or noun_words(p, prev)):
            return unit_of(p, k, prev)
    return ""


def spell_initials(words: list[str], other: list[str]) -> list[str]:
    """``["TNGT", "đường", "bộ"]`` beside ``["tai", "nạn", "giao", "thông"]`` → ``["tai", "nạn", "giao", "thông",
    "đường", "bộ"]``: an all-caps token whose letters are the initials of a run of the other phrase's words
    (``Đ`` for ``đ``) is that run — nouns equal up to initials are the same noun. The checker's own reading of
    abbreviations (``service.checker.match.initials_of``), so both agree on what spells what."""
    runs = initials_of([fold(w) for w in other])
    if not runs:
        return words
    out: list[str] = []
    for w in words:
        key = fold(w)
        if w.isupper() and is_abbreviation(key) and key in runs:
            n, start = len(runs[key]), [fold(x) for x in other]
            at = next(k for k in range(len(start)) if tuple(start[k:k + n]) == runs[key])
            out += other[at:at + n]
        else:
            out.append(w)
    return out
