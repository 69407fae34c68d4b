"""Batch evaluator throughput: 1M generated situations against every edition (issue 4).

A situation is one issue plus random facts (each fact unknown 30% of the time, else a random
option, yes/no, or a number near the norms' thresholds). Prints the median and p95 of
`evaluate_rows` over the runs and the throughput in situation-editions per second (goal >= 1M/s),
plus the all-issues form (every issue of every situation on every edition) for reference.
Before timing, 2,000 rows are checked against core.engine.decide.

    .venv/bin/python bench/bench_batch.py [--rows 1000000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np

from peer_ethics.analysis.batch import (
    VERDICT_CODES,
    FactTable,
    dtype_of,
    encode_value,
    evaluate_batch,
    evaluate_rows,
)
from peer_ethics.analysis.space import grid_values
from peer_ethics.core.conditions import thresholds
from peer_ethics.core.engine import decide
from peer_ethics.loading.rules import load_rulebook


def generate(book, n: int, seed: int = 7) -> tuple[FactTable, np.ndarray]:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    limits: dict[str, set[float]] = {}
    for ns in book.normsets:
        for norm in ns.norms:
            for fact, values in thresholds(ns.effective_when(norm)).items():
                limits.setdefault(fact, set()).update(values)
    columns = {}
    for spec in book.vocabulary.facts:
        values = [v for v in grid_values(spec, limits.get(spec.id, ())) if v is not None]
        codes = np.array([encode_value(spec, v) for v in values], dtype=dtype_of(spec))
        column = codes[rng.integers(0, len(codes), n)]
        unknown = rng.random(n) < 0.3
        column[unknown] = np.nan if spec.type == "number" else -1
        columns[spec.id] = column
    issues = rng.integers(0, len(book.vocabulary.issues), n)
    return FactTable(n, columns), issues


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    book = load_rulebook()
    vocab = book.vocabulary
    normsets = [book.norms_of(e) for e in book.editions()]
    issues = [i.id for i in vocab.issues]
    table, issue_of_row = generate(book, args.rows)

    # Correctness first: a sample of rows against the engine.
    sample = 2000
    small = FactTable(sample, {f: c[:sample] for f, c in table.columns.items()})
    got = evaluate_rows(vocab, normsets, issues, issue_of_row[:sample], small)
    for r in range(sample):
        facts = small.row(vocab, r)
        for e, ns in enumerate(normsets):
            assert VERDICT_CODES[got[e, r]] == decide(ns, issues[issue_of_row[r]], facts)[0]

    n_ed = len(normsets)
    rows_t = timed(lambda: evaluate_rows(vocab, normsets, issues, issue_of_row, table), args.runs)
    all_t = timed(lambda: evaluate_batch(vocab, normsets, issues, table), max(1, args.runs // 2))
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        f", numpy {np.__version__}"
    )
    print(
        f"{args.rows:,} situations (one issue each) x {n_ed} editions, "
        f"{sum(len(ns.norms) for ns in normsets)} norms; checked {sample:,} rows against the engine"
    )
    med = statistics.median(rows_t)
    print(
        f"one issue per situation: median {med:.3f} s, p95 {p95(rows_t):.3f} s "
        f"-> {args.rows * n_ed / med / 1e6:.2f} M situation-editions/s (goal >= 1 M/s)"
    )
    med_all = statistics.median(all_t)
    per = args.rows * n_ed * len(issues)
    print(
        f"every issue of every situation ({len(issues)} issues): median {med_all:.3f} s "
        f"-> {args.rows * n_ed / med_all / 1e6:.2f} M situation-editions/s, "
        f"{per / med_all / 1e6:.1f} M verdicts/s"
    )


if __name__ == "__main__":
    main()
