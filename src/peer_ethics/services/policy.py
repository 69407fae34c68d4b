"""Use cases of agency policies: read one, check it against the codes, apply it as a layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peer_ethics.core.cases import Case, Outcome, run_case
from peer_ethics.core.corpus import IN_FORCE
from peer_ethics.core.policy import Policy, with_policy
from peer_ethics.core.rulebook import Rulebook
from peer_ethics.loading.policy import read_policy

from .check import rulebook


def load_policy(path: Path) -> Policy:
    """A policy file, read and checked against the codes' situation model (BadInput if not)."""
    return read_policy(path, rulebook())


def policy_rulebook(policy: Policy) -> Rulebook:
    """The codes plus the policy as one more edition (for its cases and its questions)."""
    return with_policy(rulebook(), policy)


@dataclass(frozen=True)
class PolicyCheck:
    """A policy and every clause that weakens an in-force code, each with a witness."""

    policy: Policy
    conflicts: tuple[object, ...]  # analysis.policy_check.PolicyConflict
    problems: tuple[str, ...] = ()  # the policy's own contradictions and unreachable norms

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            editions = ", ".join(
                e.ref
                for e in rulebook().corpus.editions()
                if e.code in self.policy.codes and e.status == IN_FORCE
            )
            return [
                f"OK: {self.policy.ref} ({len(self.policy.clauses)} clauses) permits nothing "
                f"an in-force code prohibits and drops no duty ({editions})."
            ]
        lines = [c.line(self.policy) for c in self.conflicts]  # type: ignore[attr-defined]
        return lines + [f"problem: {p}" for p in self.problems]

    def to_dict(self) -> dict[str, object]:
        book = policy_rulebook(self.policy)
        return {
            "policy": self.policy.to_dict(),
            "ok": self.ok,
            "conflicts": [c.to_dict(book) for c in self.conflicts],  # type: ignore[attr-defined]
            "problems": list(self.problems),
        }


def check_policy(policy: Policy) -> PolicyCheck:
    """Find, with the solver, each clause that permits what an in-force code prohibits or drops
    a duty a code requires."""
    from peer_ethics.analysis.policy_check import policy_conflicts, policy_problems

    book = rulebook()
    return PolicyCheck(policy, policy_conflicts(book, policy), policy_problems(book, policy))


def run_policy_cases(policy: Policy, chosen: tuple[Case, ...]) -> tuple[Outcome, ...]:
    """A policy's YAML cases, each evaluated on the editions it names: the codes' editions and
    the policy's own (`riverbend-recovery@2026-01`)."""
    book = policy_rulebook(policy)
    return tuple(run_case(book, c) for c in chosen)
