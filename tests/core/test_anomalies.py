"""Anomaly rules on small redlines: each kind found, properly marked cases left alone."""

from __future__ import annotations

import pytest

from peer_ethics.core.anomalies import detect
from peer_ethics.core.redline import parse


def kinds(markup: str) -> list[tuple[str, str]]:
    return [(a.kind, a.markup) for a in detect("x.1", parse(markup))]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("peer work and nNever engage", [("unmarked_case_change", "nNever")]),
        ("advocate for their ~~ir~~ clients", [("deletion_inside_word", "their ~~ir~~ clients")]),
        ("Do not ~~accept~~ exchange gifts.", [("unmarked_replacement", "~~accept~~ exchange")]),
        (
            "Do not ~~force~~ directly or indirectly impose their values.",
            [("unmarked_replacement", "~~force~~ directly or indirectly impose")],
        ),
        ("abuse ~~those~~ the clients", [("unmarked_replacement", "~~those~~ the")]),
        (
            "personal ~~issues~~ challenges, barriers",
            [("unmarked_replacement", "~~issues~~ challenges")],
        ),
        (
            "~~Do not hire clients for other jobs.~~ Avoid hiring clients for jobs when possible.",
            [
                (
                    "unmarked_replacement",
                    "~~Do not hire clients for other jobs.~~ Avoid hiring clients for jobs "
                    "when possible.",
                )
            ],
        ),
        ("with their clients ~~for~~ the family", [("likely_typo", "clients ~~for~~ the")]),
        ("and recovery [in a way](#).", [("stray_punctuation", "recovery [in a way](#).")]),
        (
            "recovery-~~orientated~~ [oriented](#) and",
            [("detached_replacement", "recovery-~~orientated~~ [oriented](#)")],
        ),
    ],
)
def test_each_kind_is_found(markup: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        "integrity, ~~while conducting themselves~~ in a manner",
        "fosters their ~~peer's~~ own recovery.",
        "members of ~~the~~ clients.",
        "found in both ~~RCW~~ 18.420 [RCW](#) and more",
        "and ~~WAC chapter~~ 246-929 [WAC](#) here",
        "Respect the ~~individual~~ [client's](#) right",
        "~~Old rule.~~ A wholly different sentence about something else.",
    ],
)
def test_properly_marked_is_not_flagged(markup: str) -> None:
    assert kinds(markup) == []


def test_ids_are_numbered_per_provision_and_kind() -> None:
    found = detect("wa.ethics.5", parse("recovery [a](#). [b](#)."))
    assert [a.id for a in found] == [
        "wa.ethics.5/stray_punctuation/1",
        "wa.ethics.5/stray_punctuation/2",
    ]
    assert [(a.line, a.column) for a in found] == [(1, 10), (1, 18)]
    assert all(a.editions == ("current",) for a in found)
