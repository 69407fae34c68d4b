"""The redline .docx as the drafter wrote it: the whole source document, its own marks as Word
tracked changes, each markup anomaly as a comment with its curated reading.

Every block of the source appears in order (banners, title, headings, lead-ins, provisions).
Each `~~deleted~~` run becomes one `w:del` and each `[inserted](#)` run one `w:ins`, authored
"Drafter" at a fixed date; whitespace is settled by `core.revisions`, so accepting every change
gives the draft's text and rejecting every change the current text, block by block. Each anomaly
the importer reports is a Word comment by "peer-ethics" anchored on the markup it is about,
naming the provision as the code does and giving each curated reading with its reason. Each
provision is wrapped in a bookmark named from its id (`wordml.bookmark_name`) so links can point
into the document. List items are numbered as the provisions' labels count them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from peer_ethics.core.document import Block
from peer_ethics.core.revisions import Position, Span, locate, spans

from . import wordml
from .marked import DRAFTER, MarkedSource, comment_paragraphs


@dataclass(frozen=True)
class _Comment:
    id: int
    start: Position
    end: Position


def _add_comments(document: Any, source: MarkedSource) -> dict[str, list[_Comment]]:
    """One comment per anomaly, grouped by the block it is anchored in."""
    by_block: dict[str, list[_Comment]] = {}
    block_of = {pid: name for name, pid in source.owners.items()}
    for anomaly in source.anomalies:
        name = block_of.get(anomaly.provision)
        block = source.document.block(name) if name else None
        if block is None:
            continue
        start, end = locate(block.segments, (anomaly.line, anomaly.column), anomaly.markup)
        paragraphs = comment_paragraphs(source, anomaly)
        comment = document.comments.add_comment(text="", author=wordml.AUTHOR, initials="PE")
        comment._comment_elm.set(qn("w:date"), wordml.DATE)
        first = comment.paragraphs[0]
        first.add_run(paragraphs[0][0]).bold = True
        for text, bold in paragraphs[1:]:
            comment.add_paragraph(text).runs[0].bold = bold
        by_block.setdefault(name or "", []).append(_Comment(comment.comment_id, start, end))
    return by_block


def _fill(
    p: Any, items: Sequence[Span], comments: Sequence[_Comment], ids: wordml.Ids, prefix: str
) -> None:
    """The spans as runs in paragraph `p`, one `w:ins` / `w:del` per source mark, comment ranges
    around the spans they cover (their reference runs follow once no mark is open)."""
    para = p._p
    if prefix:
        para.append(wordml.run(prefix))
    open_mark: Any = None
    open_number = -1
    started: set[int] = set()
    ended: set[int] = set()
    refs: list[int] = []

    def close() -> None:
        nonlocal open_mark
        open_mark = None
        for cid in refs:
            para.append(wordml.comment_reference(cid))
        refs.clear()

    for k, span in enumerate(items):
        if open_mark is not None and (span.op == "equal" or span.mark != open_number):
            close()
        if span.op != "equal" and open_mark is None:
            open_mark = ids.mark("w:del" if span.op == "deleted" else "w:ins", DRAFTER)
            open_number = span.mark
            para.append(open_mark)
        here = open_mark if open_mark is not None else para
        for c in comments:
            if c.id not in started and c.start <= span.start:
                here.append(wordml.comment_marker("w:commentRangeStart", c.id))
                started.add(c.id)
        here.append(wordml.run(span.text, deleted=span.op == "deleted"))
        following = items[k + 1].start if k + 1 < len(items) else None
        for c in comments:
            if c.id in started and c.id not in ended and (following is None or c.end <= following):
                here.append(wordml.comment_marker("w:commentRangeEnd", c.id))
                ended.add(c.id)
                refs.append(c.id)
        if open_mark is None:
            close()
    close()


def _style(p: Any, block: Block, part: str) -> None:
    fmt = p.paragraph_format
    if block.kind == "banner":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif block.kind == "lead_in":
        fmt.keep_with_next = True
    elif block.kind == "item":
        fmt.left_indent, fmt.first_line_indent = Inches(0.4), Inches(-0.3)
        fmt.tab_stops.add_tab_stop(Inches(0.4))
    if part == "title":
        p.style = "Title"
    elif block.kind == "heading":
        p.style = "Heading 1"


def marked_docx(source: MarkedSource) -> bytes:
    document = wordml.new_document(source.title)
    header = document.sections[0].header.paragraphs[0]
    header.text = (
        f"{source.code.name}: the draft's own marks as tracked changes by {DRAFTER}; comments "
        f"by {wordml.AUTHOR} give each markup anomaly's curated reading."
    )
    header.runs[0].font.size = Pt(8)
    comments = _add_comments(document, source)
    ids = wordml.Ids()
    for block in source.document.blocks:
        owner = source.owners.get(block.name, block.kind)
        mine = comments.get(block.name, [])
        cuts = [pos for c in mine for pos in (c.start, c.end)]
        p = document.add_paragraph()
        _style(p, block, owner)
        prefix = f"{block.number}.\t" if block.kind == "item" else ""
        _fill(p, spans(block.segments, cuts), mine, ids, prefix)
        if block.kind == "banner":
            for r in p._p.iter(qn("w:r")):
                props = r.find(qn("w:rPr"))
                if props is None:
                    props = r.makeelement(qn("w:rPr"), {})
                    r.insert(0, props)
                props.append(props.makeelement(qn("w:b"), {}))
        if owner in source.labels:
            start, end = ids.bookmark(wordml.bookmark_name(owner))
            p._p.insert(1 if p._p.find(qn("w:pPr")) is not None else 0, start)
            p._p.append(end)
    return wordml.save(document)
