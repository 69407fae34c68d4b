"""The interview: which unknown facts would change an answer, most decisive first, and why."""

from __future__ import annotations

from dataclasses import dataclass

from .conditions import candidate_values, facts_of, residual, thresholds
from .corpus import Edition
from .engine import VERDICT_WORDS, decide, select
from .facts import FactValue, Situation
from .rulebook import Rulebook

# How an edition is labelled in a question's "why" (an agency policy is not a code edition).
_STATUS_WORDS = {"proposed": "proposed", "agency_policy": "agency policy"}


@dataclass(frozen=True)
class Question:
    """A follow-up question about one fact, with the answers it accepts and what it changes."""

    fact: str
    prompt: str
    options: tuple[str, ...]
    why: str
    help: str
    changes: int  # how many (edition, issue) answers it can change

    def to_dict(self) -> dict[str, object]:
        return {
            "fact": self.fact,
            "prompt": self.prompt,
            "options": list(self.options),
            "why": self.why,
            "help": self.help,
        }


def questions(
    rulebook: Rulebook, situation: Situation, editions: tuple[Edition, ...] = ()
) -> tuple[Question, ...]:
    """Unknown facts that change at least one edition's verdict, most decisive first."""
    chosen = editions or rulebook.editions()
    known = situation.known()
    # Facts any relevant norm reads, with the numbers it compares them with.
    order: dict[str, set[float]] = {}
    for edition in chosen:
        ns = rulebook.norms_of(edition)
        for issue in situation.issues:
            for norm in ns.for_issue(issue):
                cond = ns.effective_when(norm)
                numbers = thresholds(cond)
                for f in facts_of(cond):
                    if f not in known:
                        order.setdefault(f, set()).update(numbers.get(f, set()))
    asked: list[tuple[int, int, Question]] = []
    for rank, (fact_id, limits) in enumerate(order.items()):
        spec = rulebook.vocabulary.fact(fact_id)
        values = candidate_values(spec, limits)
        changed: list[str] = []
        for edition in chosen:
            ns = rulebook.norms_of(edition)
            for issue in situation.issues:
                now, _ = decide(ns, issue, known)
                outcomes = {decide(ns, issue, {**known, fact_id: v})[0] for v in values}
                if outcomes != {now}:
                    later = " or ".join(VERDICT_WORDS[o] for o in sorted(outcomes) if o != now)
                    label = f"{edition.ref} ({_STATUS_WORDS.get(edition.status, 'in force')})"
                    changed.append(f"changes {label} from {VERDICT_WORDS[now]} to {later}")
        if changed:
            options = tuple(_option(v) for v in values)
            q = Question(
                fact_id, spec.question, options, "; ".join(changed), spec.help, len(changed)
            )
            asked.append((-len(changed), rank, q))
    asked.extend(_jointly_deciding(rulebook, situation, chosen, order, {q.fact for *_, q in asked}))
    return tuple(q for _, _, q in sorted(asked, key=lambda t: (t[0], t[1])))


def _jointly_deciding(
    rulebook: Rulebook,
    situation: Situation,
    chosen: tuple[Edition, ...],
    order: dict[str, set[float]],
    asked: set[str],
) -> list[tuple[int, int, Question]]:
    """Facts still open in a conditional answer that no single answer settles on its own.

    When every open alternative needs two facts or more ("intended serious harm": intent and
    seriousness), no one answer changes the verdict, yet the answer is still open: these facts
    are asked after the decisive ones, so the interview does not stop while something matters.
    """
    known = situation.known()
    needed: dict[str, list[str]] = {}
    for edition in chosen:
        ns = rulebook.norms_of(edition)
        label = f"{edition.ref} ({_STATUS_WORDS.get(edition.status, 'in force')})"
        for issue in situation.issues:
            _, pending = select(ns, issue, known)
            if not pending:
                continue
            for norm in pending:
                for f in facts_of(residual(ns.effective_when(norm), known)):
                    if f not in asked and label not in needed.setdefault(f, []):
                        needed[f].append(label)
    out: list[tuple[int, int, Question]] = []
    for rank, (fact_id, limits) in enumerate(order.items()):
        if fact_id not in needed:
            continue
        spec = rulebook.vocabulary.fact(fact_id)
        options = tuple(_option(v) for v in candidate_values(spec, limits))
        why = "; ".join(
            f"with other answers, settles {label}, now conditional" for label in needed[fact_id]
        )
        out.append((0, rank, Question(fact_id, spec.question, options, why, spec.help, 0)))
    return out


def _option(value: FactValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return value
