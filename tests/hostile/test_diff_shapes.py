"""Family: expensive shapes for `import` and every diff: near-linear, and the same diffs.

The word diff matches long or repetitive texts by anchors (core/matching.py) instead of
difflib's product-of-lengths search; the real codes' texts are matched by difflib exactly as
before, so every shipped redline, diff and export is byte-identical.
"""

from __future__ import annotations

import time
from difflib import SequenceMatcher
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from peer_ethics import services
from peer_ethics.core.changes import word_diff

LINEAR = 8.0
CLEARLY = 24.0  # growth no timing noise produces: super-linear without measuring longer
DOUBLING = 3.0  # growth for twice the length: linear ~2, quadratic ~4


def _texts() -> list[str]:
    editions = services.corpus().editions()
    out = [p.text for e in editions for p in e.provisions]
    out += [" ".join(p.text for p in e.provisions) for e in editions]  # whole editions
    return out


def test_the_real_codes_are_matched_exactly_as_difflib_matches_them() -> None:
    from peer_ethics.core.matching import opcodes

    texts = _texts()
    pairs = list(combinations(texts, 2))
    assert len(pairs) > 1000
    for a, b in pairs:
        wa, wb = a.split(), b.split()
        assert opcodes(wa, wb) == SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()


WORDS = st.lists(st.sampled_from(["a", "b", "the", "cat", "x1", "x2", "1,", "-"]), max_size=400)


@settings(max_examples=150, deadline=None)
@given(WORDS, WORDS, st.integers(0, 3))
def test_the_opcodes_always_rebuild_both_texts(a: list[str], b: list[str], unique: int) -> None:
    from peer_ethics.core.matching import opcodes

    a = [*a, *(f"u{i}" for i in range(unique * 50))]  # long enough for the anchored path
    b = [*(f"u{i}" for i in range(unique * 50)), *b]
    pa = pb = 0
    for tag, i1, i2, j1, j2 in opcodes(a, b):
        assert (i1, j1) == (pa, pb)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        pa, pb = i2, j2
    assert (pa, pb) == (len(a), len(b))
    diff = word_diff(" ".join(a), " ".join(b))
    assert " ".join(t for op, t in diff if op != "insert") == " ".join(a)
    assert " ".join(t for op, t in diff if op != "delete") == " ".join(b)


def _cost(a: str, b: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        word_diff(a, b)
        best = min(best, time.perf_counter() - start)
    return best


def _words(unit: str, n: int) -> str:
    """About n words: `unit` repeated."""
    return " ".join((unit.split() * (n // len(unit.split()) + 1))[:n])


SHAPES = {  # each makes (current, draft) of about n words
    "repeated words": lambda n: (_words("the cat sat", n), _words("the dog sat on", n)),
    "one list": lambda n: (_words("1,", n), _words("1,", n - 1) + " 2"),
    "an edited paragraph": lambda n: (
        " ".join(f"w{i}" for i in range(n)),
        " ".join(f"w{i}" if i % 7 else "X" for i in range(n)),
    ),
    "sentences": lambda n: (_words("The peer must not.", n), _words("The peer should not.", n)),
}


def test_the_word_diff_grows_near_linearly_on_every_shape() -> None:
    # Lengths past matching.MODERATE (difflib's own, bounded, region): the doubling costs ~2x
    # when linear, 4x quadratic, 8x as difflib did on repeated words.
    for name, make in SHAPES.items():
        ratio = _cost(*make(2_200)) / max(_cost(*make(1_100)), 1e-7)
        if DOUBLING < ratio < 2 * DOUBLING:  # noise or not: measured again, longer
            ratio = _cost(*make(8_800)) / max(_cost(*make(4_400)), 1e-7)
        assert ratio <= DOUBLING, f"{name}: {ratio:.1f}x for twice the words"


IMPORTS = {
    "marks in one paragraph": lambda n: "the ~~cat~~ [dog](#) sat " * (n // 4),
    "a long list": lambda n: "- [1,](#) 1, ~~1,~~\n" * (n // 3),
    "one edited paragraph": lambda n: " ".join(
        f"w{i}" if i % 9 else f"~~w{i}~~ [v{i}](#)" for i in range(n)
    ),
}


def test_import_grows_near_linearly_on_every_shape() -> None:
    from peer_ethics.loading.importer import import_redline

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            import_redline(text)
            best = min(best, time.perf_counter() - start)
        return best

    for name, make in IMPORTS.items():
        ratio = cost(make(12_000)) / max(cost(make(3_000)), 1e-7)
        if LINEAR < ratio < CLEARLY:
            ratio = cost(make(48_000)) / max(cost(make(12_000)), 1e-7)
        assert ratio <= LINEAR, f"{name}: {ratio:.1f}x"
