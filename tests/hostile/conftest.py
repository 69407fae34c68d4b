"""The hostile families: inputs built to stall, crash, clobber or leak, and what must hold.

Every family asserts what a user would notice: no 500, no traceback, the one error shape (with
the security headers) or exit 2 with one line, no file replaced that should not be, nothing the
user typed repeated in an error. Run against an older checkout (PYTHONPATH=that/src) the same
tests are the probe whose table is in CHANGELOG.md.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from peer_ethics.web.app import create_app

SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options")
# What a hostile request may carry; an error message never repeats it.
MARKER = "ZQXJ-client-said-" + "v" * 60


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def assert_sound(response: Response) -> None:
    """No 500; security headers; an error is the one shape, one line, without the marker."""
    assert response.status_code < 500 or response.status_code == 503, response.text[:300]
    for header in SECURITY_HEADERS:
        assert header in response.headers, f"{header} missing on {response.status_code}"
    if (
        response.status_code >= 400
        and response.content
        and response.headers.get("content-type", "").startswith("application/json")
    ):
        body = response.json()
        assert set(body) == {"error"}, body
        message = body["error"]["message"]
        assert "\n" not in message and "Traceback" not in message
        assert len(message) <= 300
        assert MARKER[:33] not in message


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def _limits() -> None:  # pragma: no cover - runs in the child
    # A child that reads without a cap stops at 3 GiB of address space instead of the machine's.
    cap = 3 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
    """`peer-ethics ARGS` in a child process (bounded memory and time), argv as bytes allowed."""
    command = [sys.executable, "-c", "from peer_ethics.cli.main import main; main()", *args]
    env = {**os.environ, "COLUMNS": "100"}
    try:
        proc = subprocess.run(
            command,
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=120,
            preexec_fn=_limits,
            cwd=cwd,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return Run(-1, "", "hang: no answer within 120 s")
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def assert_user_error(run: Run) -> None:
    """Exit 2, one line on stderr starting with Error:, no traceback."""
    assert "Traceback" not in run.err, run.err[-400:]
    assert run.code == 2, (run.code, run.err[-400:])
    assert run.err.startswith("Error: ") and run.err.count("\n") == 1, run.err[-400:]


def dumps(value: object) -> bytes:
    return json.dumps(value).encode()
