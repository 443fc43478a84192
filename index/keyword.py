"""BM25 over Vietnamese syllables (bm25s), filtered by a boolean mask.

Chroma keeps the chunks; this keeps an in-memory BM25 view of them, rebuilt
when the set of indexed reports changes (the store passes a signature).
Filtering is a mask over all chunks, so a filtered query scores exactly the
chunks a filtered dense query may return.
"""

from __future__ import annotations

import numpy as np

from index.text import fold, keyword_tokens


class KeywordIndex:
    def __init__(self, ids: list[str], texts: list[str], metadatas: list[dict]):
        import bm25s

        self.ids, self.texts, self.metadatas = ids, texts, metadatas
        self.pos = {cid: i for i, cid in enumerate(ids)}
        self._bm25 = None
        if ids:
            vocab: dict[str, int] = {}
            token_ids = [[vocab.setdefault(w, len(vocab)) for w in (keyword_tokens(t) or ["∅"])] for t in texts]
            self._bm25 = bm25s.BM25()
            self._bm25.index(bm25s.tokenization.Tokenized(ids=token_ids, vocab=vocab), show_progress=False)
        self._columns: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def column(self, key: str) -> np.ndarray:
        """A metadata field of every chunk as an array, for building masks."""
        if key not in self._columns:
            self._columns[key] = np.array([str(m.get(key, "")) for m in self.metadatas], dtype=object)
        return self._columns[key]

    def folded(self, key: str) -> np.ndarray:
        """A metadata column lowercased and single-spaced, for matching headings."""
        ck = f"folded:{key}"
        if ck not in self._columns:
            self._columns[ck] = np.array([fold(v) for v in self.column(key)], dtype=object)
        return self._columns[ck]

    def search(self, query: str, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(chunk position, score) best first; chunks sharing no term with the query are left out."""
        if self._bm25 is None:
            return []
        vocab = self._bm25.vocab_dict
        tokens = [t for t in keyword_tokens(query) if t in vocab]
        if not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float64)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        hit = np.flatnonzero(scores > 0)
        if hit.size > n:
            hit = hit[np.argpartition(-scores[hit], n - 1)[:n]]
        hit = hit[np.argsort(-scores[hit], kind="stable")]
        return [(int(i), float(scores[i])) for i in hit]
