"""The block structure of a Markdown redline: banners, headings, paragraphs, list lead-ins, items.

Blocks are found line by line (blank lines separate blocks):

- a `#` line is a heading; so is a single-line block of at most 12 words with no final
  punctuation (`Introduction`, a title line);
- a single-line block of at most 3 upper-case words (`DRAFT`) is a banner;
- `- `, `* `, `+ ` or `1. ` / `1) ` starts a list item; following non-blank lines continue it.
  A blank line between two items does not end the list; a line that is not an item after a
  blank line does;
- a paragraph or heading ending with `:` right before a list is that list's lead-in;
- everything else is a paragraph.

Every block keeps its source line span, so every non-blank line belongs to exactly one block.
Blocks get structural names — `banner1`, `h1`, `p1`, `list1.lead_in`, `list1.3` (item 3) — that
a layout maps to provision ids. Ordered lists keep their source numbering when it increases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Literal

from .redline import Segment, parse, side

Kind = Literal["banner", "heading", "paragraph", "lead_in", "item"]

_ITEM = re.compile(r"^(\s*)([-*+]|(\d+)[.)])\s+")
_HEADING = re.compile(r"^(#{1,6})\s+")
_FINAL_PUNCT = ".,;:!?"
_EMPHASIS = re.compile(r"^(\*\*|__)(.*)\1(\s*)$")


@dataclass(frozen=True)
class Block:
    """One block of the document with its markup segments and source line span."""

    kind: Kind
    name: str
    first_line: int
    last_line: int
    segments: tuple[Segment, ...]
    list_name: str = ""  # `list1` for its items and lead-in
    number: int = 0  # an item's number within its list

    def text(self, which: Literal["current", "draft"]) -> str:
        return side(self.segments, which)


@dataclass(frozen=True)
class Document:
    """The blocks of one redline source, in source order."""

    blocks: tuple[Block, ...]
    line_count: int

    @cached_property
    def _by_name(self) -> dict[str, Block]:
        index: dict[str, Block] = {}
        for b in self.blocks:
            index.setdefault(b.name, b)
        return index

    def block(self, name: str) -> Block | None:
        return self._by_name.get(name)

    def owner(self, line: int) -> Block | None:
        """The block a (1-based) source line belongs to; None for blank lines."""
        return next((b for b in self.blocks if b.first_line <= line <= b.last_line), None)


@dataclass
class _Draft:
    kind: Kind
    first: int
    lines: list[tuple[int, int, str]]  # (line number, start column, content)
    ordered: bool = False
    marker: int = 0
    list_no: int = 0


def _strip_emphasis(content: str, column: int) -> tuple[str, int]:
    m = _EMPHASIS.match(content)
    if not m:
        return content, column
    return m.group(2), column + len(m.group(1))


def _segments(lines: list[tuple[int, int, str]]) -> tuple[Segment, ...]:
    # one parse over the block's lines, so a mark that spans lines is reported as such
    no, col, _ = lines[0]
    return parse("\n".join(content for _, _, content in lines), line=no, column=col)


def _classify(lines: list[tuple[int, int, str]]) -> Kind:
    if len(lines) == 1:
        words = lines[0][2].split()
        letters = [c for c in lines[0][2] if c.isalpha()]
        upper = letters and all(c.isupper() for c in letters)
        if len(words) <= 3 and upper and all(w.isalpha() for w in words):
            return "banner"
        text = lines[0][2].rstrip()
        if len(words) <= 12 and text and text[-1] not in _FINAL_PUNCT and "~~" not in text:
            return "heading"
    return "paragraph"


def _scan(source: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    list_no, list_ordered, list_open = 0, False, False
    blank_before = False
    for no, line in enumerate(source.split("\n"), 1):
        if not line.strip():
            current = None if current is None or current.kind != "item" else current
            blank_before = True
            continue
        item = _ITEM.match(line)
        heading = _HEADING.match(line)
        if item:
            ordered = item.group(3) is not None
            if not list_open or ordered != list_ordered:
                list_no += 1
                list_open, list_ordered = True, ordered
            marker = int(item.group(3)) if ordered else 0
            current = _Draft(
                "item", no, [(no, item.end() + 1, line[item.end() :])], ordered, marker, list_no
            )
            drafts.append(current)
        elif heading:
            content, col = _strip_emphasis(line[heading.end() :], heading.end() + 1)
            drafts.append(_Draft("heading", no, [(no, col, content)]))
            current, list_open = None, False
        elif current is not None and not blank_before:
            current.lines.append((no, 1, line))  # a continuation line of the same block
        else:
            current = _Draft("paragraph", no, [(no, 1, line)])
            drafts.append(current)
            list_open = False
        blank_before = False
    return drafts


def split(source: str) -> Document:
    """The blocks of a redline document (raises RedlineSyntaxError for malformed markup)."""
    drafts = _scan(source)
    for d in drafts:
        if d.kind == "paragraph":
            d.kind = _classify(d.lines)
    lists: dict[int, list[_Draft]] = {}
    for d in drafts:
        if d.kind == "item":
            lists.setdefault(d.list_no, []).append(d)
    names: dict[int, str] = {}
    for list_no, items in lists.items():
        markers = [d.marker for d in items]
        keep = items[0].ordered and all(a < b for a, b in pairwise(markers))
        for pos, d in enumerate(items, 1):
            d.marker = d.marker if keep else pos
        first = drafts.index(items[0])
        if first and drafts[first - 1].kind in ("paragraph", "heading"):
            before = drafts[first - 1]
            if before.lines[-1][2].rstrip().endswith(":"):
                before.kind, before.list_no = "lead_in", list_no
        names[list_no] = f"list{len(names) + 1}"
    counters: dict[str, int] = {}
    blocks = []
    for d in drafts:
        list_name = names.get(d.list_no, "")
        if d.kind == "item":
            name = f"{list_name}.{d.marker}"
        elif d.kind == "lead_in":
            name = f"{list_name}.lead_in"
        else:
            prefix = {"banner": "banner", "heading": "h", "paragraph": "p"}[d.kind]
            counters[prefix] = counters.get(prefix, 0) + 1
            name = f"{prefix}{counters[prefix]}"
        blocks.append(
            Block(d.kind, name, d.first, d.lines[-1][0], _segments(d.lines), list_name, d.marker)
        )
    return Document(tuple(blocks), source.count("\n") + 1)
