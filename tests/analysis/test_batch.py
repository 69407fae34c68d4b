"""The batch evaluator gives exactly the engine's verdicts, row by row."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peer_ethics.analysis.batch import (
    CONFLICT,
    VERDICT_CODES,
    BatchEvaluator,
    FactTable,
    evaluate_batch,
)
from peer_ethics.core.engine import decide, select
from peer_ethics.core.errors import NormConflict
from peer_ethics.core.facts import FactValue
from peer_ethics.core.norms import NormSet

from .norm_strategies import ISSUES, VOCAB, normsets, situations


def engine_verdict(ns: NormSet, issue: str, facts: dict[str, FactValue]) -> str:
    try:
        return decide(ns, issue, facts)[0]
    except NormConflict:
        return "conflict"


@settings(max_examples=300, deadline=None)
@given(normsets(), st.lists(situations, min_size=1, max_size=40))
def test_batch_equals_engine_on_random_norms(ns: NormSet, rows: list[dict[str, FactValue]]) -> None:
    table = FactTable.from_situations(VOCAB, rows)
    evaluator = BatchEvaluator(VOCAB, table)
    for issue in ISSUES:
        codes, waiting = evaluator.decisions(ns, issue)
        got = [VERDICT_CODES[c] for c in codes]
        assert got == [engine_verdict(ns, issue, r) for r in rows]
        for r, row in enumerate(rows):
            if got[r] != "conflict":
                assert bool(waiting[r]) == bool(select(ns, issue, row)[1])


def test_rows_round_trip_through_columns() -> None:
    rows: list[dict[str, FactValue]] = [
        {"person": "former_client", "months_since_services_ended": 12.0},
        {"dual_avoidable": False, "significant_value": True},
        {},
    ]
    table = FactTable.from_situations(VOCAB, rows)
    assert [table.row(VOCAB, i) for i in range(3)] == rows


def test_conflict_raises_naming_the_issue_unless_asked_for() -> None:
    from peer_ethics.core.norms import Norm

    ns = NormSet(
        "x",
        "current",
        (
            Norm("a", ("x.1",), ("accept_gift",), "prohibited", "must"),
            Norm("b", ("x.2",), ("accept_gift",), "permitted", "must"),
        ),
    )
    table = FactTable.from_situations(VOCAB, [{}])
    with pytest.raises(NormConflict, match="accept_gift"):
        evaluate_batch(VOCAB, [ns], ["accept_gift"], table)
    codes = evaluate_batch(VOCAB, [ns], ["accept_gift"], table, conflicts=True)
    assert np.all(codes == CONFLICT)
