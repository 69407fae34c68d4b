"""Commands over the norms as a whole: `compare`, `impact` and `lint`."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from peer_ethics import services
from peer_ethics.core.errors import BadInput

from .output import force_option, write_output

WIDTH = 100
_FORMAT = click.Choice(["md", "html", "pdf", "docx"])
_BINARY = ("pdf", "docx")


def _emit_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _say(text: str, indent: int = 0) -> None:
    pad = " " * indent
    click.echo(textwrap.fill(text, WIDTH, initial_indent=pad, subsequent_indent=pad + "  "))


def _verdict(v: object) -> str:
    return "not addressed" if v == "not_addressed" else str(v)


def _check_output(as_json: bool, fmt: str | None, output: Path | None) -> None:
    if as_json and fmt:
        raise BadInput("choose one of --json and --format")
    if output is not None and not fmt:
        raise BadInput("--output needs --format md, html, pdf or docx")
    if fmt in _BINARY and output is None:
        raise BadInput(f"--format {fmt} needs --output FILE.{fmt}")


def _report(
    kind: str, data: dict[str, object], fmt: str, output: Path | None, force: bool = False
) -> None:
    body = services.export_report(kind, data, fmt)
    if output is None:
        click.echo(body.decode(), nl=False)
    else:
        write_output(output, body, force)
        click.echo(f"Wrote {output}")


# --- compare --------------------------------------------------------------------------------------


@click.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@click.option("--issue", "issues", multiple=True, metavar="ISSUE", help="Only this issue (repeat).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--format", "fmt", type=_FORMAT, help="Write a report: md, html, pdf (from the html) or docx."
)
@click.option("--output", type=click.Path(path_type=Path), help="Report file.")
@force_option
def compare(
    a: str,
    b: str,
    issues: tuple[str, ...],
    as_json: bool,
    fmt: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """Compare two editions: every situation where their verdicts differ, with a witness.

    A and B are editions (wa@current, wa@draft, wi@current) or codes (wa means its in-force
    edition). For each issue: the provisions each side decides it by; every region of the
    situation space where the verdicts differ, found by a solver, each with a minimal witness
    situation, both verdicts, citations and explanations; and issues only one side addresses.
    """
    _check_output(as_json, fmt, output)
    data = services.compare(a, b, issues)
    if as_json:
        _emit_json(data)
    elif fmt:
        _report("compare", data, fmt, output, force)
    else:
        _print_compare(data)


def _print_compare(data: Mapping[str, Any]) -> None:
    ea, eb = data["editions"]
    witnesses, silent = data["witnesses"], data["silent"]
    click.echo(
        f"{ea} vs {eb}: {len(witnesses)} differences, {len(silent)} issues one side "
        f"leaves unaddressed"
    )
    current = None
    for w in witnesses:
        if w["issue"] != current:
            current = w["issue"]
            click.echo(f"\n{current}")
        _say(w["description"], 2)
        for side in w["sides"]:
            cites = ", ".join(side["citations"]) or "no provision"
            _say(f"{side['code']}@{side['edition']}: {_verdict(side['verdict'])} ({cites})", 4)
    strengths = data.get("strength_differences", [])
    if strengths:
        click.echo("\nSame verdict, different strength")
        for w in strengths:
            _say(w["description"], 2)
            for side in w["sides"]:
                cites = ", ".join(side["citations"]) or "no provision"
                verdict = _verdict(side["verdict"])
                _say(
                    f"{side['code']}@{side['edition']}: {verdict}, {side['strength']} ({cites})", 4
                )
    if silent:
        click.echo("\nAddressed by one side only")
        for s in silent:
            _say(f"{s['issue']}: addressed by {s['addressed_by']}, not by {s['silent']}", 2)


# --- impact ---------------------------------------------------------------------------------------


@click.command()
@click.argument("code", metavar="CODE")
@click.option("--from", "from_edition", default="current", show_default=True, help="Base edition.")
@click.option("--to", "to_edition", default="draft", show_default=True, help="Proposed edition.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--format", "fmt", type=_FORMAT, help="Write a report: md, html, pdf (from the html) or docx."
)
@click.option("--output", type=click.Path(path_type=Path), help="Report file.")
@force_option
def impact(
    code: str,
    from_edition: str,
    to_edition: str,
    as_json: bool,
    fmt: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """What a draft changes in practice: every verdict transition, with a witness.

    Each transition names the changed provisions and the reform steps behind it. Text changes
    that change no verdict or duty are listed as editorial in effect; a verdict change with no
    text change behind it is flagged as unexplained (a norm-encoding error). The reports (md,
    html, pdf, docx) say the same in plain words, with the rule steps in an appendix.
    """
    _check_output(as_json, fmt, output)
    data = services.impact(code, from_edition, to_edition)
    if as_json:
        _emit_json(data)
    elif fmt:
        _report("impact", data, fmt, output, force)
    else:
        _print_impact(data)


def _print_impact(data: Mapping[str, Any]) -> None:
    a, b = data["editions"]
    click.echo(
        f"{a} -> {b}: {len(data['transitions'])} verdict transitions, "
        f"{len(data['strength_changes'])} strength changes, {len(data['unexplained'])} unexplained"
    )
    for t in data["transitions"]:
        click.echo(f"\n{t['issue']}: {_verdict(t['from'])} -> {_verdict(t['to'])}")
        _say(t["witness"]["description"], 2)
        cites = ", ".join(t["citations"]) or "no changed provision (unexplained)"
        _say(f"changed provisions: {cites}", 2)
        _say("reform steps: " + "; ".join(f"{s['op']} {s['norm']}" for s in t["steps"]), 2)
    for t in data["strength_changes"]:
        click.echo(f"\n{t['issue']}: {_verdict(t['verdict'])}, {t['from']} -> {t['to']}")
        _say(t["witness"]["description"], 2)
        cites = ", ".join(t["citations"]) or "no changed provision (unexplained)"
        _say(f"changed provisions: {cites}", 2)
    for t in data["editorial_only"]:
        _say(f"warning: {t['issue']} {t['from']} -> {t['to']}: {t['reason']}")
    if data["duty_changes"]:
        click.echo("\nChanged duties and conditions")
        for s in data["duty_changes"]:
            _say(f"{s['norm']} ({', '.join(s['provisions'])})", 2)
    click.echo("\nEditorial in effect: " + (", ".join(data["editorial"]) or "none"))


# --- lint -----------------------------------------------------------------------------------------


@click.command()
@click.argument("target", metavar="[CODE]", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Also lint an agency policy and check it against the in-force codes.",
)
def lint(target: str | None, as_json: bool, policy_file: Path | None = None) -> None:
    """Check the norms of each edition for contradictions, unreachable norms and gaps.

    CODE is a code id (wa, wi), a code directory or one norm file; none means every bundled
    code. Problems (exit 1): two norms that can fire together at equal priority with different
    verdicts, a norm no situation reaches, an operative provision no norm decides by. Also
    listed: facts no norm reads and the number of judgement conditions.
    """
    policy = services.load_policy(policy_file) if policy_file is not None else None
    data: Mapping[str, Any] = services.lint(target, policy)
    if as_json:
        _emit_json(data)
    else:
        for e in data["editions"]:
            click.echo(
                f"{e['code']}@{e['edition']}: {e['norms']} norms, "
                f"{e['judgement_conditions']} judgement conditions in "
                f"{e['judgement_norms']} norms, {e['judgement_clauses']} stated judgement "
                "conditions"
            )
            for f in e["findings"]:
                _say(("problem: " if f["problem"] else "note: ") + f["message"], 2)
        for line in data.get("policy_lines", []):
            _say(line)
        problems = data["problems"]
        click.echo(f"{problems} problem(s)" if problems else "no problems")
    if data["problems"]:
        click.get_current_context().exit(1)
