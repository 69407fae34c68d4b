"""Money and durations as people write them become numbers, and vague phrases stay unknown."""

from __future__ import annotations

import pytest

from peer_ethics.nlp.numbers import durations, money


@pytest.mark.parametrize(
    ("text", "dollars"),
    [
        ("she handed me a fifty after group", 50),
        ("my client offered me a $20 gift card", 20),
        ("he gave me twenty bucks for gas", 20),
        ("a $1,000 check from his mom", 1000),
        ("one hundred and fifty dollars in an envelope", 150),
        ("He tipped me a twenty.", 20),
        ("a twenty-five dollar card", 25),
        ("fifty cents", 0.5),
    ],
)
def test_sums_of_money_are_read_in_dollars(text: str, dollars: float) -> None:
    assert [f.value for f in money(text)][:1] == [dollars]


def test_a_number_that_is_not_money_is_not_read_as_money() -> None:
    assert money("we took a twenty minute walk") == ()


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("services ended half a year ago", 6),
        ("we stopped working together two years ago", 24),
        ("a year and a half after discharge", 18),
        ("about 8 months ago", 8),
        ("a couple of months ago", 2),
        ("three weeks after discharge", 0.7),
    ],
)
def test_durations_are_read_in_months(text: str, months: float) -> None:
    assert [d.months for d in durations(text)][:1] == [months]


def test_a_bound_is_marked_and_a_vague_amount_is_not_a_number() -> None:
    over = durations("if it's been over a year")
    assert [(d.months, d.bound) for d in over] == [(12, "over")]
    assert [d.bound for d in durations("less than a year ago")] == ["under"]
    assert durations("several months ago") == ()
    assert durations("last spring") == ()
