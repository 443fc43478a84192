"""Checks on a paragraph the model edited, beyond the checker's numbers.

The model edits a paragraph the offline engine already got right (numbers
and calendar facts of the period); each check below compares the model's
paragraph with that base and with what the section is about, and says what is
wrong in words the model (and a reviewer) can act on.  A check that knows the
one right replacement says so (``Finding.fix``); the editor substitutes it
itself instead of asking the model again.

Checks are small named functions composed in ``CHECKS``; ``review`` runs them
all.  Every check is a function of the text and a ``Subject`` (the base
paragraph, the section, the period), so each can be tested on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from service.calendar_facts import ANNIVERSARY, BRANCHES, LUNAR, STEMS, YEAR, can_chi, event_year
from service.checker.model import CheckReport, NumberCheck
from service.drafting.base import SectionContext

# -- what a check says ----------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a model paragraph.

    ``check``: the named check that found it; ``message``: Vietnamese, for the
    repair prompt and the reviewer's note; ``start``/``end``: the span in the
    text it is about (when it is about one); ``fix``: the one right text for
    that span, when the check knows it (``""`` deletes the span).
    """

    check: str
    message: str
    start: int | None = None
    end: int | None = None
    fix: str | None = None

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.start is not None


@dataclass
class Subject:
    """What a model paragraph is judged against."""

    base: str                            # the offline engine's paragraph: numbers and calendar right
    ctx: SectionContext
    base_report: CheckReport             # the checker's verdicts on ``base``
    check: Callable[[str], CheckReport]  # the checker, scoped to this section
    known_text: str = ""                 # text of this agency the paragraph may name things from

    @property
    def year(self) -> int:
        return self.ctx.period.year

    @property
    def prior_year(self) -> int:
        return self.ctx.prior_period.year if self.ctx.prior_period else self.year - 1

    @cached_property
    def base_codes(self) -> set[str]:
        """Indicators the base paragraph cites (their value, target or comparison)."""
        return {key[0] for key in facts(self.base_report.numbers) if key[0] != "derived"}


@dataclass
class Review:
    """The checker's report on a text and every finding of the checks."""

    text: str
    report: CheckReport
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def stated_codes(checks: list[NumberCheck]) -> set[str]:
    """Indicators whose period value a text states (as the evaluations count figure recall)."""
    return {c.source["ma"] for c in checks if c.verdict == "supported" and c.source and c.source.get("ma")
            and c.source.get("column", "ky_bao_cao") == "ky_bao_cao"}


# -- the checks -------------------------------------------------------------------
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """The checker's problems (unsupported, stale); the right value substituted where it is certain.

    Certain means: a stale number's current value (same indicator), or a value
    the checker proposes that the base paragraph states (the model garbled a
    number it was given).
    """
    out = []
    base_values = set(_NUMERAL.findall(subject.base))
    for n in report.to_review:  # a model's comparison without a base in the table is made up
        reason = (n.reason or ("số liệu kỳ trước" if n.verdict == "stale" else "không có trong bảng số liệu")).rstrip(".")
        fix = None
        if n.expected:
            want = _NUMERAL.search(n.expected)
            if want and (n.verdict == "stale" or want.group(0) in base_values):
                fix = _NUMERAL.sub(want.group(0), n.text, count=1)
        out.append(Finding("numbers", f"«{n.text}»: {reason}.", n.start, n.end, fix))
    return out


def _comparison_before(text: str, start: int) -> bool:
    return bool(re.search(r"(cùng kỳ|so với|kỳ trước|năm trước|trước đó)[^.;]{0,40}$", text[max(0, start - 60):start], re.I))


