"""Web load: POST /api/v1/ask with varied questions against the app's trivial endpoint (issue 6).

Starts `peer-ethics serve --workers 2` on a free loopback port, warms both workers, then for each
target runs CLIENTS concurrent keep-alive clients for SECONDS (and at most MAX_REQUESTS each):
a small asyncio HTTP/1.1 client, so that the load generator takes as little of the shared CPU
as possible. Prints req/s, p50/p99 latency, errors, and the ratio ask/ceiling, where the ceiling
is `GET /api/v1/health` on the same app (framework, middleware and server, no domain work).
Goal: 0 errors, ratio >= 0.5 with 2 workers on a 2-core machine. Loopback only; bounded.

On a machine shared with other work, req/s measures the neighbours as much as the app; the CPU
time a request costs (the server's processes and this load generator, read from /proc: Linux
only) much less so, and it is printed too: compare versions of the app by it. It does not
predict the ratio: the ceiling is not CPU-bound (about 1.5 ms of CPU a request at 400 req/s
on 2 cores).

    .venv/bin/python bench/bench_web.py [--clients 20] [--seconds 10] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field

HOST = "127.0.0.1"
MAX_REQUESTS = 50_000  # per client: a hard bound whatever the speed

QUESTIONS = (
    "My client offered me a $20 gift card for my birthday.",
    "Can I lend my client $50 until payday?",
    "The sister of a man I support asked me out on a date.",
    "A peer I work with said he is going to hurt his roommate tonight.",
    "Can I hire someone I support to help at my shop?",
    "My client wants to be friends on Facebook.",
    "Someone I used to support asked me out, services ended two years ago.",
    "Can I tell my client which medication to take?",
    "My client's mother called and asked how he is doing.",
    "I relapsed last month and I'm not sure I can keep working with clients.",
    "The person I support said her caregiver hits her.",
    "Can I share my own recovery story with a client?",
    "My client gave me a hand-made card.",
    "I don't feel safe meeting my client at his apartment.",
    "Can I pray with my client and tell him he should go to church?",
    "I was asked to be a peer specialist for my cousin.",
    "My client offered to sell me his car cheap.",
    "Should I talk to my supervisor about a client who keeps calling me at night?",
    "My client says she has thoughts of suicide but no plan.",
    "Can I give my client $10 for the bus?",
)


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


@dataclass
class Measured:
    result: Result
    elapsed: float
    server_cpu: float  # seconds, all worker processes
    client_cpu: float  # seconds, this load generator

    def cpu_ms(self) -> tuple[float, float]:
        """Server and load-generator CPU milliseconds per request."""
        n = max(len(self.result.latencies), 1)
        return self.server_cpu / n * 1000, self.client_cpu / n * 1000


def _request(method: str, path: str, body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: keep-alive\r\n"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("server closed the connection")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
    await reader.readexactly(length)
    return status


async def _client(port: int, requests: list[bytes], deadline: float, out: Result) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for n in range(MAX_REQUESTS):
            if time.perf_counter() >= deadline:
                break
            start = time.perf_counter()
            try:
                writer.write(requests[n % len(requests)])
                await writer.drain()
                status = await _read_response(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                out.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
                continue
            out.latencies.append(time.perf_counter() - start)
            out.statuses[status] = out.statuses.get(status, 0) + 1
            if status != 200:
                out.errors += 1
    finally:
        writer.close()


async def _load(port: int, requests: list[list[bytes]], seconds: float) -> tuple[Result, float]:
    out = Result()
    deadline = time.perf_counter() + seconds
    began = time.perf_counter()
    await asyncio.gather(*(_client(port, r, deadline, out) for r in requests))
    return out, time.perf_counter() - began


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("server exited before it was ready")
        try:
            with socket.create_connection((HOST, port), timeout=1) as s:
                s.sendall(_request("GET", "/api/v1/health"))
                if b" 200 " in s.recv(200):
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("server not ready in time")


def _cpu_seconds(root: int) -> float:
    """User + system CPU seconds of process `root` and its descendants (0.0 without /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    family, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in family} - family
        family |= more
        grown = bool(more)
    return sum(times.get(pid, 0.0) for pid in family)


def _measured(port: int, server: int, requests: list[list[bytes]], seconds: float) -> Measured:
    """Run the load, and count the CPU it cost the server and this process."""
    server_before, own_before = _cpu_seconds(server), time.process_time()
    result, elapsed = asyncio.run(_load(port, requests, seconds))
    server_cpu = _cpu_seconds(server) - server_before
    return Measured(result, elapsed, server_cpu, time.process_time() - own_before)


def _report(name: str, result: Result, elapsed: float) -> float:
    n = len(result.latencies)
    rate = n / elapsed if elapsed else 0.0
    lat = sorted(result.latencies)
    p50 = statistics.median(lat) * 1000 if lat else float("nan")
    p99 = lat[min(n - 1, int(0.99 * n))] * 1000 if lat else float("nan")
    print(
        f"{name:<28} {n:>7} req  {rate:>8.1f} req/s  p50 {p50:>7.1f} ms  p99 {p99:>7.1f} ms  "
        f"errors {result.errors}  statuses {dict(sorted(result.statuses.items()))}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 0 < args.seconds <= 60 and 1 <= args.workers <= 8):
        raise SystemExit("--clients 1..200, --seconds up to 60, --workers 1..8")

    port = _free_port()
    command = [
        sys.executable,
        "-c",
        "from peer_ethics.cli.main import main; main()",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(args.workers),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(port, proc)
        asks = [
            _request("POST", "/api/v1/ask", json.dumps({"text": q}).encode()) for q in QUESTIONS
        ]
        # Each client starts at a different question, so the mix is varied at every moment.
        ask_sets = [asks[i % len(asks) :] + asks[: i % len(asks)] for i in range(args.clients)]
        health = [[_request("GET", "/api/v1/health")] for _ in range(args.clients)]
        # Warm-up: every worker loads the model and the rulebook before the clock starts.
        asyncio.run(_load(port, ask_sets, 3.0))
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}; {args.workers} workers, {args.clients} clients, "
            f"{args.seconds:g} s each, loopback"
        )
        top = _measured(port, proc.pid, health, args.seconds)
        ceiling = _report("GET /api/v1/health (ceiling)", top.result, top.elapsed)
        asked = _measured(port, proc.pid, ask_sets, args.seconds)
        ask = _report("POST /api/v1/ask", asked.result, asked.elapsed)
        ratio = ask / ceiling if ceiling else 0.0
        print(f"ratio ask/ceiling: {ratio:.2f} (goal >= 0.5)")
        (top_server, top_client), (ask_server, ask_client) = top.cpu_ms(), asked.cpu_ms()
        if ask_server:
            print(
                f"CPU per request, server + load generator: ceiling {top_server:.2f} + "
                f"{top_client:.2f} ms, ask {ask_server:.2f} + {ask_client:.2f} ms"
            )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
