"""`peer-ethics codes`, `show` and `search`: browse the bundled codes and their editions."""

from __future__ import annotations

import click
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from peer_ethics import services
from peer_ethics.core.corpus import Edition, Provision
from peer_ethics.export import records

from .render import echo_json, echo_rich

JSON_HELP = "Print JSON instead of text."


def _status(edition: Edition) -> str:
    return edition.status.replace("_", " ")


@click.command()
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
def codes(as_json: bool) -> None:
    """List the codes, their editions, status and provision counts."""
    found = services.list_codes()
    if as_json:
        echo_json([records.code(c) for c in found])
        return
    table = Table(box=None, pad_edge=False)
    for name in ("code", "edition", "status", "provisions", "name"):
        table.add_column(name, overflow="fold")
    for c in found:
        for e in c.editions:
            cells = (c.id, e.ref, _status(e), str(len(e.provisions)), c.name)
            table.add_row(*(Text(v) for v in cells))
    echo_rich([table])


def _provision_view(edition: Edition, p: Provision, whole: bool) -> list[RenderableType]:
    head = Text(f"{edition.ref}:{p.id}", style="bold cyan")
    if not whole:
        head.append(f"  ({_status(edition)})", style="dim" if not edition.proposed else "yellow")
    out: list[RenderableType] = [head, Text(p.text)]
    if p.curated:
        out.append(Text(f"curated reading ({', '.join(p.readings)}); raw: {p.raw}", style="dim"))
    out.append(Text(""))
    return out


@click.command()
@click.argument("target")
@click.option(
    "--edition",
    type=click.Choice(["current", "draft"]),
    help="Only this edition (default: every edition, in force first).",
)
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
def show(target: str, edition: str | None, as_json: bool) -> None:
    """Show a code (e.g. wa) or one provision (e.g. wa.conduct.5), quoted and cited."""
    found = services.show(target, edition)
    if as_json:
        echo_json([records.provision(e, p) for e, p in found])
        return
    whole = "." not in target
    out: list[RenderableType] = []
    shown_edition, shown_lead = "", ""
    for e, p in found:
        if whole and e.ref != shown_edition:
            out.extend([Text(f"{e.ref}: {e.title} ({_status(e)})", style="bold"), Text("")])
            shown_edition, shown_lead = e.ref, ""
        if whole and p.lead_in and p.lead_in != shown_lead:
            out.extend([Text(p.lead_in, style="italic"), Text("")])
            shown_lead = p.lead_in
        out.extend(_provision_view(e, p, whole))
    echo_rich(out)


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--limit",
    default=10,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="At most this many results.",
)
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
def search(words: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find provisions of every edition that use these words (lexical, a first version)."""
    hits = services.search(" ".join(words), limit)
    if as_json:
        echo_json([records.hit(h) for h in hits])
        return
    if not hits:
        echo_rich([Text(f"No provision uses: {' '.join(words)}")])
        return
    out: list[RenderableType] = []
    for h in hits:
        head = Text(f"{h.edition.ref}:{h.provision.id}", style="bold cyan")
        head.append(f"  score {h.score:.2f}" + ("  (proposed)" if h.edition.proposed else ""))
        out.extend([head, Text(h.provision.text), Text("")])
    echo_rich(out)
