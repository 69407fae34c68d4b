"""Compare and impact reports as Markdown, HTML and .docx, rendered from their JSON records.

The reports take the JSON of `peer-ethics compare --json` / `impact --json` (so that every
format says exactly what the JSON says) and add only fixed headings. The impact .docx opens with
the code's redline as real tracked changes (export.docx) and follows it with the table of
practical changes, each with its witness and citations.
"""

from __future__ import annotations

import html
import io
from collections.abc import Mapping, Sequence
from typing import Any

from peer_ethics.core.errors import BadInput

from .redline import Redline

FORMATS = ("md", "html", "docx")
_WORDS = {"not_addressed": "not addressed"}


def _v(verdict: object) -> str:
    return _WORDS.get(str(verdict), str(verdict))


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else []


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# --- the rows every format shows ----------------------------------------------------------------


def _compare_title(data: Mapping[str, Any]) -> str:
    a, b = _list(data["editions"])
    return f"Compare {a} and {b}"


def _impact_title(data: Mapping[str, Any]) -> str:
    a, b = _list(data["editions"])
    return f"Impact of {b} on {a}"


def _side_cell(side: Mapping[str, Any]) -> str:
    cites = ", ".join(_list(side["citations"])) or "no provision"
    return f"{_v(side['verdict'])} ({cites})"


def _strength_cell(side: Mapping[str, Any]) -> str:
    cites = ", ".join(_list(side["citations"])) or "no provision"
    return f"{_v(side['verdict'])}, {side['strength']} ({cites})"


