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
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported from `COMMANDS` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

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


def main() -> None:
    cli(prog_name="peer-ethics")
