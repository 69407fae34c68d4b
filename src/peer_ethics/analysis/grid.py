"""Exhaustive enumeration of the discretised fact space with the batch evaluator.

The grid of an issue is every combination of the values space.grid_values gives the facts its
norms read (each option, yes, no, each threshold and its neighbours, 0, and unknown). It is the
solver's cross-check and the baseline the analysis benchmark compares it with.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from peer_ethics.core.facts import FactValue, Vocabulary
from peer_ethics.core.norms import NormSet

from .batch import BatchEvaluator, Column, FactTable, dtype_of, encode_value
from .space import grid_values, issue_facts, issue_limits
from .verdicts import CONFLICT, VERDICT_CODES


def grid_table(
    vocabulary: Vocabulary, axes: Sequence[tuple[str, Sequence[FactValue | None]]]
) -> FactTable:
    """Every combination of the given values of the given facts, one row each."""
    sizes = [len(values) for _, values in axes]
    total = int(np.prod(sizes)) if sizes else 1
    columns: dict[str, Column] = {}
    index = np.indices(sizes).reshape(len(sizes), -1) if sizes else np.zeros((0, 1), int)
    for k, (fact_id, values) in enumerate(axes):
        spec = vocabulary.fact(fact_id)
        codes = np.array([encode_value(spec, v) for v in values], dtype=dtype_of(spec))
        columns[fact_id] = codes[index[k]]
    return FactTable(total, columns)


def grid_regions(
    vocabulary: Vocabulary, sides: tuple[NormSet, NormSet], issue: str
) -> dict[tuple[str, str], dict[str, FactValue]]:
    """Exhaustive enumeration: every differing verdict pair the grid reaches on `issue`, each
    with the grid situation the solver would prefer (the solver's cross-check)."""
    facts = issue_facts(sides, issue)
    limits = issue_limits(sides, issue)
    table = grid_table(
        vocabulary, [(f, grid_values(vocabulary.fact(f), limits.get(f, ()))) for f in facts]
    )
    evaluator = BatchEvaluator(vocabulary, table)
    (va, open_a), (vb, open_b) = (evaluator.decisions(ns, issue) for ns in sides)
    known = np.zeros(table.size, dtype=np.int64)
    for column in table.columns.values():
        known += ~np.isnan(column) if column.dtype.kind == "f" else column >= 0
    waiting = open_a.astype(np.int64) + open_b
    differ = np.flatnonzero((va != vb) & (va != CONFLICT) & (vb != CONFLICT))
    out: dict[tuple[str, str], dict[str, FactValue]] = {}
    # Rows in the solver's order of preference (fewest sides waiting on an unknown fact, then
    # fewest known facts), so the first row of each pair is the one it would pick.
    order = np.lexsort((known[differ], waiting[differ]))
    for row in differ[order]:
        pair = (VERDICT_CODES[va[row]], VERDICT_CODES[vb[row]])
        if pair not in out:
            out[pair] = table.row(vocabulary, int(row))
    return dict(sorted(out.items()))
