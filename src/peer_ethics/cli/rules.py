"""Commands over the norms: `check` (the interview), `test` (YAML cases) and `coverage`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from peer_ethics import services
from peer_ethics.core.corpus import Edition
from peer_ethics.core.coverage import ProvisionCoverage, uncovered
from peer_ethics.core.engine import VERDICT_WORDS, Determination
from peer_ethics.core.errors import BadInput
from peer_ethics.core.facts import FactSpec, FactValue, Situation
from peer_ethics.core.interview import Question
from peer_ethics.core.norms import Clause
from peer_ethics.core.policy import AGENCY_POLICY, LAYER_TITLE

if TYPE_CHECKING:  # rich is imported only when something is rendered (not for --json)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

WIDTH = 100  # output is rendered at a fixed width so that it is the same on every terminal
SKIP_WORDS = ("skip", "s", "?")


def _emit_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _console() -> Console:
    from rich.console import Console

    return Console(width=WIDTH, highlight=False)


# --- check ------------------------------------------------------------------------------------


@click.command()
@click.option("--issue", "issue", metavar="ISSUE", help="The issue to check (skips the menu).")
@click.option(
    "--facts",
    "facts_file",
    type=click.Path(path_type=Path),
    help='A JSON file {"issues": [...], "facts": {...}}: answer without asking.',
)
@click.option("--code", "codes", multiple=True, metavar="CODE", help="Only this code (wa, wi).")
@click.option(
    "--edition", "editions", multiple=True, metavar="CODE@EDITION", help="Only this edition."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object (with --facts or --issue; never asks).",
)
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="An agency policy file: its answer follows the codes' as a layer of its own.",
)
def check(
    issue: str | None,
    facts_file: Path | None,
    codes: tuple[str, ...],
    editions: tuple[str, ...],
    as_json: bool,
    policy_file: Path | None = None,
) -> None:
    """Check a situation: what each code and edition says, and what to do next.

    Without --facts, asks for the issue and then only for the facts that change at least one
    edition's answer, most decisive first. Options repeat: --code wa --edition wi@current.
    """
    chosen = services.choose_editions(codes, editions)
    policy = services.load_policy(policy_file) if policy_file is not None else None
    if facts_file is not None:
        situation = services.situation_from(_read_json(facts_file), policy)
        if issue is not None:
            situation = services.situation_from(
                {"issues": [issue, *situation.issues], "facts": situation.known()}, policy
            )
    elif as_json:
        if issue is None:
            raise BadInput("--json needs --facts FILE or --issue ISSUE (it never asks)")
        situation = services.situation_from({"issue": issue})
    else:
        console = _console()
        situation = _interview(console, issue, chosen)
    result = services.check(situation, chosen, policy)
    if as_json:
        _emit_json(result.to_dict())
        return
    if facts_file is not None:
        console = _console()
    render_check(console, result)


def _read_json(path: Path) -> object:
    from peer_ethics.loading.reading import FACTS_BYTES, parse_json, read_text

    accepted = '{"issues": [...], "facts": {...}}'
    text = read_text(path, FACTS_BYTES, "facts file", "UTF-8 JSON")
    return parse_json(text, f"facts file {path}", accepted)


def _ask(console: Console, prompt: str) -> str:
    try:
        return console.input(prompt).strip()
    except EOFError:
        raise click.Abort() from None


def _interview(console: Console, issue: str | None, editions: tuple[Edition, ...]) -> Situation:
    vocab = services.rulebook().vocabulary
    if issue is None:
        issue = _ask_issue(console)
    situation = services.situation_from({"issue": issue})
    skipped: set[str] = set()
    while True:
        asked = services.open_questions(situation, editions)
        pending = [q for q in asked if q.fact not in skipped]
        if not pending:
            return situation
        question = pending[0]
        value = _ask_fact(console, question, vocab.fact(question.fact))
        if value is None:
            skipped.add(question.fact)
        else:
            situation = situation.with_fact(question.fact, value)


def _ask_issue(console: Console) -> str:
    from rich.table import Table
    from rich.text import Text

    issues = services.rulebook().vocabulary.issues
    console.print(Text("What is your question about?", style="bold"))
    menu = Table.grid(padding=(0, 1))
    menu.add_column(justify="right", no_wrap=True)
    menu.add_column(no_wrap=True)
    menu.add_column()
    for n, item in enumerate(issues, 1):
        menu.add_row(f"{n}.", item.label, Text(item.conduct, style="dim"))
    console.print(menu)
    while True:
        answer = _ask(console, "Issue number: ")
        if answer.isdigit() and 1 <= int(answer) <= len(issues):
            return issues[int(answer) - 1].id
        if any(i.id == answer for i in issues):
            return answer
        # A word of one topic's label ("gift" is ambiguous: accepting or giving).
        found = [i.id for i in issues if answer and answer.lower() in i.label.lower()]
        if len(found) == 1:
            return found[0]
        console.print(f"Please type a number from 1 to {len(issues)}, or a word of one topic.")


def _ask_fact(console: Console, question: Question, spec: FactSpec) -> FactValue | None:
    """Ask one question until the answer is accepted; None when the user skips it."""
    from rich.text import Text

    console.print()
    console.print(Text(question.prompt, style="bold"))
    if question.why:  # an edit of a fact already understood has no "why"
        console.print(f"  Why I'm asking: {services.why_asked(question)}")
    if question.help:
        console.print(f"  {question.help}")
    numbered = spec.type != "number"
    if numbered:
        for n, option in enumerate(question.options, 1):
            console.print(f"  {n}. {_option_words(spec, option)}")
        hint = f"Answer (1-{len(question.options)}, or 'skip' if you don't know): "
    else:
        hint = f"Answer (a number of {spec.unit}, or 'skip' if you don't know): "
    while True:
        answer = _ask(console, hint)
        if answer.lower() in SKIP_WORDS:
            return None
        if numbered and answer.isdigit() and 1 <= int(answer) <= len(question.options):
            answer = question.options[int(answer) - 1]
        elif not numbered:
            answer = amount(answer)
        try:
            return spec.coerce(answer)
        except BadInput:
            if numbered:
                accepted = f"a number from 1 to {len(question.options)}"
                accepted += f" or one of: {', '.join(question.options)}"
            else:
                example = question.options[len(question.options) // 2]
                accepted = f"a number of {spec.unit} (for example {example})"
            console.print(f"Not understood: {answer!r}. Please type {accepted}, or 'skip'.")


_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_UNITS = ("dollars", "dollar", "bucks", "buck", "months", "month", "usd")


def amount(text: str) -> str:
    """'$15', '15 bucks', 'fifteen dollars', 'twenty-five' -> '15' / '25' (one pass over the
    words, no pattern); anything else is returned as typed, for the fact to refuse."""
    words = text.lower().replace("$", " ").replace(",", "").replace("-", " ").split()
    words = [w for w in words if w not in _UNITS]
    if len(words) == 1:
        word = words[0]
        return str(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else word
    if len(words) == 2 and words[0] in _NUMBER_WORDS and words[1] in _NUMBER_WORDS:
        tens, ones = _NUMBER_WORDS[words[0]], _NUMBER_WORDS[words[1]]
        if tens >= 20 and tens % 10 == 0 and 0 < ones < 10:
            return str(tens + ones)
    return text


def _option_words(spec: FactSpec, option: str) -> str:
    """An option with its fixed wording ("current_client: the other person is …")."""
    if spec.type == "enum":
        words = spec.word(option)
        return f"{option} — {words}" if words else option
    return option


def render_check(console: Console, result: services.Check) -> None:
    """The determinations side by side, one table per issue, a column per edition; an agency
    policy's answers in a table of their own after the codes'."""
    vocab = services.rulebook().vocabulary
    policy = result.policy
    if policy is not None:
        vocab = services.policy_rulebook(policy).vocabulary
    known = result.situation.known()
    if known:
        console.print()
        console.print("What you told me:")
        for fact_id, value in known.items():
            console.print(f"  • {vocab.fact(fact_id).describe(value)}")
    for issue_id in result.situation.issues:
        issue = vocab.issue(issue_id)
        found = [d for d in result.determinations if d.issue == issue_id]
        codes = [d for d in found if d.status != AGENCY_POLICY]
        console.print()
        console.print(determination_table(f"{issue.label}: {issue.conduct}", codes))
        mine = [d for d in found if d.status == AGENCY_POLICY]
        if mine and policy is not None:
            console.print(determination_table(f"{LAYER_TITLE} — {policy.name}", mine))
    if result.questions:
        console.print()
        console.print("Still open (answering these could change an answer):")
        for q in result.questions:
            console.print(f"  • {q.prompt} ({q.why})")


def determination_table(title: str, found: list[Determination]) -> Table:
    from rich.table import Table

    table = Table(title=title, show_lines=True, expand=True, title_justify="left")
    table.add_column("", style="bold", no_wrap=True)
    for d in found:
        label = {"proposed": "proposed", AGENCY_POLICY: "agency policy"}.get(d.status, "in force")
        table.add_column(f"{d.ref} ({label})", ratio=1)
    table.add_row("Answer", *(_verdict(d) for d in found))
    table.add_row("Because", *(_quoted(d) for d in found))
    if any(d.conditions for d in found):
        table.add_row("Depends on", *(_clauses(d.conditions) for d in found))
    if any(d.duties for d in found):
        table.add_row("Next steps", *(_clauses(d.duties) for d in found))
    if any(d.related for d in found):
        table.add_row("Related", *(", ".join(d.related) for d in found))
    return table


def _verdict(d: Determination) -> Text:
    from rich.text import Text

    words = VERDICT_WORDS[d.verdict].upper()
    if d.strength:
        words += f" ({d.strength})"
    return Text(words, style="bold")


def _quoted(d: Determination) -> str:
    if not d.quotes:
        return (
            "The policy does not address this."
            if d.status == AGENCY_POLICY
            else "The code does not address this."
        )
    # The column header names the edition, so each quote is cited by its provision id.
    return "\n".join(f"{p}: “{text}”" for p, text in d.quotes)


def _clauses(clauses: tuple[Clause, ...]) -> str:
    lines = []
    for c in clauses:
        cites = f" ({', '.join(c.provisions)})" if c.provisions else ""
        lines.append(f"• {c.text}{cites}")
    return "\n".join(lines)


# --- test -------------------------------------------------------------------------------------


@click.command(name="test")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def test_cases(path: Path | None, as_json: bool) -> None:
    """Run YAML norm cases: every packaged code's by default, or a file or folder.

    Prints one line per failed expectation and `N passed, M failed`; exits 1 when any fails.
    """
    outcomes = services.run_cases(services.cases(path))
    passed = sum(1 for o in outcomes if o.passed)
    failed = len(outcomes) - passed
    if as_json:
        failures = [line for o in outcomes for line in o.failures]
        _emit_json({"passed": passed, "failed": failed, "failures": failures})
    else:
        for o in outcomes:
            for line in o.failures:
                click.echo(f"FAIL {line}")
        click.echo(f"{passed} passed, {failed} failed")
    if failed:
        raise SystemExit(1)


# --- coverage ---------------------------------------------------------------------------------


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def coverage(as_json: bool) -> None:
    """Per provision and edition: norms citing it, cases naming it, and whether a case fired it."""
    table = services.coverage_table()
    if as_json:
        _emit_json({"provisions": [row.to_dict() for row in table]})
        return
    console = _console()
    console.print(coverage_table(table))
    operative = [r for r in table if not r.aspirational]
    missing = uncovered(table)
    done = len(operative) - len(missing)
    percent = 100 * done // len(operative) if operative else 100
    console.print(
        f"{done} of {len(operative)} operative provision-editions covered ({percent}%): "
        "each needs ≥1 norm, ≥3 cases and a case that fires it."
    )


def coverage_table(rows: tuple[ProvisionCoverage, ...]) -> Table:
    from rich.table import Table

    table = Table(expand=True)
    for name in ("edition", "provision", "norms", "cases", "fired", "covered / aspirational"):
        table.add_column(name, justify="right" if name in ("norms", "cases") else "left")
    for r in rows:
        status = "yes" if r.covered else "NO"
        if r.aspirational:
            status = f"aspirational: {r.reason}"
        fired = "yes" if r.fired else ("-" if r.aspirational else "no")
        table.add_row(
            f"{r.code}@{r.edition}", r.provision, str(r.norms), str(r.cases), fired, status
        )
    return table
