"""Family: expensive shapes. Every reader pattern is linear in the text, proved by growth.

For every compiled pattern that runs on user text (found generically: see regexes.py), each
adversarial shape built from the pattern's own atoms is searched at length N and 4N. A linear
pattern costs ~4x; a backtracking one 16x (quadratic) or more. The check is a ratio of the same
work at two sizes on this machine (best of several runs), never a time budget; a shape that
looks super-linear (timings of a millisecond are noisy on a shared machine) is measured again
at 8x the length, twice, before it fails.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peer_ethics.nlp import numbers, things

from . import regexes

PATTERNS = regexes.nlp_patterns()
KEYS = sorted(PATTERNS)
N = 1000
LINEAR = 8.0  # growth over 4x the length: linear ~4, quadratic ~16


def _cost(pattern: re.Pattern[str], text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def growth(pattern: re.Pattern[str], unit: str, n: int, runs: int = 3) -> float:
    small = _cost(pattern, regexes.repeated(unit, n), runs)
    large = _cost(pattern, regexes.repeated(unit, 4 * n), runs)
    return large / max(small, 1e-7)


def test_the_patterns_are_found_generically() -> None:
    sources = {p for p, _ in KEYS}
    assert len(KEYS) > 150
    assert any("dollars?|bucks?" in p for p in sources)  # numbers.py
    assert any("gift ?cards?" in p for p in sources)  # things.py


@pytest.mark.parametrize("key", KEYS, ids=[f"{i}" for i in range(len(KEYS))])
def test_every_reader_pattern_is_linear_on_its_own_atoms(key: tuple[str, int]) -> None:
    pattern = PATTERNS[key]
    for name, unit in regexes.shapes(*key):
        if growth(pattern, unit, N) <= LINEAR:
            continue
        # measured again, longer and with more runs, before calling it super-linear
        worst = min(growth(pattern, unit, 8 * N, runs=5) for _ in range(2))
        assert worst <= LINEAR, f"{key[0][:80]!r} grows {worst:.1f}x on {name} repeated"


@pytest.mark.parametrize(
    "unit", ["1,", "$1,000", "fifteen ", "twenty-", "1 ", "- ", "a year and ", "$1 here 1 "]
)
def test_the_money_and_duration_readers_grow_linearly(unit: str) -> None:
    def cost(n: int) -> float:
        best = float("inf")
        for i in range(3):
            text = regexes.repeated(unit, n) + f" {i}"  # distinct texts: the readers cache
            start = time.perf_counter()
            numbers.money(text)
            numbers.durations(text)
            things.object_kind(text)
            things.value_dollars(text)
            things.loan_direction(text)
            best = min(best, time.perf_counter() - start)
        return best

    ratio = cost(8_000) / max(cost(2_000), 1e-7)
    if ratio > LINEAR:
        ratio = cost(16_000) / max(cost(4_000), 1e-7)
    assert ratio <= LINEAR, f"{unit!r}: {ratio:.1f}x"


def _atoms_of(module: object) -> list[str]:
    found: dict[str, None] = {}
    for (pattern, flags), compiled in PATTERNS.items():
        if any(
            compiled is v or (isinstance(v, tuple) and compiled in v) for v in vars(module).values()
        ):
            found.update(dict.fromkeys(regexes.atoms(pattern, flags, limit=12)))
    return list(found) or list(regexes.GENERIC_ATOMS)


MONEY_ATOMS = _atoms_of(numbers)
THING_ATOMS = _atoms_of(things)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MONEY_ATOMS), min_size=1, max_size=400).map("".join))
def test_the_number_readers_read_any_text_of_their_atoms(text: str) -> None:
    sums = numbers.money(text)
    assert all(s.value >= 0 and s.value == s.value for s in sums)
    assert numbers.money(text + " ") is not None
    for d in numbers.durations(text):
        assert d.months >= 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(THING_ATOMS + MONEY_ATOMS), min_size=1, max_size=300).map(" ".join))
def test_the_whole_reading_of_any_text_of_the_atoms_is_sound(text: str) -> None:
    from peer_ethics import services
    from peer_ethics.core.errors import BadInput

    try:
        answer = services.ask(text)
    except BadInput:
        return
    assert answer.to_dict() == services.ask(text).to_dict()  # deterministic
