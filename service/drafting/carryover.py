"""Sentences carried over from last period that a reviewer must confirm or remove.

The offline engine (and a model told to follow last period's text) keeps last
period's wording and updates its numbers and calendar.  Two kinds of sentence
come through that no number check can catch:

* ``unchanged``: last period's sentence (numbers and years aside) stating no
  figure of this period — it may simply no longer be true;
* ``event``: a sentence about a dated, one-off event of last period — a date
  (``Sáng 27/12``), a named epidemic (``Covid-19``), a named person
  (``ông Nguyễn Kế Toại``, ``đối tượng Nguyễn Thức Lan``), a specific incident
  or a named place's petition (``người dân ở xã Hồng Sơn gửi đơn kiến nghị``).

Each is reported as a ``Carried`` span with its reasons in Vietnamese, shown
on the page in its own colour and in the .docx as a Word comment
(:data:`MARK`).  Events are recognised by grammar and notation — small named
recognisers composed in :func:`event_reasons` — not by the sample reports'
words; every word list below is an open-ended default a caller may extend.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

MARK = "giữ nguyên từ kỳ trước — cần xác nhận"

# --------------------------------------------------------------------------- letters and words

_VN_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
UP = "".join(sorted(set(_VN_LOWER.upper())))
LOW = _VN_LOWER
CAP = f"[{UP}][{LOW}]+"            # one capitalised syllable: "Nguyễn", "Hồng"
NAME = rf"{CAP}(?:\s+{CAP}){{1,3}}"  # two to four of them: "Hồng Sơn", "Nguyễn Thức Lan"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


#: Vietnamese surnames: a capitalised run of three or more syllables led by one is a person's name.
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô",
            "Hà", "Tạ", "Lương", "Châu", "Quách", "Cao", "Kiều", "Thái", "Lưu", "Tăng", "Hứa", "Chu", "Lục",
            "Triệu", "Nông", "Lò", "Quàng", "Giáp", "Khổng", "Mạc", "Âu")
#: Words that put a person's name after them: forms of address, ranks, roles in a case.
PERSON_CUES = ("ông", "bà", "anh", "chị", "em", "cháu", "cụ", "cô", "chú", "bác", "đồng chí", "đ/c", "đối tượng",
               "bị can", "bị cáo", "nghi phạm", "nạn nhân", "liệt sĩ", "liệt sỹ", "thương binh", "gia đình",
               "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
               "thiếu tá", "đại úy", "đại uý", "thượng úy", "thượng uý", "trung úy", "trung uý", "thiếu úy",
               "thiếu uý", "nhà báo", "bác sĩ", "nghệ nhân", "võ sư")
#: Names that recur in every period (a doctrine, the country), never a one-off person.
STANDING_NAMES = ("Hồ Chí Minh", "Việt Nam", "Tôn Đức Thắng", "Võ Nguyên Giáp")
#: Words before a person's name that make it the name of a place, school, award or movement instead.
NAMED_AFTER = ("đường", "phố", "trường", "THPT", "THCS", "tiểu học", "mầm non", "giải", "phong trào", "huân chương",
               "tư tưởng", "phong cách", "lăng", "cầu", "bảo tàng", "huyện", "tỉnh", "thị xã", "quận", "thành phố",
               "TP", "TP.")
#: Administrative and local units whose capitalised name makes a place specific.
PLACES = ("xã", "thị trấn", "phường", "thôn", "ấp", "bản", "buôn", "làng", "xóm", "khu phố", "tổ dân phố",
          "khóm", "sóc", "plei", "chợ", "trường", "cơ sở", "công ty", "nhà máy", "khu công nghiệp", "cụm công nghiệp")
#: Nouns of an epidemic or a disaster: followed by a proper or coded name it is one event.
DISASTERS = ("dịch", "đại dịch", "dịch bệnh", "bệnh", "vi rút", "virus", "bão", "cơn bão", "siêu bão",
             "áp thấp nhiệt đới", "lũ", "lũ quét", "sạt lở")
#: Epidemics named in lower case (no coded name), one-off outbreaks by default.
NAMED_OUTBREAKS = ("tả lợn châu Phi", "cúm gia cầm", "cúm A", "đậu mùa khỉ", "viêm da nổi cục", "lở mồm long móng")
#: Nouns of one incident; specific when a place, date or person pins them down.
INCIDENTS = ("vụ việc", "sự việc", "vụ án", "sự cố", "vụ cháy", "vụ nổ", "vụ tai nạn", "vụ tranh chấp",
             "vụ trộm", "vụ cướp", "vụ đánh nhau", "vụ giết người", "tai nạn", "hỏa hoạn", "hoả hoạn", "đuối nước")
#: A petition, complaint or gathering: with a named place, that place's own affair.
PETITIONS = ("đơn", "đơn thư", "kiến nghị", "khiếu nại", "khiếu kiện", "tố cáo", "phản ánh", "tập trung đông người",
             "biểu tình", "tranh chấp")
#: Words after "đơn" that make it another word ("đơn vị": a unit).
NOT_PETITION = ("vị", "giản", "lẻ", "điệu", "độc", "sơ", "thuần", "hàng", "giá")
#: First words of a capitalised run that make it an office or a body, not a person ("đồng chí Trưởng Ban …").
OFFICE_WORDS = ("Ban", "Hội", "Đảng", "Đoàn", "Ủy", "Uỷ", "Trưởng", "Phó", "Bí", "Chủ", "Giám", "Chỉ", "Thường",
                "Công", "Bộ", "Sở", "Phòng", "Mặt", "Nhân", "Liên", "Tổng", "Cục", "Viện", "Chi", "Tổ", "Cán",
                "Thủ", "Chánh", "Kiểm", "Quân", "Dân", "Đại", "Hội đồng")
#: Before a dated day, a commemoration (recurs every year), not an event of the period.
COMMEMORATION = ("kỷ niệm", "nhân dịp", "chào mừng", "ngày lễ", "ngày truyền thống", "ngày thành lập", "ngày sinh",
                 "ngày giải phóng", "ngày Thương binh", "ngày Quốc khánh")
#: Before a count, a word making an incident noun a statistic ("12 vụ", "các vụ việc").
QUANTIFIERS = ("các", "những", "nhiều", "một số", "mọi", "không", "không để", "chưa", "không có")


# --------------------------------------------------------------------------- recognisers (sentence → findings)

@dataclass(frozen=True)
class Finding:
    """One reason a sentence tells of a one-off event: its kind and the words that show it."""

    kind: str      # date | epidemic | person | incident | petition | place
    quote: str

    @property
    def reason(self) -> str:
        return _REASON[self.kind].format(quote=self.quote)


_REASON = {
    "date": "nêu ngày cụ thể «{quote}»",
    "epidemic": "nêu dịch bệnh, thiên tai cụ thể «{quote}»",
    "person": "nêu tên người «{quote}»",
    "incident": "nêu vụ việc cụ thể «{quote}»",
    "petition": "nêu kiến nghị, đơn thư của nơi cụ thể «{quote}»",
    "place": "nêu sự việc tại nơi cụ thể «{quote}»",
}

_DAY_MONTH = r"\d{1,2}\s?[/-]\s?\d{1,2}(?:\s?[/-]\s?\d{2,4})?"
_DATE = re.compile(
    rf"(?i)(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\s+ngày)?|ngày|hôm|vào)\s+({_DAY_MONTH})(?![\d/])"
    rf"|\bngày\s+(\d{{1,2}}\s+tháng\s+\d{{1,2}}(?:\s+năm\s+\d{{4}})?)"
    rf"|(?<![\d/.,])(\d{{1,2}}/\d{{1,2}}/\d{{4}})(?![\d/])")
_DOC_BEFORE = re.compile(r"(?i)(?:\bsố\s*:?\s*\S+|\d+[/-][A-ZĐ][\w/-]*)\s*,?\s*(?:ngày|$)\s*$")
_RANGE_BEFORE = re.compile(r"(?i)(?:\b(?:từ|tính từ|đến|tới|thời điểm)(?:\s+ngày)?|\d\s*[-–])\s*$")
_RANGE_AFTER = re.compile(r"(?i)^\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d")


def specific_dates(sentence: str) -> list[Finding]:
    """``Sáng 27/12``, ``Chiều ngày 16/4``, ``ngày 05/07/2021``; not a document's date, a period window or a commemoration."""
    out = []
    for m in _DATE.finditer(sentence):
        before, after = sentence[:m.start()], sentence[m.end():]
        g = next(i for i in (1, 2, 3) if m.group(i))
        head = sentence[max(0, m.start(g) - 50):m.start(g)]
        if _DOC_BEFORE.search(head) or _RANGE_BEFORE.search(sentence[max(0, m.start() - 12):m.start(g)]) \
                or _RANGE_AFTER.match(after):
            continue
        if re.search(rf"(?i)(?:{_alt(COMMEMORATION)})[^.;]{{0,50}}$", before):
            continue
        out.append(Finding("date", " ".join(m.group(0).split())))
    return out


