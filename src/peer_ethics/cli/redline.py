"""`peer-ethics redline`, `diff` and `import`: a draft's changes, anomalies and exports."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import RenderableType
from rich.text import Text

from peer_ethics import services
from peer_ethics.core.errors import BadInput
from peer_ethics.export import records
from peer_ethics.loading.importer import ImportResult

from .output import force_option, write_output
from .render import echo_json, echo_rich

JSON_HELP = "Print JSON instead of text."
FORMATS = ("term", "html", "md", "docx", "docx-diff", "comment-sheet")
_BINARY = ("docx", "docx-diff", "comment-sheet")


def _report(result: ImportResult) -> dict[str, object]:
    return {
        "code": result.code,
        "changes": [records.change(c) for c in result.changes],
        "anomalies": [records.anomaly(a) for a in result.anomalies],
        "readings": [records.reading(r) for r in result.readings],
    }


@click.command()
@click.argument("code")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="term",
    show_default=True,
    help="term: text; html: a standalone page; md: Markdown; docx: the whole document in Word, "
    "the draft's own marks as tracked changes and each markup anomaly as a comment; docx-diff: "
    "Word, the word diff of the curated texts; comment-sheet: the public-comment form, .xlsx or "
    ".docx by the --output name. The Word and sheet formats need --output.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Write to this regular file (all or nothing) instead of standard output.",
)
@force_option
@click.option(
    "--json", "as_json", is_flag=True, help="Print the change list and anomalies as JSON."
)
def redline(code: str, fmt: str, output: Path | None, force: bool, as_json: bool) -> None:
    """The change list and markup anomalies of a code's draft, or its redline exported."""
    if as_json:
        echo_json(_report(services.redline(code)))
        return
    if fmt in _BINARY and output is None:
        example = "sheet.xlsx" if fmt == "comment-sheet" else "FILE.docx"
        raise BadInput(f"--format {fmt} writes a binary file: give --output {example}")
    if fmt == "comment-sheet" and output is not None:
        if output.suffix.lower() not in (".xlsx", ".docx"):
            raise BadInput(
                f"--format comment-sheet writes .xlsx or .docx, chosen by the --output name; "
                f"got {output.name!r}"
            )
        fmt = "comment-sheet" + output.suffix.lower()
    if fmt == "term" and output is None:
        from peer_ethics.export.term import redline_view

        echo_rich(redline_view(services.redline_view(code)))
        return
    data = services.export_redline(code, fmt)
    if output is None:
        click.echo(data.decode(), nl=False)
    else:
        write_output(output, data, force)
        click.echo(f"wrote {output} ({fmt}, {len(data)} bytes)", err=True)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
def diff(a: str, b: str, as_json: bool) -> None:
    """Word-level diff of two editions, e.g. wa@current wa@draft, or wa@current wi@current."""
    diffs = services.diff(a, b)
    if as_json:
        echo_json({"a": a, "b": b, "provisions": [records.diff(d) for d in diffs]})
        return
    from peer_ethics.export.term import diff_view

    echo_rich(diff_view(a, b, diffs))


@click.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--layout",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A code.yaml mapping blocks to provision ids (default: number by block).",
)
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
def import_(file: Path, layout: Path | None, as_json: bool) -> None:
    """Import your own Markdown redline (~~deleted~~, [inserted](#)): editions, changes,
    anomalies."""
    result = services.import_file(file, layout)
    if as_json:
        report = _report(result)
        report["editions"] = [
            {
                "name": e.name,
                "status": e.status,
                "title": e.title,
                "provisions": [records.provision(e, p) for p in e.provisions],
            }
            for e in result.editions
        ]
        echo_json(report)
        return
    from peer_ethics.core.changes import edition_diff
    from peer_ethics.export.term import diff_view, report_view

    out: list[RenderableType] = [
        Text(f"{e.name} ({e.status.replace('_', ' ')}): {len(e.provisions)} provisions")
        for e in result.editions
    ]
    out.append(Text(""))
    if len(result.editions) >= 2:
        base, proposed = result.editions[0], result.editions[1]
        diffs = edition_diff(
            tuple((p.id, p.text) for p in base.provisions),
            tuple((p.id, p.text) for p in proposed.provisions),
        )
        out.extend(diff_view(base.name, proposed.name, diffs))
    echo_rich(out + report_view(result.changes, result.anomalies))
