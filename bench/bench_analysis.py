"""Compare and impact timings: the solver against exhaustive enumeration (issue 7).

Whole process (a fresh Python each run, from start to the JSON written):
- `peer-ethics compare wa@current wi@current --json` and `peer-ethics impact wa --json`
  (solver; goal <= 2 s each);
- the same difference sets by exhaustive enumeration of the discretised fact space with the
  batch evaluator (`--grid`, this script in a child process).
In process (rule data already loaded), the analysis alone. Medians over the runs; the two
methods' (issue, verdict pair) sets are checked to be equal.

    .venv/bin/python bench/bench_analysis.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PAIRS = {"compare": ("wa@current", "wi@current"), "impact": ("wa@current", "wa@draft")}


def grid(job: str) -> dict[str, list[list[str]]]:
    """Every (issue, verdict pair) by exhaustive enumeration, with a fewest-facts grid witness."""
    from peer_ethics.analysis.grid import grid_regions
    from peer_ethics.loading.rules import load_rulebook

    book = load_rulebook()
    a, b = (book.norms_of(book.corpus.resolve(r)) for r in PAIRS[job])
    out: dict[str, list[list[str]]] = {}
    for issue in (i.id for i in book.vocabulary.issues):
        found = grid_regions(book.vocabulary, (a, b), issue)
        if found:
            out[issue] = sorted([x, y] for x, y in found)
    return out


def solver_pairs(data: dict[str, object], job: str) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    if job == "compare":
        for w in data["witnesses"]:  # type: ignore[attr-defined]
            out.setdefault(w["issue"], []).append(list(w["verdicts"]))
    else:
        for t in data["transitions"]:  # type: ignore[attr-defined]
            out.setdefault(t["issue"], []).append([t["from"], t["to"]])
    return {k: sorted(v) for k, v in out.items()}


def whole(cmd: list[str], runs: int) -> tuple[list[float], str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        times.append(time.perf_counter() - start)
    return times, out


def in_process(runs: int) -> dict[str, list[float]]:
    from peer_ethics import services
    from peer_ethics.loading.rules import load_rulebook

    load_rulebook()
    out: dict[str, list[float]] = {
        "compare": [],
        "impact": [],
        "grid compare": [],
        "grid impact": [],
    }
    for _ in range(runs):
        for name, fn in (
            ("compare", lambda: services.compare(*PAIRS["compare"])),
            ("impact", lambda: services.impact("wa", "current", "draft")),
            ("grid compare", lambda: grid("compare")),
            ("grid impact", lambda: grid("impact")),
        ):
            start = time.perf_counter()
            fn()
            out[name].append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--grid", choices=sorted(PAIRS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.grid:
        print(json.dumps(grid(args.grid)))
        return
    exe = str(BIN / "peer-ethics")
    me = [sys.executable, __file__, "--grid"]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; medians of {args.runs} runs"
    )
    for job, cmd in (
        ("compare", [exe, "compare", *PAIRS["compare"], "--json"]),
        ("impact", [exe, "impact", "wa", "--json"]),
    ):
        t_solver, out = whole(cmd, args.runs)
        t_grid, grid_out = whole([*me, job], args.runs)
        same = solver_pairs(json.loads(out), job) == json.loads(grid_out)
        print(
            f"{job} {' <-> '.join(PAIRS[job])} whole process: solver median "
            f"{statistics.median(t_solver):.2f} s (max {max(t_solver):.2f}), exhaustive "
            f"enumeration median {statistics.median(t_grid):.2f} s; same difference set: {same}"
        )
    for name, times in in_process(args.runs).items():
        print(
            f"in process, rules loaded: {name:13s} median {statistics.median(times) * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    main()