def calendar(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Years, the lunar year's name and anniversary counts as the period has them (the base's are right)."""
    out: list[Finding] = []
    year, prior = subject.year, subject.prior_year
    base = subject.base
    # lunar year names: the period's, or a name the base itself uses (a historical one, "Mậu Thân 1968")
    base_lunar = {m.group(0) for m in LUNAR.finditer(base)}
    for m in LUNAR.finditer(text):
        name = m.group(0)
        if name in base_lunar or name == can_chi(year):
            continue
        fix = can_chi(year) if name == can_chi(prior) else None
        out.append(Finding("calendar", f"«{name}» không phải năm âm lịch của kỳ báo cáo (năm {year} là {can_chi(year)}).",
                           m.start(), m.end(), fix))
    # anniversary counts: the same event as in the base, the base's count; a new one, from its event's year
    base_counts = {_event_key(m): m.group(1) for m in ANNIVERSARY.finditer(base)}
    for m in ANNIVERSARY.finditer(text):
        count, key = m.group(1), _event_key(m)
        want = base_counts.get(key)
        if want is None:
            event = event_year(m.group(0))
            want = str(year - event) if event else None
        if want is None:
            out.append(Finding("calendar", f"«{m.group(0).strip()}»: không có trong đoạn gốc, không kiểm chứng được "
                                           f"số năm kỷ niệm.", m.start(1), m.end(1)))
        elif int(count) != int(want):
            out.append(Finding("calendar", f"«{count} năm»: kỷ niệm tính đến năm {year} là {want} năm.",
                               m.start(1), m.end(1), want))
    # years: the previous period's year only where the base has it, or as a comparison
    base_years = Counter(m.group(1) for m in YEAR.finditer(base))
    seen: Counter = Counter()
    for m in YEAR.finditer(text):
        y = m.group(1)
        seen[y] += 1
        if not (year - 5 <= int(y) < year) or seen[y] <= base_years[y] or _comparison_before(text, m.start()):
            continue
        here = sum(1 for x in YEAR.finditer(text) if x.group(1) == str(year))
        fix = str(year) if base_years[str(year)] > here else None
        out.append(Finding("calendar", f"«{y}» là năm của kỳ trước; kỳ báo cáo là năm {year}.", m.start(1), m.end(1), fix))
    return out


def _event_key(m: re.Match) -> str:
    return " ".join((m.group(3) + m.group(4)).casefold().split())[:40]


def facts(checks: list[NumberCheck]) -> dict[tuple, NumberCheck]:
    """What a text states of the table: each cell it cites (``17/17`` cites the period value and the target)
    and each derived value, keyed so that ``03`` and ``3`` are the same fact."""
    out: dict[tuple, NumberCheck] = {}
    for c in checks:
        if c.verdict == "supported" and c.source and c.source.get("ma"):
            out.setdefault((c.source["ma"], c.source.get("column", "ky_bao_cao")), c)
        elif c.verdict == "derived" and c.value is not None:
            out.setdefault(("derived", round(float(c.value), 4)), c)
    return out


def coverage(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Every figure the base paragraph states — period values, targets, comparisons, ratios — the edit states too."""
    have = facts(report.numbers)
    missing = [c for key, c in facts(subject.base_report.numbers).items() if key not in have]
    if not missing:
        return []
    base = subject.base
    listed = "; ".join(f"«{_around(base, c.start, c.end)}»" for c in missing)
    return [Finding("coverage", f"Đoạn văn bỏ mất số liệu phải nêu như đoạn gốc: {listed}.")]


def _around(text: str, start: int, end: int, width: int = 25) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b].strip()


_WORD = re.compile(r"[^\W\d_]+")


