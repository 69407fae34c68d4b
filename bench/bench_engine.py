"""Engine benchmarks: one situation against every edition, and `check --json` as a whole process.

Prints figures; asserts nothing (the goals are printed beside them):
- single evaluation of one situation against all three editions (a settled one and an open one
  that every edition answers `conditional`): median and p95 over 20,000 runs (goal ≤ 50 µs);
- `peer-ethics check --facts FILE --json` whole-process time: median of 9 runs (goal ≤ 300 ms),
  with the bare interpreter start-up for comparison.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peer_ethics import services
from peer_ethics.core.engine import evaluate_situation

RUNS = 20_000
PROCESS_RUNS = 9
SINGLE_GOAL_US = 50.0
PROCESS_GOAL_MS = 300.0

# A settled situation (every edition decides) and an open one (every edition answers
# `conditional` and spells out its alternatives, the slower path).
SETTLED = {
    "issue": "accept_gift",
    "facts": {"person": "current_client", "object_kind": "money", "value_dollars": 20},
}
OPEN = {"issue": "accept_gift", "facts": {"person": "current_client", "object_kind": "item"}}
SITUATIONS = {"settled": SETTLED, "open": OPEN}


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_single(label: str, document: dict[str, object]) -> None:
    book = services.rulebook()
    situation = services.situation_from(document)
    editions = book.editions()
    for _ in range(500):  # warm the rulebook's caches, as a long-running process would be
        evaluate_situation(book, situation, editions)
    samples: list[float] = []
    clock = time.perf_counter_ns
    for _ in range(RUNS):
        start = clock()
        evaluate_situation(book, situation, editions)
        samples.append((clock() - start) / 1000)
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    print(f"single evaluation, {label} gift situation, {len(editions)} editions, {RUNS} runs:")
    print(
        f"  median {median:.1f} µs, p95 {p95:.1f} µs (goal ≤ {SINGLE_GOAL_US:.0f} µs; "
        f"median/goal {median / SINGLE_GOAL_US:.2f})"
    )


def run_ms(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) milliseconds of one child process.

    On a shared machine the wall clock includes waiting for a core; the CPU time does not.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def bench_process() -> None:
    cli = Path(sys.executable).parent / "peer-ethics"
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts.json"
        facts.write_text(json.dumps(SETTLED), encoding="utf-8")
        command = [str(cli), "check", "--facts", str(facts), "--json"]
        run_ms(command)  # the first run fills the OS file cache
        check = [run_ms(command) for _ in range(PROCESS_RUNS)]
        bare = [run_ms([sys.executable, "-c", "pass"]) for _ in range(PROCESS_RUNS)]
    wall = statistics.median(w for w, _ in check)
    cpu = statistics.median(c for _, c in check)
    bare_wall = statistics.median(w for w, _ in bare)
    print(f"peer-ethics check --facts … --json, whole process, {PROCESS_RUNS} runs:")
    print(
        f"  median wall {wall:.0f} ms, max {max(w for w, _ in check):.0f} ms "
        f"(goal ≤ {PROCESS_GOAL_MS:.0f} ms; median/goal {wall / PROCESS_GOAL_MS:.2f})"
    )
    print(f"  median CPU (user + system) {cpu:.0f} ms; load average {os.getloadavg()[0]:.1f}")
    ratio = wall / bare_wall
    print(f"  bare interpreter start-up median {bare_wall:.0f} ms (check/bare {ratio:.1f}×)")


def main() -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )
    for label, document in SITUATIONS.items():
        bench_single(label, document)
    bench_process()


if __name__ == "__main__":
    main()
