"""Commands `ask` (plain words to cited verdicts) and `eval` (how well `ask` reads the dev set)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from peer_ethics.core.engine import Determination
from peer_ethics.core.errors import BadInput

if TYPE_CHECKING:
    from rich.console import Console

    from peer_ethics.core.policy import Policy
    from peer_ethics.nlp.asking import Answer

WIDTH = 100  # fixed width: the same card on every terminal


def _json_line(data: object, indent: int | None = None) -> str:
    # sort_keys + fixed indent: the same input gives byte-identical output.
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=indent)


def _read_text(text: str) -> str:
    if text != "-":
        return text
    from peer_ethics.loading.reading import QUESTION_BYTES, read_text

    return read_text("-", QUESTION_BYTES, "standard input", "the question as UTF-8")


def _read_batch(path: str) -> list[str]:
    from peer_ethics.loading.reading import BATCH_BYTES, read_text

    text = read_text(path, BATCH_BYTES, "batch file", "UTF-8 text, one question per line")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise BadInput(f"batch file {path} has no questions; give one question per line")
    return lines


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (SPEC §3 shape).")
@click.option(
    "--batch",
    "batch",
    metavar="FILE",
    help="Answer one question per line of FILE ('-' for stdin); prints JSON Lines, in order.",
)
@click.option("--code", "codes", multiple=True, metavar="CODE", help="Only this code (wa, wi).")
@click.option(
    "--edition", "editions", multiple=True, metavar="CODE@EDITION", help="Only this edition."
)
@click.option(
    "--interactive", "-i", is_flag=True, help="Then ask the follow-up questions one by one."
)
@click.option("--policy", "policy_file", metavar="FILE", help="An agency policy: a third layer.")
def ask(
    text: str | None,
    as_json: bool,
    batch: str | None,
    codes: tuple[str, ...],
    editions: tuple[str, ...],
    interactive: bool,
    policy_file: str | None = None,
) -> None:
    """Ask in plain words what the codes say: TEXT, or '-' to read it from standard input.

    Answers per code and edition with the verdict, the quoted provisions, conditions and next
    steps, and asks follow-up questions only when a missing fact would change an answer.
    Offline: a small English sentence model runs on this machine; nothing you type is stored.

    Only English is understood. A question longer than 20,000 characters is answered on its
    first 20,000 characters, with a notice in the answer.

    \b
    Examples:
      peer-ethics ask "my client offered me a $20 gift card"
      peer-ethics ask "my client's sister asked me out" --json
      peer-ethics ask --batch questions.txt      (one JSON object per line)
    """
    if batch is not None or (text is not None and text.strip()):
        # The model loads in the background while the codes and the readers are imported.
        from peer_ethics.nlp import preload

        preload.start()
    from peer_ethics import services

    chosen = services.choose_editions(codes, editions)
    policy = services.load_policy(Path(policy_file)) if policy_file else None
    extra = {"policy": policy.to_dict()} if policy is not None else {}
    if batch is not None:
        if text is not None:
            raise BadInput("give either a question or --batch FILE, not both")
        for answer in services.ask_many(_read_batch(batch), chosen, policy):
            click.echo(_json_line({**answer.to_dict(), **extra}))
        return
    if text is None:
        raise BadInput('ask needs a question, e.g. peer-ethics ask "can I accept a gift?"')
    answer = services.ask(_read_text(text), chosen, policy=policy)
    if as_json:
        click.echo(_json_line({**answer.to_dict(), **extra}, indent=2))
        return
    from peer_ethics.cli.rules import _console

    console = _console()
    if interactive and answer.issues:
        answer = _confirm_reading(console, answer, chosen)
    render_answer(console, answer, policy)
    if interactive and answer.determinations:
        _continue_interview(console, answer, chosen)


def render_answer(console: Console, answer: Answer, policy: Policy | None = None) -> None:
    """Per code, a card: each issue's verdict per edition, quotes, conditions and next steps."""
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.text import Text

    from peer_ethics import services

    for notice in answer.notices:
        console.print(Text(notice, style="italic"))
    vocab = services.rulebook().vocabulary
    if answer.evidence:
        console.print("What I understood from your words:")
        for e in answer.evidence:
            console.print(f"  • {vocab.fact(e.fact).describe(e.value)} (“{e.words}”)")
    lines = services.bottom_line(answer.determinations)
    if lines:
        console.print(Text("The short answer:", style="bold"))
    for issue in answer.issues:
        if len(answer.issues) > 1:
            console.print(
                Padding(
                    Text(vocab.issue(issue).label, style="underline"), (0, 0, 0, 2), expand=False
                )
            )
        for ln in (x for x in lines if x.issue == issue):
            said = Text(f"{ln.name}: ")
            said.append(f"{ln.badge}. {ln.sentence}.", style="bold")
            console.print(Padding(said, (0, 0, 0, 2), expand=False))
            if ln.words:
                console.print(Padding(f"“{ln.words}” ({ln.provision})", (0, 0, 0, 4), expand=False))
    codes = list(dict.fromkeys(d.code for d in answer.determinations))
    for code_id in codes:
        layer = policy is not None and code_id == policy.id
        code = policy.as_code() if layer and policy else services.corpus().code(code_id)
        body = Text()
        for issue_id in answer.issues:
            found = [d for d in answer.determinations if d.code == code_id and d.issue == issue_id]
            if not found:
                continue
            body.append(f"{vocab.issue(issue_id).label}\n", style="bold underline")
            for d in found:
                _card_lines(body, d)
            if _draft_changes(found):
                body.append("  The proposed draft would change this.\n", style="bold")
        # The short name: a title never clipped, whatever the width.
        if layer and policy is not None:
            title = f"Your agency's policy — {policy.name}"
        else:
            title = f"{services.code_names()[code.id]} — in full"
        console.print(Panel(body, title=title, title_align="left"))
    if answer.questions:
        console.print("A fact I could not tell from your words would change an answer:")
        for q in answer.questions:
            console.print(f"  • {q.prompt} {services.why_asked(q)}")
    if answer.related and not answer.determinations:
        console.print("Closest provisions:")
        for r in sorted(answer.related, key=lambda r: -r.score)[:5]:
            console.print(f"  • {r.code}@{r.edition}:{r.provision} ({r.score:.2f})")


