"""Related provisions of every edition, ranked by fusing dense, lexical and issue evidence.

Dense: cosine between the question's embedding and each provision's (cached by model hash and
text digest in `nlp/data/provision_vectors.json`; a provision not in the cache, e.g. of a newly
added code, is embedded on first use). Lexical: BM25 (bm25s) over each provision's words plus
the plain labels of the issues it is tagged with, which bridges everyday and code wording.
Issue evidence: a provision tagged with a recognised issue, or cited by a determination.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from peer_ethics.core.corpus import Edition
from peer_ethics.core.facts import Vocabulary

from .embedder import MODEL_SHA256, Embedder, Vector

PER_EDITION = 5  # related provisions listed per edition
# Fusion weights; they sum to 1 so that a score is in [0, 1].
W_DENSE, W_LEXICAL, W_TOPIC, W_CITED = 0.35, 0.15, 0.25, 0.25


@dataclass(frozen=True)
class Related:
    """A provision of one edition related to the question, with its fused score."""

    code: str
    edition: str
    provision: str
    score: float

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "edition": self.edition,
            "provision": self.provision,
            "score": self.score,
        }


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_vectors(path: Path) -> dict[str, Vector]:
    """Cached provision vectors for the pinned model (none when the file is for another model)."""
    if not path.is_file():
        return {}
    doc: Any = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("model_sha256") != MODEL_SHA256:
        return {}
    return {k: np.asarray(v, dtype=np.float32) for k, v in doc["vectors"].items()}


def vectors_json(vectors: dict[str, Vector]) -> str:
    doc = {
        "model_sha256": MODEL_SHA256,
        "vectors": {k: [round(float(x), 5) for x in v] for k, v in sorted(vectors.items())},
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n"


class RelatedIndex:
    """Every provision of the given editions, ready to rank against a question."""

    def __init__(
        self,
        editions: tuple[Edition, ...],
        vocabulary: Vocabulary,
        embedder: Embedder,
        cached: dict[str, Vector],
    ) -> None:
        import bm25s

        self._units = tuple((e, p) for e in editions for p in e.provisions)
        self._order = {e.ref: i for i, e in enumerate(editions)}
        labels = {i.id: f"{i.label} {i.conduct}" for i in vocabulary.issues}
        vectors: list[Vector] = []
        self.computed: dict[str, Vector] = {}
        for _, p in self._units:
            key = text_key(p.text)
            vec = cached.get(key)
            if vec is None:
                vec = self.computed.get(key)
            if vec is None:
                vec = embedder.embed(p.text)
                self.computed[key] = vec
            vectors.append(vec)
        self._dense = np.stack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)
        docs = [" ".join([p.text, *(labels.get(t, "") for t in p.topics)]) for _, p in self._units]
        self._tokenize = bm25s.tokenize
        self._bm25 = bm25s.BM25()
        self._bm25.index(
            bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False
        )
        self._topics = tuple(frozenset(p.topics) for _, p in self._units)

    def rank(
        self,
        text: str,
        vector: Vector,
        issues: tuple[str, ...] | dict[str, float],
        cited: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[Related, ...]:
        """The best PER_EDITION provisions of each edition, best first (ties: edition, id)."""
        if not self._units:
            return ()
        cos = self._dense @ vector
        dense = np.clip(cos, 0, None)
        dense = dense / dense.max() if dense.max() > 0 else dense
        tokens = self._tokenize([text], stopwords="en", return_ids=False, show_progress=False)[0]
        lexical = (
            np.asarray(self._bm25.get_scores(tokens), dtype=np.float64)
            if tokens
            else np.zeros(len(self._units))
        )
        lexical = lexical / lexical.max() if lexical.max() > 0 else lexical
        # Issue evidence: 1 for a recognised issue; the classifier's probability for one not
        # taken, so that a question with no recognised issue still ranks by what it is near.
        weight = dict(issues) if isinstance(issues, dict) else dict.fromkeys(issues, 1.0)
        scored: list[tuple[float, int, str, Related]] = []
        for i, (edition, p) in enumerate(self._units):
            topic = max((weight.get(t, 0.0) for t in self._topics[i]), default=0.0)
            cite = 1.0 if (edition.ref, p.id) in cited else 0.0
            score = W_DENSE * dense[i] + W_LEXICAL * lexical[i] + W_TOPIC * topic + W_CITED * cite
            r = Related(edition.code, edition.name, p.id, round(float(score), 4))
            scored.append((-r.score, self._order[edition.ref], p.id, r))
        scored.sort(key=lambda t: (t[0], t[1], t[2]))
        kept: dict[str, int] = {}
        out: list[Related] = []
        for _, _, _, r in scored:
            ref = f"{r.code}@{r.edition}"
            if kept.get(ref, 0) < PER_EDITION:
                kept[ref] = kept.get(ref, 0) + 1
                out.append(r)
        return tuple(out)
