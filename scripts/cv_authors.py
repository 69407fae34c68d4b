"""Leave-one-author-out cross-validation of `ask`'s issue recognition, on the train split.

    python scripts/cv_authors.py                       # the shipped setting (build_nlp.TRAINING)
    python scripts/cv_authors.py --set l2=1e-2 --set cued_threshold=0.3   # another setting
    python scripts/cv_authors.py --issues              # also per-issue recall, pooled
    python scripts/cv_authors.py --grid l2=1e-4,1e-2 --grid cued_threshold=0.2,0.3  # one line each
    python scripts/cv_authors.py --abstention none     # no thresholds: every issue taken answered

The train split was written by several authors (the id prefix: s, h, g, m, n, p). Each author in
turn is held out: the classifier is trained as `scripts/build_nlp.py` trains it on the other
authors' train situations, and the held-out author's situations are read by the real pipeline
(`nlp.asking.Asker`: prepare, embed, `reader.read` with the parts of long stories, engine),
scored as `peer-ethics eval` scores them: per edition first-answer accuracy, confidently wrong,
cautious and after follow-ups, issue precision and recall, precision of the facts set (see
nlp/evaluation.py), with the shipped thresholds (nlp/data/abstention.json) unless told
otherwise. A new author's phrasings are what `ask` meets in use: this is the honest estimate of
how it reads them, and what the training setting and the reader's thresholds are chosen by (the
mean over authors; dev is written by the s author).

Embeddings (whole texts and their parts) come from build_nlp's cache (build/nlp_embeddings.json);
only texts not in it are embedded. Related provisions are not ranked (verdicts do not use them).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import re
import sys
import time
from pathlib import Path
from typing import Any, cast

# One BLAS thread: faster than two on a shared two-core machine (training is small matrices).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_nlp import TRAINING, Setting, cached_embeddings, feature_matrix, fit

from peer_ethics.loading.rules import load_rulebook
from peer_ethics.nlp import reader
from peer_ethics.nlp.abstention import PASS_THROUGH, Abstention, read_abstention
from peer_ethics.nlp.artefacts import abstention_path
from peer_ethics.nlp.asking import Asker
from peer_ethics.nlp.classifier import IssueModel
from peer_ethics.nlp.embedder import MODEL_SHA256, Vector, default_embedder
from peer_ethics.nlp.evaluation import NlpEvaluation, evaluate
from peer_ethics.nlp.evidence import Evidence
from peer_ethics.nlp.labelled import Labelled, digest, load_labelled
from peer_ethics.nlp.reader import Reading
from peer_ethics.nlp.retrieval import Related, text_key
from peer_ethics.nlp.text import parts, prepare, situation_text

AUTHORS = ("s", "h", "g", "m", "n", "p", "r", "t", "u", "v", "w", "x", "y")
# Authors whose texts no cue was written from (added blind): the least optimistic folds.
BLIND = ("m", "n", "p", "r", "t", "u", "v", "w", "x", "y")
TRAINED_BY = ("l2", "steps", "pos_power", "cue_scale")
# The reader's thresholds a setting may override (module constants of nlp/reader.py).
READER = {
    "cued_threshold": "CUED_THRESHOLD",
    "precise_cue": "PRECISE_CUE",
    "part_threshold": "PART_THRESHOLD",
}


def author(x: Labelled) -> str:
    m = re.match(r"[a-z]+", x.id)
    return m.group(0) if m else x.id


class CachedEmbedder:
    """The embedder's `embed`, answered from the build cache (texts not in it are embedded)."""

    def __init__(self, vectors: dict[str, Vector]) -> None:
        self.vectors = vectors

    def embed(self, text: str) -> Vector:
        key = text_key(text)
        if key not in self.vectors:
            self.vectors[key] = default_embedder().embed(text)
        return self.vectors[key]


