"""Block structure: banners, headings, paragraphs, lists with lead-ins, line spans."""

from __future__ import annotations

from peer_ethics.core.document import split

SOURCE = """\
DRAFT

# The Title

Scope

A paragraph that
runs over two lines.

Members should:

- first item
- second item
  continued

- third item after a blank line

7. seven
8. eight
"""


def test_blocks_and_names() -> None:
    doc = split(SOURCE)
    assert [(b.kind, b.name, b.first_line, b.last_line) for b in doc.blocks] == [
        ("banner", "banner1", 1, 1),
        ("heading", "h1", 3, 3),
        ("heading", "h2", 5, 5),
        ("paragraph", "p1", 7, 8),
        ("lead_in", "list1.lead_in", 10, 10),
        ("item", "list1.1", 12, 12),
        ("item", "list1.2", 13, 14),
        ("item", "list1.3", 16, 16),
        ("item", "list2.7", 18, 18),
        ("item", "list2.8", 19, 19),
    ]


def test_texts_and_line_accounting() -> None:
    doc = split(SOURCE)
    assert doc.block("p1") is not None
    assert doc.block("p1").text("current") == "A paragraph that runs over two lines."  # type: ignore[union-attr]
    assert doc.block("list1.2").text("draft") == "second item continued"  # type: ignore[union-attr]
    for no, line in enumerate(SOURCE.split("\n"), 1):
        assert (doc.owner(no) is None) == (not line.strip())


def test_unordered_numbering_falls_back_to_position() -> None:
    doc = split("1. a\n1. b\n1. c\n")
    assert [b.name for b in doc.blocks] == ["list1.1", "list1.2", "list1.3"]
