"""Coverage: for every provision of every edition, its norms, its cases and whether a case fired it.

A provision is covered when it is operative (not aspirational), at least one norm of that
edition cites it, enough cases exercise it on that edition, and at least one case made a norm
citing it decide. Computed from data only, so the same rulebook and cases give the same table.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cases import Case, Outcome
from .rulebook import Rulebook

MIN_CASES = 3  # issue 4: at least three cases for every operative provision of every edition


@dataclass(frozen=True)
class ProvisionCoverage:
    """How well one provision of one edition is exercised by norms and cases."""

    code: str
    edition: str
    provision: str
    aspirational: bool
    reason: str  # why the provision is aspirational; "" when operative
    norms: int  # norms of this edition citing it
    cases: int  # cases expecting an answer from this edition that name it
    fired: bool  # some case made a norm citing it decide

    @property
    def covered(self) -> bool:
        """Aspirational provisions need no norm; operative ones need norms, cases and a firing."""
        if self.aspirational:
            return True
        return self.norms >= 1 and self.cases >= MIN_CASES and self.fired

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "edition": self.edition,
            "provision": self.provision,
            "aspirational": self.aspirational,
            "reason": self.reason,
            "norms": self.norms,
            "cases": self.cases,
            "fired": self.fired,
        }


def coverage(
    rulebook: Rulebook, cases: tuple[Case, ...], outcomes: tuple[Outcome, ...]
) -> tuple[ProvisionCoverage, ...]:
    """One entry per provision of every edition, in code, edition and document order."""
    fired: set[tuple[str, str]] = {pair for o in outcomes for pair in o.fired}
    out: list[ProvisionCoverage] = []
    for code in rulebook.corpus.codes:
        for edition in code.editions:
            normset = rulebook.norms_of(edition)
            reasons = {a.provision: a.reason for a in normset.aspirational}
            fired_here = {norm for ref, norm in fired if ref == edition.ref}
            for provision in edition.provisions:
                citing = [n for n in normset.norms if provision.id in n.provisions]
                named = [
                    c
                    for c in cases
                    if any(
                        e.edition == edition.ref
                        and (provision.id in e.provisions or provision.id in c.about)
                        for e in c.expect
                    )
                ]
                out.append(
                    ProvisionCoverage(
                        code=code.id,
                        edition=edition.name,
                        provision=provision.id,
                        aspirational=provision.id in reasons,
                        reason=reasons.get(provision.id, ""),
                        norms=len(citing),
                        cases=len(named),
                        fired=any(n.id in fired_here for n in citing),
                    )
                )
    return tuple(out)


def uncovered(table: tuple[ProvisionCoverage, ...]) -> tuple[ProvisionCoverage, ...]:
    """The operative provision-editions that lack a norm, enough cases or a firing."""
    return tuple(row for row in table if not row.covered)