class CachingAsker(Asker):
    """The real Asker, remembering each text's reading and facts: thresholds can then be tried
    many times over the same held-out readings (reading is what costs)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.readings: dict[str, Reading] = {}
        self.found: dict[tuple[str, tuple[str, ...]], tuple[Evidence, ...]] = {}

    def _read(self, text: str, vector: Vector) -> Reading:
        if text not in self.readings:
            self.readings[text] = super()._read(text, vector)
        return self.readings[text]

    def _facts(self, text: str, issues: tuple[str, ...]) -> tuple[Evidence, ...]:
        key = (text, issues)
        if key not in self.found:
            self.found[key] = super()._facts(text, issues)
        return self.found[key]


class NoRelated:
    """Related provisions are not ranked in CV: no verdict depends on them."""

    def rank(self, *args: object, **kwargs: object) -> tuple[Related, ...]:
        return ()


@dataclasses.dataclass(frozen=True)
class Data:
    items: tuple[Labelled, ...]
    authors: tuple[str, ...]
    feats: np.ndarray
    labels: np.ndarray
    issues: tuple[str, ...]
    embedder: CachedEmbedder


def load_data() -> Data:
    book = load_rulebook()
    issues = tuple(i.id for i in book.vocabulary.issues)
    items = load_labelled("train")
    texts = [situation_text(prepare(x.text).text) for x in items]
    every = texts + [p for t in texts for p in parts(t)]
    vectors = cached_embeddings(every)
    return Data(
        items=items,
        authors=tuple(author(x) for x in items),
        feats=feature_matrix(texts, vectors, issues),
        labels=np.asarray([[1.0 if i in x.issues else 0.0 for i in issues] for x in items]),
        issues=issues,
        embedder=CachedEmbedder(vectors),
    )


@dataclasses.dataclass(frozen=True)
class Fold:
    author: str
    situations: int
    micro_f1: float
    macro_recall: float
    verdicts: dict[str, float]
    result: NlpEvaluation


_MODELS: dict[tuple[object, ...], IssueModel] = {}


def fold_model(data: Data, setting: Setting, who: str) -> IssueModel:
    """The classifier trained without `who`'s situations (memoised)."""
    keep = np.asarray([a != who for a in data.authors])
    train_items = tuple(x for x, k in zip(data.items, keep, strict=True) if k)
    key = (who, *(getattr(setting, f) for f in TRAINED_BY))
    if key not in _MODELS:
        _MODELS[key] = fit(
            data.feats[keep],
            data.labels[keep],
            data.issues,
            MODEL_SHA256,
            digest(train_items),
            setting,
        )
    return dataclasses.replace(_MODELS[key], threshold=setting.threshold)


def fold_asker(
    data: Data, setting: Setting, who: str, abstention: Abstention, encoder: Any = None
) -> CachingAsker:
    """The pipeline with the classifier trained without `who`; `encoder` gives the issue
    encoder's out-of-fold probabilities (scripts/cv_reader.py OofEncoder) when it is used."""
    model = fold_model(data, setting, who)
    return CachingAsker(
        load_rulebook(),
        cast(Any, data.embedder),
        model,
        cast(Any, NoRelated()),
        encoder=encoder,
        abstention=abstention,
    )


def held_out_items(data: Data, who: str) -> tuple[Labelled, ...]:
    return tuple(x for x, a in zip(data.items, data.authors, strict=True) if a == who)


def fold(who: str, result: NlpEvaluation) -> Fold:
    tp, fp, fn = result.issue_totals()
    recalls = [s[1] / (s[1] + s[3]) for s in result.issue_scores if s[1] + s[3]]
    return Fold(
        author=who,
        situations=result.situations,
        micro_f1=2 * tp / max(2 * tp + fp + fn, 1),
        macro_recall=float(np.mean(recalls)) if recalls else 0.0,
        verdicts={e: r / t for e, r, t in result.verdicts if t},
        result=result,
    )


def held_out(data: Data, setting: Setting, who: str, abstention: Abstention = PASS_THROUGH) -> Fold:
    asker = fold_asker(data, setting, who, abstention)
    return fold(who, evaluate(asker, held_out_items(data, who)))


