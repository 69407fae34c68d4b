"""The safety floor's cost: `nlp.harm.mention` on every labelled question and on worst cases.

Prints figures; asserts nothing. `ask` runs `mention` once per question on the whole normalised
text (at most 20,000 characters, `nlp.text.MAX_CHARS`): its median on real questions, and its
cost on 20,000 characters of repetitions built to make a pattern work hardest (the figures of
speech every threat pattern must look at and skip, and runs of one pattern's words).
"""

from __future__ import annotations

import platform
import statistics
import time

from peer_ethics.nlp import harm
from peer_ethics.nlp.labelled import load_labelled
from peer_ethics.nlp.text import MAX_CHARS, prepare

WORST = (
    "this job is going to kill me. ",
    "I don't want to hurt her. ",
    "kill ",
    "going to ",
    "his roommate's ",
    "take all of my ",
    "ideation ",
    "a" * 50 + " ",
)


def cpu_ms(text: str, repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        harm.mention(text)
        best = min(best, time.process_time() - start)
    return best * 1000


def main() -> None:
    texts = [prepare(x.text).text for x in load_labelled()]
    samples = [cpu_ms(t, 3) for t in texts]
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}"
    )
    print(
        f"labelled questions ({len(texts)}): median {statistics.median(samples):.3f} ms, "
        f"max {max(samples):.3f} ms"
    )
    for unit in WORST:
        text = (unit * (MAX_CHARS // len(unit) + 1))[:MAX_CHARS]
        print(f"{MAX_CHARS} characters of {unit[:24]!r}: {cpu_ms(text):.1f} ms")


if __name__ == "__main__":
    main()
