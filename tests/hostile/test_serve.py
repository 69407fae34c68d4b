"""Family: the server. Slow clients, a busy port, a graceful stop, logs and telemetry.

Each test runs `peer-ethics serve` in a child process on a free loopback port, with its own HOME
so that anything written under ~ can be seen; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from .conftest import MARKER, assert_user_error, cli

HEADER_SECONDS = 10  # web/server.py: a client's headers must arrive within this


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    home: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def start(tmp: Path, *extra: str) -> Server:
    port = _free_port()
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    log = tmp / "server.log"
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_CACHE_HOME", None)
    env.setdefault("PEER_ETHICS_CACHE_DIR", str(Path.home() / ".cache" / "peer-ethics"))
    command = [sys.executable, "-c", "from peer_ethics.cli.main import main; main()", "serve",
               "--port", str(port), *extra]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Server(f"http://127.0.0.1:{port}", port, proc, log, home)
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"{server.url}/api/v1/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"server did not start:\n{server.log_text()}")
        time.sleep(0.2)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = start(tmp_path)
    yield s
    if s.proc.poll() is None:
        s.proc.kill()
        s.proc.wait(10)


def test_a_busy_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        run = cli("serve", "--port", str(taken.getsockname()[1]))
    assert_user_error(run)
    assert "in use" in run.err


def test_clients_sending_headers_a_byte_at_a_time_are_cut_off(server: Server) -> None:
    slow = []
    for _ in range(50):
        s = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        s.sendall(b"G")
        slow.append(s)
    end = time.monotonic() + HEADER_SECONDS + 5
    closed = set()
    while time.monotonic() < end and len(closed) < len(slow):
        for i, s in enumerate(slow):
            if i in closed:
                continue
            try:
                s.sendall(b"E")
                s.settimeout(0.01)
                if s.recv(1) == b"":
                    closed.add(i)
            except (TimeoutError, BlockingIOError):
                pass
            except OSError:
                closed.add(i)
        time.sleep(0.5)
    for s in slow:
        s.close()
    assert len(closed) == len(slow)
    # and the server still answers
    assert httpx.get(f"{server.url}/api/v1/health", timeout=5).status_code == 200


def test_the_access_log_has_no_query_string(server: Server) -> None:
    httpx.get(f"{server.url}/api/v1/health?note={MARKER}", timeout=5)
    httpx.get(f"{server.url}/codes?{MARKER}", timeout=5)
    server.proc.send_signal(signal.SIGTERM)
    server.proc.wait(30)
    log = server.log_text()
    assert "/api/v1/health" in log
    assert MARKER[:20] not in log


def test_onnxruntime_writes_no_telemetry(server: Server) -> None:
    r = httpx.post(f"{server.url}/api/v1/ask", json={"text": "a gift card"}, timeout=30)
    assert r.status_code == 200
    written = [str(p.relative_to(server.home)) for p in server.home.rglob("*")]
    assert not [p for p in written if "Microsoft" in p or "onnx" in p.lower()], written


def _request(i: int) -> bytes:
    body = json.dumps({"text": f"my client offered me a ${i} gift card"}).encode()
    head = (
        f"POST /api/v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _status(sock: socket.socket) -> int | str:
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                return "closed without an answer"
            data += chunk
    except OSError as exc:
        return type(exc).__name__
    return int(data.split(b" ", 2)[1])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_drains_the_requests_in_flight(tmp_path: Path, workers: str) -> None:
    # 50 requests sent on 50 connections, then SIGTERM at once: every one is answered.
    server = start(tmp_path, "--workers", workers)
    try:
        socks = [
            socket.create_connection(("127.0.0.1", server.port), timeout=60) for _ in range(50)
        ]
        for i, s in enumerate(socks):
            s.sendall(_request(i))
        server.proc.send_signal(signal.SIGTERM)
        results = [_status(s) for s in socks]
        for s in socks:
            s.close()
        # uvicorn stops gracefully, then re-raises the signal it caught: the exit is -SIGTERM
        assert server.proc.wait(60) in (0, -signal.SIGTERM)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
    assert results.count(200) == 50, sorted(map(str, results))