def _compare_rows(data: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for w in _list(data["witnesses"]):
        a, b = _list(w["sides"])
        rows.append([w["issue"], w["description"], _side_cell(a), _side_cell(b)])
    return rows


def _alignment_rows(data: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for al in _list(data["alignment"]):
        a, b = _list(al["sides"])
        rows.append(
            [al["issue"], ", ".join(a["provisions"]) or "—", ", ".join(b["provisions"]) or "—"]
        )
    return rows


def _impact_rows(data: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for t in _list(data["transitions"]):
        w = _map(t["witness"])
        steps = "; ".join(f"{s['op']} {s['norm']}" for s in _list(t["steps"]))
        cites = ", ".join(_list(t["citations"])) or "none (unexplained)"
        rows.append(
            [t["issue"], f"{_v(t['from'])} → {_v(t['to'])}", str(w["description"]), cites, steps]
        )
    return rows


_COMPARE_HEAD = ["Issue", "Situation", "{a}", "{b}"]
_ALIGN_HEAD = ["Issue", "{a}", "{b}"]
_IMPACT_HEAD = ["Issue", "Verdict", "Situation", "Changed provisions", "Reform steps"]


def _head(head: list[str], data: Mapping[str, Any]) -> list[str]:
    a, b = _list(data["editions"])
    return [h.format(a=a, b=b) for h in head]


def _sections(kind: str, data: Mapping[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    """(heading, table head, rows) in the order every format shows them."""
    if kind == "compare":
        silent = [
            [s["issue"], f"addressed by {s['addressed_by']}", f"not addressed by {s['silent']}"]
            for s in _list(data["silent"])
        ]
        strengths = [
            [w["issue"], w["description"], *(_strength_cell(side) for side in _list(w["sides"]))]
            for w in _list(data.get("strength_differences"))
        ]
        return [
            ("Differences", _head(_COMPARE_HEAD, data), _compare_rows(data)),
            ("Same verdict, different strength", _head(_COMPARE_HEAD, data), strengths),
            ("Silence", ["Issue", "Addressed", "Silent"], silent),
            ("Alignment", _head(_ALIGN_HEAD, data), _alignment_rows(data)),
        ]
    editorial = [[p, "text changed; no verdict or duty changes"] for p in _list(data["editorial"])]
    duties = [
        [s["norm"], ", ".join(s["provisions"]), s["reason"]] for s in _list(data["duty_changes"])
    ]
    unexplained = [
        [u["issue"], f"{_v(u['from'])} → {_v(u['to'])}", ", ".join(u["norms"]), u["reason"]]
        for u in _list(data["unexplained"])
    ]
    strength = [
        [
            t["issue"],
            f"{_v(t['verdict'])}: {t['from']} → {t['to']}",
            str(_map(t["witness"])["description"]),
            ", ".join(_list(t["citations"])) or "none (unexplained)",
            "; ".join(f"{s['op']} {s['norm']}" for s in _list(t["steps"])),
        ]
        for t in _list(data.get("strength_changes"))
    ]
    return [
        ("Practical changes", _IMPACT_HEAD, _impact_rows(data)),
        ("Same verdict, different strength", _IMPACT_HEAD, strength),
        ("Changed duties and conditions", ["Norm", "Provisions", "Reform reason"], duties),
        ("Editorial in effect", ["Provision", "Effect"], editorial),
        (
            "Unexplained changes (norm-encoding errors)",
            ["Issue", "Verdict", "Norms", "Why"],
            unexplained,
        ),
    ]


# --- formats --------------------------------------------------------------------------------------


def _md_cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(kind: str, data: Mapping[str, Any]) -> str:
    title = _compare_title(data) if kind == "compare" else _impact_title(data)
    out = [f"# {title}", ""]
    for heading, head, rows in _sections(kind, data):
        out += [f"## {heading} ({len(rows)})", ""]
        if not rows:
            out += ["None.", ""]
            continue
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def to_html(kind: str, data: Mapping[str, Any]) -> str:
    title = _compare_title(data) if kind == "compare" else _impact_title(data)
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em;"
        "vertical-align:top;text-align:left}</style>",
        f"</head><body><h1>{e(title)}</h1>",
    ]
    for n, (heading, head, rows) in enumerate(_sections(kind, data)):
        parts.append(f'<h2 id="section-{n + 1}">{e(heading)} ({len(rows)})</h2>')
        if not rows:
            parts.append("<p>None.</p>")
            continue
        parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in head))
        parts.append("</tr></thead><tbody>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def to_docx(kind: str, data: Mapping[str, Any], redline: Redline | None = None) -> bytes:
    from datetime import datetime

    from docx import Document

    from .docx import AUTHOR, _deterministic, redline_docx

    if redline is not None:
        # Reuse the redline writer as is: its document, with the report appended.
        document = Document(io.BytesIO(redline_docx(redline)))
    else:
        document = Document()
        props = document.core_properties
        props.author, props.last_modified_by = AUTHOR, AUTHOR
        props.created, props.modified, props.revision = (
            datetime(2000, 1, 1),
            datetime(2000, 1, 1),
            1,
        )
    title = _compare_title(data) if kind == "compare" else _impact_title(data)
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for heading, head, rows in _sections(kind, data):
        document.add_heading(f"{heading} ({len(rows)})", level=2)
        if not rows:
            document.add_paragraph("None.")
            continue
        table = document.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        table.autofit = False
        widths = _widths(head)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid LibreOffice lays out by; Word reads the cells
        for cell, text, width in zip(table.rows[0].cells, head, widths, strict=True):
            cell.text, cell.width = text, width
        for row in rows:
            cells = table.add_row().cells
            for cell, text, width in zip(cells, row, widths, strict=True):
                cell.text, cell.width = str(text), width
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue())


def _widths(head: list[str]) -> list[Any]:
    """Column widths on a 6.5-inch text block: the situation gets the room it needs."""
    from docx.shared import Inches

    wide = [h == "Situation" for h in head]
    rest = (6.5 - 2.6 * sum(wide)) / max(1, len(head) - sum(wide))
    return [Inches(2.6 if w else rest) for w in wide]


def render_report(
    kind: str, data: Mapping[str, Any], fmt: str, redline: Redline | None = None
) -> bytes:
    """A `compare` or `impact` record as bytes in `md`, `html` or `docx`."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown report format {fmt!r}; accepted: {', '.join(FORMATS)}")
    if fmt == "md":
        return to_markdown(kind, data).encode()
    if fmt == "html":
        return to_html(kind, data).encode()
    return to_docx(kind, data, redline)
