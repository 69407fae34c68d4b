"""Citations to external law extracted in canonical form."""

from __future__ import annotations

from peer_ethics.core.citations import extract


def test_washington_forms() -> None:
    text = "rules in WAC 246-929-210 and in both RCW 18.420 and WAC chapter 246-929."
    assert extract(text) == ("WAC 246-929-210", "chapter 18.420 RCW", "chapter 246-929 WAC")
    assert extract("both 18.420 RCW and 246-929 WAC.") == (
        "chapter 18.420 RCW",
        "chapter 246-929 WAC",
    )
    assert extract("no law cited here, 360-236-4700") == ()