_CODED = re.compile(rf"(?<![\w-])([{UP}A-Z][A-Za-z{LOW}]*\s?-\s?\d{{1,3}}|[A-Z]\d[A-Z]\d)(?![\w-])")
_DISASTER = re.compile(rf"(?i:\b(?:{_alt(DISASTERS)}))\s+(?:số\s+\d+|{NAME}|{CAP}(?=[\s,.;)]))")
_OUTBREAK = re.compile(rf"(?i)\b(?:dịch|bệnh|ổ dịch)\s+(?:{_alt(NAMED_OUTBREAKS)})")
_KNOWN_CODED = re.compile(r"(?i)\b(?:covid|sars|mers|ebola|zika|h\d+n\d+)\b")


def named_epidemics(sentence: str) -> list[Finding]:
    """``dịch Covid-19``, ``Covid -19``, ``cơn bão Noru``, ``bão số 9``, ``dịch tả lợn châu Phi``."""
    out, spans = [], []
    for m in _CODED.finditer(sentence):
        before = sentence[max(0, m.start() - 25):m.start()]
        if _KNOWN_CODED.match(m.group(1)) or re.search(rf"(?i)\b(?:{_alt(DISASTERS)})\s*$", before):
            out.append(Finding("epidemic", " ".join(m.group(1).split())))
            spans.append(m.span(1))
    for m in list(_DISASTER.finditer(sentence)) + list(_OUTBREAK.finditer(sentence)):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            out.append(Finding("epidemic", " ".join(m.group(0).split())))
            spans.append(m.span())
    return out


