"""How people name what the JSON records name by id: editions, topics, provisions, verdicts, and
a witness situation told as one sentence (fixed templates and the situation model's words)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peer_ethics.core.corpus import Corpus, Edition
from peer_ethics.core.facts import Vocabulary

VERDICT_WORDS = {
    "prohibited": "Prohibited",
    "required": "Required",
    "permitted": "Permitted",
    "conditional": "Depends on conditions",
    "not_addressed": "Not addressed",
}
STRENGTH_WORDS = {"must": "a firm rule (“must”)", "should": "a recommendation (“should”)"}
_NOT_KNOWN = ". Not known: "


def edition_name(corpus: Corpus, edition: Edition) -> str:
    """'Washington State — current code (in force)', 'Washington State — draft (proposed, not in
    force)': the place from the code's jurisdiction, then what the edition is."""
    place = corpus.code(edition.code).jurisdiction.split(" (")[0] or edition.code
    what = "draft (proposed, not in force)" if edition.proposed else "current code (in force)"
    return f"{place} — {what}"


def join_and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Naming:
    """The words reports use in place of ids, built once from the corpus and situation model."""

    corpus: Corpus
    vocabulary: Vocabulary

    def edition(self, ref: str) -> str:
        code, _, name = ref.partition("@")
        return edition_name(self.corpus, self.corpus.edition(code, name))

    def topic(self, issue: str) -> str:
        return self.vocabulary.issue(issue).label

    def provision(self, code: str, edition: str, provision: str) -> str:
        """'Professional conduct, item 9' (its id when the code gives it no label)."""
        found = self.corpus.edition(code, edition).get(provision)
        return found.name if found else provision

    def quote(self, code: str, edition: str, provision: str) -> str:
        """'Professional conduct, item 9: “…”', the provision's curated words in that edition."""
        found = self.corpus.edition(code, edition).get(provision)
        if found is None:
            return provision
        return f"{found.name}: “{found.text}”"

    def situation(self, witness: Mapping[str, Any]) -> str:
        """'A peer asks about <conduct> when <fact>, <fact> and <fact>.' Facts the witness leaves
        unknown follow as their questions."""
        issue = str(witness["issue"])
        conduct = self.vocabulary.issue(issue).conduct
        rank = {f.id: i for i, f in enumerate(self.vocabulary.facts)}
        facts = sorted(dict(witness.get("facts") or {}).items(), key=lambda kv: rank.get(kv[0], 0))
        told = [self.vocabulary.fact(f).describe(v) for f, v in facts]
        text = f"A peer asks about {conduct}" + (f" when {join_and(told)}." if told else ".")
        description = str(witness.get("description", ""))
        if _NOT_KNOWN in description:
            text += " Not yet known: " + description.split(_NOT_KNOWN, 1)[1]
        return text


def verdict(value: object) -> str:
    return VERDICT_WORDS.get(str(value), str(value))
