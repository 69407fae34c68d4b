"""Check an agency policy against the codes: the solver looks for a situation where the policy
permits what an in-force code prohibits, or does not require what a code requires.

For every issue the policy decides and every in-force edition of the codes it works under, the
question put to z3 is: is there a situation where both give a settled answer (no norm waits on
an unknown fact) and the policy's answer weakens the code's? A code's `prohibited` is weakened
by a policy's `permitted`, `conditional` or `required`; a code's `required` by `prohibited`,
`permitted` or `conditional`. Where the code leaves the matter to the agency (`conditional`,
`permitted`, `not_addressed`) any answer of the policy settles it; a stricter one is allowed.
Each conflict comes with a minimal witness, decided again by core.engine on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from peer_ethics.core.conditions import facts_of
from peer_ethics.core.corpus import IN_FORCE
from peer_ethics.core.engine import Determination, evaluate_situation
from peer_ethics.core.facts import FactValue
from peer_ethics.core.policy import Policy, with_policy
from peer_ethics.core.rulebook import Rulebook

from . import solver
from .narrate import describe, facts_dict, ordered, side_dict
from .verdicts import CODE_OF

WEAKER = {
    "prohibited": ("permitted", "conditional", "required"),
    "required": ("prohibited", "permitted", "conditional"),
}
KIND = {"prohibited": "permits what {ref} prohibits", "required": "drops a duty {ref} requires"}


@dataclass(frozen=True)
class PolicyConflict:
    """A clause of the policy that weakens an in-force code, with a witness situation."""

    clause: str
    edition: str  # the code edition, e.g. wi@current
    issue: str
    kind: str  # "permits" or "drops_duty"
    facts: tuple[tuple[str, FactValue], ...]
    description: str
    sides: tuple[Determination, Determination]  # (code, policy)

    def line(self, policy: Policy) -> str:
        """One line in plain words: the clause, what it does, and the witness situation."""
        code, mine = self.sides
        what = KIND[code.verdict].format(ref=self.edition)
        cited = ", ".join(f"{code.ref}:{p}" for p in code.provisions)
        return (
            f"{policy.ref}:{self.clause} {what} ({cited}: {code.verdict}; the policy: "
            f"{mine.verdict}). {self.description}."
        )

    def to_dict(self, book: Rulebook) -> dict[str, object]:
        return {
            "clause": self.clause,
            "edition": self.edition,
            "issue": self.issue,
            "kind": self.kind,
            "facts": facts_dict(book.vocabulary, dict(self.facts)),
            "description": self.description,
            "sides": [side_dict(d) for d in self.sides],
        }


def policy_conflicts(rulebook: Rulebook, policy: Policy) -> tuple[PolicyConflict, ...]:
    """Every (clause, code edition, issue) where the policy weakens an in-force code."""
    book = with_policy(rulebook, policy)
    mine = policy.normset
    mine_edition = book.corpus.edition(policy.id, policy.version)
    editions = [
        e for e in rulebook.corpus.editions() if e.code in policy.codes and e.status == IN_FORCE
    ]
    out: list[PolicyConflict] = []
    for issue in mine.issues():
        for edition in editions:
            theirs = rulebook.norms_of(edition)
            facts = [
                f
                for ns in (theirs, mine)
                for n in ns.for_issue(issue)
                for f in facts_of(ns.effective_when(n))
            ]
            symbols = solver.Symbols(book.vocabulary, facts)
            code_v, _, code_open = solver.decision_terms(symbols, theirs, issue)
            mine_v, _, mine_open = solver.decision_terms(symbols, mine, issue)
            for verdict, weaker in WEAKER.items():
                # One witness per clause: block a clause's deciding region once reported.
                blocked: list[z3.BoolRef] = []
                while True:
                    where = [
                        code_v == CODE_OF[verdict],
                        z3.Or(*[mine_v == CODE_OF[w] for w in weaker]),
                        z3.Not(code_open),
                        z3.Not(mine_open),
                        *blocked,
                    ]
                    found = solver.minimal_situation(symbols, where)
                    if found is None:
                        break
                    conflict = _conflict(book, policy, edition, mine_edition, issue, found)
                    out.append(conflict)
                    deciding = [n for n in mine.for_issue(issue) if n.id in conflict.sides[1].norms]
                    blocked.extend(
                        z3.Not(symbols.truth(mine.effective_when(n))[0]) for n in deciding
                    )
                    if not deciding:
                        break
    return tuple(sorted(out, key=lambda c: (_clause_rank(policy, c.clause), c.edition, c.issue)))


def _clause_rank(policy: Policy, clause_id: str) -> int:
    return next(i for i, c in enumerate(policy.clauses) if c.id == clause_id)


def _conflict(
    book: Rulebook,
    policy: Policy,
    edition: object,
    mine_edition: object,
    issue: str,
    found: dict[str, FactValue],
) -> PolicyConflict:
    situation = book.vocabulary.situation((issue,), found)
    (code,) = evaluate_situation(book, situation, (edition,))  # type: ignore[arg-type]
    (mine,) = evaluate_situation(book, situation, (mine_edition,))  # type: ignore[arg-type]
    kind = "permits" if code.verdict == "prohibited" else "drops_duty"
    return PolicyConflict(
        clause=mine.provisions[0],
        edition=code.ref,
        issue=issue,
        kind=kind,
        facts=tuple(ordered(book.vocabulary, found)),
        description=describe(book.vocabulary, issue, found),
        sides=(code, mine),
    )


def policy_problems(rulebook: Rulebook, policy: Policy) -> tuple[str, ...]:
    """The policy's own contradictions (two norms firing together at one priority with different
    verdicts) and unreachable norms, as lint finds them, one line each."""
    from .lint import lint_edition

    book = with_policy(rulebook, policy)
    found = lint_edition(book, book.corpus.edition(policy.id, policy.version))
    return tuple(f.message for f in found.findings if f.kind in ("contradiction", "unreachable"))
