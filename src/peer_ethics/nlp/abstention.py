"""Saying less when unsure: calibrated probabilities, and the thresholds that decide what is said.

An issue whose calibrated probability reaches `issue_high` is answered; one between `issue_low`
and `issue_high` gets no verdict but is offered as a suggestion; below `issue_low`, nothing. A fact
a reader set is kept only when its probability (the out-of-fold precision of the reader for that
fact and value) reaches `fact_min`; otherwise it stays unknown and the interview asks for it.

The numbers live in `nlp/data/abstention.json`, written by `scripts/choose_thresholds.py` from
leave-one-author-out figures (kept in the same file). Nothing here knows where an issue score
comes from: any reader that gives a score in [0, 1] and a yes/no decision per issue can be
calibrated and thresholded the same way (rerun the script after the reader changes).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peer_ethics.core.errors import CorpusError
from peer_ethics.core.facts import FactValue

from .evidence import Evidence

# Issues that, once the reader takes them, are always answered: the safety floor (SPEC §6) must
# not be demoted to a suggestion. A floor answer is `required`/`conditional`, never a red guess.
FLOOR = frozenset({"harm_threat"})


@dataclass(frozen=True)
class Curve:
    """A monotone map from a score to a probability: points (score, probability), interpolated."""

    points: tuple[tuple[float, float], ...]

    def __call__(self, score: float) -> float:
        pts = self.points
        if not pts:
            return score
        if score <= pts[0][0]:
            return pts[0][1]
        for (x0, y0), (x1, y1) in itertools.pairwise(pts):
            if score <= x1:
                return y0 if x1 == x0 else y0 + (y1 - y0) * (score - x0) / (x1 - x0)
        return pts[-1][1]


def fit_curve(scores: Iterable[float], labels: Iterable[bool], smoothing: float = 1.0) -> Curve:
    """Isotonic regression (pool adjacent violators) of labels on scores.

    Each pooled block becomes one point (its mean score, its share of positives, smoothed by
    `smoothing` pseudo-counts toward one half so that a small block is never 0 or 1 outright).
    """
    pairs = sorted(zip(scores, labels, strict=True), key=lambda t: t[0])
    # blocks: [sum of scores, positives, count]
    blocks: list[list[float]] = []
    for score, label in pairs:
        blocks.append([score, 1.0 if label else 0.0, 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last, strict=True)]
    points: list[tuple[float, float]] = []
    for total, pos, n in blocks:
        share = (pos + smoothing / 2) / (n + smoothing)
        # smoothing can pull a small block below a large one before it: keep the map monotone
        share = max(share, points[-1][1] if points else 0.0)
        points.append((round(total / n, 4), round(share, 4)))
    return Curve(tuple(points))


def lowest_safe_probability(rows: Iterable[tuple[float, int, int]], limit: float) -> float:
    """The lowest probability at which the items kept (probability at least it) are at most
    `limit` wrong, pooled; rows are (probability, right, wrong). 1.0 when even the surest are
    wronger than that (nothing kept below certainty)."""
    levels: dict[float, list[int]] = {}
    for p, right, wrong in rows:
        level = levels.setdefault(p, [0, 0])
        level[0] += right
        level[1] += wrong
    best = 1.0
    right = wrong = 0
    for p in sorted(levels, reverse=True):
        right += levels[p][0]
        wrong += levels[p][1]
        if wrong > limit * max(right + wrong, 1):
            break
        best = p
    return best


def value_key(value: FactValue) -> str:
    """How a fact value is keyed in the precision table: numbers as one class, `number`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "number"
    return str(value)


@dataclass(frozen=True)
class Abstention:
    """The calibration and thresholds `ask` uses to decide what it answers, offers or asks."""

    issue_low: float
    issue_high: float
    fact_min: float
    max_suggestions: int
    taken: Curve  # calibration of the score of an issue the reader took
    untaken: Curve  # ... and of one it did not
    fact_precision: tuple[tuple[str, str, float], ...]  # (fact, value key, probability)
    unseen_fact: float  # the probability of a (fact, value) never set out of fold

    def issue_probability(self, score: float, taken: bool) -> float:
        return round((self.taken if taken else self.untaken)(score), 4)

    def issues(
        self, scored: Iterable[tuple[str, float, bool]]
    ) -> tuple[tuple[str, ...], tuple[tuple[str, float], ...]]:
        """(answered issues, suggested (issue, probability)) from (issue, score, taken).

        Both most probable first (ties in the given order); at most `max_suggestions` suggestions.
        """
        # a stable sort: ties keep the reader's order
        ranked = sorted(
            ((i, self.issue_probability(s, t), t) for i, s, t in scored), key=lambda x: -x[1]
        )
        answered = tuple(i for i, p, t in ranked if p >= self.issue_high or (t and i in FLOOR))
        suggested = tuple((i, p) for i, p, _ in ranked if self.issue_low <= p and i not in answered)
        return answered, suggested[: self.max_suggestions]

    def fact_probability(self, fact: str, value: FactValue) -> float:
        key = value_key(value)
        for f, v, p in self.fact_precision:
            if f == fact and v == key:
                return p
        return self.unseen_fact

    def facts(self, evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
        """The evidence whose fact is probable enough to be set."""
        return tuple(e for e in evidence if self.fact_probability(e.fact, e.value) >= self.fact_min)

    def to_doc(self) -> dict[str, Any]:
        return {
            "issue_low": self.issue_low,
            "issue_high": self.issue_high,
            "fact_min": self.fact_min,
            "max_suggestions": self.max_suggestions,
            "calibration": {
                "taken": [list(p) for p in self.taken.points],
                "untaken": [list(p) for p in self.untaken.points],
            },
            "fact_precision": [list(x) for x in self.fact_precision],
            "unseen_fact": self.unseen_fact,
        }


# Used when no thresholds file is given: every issue the reader takes is answered and every fact
# it reads is set, as before abstention existed (the baseline the LOAO figures compare with).
PASS_THROUGH = Abstention(
    issue_low=1.1,
    issue_high=0.5,
    fact_min=0.0,
    max_suggestions=0,
    taken=Curve(((0.0, 1.0), (1.0, 1.0))),
    untaken=Curve(((0.0, 0.0), (1.0, 0.0))),
    fact_precision=(),
    unseen_fact=1.0,
)


def read_abstention(path: Path) -> Abstention:
    """The thresholds file (`nlp/data/abstention.json`); CorpusError when unreadable."""
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
        cal = doc["calibration"]
        return Abstention(
            issue_low=float(doc["issue_low"]),
            issue_high=float(doc["issue_high"]),
            fact_min=float(doc["fact_min"]),
            max_suggestions=int(doc["max_suggestions"]),
            taken=Curve(tuple((float(x), float(y)) for x, y in cal["taken"])),
            untaken=Curve(tuple((float(x), float(y)) for x, y in cal["untaken"])),
            fact_precision=tuple((str(f), str(v), float(p)) for f, v, p in doc["fact_precision"]),
            unseen_fact=float(doc["unseen_fact"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(
            f"thresholds file {path} is unreadable ({exc}); rebuild it: "
            "python scripts/choose_thresholds.py"
        ) from None