_CUED_NAME = re.compile(rf"(?i:\b(?:{_alt(PERSON_CUES)}))\s+({NAME})")
_SURNAME_NAME = re.compile(rf"(?<![\w])((?:{_alt(SURNAMES)})(?:\s+{CAP}){{2,3}})(?![\w])")


def named_people(sentence: str) -> list[Finding]:
    """``ông Nguyễn Kế Toại``, ``Đại tá Nguyễn Văn Tâm``, ``đối tượng Nguyễn Thức Lan``; not ``tư tưởng Hồ Chí Minh``."""
    out: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for m in list(_CUED_NAME.finditer(sentence)) + list(_SURNAME_NAME.finditer(sentence)):
        name = m.group(1)
        first = name.split()[0]
        if any(name.startswith(s) or s.startswith(name) for s in STANDING_NAMES):
            continue
        if first not in SURNAMES and first in OFFICE_WORDS:
            continue
        before = sentence[max(0, m.start(1) - 20):m.start(1)]
        if re.search(rf"(?i)\b(?:{_alt(NAMED_AFTER + PLACES)})\s*$", before):
            continue
        if any(a <= m.start(1) < b for a, b in spans):
            continue
        spans.append(m.span(1))
        out.append(Finding("person", name))
    return out


_PLACE = re.compile(rf"(?i:\b(?:{_alt(PLACES)}))\s+(?:{NAME}|{CAP})")
_AT_PLACE = re.compile(rf"(?i:\b(?:tại|ở)\s+(?:(?:các|những)\s+)?)((?i:{_alt(PLACES)})\s+(?:{NAME}|{CAP}))")
_INCIDENT = re.compile(rf"(?i)\b(?:{_alt(INCIDENTS)})\b")
_COUNTED = re.compile(rf"(?i)(?:\d+|\b(?:{_alt(QUANTIFIERS)}))\s*$")
_PETITION = re.compile(rf"(?i)\b(?:{_alt(PETITIONS)})\b(?!\s+(?:{_alt(NOT_PETITION)})\b)")


def named_places(sentence: str) -> list[Finding]:
    """An activity ``tại xã Đông Tiến``, ``ở thôn Thắng Hiệp``: last period's place, not necessarily this one's."""
    return [Finding("place", " ".join(m.group(1).split())) for m in _AT_PLACE.finditer(sentence)]


def specific_incidents(sentence: str, pinned: bool) -> list[Finding]:
    """``vụ việc``/``sự cố``/``vụ cháy`` not counted (``12 vụ``, ``các vụ việc``) and pinned to a place, date or person."""
    if not pinned and not _PLACE.search(sentence):
        return []
    out = []
    for m in _INCIDENT.finditer(sentence):
        if _COUNTED.search(sentence[max(0, m.start() - 14):m.start()]):
            continue
        out.append(Finding("incident", m.group(0)))
        break
    return out


def petitions(sentence: str) -> list[Finding]:
    """A petition or complaint and a named place in one sentence: ``người dân ở xã Hồng Sơn gửi đơn kiến nghị``."""
    place, what = _PLACE.search(sentence), _PETITION.search(sentence)
    if not (place and what):
        return []
    return [Finding("petition", f"{' '.join(place.group(0).split())} … {what.group(0)}")]


def event_findings(sentence: str) -> list[Finding]:
    """Every recogniser, composed: why ``sentence`` tells of a one-off event (empty: it does not)."""
    s = unicodedata.normalize("NFC", sentence)
    dates, people = specific_dates(s), named_people(s)
    found = dates + named_epidemics(s) + people + petitions(s)
    found += specific_incidents(s, pinned=bool(dates or people))
    if not any(f.kind == "petition" for f in found):
        found += named_places(s)
    seen, out = set(), []
    for f in found:
        if (f.kind, f.quote) not in seen:
            seen.add((f.kind, f.quote))
            out.append(f)
    return out


