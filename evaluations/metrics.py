"""Fact-consistency and register metrics of one drafted report.

Pure functions of a ``Draft`` (plus the figures tables and the prior edition),
so they can be tested on hand-made drafts and recomputed from a stored
``drafts/<case>.json``.  Counts are kept next to ratios so runs aggregate by
summing counts (micro averages), never by averaging ratios.

The stale-number count has two halves: the checker's own ``stale`` verdicts,
and an independent scan (a prior-period value of an indicator whose value
changed, written in the text with that indicator's unit and not as the
comparison value) so a checker that misses staleness cannot hide it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from service.checker.model import NumberCheck
from service.draft import Draft, Paragraph
from service.figures.model import FigureTable
from service.figures.schema import fold

GOOD_VERDICTS = ("supported", "derived")


@dataclass(frozen=True)
class Metric:
    """How a metric reads in reports and compares across runs.

    ``better``: "up", "down" or None (informational); ``tolerance``: how much
    worse it may get before a comparison calls it a regression.
    """

    label: str
    better: str | None
    tolerance: float = 0.0
    ratio: bool = False
    must_be_zero: bool = False


METRICS: dict[str, Metric] = {
    "numeric_precision": Metric("numeric precision", "up", 0.01, ratio=True),
    "figure_recall": Metric("figure recall", "up", 0.02, ratio=True),
    "stale_numbers": Metric("stale numbers", "down"),
    "stale_verdict": Metric("stale (checker verdict)", "down"),
    "stale_independent": Metric("stale (independent scan)", "down"),
    "stale_unmarked": Metric("stale, delivered unmarked", "down"),
    "unsupported_unmarked": Metric("unsupported, unmarked", "down", must_be_zero=True),
    "problems_marked": Metric("problems, marked for review", "down", 2),
    "marked_paragraphs": Metric("paragraphs marked", "down", 2),
    "section_coverage": Metric("section coverage", "up", 0.0, ratio=True),
    "section_text_coverage": Metric("sections with text", "up", 0.0, ratio=True),
    "first_person": Metric("first person", "down"),
    "colloquial": Metric("colloquial/foreign words", "down"),
    "questions_exclamations": Metric("questions, exclamations", "down"),
    "abbr_unexpanded": Metric("abbreviations before expansion", "down"),
    "sentence_words_mean": Metric("sentence length, mean words", None),
    "sentence_words_p95": Metric("sentence length, p95 words", None),
    "numbers_figures": Metric("figures stated", None),
    "model_paragraph_share": Metric("model's paragraphs kept", "up", 0.05, ratio=True),
    "fallback_paragraphs": Metric("paragraphs replaced by fallback", "down", 2),
    "repair_rounds": Metric("repair rounds", "down", 2),
    "llm_calls": Metric("model calls", None),
}


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


# -- numbers ------------------------------------------------------------------
def numeric_counts(checks: list[NumberCheck]) -> dict:
    """Figures are every checked number except ``not_a_figure`` and ``standing`` (a fact of the agency, no figure
    of the period); good ones are supported or derived."""
    figures = [c for c in checks if c.verdict not in ("not_a_figure", "standing")]
    good = sum(c.verdict in GOOD_VERDICTS for c in figures)
    return {"numbers_figures": len(figures), "numbers_good": good,
            "numeric_precision": ratio(good, len(figures))}


def stated_codes(checks: list[NumberCheck]) -> set[str]:
    """Indicators whose period value the text states (not their prior value or target)."""
    return {c.source["ma"] for c in checks
            if c.verdict == "supported" and c.source and c.source.get("ma")
            and c.source.get("column", "ky_bao_cao") == "ky_bao_cao"}


def figure_recall(stated: set[str], assigned: set[str]) -> dict:
    hit = stated & assigned
    return {"figures_assigned": len(assigned), "figures_stated": len(hit),
            "figure_recall": ratio(len(hit), len(assigned)),
            "figures_missing": sorted(assigned - stated)}


def unsupported_unmarked(located: list[tuple[str, Paragraph]]) -> list[dict]:
    """Problem verdicts in paragraphs delivered as clean (``marked=False``): must be none."""
    return [{"section": where, "number": c.text, "verdict": c.verdict, "reason": c.reason,
             "context": _context(p.text, c.start, c.end)}
            for where, p in located if not p.marked for c in p.checks if c.is_problem]


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else "")


# -- stale numbers, independently of the checker -------------------------------
_NUMERAL = re.compile(r"(?<![\w,.])(?<![^\W\d]-)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w])")
_SCALE = re.compile(r"\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)", re.I)
_RATIO_TAIL = re.compile(r"/\d[\d.,]*")
_CHANGE_BEFORE = re.compile(r"(tăng|giảm|hơn|thêm)\s*$", re.I)
_COMPARISON = re.compile(r"cùng kỳ|so với|kỳ trước", re.I)
_MONEY_WORDS = ("d", "dong", "trieu", "ty", "ti", "nghin", "ngan", "vnd")


@dataclass(frozen=True)
class Token:
    """A numeral in text with its value (scale words applied) and what follows it."""

    text: str
    start: int
    end: int
    value: Decimal
    after: str          # folded text after the numeral (ratio tail skipped)
    before: str         # raw text before, same clause


def numerals(text: str) -> list[Token]:
    out = []
    for m in _NUMERAL.finditer(text):
        raw = m.group(1)
        try:
            value = Decimal(raw.replace(".", "").replace(",", "."))
        except InvalidOperation:
            continue
        end = m.end()
        scale = _SCALE.match(text, end)
        if scale:
            value *= {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6}.get(scale.group(1).lower(), 1000)
            end = scale.end()
        tail = _RATIO_TAIL.match(text, m.end())
        after_at = tail.end() if tail and not scale else end
        after = fold(text[after_at:after_at + 40])
        if scale:
            after = fold(scale.group(1)) + " " + after
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;\n") + 1
        out.append(Token(raw, m.start(), end, value, after, text[clause_start:m.start()]))
    return out


def _unit_words(fig, note_units: dict[str, set[str]]) -> set[str]:
    unit = fold(fig.don_vi_tinh)
    words = {unit.split()[0]} if unit else set()
    return words | note_units.get(fig.ma, set())


def quoted_units(table: FigureTable | None) -> dict[str, set[str]]:
    """Units as the prior report wrote them, from quotes in ``ghi_chu``: “10 Việt kiều” → ``viet``."""
    out: dict[str, set[str]] = {}
    for f in table or []:
        for quote in re.findall(r"“([^”]*)”", f.ghi_chu or ""):
            for t in numerals(quote):
                if t.value == f.ky_bao_cao and t.after:
                    out.setdefault(f.ma, set()).add(t.after.split()[0])
    return out


def _unit_matches(tok: Token, words: set[str], money: bool, percent: bool) -> bool:
    first = tok.after.split()[0] if tok.after else ""
    if percent:
        return tok.after.startswith("%")
    if money:
        return first in _MONEY_WORDS or first.startswith("d/") or (not first and tok.value >= 10000) \
            or tok.value >= 100000
    return bool(first) and any(first == w or tok.after.startswith(w) for w in words if w)


def prior_values(current: FigureTable, prior: FigureTable | None) -> dict[str, Decimal]:
    """Each indicator's prior-period value that differs from its current value."""
    out = {}
    for f in current:
        old = None
        if prior is not None and prior.get(f.ma) is not None:
            old = prior.get(f.ma).ky_bao_cao
        elif f.cung_ky is not None:
            old = f.cung_ky
        if old is not None and old != f.ky_bao_cao:
            out[f.ma] = old
    return out


