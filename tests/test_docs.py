"""Docs that cannot drift: every command is in the README, and the README's commands run."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peer_ethics.cli.main import COMMANDS

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent / "peer-ethics"
# Lines that need a person at the keyboard, a server, or a file of the reader's own.
NOT_RUN = ("--interactive", "serve", "my-redline.md", "story.txt", "questions.txt")


def readme_commands() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("peer-ethics "):
                lines.append(command)
    return lines


def test_every_command_is_documented_in_the_readme() -> None:
    documented = {c.split()[1] for c in readme_commands()}
    assert sorted(set(COMMANDS) - documented) == []


def test_the_readme_first_screen_gives_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:15])
    assert "make run" in first_screen and "make test" in first_screen


def runnable(command: str) -> bool:
    if any(n in command for n in NOT_RUN):
        return False
    # `check` without --facts is the interview, which waits for a person; eval is slow.
    return command.split()[1] not in ("check", "eval") or "--facts" in command


RUNNABLE = [c for c in readme_commands() if runnable(c)]


@pytest.mark.parametrize("command", RUNNABLE)
def test_readme_command_runs(command: str, tmp_path: Path) -> None:
    args = [a for a in shlex.split(command)[1:] if a not in ("[--layout", "code.yaml]")]
    if any(a.startswith("examples/") for a in args):
        shutil.copytree(ROOT / "examples", tmp_path / "examples")
    if "situation.json" in args:
        facts = '{"person": "current_client", "object_kind": "money"}'
        (tmp_path / "situation.json").write_text(f'{{"issue": "accept_gift", "facts": {facts}}}')
    done = subprocess.run(
        [str(BIN), *args], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout or any(tmp_path.iterdir())
