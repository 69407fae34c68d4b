"""A .docx of a redline with real tracked changes (`w:ins` / `w:del`), byte-deterministic.

Each provision is one paragraph: its id in bold, then the curated current -> draft word diff,
deleted words inside `w:del` (as `w:delText`) and inserted words inside `w:ins`, authored by
"peer-ethics" at a fixed date, so Word and LibreOffice show them as revisions to accept or
reject. The zip is rewritten with fixed timestamps so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .redline import Redline

AUTHOR = "peer-ethics"
DATE = "2000-01-01T00:00:00Z"  # fixed, so exports are reproducible byte for byte
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _run(text: str, deleted: bool = False, bold: bool = False) -> Any:
    run = OxmlElement("w:r")
    if bold:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:b"))
        run.append(props)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


class _Revisions:
    """Numbers each revision mark (Word requires unique ids)."""

    def __init__(self) -> None:
        self.next_id = 1

    def mark(self, tag: str, run: Any) -> Any:
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), AUTHOR)
        element.set(qn("w:date"), DATE)
        element.append(run)
        self.next_id += 1
        return element


def _paragraph(p: Paragraph, pid: str, ops: tuple[tuple[str, str], ...], rev: _Revisions) -> None:
    p._p.append(_run(pid + " ", bold=True))
    for k, (op, words) in enumerate(ops):
        text = (" " if k else "") + words
        if op == "delete":
            p._p.append(rev.mark("w:del", _run(text, deleted=True)))
        elif op == "insert":
            p._p.append(rev.mark("w:ins", _run(text)))
        else:
            p._p.append(_run(text))


def _deterministic(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def redline_docx(redline: Redline) -> bytes:
    document = Document()
    props = document.core_properties
    fixed = datetime(2000, 1, 1)
    props.author, props.last_modified_by, props.title = AUTHOR, AUTHOR, redline.title
    props.created, props.modified, props.revision = fixed, fixed, 1
    document.add_heading(redline.title, level=1)
    document.add_paragraph(
        f"{redline.proposed.ref} is {redline.proposed.status}. Changes are tracked revisions "
        f"by {AUTHOR}; the change list and anomaly report are in `peer-ethics redline "
        f"{redline.code.id}`."
    )
    rev = _Revisions()
    for pid, ops in redline.provisions:
        _paragraph(document.add_paragraph(), pid, ops, rev)
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue())
