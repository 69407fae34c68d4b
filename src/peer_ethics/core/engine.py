"""The engine: a situation and editions in, one cited determination per (edition, issue) out.

Deterministic and pure. A norm fires when its condition is true; the highest-priority firing
norms decide. Norms of higher priority whose condition is unknown make the answer
`conditional`, with each alternative spelled out and cited; the engine never guesses a fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from .conditions import evaluate, facts_of, residual
from .corpus import Edition
from .errors import NormConflict
from .facts import FactValue, Situation
from .norms import Clause, Norm, NormSet
from .rulebook import Rulebook

VERDICT_WORDS = {
    "prohibited": "prohibited",
    "required": "required",
    "permitted": "permitted",
    "conditional": "conditional",
    "not_addressed": "not addressed",
}


@dataclass(frozen=True)
class Determination:
    """What one edition says about one issue of a situation, with its reasons and citations."""

    code: str
    edition: str
    status: str
    issue: str
    verdict: str
    strength: str | None
    provisions: tuple[str, ...]
    conditions: tuple[Clause, ...]
    duties: tuple[Clause, ...]
    explanation: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    related: tuple[str, ...]
    norms: tuple[str, ...]

    @property
    def ref(self) -> str:
        return f"{self.code}@{self.edition}"

    def to_dict(self) -> dict[str, object]:
        """The determination fields of SPEC §3 (plus `related` and `norms`)."""
        return {
            "code": self.code,
            "edition": self.edition,
            "status": self.status,
            "issue": self.issue,
            "verdict": self.verdict,
            "strength": self.strength,
            "provisions": list(self.provisions),
            "conditions": [_clause(c) for c in self.conditions],
            "duties": [_clause(c) for c in self.duties],
            "explanation": list(self.explanation),
            "quotes": dict(self.quotes),
            "related": list(self.related),
            "norms": list(self.norms),
        }


def _clause(c: Clause) -> dict[str, object]:
    return {"text": c.text, "provisions": list(c.provisions), "judgement": c.judgement}


def evaluate_situation(
    rulebook: Rulebook, situation: Situation, editions: tuple[Edition, ...] = ()
) -> tuple[Determination, ...]:
    """One determination per (edition, issue), editions in-force first, issues in given order."""
    chosen = editions or rulebook.editions()
    facts = situation.known()
    out: list[Determination] = []
    for edition in chosen:
        normset = rulebook.norms_of(edition)
        for issue in situation.issues:
            out.append(_determine(rulebook, edition, normset, issue, facts))
    return tuple(out)


def decide(
    normset: NormSet, issue: str, facts: dict[str, FactValue]
) -> tuple[str, tuple[str, ...]]:
    """The verdict alone and the norms behind it: the fast path used by batch and interview."""
    decided, pending = select(normset, issue, facts)
    verdict = _verdict(decided, pending)
    return verdict, tuple(n.id for n in (*decided, *pending))


def select(
    normset: NormSet, issue: str, facts: dict[str, FactValue]
) -> tuple[tuple[Norm, ...], tuple[Norm, ...]]:
    """The firing norms of the top firing priority, and the unknown norms ranked at or above it."""
    pending: list[Norm] = []
    fired: list[Norm] = []
    fired_priority: int | None = None
    for norm in normset.for_issue(issue):
        if fired_priority is not None and norm.priority < fired_priority:
            break
        truth = evaluate(normset.effective_when(norm), facts)
        if truth is True:
            fired.append(norm)
            fired_priority = norm.priority
        elif truth is None:
            pending.append(norm)
    verdicts = {n.verdict for n in fired}
    if len(verdicts) > 1:
        a, b = fired[0], next(n for n in fired if n.verdict != fired[0].verdict)
        raise NormConflict(
            f"{normset.code}@{normset.edition}: norms {a.id} ({', '.join(a.provisions)}) and "
            f"{b.id} ({', '.join(b.provisions)}) give {a.verdict} and {b.verdict} at priority "
            f"{a.priority} for {issue}"
        )
    # An unknown norm that would give the same answer as the deciding one changes nothing.
    base = fired[0].verdict if fired else "not_addressed"
    relevant = [n for n in pending if n.verdict != base or n.verdict == "conditional"]
    return tuple(fired), tuple(relevant)


def _verdict(decided: tuple[Norm, ...], pending: tuple[Norm, ...]) -> str:
    if pending:
        return "conditional"
    return decided[0].verdict if decided else "not_addressed"


def _determine(
    rulebook: Rulebook, edition: Edition, normset: NormSet, issue: str, facts: dict[str, FactValue]
) -> Determination:
    vocab = rulebook.vocabulary
    decided, pending = select(normset, issue, facts)
    verdict = _verdict(decided, pending)
    conditions: list[Clause] = []
    explanation: list[str] = []
    cite = edition.ref
    open_conds = tuple(residual(normset.effective_when(n), facts) for n in pending)
    for norm, open_cond in zip(pending, open_conds, strict=True):
        cond = rulebook.render(open_cond)
        judgement = any(vocab.fact(f).type == "judgement" for f in facts_of(open_cond))
        if norm.verdict == "conditional":
            conditions.append(Clause(f"if {cond}, allowed only if:", norm.provisions, judgement))
            conditions.extend(norm.conditions)
        else:
            conditions.append(
                Clause(f"{VERDICT_WORDS[norm.verdict]} if {cond}", norm.provisions, judgement)
            )
        explanation.append(
            f"{norm.id} ({cites(cite, norm)}) would make it {VERDICT_WORDS[norm.verdict]} "
            f"if {cond}; that is not known yet."
        )
    if pending and not rulebook.covers_all(open_conds):
        otherwise = decided[0].verdict if decided else "not_addressed"
        sources = decided[0].provisions if decided else ()
        conditions.append(Clause(f"otherwise {VERDICT_WORDS[otherwise]}", sources))
    for norm in decided:
        used = [f for f in rulebook.facts_read(normset, norm) if f in facts]
        because = "; ".join(rulebook.describe(f, facts[f]) for f in used) or "it always applies"
        explanation.append(f"{rulebook.norm_head(edition, norm)} It applies because {because}.")
        if not pending:
            conditions.extend(norm.conditions)
    if not decided and not pending:
        explanation.append(
            f"No norm of {cite} decides {vocab.issue(issue).conduct}; the closest provisions "
            f"are shown as related."
        )
    provisions = _unique(p for n in (*decided, *pending) for p in n.provisions)
    duties = tuple(d for n in decided for d in n.duties) if not pending else ()
    strength = (pending or decided)[0].strength if (pending or decided) else None
    quotes = tuple((p, rulebook.text(edition, p)) for p in provisions)
    explanation.extend(rulebook.quote_line(edition, p) for p in provisions)
    topical = tuple(p for p in rulebook.topical(edition, issue) if p not in provisions)
    return Determination(
        code=edition.code,
        edition=edition.name,
        status=edition.status,
        issue=issue,
        verdict=verdict,
        strength=strength,
        provisions=provisions,
        conditions=tuple(conditions),
        duties=duties,
        explanation=tuple(explanation),
        quotes=quotes,
        related=topical,
        norms=tuple(n.id for n in (*decided, *pending)),
    )


def cites(edition_ref: str, norm: Norm) -> str:
    """The citations of a norm's provisions in one edition, e.g. `wa@draft:wa.conduct.9`."""
    return ", ".join(f"{edition_ref}:{p}" for p in norm.provisions)


def _unique(items: object) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for i in items:  # type: ignore[attr-defined]
        seen.setdefault(i)
    return tuple(seen)
