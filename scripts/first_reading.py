"""How the shipped `ask` reads a new author's labelled file, before any training on it.

    python scripts/first_reading.py /path/to/situations_author_x.yaml [...]

Prints aggregates only (never a text, an id or a per-situation result), so that it can be run
on a held-out author's file: situations, verdict accuracy per edition, issue micro precision and
recall, and the share of gold facts read right. Run it once per new author, before the author's
file is copied into `nlp/data/` and trained on, and record the figures (CHANGELOG and the file's
header).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from peer_ethics import services
from peer_ethics.nlp.labelled import parse_labelled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    items = tuple(
        x for f in args.files for x in parse_labelled(f.read_text(encoding="utf-8"), f.name)
    )
    evaluation = services.evaluate_situations(items)
    tp, fp, fn = (sum(row[k] for row in evaluation.issue_scores) for k in (1, 2, 3))
    result = evaluation.to_dict()
    for private in ("misses", "issues"):  # per-situation and per-issue detail: not printed
        result.pop(private)
    result["issues_micro"] = {
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
    }
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