def run(data: Data, setting: Setting, abstention: Abstention = PASS_THROUGH) -> list[Fold]:
    saved = {name: getattr(reader, name) for name in READER.values()}
    try:
        for key, name in READER.items():
            setattr(reader, name, getattr(setting, key))
        return [held_out(data, setting, who, abstention) for who in AUTHORS]
    finally:
        for name, value in saved.items():
            setattr(reader, name, value)


def summary(folds: list[Fold]) -> dict[str, float]:
    """The mean over held-out authors (each author counts once, whatever their size)."""
    editions = list(folds[0].verdicts)
    out = {
        "micro_f1": float(np.mean([f.micro_f1 for f in folds])),
        "macro_recall": float(np.mean([f.macro_recall for f in folds])),
    }
    for e in editions:
        out[e] = float(np.mean([f.verdicts[e] for f in folds]))
    out["verdicts"] = float(np.mean([out[e] for e in editions]))
    blind = [f for f in folds if f.author in BLIND]
    out["blind_verdicts"] = float(np.mean([np.mean(list(f.verdicts.values())) for f in blind]))
    out["blind_recall"] = float(np.mean([f.macro_recall for f in blind]))
    return out


def table(folds: list[Fold]) -> str:
    editions = list(folds[0].verdicts)
    head = f"{'held out':<9}{'n':>5} {'micro F1':>9} {'macro rec':>10} " + " ".join(
        f"{e:>11}" for e in editions
    )
    rows = [head]
    for f in folds:
        rows.append(
            f"{f.author:<9}{f.situations:>5} {f.micro_f1:>9.1%} {f.macro_recall:>10.1%} "
            + " ".join(f"{f.verdicts[e]:>11.1%}" for e in editions)
        )
    s = summary(folds)
    rows.append(
        f"{'mean':<9}{'':>5} {s['micro_f1']:>9.1%} {s['macro_recall']:>10.1%} "
        + " ".join(f"{s[e]:>11.1%}" for e in editions)
    )
    blind = [f for f in folds if f.author in BLIND]
    rows.append(
        f"{'mean mnp':<9}{'':>5} {np.mean([f.micro_f1 for f in blind]):>9.1%} "
        f"{np.mean([f.macro_recall for f in blind]):>10.1%} "
        + " ".join(f"{np.mean([f.verdicts[e] for f in blind]):>11.1%}" for e in editions)
    )
    return "\n".join(rows)


METRICS = (
    ("first answer", "accuracy"),
    ("confidently wrong", "confidently_wrong"),
    ("cautious", "cautious"),
    ("after follow-ups", "after_follow_ups"),
)


def honest(result: NlpEvaluation) -> dict[str, float]:
    """One fold's figures, flat: `<edition> <metric>`, issue P/R, set-fact precision."""
    doc = result.to_dict()
    out: dict[str, float] = {}
    verdicts = cast(dict[str, dict[str, Any]], doc["verdicts"])
    for ref, v in verdicts.items():
        for _, key in METRICS:
            out[f"{ref} {key}"] = float(v[key] or 0.0)
    totals = cast(dict[str, Any], doc["issue_totals"])
    out["issue precision"] = float(totals["precision"] or 0.0)
    out["issue recall"] = float(totals["recall"] or 0.0)
    out["set-fact precision"] = float(cast(dict[str, Any], doc["facts_set"])["precision"] or 0.0)
    offered = cast(dict[str, int], doc["suggestions"])["offered"]
    out["suggestions per question"] = offered / max(result.situations, 1)
    return out


def honest_mean(folds: list[Fold]) -> dict[str, float]:
    """The mean over held-out authors of every `honest` figure (each author counts once)."""
    per = [honest(f.result) for f in folds]
    return {k: float(np.mean([p[k] for p in per])) for k in per[0]}


