"""A standalone HTML page of a redline: `<del>` / `<ins>` per provision, changes, anomalies."""

from __future__ import annotations

from html import escape

from .redline import Redline

_CSS = """
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; line-height: 1.5;
       padding: 0 1rem; }
del { color: #a40000; background: #fdecec; }
ins { color: #005a00; background: #e9f7e9; text-decoration: underline; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left;
         vertical-align: top; }
.id { font-family: monospace; color: #555; }
"""


def _ops(ops: tuple[tuple[str, str], ...]) -> str:
    parts = []
    for op, words in ops:
        text = escape(words)
        parts.append(
            f"<del>{text}</del>"
            if op == "delete"
            else f"<ins>{text}</ins>"
            if op == "insert"
            else text
        )
    return " ".join(parts)


def redline_html(redline: Redline) -> str:
    title = escape(redline.title)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
        f"<p>{escape(redline.proposed.ref)} is {escape(redline.proposed.status)}. Deleted text is "
        "shown <del>struck through</del>, inserted text <ins>underlined</ins>.</p>",
        "<h2>Provisions</h2>",
    ]
    for pid, ops in redline.provisions:
        out.append(f'<section id="{escape(pid)}"><h3 class="id">{escape(pid)}</h3>')
        out.append(f"<p>{_ops(ops)}</p></section>")
    out.append("<h2>Changes</h2>")
    out.append(
        "<table><tr><th>provision</th><th>kind</th><th>current</th><th>draft</th>"
        "<th>reason</th></tr>"
    )
    for c in redline.changes:
        cells = (c.provision, c.kind, c.current_text, c.draft_text, c.reason)
        out.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in cells) + "</tr>")
    out.append("</table>")
    out.append("<h2>Anomalies in the markup</h2>")
    out.append("<table><tr><th>anomaly</th><th>line:col</th><th>markup</th><th>message</th></tr>")
    for a in redline.anomalies:
        row = (a.id, f"{a.line}:{a.column}", a.markup, a.message)
        out.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>")
    out.extend(["</table>", "</body>", "</html>", ""])
    return "\n".join(out)
