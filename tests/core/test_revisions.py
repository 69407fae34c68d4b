"""Source marks as revision spans: accepting every mark gives the draft, rejecting every mark
the current text, whitespace settled, one span group per source mark, positions kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peer_ethics.core.redline import parse, side
from peer_ethics.core.revisions import accepted, locate, mark_count, rejected, spans


def test_a_space_either_edition_would_double_moves_into_the_mark() -> None:
    segs = parse("Respect the ~~individual~~ [client's](#) right")
    assert [(s.op, s.text) for s in spans(segs)] == [
        ("equal", "Respect the "),
        ("deleted", "individual "),
        ("inserted", "client's "),
        ("equal", "right"),
    ]


def test_a_space_before_punctuation_stays_as_the_source_writes_it() -> None:
    segs = parse("kept confidential [must be shared](#).")
    assert rejected(spans(segs)) == "kept confidential ."  # the anomaly is shown, not mended
    assert accepted(spans(segs)) == "kept confidential must be shared."


def test_spans_are_cut_where_a_source_range_starts_and_keep_positions() -> None:
    segs = parse("Do not ~~accept~~ exchange gifts.", line=34, column=1)
    start, end = locate(segs, (34, 8), "~~accept~~ exchange")
    assert (start, end) == ((34, 8), (34, 27))
    cut = spans(segs, [start, end])
    assert [(s.text, s.start) for s in cut] == [
        ("Do not ", (34, 1)),
        ("accept ", (34, 10)),
        ("exchange", (34, 19)),
        (" gifts.", (34, 27)),
    ]


def test_a_quote_that_is_not_the_source_falls_back_to_the_mark_named() -> None:
    segs = parse("~~cannot be kept confidential~~ [must be shared](#).")
    # an anomaly may quote a derived edition's words; the mark at its column is used
    assert locate(segs, (1, 33), "confidential [must be shared](#).") == ((1, 33), (1, 52))


_CHARS = st.sampled_from(list("ab .,\n\t"))
_MARK = st.text(st.sampled_from(list("ab .,")), min_size=1, max_size=8)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.text(_CHARS, min_size=1, max_size=8),
                _MARK.filter(lambda t: "~" not in t).map(lambda t: f"~~{t}~~"),
                _MARK.map(lambda t: f"[{t}](#)"),
            ),
            max_size=8,
        )
    )
    return "".join(parts)


@given(_markup())
def test_accept_all_is_the_draft_and_reject_all_the_current_text(markup: str) -> None:
    segs = parse(markup)
    result = spans(segs)
    assert accepted(result) == side(segs, "draft")
    assert rejected(result) == side(segs, "current")
    marks = [s.mark for s in result if s.op != "equal"]
    assert len(set(marks)) <= mark_count(segs)
    assert marks == sorted(marks)  # each mark's spans are together, in source order
