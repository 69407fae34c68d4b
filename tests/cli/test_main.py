"""The command group: `--help` lists every command without importing it, in the commands' words."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from peer_ethics.cli.main import COMMANDS, SUMMARIES, cli


def test_every_command_has_a_summary_equal_to_its_own_short_help() -> None:
    assert sorted(SUMMARIES) == sorted(COMMANDS)
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        assert SUMMARIES[name] == command.get_short_help_str(limit=1000), name


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"], terminal_width=100)
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line]
    assert listed == sorted(COMMANDS)


def test_help_imports_no_command_module() -> None:
    probe = (
        "import sys\n"
        "from peer_ethics.cli.main import main\n"
        "sys.argv = ['peer-ethics', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('peer_ethics.'))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "peer_ethics.services" not in done.stderr
    assert "peer_ethics.cli.browse" not in done.stderr


def test_a_user_error_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(cli, ["show", "wa.conduct.99"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
