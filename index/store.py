"""``PriorIndex``: the prior-report index the pipeline, CLI and API use.

Two Chroma collections, embedded under ``settings.chroma_path`` or on a
Chroma server at ``settings.chroma_url``:

* ``<collection>`` — the chunks, with their vectors, written and queried
  through LangChain's ``Chroma`` vector store; its metadata records which
  embedder built it, and an index is never opened with another one.
* ``<collection>-reports`` — the registry: one record per report (metadata
  for a cheap ``list()``, and the parsed tree as JSON so that
  ``previous_section`` returns whole sections, not chunk fragments).

A report's id is its edition, ``<series>--<period>``: adding the same file
again is a no-op ("unchanged", compared by content hash), adding a changed
file (or another file of the same edition) replaces it.  New chunks are
written before the old ones are deleted and rolled back on failure, so a bad
file never leaves half a report behind.  Search is hybrid: dense (Chroma)
and BM25 over syllables, fused by reciprocal rank.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from langchain_core.embeddings import Embeddings

from index.chunk import chunk_report, period_key
from index.embed import embedder_name, make_embedder
from index.keyword import KeywordIndex
from index.model import ParsedReport, Section
from index.parse import PARSER_VERSION, parse_report
from index.text import fold, keyword_tokens, nfc, slugify, squash
from service.errors import BaocaoError, ConfigError, InputError, NotFoundError
from service.periods import parse_period
from service.settings import Settings, get_settings

MODES = ("hybrid", "dense", "bm25")
RRF_K = 60
PAGE = 5000
_KEYWORD_CACHE: dict[tuple, tuple[tuple, KeywordIndex]] = {}
_EMBEDDED_LOCK = threading.Lock()


@dataclass
class AddResult:
    path: str
    id: str | None
    status: str            # "added", "unchanged", "replaced" or "error"
    message: str = ""
    chunks: int = 0


@dataclass
class Hit:
    id: str
    text: str
    score: float
    metadata: dict
    section: Section | None = None   # set by previous_section: the whole section, sub-sections included


class _Reusing(Embeddings):
    """Embeddings that answer from ``known`` (text -> stored vector) and embed only new texts."""

    def __init__(self, inner: Embeddings, known: dict):
        self.inner, self.known = inner, known

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        todo = [t for t in dict.fromkeys(texts) if t not in self.known]
        fresh = dict(zip(todo, self.inner.embed_documents(todo))) if todo else {}
        return [list(map(float, self.known[t])) if t in self.known else fresh[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def report_id(report: ParsedReport) -> str:
    tail = report.period.lower() if report.period else slugify(Path(report.source).stem, 40)
    return f"{report.series}--{tail}"


def connect(settings: Settings):
    """A Chroma client: HTTP when ``chroma_url`` is set, else persistent under ``chroma_path``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    cs = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        u = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(host=u.hostname or "localhost", port=u.port or (443 if u.scheme == "https" else 8000),
                                         ssl=u.scheme == "https", settings=cs)
            client.heartbeat()
        except Exception as exc:
            raise ConfigError(f"cannot reach the Chroma server at {settings.chroma_url} (BAOCAO_CHROMA_URL): "
                              f"{type(exc).__name__}") from None
        return client, settings.chroma_url
    path = settings.chroma_path
    path.mkdir(parents=True, exist_ok=True)
    with _EMBEDDED_LOCK:  # chromadb's client cache is not safe when two jobs open a new store at once
        return chromadb.PersistentClient(path=str(path), settings=cs), str(path.resolve())


