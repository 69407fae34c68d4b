"""A block's own redline marks as revision spans, with whitespace settled for both editions.

A redline writes `a ~~x~~ b`: dropping the deletion leaves two spaces (`a  b`), which the
derived editions collapse (`side()`). A word processor does not collapse them, so here every
whitespace character is given to the editions it is needed in: a space that one edition would
double is moved into the neighbouring mark (`a ` + deleted `x ` + `b`), a space both editions
would double is dropped, and line breaks inside a block become spaces. Nothing else changes, so
accepting every mark gives exactly `side(segments, "draft")` and rejecting every mark exactly
`side(segments, "current")`, and each source mark stays one mark.

Every character keeps its source position (line, column), so that a place named in the source
(an anomaly's line and column) can be found among the spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .redline import Op, Segment, render

Position = tuple[int, int]  # (line, column), 1-based, in the source

_SIDES: dict[Op, frozenset[str]] = {
    "equal": frozenset({"current", "draft"}),
    "deleted": frozenset({"current"}),
    "inserted": frozenset({"draft"}),
}
_ONLY: dict[str, Op] = {"current": "deleted", "draft": "inserted"}


@dataclass(frozen=True)
class Span:
    """A run of text with one op: `mark` numbers the block's source marks (-1: unchanged)."""

    op: Op
    text: str
    mark: int
    start: Position  # source position of the first character


@dataclass
class _Char:
    op: Op
    ch: str
    mark: int
    at: Position


def _chars(segments: Iterable[Segment]) -> list[_Char]:
    out: list[_Char] = []
    mark = -1
    for seg in segments:
        if seg.op != "equal":
            mark += 1
        source = render([Segment(seg.op, seg.text)])
        body_at, closing = {"equal": (0, 0), "deleted": (2, 2), "inserted": (1, 4)}[seg.op]
        line, col = seg.line, seg.column
        k = 0
        while k < len(source) - closing:
            ch = source[k]
            if k >= body_at:
                if ch == "\\" and k + 1 < len(source):  # an escape: the next character is text
                    k, col = k + 1, col + 1
                    ch = source[k]
                out.append(_Char(seg.op, ch, mark if seg.op != "equal" else -1, (line, col)))
            if ch == "\n":
                line, col = line + 1, 1
            else:
                col += 1
            k += 1
    return out


def _take(c: _Char, sides: frozenset[str], neighbour: _Char | None) -> bool:
    """Give a whitespace character to `sides` only; False when it is needed by none."""
    if not sides:
        return False
    if sides == _SIDES[c.op]:
        return True
    (only,) = sides
    c.op = _ONLY[only]
    c.mark = neighbour.mark if neighbour is not None and neighbour.op == c.op else c.mark
    return True


def _merge(neighbour: _Char | None, needed: frozenset[str], sides: frozenset[str]) -> bool:
    """A space needed on one side only, next to a space kept on the other side only: the two
    are one unchanged space (so no mark is made of whitespace alone)."""
    if neighbour is None or neighbour.ch != " " or len(needed) != 1 or needed == sides:
        return False
    if _SIDES[neighbour.op] | needed != _SIDES["equal"]:
        return False
    neighbour.op, neighbour.mark = "equal", -1
    return True


def _settle(chars: list[_Char]) -> list[_Char]:
    for c in chars:
        if c.ch.isspace():
            c.ch = " "
    # Forward: on each side, a space after the start or after another space is not needed.
    kept: list[_Char] = []
    after_space = {"current": True, "draft": True}
    for c in chars:
        sides = _SIDES[c.op]
        if c.ch == " ":
            needed = frozenset(s for s in sides if not after_space[s])
            if _merge(kept[-1] if kept else None, needed, sides):
                after_space = {"current": True, "draft": True}
                continue
            if not _take(c, needed, kept[-1] if kept else None):
                continue
            sides = _SIDES[c.op]
        for s in sides:
            after_space[s] = c.ch == " "
        kept.append(c)
    # Backward: a space with nothing after it on a side is not needed there.
    out: list[_Char] = []
    at_end = {"current": True, "draft": True}
    for c in reversed(kept):
        sides = _SIDES[c.op]
        if c.ch == " ":
            needed = frozenset(s for s in sides if not at_end[s])
            if _merge(out[-1] if out else None, needed, sides):
                at_end = {"current": False, "draft": False}
                continue
            if not _take(c, needed, out[-1] if out else None):
                continue
            sides = _SIDES[c.op]
        for s in sides:
            at_end[s] = False
        out.append(c)
    out.reverse()
    return out


def spans(segments: Sequence[Segment], cuts: Iterable[Position] = ()) -> tuple[Span, ...]:
    """The block's text as spans of one op and one mark, also split where a character's source
    position reaches one of `cuts` (so that a range named in the source starts a span)."""
    points = sorted(set(cuts))
    out: list[Span] = []
    prev: _Char | None = None
    for c in _settle(_chars(segments)):
        cut = prev is not None and any(prev.at < p <= c.at for p in points)
        if out and prev is not None and (prev.op, prev.mark) == (c.op, c.mark) and not cut:
            last = out[-1]
            out[-1] = Span(last.op, last.text + c.ch, last.mark, last.start)
        else:
            out.append(Span(c.op, c.ch, c.mark, c.at))
        prev = c
    return tuple(out)


def accepted(items: Iterable[Span]) -> str:
    """The text with every mark accepted (the draft)."""
    return "".join(s.text for s in items if s.op != "deleted")


def rejected(items: Iterable[Span]) -> str:
    """The text with every mark rejected (the current edition)."""
    return "".join(s.text for s in items if s.op != "inserted")


def locate(segments: Sequence[Segment], at: Position, markup: str) -> tuple[Position, Position]:
    """Where a piece of `markup` quoted from the block lies: the occurrence that holds `at` (an
    anomaly names the mark it is about and quotes the markup around it). Returns the source
    positions of its first character and just past its last. When the quote is not the source's
    own (it may show a derived edition's text), the segment written at `at` is returned."""
    source: list[tuple[str, Position]] = []
    bounds: list[tuple[Position, Position]] = []
    for seg in segments:
        line, col = seg.line, seg.column
        for ch in render([Segment(seg.op, seg.text)]):
            source.append((ch, (line, col)))
            line, col = (line + 1, 1) if ch == "\n" else (line, col + 1)
        bounds.append(((seg.line, seg.column), (line, col)))
    text = "".join(ch for ch, _ in source)
    start = text.find(markup) if markup else -1
    while start >= 0:
        end = start + len(markup)
        if source[start][1] <= at <= source[end - 1][1]:
            after = source[end][1] if end < len(source) else (at[0], 10**9)
            return source[start][1], after
        start = text.find(markup, start + 1)
    return next(((a, b) for a, b in bounds if a <= at < b), (at, (at[0], at[1] + 1)))


def mark_count(segments: Iterable[Segment]) -> int:
    """How many marks (deletions and insertions) the source writes."""
    return sum(s.op != "equal" for s in segments)