def _is_comparison(before: str) -> bool:
    """``so với cùng kỳ năm 2023 (33 lượt)``: the numeral follows a comparison phrase, no other number between."""
    last = None
    for last in _COMPARISON.finditer(before[-60:]):
        pass
    if last is None:
        return False
    tail = re.sub(r"năm\s+\d{4}", "", before[-60:][last.end():])
    return not re.search(r"\d", tail)


def stale_scan(text: str, current: FigureTable, prior: FigureTable | None,
               note_units: dict[str, set[str]] | None = None) -> list[dict]:
    """Prior values left in ``text``: value and unit of a changed indicator's prior value.

    Not counted: a value some current figure also has (ambiguous), a change
    (``tăng 5 vụ``) and a value given as the comparison (``so với cùng kỳ ... 33 lượt``).
    """
    olds = prior_values(current, prior)
    if not olds:
        return []
    note_units = note_units if note_units is not None else quoted_units(prior)
    now = {v for f in current for v in (f.ky_bao_cao, f.ke_hoach) if v is not None}
    hits = []
    for tok in numerals(text):
        if tok.value in now or _CHANGE_BEFORE.search(tok.before) or _is_comparison(tok.before):
            continue
        for ma, old in olds.items():
            fig = current.get(ma)
            money = fold(fig.don_vi_tinh) in ("dong", "d")
            if tok.value == old and _unit_matches(tok, _unit_words(fig, note_units), money, fig.don_vi_tinh == "%"):
                hits.append({"number": text[tok.start:tok.end], "start": tok.start, "end": tok.end, "ma": ma,
                             "prior_value": str(old), "current_value": str(fig.ky_bao_cao),
                             "context": _context(text, tok.start, tok.end)})
                break
    return hits