def honest_table(folds: list[Fold]) -> str:
    """Per edition: first-answer accuracy, confidently wrong, cautious, after follow-ups; then
    issue precision/recall and set-fact precision; one column per held-out author, then mean."""
    per = [honest(f.result) for f in folds]
    mean = honest_mean(folds)
    head = f"{'':<26}" + "".join(f"{f.author:>8}" for f in folds) + f"{'mean':>8}"
    rows = [head]
    for ref in folds[0].verdicts:
        rows.append(ref)
        for label, key in METRICS:
            k = f"{ref} {key}"
            rows.append(
                f"  {label:<24}" + "".join(f"{p[k]:>8.1%}" for p in per) + f"{mean[k]:>8.1%}"
            )
    for k in ("issue precision", "issue recall", "set-fact precision"):
        rows.append(f"{k:<26}" + "".join(f"{p[k]:>8.1%}" for p in per) + f"{mean[k]:>8.1%}")
    k = "suggestions per question"
    rows.append(f"{k:<26}" + "".join(f"{p[k]:>8.2f}" for p in per) + f"{mean[k]:>8.2f}")
    return "\n".join(rows)


def line(setting: Setting, folds: list[Fold]) -> str:
    """One setting's mean figures: verdicts (all editions), micro F1, macro recall; blind too."""
    s = summary(folds)
    changed = {
        f.name: getattr(setting, f.name)
        for f in dataclasses.fields(Setting)
        if getattr(setting, f.name) != getattr(TRAINING, f.name)
    }
    return (
        f"verdicts {s['verdicts']:.1%} F1 {s['micro_f1']:.1%} recall {s['macro_recall']:.1%} | "
        f"blind verdicts {s['blind_verdicts']:.1%} recall {s['blind_recall']:.1%} | "
        f"{changed or 'shipped'}"
    )


def issue_table(folds: list[Fold]) -> str:
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for f in folds:
        for i, a, b, c in f.result.issue_scores:
            tp[i] = tp.get(i, 0) + a
            fp[i] = fp.get(i, 0) + b
            fn[i] = fn.get(i, 0) + c
    rows = [f"{'issue (pooled over folds)':<28}{'precision':>10}{'recall':>8}{'support':>8}"]
    for i in sorted(tp, key=lambda i: tp[i] / max(tp[i] + fn[i], 1)):
        rows.append(
            f"{i:<28}{tp[i] / max(tp[i] + fp[i], 1):>10.1%}{tp[i] / max(tp[i] + fn[i], 1):>8.1%}"
            f"{tp[i] + fn[i]:>8}"
        )
    return "\n".join(rows)


def parse_setting(pairs: list[str], setting: Setting = TRAINING) -> Setting:
    fields = {f.name: f for f in dataclasses.fields(Setting)}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        if key not in fields:
            raise SystemExit(f"unknown setting {key!r}; one of {', '.join(fields)}")
        value: object = float(raw)
        if key == "steps":
            value = int(raw)
        setting = dataclasses.replace(setting, **{key: value})
    return setting


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--issues", action="store_true", help="also per-issue figures, pooled")
    ap.add_argument("--grid", action="append", default=[], metavar="KEY=V1,V2,...")
    ap.add_argument(
        "--abstention",
        choices=("shipped", "none"),
        default="shipped",
        help="the shipped thresholds (nlp/data/abstention.json), or none: every issue the "
        "reader takes is answered and every fact it reads is set",
    )
    args = ap.parse_args()
    setting = parse_setting(args.set)
    abstention = PASS_THROUGH
    if args.abstention == "shipped":
        abstention = read_abstention(abstention_path())
    start = time.perf_counter()
    data = load_data()
    if args.grid:
        keys = [g.partition("=")[0] for g in args.grid]
        values = [g.partition("=")[2].split(",") for g in args.grid]
        for combo in itertools.product(*values):
            one = parse_setting([f"{k}={v}" for k, v in zip(keys, combo, strict=True)], setting)
            print(line(one, run(data, one, abstention)), flush=True)
        print(f"({time.perf_counter() - start:.0f} s)")
        return 0
    folds = run(data, setting, abstention)
    print(setting, f"abstention: {args.abstention}")
    print(table(folds))
    print(honest_table(folds))
    if args.issues:
        print(issue_table(folds))
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