def _card_lines(body: object, d: Determination) -> None:
    from rich.text import Text

    from peer_ethics.core.plain import condition_words

    assert isinstance(body, Text)
    from peer_ethics import services
    from peer_ethics.core.plain import VERDICT_BADGES

    verdict = VERDICT_BADGES[d.verdict].upper() + (f" ({d.strength})" if d.strength else "")
    if d.status == "agency_policy":
        body.append(f"  Your agency's policy, version {d.edition}: ")
    else:
        body.append(f"  {services.edition_names()[d.ref]}: ")
    body.append(f"{verdict}\n", style="bold")
    for p, quote in d.quotes:
        body.append(f"    {p}: “{quote}”\n")
    for c in d.conditions:
        cited = ", ".join(c.provisions) or "no provision"
        body.append(f"    Depends on: {condition_words(c.text)} ({cited})\n")
    for c in d.duties:
        body.append(f"    Next step: {c.text} ({', '.join(c.provisions)})\n")


def _draft_changes(found: list[Determination]) -> bool:
    by_edition = {d.edition: d.verdict for d in found}
    return (
        "draft" in by_edition
        and "current" in by_edition
        and (by_edition["draft"] != by_edition["current"])
    )


def _confirm_reading(console: Console, answer: Answer, chosen: tuple[object, ...]) -> Answer:
    """'I understood: … — right? [Y/n/edit]': 'n' chooses the topics again, 'edit' goes through
    each fact understood ('skip' makes it unknown)."""
    from peer_ethics import services
    from peer_ethics.cli.rules import _ask, _ask_fact, _ask_issue
    from peer_ethics.core.interview import Question

    vocab = services.rulebook().vocabulary
    said = [vocab.issue(i).label for i in answer.issues]
    said += [vocab.fact(e.fact).describe(e.value) for e in answer.evidence]
    while True:
        reply = _ask(console, f"I understood: {'; '.join(said)} — right? [Y/n/edit] ").lower()
        if reply in ("", "y", "yes"):
            return answer
        editions = tuple(e for e in services.rulebook().editions() if e in chosen)
        if reply in ("n", "no"):
            issue = _ask_issue(console)
            return services.ask(answer.query, editions, issues=[issue], answers={})
        if reply == "edit":
            answers: dict[str, object] = {}
            for e in answer.evidence:
                spec = vocab.fact(e.fact)
                options = spec.options if spec.type == "enum" else ("yes", "no")
                if spec.type == "number":
                    options = spec.options
                q = Question(e.fact, spec.question, options, "", spec.help, 0)
                console.print(f"Now: {spec.describe(e.value)} (from “{e.words}”)")
                answers[e.fact] = _ask_fact(console, q, spec)
            return services.ask(answer.query, editions, issues=answer.issues, answers=answers)
        console.print("Please type y (or Enter), n or edit.")


