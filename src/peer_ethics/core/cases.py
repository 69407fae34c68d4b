"""Norm test cases: a named situation with the verdict each edition is expected to give."""

from __future__ import annotations

from dataclasses import dataclass

from .engine import evaluate_situation
from .errors import PeerEthicsError
from .facts import FactValue
from .rulebook import Rulebook


@dataclass(frozen=True)
class Expectation:
    edition: str  # `wa@draft`
    verdict: str
    provisions: tuple[str, ...] = ()  # each must be among the determination's provisions


@dataclass(frozen=True)
class Case:
    """A sentence-style name, one issue, the facts, and what each edition should answer."""

    name: str
    source: str  # file it came from
    issue: str
    facts: tuple[tuple[str, object], ...]
    expect: tuple[Expectation, ...]
    about: tuple[str, ...] = ()  # provisions the case exercises even where they do not apply


@dataclass(frozen=True)
class Outcome:
    case: Case
    failures: tuple[str, ...]
    fired: tuple[tuple[str, str], ...]  # (edition, norm id) of the norms that decided

    @property
    def passed(self) -> bool:
        return not self.failures


def run_case(rulebook: Rulebook, case: Case) -> Outcome:
    """Evaluate a case on each edition it names and compare with what it expects."""
    try:
        situation = rulebook.vocabulary.situation((case.issue,), dict(case.facts))
        editions = rulebook.editions(tuple(e.edition for e in case.expect))
        results = {d.ref: d for d in evaluate_situation(rulebook, situation, editions)}
    except PeerEthicsError as exc:
        return Outcome(case, (f"{case.source}: case «{case.name}»: {exc}",), ())
    failures: list[str] = []
    fired: list[tuple[str, str]] = []
    for exp in case.expect:
        got = results[exp.edition]
        if got.verdict != "conditional":
            fired.extend((exp.edition, n) for n in got.norms)
        missing = [p for p in exp.provisions if p not in got.provisions]
        if got.verdict != exp.verdict or missing:
            failures.append(
                f"{case.source}: case «{case.name}» on {exp.edition}: expected {exp.verdict} "
                f"[{', '.join(exp.provisions)}], got {got.verdict} [{', '.join(got.provisions)}] "
                f"from norms [{', '.join(got.norms) or 'none'}]"
            )
    return Outcome(case, tuple(failures), tuple(fired))


def fact_items(facts: dict[str, FactValue]) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(facts.items()))
