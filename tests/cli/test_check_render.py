"""The side-by-side determination table, rendered into a console at a fixed width."""

from __future__ import annotations

import io

from rich.console import Console

from peer_ethics.cli.rules import determination_table
from peer_ethics.core.engine import Determination
from peer_ethics.core.norms import Clause


def det(
    edition: str,
    status: str,
    verdict: str,
    strength: str | None,
    quotes: tuple[tuple[str, str], ...],
    conditions: tuple[Clause, ...] = (),
    duties: tuple[Clause, ...] = (),
    related: tuple[str, ...] = (),
) -> Determination:
    provisions = tuple(p for p, _ in quotes)
    return Determination(
        "demo",
        edition,
        status,
        "accept_gift",
        verdict,
        strength,
        provisions,
        conditions,
        duties,
        (),
        quotes,
        related,
        (),
    )


FOUND = [
    det(
        "current",
        "in_force",
        "prohibited",
        "must",
        (("demo.1", "Do not accept gifts."),),
        duties=(Clause("Decline the gift.", ("demo.1",)),),
    ),
    det(
        "draft",
        "proposed",
        "conditional",
        "should",
        (("demo.2", "Avoid gifts when possible."),),
        conditions=(
            Clause("prohibited if it can be avoided", ("demo.2",)),
            Clause("otherwise not addressed", ()),
        ),
    ),
    det("other", "in_force", "not_addressed", None, (), related=("demo.3",)),
]

EXPECTED = [
    "Accepting a gift                                                        ",
    "┏━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓",
    "┃            ┃ demo@current (in  ┃ demo@draft       ┃ demo@other (in   ┃",
    "┃            ┃ force)            ┃ (proposed)       ┃ force)           ┃",
    "┡━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩",
    "│ Answer     │ PROHIBITED (must) │ CONDITIONAL      │ NOT ADDRESSED    │",
    "│            │                   │ (should)         │                  │",
    "├────────────┼───────────────────┼──────────────────┼──────────────────┤",
    "│ Because    │ demo.1: “Do not   │ demo.2: “Avoid   │ The code does    │",
    "│            │ accept gifts.”    │ gifts when       │ not address      │",
    "│            │                   │ possible.”       │ this.            │",
    "├────────────┼───────────────────┼──────────────────┼──────────────────┤",
    "│ Depends on │                   │ • prohibited if  │                  │",
    "│            │                   │ it can be        │                  │",
    "│            │                   │ avoided (demo.2) │                  │",
    "│            │                   │ • otherwise not  │                  │",
    "│            │                   │ addressed        │                  │",
    "├────────────┼───────────────────┼──────────────────┼──────────────────┤",
    "│ Next steps │ • Decline the     │                  │                  │",
    "│            │ gift. (demo.1)    │                  │                  │",
    "├────────────┼───────────────────┼──────────────────┼──────────────────┤",
    "│ Related    │                   │                  │ demo.3           │",
    "└────────────┴───────────────────┴──────────────────┴──────────────────┘",
]


def test_editions_side_by_side_with_quotes_conditions_steps_and_related() -> None:
    buffer = io.StringIO()
    Console(file=buffer, width=72).print(determination_table("Accepting a gift", FOUND))
    assert buffer.getvalue().split("\n")[:-1] == EXPECTED


def test_rows_nobody_needs_are_left_out() -> None:
    buffer = io.StringIO()
    Console(file=buffer, width=72).print(determination_table("Accepting a gift", FOUND[:1]))
    text = buffer.getvalue()
    assert "Next steps" in text
    assert "Depends on" not in text and "Related" not in text