def _continue_interview(console: Console, answer: Answer, chosen: tuple[object, ...]) -> None:
    """The `check` interview, started from the facts already understood."""
    from peer_ethics import services
    from peer_ethics.cli.rules import _ask_fact, render_check

    vocab = services.rulebook().vocabulary
    situation = vocab.situation(answer.issues, answer.facts)
    editions = tuple(e for e in services.rulebook().editions() if e in chosen) or ()
    skipped: set[str] = set()
    while True:
        pending = [q for q in services.open_questions(situation, editions) if q.fact not in skipped]
        if not pending:
            break
        q = pending[0]
        value = _ask_fact(console, q, vocab.fact(q.fact))
        if value is None:
            skipped.add(q.fact)
        else:
            situation = situation.with_fact(q.fact, value)
    render_check(console, services.check(situation, editions))


@click.command(name="eval")
@click.option(
    "--split", default="dev", show_default=True, type=click.Choice(["dev", "train", "test", "all"])
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--misses/--no-misses",
    default=None,
    help="List the situations read wrongly (default: yes, except for the held-out test split, "
    "whose texts must stay unread by whoever tunes the readers).",
)
def eval_(split: str, as_json: bool, misses: bool | None) -> None:
    """How well `ask` reads the labelled situations: per-issue precision and recall, fact
    accuracy, verdict accuracy per edition and provision recall (dev split by default)."""
    from peer_ethics import services

    result = services.evaluate_nlp(split).to_dict()
    if as_json:
        click.echo(_json_line(result, indent=2))
        return
    click.echo(f"split {split}: {result['situations']} situations")
    click.echo(f"{'issue':28} {'precision':>9} {'recall':>7} {'support':>7}")
    issues = result["issues"]
    assert isinstance(issues, dict)
    for issue, s in issues.items():
        click.echo(f"{issue:28} {_pct(s['precision']):>9} {_pct(s['recall']):>7} {s['support']:>7}")
    facts = result["facts"]
    assert isinstance(facts, dict)
    click.echo(
        f"facts: {_pct(facts['accuracy'])} right ({facts['right']}/{facts['total']}), "
        f"{facts['extra']} read beyond the labels"
    )
    verdicts = result["verdicts"]
    assert isinstance(verdicts, dict)
    totals = result["issue_totals"]
    set_facts = result["facts_set"]
    assert isinstance(totals, dict) and isinstance(set_facts, dict)
    click.echo(f"issues: precision {_pct(totals['precision'])}, recall {_pct(totals['recall'])}")
    click.echo(
        f"facts set: precision {_pct(set_facts['precision'])} ({set_facts['right']} right, "
        f"{set_facts['wrong']} wrong, {set_facts['unlabelled']} unlabelled)"
    )
    for ref, v in verdicts.items():
        click.echo(
            f"verdicts {ref}: {_pct(v['accuracy'])} ({v['right']}/{v['total']}) first answer, "
            f"{_pct(v['confidently_wrong'])} confidently wrong, {_pct(v['cautious'])} cautious, "
            f"{_pct(v['after_follow_ups'])} after follow-ups"
        )
    pr = result["provision_recall"]
    assert isinstance(pr, dict)
    click.echo(
        f"provision recall: cited {_pct(pr['cited'])}, shown {_pct(pr['shown'])} (of {pr['total']})"
    )
    if misses if misses is not None else split != "test":
        listed = result["misses"]
        assert isinstance(listed, list)
        for m in listed:
            click.echo(f"- {m['id']}: gold {m['gold_issues']} read {m['issues']}")
            for fact, gold, got in m["wrong_facts"]:
                click.echo(f"    fact {fact}: gold {gold!r}, read {got!r}")
            for ref, issue, gold, got in m["wrong_verdicts"]:
                click.echo(f"    {ref} {issue}: gold {gold}, answered {got}")


def _pct(x: object) -> str:
    return "-" if x is None else f"{100 * float(x):.1f}%"  # type: ignore[arg-type]
