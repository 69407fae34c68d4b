"""The fact space an issue's norms read: its facts, their thresholds, grid values, round numbers.

Two situations whose numbers fall in the same *cell* (the same side of every threshold the
norms compare a fact with) get the same verdicts, so a witness number can be moved to the
roundest value of its cell, and a grid of each threshold, its neighbours and 0 reaches every
cell whose width is at least two. No numpy here, so that compare and impact do not load it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from peer_ethics.core.conditions import Condition, facts_of, thresholds
from peer_ethics.core.facts import FactSpec, FactValue, Vocabulary
from peer_ethics.core.norms import Norm, NormSet


def issue_conditions(normsets: Iterable[NormSet], issue: str) -> list[Condition]:
    """The effective conditions of every norm raising `issue` in the given editions."""
    return [ns.effective_when(n) for ns in normsets for n in ns.for_issue(issue)]


def issue_facts(normsets: Iterable[NormSet], issue: str) -> tuple[str, ...]:
    """The facts the issue's norms read, in first-use order."""
    seen: dict[str, None] = {}
    for cond in issue_conditions(normsets, issue):
        for f in facts_of(cond):
            seen.setdefault(f)
    return tuple(seen)


def issue_limits(normsets: Iterable[NormSet], issue: str) -> dict[str, set[float]]:
    """Every number the issue's norms compare each numeric fact with."""
    out: dict[str, set[float]] = {}
    for cond in issue_conditions(normsets, issue):
        for fact, values in thresholds(cond).items():
            out.setdefault(fact, set()).update(values)
    return out


def grid_values(spec: FactSpec, limits: Iterable[float]) -> tuple[FactValue | None, ...]:
    """Every option, yes and no, or each threshold ±1 and 0 — and unknown (None)."""
    if spec.type in ("bool", "judgement"):
        return (True, False, None)
    if spec.type == "enum":
        return (*spec.options, None)
    points = {0.0}
    for t in limits:
        points.update(v for v in (t - 1, t, t + 1) if v >= 0)
    return (*sorted(points), None)


def unless_closure(normset: NormSet, norms: Iterable[Norm]) -> set[str]:
    """The ids of the given norms and of every norm they yield to, transitively."""
    out: set[str] = set()
    stack = [n.id for n in norms]
    while stack:
        norm_id = stack.pop()
        if norm_id in out:
            continue
        out.add(norm_id)
        stack.extend(normset.norm(norm_id).unless)
    return out


def round_number(value: float, limits: Iterable[float]) -> float:
    """The roundest number on the same side of every threshold as `value` (numbers are >= 0)."""
    points = sorted(set(limits))
    if value in points:
        return value
    below = [t for t in points if t < value]
    above = [t for t in points if t > value]
    lo = below[-1] if below else None  # exclusive; None means the cell starts at 0 inclusive
    hi = above[0] if above else None  # exclusive; None means unbounded
    if hi is None:
        start = lo if lo is not None else 0.0
        step = 10.0 ** (len(str(int(start))) - 1) if start >= 1 else 1.0
        return (math.floor(start / step) + 1) * step
    first = 0 if lo is None else math.floor(lo) + 1
    last = math.ceil(hi) - 1
    if first > last:
        return (hi + (lo if lo is not None else 0.0)) / 2
    smallest_positive = max(first, 1)
    if smallest_positive > last:
        return float(first)
    # Most trailing zeros first, then the smallest: 10 before 5 in (0, 12), 20 in (12, 24).
    step = 10 ** len(str(last))
    while step >= 1:
        candidate = -(-smallest_positive // step) * step
        if candidate <= last:
            return float(candidate)
        step //= 10
    return float(smallest_positive)


def rounded(
    vocabulary: Vocabulary, facts: Mapping[str, FactValue], limits: Mapping[str, set[float]]
) -> dict[str, FactValue]:
    """The facts with every number moved to the roundest value of its cell."""
    out: dict[str, FactValue] = {}
    for fact_id, value in facts.items():
        spec = vocabulary.fact(fact_id)
        if spec.type == "number" and isinstance(value, float):
            out[fact_id] = round_number(value, limits.get(fact_id, set()))
        else:
            out[fact_id] = value
    return out
