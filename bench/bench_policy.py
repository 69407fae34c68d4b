"""Agency policy timings (issue 15): load, solver check, and the layer's cost on an answer.

In process, rule data already loaded, medians over the runs:
- reading and checking examples/agency/policy.yaml;
- `policy check` (the solver over every issue the policy decides, against wi@current);
- `check` of one situation on wi@current without and with the policy layer.
Whole process: `peer-ethics policy check examples/agency/policy.yaml` (its 15 cases included).

    .venv/bin/python bench/bench_policy.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from peer_ethics import services

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "agency" / "policy.yaml"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    services.rulebook()
    policy = services.load_policy(EXAMPLE)
    situation = services.situation_from(
        {"issue": "accept_gift", "facts": {"person": "current_client", "object_kind": "item"}},
        policy,
    )
    wi = services.choose_editions(("wi",))
    timed: list[tuple[str, Callable[[], object]]] = [
        ("load policy", lambda: services.load_policy(EXAMPLE)),
        ("policy check (solver)", lambda: services.check_policy(policy)),
        ("check wi, no policy", lambda: services.check(situation, wi)),
        ("check wi + policy", lambda: services.check(situation, wi, policy)),
    ]
    for label, fn in timed:
        print(f"{label + ':':24}median {median_ms(fn, runs):7.1f} ms")
    binary = Path(sys.executable).parent / "peer-ethics"

    def whole() -> None:
        subprocess.run(
            [str(binary), "policy", "check", str(EXAMPLE)], check=True, capture_output=True
        )

    print(f"{'policy check, process:':24}median {median_ms(whole, max(3, runs // 2)):7.1f} ms")


if __name__ == "__main__":
    main()
