"""A `Report` as .docx: portrait for the text and narrow tables, a landscape section for each
run of wide tables, header rows repeated on every page, byte-reproducible."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt

from . import wordml
from .reports import Cell, Report, Table

_TABLE_FONT = Pt(8.5)


def _cell(cell: Any, content: Cell, width: int) -> None:
    cell.width = Emu(width)
    for k, (style, text) in enumerate(content):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.font.size = _TABLE_FONT
        r.bold = style == "b"
        r.italic = style == "q"


def _repeat_header(row: Any) -> None:
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def _table(document: Any, table: Table) -> None:
    document.add_heading(f"{table.heading} ({len(table.rows)})", level=2)
    document.add_paragraph(table.note)
    if not table.rows:
        document.add_paragraph("None.")
        return
    section = document.sections[-1]
    line = section.page_width - section.left_margin - section.right_margin
    widths = [int(line * w) for w in table.widths]
    grid = document.add_table(rows=1, cols=len(table.head))
    grid.style = "Table Grid"
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Emu(width)  # the grid LibreOffice lays out by; Word reads the cells
    _repeat_header(grid.rows[0])
    for cell, head, width in zip(grid.rows[0].cells, table.head, widths, strict=True):
        _cell(cell, (("b", head),), width)
    for row in table.rows:
        added = grid.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays on one page
        for cell, content, width in zip(added.cells, row, widths, strict=True):
            _cell(cell, content, width)


def to_docx(report: Report) -> bytes:
    document = wordml.new_document(report.title)
    first = document.sections[0]
    first.left_margin = first.right_margin = first.top_margin = first.bottom_margin = Emu(
        int(0.75 * 914400)
    )
    tables = (*report.sections, *report.appendix)
    wide = bool(tables) and tables[0].wide  # the opening shares the first table's page
    if wide:
        wordml.landscape(first)
    document.add_heading(report.title, level=1)
    document.add_paragraph(report.subtitle)
    document.add_paragraph(report.summary)
    for table in tables:
        if table.wide != wide:
            section = document.add_section(WD_SECTION.NEW_PAGE)
            (wordml.landscape if table.wide else wordml.portrait)(section)
            wide = table.wide
        _table(document, table)
    return wordml.save(document)