# -- structure ---------------------------------------------------------------
def section_coverage(expected: list[tuple[str, str, bool]], draft: Draft) -> dict:
    """``expected``: (path, title, had_text) of the prior edition's (or outline's) sections."""
    by_path = {s.path: s for s in draft.sections}
    present = [p for p, _, _ in expected if p in by_path]
    with_text = [p for p, _, had in expected if had]
    texted = [p for p in with_text if p in by_path and by_path[p].text.strip()]
    return {"sections_expected": len(expected), "sections_present": len(present),
            "section_coverage": ratio(len(present), len(expected)),
            "sections_with_text_expected": len(with_text), "sections_with_text": len(texted),
            "section_text_coverage": ratio(len(texted), len(with_text)),
            "sections_missing": [t for p, t, _ in expected if p not in by_path],
            "sections_emptied": [t for p, t, had in expected if had and p in by_path and not by_path[p].text.strip()]}


# -- register ------------------------------------------------------------------
# Reflexive "mình" (của mình, cấp mình: "their own") is normal in reports; only
# other uses read as the first person the register forbids.
_FIRST_PERSON = re.compile(r"(?<!\w)(chúng tôi|chúng ta|chúng mình|tôi|mình)(?!\w)", re.I)
_REFLEXIVE = re.compile(r"(của|cấp|ngành|địa bàn|đơn vị|cơ quan|bản thân|tự|nhà)\s+$", re.I)
COLLOQUIAL = ("ok", "okay", "oke", "rất là", "nhiều lắm", "lắm", "quá trời", "hơi bị", "siêu", "cực kỳ",
              "vô số", "team", "deadline", "event", "feedback", "meeting", "check", "update", "online")
_COLLOQUIAL = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in COLLOQUIAL) + r")(?!\w)", re.I)

# shared/docs/official-register.md, "Abbreviations": abbreviation -> expansion(s)
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ANCT": ("an ninh chính trị",), "TTATXH": ("trật tự an toàn xã hội",),
    "QP-AN": ("quốc phòng - an ninh", "quốc phòng và an ninh"), "QS-QP": ("quân sự - quốc phòng",),
    "LLVT": ("lực lượng vũ trang",), "DQTV": ("dân quân tự vệ",), "DQTT": ("dân quân thường trực",),
    "DBĐV": ("dự bị động viên",), "SSCĐ": ("sẵn sàng chiến đấu",), "CHQS": ("chỉ huy quân sự",),
    "BCĐ": ("ban chỉ đạo",), "MTTQ": ("mặt trận tổ quốc",), "LHPN": ("liên hiệp phụ nữ",),
    "CCB": ("cựu chiến binh",), "VĐQC": ("vận động quần chúng",), "NVQS": ("nghĩa vụ quân sự",),
    "DBHB": ("diễn biến hòa bình",), "BLLĐ": ("bạo loạn lật đổ",), "ĐVTN": ("đoàn viên thanh niên",),
    "VNAH": ("việt nam anh hùng",),
}


def first_person(text: str) -> list[str]:
    return [m.group(0) for m in _FIRST_PERSON.finditer(text)
            if not (m.group(1).lower() == "mình" and _REFLEXIVE.search(text[:m.start()]))]


def colloquial(text: str) -> list[str]:
    return [m.group(0) for m in _COLLOQUIAL.finditer(text)]


def abbreviations_unexpanded(text: str) -> list[dict]:
    """Abbreviations whose first use comes before their expansion (in brackets or earlier in the text)."""
    out = []
    for abbr, expansions in ABBREVIATIONS.items():
        m = re.search(rf"(?<![\w-]){re.escape(abbr)}(?!\w)", text)
        if not m:
            continue
        before = fold(text[:m.start()])
        if not any(fold(e) in before for e in expansions):
            out.append({"abbr": abbr, "expansion": expansions[0], "context": _context(text, m.start(), m.end(), 40)})
    return out


