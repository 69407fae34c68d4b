"""Command `policy check`: validate an agency policy against the codes, and run its cases."""

from __future__ import annotations

import json
from pathlib import Path

import click

from peer_ethics import services
from peer_ethics.core.cases import Outcome


@click.group()
def policy() -> None:
    """Agency policies: check one against the codes (`policy check FILE`)."""


@policy.command(name="check")
@click.argument("path", metavar="FILE", type=click.Path(path_type=Path))
@click.option(
    "--cases",
    "cases_path",
    type=click.Path(path_type=Path),
    help="YAML cases to run with the policy (default: the tests/ folder beside FILE, if any).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def check(path: Path, cases_path: Path | None, as_json: bool) -> None:
    """Check an agency policy: it may settle what a code leaves to the agency or be stricter,
    never permit what an in-force code prohibits or drop a duty a code requires.

    Exit 0 with one OK line; exit 1 naming each clause that conflicts, with a witness situation
    in plain words (found by the solver), or a case of the policy that fails; exit 2 when the
    file is not a valid policy (one line naming the clause and what is accepted).
    """
    loaded = services.load_policy(path)
    result = services.check_policy(loaded)
    folder = cases_path if cases_path is not None else path.parent / "tests"
    outcomes: tuple[Outcome, ...] = ()
    if cases_path is not None or folder.is_dir():
        outcomes = services.run_policy_cases(loaded, services.cases(folder))
    failed = [f for o in outcomes for f in o.failures]
    if as_json:
        data = result.to_dict()
        data["cases"] = {"run": len(outcomes), "failures": failed}
        click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2))
    else:
        for line in result.lines():
            click.echo(line)
        for line in failed:
            click.echo(f"case failed: {line}")
        if outcomes:
            click.echo(
                f"{len(outcomes) - len([o for o in outcomes if not o.passed])} of "
                f"{len(outcomes)} cases pass"
            )
    if not result.ok or failed:
        click.get_current_context().exit(1)
