"""Leave-one-author-out: the classifier alone, the issue encoder alone, or both, through `ask`.

    python scripts/cv_reader.py                          # every mix, thresholds 0.3 .. 0.7
    python scripts/cv_reader.py --mix mean --threshold 0.5 --issues
    python scripts/cv_reader.py --oof build/reader_oof_l4.json   # another encoder's run
    python scripts/cv_reader.py --mix mean --threshold 0.5 --ablate   # each cue family dropped

Each train author (the id prefix) in turn is held out, as in scripts/cv_authors.py: the
classifier is trained on the other authors (build_nlp's setting), and the held-out author's
situations are read by the real pipeline (`nlp.asking.Asker`, with `reader.ENCODER_MIX` and the
issue threshold set as told). The encoder's probabilities for a held-out author come from
build/reader_oof.json (`scripts/train_reader.py --loao`: the encoder trained without that author,
exported and quantised as shipped, run by onnxruntime), looked up by the text `ask` reads.

Printed per setting, the mean over held-out authors (each counts once): issue micro precision,
recall and F1, exact issue-set match, verdict accuracy per edition; and the blind authors' (m, n,
p) verdicts. Compare settings at matched precision. `--drop-cues` / `--ablate`: the reader without
an issue's cue family (nlp/cues.py), in the classifier's features and in the reader's cue rule,
to see which families the combined reader no longer needs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any, cast

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_nlp import TRAINING, fit
from cv_authors import BLIND, NoRelated, load_data

from peer_ethics.loading.rules import load_rulebook
from peer_ethics.nlp import reader
from peer_ethics.nlp.asking import Asker
from peer_ethics.nlp.embedder import MODEL_SHA256
from peer_ethics.nlp.evaluation import evaluate
from peer_ethics.nlp.labelled import digest
from peer_ethics.nlp.retrieval import text_key

OOF = Path(__file__).resolve().parent.parent / "build" / "reader_oof.json"
MIXES = ("classifier", "encoder", "mean", "max")


class OofEncoder:
    """The held-out author's encoder probabilities, looked up by the text `ask` reads."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.issues = tuple(doc["issues"])
        self.by_key = {
            s["key"]: np.asarray(s["probabilities"], dtype=np.float64)
            for s in doc["situations"].values()
        }

    def probabilities(self, text: str) -> np.ndarray:
        return self.by_key[text_key(text)]


@dataclasses.dataclass(frozen=True)
class Scores:
    author: str
    n: int
    tp: int
    fp: int
    fn: int
    exact: float
    verdicts: dict[str, float]
    issues: tuple[tuple[str, int, int, int], ...]

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(2 * self.tp + self.fp + self.fn, 1)


_MODELS: dict[tuple[str, frozenset[str]], Any] = {}
DROPPED: frozenset[str] = frozenset()  # issues whose cue family is left out
_cue_strengths = reader.cue_strengths


def cue_strengths(text: str, issues: tuple[str, ...]) -> tuple[float, ...]:
    got = _cue_strengths(text, issues)
    return tuple(0.0 if i in DROPPED else c for i, c in zip(issues, got, strict=True))


reader.cue_strengths = cue_strengths  # type: ignore[assignment]


def fold(data: Any, who: str, encoder: OofEncoder | None, threshold: float) -> Scores:
    book = load_rulebook()
    keep = np.asarray([a != who for a in data.authors])
    if (who, DROPPED) not in _MODELS:
        train_items = tuple(x for x, k in zip(data.items, keep, strict=True) if k)
        feats = data.feats.copy()
        k = len(data.issues)
        for j, issue in enumerate(data.issues):
            if issue in DROPPED:
                feats[:, feats.shape[1] - k + j] = 0.0
        _MODELS[(who, DROPPED)] = fit(
            feats[keep],
            data.labels[keep],
            data.issues,
            MODEL_SHA256,
            digest(train_items),
            TRAINING,
        )
    model = dataclasses.replace(_MODELS[(who, DROPPED)], threshold=threshold)
    asker = Asker(book, cast(Any, data.embedder), model, cast(Any, NoRelated()), encoder)  # type: ignore[arg-type]
    test = tuple(x for x, k in zip(data.items, keep, strict=True) if not k)
    result = evaluate(asker, test)
    wrong_sets = sum(1 for m in result.misses if set(m.issues) != set(m.gold_issues))
    return Scores(
        author=who,
        n=len(test),
        tp=sum(s[1] for s in result.issue_scores),
        fp=sum(s[2] for s in result.issue_scores),
        fn=sum(s[3] for s in result.issue_scores),
        exact=1 - wrong_sets / len(test),
        verdicts={e: r / t for e, r, t in result.verdicts if t},
        issues=result.issue_scores,
    )


