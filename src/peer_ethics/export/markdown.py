"""A Markdown redline in the importer's own convention (`~~deleted~~`, `[inserted](#)`).

Re-importing the provisions' paragraphs gives back the curated editions; the change list and
anomaly report follow as tables.
"""

from __future__ import annotations

from peer_ethics.core.redline import Op, Segment, render

from .redline import Redline

_OP: dict[str, Op] = {"equal": "equal", "delete": "deleted", "insert": "inserted"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def redline_markdown(redline: Redline) -> str:
    out = [f"# {redline.title}", "", f"{redline.proposed.ref} is {redline.proposed.status}.", ""]
    for pid, ops in redline.provisions:
        segments = []
        for k, (op, words) in enumerate(ops):
            if k:
                segments.append(Segment("equal", " "))
            segments.append(Segment(_OP[op], words))
        out.extend([f"## {pid}", "", render(segments), ""])
    out.extend(
        [
            "## Changes",
            "",
            "| provision | kind | current | draft | reason |",
            "| --- | --- | --- | --- | --- |",
        ]
    )
    for c in redline.changes:
        cells = (c.provision, c.kind, c.current_text, c.draft_text, c.reason)
        out.append("| " + " | ".join(_cell(v) for v in cells) + " |")
    out.extend(
        [
            "",
            "## Anomalies in the markup",
            "",
            "| anomaly | line:col | markup | message |",
            "| --- | --- | --- | --- |",
        ]
    )
    for a in redline.anomalies:
        row = (a.id, f"{a.line}:{a.column}", a.markup, a.message)
        out.append("| " + " | ".join(_cell(v) for v in row) + " |")
    out.append("")
    return "\n".join(out)
