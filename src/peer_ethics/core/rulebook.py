"""The rulebook: a corpus with its vocabulary and the norms of every edition, ready to evaluate."""

from __future__ import annotations

from dataclasses import dataclass

from .conditions import Condition
from .corpus import Corpus, Edition
from .errors import BadReference
from .facts import Vocabulary
from .norms import NormSet


@dataclass(frozen=True)
class Rulebook:
    """Everything the engine needs, loaded once by the composition root."""

    corpus: Corpus
    vocabulary: Vocabulary
    normsets: tuple[NormSet, ...]

    def norms_of(self, edition: Edition) -> NormSet:
        for ns in self.normsets:
            if ns.code == edition.code and ns.edition == edition.name:
                return ns
        raise BadReference(f"{edition.ref} has no norms")

    def editions(self, refs: tuple[str, ...] = ()) -> tuple[Edition, ...]:
        """The editions named (`wa@draft`, or `wa` for all of a code's), else every edition."""
        if not refs:
            return tuple(self.corpus.editions())
        chosen: list[Edition] = []
        for ref in refs:
            code_id, sep, name = ref.partition("@")
            code = self.corpus.code(code_id)
            chosen.extend([code.edition(name)] if sep else list(code.editions))
        order = {e.ref: i for i, e in enumerate(self.corpus.editions())}
        unique = {e.ref: e for e in chosen}
        return tuple(sorted(unique.values(), key=lambda e: order[e.ref]))

    def when(self, edition: Edition, norm_id: str) -> Condition:
        ns = self.norms_of(edition)
        return ns.effective_when(ns.norm(norm_id))
