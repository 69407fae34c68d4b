"""The public-comment sheet of a draft: one row per changed provision, as .xlsx or .docx.

The form agencies circulate when a draft goes out for comment. Each row names the provision as
the code does, gives its current words and its draft words (the curated readings), whether the
change is editorial or substantive (the importer's change list), what it changes in practice
(the `impact` record: answers, strengths, duties, in words) and an empty column for the comment.
Both files are byte-reproducible.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peer_ethics.core.changes import Change
from peer_ethics.core.corpus import Code

from .naming import STRENGTH_WORDS, Naming, join_and, verdict

HEAD = (
    "No.",
    "Provision",
    "Current words (in force)",
    "Draft words (proposed)",
    "Editorial or substantive",
    "What it changes in practice",
    "Your comment",
)
# column widths in characters (.xlsx) and shares of the line (.docx)
_XLSX_WIDTHS = (5, 16, 45, 45, 13, 38, 40)
_DOCX_SHARES = (0.045, 0.1, 0.22, 0.22, 0.11, 0.165, 0.14)
INSTRUCTIONS = (
    "One row per provision the draft changes. Write your comment in the last column. The words "
    "are the code's, with the redline's markup slips read as its curated readings record."
)


@dataclass(frozen=True)
class Row:
    provision: str
    current: str
    draft: str
    kind: str
    impact: str


@dataclass(frozen=True)
class CommentSheet:
    title: str
    subtitle: str
    rows: tuple[Row, ...]


def _impact_words(impact: Mapping[str, Any], naming: Naming, pid: str) -> str:
    said: list[str] = []
    for t in impact.get("transitions", ()):
        if pid in t["provisions"]:
            said.append(f"{naming.topic(t['issue'])}: {verdict(t['from'])} → {verdict(t['to'])}.")
    for t in impact.get("strength_changes", ()):
        if pid in t["provisions"]:
            said.append(
                f"{naming.topic(t['issue'])}: still {verdict(t['verdict']).lower()}, but as "
                f"{STRENGTH_WORDS.get(t['to'], t['to'])} instead of "
                f"{STRENGTH_WORDS.get(t['from'], t['from'])}."
            )
    for s in impact.get("duty_changes", ()):
        if pid in s["provisions"]:
            topics = join_and([naming.topic(i) for i in s["issues"]])
            reason = str(s["reason"]).strip()
            said.append(f"{topics}: {reason[:1].upper() + reason[1:]}".rstrip(".") + ".")
    said = list(dict.fromkeys(said))
    if not said:
        return "No answer or duty changes: a change of wording."
    return "\n".join(said)


def build(
    code: Code, changes: Sequence[Change], impact: Mapping[str, Any], naming: Naming
) -> CommentSheet:
    base = next((e for e in code.editions if not e.proposed), code.editions[0])
    proposed = next((e for e in code.editions if e.proposed), base)
    order = [p.id for p in base.provisions] + [
        p.id for p in proposed.provisions if base.get(p.id) is None
    ]
    changed = {c.provision for c in changes}
    rows = []
    for pid in order:
        if pid not in changed:
            continue
        old, new = base.get(pid), proposed.get(pid)
        kinds = {c.kind for c in changes if c.provision == pid}
        rows.append(
            Row(
                (new or old).name if (new or old) else pid,  # type: ignore[union-attr]
                old.text if old else "(not in the current code)",
                new.text if new else "(deleted by the draft)",
                "substantive" if "substantive" in kinds else "editorial",
                _impact_words(impact, naming, pid),
            )
        )
    place = code.jurisdiction.split(" (")[0]
    return CommentSheet(
        f"Public comment on the draft: {code.name}",
        f"{place}: the draft (proposed, not in force) against the current code (in force).",
        tuple(rows),
    )


def _cells(sheet: CommentSheet) -> list[tuple[str, ...]]:
    return [
        (str(n), r.provision, r.current, r.draft, r.kind, r.impact, "")
        for n, r in enumerate(sheet.rows, 1)
    ]


def _lines(values: Sequence[str], widths: Sequence[int]) -> int:
    """How many lines the tallest cell of a row wraps to (about 1.1 characters per width)."""
    per = 1.1
    return max(
        1,
        *(
            sum(-(-max(1, len(part)) // max(1, int(w * per))) for part in str(v).split("\n"))
            for v, w in zip(values, widths, strict=True)
        ),
    )


def to_xlsx(sheet: CommentSheet) -> bytes:
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from .wordml import deterministic

    book = Workbook()
    fixed = datetime(2000, 1, 1)
    book.properties.creator, book.properties.lastModifiedBy = "peer-ethics", "peer-ethics"
    book.properties.created = book.properties.modified = fixed
    book.properties.title = sheet.title
    ws = book.active
    assert ws is not None
    ws.title = "Comments"
    ws.append([sheet.title])
    ws.append([sheet.subtitle + " " + INSTRUCTIONS])
    ws.append([])
    ws.append(list(HEAD))
    ws["A1"].font = Font(bold=True, size=13)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.alignment = wrap
    for values in _cells(sheet):
        ws.append(list(values))
        for cell in ws[ws.max_row]:
            cell.alignment = wrap
        # rows are sized here: spreadsheet programs do not grow a wrapped row on opening
        ws.row_dimensions[ws.max_row].height = 12.75 * _lines(values, _XLSX_WIDTHS)
    ws.row_dimensions[4].height = 12.75 * _lines(HEAD, _XLSX_WIDTHS)
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 12.75 * _lines((ws["A2"].value or "",), (sum(_XLSX_WIDTHS),))
    for letter, width in zip("ABCDEFG", _XLSX_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "C5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    book.save(buffer)
    return deterministic(buffer.getvalue())


def to_docx(sheet: CommentSheet) -> bytes:
    from docx.shared import Emu, Pt

    from . import wordml

    document = wordml.new_document(sheet.title)
    section = document.sections[0]
    wordml.landscape(section)
    margin = Emu(int(0.5 * 914400))
    section.left_margin = section.right_margin = section.top_margin = margin
    section.bottom_margin = margin
    document.add_heading(sheet.title, level=1)
    document.add_paragraph(sheet.subtitle)
    document.add_paragraph(INSTRUCTIONS)
    line = section.page_width - section.left_margin - section.right_margin
    widths = [Emu(int(line * share)) for share in _DOCX_SHARES]
    table = document.add_table(rows=1, cols=len(HEAD))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width

    def fill(cells: Any, values: Sequence[str], bold: bool) -> None:
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = width
            for k, part in enumerate(value.split("\n")):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = p.add_run(part)
                run.font.size, run.bold = Pt(8.5), bold

    fill(table.rows[0].cells, HEAD, True)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for values in _cells(sheet):
        fill(table.add_row().cells, values, False)
    return wordml.save(document)
