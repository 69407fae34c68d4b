"""The `peer-ethics check` interview driven in a real terminal (tmux, 100 × 50)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PEER_ETHICS = Path(sys.executable).parent / "peer-ethics"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """One tmux session running a command; keys in, the screen (with scrollback) out."""

    def __init__(self, command: list[str]) -> None:
        self.name = f"pe-{uuid.uuid4().hex[:8]}"
        shell = " ".join(command) + "; echo EXIT=$?; sleep 60"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "100", "-y", "50", shell],
            check=True,
        )

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", self.name],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    def wait_for(self, text: str) -> str:
        """The screen once `text` appears in it (waits up to 30 s)."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def type(self, keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", keys], check=True)
        subprocess.run(["tmux", "send-keys", "-t", self.name, "Enter"], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False)


@pytest.fixture
def terminal() -> Iterator[type[Terminal]]:
    opened: list[Terminal] = []

    class Tracked(Terminal):
        def __init__(self, command: list[str]) -> None:
            super().__init__(command)
            opened.append(self)

    yield Tracked
    for t in opened:
        t.close()


def test_interview_menu_questions_reask_and_side_by_side_answer(
    terminal: type[Terminal],
) -> None:
    term = terminal([str(PEER_ETHICS), "check", "--code", "wa"])
    menu = term.wait_for("Issue number:")
    number = re.search(r"^\s*(\d+)\.\s+Dual relationship\b", menu, re.MULTILINE)
    assert number is not None, menu
    term.type(number.group(1))

    # Who the other person is changes both editions, so it is asked first.
    screen = term.wait_for("Who is the other person?")
    term.type("current_client")
    term.wait_for("Could the second relationship be avoided?")
    screen = term.wait_for("or 'skip' if you don't know")
    assert "Why I'm asking: The proposed Washington draft's answer depends on this." in screen
    assert "1. yes" in screen and "2. no" in screen

    term.type("perhaps")
    screen = term.wait_for("Not understood: 'perhaps'")
    term.type("no")
    screen = term.wait_for("EXIT=0")
    assert screen.count("Could the second relationship be avoided?") == 1
    assert "the dual relationship cannot be avoided" in screen
    assert "wa@current (in force)" in screen and "wa@draft (proposed)" in screen
    assert "PROHIBITED (must)" in screen and "CONDITIONAL" in screen
    assert "wi@current" not in screen  # --code wa


def test_interview_stops_when_nothing_unknown_matters(terminal: type[Terminal]) -> None:
    term = terminal(
        [str(PEER_ETHICS), "check", "--issue", "accept_gift", "--edition", "wa@current"]
    )
    term.wait_for("Who is the other person?")
    term.type("1")
    term.wait_for("Is it money")
    term.type("1")
    screen = term.wait_for("EXIT=0")
    # Money settles wa@current: nothing else is asked before the answer.
    assert "About how much is it worth" not in screen
    assert "PROHIBITED (must)" in screen and "wa.conduct.5" in screen


def test_skipping_a_judgement_leaves_the_answer_conditional(terminal: type[Terminal]) -> None:
    term = terminal([str(PEER_ETHICS), "check", "--issue", "self_disclosure", "--code", "wa"])
    term.wait_for("relevant to the person's needs")
    term.type("skip")
    screen = term.wait_for("EXIT=0")
    assert "PERMITTED" in screen and "CONDITIONAL" in screen
    assert "Still open" in screen
