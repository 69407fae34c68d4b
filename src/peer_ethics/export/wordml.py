"""WordprocessingML pieces every .docx export shares: runs, revision marks, bookmarks, comments,
fixed document properties and a byte-reproducible zip.

Revision marks (`w:ins` / `w:del`), bookmarks and comments carry ids; `Ids` hands out one
sequence for marks and bookmarks (Word wants them unique) while comments are numbered by the
comments part. Every date is `DATE`, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

AUTHOR = "peer-ethics"
DATE = "2000-01-01T00:00:00Z"  # fixed, so exports are reproducible byte for byte
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_BOOKMARK = re.compile(r"[^A-Za-z0-9_]")


def bookmark_name(provision_id: str) -> str:
    """A Word bookmark name for a provision id: every character outside [A-Za-z0-9_] becomes
    `_`, a name not starting with a letter gets `p_` in front, and it is cut to 40 characters
    (Word's rules): `wa.conduct.5` -> `wa_conduct_5`, `wi.11` -> `wi_11`."""
    name = _BOOKMARK.sub("_", provision_id)
    if not name[:1].isalpha() or not name[:1].isascii():
        name = "p_" + name
    return name[:40]


def run(text: str, *, deleted: bool = False, bold: bool = False, italic: bool = False) -> Any:
    """A `w:r` holding `text` (as `w:delText` when it sits inside a `w:del`)."""
    element = OxmlElement("w:r")
    if bold or italic:
        props = OxmlElement("w:rPr")
        if bold:
            props.append(OxmlElement("w:b"))
        if italic:
            props.append(OxmlElement("w:i"))
        element.append(props)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    element.append(t)
    return element


class Ids:
    """Numbers revision marks and bookmarks (Word requires unique ids)."""

    def __init__(self) -> None:
        self.next_id = 1

    def take(self) -> str:
        value = str(self.next_id)
        self.next_id += 1
        return value

    def mark(self, tag: str, author: str = AUTHOR) -> Any:
        """An empty `w:ins` or `w:del` by `author` at the fixed date."""
        element = OxmlElement(tag)
        element.set(qn("w:id"), self.take())
        element.set(qn("w:author"), author)
        element.set(qn("w:date"), DATE)
        return element

    def bookmark(self, name: str) -> tuple[Any, Any]:
        """A `w:bookmarkStart` / `w:bookmarkEnd` pair named `name`."""
        number = self.take()
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), number)
        return start, end


def comment_marker(tag: str, comment_id: int) -> Any:
    """`w:commentRangeStart` / `w:commentRangeEnd` for a comment."""
    element = OxmlElement(tag)
    element.set(qn("w:id"), str(comment_id))
    return element


def comment_reference(comment_id: int) -> Any:
    """The run that shows a comment's mark in the text, placed after its range."""
    element = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "CommentReference")
    props.append(style)
    element.append(props)
    ref = OxmlElement("w:commentReference")
    ref.set(qn("w:id"), str(comment_id))
    element.append(ref)
    return element


def new_document(title: str) -> Any:
    """A python-docx Document with fixed core properties (author, dates, title)."""
    document = Document()
    props = document.core_properties
    fixed = datetime(2000, 1, 1)
    props.author, props.last_modified_by, props.title = AUTHOR, AUTHOR, title
    props.created, props.modified, props.revision = fixed, fixed, 1
    return document


def landscape(section: Any) -> None:
    """Turn a section to landscape, keeping its paper size."""
    from docx.enum.section import WD_ORIENT

    width, height = section.page_width, section.page_height
    if width < height:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width


def portrait(section: Any) -> None:
    from docx.enum.section import WD_ORIENT

    width, height = section.page_width, section.page_height
    if width > height:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = height, width


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def deterministic(data: bytes) -> bytes:
    """The same zip with fixed timestamps and permissions, and the document's "modified" date
    fixed (some writers stamp the time of saving), so equal input gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>" + DATE.encode() + rb"\g<2>", body)
            target.writestr(fixed, body)
    return out.getvalue()


def save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return deterministic(buffer.getvalue())
