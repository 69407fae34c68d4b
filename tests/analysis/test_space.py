"""Round witness numbers stay in their cell; witnesses are told in the facts' fixed words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peer_ethics.analysis.narrate import describe
from peer_ethics.analysis.space import round_number
from peer_ethics.loading.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


@pytest.mark.parametrize(
    ("value", "limits", "expected"),
    [
        (3.7, {12.0}, 10.0),  # services ended less than 12 months ago -> 10
        (17.2, {12.0}, 20.0),  # more than 12 -> 20
        (12.0, {12.0}, 12.0),  # on a threshold it stays
        (12.4, {12.0, 13.0}, 12.5),  # no whole number between 12 and 13
        (0.3, {1.0}, 0.0),  # below 1: only 0 is whole
        (0.3, {0.0, 1.0}, 0.5),
        (150.0, {100.0}, 200.0),
    ],
)
def test_round_number_picks_the_roundest_value_of_the_cell(
    value: float, limits: set[float], expected: float
) -> None:
    assert round_number(value, limits) == expected


@given(
    st.floats(min_value=0, max_value=1000, allow_nan=False),
    st.sets(st.integers(min_value=0, max_value=200).map(float), max_size=4),
)
def test_round_number_is_on_the_same_side_of_every_threshold(
    value: float, limits: set[float]
) -> None:
    got = round_number(value, limits)
    assert got >= 0
    for t in limits:
        assert (got < t, got == t, got > t) == (value < t, value == t, value > t)


def test_a_witness_is_told_in_fixed_words_with_what_is_not_known() -> None:
    text = describe(
        VOCAB,
        "sexual_relationship",
        {"months_since_services_ended": 12.0, "person": "former_client"},
        unknown=["harm_intent"],
    )
    assert text == (
        "A peer asks about romantic, sexual or intimate contact: the other person is someone you "
        "supported in the past; services ended 12 months ago. Not known: Did they say they intend "
        "to do it, or make a threat?"
    )
    assert describe(VOCAB, "supervision", {}) == (
        "A peer asks about using supervision: nothing else is known"
    )