_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[\"“(\-–]?\s*[A-ZÀ-Ỹ0-9Đ])|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.split()) >= 2]


def sentence_stats(texts: list[str]) -> dict:
    lengths = sorted(len(s.split()) for t in texts for s in sentences(t))
    if not lengths:
        return {"sentences": 0, "sentence_words_mean": None, "sentence_words_p95": None}
    p95 = lengths[min(len(lengths) - 1, math.ceil(0.95 * len(lengths)) - 1)]
    return {"sentences": len(lengths), "sentence_words_mean": round(sum(lengths) / len(lengths), 1),
            "sentence_words_p95": p95}


def register(texts: list[str], document: str | None = None) -> dict:
    """Register counts over ``texts``; abbreviations are judged in ``document`` order (whole report)."""
    joined = "\n".join(texts)
    doc = joined if document is None else document
    fp, col = first_person(joined), colloquial(joined)
    abbr = abbreviations_unexpanded(doc)
    return {"first_person": len(fp), "colloquial": len(col),
            "questions_exclamations": joined.count("?") + joined.count("!"),
            "abbr_unexpanded": len(abbr), **sentence_stats(texts),
            "register_hits": {"first_person": fp, "colloquial": col, "abbreviations": abbr}}


# -- the whole draft -----------------------------------------------------------
def document_text(draft: Draft) -> str:
    """The report as a reader meets it: title, opening, headings and text, closing."""
    parts = [draft.title] + [p.text for p in draft.opening]
    for s in draft.sections:
        parts.append(s.title)
        parts += [p.text for p in s.paragraphs]
    parts += [p.text for p in draft.closing]
    return "\n".join(parts)


def located_paragraphs(draft: Draft) -> list[tuple[str, Paragraph]]:
    return ([("(opening)", p) for p in draft.opening] + [(s.path, p) for s in draft.sections for p in s.paragraphs]
            + [("(closing)", p) for p in draft.closing])


def draft_metrics(draft: Draft, current: FigureTable, prior: FigureTable | None = None,
                  expected_sections: list[tuple[str, str, bool]] | None = None) -> dict:
    """All metrics of one draft: ``{"metrics": {...numbers}, "details": {...lists}, "sections": [...]}``."""
    located = located_paragraphs(draft)
    checks = [c for _, p in located for c in p.checks]
    note_units = quoted_units(prior)
    assigned = set(current.codes()) - set(draft.unassigned_figures)
    stale_v, stale_i, sections = [], [], []
    for where, p in located:
        stale_v += [{"section": where, "number": c.text, "start": c.start, "ma": (c.source or {}).get("ma"),
                     "marked": p.marked, "context": _context(p.text, c.start, c.end)}
                    for c in p.checks if c.verdict == "stale"]
        stale_i += [{"section": where, "marked": p.marked, **h} for h in stale_scan(p.text, current, prior, note_units)]
    seen = {(v["section"], v["context"], v["start"]) for v in stale_v}
    stale = stale_v + [s for s in stale_i if (s["section"], s["context"], s["start"]) not in seen]
    unmarked = unsupported_unmarked(located)
    doc = document_text(draft)
    reg = register([p.text for _, p in located], doc)
    hits = reg.pop("register_hits")
    metrics = {**numeric_counts(checks)}
    recall = figure_recall(stated_codes(checks), assigned)
    missing_figures = recall.pop("figures_missing")
    metrics.update(recall)
    metrics.update({"stale_verdict": len(stale_v), "stale_independent": len(stale_i), "stale_numbers": len(stale),
                    "stale_unmarked": sum(not x["marked"] for x in stale),
                    "unsupported_unmarked": len(unmarked),
                    "problems_marked": sum(c.is_problem for _, p in located if p.marked for c in p.checks),
                    "marked_paragraphs": sum(p.marked for _, p in located), "paragraphs": len(located)})
    details = {"stale": stale,
               "unsupported_unmarked": unmarked, "figures_missing": missing_figures,
               "unassigned_figures": list(draft.unassigned_figures), **hits}
    if expected_sections is not None:
        cov = section_coverage(expected_sections, draft)
        details["sections_missing"] = cov.pop("sections_missing")
        details["sections_emptied"] = cov.pop("sections_emptied")
        metrics.update(cov)
    metrics.update(reg)
    metrics.update(model_usage(draft.sections))
    for s in draft.sections:
        sc = s.checks()
        sec_assigned = set(s.provenance.get("figures_used", [])) | set(s.provenance.get("figures_unused", []))
        sec_assigned &= set(current.codes())
        sec = {**numeric_counts(sc), **{k: v for k, v in figure_recall(stated_codes(sc), sec_assigned).items()
                                        if k != "figures_missing"},
               "stale_numbers": sum(x["section"] == s.path for x in stale),
               "unsupported_unmarked": sum(1 for u in unmarked if u["section"] == s.path),
               "marked_paragraphs": sum(p.marked for p in s.paragraphs), "paragraphs": len(s.paragraphs),
               **{k: v for k, v in register([p.text for p in s.paragraphs], doc).items()
                  if k in ("first_person", "colloquial", "sentence_words_mean")},
               **{k: v for k, v in model_usage([s]).items() if v is not None}}
        sections.append({"path": s.path, "title": s.title, "level": s.level, "metrics": sec,
                         "version": version_of(s.provenance)})
    return {"metrics": metrics, "details": details, "sections": sections}


def model_usage(sections) -> dict:
    """How much of the text the model wrote itself: fallback replacements, repair rounds, calls.

    A clean draft can hide a poor model (its paragraphs replaced by the offline
    engine's); these say how hard the engine had to work.  None for offline drafts.
    """
    llm = [s for s in sections if s.provenance.get("engine") == "llm" and s.provenance.get("prompt")]
    if not llm:
        return {"llm_calls": None, "repair_rounds": None, "fallback_paragraphs": None, "model_paragraph_share": None}
    paragraphs = sum(len(s.paragraphs) for s in llm)
    fallback = sum(s.provenance.get("fallback_paragraphs") or 0 for s in llm)
    return {"llm_calls": sum(s.provenance.get("llm_calls") or 0 for s in llm),
            "repair_rounds": sum(s.provenance.get("repair_rounds") or 0 for s in llm),
            "fallback_paragraphs": fallback, "model_paragraphs": paragraphs - fallback, "llm_paragraphs": paragraphs,
            "model_paragraph_share": ratio(paragraphs - fallback, paragraphs)}


def version_of(provenance: dict) -> dict:
    """engine / model / prompt version of a section, as provenance names them."""
    prompt = provenance.get("prompt")
    if isinstance(prompt, dict):
        prompt = f"{prompt.get('name')}.v{prompt.get('version')}"
    return {"engine": provenance.get("engine"), "model": provenance.get("model"), "prompt": prompt}


def aggregate(rows: list[dict]) -> dict:
    """Micro-average metric dicts: sum the counts, recompute the ratios."""
    def total(key):
        return sum(r.get(key) or 0 for r in rows)

    out = {k: total(k) for k in ("numbers_figures", "numbers_good", "figures_assigned", "figures_stated",
                                 "stale_verdict", "stale_independent", "stale_numbers", "stale_unmarked", "unsupported_unmarked",
                                 "problems_marked", "marked_paragraphs", "paragraphs", "first_person",
                                 "colloquial", "questions_exclamations", "abbr_unexpanded", "sentences",
                                 "sections_expected", "sections_present", "sections_with_text_expected",
                                 "sections_with_text", "llm_calls", "repair_rounds", "fallback_paragraphs",
                                 "model_paragraphs", "llm_paragraphs")}
    out["numeric_precision"] = ratio(out["numbers_good"], out["numbers_figures"])
    out["figure_recall"] = ratio(out["figures_stated"], out["figures_assigned"])
    out["section_coverage"] = ratio(out["sections_present"], out["sections_expected"])
    out["section_text_coverage"] = ratio(out["sections_with_text"], out["sections_with_text_expected"])
    out["model_paragraph_share"] = ratio(out["model_paragraphs"], out["llm_paragraphs"])
    means = [(r.get("sentence_words_mean"), r.get("sentences") or 0) for r in rows if r.get("sentence_words_mean")]
    n = sum(w for _, w in means)
    out["sentence_words_mean"] = round(sum(m * w for m, w in means) / n, 1) if n else None
    p95s = [r.get("sentence_words_p95") for r in rows if r.get("sentence_words_p95") is not None]
    out["sentence_words_p95"] = max(p95s) if p95s else None
    return out
