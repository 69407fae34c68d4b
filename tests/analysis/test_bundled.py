"""On the bundled codes: batch equals the engine, and the solver misses no difference the
exhaustive grid finds (every option, yes/no/unknown, each threshold ±1 and 0, unknown)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peer_ethics.analysis.batch import CONFLICT, VERDICT_CODES, BatchEvaluator, FactTable
from peer_ethics.analysis.compare import witnesses_for
from peer_ethics.analysis.grid import grid_table
from peer_ethics.analysis.space import grid_values, issue_facts, issue_limits
from peer_ethics.core.engine import decide, select
from peer_ethics.core.facts import FactValue
from peer_ethics.loading.rules import load_rulebook

BOOK = load_rulebook()
VOCAB = BOOK.vocabulary
EDITIONS = BOOK.editions()
ISSUES = tuple(i.id for i in VOCAB.issues)


def _value(fact_id: str) -> st.SearchStrategy[FactValue]:
    spec = VOCAB.fact(fact_id)
    if spec.type == "enum":
        return st.sampled_from(spec.options)
    if spec.type == "number":
        return st.sampled_from((0.0, 1.0, 6.0, 11.0, 12.0, 13.0, 20.0, 100.0))
    return st.booleans()


bundled_situations = st.fixed_dictionaries({}, optional={f.id: _value(f.id) for f in VOCAB.facts})


@settings(max_examples=60, deadline=None)
@given(st.lists(bundled_situations, min_size=1, max_size=30))
def test_batch_equals_engine_on_every_edition_and_issue(rows: list[dict[str, FactValue]]) -> None:
    evaluator = BatchEvaluator(VOCAB, FactTable.from_situations(VOCAB, rows))
    for edition in EDITIONS:
        ns = BOOK.norms_of(edition)
        for issue in ISSUES:
            codes, waiting = evaluator.decisions(ns, issue)
            got = [VERDICT_CODES[c] for c in codes]
            assert got == [decide(ns, issue, r)[0] for r in rows], (edition.ref, issue)
            assert [bool(w) for w in waiting] == [bool(select(ns, issue, r)[1]) for r in rows]


PAIRS = [("wa@current", "wi@current"), ("wa@current", "wa@draft"), ("wa@draft", "wi@current")]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_grid_finds_no_difference_the_solver_missed(a: str, b: str) -> None:
    ea, eb = BOOK.corpus.resolve(a), BOOK.corpus.resolve(b)
    sides = (BOOK.norms_of(ea), BOOK.norms_of(eb))
    for issue in ISSUES:
        found, _ = witnesses_for(BOOK, (ea, eb), issue)
        solver_pairs = {w.verdicts for w in found}
        facts = issue_facts(sides, issue)
        limits = issue_limits(sides, issue)
        table = grid_table(
            VOCAB, [(f, grid_values(VOCAB.fact(f), limits.get(f, ()))) for f in facts]
        )
        ev = BatchEvaluator(VOCAB, table)
        va, vb = ev.verdicts(sides[0], issue), ev.verdicts(sides[1], issue)
        assert not (va == CONFLICT).any() and not (vb == CONFLICT).any()
        differ = va != vb
        grid_pairs = {
            (VERDICT_CODES[x], VERDICT_CODES[y])
            for x, y in zip(va[differ], vb[differ], strict=True)
        }
        assert grid_pairs <= solver_pairs, (issue, grid_pairs - solver_pairs)
        # The bundled thresholds are whole numbers far apart, so the grid reaches every region.
        assert solver_pairs == grid_pairs, (issue, solver_pairs - grid_pairs)
        for w in found:
            for side in w.sides:
                assert side.verdict == "not_addressed" or side.provisions, (issue, side)
