"""Reliability of `ask`'s issue probabilities, out of fold (leave-one-author-out).

    python scripts/calibrate.py

Every train author is held out in turn (scripts/cv_authors.py); the reader scores every issue of
their situations. The table bins these out-of-fold probabilities and compares each bin's mean
predicted probability with the share of them that are gold issues: first the reader's raw scores,
then the calibrated ones (nlp.abstention's isotonic curves, fitted on the other authors' scores
only, so that the second table is out of fold too). scripts/choose_thresholds.py fits the curves
that ship on all authors' out-of-fold scores.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from choose_thresholds import oof
from cv_authors import AUTHORS, load_data

from peer_ethics.nlp.abstention import fit_curve

BINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001)


def reliability(pairs: list[tuple[float, bool]]) -> str:
    rows = [f"{'bin':<13}{'n':>7}{'predicted':>11}{'observed':>10}"]
    ece = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = [(p, g) for p, g in pairs if lo <= p < hi]
        if not inside:
            continue
        pred = sum(p for p, _ in inside) / len(inside)
        seen = sum(g for _, g in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(pred - seen)
        rows.append(f"[{lo:.2f}, {min(hi, 1):.2f}){len(inside):>7}{pred:>11.3f}{seen:>10.3f}")
    brier = sum((p - g) ** 2 for p, g in pairs) / len(pairs)
    rows.append(f"expected calibration error {ece:.4f}, Brier {brier:.4f}, n {len(pairs)}")
    return "\n".join(rows)


def main() -> int:
    _, scores, _ = oof(load_data())
    print("raw scores (out of fold; taken issues and the rest together)")
    print(reliability([(s, g) for _, s, _, g in scores]))
    calibrated: list[tuple[float, bool]] = []
    for who in AUTHORS:
        rest = [t for t in scores if t[0] != who]
        taken = fit_curve([s for _, s, t, _ in rest if t], [g for _, _, t, g in rest if t])
        untaken = fit_curve(
            [s for _, s, t, _ in rest if not t], [g for _, _, t, g in rest if not t]
        )
        for a, s, t, g in scores:
            if a == who:
                calibrated.append(((taken if t else untaken)(s), g))
    print("\ncalibrated (curves fitted without the held-out author)")
    print(reliability(calibrated))
    return 0


if __name__ == "__main__":
    sys.exit(main())
