"""The issue classifier's training: rare issues are learnt, scaled features are shrunk as told."""

from __future__ import annotations

import numpy as np

from peer_ethics.nlp.classifier import train


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 6))
    y = np.zeros((300, 1))
    y[:6, 0] = 1.0  # a rare issue: 6 of 300 texts
    x[:6, 0] += 3.0  # told apart by feature 0
    return x, y


def test_a_rare_issue_is_not_learnt_as_never() -> None:
    x, y = _data()
    found = {}
    for power in (0.0, 0.75):
        p = train(x, y, ("rare",), "m", "d", steps=500, pos_power=power).probabilities(x)[:, 0]
        found[power] = int((p[:6] >= 0.5).sum())
        assert (p[6:] < 0.5).mean() > 0.9
    assert found[0.0] == 0  # unweighted, the 6 positives are outvoted
    assert found[0.75] >= 5


def test_weights_apply_to_the_features_as_given_and_a_smaller_scale_shrinks_more() -> None:
    x, y = _data()
    plain = train(x, y, ("rare",), "m", "d", l2=0.05, steps=500)
    scale = np.ones(6)
    scale[0] = 0.25
    shrunk = train(x, y, ("rare",), "m", "d", l2=0.05, steps=500, feature_scale=scale)
    assert abs(shrunk.weights[0, 0]) < abs(plain.weights[0, 0])
    # Still a classifier of the unscaled features: the positives score above the rest.
    p = shrunk.probabilities(x)[:, 0]
    assert p[:6].min() > np.median(p[6:])
