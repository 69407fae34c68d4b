"""The `peer-ethics` command group; each command lives in its own module, imported on use."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from peer_ethics import __version__
from peer_ethics.core.errors import PeerEthicsError

# command name -> "module:attribute". Commands are imported only when run (or listed in --help),
# so that `peer-ethics --help` and light commands never pay for heavy imports.
COMMANDS: dict[str, str] = {
    "codes": "peer_ethics.cli.browse:codes",
    "show": "peer_ethics.cli.browse:show",
    "search": "peer_ethics.cli.browse:search",
    "redline": "peer_ethics.cli.redline:redline",
    "diff": "peer_ethics.cli.redline:diff",
    "import": "peer_ethics.cli.redline:import_",
    "check": "peer_ethics.cli.rules:check",
    "test": "peer_ethics.cli.rules:test_cases",
    "coverage": "peer_ethics.cli.rules:coverage",
    "serve": "peer_ethics.cli.serve:serve",
    "compare": "peer_ethics.cli.analysis:compare",
    "impact": "peer_ethics.cli.analysis:impact",
    "lint": "peer_ethics.cli.analysis:lint",
    "ask": "peer_ethics.cli.ask:ask",
    "eval": "peer_ethics.cli.ask:eval_",
    "policy": "peer_ethics.cli.policy:policy",
}


# One line per command for `peer-ethics --help`, so listing the commands imports none of them.
# tests/cli/test_main.py checks each line against the command's own help, so they cannot drift.
SUMMARIES: dict[str, str] = {
    "ask": "Ask in plain words what the codes say: TEXT, or '-' to read it from standard input.",
    "check": "Check a situation: what each code and edition says, and what to do next.",
    "codes": "List the codes, their editions, status and provision counts.",
    "compare": "Compare two editions: every situation where their verdicts differ, with a witness.",
    "coverage": "Per provision and edition: norms citing it, cases naming it, and whether a case "
    "fired it.",
    "diff": "Word-level diff of two editions, e.g. wa@current wa@draft, or wa@current wi@current.",
    "eval": "How well `ask` reads the labelled situations: per-issue precision and recall, fact "
    "accuracy, verdict accuracy per edition and provision recall (dev split by default).",
    "impact": "What a draft changes in practice: every verdict transition, with a witness.",
    "import": "Import your own Markdown redline (~~deleted~~, [inserted](#)): editions, changes, "
    "anomalies.",
    "lint": "Check the norms of each edition for contradictions, unreachable norms and gaps.",
    "policy": "Agency policies: check one against the codes (`policy check FILE`).",
    "redline": "The change list and markup anomalies of a code's draft, or its redline exported.",
    "search": "Find provisions of every edition that use these words (lexical, a first version).",
    "serve": "Serve the web app (Ask, Check, Codes, Changes, Compare) and the /api/v1 REST API.",
    "show": "Show a code (e.g. wa) or one provision (e.g. wa.conduct.5), quoted and cited.",
    "test": "Run YAML norm cases: every packaged code's by default, or a file or folder.",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported from `COMMANDS` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands from `SUMMARIES` (Click would import every command to do it)."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = [(n, _shorten(SUMMARIES[n], limit)) for n in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Click's main, with every usage error (a bad option or argument) on one line, as
        every other user error: `Error: … (see peer-ethics CMD --help)`, exit 2."""
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.ClickException as exc:
            where = ""
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                where = f" (see {exc.ctx.command_path} --help)"
            message = " ".join(exc.format_message().split())
            click.echo(f"Error: {message}{where}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PeerEthicsError as exc:
            # A user error: one line on stderr, exit 2, never a traceback.
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peer-ethics")
def cli() -> None:
    """Codes of ethics for peer support workers, as executable, citable, versioned rules.

    Editions: wa@current, wa@draft (proposed), wi@current.
    """


def _shorten(text: str, limit: int) -> str:
    """Cut a summary at a word boundary to fit, as Click does for a command's short help."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 3, 1)].rsplit(" ", 1)[0]
    return f"{cut}..."


def main() -> None:
    cli(prog_name="peer-ethics")
