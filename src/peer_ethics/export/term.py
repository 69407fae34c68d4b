"""Terminal views of a redline and of diffs, rendered through rich at a given width.

Deletions show as `[-text-]` and insertions as `{+text+}` (as `git diff --word-diff` does), so
the redline reads the same without colour; on a colour terminal they are also red / green.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from peer_ethics.core.anomalies import Anomaly
from peer_ethics.core.changes import Change, DiffOp, ProvisionDiff

from .redline import Redline

_STYLE = {"delete": "red strike", "insert": "green underline", "equal": ""}
_MARK = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "equal": ("", "")}


def ops_text(ops: Iterable[tuple[DiffOp, str]]) -> Text:
    out = Text()
    for k, (op, words) in enumerate(ops):
        if k:
            out.append(" ")
        left, right = _MARK[op]
        out.append(f"{left}{words}{right}", style=_STYLE[op])
    return out


def _changes_table(changes: Sequence[Change]) -> Table:
    table = Table(title=None, show_lines=False, expand=True, box=None, pad_edge=False)
    table.add_column("provision", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    for name in ("current", "draft", "reason"):
        table.add_column(name, overflow="fold")
    for c in changes:
        cells = (c.provision, c.kind, c.current_text, c.draft_text, c.reason)
        table.add_row(*(Text(v) for v in cells))
    return table


def _anomaly_table(anomalies: Sequence[Anomaly]) -> Table:
    table = Table(expand=True, box=None, pad_edge=False)
    table.add_column("anomaly", no_wrap=True)
    table.add_column("at", no_wrap=True)
    table.add_column("markup", overflow="fold")
    for a in anomalies:
        table.add_row(*(Text(v) for v in (a.id, f"{a.line}:{a.column}", a.markup)))
    return table


def report_view(changes: Sequence[Change], anomalies: Sequence[Anomaly]) -> list[RenderableType]:
    """The change list and the anomaly report of an import."""
    editorial = sum(c.kind == "editorial" for c in changes)
    return [
        Text(
            f"Changes: {len(changes)} ({editorial} editorial, {len(changes) - editorial} "
            "substantive)",
            style="bold",
        ),
        _changes_table(changes),
        Text(""),
        Text(f"Anomalies in the markup: {len(anomalies)}", style="bold"),
        _anomaly_table(anomalies),
    ]


def redline_view(redline: Redline) -> list[RenderableType]:
    out: list[RenderableType] = [
        Text(redline.title, style="bold"),
        Text(f"{redline.proposed.ref} is {redline.proposed.status.replace('_', ' ')}"),
        Text(""),
    ]
    for pid, ops in redline.provisions:
        if all(op == "equal" for op, _ in ops):
            continue
        out.extend([Text(pid, style="bold cyan"), ops_text(ops), Text("")])
    return out + report_view(redline.changes, redline.anomalies)


def diff_view(a: str, b: str, diffs: Sequence[ProvisionDiff]) -> list[RenderableType]:
    changed = [d for d in diffs if d.status != "unchanged"]
    out: list[RenderableType] = [
        Text(f"{a} -> {b}: {len(changed)} of {len(diffs)} provisions differ", style="bold"),
        Text(""),
    ]
    for d in changed:
        out.extend([Text(f"{d.label} ({d.status})", style="bold cyan"), ops_text(d.ops), Text("")])
    return out


def to_text(renderables: Sequence[RenderableType], width: int) -> str:
    """Plain text of renderables at a fixed width (no colour): deterministic."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=None,
        force_terminal=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    console.print(Group(*renderables))
    # rich pads wrapped lines and tables to the width; trailing spaces carry nothing
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def redline_text(redline: Redline, width: int = 100) -> str:
    return to_text(redline_view(redline), width)
