"""The redline parser: segments, sides, round trips and located errors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peer_ethics.core.errors import RedlineSyntaxError
from peer_ethics.core.redline import Segment, normalise, parse, render, side

BAD = Path(__file__).parents[1] / "fixtures" / "redline_bad"


def test_parse_marks_and_positions() -> None:
    segs = parse("Do not ~~accept~~ [exchange](#) gifts.")
    assert segs == (
        Segment("equal", "Do not "),
        Segment("deleted", "accept"),
        Segment("equal", " "),
        Segment("inserted", "exchange"),
        Segment("equal", " gifts."),
    )
    assert (segs[1].line, segs[1].column) == (1, 8)
    assert (segs[3].line, segs[3].column) == (1, 19)


def test_sides_normalise_whitespace_only() -> None:
    segs = parse("recovery [in a way](#).  Next\n line")
    assert side(segs, "current") == "recovery . Next line"  # the stray space is kept
    assert side(segs, "draft") == "recovery in a way. Next line"


def test_links_to_anything_but_hash_are_text() -> None:
    text = "See [the site](https://example.org) and [a note](#note)."
    assert parse(text) == (Segment("equal", text),)


def test_escapes_stand_for_the_character() -> None:
    assert parse(r"a \~~b\~~ \[c\](#)") == (Segment("equal", "a ~~b~~ [c](#)"),)


def test_positions_on_later_lines() -> None:
    segs = parse("first line\nsecond ~~x~~", line=10, column=3)
    assert (segs[1].line, segs[1].column) == (11, 8)


# One fixture file per malformed case: (line, column, words the message must contain).
BAD_CASES = {
    "unclosed_deletion.md": (3, 10, ["unclosed deletion", "~~text~~"]),
    "unclosed_insertion.md": (3, 15, ["unclosed insertion", "[text](#)"]),
    "insertion_inside_deletion.md": (1, 17, ["cannot nest", "inside a deletion"]),
    "deletion_inside_insertion.md": (3, 18, ["cannot nest", "inside an insertion"]),
    "insertion_spans_lines.md": (1, 10, ["spans lines", "one line"]),
    "stray_insertion_close.md": (1, 20, ["stray '](#)'", "[text](#)"]),
}


def test_every_bad_fixture_has_a_case() -> None:
    assert sorted(p.name for p in BAD.glob("*.md")) == sorted(BAD_CASES)


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_malformed_markup_is_located(name: str) -> None:
    from peer_ethics.core.document import split

    line, column, words = BAD_CASES[name]
    with pytest.raises(RedlineSyntaxError) as info:
        split((BAD / name).read_text())
    assert (info.value.line, info.value.column) == (line, column)
    message = str(info.value)
    assert message.startswith(f"line {line}, column {column}: ")
    for word in words:
        assert word in message
    assert "\n" not in message


# --- properties ----------------------------------------------------------------------------

_CHARS = st.sampled_from(list("ab ~[]()#\\\n.-"))
_TEXT = st.text(_CHARS, max_size=40)
_MARK_TEXT = st.text(st.sampled_from(list("ab ~[]()#\\.-")), min_size=1, max_size=12)
_SEGMENT = st.one_of(
    st.builds(Segment, st.just("equal"), st.text(_CHARS, min_size=1, max_size=12)),
    st.builds(Segment, st.just("deleted"), _MARK_TEXT),
    st.builds(Segment, st.just("inserted"), _MARK_TEXT),
)


@given(_TEXT)
def test_never_crashes(text: str) -> None:
    try:
        segs = parse(text)
    except RedlineSyntaxError as exc:
        assert exc.line >= 1 and exc.column >= 1
        return
    assert all(s.text for s in segs)
    assert all(a.op != b.op for a, b in itertools.pairwise(segs))


@given(st.lists(_SEGMENT, max_size=8))
def test_render_then_parse_is_identity(segments: list[Segment]) -> None:
    segs = normalise(segments)
    assert parse(render(segs)) == segs


@given(st.lists(_SEGMENT, max_size=8))
def test_sides_are_equal_plus_one_op(segments: list[Segment]) -> None:
    segs = parse(render(normalise(segments)))
    keep_current = "".join(s.text for s in segs if s.op in ("equal", "deleted"))
    keep_draft = "".join(s.text for s in segs if s.op in ("equal", "inserted"))
    assert side(segs, "current") == " ".join(keep_current.split())
    assert side(segs, "draft") == " ".join(keep_draft.split())