def run(data: Any, authors: list[str], mix: str, threshold: float, oof: Any) -> list[Scores]:
    saved = reader.ENCODER_MIX
    try:
        reader.ENCODER_MIX = mix
        encoder = None if mix == "classifier" else oof
        return [fold(data, a, encoder, threshold) for a in authors]
    finally:
        reader.ENCODER_MIX = saved


def line(mix: str, threshold: float, folds: list[Scores]) -> str:
    editions = list(folds[0].verdicts)
    mean = {e: float(np.mean([f.verdicts[e] for f in folds])) for e in editions}
    blind = [f for f in folds if f.author in BLIND]
    blind_v = float(np.mean([np.mean(list(f.verdicts.values())) for f in blind])) if blind else 0
    return (
        f"{mix:<10} {threshold:>4.2f} "
        f"P {np.mean([f.precision for f in folds]):>6.1%} "
        f"R {np.mean([f.recall for f in folds]):>6.1%} "
        f"F1 {np.mean([f.f1 for f in folds]):>6.1%} "
        f"exact {np.mean([f.exact for f in folds]):>6.1%} | "
        + " ".join(f"{e} {mean[e]:.1%}" for e in editions)
        + f" | all {np.mean(list(mean.values())):.1%} blind {blind_v:.1%}"
    )


def per_author(folds: list[Scores]) -> str:
    rows = []
    for f in folds:
        rows.append(
            f"  {f.author} n={f.n:<4} P {f.precision:.1%} R {f.recall:.1%} F1 {f.f1:.1%} "
            f"exact {f.exact:.1%} | " + " ".join(f"{e} {v:.1%}" for e, v in f.verdicts.items())
        )
    return "\n".join(rows)


def issue_table(folds: list[Scores]) -> str:
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for f in folds:
        for i, a, b, c in f.issues:
            tp[i], fp[i], fn[i] = tp.get(i, 0) + a, fp.get(i, 0) + b, fn.get(i, 0) + c
    rows = [f"  {'issue (pooled)':<28}{'precision':>10}{'recall':>8}{'support':>8}"]
    for i in sorted(tp, key=lambda i: tp[i] / max(tp[i] + fn[i], 1)):
        rows.append(
            f"  {i:<28}{tp[i] / max(tp[i] + fp[i], 1):>10.1%}"
            f"{tp[i] / max(tp[i] + fn[i], 1):>8.1%}{tp[i] + fn[i]:>8}"
        )
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oof", type=Path, default=OOF)
    ap.add_argument("--mix", action="append", choices=MIXES, default=[])
    ap.add_argument("--threshold", action="append", type=float, default=[])
    ap.add_argument("--authors", action="store_true", help="also each held-out author's line")
    ap.add_argument("--issues", action="store_true", help="also per-issue figures, pooled")
    ap.add_argument("--drop-cues", default="", help="issues whose cue family is left out (a,b)")
    ap.add_argument("--ablate", action="store_true", help="each cue family left out in turn")
    ap.add_argument("--families", default="", help="with --ablate: only these (a,b)")
    args = ap.parse_args()
    global DROPPED
    DROPPED = frozenset(i for i in args.drop_cues.split(",") if i)
    start = time.perf_counter()
    doc = json.loads(args.oof.read_text(encoding="utf-8"))
    oof = OofEncoder(doc)
    data = load_data()
    if oof.issues != data.issues:
        raise SystemExit(f"{args.oof}: issues differ from the vocabulary's; retrain --loao")
    if doc["data_sha256"] != digest(data.items):
        raise SystemExit(f"{args.oof}: trained on other labelled data; retrain --loao")
    done = sorted(set(s["author"] for s in doc["situations"].values()))
    authors = [a for a in ("s", "h", "g", "m", "n", "p") if a in done]
    print(f"held-out authors with encoder folds: {''.join(authors)}; settings {doc['settings']}")
    if args.ablate:
        mix, threshold = (args.mix or ["mean"])[0], (args.threshold or [0.5])[0]
        print("every family:", line(mix, threshold, run(data, authors, mix, threshold, oof)))
        chosen = [i for i in args.families.split(",") if i] or list(data.issues)
        for issue in chosen:
            DROPPED = frozenset({issue})
            print(
                f"without {issue:<27}",
                line(mix, threshold, run(data, authors, mix, threshold, oof)),
                flush=True,
            )
        print(f"({time.perf_counter() - start:.0f} s)")
        return 0
    for mix in args.mix or MIXES:
        for threshold in args.threshold or (0.3, 0.4, 0.5, 0.6, 0.7):
            folds = run(data, authors, mix, threshold, oof)
            print(line(mix, threshold, folds), flush=True)
            if args.authors:
                print(per_author(folds))
            if args.issues:
                print(issue_table(folds))
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
