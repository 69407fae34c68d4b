"""Witness situations told in plain words (fixed templates and the user-facing fact words)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peer_ethics.core.engine import Determination
from peer_ethics.core.facts import FactValue, Vocabulary


def ordered(vocabulary: Vocabulary, facts: Mapping[str, FactValue]) -> list[tuple[str, FactValue]]:
    """The facts in the situation model's order (so that output never depends on a solver)."""
    rank = {f.id: i for i, f in enumerate(vocabulary.facts)}
    return sorted(facts.items(), key=lambda kv: rank[kv[0]])


def describe(
    vocabulary: Vocabulary,
    issue: str,
    facts: Mapping[str, FactValue],
    unknown: Iterable[str] = (),
) -> str:
    """'A peer asks about <conduct>: <fact>; <fact>' — then the facts that are not known."""
    conduct = vocabulary.issue(issue).conduct
    told = [vocabulary.fact(f).describe(v) for f, v in ordered(vocabulary, facts)]
    text = f"A peer asks about {conduct}: " + ("; ".join(told) if told else "nothing else is known")
    open_questions = [vocabulary.fact(f).question for f in unknown if f not in facts]
    if open_questions:
        text += ". Not known: " + " ".join(open_questions)
    return text


def json_value(value: FactValue) -> FactValue | int:
    """12.0 -> 12, so that JSON shows the number a user would type."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def facts_dict(vocabulary: Vocabulary, facts: Mapping[str, FactValue]) -> dict[str, object]:
    return {k: json_value(v) for k, v in ordered(vocabulary, facts)}


def side_dict(d: Determination) -> dict[str, object]:
    """One side of a witness: the fields of SPEC §3 a reader needs, and citations."""
    return {
        "code": d.code,
        "edition": d.edition,
        "status": d.status,
        "verdict": d.verdict,
        "strength": d.strength,
        "provisions": list(d.provisions),
        "citations": [f"{d.ref}:{p}" for p in d.provisions],
        "conditions": [c.text for c in d.conditions],
        "duties": [c.text for c in d.duties],
        "explanation": list(d.explanation),
        "norms": list(d.norms),
    }
