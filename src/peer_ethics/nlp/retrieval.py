"""Related provisions of every edition, ranked by fusing dense, lexical and issue evidence.

Dense: cosine between the question's embedding and each provision's (cached by model hash and
text digest in `nlp/data/provision_vectors.json`; a provision not in the cache, e.g. of a newly
added code, is embedded on first use). Lexical: BM25 (`lexical.py`, equal to bm25s) over each
provision's words plus the plain labels of the issues it is tagged with, which bridges everyday
and code wording.
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
from .lexical import Bm25

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
        self._bm25 = Bm25(docs)
        # Issue tags as a (provisions, issues) matrix; ties broken by edition order, then id.
        self._issue_index = {i.id: n for n, i in enumerate(vocabulary.issues)}
        self._tags = np.zeros((len(self._units), len(self._issue_index)), dtype=np.float64)
        for u, (_, p) in enumerate(self._units):
            for t in p.topics:
                if t in self._issue_index:
                    self._tags[u, self._issue_index[t]] = 1.0
        order = sorted(range(len(self._units)), key=lambda u: (self._unit_order(u), self._id(u)))
        self._tiebreak = np.empty(len(self._units), dtype=np.int64)
        self._tiebreak[order] = np.arange(len(self._units))
        self._position = {(e.ref, p.id): u for u, (e, p) in enumerate(self._units)}

    def _unit_order(self, u: int) -> int:
        return self._order[self._units[u][0].ref]

    def _id(self, u: int) -> str:
        return self._units[u][1].id

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
        dense = np.clip(cos, 0, None).astype(np.float64)
        dense = dense / dense.max() if dense.max() > 0 else dense
        lexical = self._bm25.scores(text).astype(np.float64)
        lexical = lexical / lexical.max() if lexical.max() > 0 else lexical
        # Issue evidence: 1 for a recognised issue; the classifier's probability for one not
        # taken, so that a question with no recognised issue still ranks by what it is near.
        weight = np.zeros(len(self._issue_index))
        pairs = issues.items() if isinstance(issues, dict) else ((i, 1.0) for i in issues)
        for issue, w in pairs:
            if issue in self._issue_index:
                weight[self._issue_index[issue]] = w
        topic = (self._tags * weight).max(axis=1) if len(weight) else np.zeros(len(self._units))
        cite = np.zeros(len(self._units))
        for key in cited:
            if key in self._position:
                cite[self._position[key]] = 1.0
        score = W_DENSE * dense + W_LEXICAL * lexical + W_TOPIC * topic + W_CITED * cite
        rounded = [round(float(x), 4) for x in score]
        ranked = np.lexsort((self._tiebreak, -np.asarray(rounded)))
        kept: dict[str, int] = {}
        out: list[Related] = []
        for u in ranked:
            edition, p = self._units[u]
            if kept.get(edition.ref, 0) < PER_EDITION:
                kept[edition.ref] = kept.get(edition.ref, 0) + 1
                out.append(Related(edition.code, edition.name, p.id, rounded[u]))
        return tuple(out)
