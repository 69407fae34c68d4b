"""The solver's verdict terms agree with the engine, and its regions are complete and minimal."""

from __future__ import annotations

import numpy as np
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from peer_ethics.analysis.batch import CONFLICT, VERDICT_CODES, BatchEvaluator
from peer_ethics.analysis.grid import grid_table
from peer_ethics.analysis.solver import STRENGTHS, Symbols, regions, strength_term, verdict_term
from peer_ethics.analysis.space import grid_values, issue_facts, issue_limits
from peer_ethics.core.engine import decide, select
from peer_ethics.core.errors import NormConflict
from peer_ethics.core.facts import FactValue
from peer_ethics.core.norms import NormSet

from .norm_strategies import FACTS, ISSUES, VOCAB, normsets, situations


def engine_verdict(ns: NormSet, issue: str, facts: dict[str, FactValue]) -> str:
    try:
        return decide(ns, issue, facts)[0]
    except NormConflict:
        return "conflict"


def pin(symbols: Symbols, facts: dict[str, FactValue]) -> list[z3.BoolRef]:
    """Constraints fixing the symbols to one situation."""
    out = []
    for f in symbols.facts:
        spec = VOCAB.fact(f)
        if f not in facts:
            out.append(z3.Not(symbols.known[f]))
            continue
        out.append(symbols.known[f])
        v = facts[f]
        if spec.type == "enum":
            out.append(symbols.value[f] == spec.options.index(str(v)))
        elif spec.type == "number":
            out.append(symbols.value[f] == z3.RealVal(str(v), symbols.ctx))
        else:
            out.append(symbols.value[f] == z3.BoolVal(bool(v), symbols.ctx))
    return out


@settings(max_examples=150, deadline=None)
@given(normsets(), st.lists(situations, min_size=1, max_size=5))
def test_verdict_term_equals_engine(ns: NormSet, rows: list[dict[str, FactValue]]) -> None:
    symbols = Symbols(VOCAB, FACTS)
    for issue in ISSUES:
        term = verdict_term(symbols, ns, issue)
        for facts in rows:
            s = z3.Solver(ctx=symbols.ctx)
            s.add(*pin(symbols, facts))
            assert s.check() == z3.sat
            got = VERDICT_CODES[s.model().eval(term, model_completion=True).as_long()]
            assert got == engine_verdict(ns, issue, facts)
            if got != "conflict":
                decided, pending = select(ns, issue, facts)
                chosen = (pending or decided)[:1]
                strength = s.model().eval(strength_term(symbols, ns, issue), True).as_long()
                assert STRENGTHS[strength] == (chosen[0].strength if chosen else None)


def grid_pairs(a: NormSet, b: NormSet, issue: str) -> dict[tuple[str, str], tuple[int, int]]:
    """Every differing verdict pair on the discretised space, with the best (sides waiting on
    an unknown fact, known facts) any of its rows has."""
    facts = issue_facts([a, b], issue)
    limits = issue_limits([a, b], issue)
    axes = [(f, grid_values(VOCAB.fact(f), limits.get(f, ()))) for f in facts]
    table = grid_table(VOCAB, axes)
    ev = BatchEvaluator(VOCAB, table)
    (va, wa), (vb, wb) = ev.decisions(a, issue), ev.decisions(b, issue)
    known = np.zeros(table.size, dtype=np.int64)
    for f in facts:
        column = table.columns[f]
        known += ~np.isnan(column) if VOCAB.fact(f).type == "number" else column >= 0
    waiting = wa.astype(np.int64) + wb
    out: dict[tuple[str, str], tuple[int, int]] = {}
    ok = (va != vb) & (va != CONFLICT) & (vb != CONFLICT)
    for x, y, w, k in zip(va[ok], vb[ok], waiting[ok], known[ok], strict=True):
        pair = (VERDICT_CODES[x], VERDICT_CODES[y])
        out[pair] = min(out.get(pair, (9, 99)), (int(w), int(k)))
    return out


def waiting(ns: NormSet, issue: str, facts: dict[str, FactValue]) -> int:
    return int(bool(select(ns, issue, facts)[1]))


@settings(max_examples=60, deadline=None)
@given(normsets("current"), normsets("draft"))
def test_regions_are_complete_minimal_and_true(a: NormSet, b: NormSet) -> None:
    for issue in ISSUES:
        found = regions(VOCAB, (a, b), issue, issue_facts([a, b], issue))
        pairs = {pair: facts for pair, facts in found}
        assert len(pairs) == len(found)
        for pair, facts in found:
            assert (engine_verdict(a, issue, facts), engine_verdict(b, issue, facts)) == pair
        for pair, best in grid_pairs(a, b, issue).items():
            assert pair in pairs, f"the grid finds {pair} for {issue}; the solver does not"
            facts = pairs[pair]
            key = (waiting(a, issue, facts) + waiting(b, issue, facts), len(facts))
            assert key <= best


def test_a_region_between_close_thresholds_gets_a_witness_inside_it() -> None:
    """12 < n < 13 holds for no whole number: the witness is 12.5."""
    from peer_ethics.core.conditions import All, Cmp
    from peer_ethics.core.norms import Norm

    when = All((Cmp("value_dollars", "gt", 12.0), Cmp("value_dollars", "lt", 13.0)))
    a = NormSet(
        "x", "current", (Norm("a", ("x.1",), ("accept_gift",), "prohibited", "must", when),)
    )
    b = NormSet("x", "draft", ())
    found = dict(regions(VOCAB, (a, b), "accept_gift", ("value_dollars",)))
    assert found == {
        ("prohibited", "not_addressed"): {"value_dollars": 12.5},
        ("conditional", "not_addressed"): {},
    }
