"""Redline markup: `~~deleted~~` and `[inserted](#)` parsed into equal / deleted / inserted runs.

The convention (Markdown, as regulators' redlines are commonly pasted):

- `~~text~~` is text the draft deletes; `[text](#)` is text the draft inserts. A link to anything
  other than `#` (`[site](https://…)`, `[x](#anchor)`) is ordinary text.
- A mark opens and closes on one line, and marks do not nest.
- `\\`, `\\~`, `\\[` and `\\]` stand for the character itself (Markdown escapes), so any text can
  be written; nothing else is unescaped.

Segments keep the source text byte for byte (after unescaping). Whitespace is normalised only
when a side (an edition's text) is derived by `side()`: every run of whitespace (spaces, tabs,
newlines) becomes one space and the result is stripped. Nothing else is changed — a space left
before punctuation by a dropped run stays, because it is evidence of a markup anomaly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .errors import RedlineSyntaxError

Op = Literal["equal", "deleted", "inserted"]
Side = Literal["current", "draft"]

_ESCAPABLE = "\\~[]"
_WS = re.compile(r"\s+")
_ACCEPTED = "write deletions as ~~text~~ and insertions as [text](#)"


@dataclass(frozen=True)
class Segment:
    """One run of text: unchanged (`equal`), `deleted` by the draft or `inserted` by it.

    `line` and `column` (1-based) locate the run's markup in the source; they do not take part
    in equality, so parsed segments compare equal to hand-built ones.
    """

    op: Op
    text: str
    line: int = field(default=0, compare=False)
    column: int = field(default=0, compare=False)


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip (the only normalisation)."""
    return _WS.sub(" ", text).strip()


def normalise(segments: Iterable[Segment]) -> tuple[Segment, ...]:
    """Drop empty runs and merge adjacent runs of the same op (keeping the first position)."""
    out: list[Segment] = []
    for seg in segments:
        if not seg.text:
            continue
        if out and out[-1].op == seg.op:
            prev = out[-1]
            out[-1] = Segment(prev.op, prev.text + seg.text, prev.line, prev.column)
        else:
            out.append(seg)
    return tuple(out)


def side(segments: Iterable[Segment], which: Side) -> str:
    """The text of one edition: current = equal + deleted, draft = equal + inserted."""
    dropped = "inserted" if which == "current" else "deleted"
    return normalise_space("".join(s.text for s in segments if s.op != dropped))


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in _ESCAPABLE else ch for ch in text)


def render(segments: Iterable[Segment]) -> str:
    """Markup for segments; `parse(render(x)) == x` for a normalised list whose marks have no
    line breaks."""
    parts = []
    for seg in segments:
        body = _escape(seg.text)
        if seg.op == "deleted":
            parts.append(f"~~{body}~~")
        elif seg.op == "inserted":
            parts.append(f"[{body}](#)")
        else:
            parts.append(body)
    return "".join(parts)


