"""Family: CLI inputs. Unbounded streams, huge numbers, deep JSON, binary files, bad options."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import assert_user_error, cli

FICTIONAL = Path(__file__).parent.parent / "fixtures" / "fictional"


def _file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


CASES = {
    "ask - from /dev/zero-like stdin": lambda t: (("ask", "-"), b"\0" * (33 * 1024 * 1024)),
    "ask --batch /dev/zero": lambda t: (("ask", "--batch", "/dev/zero"), None),
    "ask --batch a folder": lambda t: (("ask", "--batch", str(t)), None),
    "ask --batch binary": lambda t: (("ask", "--batch", _file(t, "b", b"\xff\xfe\0")), None),
    "import /dev/zero": lambda t: (("import", "/dev/zero"), None),
    "import a folder": lambda t: (("import", str(t)), None),
    "import binary": lambda t: (("import", _file(t, "r.md", b"\x89PNG\r\n\x1a\n\xff")), None),
    "import binary layout": lambda t: (
        ("import", str(FICTIONAL / "source.md"), "--layout", _file(t, "code.yaml", b"\xff\0")),
        None,
    ),
    "import deep layout": lambda t: (
        ("import", str(FICTIONAL / "source.md"), "--layout", _file(t, "code.yaml", b"[" * 50000)),
        None,
    ),
    "import layout /dev/zero": lambda t: (
        ("import", str(FICTIONAL / "source.md"), "--layout", "/dev/zero"),
        None,
    ),
    "check --facts /dev/zero": lambda t: (("check", "--facts", "/dev/zero", "--json"), None),
    "check --facts 5000 digits": lambda t: (
        ("check", "--facts", _file(t, "f.json", b'{"issue": "accept_gift", "facts": '
                                   b'{"value_dollars": ' + b"9" * 5000 + b"}}"), "--json"),
        None,
    ),
    "check --facts 1e400": lambda t: (
        ("check", "--facts", _file(t, "f.json", b'{"issue": "accept_gift", "facts": '
                                   b'{"value_dollars": 1e400}}'), "--json"),
        None,
    ),
    "check --facts 400 digits": lambda t: (
        ("check", "--facts", _file(t, "f.json", b'{"issue": "accept_gift", "facts": '
                                   b'{"value_dollars": ' + b"9" * 400 + b"}}"), "--json"),
        None,
    ),
    "check --facts deep": lambda t: (
        ("check", "--facts", _file(t, "f.json", b"[" * 100_000 + b"]" * 100_000), "--json"),
        None,
    ),
    "check --facts binary": lambda t: (
        ("check", "--facts", _file(t, "f", b"\xff\xfe"), "--json"),
        None,
    ),
    "unknown option": lambda t: (("ask", "--colour", "red", "x"), None),
    "missing option value": lambda t: (("ask", "x", "--code"), None),
    "bad choice": lambda t: (("redline", "wa", "--format", "pdf"), None),
    "bad port": lambda t: (("serve", "--port", "99999"), None),
    "unknown command": lambda t: (("frobnicate",), None),
    "empty question": lambda t: (("ask", ""), None),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_cli_input_is_one_line_and_exit_2(name: str, tmp_path: Path) -> None:
    args, stdin = CASES[name](tmp_path)
    assert_user_error(cli(*args, stdin=stdin))


def test_a_question_on_stdin_within_the_cap_is_answered(tmp_path: Path) -> None:
    run = cli("ask", "-", "--json", stdin=("my client gave me a gift. " * 2000).encode())
    assert run.code == 0, run.err[-300:]
