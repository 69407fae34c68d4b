"""Compare two editions: alignment per issue, solver-found difference witnesses, silence.

A *region* is a pair of differing verdicts (a, b) that some situation gets on one issue; the
solver finds every one and, for each, a minimal witness: settled by known facts where the region
allows (a `conditional` a norm states rather than one waiting on a fact left unknown), then the
fewest facts known, each fact's first options, round numbers. The witness is then decided by
core.engine on both sides, so that its verdicts, citations and explanations are exactly what a
user asking about that situation would see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peer_ethics.core.conditions import facts_of
from peer_ethics.core.corpus import Edition
from peer_ethics.core.engine import Determination, decide, evaluate_situation, select
from peer_ethics.core.errors import NormConflict
from peer_ethics.core.facts import FactValue, Situation
from peer_ethics.core.norms import NormSet
from peer_ethics.core.rulebook import Rulebook

from . import solver
from .narrate import describe, facts_dict, ordered, side_dict
from .space import issue_facts, issue_limits, rounded


@dataclass(frozen=True)
class Witness:
    """A minimal situation in one region, with what each side answers for it."""

    issue: str
    facts: tuple[tuple[str, FactValue], ...]
    description: str
    sides: tuple[Determination, Determination]

    @property
    def verdicts(self) -> tuple[str, str]:
        return self.sides[0].verdict, self.sides[1].verdict

    def to_dict(self, rulebook: Rulebook) -> dict[str, object]:
        return {
            "issue": self.issue,
            "verdicts": list(self.verdicts),
            "facts": facts_dict(rulebook.vocabulary, dict(self.facts)),
            "description": self.description,
            "sides": [side_dict(d) for d in self.sides],
        }


@dataclass(frozen=True)
class Alignment:
    """The provisions of each side whose norms decide one issue."""

    issue: str
    label: str
    provisions: tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Conflict:
    """Two norms of one edition that fire together at their priority with different verdicts."""

    edition: str
    issue: str
    norms: tuple[str, str]
    facts: tuple[tuple[str, FactValue], ...]


@dataclass(frozen=True)
class Comparison:
    sides: tuple[Edition, Edition]
    issues: tuple[str, ...]
    alignment: tuple[Alignment, ...]
    witnesses: tuple[Witness, ...]
    silent: tuple[tuple[str, str, str], ...]  # (issue, addressed by, silent side)
    conflicts: tuple[Conflict, ...]
    strength_differences: tuple[Witness, ...] = ()  # same verdict, "must" on one side only

    def to_dict(self, rulebook: Rulebook) -> dict[str, object]:
        a, b = self.sides
        labels = {i.id: i.label for i in rulebook.vocabulary.issues}
        return {
            "sides": [{"code": e.code, "edition": e.name, "status": e.status} for e in self.sides],
            "alignment": [
                {
                    "issue": al.issue,
                    "label": al.label,
                    "sides": [
                        {"code": e.code, "edition": e.name, "provisions": list(p)}
                        for e, p in zip(self.sides, al.provisions, strict=True)
                    ],
                }
                for al in self.alignment
            ],
            "witnesses": [w.to_dict(rulebook) for w in self.witnesses],
            "strength_differences": [w.to_dict(rulebook) for w in self.strength_differences],
            "silent": [
                {"issue": i, "label": labels[i], "addressed_by": by, "silent": quiet}
                for i, by, quiet in self.silent
            ],
            "conflicts": [
                {
                    "edition": c.edition,
                    "issue": c.issue,
                    "norms": list(c.norms),
                    "facts": facts_dict(rulebook.vocabulary, dict(c.facts)),
                }
                for c in self.conflicts
            ],
            "summary": {
                "witnesses": len(self.witnesses),
                "strength_differences": len(self.strength_differences),
                "silent": len(self.silent),
            },
            "editions": [a.ref, b.ref],
        }


def _verdict(ns: NormSet, issue: str, facts: Mapping[str, FactValue]) -> str:
    try:
        return decide(ns, issue, dict(facts))[0]
    except NormConflict:
        return "conflict"


@dataclass(frozen=True)
class IssueAnalysis:
    """What comparing two editions finds on one issue."""

    witnesses: tuple[Witness, ...]
    conflicts: tuple[Conflict, ...]
    addressed: tuple[bool, bool]
    strength_changes: tuple[Witness, ...] = ()  # same verdict, different strength


def analyse_issue(
    rulebook: Rulebook, editions: tuple[Edition, Edition], issue: str, strengths: bool = False
) -> IssueAnalysis:
    """Every region where the two editions answer `issue` differently, with a minimal witness;
    the conflicts (equal-priority disagreements) either edition can reach; which side speaks."""
    normsets = (rulebook.norms_of(editions[0]), rulebook.norms_of(editions[1]))
    if not normsets[0].for_issue(issue) and not normsets[1].for_issue(issue):
        return IssueAnalysis((), (), (False, False))
    facts = issue_facts(normsets, issue)
    limits = issue_limits(normsets, issue)
    vocab = rulebook.vocabulary
    pair = solver.IssuePair(vocab, normsets, issue, facts)
    out: list[Witness] = []
    for verdicts, raw in pair.regions():
        situation = rounded(vocab, raw, limits)
        if tuple(_verdict(ns, issue, situation) for ns in normsets) != verdicts:
            situation = raw  # never happens when cells are right; the exact model is still true
        out.append(witness(rulebook, editions, issue, situation))
    conflicts: list[Conflict] = []
    for edition, ns in zip(editions, normsets, strict=True):
        for norms, found in solver.conflicts(pair.symbols, ns, issue):
            conflicts.append(Conflict(edition.ref, issue, norms, tuple(ordered(vocab, found))))
    changes: list[Witness] = []
    for _, raw in pair.strength_regions() if strengths else ():
        changes.append(witness(rulebook, editions, issue, rounded(vocab, raw, limits)))
    addressed = (pair.addresses(0), pair.addresses(1))
    return IssueAnalysis(tuple(out), tuple(conflicts), addressed, tuple(changes))


def witnesses_for(
    rulebook: Rulebook, editions: tuple[Edition, Edition], issue: str
) -> tuple[list[Witness], list[Conflict]]:
    found = analyse_issue(rulebook, editions, issue)
    return list(found.witnesses), list(found.conflicts)


def witness(
    rulebook: Rulebook, editions: Sequence[Edition], issue: str, facts: Mapping[str, FactValue]
) -> Witness:
    """Decide a situation on both sides with the engine and tell it in plain words."""
    situation = Situation((issue,), tuple(sorted(facts.items())))
    a, b = (evaluate_situation(rulebook, situation, (e,))[0] for e in editions)
    open_facts: set[str] = set()
    for edition in editions:
        ns = rulebook.norms_of(edition)
        for norm in select(ns, issue, dict(facts))[1]:
            open_facts.update(facts_of(ns.effective_when(norm)))
    unknown = [f.id for f in rulebook.vocabulary.facts if f.id in open_facts and f.id not in facts]
    return Witness(
        issue=issue,
        facts=tuple(ordered(rulebook.vocabulary, facts)),
        description=describe(rulebook.vocabulary, issue, facts, unknown),
        sides=(a, b),
    )


def compare(rulebook: Rulebook, a: Edition, b: Edition, issues: tuple[str, ...] = ()) -> Comparison:
    """Alignment, every difference region with its witness, and silence, issue by issue."""
    vocab = rulebook.vocabulary
    chosen = tuple(vocab.issue(i).id for i in issues) or tuple(i.id for i in vocab.issues)
    normsets = (rulebook.norms_of(a), rulebook.norms_of(b))
    alignment: list[Alignment] = []
    witnesses: list[Witness] = []
    silent: list[tuple[str, str, str]] = []
    conflicts: list[Conflict] = []
    strengths: list[Witness] = []
    for issue in chosen:
        provisions = tuple(
            tuple(dict.fromkeys(p for n in ns.for_issue(issue) for p in n.provisions))
            for ns in normsets
        )
        alignment.append(Alignment(issue, vocab.issue(issue).label, (provisions[0], provisions[1])))
        found = analyse_issue(rulebook, (a, b), issue, strengths=True)
        witnesses.extend(found.witnesses)
        strengths.extend(found.strength_changes)
        conflicts.extend(found.conflicts)
        said = found.addressed
        if said == (True, False):
            silent.append((issue, a.ref, b.ref))
        elif said == (False, True):
            silent.append((issue, b.ref, a.ref))
    return Comparison(
        sides=(a, b),
        issues=chosen,
        alignment=tuple(alignment),
        witnesses=tuple(witnesses),
        silent=tuple(silent),
        conflicts=tuple(conflicts),
        strength_differences=tuple(strengths),
    )
