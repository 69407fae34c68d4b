"""Lint an edition's norms: contradictions, unreachable norms, unnormed provisions, unused facts.

Problems (the command exits 1): two norms that can fire together at their priority with
different verdicts (the engine would raise NormConflict on that situation, found by the
solver); a norm whose effective condition no situation satisfies; an operative provision (not
aspirational) that no norm cites as deciding. Notes: a norm that never decides an issue (a norm
of higher priority applies whenever it does; it can still leave an answer open while unknown),
facts no norm of the edition reads, and the count of conditions that only judgement can settle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from peer_ethics.core.conditions import All, AnyOf, Cmp, Condition, Not, facts_of
from peer_ethics.core.corpus import Edition
from peer_ethics.core.facts import FactValue
from peer_ethics.core.rulebook import Rulebook

from . import solver
from .narrate import facts_dict, ordered
from .solver import z3_not

_EXCEPTIONS = " once its exceptions are taken out"
PROBLEMS = ("contradiction", "unreachable", "unnormed_provision")


@dataclass(frozen=True)
class Finding:
    kind: str  # contradiction | unreachable | unnormed_provision | unused_fact
    edition: str
    message: str
    norms: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    issue: str = ""
    witness: tuple[tuple[str, FactValue], ...] = ()

    @property
    def problem(self) -> bool:
        return self.kind in PROBLEMS


@dataclass(frozen=True)
class EditionLint:
    edition: Edition
    findings: tuple[Finding, ...]
    norms: int
    judgement_conditions: int  # comparisons on judgement facts in the norms' conditions
    judgement_norms: int  # norms with at least one
    judgement_clauses: int  # stated conditions (`conditions:`) flagged `judgement: true`


@dataclass(frozen=True)
class LintReport:
    editions: tuple[EditionLint, ...]

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for e in self.editions for f in e.findings if f.problem)

    def to_dict(self, rulebook: Rulebook) -> dict[str, object]:
        return {
            "ok": not self.problems,
            "problems": len(self.problems),
            "editions": [
                {
                    "code": e.edition.code,
                    "edition": e.edition.name,
                    "norms": e.norms,
                    "judgement_conditions": e.judgement_conditions,
                    "judgement_norms": e.judgement_norms,
                    "judgement_clauses": e.judgement_clauses,
                    "findings": [_finding(f, rulebook) for f in e.findings],
                }
                for e in self.editions
            ],
        }


def _finding(f: Finding, rulebook: Rulebook) -> dict[str, object]:
    return {
        "kind": f.kind,
        "problem": f.problem,
        "edition": f.edition,
        "issue": f.issue or None,
        "norms": list(f.norms),
        "provisions": list(f.provisions),
        "facts": list(f.facts),
        "witness": facts_dict(rulebook.vocabulary, dict(f.witness)),
        "message": f.message,
    }


def lint(rulebook: Rulebook, editions: Iterable[Edition]) -> LintReport:
    return LintReport(tuple(lint_edition(rulebook, e) for e in editions))


def lint_edition(rulebook: Rulebook, edition: Edition) -> EditionLint:
    vocab = rulebook.vocabulary
    ns = rulebook.norms_of(edition)
    ref = edition.ref
    findings: list[Finding] = []
    read = {f for n in ns.norms for f in facts_of(n.when)}
    symbols = solver.Symbols(vocab, [f.id for f in vocab.facts if f.id in read])
    issues = [i.id for i in vocab.issues if ns.for_issue(i.id)]
    for issue in issues:
        for (x, y), found in solver.conflicts(symbols, ns, issue):
            a, b = ns.norm(x), ns.norm(y)
            findings.append(
                Finding(
                    "contradiction",
                    ref,
                    f"{ref}: norms {a.id} ({', '.join(a.provisions)}) and {b.id} "
                    f"({', '.join(b.provisions)}) give {a.verdict} and {b.verdict} at priority "
                    f"{a.priority} for {issue} when {_situation(rulebook, found)}",
                    norms=(a.id, b.id),
                    provisions=_unique((*a.provisions, *b.provisions)),
                    issue=issue,
                    witness=tuple(ordered(vocab, found)),
                )
            )
    for norm in ns.norms:
        true, _ = symbols.truth(ns.effective_when(norm))
        if not solver.satisfiable(symbols, [true]):
            findings.append(
                Finding(
                    "unreachable",
                    ref,
                    f"{ref}: norm {norm.id} ({', '.join(norm.provisions)}) never applies: no "
                    f"situation satisfies its condition{_EXCEPTIONS if norm.unless else ''}",
                    norms=(norm.id,),
                    provisions=norm.provisions,
                )
            )
            continue
        for issue in norm.issues:
            higher = [
                symbols.truth(ns.effective_when(h))[0]
                for h in ns.for_issue(issue)
                if h.priority > norm.priority
            ]
            if higher and not solver.satisfiable(symbols, [true, *(z3_not(t) for t in higher)]):
                findings.append(
                    Finding(
                        "never_decides",
                        ref,
                        f"{ref}: norm {norm.id} ({', '.join(norm.provisions)}) never decides "
                        f"{issue}: a norm of higher priority applies whenever it does",
                        norms=(norm.id,),
                        provisions=norm.provisions,
                        issue=issue,
                    )
                )
    cited = {p for n in ns.norms for p in n.provisions}
    aspirational = {a.provision for a in ns.aspirational}
    for p in edition.provisions:
        if p.id not in cited and p.id not in aspirational:
            findings.append(
                Finding(
                    "unnormed_provision",
                    ref,
                    f"{ref}: provision {p.id} is operative (not listed as aspirational) but "
                    "no norm cites it as deciding",
                    provisions=(p.id,),
                )
            )
    unused = [f.id for f in vocab.facts if f.id not in read]
    if unused:
        findings.append(
            Finding(
                "unused_fact",
                ref,
                f"{ref}: no norm reads {len(unused)} fact(s): {', '.join(unused)}",
                facts=tuple(unused),
            )
        )
    judged = [
        sum(1 for c in _comparisons(n.when) if vocab.fact(c.fact).type == "judgement")
        for n in ns.norms
    ]
    clauses = sum(1 for n in ns.norms for c in n.conditions if c.judgement)
    return EditionLint(
        edition, tuple(findings), len(ns.norms), sum(judged), sum(1 for j in judged if j), clauses
    )


def _comparisons(cond: Condition) -> list[Cmp]:
    if isinstance(cond, Cmp):
        return [cond]
    if isinstance(cond, All | AnyOf):
        return [c for item in cond.items for c in _comparisons(item)]
    if isinstance(cond, Not):
        return _comparisons(cond.item)
    return []


def _situation(rulebook: Rulebook, facts: Mapping[str, FactValue]) -> str:
    vocab = rulebook.vocabulary
    told = [vocab.fact(f).describe(v) for f, v in ordered(vocab, facts)]
    return "; ".join(told) if told else "nothing else is known"


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