def event_reasons(sentence: str) -> list[str]:
    return [f.reason for f in event_findings(sentence)]


# --------------------------------------------------------------------------- sentences and their origin

_END = re.compile(r"[.;!?…]+[\"”’)]*\s+|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: cut after ``. ; ! ? …`` before a capital, a dash or a quote, and at line breaks."""
    spans, start = [], 0
    for m in _END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if m.group(0).strip() and nxt and not (nxt.isupper() or nxt in "-–“\"(•+"):
            continue
        end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(a + (len(text[a:b]) - len(text[a:b].lstrip())), b) for a, b in spans]


def skeleton(sentence: str) -> str:
    """What stays when a period moves on: case, numbers, spacing and end punctuation folded away."""
    s = unicodedata.normalize("NFC", sentence).casefold()
    s = re.sub(r"\d+(?:[.,]\d+)*", "#", s)
    return " ".join(s.split()).strip(" .;:-–")


class PriorText:
    """Last period's sentences, to tell whether a new sentence came from them."""

    def __init__(self, paragraphs: list[str], threshold: float = 0.86):
        self.threshold = threshold
        self.skeletons = [skeleton(p[a:b]) for p in paragraphs for a, b in sentence_spans(p)]
        self.exact = set(self.skeletons)

    def has(self, sentence: str) -> bool:
        sk = skeleton(sentence)
        if not sk:
            return False
        if sk in self.exact:
            return True
        for old in self.skeletons:
            if abs(len(old) - len(sk)) > 0.3 * max(len(old), len(sk)):
                continue
            sm = SequenceMatcher(None, old, sk, autojunk=False)
            if sm.quick_ratio() >= self.threshold and sm.ratio() >= self.threshold:
                return True
        return False


# --------------------------------------------------------------------------- what is carried

@dataclass
class Carried:
    """A sentence of a section's paragraph ``paragraph``, ``text[start:end]``, to confirm or remove."""

    paragraph: int
    start: int
    end: int
    text: str
    kind: str                                   # "unchanged" | "event"
    reasons: list[str] = field(default_factory=list)
    note: str = MARK

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Carried":
        return cls(**{k: d[k] for k in ("paragraph", "start", "end", "text", "kind") if k in d},
                   reasons=list(d.get("reasons", [])), note=d.get("note", MARK))


UNCHANGED_REASON = "câu của kỳ trước, không có số liệu kỳ này"


def _has_figure(checks, start: int, end: int) -> bool:
    for c in checks or []:
        verdict = c.verdict if hasattr(c, "verdict") else c.get("verdict")
        cs = c.start if hasattr(c, "start") else c.get("start", -1)
        if verdict != "not_a_figure" and start <= cs < end:
            return True
    return False


def find_carried(paragraphs, prior_paragraphs: list[str]) -> list[Carried]:
    """Sentences of ``paragraphs`` (``Paragraph``s or dicts with text/checks) that came from last period and need a look.

    A sentence counts as last period's when its skeleton (numbers, case and
    spacing folded) equals or closely matches one of ``prior_paragraphs``.
    It is reported when it states a one-off event, or when it states no figure.
    """
    if not prior_paragraphs:
        return []
    prior = PriorText(prior_paragraphs)
    out = []
    for i, p in enumerate(paragraphs):
        text = p.text if hasattr(p, "text") else p["text"]
        checks = p.checks if hasattr(p, "checks") else p.get("checks", [])
        for a, b in sentence_spans(text):
            sentence = text[a:b]
            if not prior.has(sentence):
                continue
            reasons = event_reasons(sentence)
            if reasons:
                out.append(Carried(i, a, b, sentence, "event", reasons))
            elif not _has_figure(checks, a, b):
                out.append(Carried(i, a, b, sentence, "unchanged", [UNCHANGED_REASON]))
    return out


def relocate(carried: list[dict], paragraphs) -> list[dict]:
    """Carried sentences still present, unchanged, in a new version of the section (offsets moved).

    A sentence a reviewer rewrote or edited is theirs now, so it is no longer carried.
    """
    texts = [p.text if hasattr(p, "text") else p["text"] for p in paragraphs]
    out, used = [], set()
    for d in carried:
        c = Carried.from_dict(d)
        order = ([c.paragraph] if 0 <= c.paragraph < len(texts) else []) + \
            [i for i in range(len(texts)) if i != c.paragraph]
        for i in order:
            at = texts[i].find(c.text)
            while at >= 0 and (i, at) in used:
                at = texts[i].find(c.text, at + 1)
            if at >= 0:
                used.add((i, at))
                out.append({**c.to_dict(), **{k: v for k, v in d.items() if k not in asdict(c)},
                            "paragraph": i, "start": at, "end": at + len(c.text)})
                break
    return out