def retained(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """A polish keeps the paragraph's content: 90% of its words, and no run of 6 or more of them cut out
    (``các hệ thống thông tin đại chúng như Đài truyền thanh huyện và``).  A reviewer's request may cut more."""
    if subject.ctx.instruction:
        return []
    base_words = _WORD.findall(subject.base)
    words = _WORD.findall(text)
    base, mine = Counter(w.casefold() for w in base_words), Counter(w.casefold() for w in words)
    total, kept = sum(base.values()), sum((base & mine).values())
    out = []
    if total and kept / total < 0.9:
        lost = [w for w in base_words if mine[w.casefold()] < base[w.casefold()]]
        out.append(Finding("retained", f"Đoạn văn bỏ mất nội dung của đoạn gốc (còn {kept}/{total} từ; mất: "
                                       f"«{' '.join(dict.fromkeys(lost))[:120]}»)."))
    matcher = SequenceMatcher(None, [w.casefold() for w in base_words], [w.casefold() for w in words], autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace") and (a1 - a0) - (b1 - b0) >= 6:
            out.append(Finding("retained", f"Đoạn văn bỏ mất «{' '.join(base_words[a0:a1])}» của đoạn gốc."))
    return out


def list_form(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """A list item stays a list item (``- `` at the start) and a plain paragraph stays plain."""
    base_dash, dash = subject.base.lstrip().startswith("- "), text.lstrip().startswith("- ")
    if base_dash and not dash:
        return [Finding("list_form", "Đoạn gốc là một ý gạch đầu dòng («- »).", 0, 0, "- ")]
    if dash and not base_dash:
        start = len(text) - len(text.lstrip())
        return [Finding("list_form", "Đoạn gốc không có gạch đầu dòng.", start, start + 2, "")]
    return []


_HEADING_NUMBER = re.compile(r"^(?:PHẦN\s+[IVXLC]+|[IVXLC]+\.|\d+(?:\.\d+)*\.?\)?|[a-zđ]\))\s+\S", re.I)
_SENTENCE_END = re.compile(r"[.;:!?…]\s*[\"”»)]?\s*$")


def heading_like(line: str) -> bool:
    """A numbered line (``2.3. …``, ``II. …``, ``a) …``), an all-capitals line or a short one without final punctuation."""
    s = line.strip()
    if not s:
        return False
    if _HEADING_NUMBER.match(s) and len(s.split()) <= 20 and not _SENTENCE_END.search(s):
        return True
    letters = [ch for ch in s if ch.isalpha()]
    if len(letters) >= 6 and all(ch.isupper() for ch in letters):
        return True
    return len(s.split()) <= 10 and not _SENTENCE_END.search(s) and not s.startswith(("-", "+", "•"))


def heading(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Lines that read as headings inside a body paragraph: deleted (a paragraph has no heading)."""
    out, pos = [], 0
    base_lines = {_key(line) for line in subject.base.splitlines()}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line) + (1 if i < len(lines) - 1 else 0)
        pos = end
        if len(lines) > 1 and heading_like(line) and _key(line) not in base_lines:
            out.append(Finding("heading", f"Dòng «{line.strip()}» giống tiêu đề, không phải nội dung đoạn văn.",
                               start, end, ""))
    return out


def _key(s: str) -> str:
    return " ".join(re.sub(r"[*_#:.\-–•]", " ", unicodedata.normalize("NFC", s)).split()).casefold()


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;!?…])\s+", text) if s.strip()]


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", text.casefold())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def copied(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Sentences copied unchanged from last period's text, and runs of words lifted from other reports' exemplars."""
    out = []
    base_sentences = {_key(s) for s in sentences(subject.base)}
    prior_sentences = {_key(s) for p in subject.ctx.prior_paragraphs for s in sentences(p)}
    for s in sentences(text):
        k = _key(s)
        if len(k.split()) >= 6 and k in prior_sentences and k not in base_sentences:
            out.append(Finding("copied", f"Câu «{_clip(s)}» chép nguyên từ báo cáo kỳ trước."))
    own = _shingles(subject.base) | _shingles(subject.known_text)
    mine = _shingles(text) - own
    for e in subject.ctx.exemplars:
        lifted = mine & _shingles(e.get("text", ""))
        if lifted:
            words = " ".join(sorted(lifted)[0])
            out.append(Finding("copied", f"Chép nguyên văn từ văn bản mẫu của đơn vị khác ({e.get('source') or 'mẫu'}): "
                                         f"«{words}…»."))
    return out


_ADMIN = r"(?:huyện|xã|tỉnh|thị trấn|thị xã|thành phố|phường|quận|thôn|ấp|bản|khu phố)"
_CAP = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*"
_NAME = re.compile(rf"(?<![\w])(?:{_ADMIN}\s+{_CAP}(?:\s+{_CAP})*|{_CAP}(?:\s+{_CAP})+)")


def names(text: str) -> list[re.Match]:
    """Proper names: a run of two or more capitalised words, or a place after an administrative noun."""
    return list(_NAME.finditer(unicodedata.normalize("NFC", text)))


#: Capitalised words any Vietnamese agency writes (the nation, the Party, holidays, lunar years): never foreign.
NATIONAL = set(("Việt Nam Đảng Cộng Nhà Nước Chính Phủ Quốc Hội Trung Ương Tổ Quốc Tết Nguyên Quốc Khánh Chủ Tịch "
                "Hồ Chí Minh Bác Nhân Dân Quân Đội Thương Binh Liệt Sĩ Sỹ Điện Biên Phủ Miền Nam Cách Mạng Tháng Tám "
                "Mặt Trận").split()) | set(STEMS) | set(BRANCHES)


def foreign(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Names of organisations or places this agency's own text never uses (another district's sentence).

    A name is known when each of its capitalised words is written capitalised
    somewhere in the base paragraph or the agency's own text (``Ban Chỉ đạo``
    is known from ``Ban CHQS`` and ``Chỉ thị``; ``Bù Đăng`` is not).
    """
    known = NATIONAL | set(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", f"{subject.base} {subject.known_text}")))
    out = []
    for m in names(text):
        parts = m.group(0).split()
        core = parts[1:] if re.fullmatch(_ADMIN, parts[0], re.I) else parts
        if m.start() == _sentence_start(text, m.start()) and len(core) > 1:
            core = core[1:]  # the first word of a sentence is capitalised anyway
        unknown = [w for w in core if w[:1].isupper() and w not in known]
        if unknown:
            out.append(Finding("foreign", f"«{m.group(0)}» không phải tên cơ quan, địa bàn của đơn vị báo cáo "
                                          f"(không có trong văn bản gốc).", m.start(), m.end()))
    return out


def _sentence_start(text: str, pos: int) -> int:
    m = None
    for m in re.finditer(r"(?:^|[.;!?…:]\s+|\n|^-\s*|\(\s*)", text[:pos + 1]):
        pass
    return m.end() if m else 0


_DIGIT_WORDS = "một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|linh|lẻ|trăm|nghìn|ngàn|triệu|tỷ|tỉ"
_WORD_RUN = re.compile(rf"(?<![\w])(?:{_DIGIT_WORDS})(?:\s+(?:{_DIGIT_WORDS}))+(?![\w])", re.I)


def number_words(text: str, subject: Subject, report: CheckReport) -> list[Finding]:
    """Numbers written in words that the base paragraph does not state.

    Read by ``service.numwords`` (the checker's reader) when it is installed;
    until then, any run of two or more number words new to the paragraph is
    refused (``một trăm năm mươi lăm``), which is safe: the figures come in
    digits from the base.
    """
    reader = _numwords()
    out = []
    if reader is not None:
        allowed = {v for v in (_as_number(x) for x in _NUMERAL.findall(subject.base)) if v is not None}
        allowed |= {w[2] for w in reader(subject.base)}
        for start, end, value in reader(text):
            if value not in allowed:
                shown = f"{value:g}".replace(".", ",")
                out.append(Finding("number_words", f"«{text[start:end]}» ({shown}): số viết bằng chữ không có "
                                                   f"trong đoạn gốc.", start, end))
        return out
    base_runs = Counter(_key(m.group(0)) for m in _WORD_RUN.finditer(subject.base))
    for m in _WORD_RUN.finditer(text):
        k = _key(m.group(0))
        if base_runs[k]:
            base_runs[k] -= 1
            continue
        out.append(Finding("number_words", f"«{m.group(0)}»: số viết bằng chữ không có trong đoạn gốc; "
                                           f"số liệu viết bằng chữ số như đoạn gốc.", m.start(), m.end()))
    return out


def _numwords():
    """``text -> [(start, end, value)]`` from ``service.numwords.find_number_words``, if that module exists."""
    try:
        from service import numwords  # the checker's reader of numbers in words (lands separately)
    except ImportError:
        return None
    find = getattr(numwords, "find_number_words", None)
    if find is None:
        return None

    def read(text: str) -> list[tuple[int, int, float]]:
        out = []
        for w in find(text):
            if isinstance(w, tuple):
                start, end, value = w[0], w[1], w[2]
            elif getattr(w, "structured", True):  # a lone digit word ("hai lớp") is the checker's to judge
                start, end, value = w.start, w.end, w.value
            else:
                continue
            out.append((start, end, float(value)))
        return out
    return read


def _as_number(s: str) -> float | None:
    try:
        return float(s.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def _clip(s: str, n: int = 80) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "…"


Check = Callable[[str, Subject, CheckReport], list[Finding]]

#: Every check a model paragraph passes, in the order their findings are reported.
CHECKS: dict[str, Check] = {
    "heading": heading,
    "numbers": numbers,
    "calendar": calendar,
    "coverage": coverage,
    "retained": retained,
    "list_form": list_form,
    "number_words": number_words,
    "copied": copied,
    "foreign": foreign,
}


def review(text: str, subject: Subject) -> Review:
    """The checker's report on ``text`` and every check's findings."""
    text = unicodedata.normalize("NFC", text)
    report = subject.check(text)
    findings = [f for check in CHECKS.values() for f in check(text, subject, report)]
    return Review(text, report, findings)


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, list[str]]:
    """``text`` with every known fix substituted (non-overlapping, right to left) and what was changed."""
    done, last = [], len(text) + 1
    for f in sorted((f for f in findings if f.fixable), key=lambda f: f.start, reverse=True):
        if f.end > last:
            continue
        old = text[f.start:f.end]
        text = text[:f.start] + f.fix + text[f.end:]
        last = f.start
        done.append(f"«{old.strip()}» → «{f.fix}»" if old.strip() and f.fix else
                    f"bỏ «{old.strip()}»" if old.strip() else f"thêm «{f.fix.strip()}»")
    done.reverse()
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    return text, done
