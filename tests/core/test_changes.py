"""Word diffs and the editorial / substantive classification of changes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peer_ethics.core.changes import changes, classify, edition_diff, word_diff

_WORDS = st.lists(st.sampled_from(["a", "b", "c", "the", "d.", "e,"]), max_size=12).map(" ".join)


@given(_WORDS, _WORDS)
def test_word_diff_rebuilds_both_sides(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert " ".join(t for op, t in ops if op != "insert") == a
    assert " ".join(t for op, t in ops if op != "delete") == b
    assert all(x[0] != y[0] for x, y in itertools.pairwise(ops))


def test_short_chance_matches_are_folded_into_the_change() -> None:
    ops = word_diff(
        "Threats cannot be kept confidential.", "Threats must be shared with the authorities."
    )
    assert ops == [
        ("equal", "Threats"),
        ("delete", "cannot be kept confidential."),
        ("insert", "must be shared with the authorities."),
    ]


@pytest.mark.parametrize(
    ("old", "new", "kind", "reason_start"),
    [
        ("recovery-orientated", "recovery-oriented", "editorial", "spelling"),
        ("abuse", "use", "editorial", "terminology"),
        ("individual", "client's", "editorial", "terminology"),
        ("WAC chapter 246-929.", "246-929 WAC.", "editorial", "citation form"),
        ("those", "the", "editorial", "determiner"),
        ("recovery", "Recovery,", "editorial", "punctuation"),
        ("accept", "exchange", "substantive", "wording"),
        ("force", "directly or indirectly impose", "substantive", "wording"),
    ],
)
def test_classify(old: str, new: str, kind: str, reason_start: str) -> None:
    got_kind, reason = classify(old, new)
    assert (got_kind, reason.split(":")[0].split(" ")[0]) == (kind, reason_start.split(" ")[0])


def test_changes_of_added_and_deleted_provisions() -> None:
    assert changes("p", None, "new text")[0].op == "added"
    assert changes("p", "old text", None)[0].op == "deleted"
    assert changes("p", "same", "same") == []


def test_edition_diff_statuses() -> None:
    diffs = edition_diff((("a", "x y"), ("b", "gone")), (("a", "x z"), ("c", "new")))
    assert [(d.label, d.status) for d in diffs] == [
        ("a", "changed"),
        ("b", "deleted"),
        ("c", "added"),
    ]
