"""CLI start-up: `peer-ethics --help` and `peer-ethics show wa --json` as whole processes.

Prints the median, min and max wall time over RUNS runs of each (and of a bare interpreter for
comparison); asserts nothing. The goal is a CLI that answers well under a second.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 9
BIN = Path(sys.executable).parent / "peer-ethics"
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "peer-ethics --help": [str(BIN), "--help"],
    "peer-ethics show wa --json": [str(BIN), "show", "wa", "--json"],
}


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        argv, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "100"}
    )
    return time.perf_counter() - start


def main() -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    for label, argv in COMMANDS.items():
        timed(argv)  # warm the file-system cache once
        samples = sorted(timed(argv) * 1000 for _ in range(RUNS))
        print(
            f"{label:32} median {statistics.median(samples):7.1f} ms   "
            f"min {samples[0]:7.1f} ms   max {samples[-1]:7.1f} ms   ({RUNS} runs)"
        )


if __name__ == "__main__":
    main()
