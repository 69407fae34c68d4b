"""`peer-ethics ask`: warm latency, --batch throughput, cold whole-process time and peak RSS.

Prints figures; asserts nothing. Goals (issue 12, on the 2-core reference machine): warm p50
≤ 15 ms per question, cold `peer-ethics ask "…" --json` ≤ 1.0 s (median of ≥ 5), peak RSS
≤ 400 MB. The questions are the labelled dev situations (varied length and wording). Also the
issue encoder's own share: its load (read, sha256 check, session) and its cost per question.
"""

from __future__ import annotations

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
from peer_ethics.nlp.labelled import load_labelled

COLD_RUNS = 7
BIN = Path(sys.executable).parent / "peer-ethics"
QUESTION = "my client offered me a $20 gift card after group, can I keep it?"


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def warm(questions: list[str]) -> None:
    services.ask(QUESTION)  # load the model, the codes and the index once
    samples = []
    for q in questions:
        start = time.perf_counter()
        services.ask(q)
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"warm in-process ask, {len(samples)} questions: p50 {pct(samples, 0.5):.1f} ms, "
        f"p95 {pct(samples, 0.95):.1f} ms, max {max(samples):.1f} ms (goal p50 <= 15 ms)"
    )


def encoder(questions: list[str]) -> None:
    from peer_ethics.nlp.embedder import onnx_threads
    from peer_ethics.nlp.encoder import load_encoder
    from peer_ethics.nlp.text import prepare, situation_text

    loads = []
    for _ in range(5):
        start = time.perf_counter()
        enc = load_encoder(threads=onnx_threads())
        loads.append((time.perf_counter() - start) * 1000)
    samples = []
    for q in questions:
        text = situation_text(prepare(q).text)
        start = time.perf_counter()
        enc.probabilities(text)
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"issue encoder: load median {statistics.median(loads):.0f} ms (in the background, "
        f"beside the embedder's); per question p50 {pct(samples, 0.5):.1f} ms, "
        f"p95 {pct(samples, 0.95):.1f} ms"
    )


def longest() -> None:
    story = "My client handed me a fifty after group and said buy yourself something nice. "
    text = story * 300  # cut to the first 20,000 characters, with a notice
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        services.ask(text)
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"a {len(text):,}-character question (read on its first 20,000): median "
        f"{statistics.median(samples):.0f} ms"
    )


def batch(questions: list[str]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(q.replace("\n", " ") for q in questions) + "\n")
        path = fh.name
    try:
        start = time.perf_counter()
        subprocess.run([str(BIN), "ask", "--batch", path], check=True, stdout=subprocess.DEVNULL)
        took = time.perf_counter() - start
    finally:
        os.unlink(path)
    print(
        f"--batch, whole process: {len(questions)} questions in {took:.2f} s = "
        f"{len(questions) / took:.0f} questions/s"
    )


def cold() -> None:
    argv = [str(BIN), "ask", QUESTION, "--json"]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)  # warm the file cache
    samples = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        f"cold `peer-ethics ask … --json`, {COLD_RUNS} runs: median "
        f"{statistics.median(samples):.2f} s, min {min(samples):.2f} s, max {max(samples):.2f} s "
        f"(goal <= 1.0 s); peak RSS {peak_kb / 1024:.0f} MB (goal <= 400 MB)"
    )
    base = [sys.executable, "-c", "pass"]
    start = time.perf_counter()
    subprocess.run(base, check=True)
    print(f"  for comparison, a bare interpreter: {time.perf_counter() - start:.2f} s")


def main() -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    questions = [x.text for x in load_labelled("dev")]
    # Whole processes first: a child's peak RSS counts the pages of this process it was forked
    # from (Linux carries maxrss across exec), so it is measured before the model loads here.
    cold()
    batch(questions)
    warm(questions)
    encoder(questions)
    longest()


if __name__ == "__main__":
    main()
