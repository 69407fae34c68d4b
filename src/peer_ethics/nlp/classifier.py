"""The issue classifier: one-vs-rest logistic regression over [sentence embedding, cue strengths].

Trained at build time (`scripts/build_nlp.py`) on the train split of the labelled situations;
the weights ship as a small JSON file with the model and data digests they were trained from.
Pure numpy; deterministic (fixed initialisation, full-batch gradient steps).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from peer_ethics.core.errors import CorpusError

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class IssueModel:
    """Weights per issue over the features, and the digests that say what they were built from."""

    issues: tuple[str, ...]
    weights: Matrix  # (issues, features)
    bias: Matrix  # (issues,)
    model_sha256: str
    data_sha256: str
    threshold: float = 0.5
    # Per issue: the share of train texts with a strong cue that do raise the issue. A cue that
    # precise is trusted even when the embedding disagrees (noisy, long or policy-style texts).
    cue_precision: Matrix | None = None

    def probabilities(self, features: Matrix) -> Matrix:
        """P(issue | text) for one feature vector (features,) or a batch (n, features)."""
        z = features @ self.weights.T + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_json(self) -> str:
        doc = {
            "model_sha256": self.model_sha256,
            "data_sha256": self.data_sha256,
            "threshold": self.threshold,
            "issues": list(self.issues),
            "bias": [round(float(b), 6) for b in self.bias],
            "weights": [[round(float(w), 6) for w in row] for row in self.weights],
            "cue_precision": [round(float(x), 4) for x in self.cue_precision]
            if self.cue_precision is not None
            else None,
        }
        return json.dumps(doc, indent=0, sort_keys=True) + "\n"


def read_model(path: Path) -> IssueModel:
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
        return IssueModel(
            issues=tuple(doc["issues"]),
            weights=np.asarray(doc["weights"], dtype=np.float64),
            bias=np.asarray(doc["bias"], dtype=np.float64),
            model_sha256=str(doc["model_sha256"]),
            data_sha256=str(doc["data_sha256"]),
            threshold=float(doc["threshold"]),
            cue_precision=None
            if doc.get("cue_precision") is None
            else np.asarray(doc["cue_precision"], dtype=np.float64),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(
            f"issue model {path} is unreadable ({exc}); rebuild it: python scripts/build_nlp.py"
        ) from None


def train(
    features: Matrix,
    labels: Matrix,
    issues: tuple[str, ...],
    model_sha256: str,
    data_sha256: str,
    l2: float = 1e-4,
    steps: int = 3000,
    rate: float = 0.5,
    pos_power: float = 0.5,
    feature_scale: Matrix | None = None,
) -> IssueModel:
    """Fit every issue at once by full-batch gradient descent on the weighted logistic loss.

    Positives are up-weighted per issue (they are rare: a few dozen of several hundred texts),
    by (negatives / positives) ** pos_power, so that a rare issue is not learnt as "never".
    `feature_scale` multiplies the features while training (a larger scale: a feature's weight
    is shrunk less by l2); the weights returned apply to the features as given.
    """
    if feature_scale is not None:
        model = train(
            features * feature_scale,
            labels,
            issues,
            model_sha256,
            data_sha256,
            l2,
            steps,
            rate,
            pos_power,
        )
        return IssueModel(
            issues, model.weights * feature_scale, model.bias, model_sha256, data_sha256
        )
    n, d = features.shape
    k = labels.shape[1]
    pos = labels.sum(axis=0)
    weight_pos = np.where(pos > 0, (n - pos) / np.maximum(pos, 1), 1.0) ** pos_power
    sample_w = np.where(labels > 0, weight_pos, 1.0)  # (n, k)
    w = np.zeros((k, d))
    b = np.zeros(k)
    # Adam: stable steps whatever the feature scales.
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = features @ w.T + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - labels) * sample_w / n  # (n, k)
        gw = err.T @ features + l2 * w
        gb = err.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        step = rate * 0.01 * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        w -= step * mw / (np.sqrt(vw) + eps)
        b -= step * mb / (np.sqrt(vb) + eps)
    return IssueModel(issues, w, b, model_sha256, data_sha256)