class PriorIndex:
    def __init__(self, settings: Settings | None = None, *, embedder=None):
        from langchain_chroma import Chroma

        self.settings = settings or get_settings()
        self.embedder = embedder or make_embedder(self.settings)
        self.embedder_name = embedder_name(self.embedder)
        self.client, self.location = connect(self.settings)
        self.name = self.settings.collection
        self._check_embedder()
        self.vectors = Chroma(client=self.client, collection_name=self.name, embedding_function=self.embedder,
                              collection_metadata={"embedder": self.embedder_name, "created_by": "baocao"},
                              collection_configuration={"hnsw": {"space": "cosine"}})
        self._chunks = self.vectors._collection
        self._registry = self.client.get_or_create_collection(f"{self.name}-reports", embedding_function=None,
                                                              metadata={"created_by": "baocao"})

    # -- opening ---------------------------------------------------------------
    def _check_embedder(self) -> None:
        try:
            existing = self.client.get_collection(self.name, embedding_function=None)
        except Exception:   # chromadb raises NotFoundError (ValueError in older versions)
            return
        built_with = (existing.metadata or {}).get("embedder")
        if built_with == self.embedder_name:
            return
        if built_with is None and existing.count() == 0:
            existing.modify(metadata={"embedder": self.embedder_name, "created_by": "baocao"})
            return
        raise ConfigError(f"the index collection {self.name!r} was built with embedder "
                          f"{built_with or 'unknown (not created by baocao)'!r}, but BAOCAO_EMBEDDER is "
                          f"{self.embedder_name!r}; vectors from different models cannot be mixed. Switch "
                          f"BAOCAO_EMBEDDER back, or set BAOCAO_COLLECTION to a new name and re-add the reports")

    # -- writing -----------------------------------------------------------------
    def add(self, paths, series: str | None = None, on_result=None) -> list[AddResult]:
        """Index files one by one; a bad file gives an "error" result and the batch goes on."""
        results = []
        for path in [Path(p) for p in paths]:
            res = self._add_one(path, series)
            results.append(res)
            if on_result:
                on_result(res)
        return results

    def _add_one(self, path: Path, series: str | None) -> AddResult:
        rid, new_hash, written = None, None, False
        try:
            report = parse_report(path, series=series)
            rid, new_hash = report_id(report), report.content_hash
            old = self._registry_meta(rid)
            if old and old.get("content_hash") == new_hash and old.get("parser") == PARSER_VERSION:
                return AddResult(str(path), rid, "unchanged", f"{path.name}: already indexed as {rid}",
                                 int(old.get("n_chunks", 0)))
            chunks = chunk_report(report, rid)
            writer = self._writer(rid) if old else self.vectors
            if old and old.get("content_hash") == new_hash:   # same file, newer parser: chunk ids would collide
                self._chunks.delete(where={"report_id": rid})
            written = True
            writer.add_texts([c.text for c in chunks], metadatas=[c.metadata for c in chunks],
                             ids=[c.id for c in chunks])
            self._registry.upsert(ids=[rid], embeddings=[[1.0]], documents=[json.dumps(report.to_dict(), ensure_ascii=False)],
                                  metadatas=[self._registry_record(report, path, len(chunks))])
            written = False
            self._chunks.delete(where={"$and": [{"report_id": rid}, {"content_hash": {"$ne": new_hash}}]})
            status = "replaced" if old else "added"
            return AddResult(str(path), rid, status, f"{path.name}: {status} as {rid} ({len(chunks)} chunks)", len(chunks))
        except BaocaoError as exc:
            self._rollback(rid, new_hash, written)
            return AddResult(str(path), rid, "error", exc.message if path.name in exc.message else f"{path.name}: {exc.message}")
        except Exception as exc:
            self._rollback(rid, new_hash, written)
            return AddResult(str(path), rid, "error", f"{path.name}: {type(exc).__name__}: {exc}")

    def _writer(self, rid: str):
        """A vector store view that reuses the stored vectors of chunks whose text did not change."""
        from langchain_chroma import Chroma

        got = self._chunks.get(where={"report_id": rid}, include=["embeddings", "documents"])
        known = {doc: emb for doc, emb in zip(got["documents"] or [], got["embeddings"] if got["embeddings"] is not None else [])}
        return Chroma(client=self.client, collection_name=self.name, embedding_function=_Reusing(self.embedder, known))

    def _rollback(self, rid, new_hash, written) -> None:
        if rid and new_hash and written:
            try:
                self._chunks.delete(where={"$and": [{"report_id": rid}, {"content_hash": new_hash}]})
            except Exception:
                pass

    def _registry_record(self, report: ParsedReport, path: Path, n_chunks: int) -> dict:
        return {"series": report.series or "", "period": report.period or "", "period_key": period_key(report.period),
                "title": report.title, "agency": report.agency or "", "area": report.area or "",
                "source": report.source, "path": str(path.resolve()), "content_hash": report.content_hash,
                "parser": PARSER_VERSION, "embedder": self.embedder_name, "n_chunks": n_chunks,
                "n_sections": sum(1 for _ in report.walk()),
                "added_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}

    def remove(self, report_id: str) -> None:
        if not self._registry_meta(report_id):
            raise NotFoundError(f"no indexed report with id {report_id!r} (see `baocao index list`)")
        self._chunks.delete(where={"report_id": report_id})
        self._registry.delete(ids=[report_id])

    # -- reading -------------------------------------------------------------------
    def _registry_meta(self, rid: str) -> dict | None:
        got = self._registry.get(ids=[rid], include=["metadatas"])
        return got["metadatas"][0] if got["ids"] else None

    def list(self) -> list[dict]:
        """Indexed reports, by series then period (metadata only: cheap)."""
        got = self._registry.get(include=["metadatas"])
        rows = [dict(id=i, **m) for i, m in zip(got["ids"], got["metadatas"])]
        return sorted(rows, key=lambda r: (r.get("series", ""), r.get("period_key", 0), r["id"]))

    def get_report(self, report_id: str) -> ParsedReport:
        got = self._registry.get(ids=[report_id], include=["documents"])
        if not got["ids"]:
            raise NotFoundError(f"no indexed report with id {report_id!r}")
        return ParsedReport.from_dict(json.loads(got["documents"][0]))

    def count(self) -> int:
        return self._chunks.count()

    # -- search --------------------------------------------------------------------
    def search(self, query: str, k: int = 5, series: str | None = None, period: str | None = None,
               section: str | None = None, agency: str | None = None, mode: str = "hybrid") -> list[Hit]:
        """Best chunks for a drafter's query, optionally within a series/period/section/agency."""
        if mode not in MODES:
            raise InputError(f"unknown search mode {mode!r}; expected one of {', '.join(MODES)}")
        if not 1 <= int(k) <= 200:
            raise InputError("k must be between 1 and 200")
        q = squash(nfc(query or ""))
        if not q:
            raise InputError("the search query is empty")
        live = self._live_hashes()
        kw = self.keyword_index(live)
        mask, where = self._filters(kw, series, period, section, agency)
        if not mask.any():
            return []
        n = max(4 * k, 40)
        dense = []
        if mode != "bm25":
            found = self.dense(self.embedder.embed_query(q), n, where)
            dense = [d for d in found if d[0] not in kw.pos or mask[kw.pos[d[0]]]]   # exact fuzzy filters
        sparse = [(kw.ids[i], s) for i, s in kw.search(q, n, mask)] if mode != "dense" else []
        return self._fuse(kw, live, dense, sparse, mode, k)

    def dense(self, vector, n: int, where: dict | None = None) -> list[tuple[str, float, object]]:
        """(chunk id, cosine similarity, Document) from Chroma, best first."""
        found = self.vectors.similarity_search_by_vector_with_relevance_scores(
            list(map(float, vector)), k=n, filter=where)
        return [(doc.id, 1.0 - float(dist), doc) for doc, dist in found]

    def _fuse(self, kw: KeywordIndex, live: dict, dense, sparse, mode: str, k: int) -> list[Hit]:
        fused: dict[str, float] = {}
        if mode == "dense":
            fused = {cid: s for cid, s, _ in dense}
        elif mode == "bm25":
            fused = dict(sparse)
        else:
            for ranked in ([cid for cid, _, _ in dense], [cid for cid, _ in sparse]):
                for rank, cid in enumerate(ranked):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        docs = {cid: doc for cid, _, doc in dense}
        hits = []
        for cid in sorted(fused, key=lambda c: -fused[c]):
            if cid in kw.pos:
                i = kw.pos[cid]
                text, md = kw.texts[i], kw.metadatas[i]
            elif cid in docs:
                text, md = docs[cid].page_content, docs[cid].metadata
            else:
                continue
            if live.get(md.get("report_id")) != md.get("content_hash"):
                continue    # a chunk left from an interrupted write: never shown
            hits.append(Hit(cid, text, round(fused[cid], 6), dict(md)))
            if len(hits) == k:
                break
        return hits

    def _filters(self, kw: KeywordIndex, series, period, section, agency):
        """The filters as a mask over the BM25 chunks and as a Chroma ``where`` (dense hits are re-checked
        against the mask, which is exact where ``where`` is looser: a heading matched in one report only)."""
        conds, mask = [], np.ones(len(kw), dtype=bool)
        if series:
            conds.append({"series": series})
            mask &= kw.column("series") == series
        if period:
            try:
                code = parse_period(period).code
            except ValueError as exc:
                raise InputError(str(exc)) from None
            conds.append({"period": code})
            mask &= kw.column("period") == code
        if agency:
            a = fold(agency)
            agencies = kw.column("agency")
            values = sorted({v for v in agencies if a in fold(v)})
            conds.append({"agency": {"$in": values or [agency]}})
            mask &= np.isin(agencies, values)
        if section:
            smask = self._section_mask(kw, section)
            conds.append({"section_path": {"$in": sorted(set(kw.column("section_path")[smask])) or [section]}})
            mask &= smask
        where = conds[0] if len(conds) == 1 else ({"$and": conds} if conds else None)
        return mask, where

    @staticmethod
    def _section_mask(kw: KeywordIndex, section: str) -> np.ndarray:
        """A section given as a path ("II/2/2.4", sub-sections included), a number ("2.4") or heading words."""
        s = squash(nfc(section)).strip("/")
        f = fold(s)
        paths, numbers, titles = kw.column("section_path"), kw.column("section_number"), kw.folded("section_title")
        out = np.zeros(len(kw), dtype=bool)
        for i, p in enumerate(paths):
            if p and (p == s or p.startswith(s + "/") or numbers[i] == s.rstrip(".") or (len(f) >= 3 and f in titles[i])):
                out[i] = True
        return out

    # -- the same section in the previous edition --------------------------------
    def previous_section(self, series: str, before_period: str, section_path: str | None = None,
                         heading: str | None = None) -> Hit | None:
        """The section in the latest edition of ``series`` before ``before_period``, whole.

        Matched by heading when one is given (numbering often shifts between
        editions), else by path.  Prefers editions of the same kind of period
        (a half-year report's previous edition is the previous half-year
        report).  ``None`` when there is no earlier edition or no such section.
        """
        if not section_path and not heading:
            raise InputError("previous_section needs a section_path or a heading")
        try:
            before = parse_period(before_period)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        limit = period_key(before.code)
        editions = [r for r in self.list() if r.get("series") == series and r.get("period")
                    and 0 < r.get("period_key", 0) < limit]
        if not editions:
            return None
        same_kind = [r for r in editions if parse_period(r["period"]).kind == before.kind]
        latest = max(same_kind or editions, key=lambda r: r["period_key"])
        report = self.get_report(latest["id"])
        found = find_section(report, section_path, heading)
        if found is None:
            return None
        sec, score = found
        md = {"report_id": latest["id"], "series": series, "period": report.period or "", "source": report.source,
              "title": report.title, "agency": report.agency or "", "section_path": sec.path,
              "section_number": sec.number, "heading": sec.heading, "section_title": sec.title, "level": sec.level}
        return Hit(f"{latest['id']}#{sec.path}", sec.text, score, md, section=sec)

    # -- the keyword side ----------------------------------------------------------------
    def _live_hashes(self) -> dict[str, str]:
        got = self._registry.get(include=["metadatas"])
        return {i: m.get("content_hash", "") for i, m in zip(got["ids"], got["metadatas"])}

    def keyword_index(self, live: dict | None = None) -> KeywordIndex:
        """BM25 over all live chunks, cached per process until the set of reports changes."""
        live = self._live_hashes() if live is None else live
        signature = tuple(sorted(live.items()))
        key = (self.location, self.name)
        cached = _KEYWORD_CACHE.get(key)
        if cached and cached[0] == signature:
            return cached[1]
        ids, texts, metas = [], [], []
        offset = 0
        while True:
            got = self._chunks.get(include=["documents", "metadatas"], limit=PAGE, offset=offset)
            if not got["ids"]:
                break
            for cid, doc, md in zip(got["ids"], got["documents"], got["metadatas"]):
                if live.get(md.get("report_id")) == md.get("content_hash"):
                    ids.append(cid)
                    texts.append(doc)
                    metas.append(md)
            offset += len(got["ids"])
            if len(got["ids"]) < PAGE:
                break
        kw = KeywordIndex(ids, texts, metas)
        _KEYWORD_CACHE[key] = (signature, kw)
        return kw


def find_section(report: ParsedReport, path: str | None, heading: str | None) -> tuple[Section, float] | None:
    """Best section by heading words (Jaccard over syllables ≥ 0.5, path as tie-break), else by path."""
    sections = list(report.walk())
    if heading:
        from index.structure import match_heading

        h = squash(nfc(heading))
        m = match_heading(h)
        want = set(keyword_tokens(m.rest if m else h))
        best = None
        for s in sections:
            have = set(keyword_tokens(s.heading))
            if not want or not have:
                continue
            sim = len(want & have) / len(want | have)
            key = (sim, s.path == path)
            if sim >= 0.5 and (best is None or key > best[0]):
                best = (key, s)
        if best:
            return best[1], round(best[0][0], 4)
    if path:
        s = report.find(path)
        if s is not None:
            return s, 1.0
    return None
