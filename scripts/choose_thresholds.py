"""Choose `ask`'s calibration and thresholds by leave-one-author-out, and write them as data.

    python scripts/choose_thresholds.py          # rewrites src/peer_ethics/nlp/data/abstention.json

Rerun it whenever the reader, the issue model or the labelled situations change (a test fails
when the file is stale). One command, deterministic: the same data and reader write the same
bytes. Only the train split is read (each author held out in turn, as scripts/cv_authors.py
does); dev and the held-out test split are never looked at.

1. Calibration. Every train author is held out in turn; the reader (classifier trained on the
   other authors) scores every issue of their situations. Out-of-fold, a score and the reader's
   yes/no decision are mapped to P(issue is gold) by isotonic regression, one monotone curve for
   issues the reader took and one for issues it did not (scripts/calibrate.py prints the
   reliability tables).
2. Facts. Every fact a reader sets out of fold is right (gold has that value) or wrong (gold has
   another); its probability is the smoothed precision (right + 1) / (set + 2) of its fact and
   value. `fact_min` is the lowest probability at which the facts kept are at most 1% wrong,
   pooled over authors.
3. Issues. `issue_high` (answered) is the one that gives the best mean first-answer accuracy with
   confidently wrong at most 1% on every edition (mean over authors); when none reaches 1%, the
   one with the fewest confidently wrong. `issue_low` (offered as a suggestion) is the highest
   whose accuracy after follow-ups is within half a point of the best.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_nlp import TRAINING
from cv_authors import (
    AUTHORS,
    CachingAsker,
    Data,
    fold,
    fold_asker,
    held_out_items,
    honest_mean,
    load_data,
)
from cv_reader import OofEncoder

from peer_ethics.nlp.abstention import (
    PASS_THROUGH,
    Abstention,
    fit_curve,
    lowest_safe_probability,
    value_key,
)
from peer_ethics.nlp.artefacts import abstention_path, issue_model_path
from peer_ethics.nlp.asking import scored_issues
from peer_ethics.nlp.evaluation import evaluate, same_value
from peer_ethics.nlp.labelled import digest, load_labelled
from peer_ethics.nlp.text import prepare, situation_text

WRONG_FACTS = 0.01  # at most this share of the facts set may be wrong
CONFIDENTLY_WRONG = 0.01  # at most this share of verdicts may be settled and wrong
HIGH = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
LOW = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
MAX_SUGGESTIONS = 3
EDITIONS = ("wa@current", "wi@current", "wa@draft")


def oof(
    data: Data,
) -> tuple[
    dict[str, CachingAsker], list[tuple[str, float, bool, bool]], Counter[tuple[str, str, bool]]
]:
    """Per author the fold's asker; every (author, score, taken, gold) of every issue of every
    held-out situation; and per (fact, value key, right) the count of facts set out of fold."""
    askers: dict[str, CachingAsker] = {}
    scores: list[tuple[str, float, bool, bool]] = []
    facts: Counter[tuple[str, str, bool]] = Counter()
    encoder = out_of_fold_encoder()
    for who in authors():
        asker = fold_asker(data, TRAINING, who, PASS_THROUGH, encoder)
        askers[who] = asker
        for x in held_out_items(data, who):
            text = situation_text(prepare(x.text).text)
            reading = asker._read(text, asker.embedder.embed(text))
            for issue, score, taken in scored_issues(reading, asker.model.issues):
                scores.append((who, score, taken, issue in x.issues))
            gold = dict(x.facts)
            for e in reading.evidence:
                if e.fact in gold:
                    facts[(e.fact, value_key(e.value), same_value(e.value, gold[e.fact]))] += 1
    return askers, scores, facts


# The issue encoder's probabilities, out of fold: `scripts/train_reader.py --loao` trains it
# once per held-out author and writes them here. `ask` reads with the encoder, so thresholds are
# chosen on exactly what it would have said of an author it was not trained on: only the authors
# that file covers are held out.
ENCODER_OOF = Path("build/reader_oof.json")


def out_of_fold_encoder() -> OofEncoder:
    if not ENCODER_OOF.is_file():
        sys.exit(f"{ENCODER_OOF} is missing: run scripts/train_reader.py --loao first")
    return OofEncoder(json.loads(ENCODER_OOF.read_text(encoding="utf-8")))


def authors() -> tuple[str, ...]:
    doc = json.loads(ENCODER_OOF.read_text(encoding="utf-8"))
    covered = {s["author"] for s in doc["situations"].values()}
    return tuple(a for a in AUTHORS if a in covered)


def fact_table(
    facts: Counter[tuple[str, str, bool]],
) -> tuple[tuple[str, str, float, int, int], ...]:
    """(fact, value key, probability, right, wrong), most probable first."""
    keys = sorted({(f, v) for f, v, _ in facts})
    rows = []
    for f, v in keys:
        right, wrong = facts[(f, v, True)], facts[(f, v, False)]
        rows.append((f, v, round((right + 1) / (right + wrong + 2), 4), right, wrong))
    return tuple(sorted(rows, key=lambda r: (-r[2], r[0], r[1])))


def figures(
    data: Data, askers: dict[str, CachingAsker], abstention: Abstention, follow_ups: bool
) -> dict[str, float]:
    folds = []
    for who in authors():
        askers[who].abstention = abstention
        folds.append(fold(who, evaluate(askers[who], held_out_items(data, who), follow_ups)))
    return honest_mean(folds)


def first_answer(f: dict[str, float]) -> float:
    return sum(f[f"{e} accuracy"] for e in EDITIONS) / len(EDITIONS)


def worst_wrong(f: dict[str, float]) -> float:
    return max(f[f"{e} confidently_wrong"] for e in EDITIONS)


def after(f: dict[str, float]) -> float:
    return sum(f[f"{e} after_follow_ups"] for e in EDITIONS) / len(EDITIONS)


def rounded(f: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in sorted(f.items())}


def main() -> int:
    start = time.perf_counter()
    data = load_data()
    askers, scores, facts = oof(data)
    taken = fit_curve([s for _, s, t, _ in scores if t], [g for _, _, t, g in scores if t])
    untaken = fit_curve(
        [s for _, s, t, _ in scores if not t], [g for _, _, t, g in scores if not t]
    )
    rows = fact_table(facts)
    fact_min = lowest_safe_probability([(p, r, w) for _, _, p, r, w in rows], WRONG_FACTS)
    kept = [r for r in rows if r[2] >= fact_min]
    print(
        f"facts: {len(rows)} (fact, value) kinds; fact_min {fact_min}: keeps {len(kept)}, "
        f"{sum(r[3] for r in kept)} right, {sum(r[4] for r in kept)} wrong out of fold"
    )

    def abstention(low: float, high: float) -> Abstention:
        return Abstention(
            issue_low=low,
            issue_high=high,
            fact_min=fact_min,
            max_suggestions=MAX_SUGGESTIONS,
            taken=taken,
            untaken=untaken,
            fact_precision=tuple((f, v, p) for f, v, p, _, _ in rows),
            unseen_fact=0.5,
        )

    before = figures(data, askers, PASS_THROUGH, follow_ups=True)
    grid_high = []
    for high in HIGH:
        f = figures(data, askers, abstention(1.1, high), follow_ups=False)
        grid_high.append((high, f))
        print(
            f"high {high:.2f}: first answer {first_answer(f):.1%}, "
            f"confidently wrong (worst edition) {worst_wrong(f):.1%}",
            flush=True,
        )
    meeting = [(h, f) for h, f in grid_high if worst_wrong(f) <= CONFIDENTLY_WRONG]
    if meeting:
        high = max(meeting, key=lambda t: (first_answer(t[1]), -t[0]))[0]
    else:
        high = min(grid_high, key=lambda t: (worst_wrong(t[1]), -first_answer(t[1])))[0]
    grid_low = []
    for low in (x for x in LOW if x < high):
        f = figures(data, askers, abstention(low, high), follow_ups=True)
        grid_low.append((low, f))
        print(
            f"low {low:.2f}: after follow-ups {after(f):.1%}, "
            f"suggestions per question {f['suggestions per question']:.2f}",
            flush=True,
        )
    best_after = max(after(f) for _, f in grid_low)
    low = max(lo for lo, f in grid_low if after(f) >= best_after - 0.005)
    chosen = dict(grid_low)[low]
    doc: dict[str, Any] = abstention(low, high).to_doc()
    doc["chosen_by"] = {
        "how": "scripts/choose_thresholds.py: leave-one-author-out over the train authors "
        f"{', '.join(authors())}; figures are means over held-out authors",
        "limits": {"wrong_facts": WRONG_FACTS, "confidently_wrong": CONFIDENTLY_WRONG},
        "data_sha256": digest(load_labelled("train")),
        "issue_model_sha256": hashlib.sha256(issue_model_path().read_bytes()).hexdigest(),
        "facts": [
            {"fact": f, "value": v, "probability": p, "right": r, "wrong": w}
            for f, v, p, r, w in rows
        ],
        "high_grid": [
            {
                "issue_high": h,
                "first_answer": round(first_answer(f), 4),
                "confidently_wrong_worst_edition": round(worst_wrong(f), 4),
            }
            for h, f in grid_high
        ],
        "low_grid": [
            {
                "issue_low": lo,
                "after_follow_ups": round(after(f), 4),
                "suggestions_per_question": round(f["suggestions per question"], 4),
            }
            for lo, f in grid_low
        ],
        "before": rounded(before),
        "after": rounded(chosen),
    }
    abstention_path().write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"issue_high {high}, issue_low {low}, fact_min {fact_min} -> {abstention_path()}")
    for key in sorted(before):
        print(f"  {key:<36} {before[key]:>7.1%} -> {chosen[key]:>7.1%}")
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
