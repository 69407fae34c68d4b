"""Writing command output: JSON, or rich renderables at the terminal's width.

On a terminal the output is coloured; otherwise it is plain text at the width rich detects
(the `COLUMNS` environment variable when set), with trailing spaces removed, so output piped
or captured in tests is deterministic.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console, Group, RenderableType

from peer_ethics.export.term import to_text


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def echo_rich(renderables: Sequence[RenderableType]) -> None:
    console = Console(file=sys.stdout)
    if console.is_terminal:
        console.print(Group(*renderables))
    else:
        click.echo(to_text(renderables, console.width), nl=False)
