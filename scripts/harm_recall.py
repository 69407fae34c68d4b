"""How surely `ask` puts the safety floor under a story of harm: recall per author, false alarms.

    python scripts/harm_recall.py            # the table (train and dev per author, test as one row)
    python scripts/harm_recall.py --misses   # also the train/dev situations missed or alarmed

A situation is about harm when its gold issues include harm_threat or its words name suicide or
self-harm (SELF_HARM below: a short list of its own, not the module under test). Recall is the
share of them where the answer raises harm_threat *and* puts the crisis notice first in
`notices`. A false alarm is the crisis notice on a situation with neither: from the words
(`nlp.harm.mention` found harm) or from the topic alone (the classifier raised harm_threat). The
held-out test split is scored as one aggregate row: its texts and ids are never printed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from peer_ethics import services
from peer_ethics.nlp import harm
from peer_ethics.nlp.asking import NOTICE_CRISIS
from peer_ethics.nlp.labelled import Labelled, load_labelled

SELF_HARM = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*|(?:kill\w*|cut\w*|hurt\w*|harm\w*|off) (?:him|her|my|them)"
    r"sel(?:f|ves)|end(?:ing)? it all|end(?:ing)? (?:his|her|my|their) life|unaliv\w*|kms|"
    r"want(?:s|ed)? to die|overdos\w* on purpose)\b",
    re.I,
)


def about_harm(x: Labelled) -> bool:
    return "harm_threat" in x.issues or SELF_HARM.search(x.text) is not None


def author(x: Labelled) -> str:
    return x.id[0]


def percent(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def line(label: str, row: list[int]) -> str:
    h, raised, first, both, others, alarms, worded, found = row
    return (
        f"{label} {h:>5}  {percent(raised, h):>11}  {percent(first, h):>12}  {percent(both, h):>13}"
        f"  {percent(found, h):>7}  {others:>8}  {percent(alarms, others):>12}"
        f"  {percent(worded, others):>7}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list train/dev misses and alarms")
    args = ap.parse_args()

    # (group) -> [harm situations, raised harm_threat, notice first, both, others, alarms,
    #             alarms from the words, harm found in the words]
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 8)
    shown: list[str] = []
    for x in load_labelled():
        answer = services.ask(x.text)
        raised = "harm_threat" in answer.issues
        first = bool(answer.notices) and answer.notices[0] == NOTICE_CRISIS
        group = ("test", "all") if x.split == "test" else (x.split, author(x))
        row = rows[group]
        if about_harm(x):
            row[0] += 1
            row[1] += raised
            row[2] += first
            row[3] += raised and first
            row[7] += harm.mention(x.text) is not None
            if not (raised and first) and x.split != "test":
                shown.append(f"  MISS  {x.id}: {x.text[:160]!r}")
        else:
            row[4] += 1
            row[5] += NOTICE_CRISIS in answer.notices
            row[6] += NOTICE_CRISIS in answer.notices and harm.mention(x.text) is not None
            if NOTICE_CRISIS in answer.notices and x.split != "test":
                shown.append(f"  ALARM {x.id}: {x.text[:160]!r}")

    print(
        "split  author  harm  harm_threat  notice first  recall (both)  (words)   no harm"
        "  false alarms  (words)"
    )
    order = sorted(rows, key=lambda g: ({"train": 0, "dev": 1, "test": 2}[g[0]], g[1]))
    for group in order:
        print(line(f"{group[0]:<6} {group[1]:<6}", rows[group]))
    seen = [rows[g] for g in order if g[0] != "test"]
    print(line(f"{'train+dev':<13}", [sum(column) for column in zip(*seen, strict=True)]))
    if args.misses:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
