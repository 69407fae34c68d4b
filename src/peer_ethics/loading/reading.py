"""Reading a file a user names, with a cap: never more than the documented size is read.

A device (`/dev/zero`), a pipe or a file growing while it is read is read only up to its cap and
then refused in one line; the whole file is never held in memory first.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO

from peer_ethics.core.errors import BadInput

MIB = 1024 * 1024
# The documented caps (README, each command's --help).
QUESTION_BYTES = 1 * MIB  # `ask -`: one question (answered on its first 20,000 characters)
BATCH_BYTES = 16 * MIB  # `ask --batch FILE`: one question a line
REDLINE_BYTES = 2 * MIB  # `import FILE`: a code's redline (Washington's is under 5 KB)
LAYOUT_BYTES = 1 * MIB  # `import --layout code.yaml` and the readings beside it
FACTS_BYTES = 1 * MIB  # `check --facts FILE`: a situation
JSON_DEPTH = 64  # nesting of a facts file ({"facts": {...}} needs 2)


def _size(limit: int) -> str:
    return f"{limit // MIB} MiB" if limit % MIB == 0 else f"{limit} bytes"


def read_capped(handle: BinaryIO, limit: int, what: str) -> bytes:
    """At most `limit` bytes from an open stream; BadInput when there are more."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{what} is larger than the limit of {_size(limit)}")
    return data


def read_bytes(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of a file a user named ('-' is standard input), up to `limit`."""
    if str(path) == "-":
        return read_capped(sys.stdin.buffer, limit, what)
    try:
        with open(path, "rb") as handle:
            return read_capped(handle, limit, f"{what} {path}")
    except OSError as exc:
        raise BadInput(f"cannot read {what} {path}: {exc.strerror or type(exc).__name__}") from None


def read_text(path: str | Path, limit: int, what: str, accepted: str) -> str:
    """UTF-8 text of a file a user named, up to `limit` bytes; `accepted` says what to give."""
    data = read_bytes(path, limit, what)
    name = what if str(path) == "-" else f"{what} {path}"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{name} is not UTF-8 text; give {accepted}") from None


def parse_json(text: str, where: str, accepted: str) -> Any:
    """JSON of bounded nesting; numbers as Python reads them (a huge integer is refused)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:  # nesting measured before parsing: json.loads would recurse that deep
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    if deepest > JSON_DEPTH:
        raise BadInput(f"{where} nests deeper than {JSON_DEPTH} levels; expected {accepted}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"{where} is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            f"expected {accepted}"
        ) from None
    except ValueError:  # e.g. an integer of more than 4,300 digits
        raise BadInput(f"{where} has a number too long to read; expected {accepted}") from None


YAML_DEPTH = 200
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def yaml_too_deep(text: str) -> bool:
    """Whether a YAML text nests deeper than YAML_DEPTH levels (flow brackets, or block
    indentation and '- ' runs): the C parser would recurse that deep and crash the process.
    Linear; a bracket inside a quoted string counts too, which only errs on the safe side."""
    depth = 0
    for char in _NOT_BRACKET.sub("", text):
        depth = depth + 1 if char in "[{" else max(depth - 1, 0)
        if depth > YAML_DEPTH:
            return True
    return any(len(line) - len(line.lstrip(" -")) > 2 * YAML_DEPTH for line in text.splitlines())
