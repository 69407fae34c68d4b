"""Agency policies: an agency's own clauses, in the norm language, applied as a third layer.

A policy is versioned and cited like a code edition (`riverbend-recovery@2026-01:gifts.small`):
each clause is a "provision" whose words are quoted, and its norms cite the clause. It is
evaluated by the same engine, as an edition of its own with status `agency_policy`, after the
codes' determinations and never mixed into them (SPEC §3 "Agency policies").
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Code, Corpus, Edition, Provision
from .engine import Determination, evaluate_situation
from .facts import FactSpec, Situation, Vocabulary
from .norms import NormSet
from .rulebook import Rulebook

AGENCY_POLICY = "agency_policy"  # the status of a policy's determinations
LAYER_TITLE = "Your agency's policy"


@dataclass(frozen=True)
class PolicyClause:
    """One clause: its id, its words (always quoted, never paraphrased), the code provisions
    it settles or makes stricter (e.g. wi.11), for the reader."""

    id: str
    text: str
    settles: tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class Policy:
    """An agency's policy: id, version, name, the codes it works under, clauses and norms."""

    id: str
    version: str
    name: str
    codes: tuple[str, ...]  # the codes whose in-force editions the policy is checked against
    clauses: tuple[PolicyClause, ...]
    normset: NormSet  # code = the agency id, edition = the version; norms cite clause ids
    facts: tuple[FactSpec, ...] = ()  # facts of its own, beside the codes' situation model
    sha256: str = ""  # digest of the file it was read from

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def clause(self, clause_id: str) -> PolicyClause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)

    def edition(self) -> Edition:
        """The policy as an edition: one provision per clause, its words as the text."""
        provisions = []
        for i, c in enumerate(self.clauses, 1):
            topics = tuple(
                dict.fromkeys(
                    issue for n in self.normset.norms if c.id in n.provisions for issue in n.issues
                )
            )
            provisions.append(
                Provision(
                    id=c.id,
                    code=self.id,
                    edition=self.version,
                    section=self.name,
                    ordinal=i,
                    text=c.text,
                    raw=c.text,
                    topics=topics,
                    label=c.title,
                )
            )
        return Edition(
            code=self.id,
            name=self.version,
            status=AGENCY_POLICY,
            title=self.name,
            source="",
            derived_from="the agency's policy file",
            provisions=tuple(provisions),
        )

    def as_code(self) -> Code:
        """The policy as a code of one edition, titled as the answers' third layer."""
        return Code(
            id=self.id,
            name=self.name,
            jurisdiction=LAYER_TITLE,
            person_term="",
            editions=(self.edition(),),
        )

    def to_dict(self) -> dict[str, object]:
        """What an answer says about the policy applied (beside `corpus`)."""
        return {"id": self.id, "version": self.version, "name": self.name, "sha256": self.sha256}


def vocabulary_with(vocabulary: Vocabulary, policy: Policy) -> Vocabulary:
    """The codes' situation model plus the policy's own facts."""
    return Vocabulary(vocabulary.issues, (*vocabulary.facts, *policy.facts))


def with_policy(rulebook: Rulebook, policy: Policy) -> Rulebook:
    """A rulebook holding the codes and the policy as one more edition (evaluated on demand
    only: callers name the policy's edition explicitly)."""
    corpus = Corpus(
        codes=(*rulebook.corpus.codes, policy.as_code()),
        version=rulebook.corpus.version,
        sha256=rulebook.corpus.sha256,
    )
    return Rulebook(
        corpus, vocabulary_with(rulebook.vocabulary, policy), (*rulebook.normsets, policy.normset)
    )


def determine(
    rulebook: Rulebook, policy: Policy, situation: Situation
) -> tuple[Determination, ...]:
    """The policy's determinations for a situation: one per issue, cited to its clauses."""
    book = with_policy(rulebook, policy)
    return evaluate_situation(book, situation, (book.corpus.edition(policy.id, policy.version),))
