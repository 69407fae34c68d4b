"""A `Report` as Markdown, as a standalone HTML page, and as PDF rendered from that page.

The HTML carries its print layout: US Letter, wide tables in landscape pages (a named page,
`@page wide`), page numbers in the footer. The PDF is that HTML laid out by WeasyPrint, so no
office suite is needed to make it.
"""

from __future__ import annotations

from html import escape

from .reports import Cell, Report, Table

_CSS = """
@page { size: letter portrait; margin: 0.75in 0.7in;
        @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
@page wide { size: letter landscape; margin: 0.6in 0.6in; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 10pt; line-height: 1.35;
       max-width: 72rem; margin: 1rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 18pt; margin: 0 0 .3rem; } h2 { font-size: 13pt; margin: 1.2rem 0 .3rem; }
.subtitle { font-size: 11pt; color: #333; margin: 0 0 .6rem; }
.note { color: #444; margin: .1rem 0 .5rem; }
section.wide, header.wide { page: wide; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8.5pt; }
th, td { border: 1px solid #999; padding: .25rem .35rem; vertical-align: top; text-align: left;
         overflow-wrap: normal; word-break: normal; hyphens: manual; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #eee; }
td p { margin: 0 0 .3rem; } td p:last-child { margin-bottom: 0; }
td p.quote { font-style: italic; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
"""


def _md_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_cell(cell: Cell) -> str:
    parts = []
    for style, text in cell:
        body = _md_text(text)
        parts.append(f"**{body}**" if style == "b" else f"_{body}_" if style == "q" else body)
    return "<br>".join(parts)


def _md_table(table: Table) -> list[str]:
    out = [f"## {table.heading} ({len(table.rows)})", "", table.note, ""]
    if not table.rows:
        return [*out, "None.", ""]
    out.append("| " + " | ".join(_md_text(h) for h in table.head) + " |")
    out.append("|" + "---|" * len(table.head))
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
    return [*out, ""]


def to_markdown(report: Report) -> str:
    out = [f"# {report.title}", "", report.subtitle, "", report.summary, ""]
    for table in (*report.sections, *report.appendix):
        out += _md_table(table)
    return "\n".join(out)


def _html_cell(cell: Cell) -> str:
    parts = []
    for style, text in cell:
        body = escape(text)
        if style == "b":
            parts.append(f"<p><strong>{body}</strong></p>")
        elif style == "q":
            parts.append(f'<p class="quote">{body}</p>')
        else:
            parts.append(f"<p>{body}</p>")
    return "".join(parts)


def _html_table(n: int, table: Table) -> list[str]:
    wide = ' class="wide"' if table.wide else ""
    out = [
        f'<section{wide} aria-labelledby="section-{n}">',
        f'<h2 id="section-{n}">{escape(table.heading)} ({len(table.rows)})</h2>',
        f'<p class="note">{escape(table.note)}</p>',
    ]
    if not table.rows:
        return [*out, "<p>None.</p>", "</section>"]
    out.append("<table><colgroup>")
    out += [f'<col style="width:{w * 100:.0f}%">' for w in table.widths]
    out.append("</colgroup><thead><tr>")
    out += [f'<th scope="col">{escape(h)}</th>' for h in table.head]
    out.append("</tr></thead><tbody>")
    out += [
        "<tr>" + "".join(f"<td>{_html_cell(c)}</td>" for c in row) + "</tr>" for row in table.rows
    ]
    return [*out, "</tbody></table>", "</section>"]


def _opens_wide(report: Report) -> bool:
    tables = (*report.sections, *report.appendix)
    return bool(tables) and tables[0].wide


def to_html(report: Report) -> str:
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(report.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        # the opening shares the first table's page, whichever way that page is turned
        '<header class="wide">' if _opens_wide(report) else "<header>",
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="subtitle">{escape(report.subtitle)}</p>',
        f"<p>{escape(report.summary)}</p>",
        "</header>",
    ]
    for n, table in enumerate((*report.sections, *report.appendix), 1):
        out += _html_table(n, table)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_pdf(report: Report) -> bytes:
    """The HTML page laid out by WeasyPrint (needs Debian's libpango at run time)."""
    try:
        from weasyprint import HTML
    except OSError as exc:  # the Python package is there but not the Pango library
        from peer_ethics.core.errors import BadInput

        raise BadInput(
            f"PDF needs the Pango library (Debian: apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0): {exc}"
        ) from None
    data: bytes = HTML(string=to_html(report)).write_pdf()
    return data
