"""The rulebook: a corpus with its vocabulary and the norms of every edition, ready to evaluate."""

from __future__ import annotations

from dataclasses import dataclass, field

from .conditions import Condition, covers_all, facts_of, render
from .corpus import Corpus, Edition
from .errors import BadReference
from .facts import FactValue, Vocabulary
from .norms import Norm, NormSet


@dataclass(frozen=True)
class Rulebook:
    """Everything the engine needs, loaded once by the composition root."""

    corpus: Corpus
    vocabulary: Vocabulary
    normsets: tuple[NormSet, ...]
    # Lookups derived from the fields above, filled on first use (the rulebook never changes).
    _cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    def norms_of(self, edition: Edition) -> NormSet:
        found = self._cache.get(("norms", edition.ref))
        if found is None:
            for ns in self.normsets:
                if ns.code == edition.code and ns.edition == edition.name:
                    self._cache[("norms", edition.ref)] = found = ns
                    break
            else:
                raise BadReference(f"{edition.ref} has no norms")
        return found  # type: ignore[return-value]

    def topical(self, edition: Edition, issue: str) -> tuple[str, ...]:
        """Ids of the edition's provisions whose topics include the issue."""
        key = ("topical", edition.ref, issue)
        if key not in self._cache:
            self._cache[key] = tuple(p.id for p in edition.provisions if issue in p.topics)
        return self._cache[key]  # type: ignore[return-value]

    def text(self, edition: Edition, provision_id: str) -> str:
        """The shown (curated) text of a provision of an edition."""
        key = ("text", edition.ref, provision_id)
        if key not in self._cache:
            self._cache[key] = edition.provision(provision_id).text
        return self._cache[key]  # type: ignore[return-value]

    def facts_read(self, normset: NormSet, norm: Norm) -> tuple[str, ...]:
        """The facts a norm's effective condition reads, remembered per norm."""
        key = ("reads", normset.code, normset.edition, norm.id)
        if key not in self._cache:
            self._cache[key] = facts_of(normset.effective_when(norm))
        return self._cache[key]  # type: ignore[return-value]

    def describe(self, fact_id: str, value: FactValue) -> str:
        """A known fact in its fixed words, remembered per (fact, value)."""
        key = ("says", fact_id, value)
        if key not in self._cache:
            self._cache[key] = self.vocabulary.fact(fact_id).describe(value)
        return self._cache[key]  # type: ignore[return-value]

    def norm_head(self, edition: Edition, norm: Norm) -> str:
        """The fixed start of a firing norm's explanation line: id, citations and title."""
        key = ("head", edition.ref, norm.id)
        if key not in self._cache:
            cited = ", ".join(f"{edition.ref}:{p}" for p in norm.provisions)
            self._cache[key] = f"{norm.id} ({cited}): {norm.title or norm.verdict}."
        return self._cache[key]  # type: ignore[return-value]

    def quote_line(self, edition: Edition, provision_id: str) -> str:
        """The explanation line quoting a provision's words in one edition."""
        key = ("quote", edition.ref, provision_id)
        if key not in self._cache:
            text = self.text(edition, provision_id)
            self._cache[key] = f"{edition.ref}:{provision_id} says: “{text}”"
        return self._cache[key]  # type: ignore[return-value]

    def render(self, cond: Condition) -> str:
        """`conditions.render` with this rulebook's vocabulary, remembered per condition."""
        key = ("render", cond)
        if key not in self._cache:
            self._cache[key] = render(cond, self.vocabulary)
        return self._cache[key]  # type: ignore[return-value]

    def covers_all(self, conds: tuple[Condition, ...]) -> bool:
        """`conditions.covers_all` with this rulebook's vocabulary, remembered per conditions."""
        key = ("covers", conds)
        if key not in self._cache:
            self._cache[key] = covers_all(conds, self.vocabulary)
        return self._cache[key]  # type: ignore[return-value]

    def editions(self, refs: tuple[str, ...] = ()) -> tuple[Edition, ...]:
        """The editions named (`wa@draft`, or `wa` for all of a code's), else every edition."""
        if not refs:
            if "all" not in self._cache:
                self._cache["all"] = tuple(self.corpus.editions())
            return self._cache["all"]  # type: ignore[return-value]
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