def _unescape(raw: str) -> str:
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw) and raw[i + 1] in _ESCAPABLE:
            out.append(raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


class _Parser:
    """A single pass over the markup, tracking positions for segments and errors."""

    def __init__(self, text: str, line: int, column: int) -> None:
        self.s = text
        self.line = line
        self.column = column
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(self, i: int) -> tuple[int, int]:
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:  # the last line start at or before i
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= i:
                lo = mid
            else:
                hi = mid - 1
        col = i - self._line_starts[lo] + 1
        return self.line + lo, col + (self.column - 1 if lo == 0 else 0)

    def fail(self, message: str, i: int) -> RedlineSyntaxError:
        line, col = self.where(i)
        return RedlineSyntaxError(message, line, col)

    def _skip_escape(self, k: int) -> int:
        s = self.s
        return k + 2 if s[k] == "\\" and k + 1 < len(s) and s[k + 1] in _ESCAPABLE else k + 1

    def _deletion_end(self, start: int) -> int:
        """Index of the `~~` closing the deletion opened at `start`."""
        k = start + 2
        while k < len(self.s):
            if self.s[k] == "\n":
                break
            if self.s.startswith("~~", k):
                return k
            k = self._skip_escape(k)
        raise self.fail(
            "unclosed deletion: this '~~' has no closing '~~' on the same line; " + _ACCEPTED,
            start,
        )

    def _insertion_end(self, start: int) -> int | None:
        """Index just past `](#)` when `[` at `start` opens an insertion; None if it is text."""
        s, k, crossed = self.s, start + 1, False
        while k < len(s):
            ch = s[k]
            if ch == "[":
                return None  # a later `[` gets its own chance; this one is ordinary text
            if ch == "\n":
                crossed = True
            elif ch == "]":
                if s.startswith("](#)", k):
                    if crossed:
                        raise self.fail(
                            "insertion spans lines: this '[' is closed by '](#)' on a later "
                            "line; an insertion [text](#) opens and closes on one line",
                            start,
                        )
                    return k + 4
                if s.startswith("](#", k) and not crossed:
                    eol = s.find("\n", k)
                    if ")" not in s[k : eol if eol >= 0 else len(s)]:
                        raise self.fail(
                            "unclosed insertion: '[text](#' has no closing ')' on the line; "
                            + _ACCEPTED,
                            start,
                        )
                return None
            k = self._skip_escape(k)
        return None

    def _check_no_insertion(self, lo: int, hi: int) -> None:
        k = lo
        while k < hi:
            if self.s[k] == "[":
                end = self._insertion_end(k)
                if end is not None and end <= hi:
                    raise self.fail(
                        "marks cannot nest: an insertion [text](#) inside a deletion ~~text~~; "
                        "close one mark before opening the other",
                        k,
                    )
            k = self._skip_escape(k)

    def parse(self) -> tuple[Segment, ...]:
        s, out = self.s, []
        buf: list[str] = []
        buf_at = 0

        def flush() -> None:
            if buf:
                line, col = self.where(buf_at)
                out.append(Segment("equal", "".join(buf), line, col))
                buf.clear()

        i = 0
        while i < len(s):
            if s.startswith("~~", i):
                end = self._deletion_end(i)
                self._check_no_insertion(i + 2, end)
                flush()
                line, col = self.where(i)
                out.append(Segment("deleted", _unescape(s[i + 2 : end]), line, col))
                i = end + 2
                buf_at = i
                continue
            if s[i] == "[":
                closing = self._insertion_end(i)
                if closing is not None:
                    body = s[i + 1 : closing - 4]
                    nested = body.find("~~")
                    if nested >= 0:
                        raise self.fail(
                            "marks cannot nest: a deletion ~~text~~ inside an insertion "
                            "[text](#); close one mark before opening the other",
                            i + 1 + nested,
                        )
                    flush()
                    line, col = self.where(i)
                    out.append(Segment("inserted", _unescape(body), line, col))
                    i = closing
                    buf_at = i
                    continue
            if s.startswith("](#)", i):
                raise self.fail(
                    "stray '](#)': no '[' opens an insertion before it on this line; " + _ACCEPTED,
                    i,
                )
            if not buf:
                buf_at = i
            nxt = self._skip_escape(i)
            buf.append(_unescape(s[i:nxt]))
            i = nxt
        flush()
        return normalise(out)


def parse(markdown: str, *, line: int = 1, column: int = 1) -> tuple[Segment, ...]:
    """Segments of a redline; `line`/`column` say where `markdown` starts in its source.

    Raises RedlineSyntaxError (naming line and column) for an unclosed `~~`, an insertion
    `[text](#` without its `)`, an insertion spanning lines, a stray `](#)`, or nested marks.
    """
    return _Parser(markdown, line, column).parse()


def sides(segments: Sequence[Segment]) -> dict[Side, str]:
    """Both editions' texts of one run of segments."""
    return {"current": side(segments, "current"), "draft": side(segments, "draft")}
