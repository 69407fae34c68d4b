"""Hostile inputs and faults, measured (issue 14). Loopback only; bounded in count and time.

1. Worst case per length limit: the slowest of the adversarial question shapes (every reader
   pattern's atoms repeated, and the shapes that once stalled a worker) answered in-process at
   lengths up to the 20,000-character limit; and `import` of adversarial redlines up to its
   2 MiB cap. Prints the worst time at each length (median of 3).
2. Load with one expensive request in flight: `peer-ethics serve --workers 2`, cheap questions
   from CLIENTS clients while one client keeps sending the worst question; p50/p99 of the cheap
   ones, and the expensive one's time.
3. Recovery after a worker is killed (SIGKILL to one worker): requests failed, and the time until
   every request succeeds again.
4. SIGTERM under load: 50 requests on 50 connections in flight, then SIGTERM; requests lost.

    .venv/bin/python bench/bench_hostile.py [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
SHAPES = ("1,", "$1,000", "fifteen ", "twenty-", "1 ", "- ", "a year and ", "my client's ", "I ",
          "he said he'd ", "\ufdfa", "\u200b", "a a ", "$1 here 1 ", "x" * 40 + " ",
          "does all the talking ")  # fmt: skip


def _worst_questions(lengths: tuple[int, ...], every: int) -> None:
    from peer_ethics import services
    from peer_ethics.core.errors import BadInput

    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import regexes

    units = list(SHAPES)
    for (pattern, flags), _ in sorted(regexes.nlp_patterns().items())[::every]:
        units += [a + " " for a in regexes.atoms(pattern, flags, limit=3)]
    units = list(dict.fromkeys(units))
    services.ask("my client offered me a gift")
    print(f"1. worst question per length ({len(units)} shapes, median of 3, in-process ask):")
    for length in lengths:
        worst, worst_unit = 0.0, ""
        for i, unit in enumerate(units):
            times = []
            for run in range(3):
                text = regexes.repeated(unit, length - 4) + f" {i}{run}"
                start = time.perf_counter()
                with contextlib.suppress(BadInput):
                    services.ask(text)
                times.append(time.perf_counter() - start)
            t = statistics.median(times)
            if t > worst:
                worst, worst_unit = t, unit
        print(f"   {length:>6} chars: worst {worst * 1000:7.1f} ms  ({worst_unit[:20]!r} repeated)")


def _worst_imports(sizes: tuple[int, ...]) -> None:
    from peer_ethics import services

    shapes = {
        "one paragraph, words edited": lambda n: " ".join(
            f"w{i}" if i % 9 else f"~~w{i}~~ [v{i}](#)" for i in range(n // 8)
        ),
        "a list of repeated items": lambda n: "- [1,](#) 1, ~~1,~~\n" * (n // 20),
        "repeated words in one paragraph": lambda n: "the ~~cat~~ [dog](#) sat " * (n // 25),
    }
    print("   import, worst of the shapes (one run each):")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            worst, which = 0.0, ""
            for name, make in shapes.items():
                path = Path(tmp) / "r.md"
                path.write_text(make(size)[:size], encoding="utf-8")
                start = time.perf_counter()
                services.import_file(path)
                t = time.perf_counter() - start
                if t > worst:
                    worst, which = t, name
            print(f"   {size:>8} bytes: worst {worst:7.2f} s  ({which})")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _request(text: str) -> bytes:
    body = json.dumps({"text": text}).encode()
    return (
        f"POST /api/v1/ask HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _ask_once(port: int, text: str, timeout: float = 30) -> int | str:
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as s:
            s.sendall(_request(text))
            return _status(s)
    except OSError as exc:
        return type(exc).__name__


def _status(s: socket.socket) -> int | str:
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                return "closed"
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = next(
            (int(line.split(b":")[1]) for line in head.split(b"\r\n")
             if line.lower().startswith(b"content-length")),
            0,
        )  # fmt: skip
        while len(rest) < length:
            chunk = s.recv(65536)
            if not chunk:
                return "closed"
            rest += chunk
    except OSError as exc:
        return type(exc).__name__
    return int(head.split(b" ", 2)[1])


def _serve(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    command = [sys.executable, "-c", "from peer_ethics.cli.main import main; main()", "serve",
               "--port", str(port), "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while _ask_once(port, "a gift", timeout=5) != 200:
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("server did not start")
        time.sleep(0.3)
    for _ in range(workers * 4):  # warm every worker
        _ask_once(port, "my client gave me $20")
    return proc, port


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _load_with_expensive(clients: int, seconds: float) -> None:
    proc, port = _serve(2)
    try:
        worst = "1," * 10_000
        stop = time.monotonic() + seconds
        cheap: list[float] = []
        expensive: list[float] = []
        errors: list[object] = []
        lock = threading.Lock()

        def client(texts: list[str], sink: list[float]) -> None:
            k = 0
            while time.monotonic() < stop and k < 2000:
                start = time.perf_counter()
                status = _ask_once(port, texts[k % len(texts)])
                with lock:
                    if status == 200:
                        sink.append(time.perf_counter() - start)
                    else:
                        errors.append(status)
                k += 1

        texts = ["my client offered me a $20 gift card", "can I lend my client $50?",
                 "my client's sister asked me out"]  # fmt: skip
        threads = [threading.Thread(target=client, args=(texts, cheap)) for _ in range(clients)]
        threads.append(threading.Thread(target=client, args=([worst], expensive)))
        for t in threads:
            t.start()
        for t in threads:
            t.join(seconds + 60)
        q = statistics.quantiles(cheap, n=100) if len(cheap) > 1 else [0.0] * 99
        print(
            f"2. load, 2 workers, {clients} cheap clients + 1 sending '1,'*10000 for {seconds:g} s:"
            f" cheap {len(cheap)} ok, p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms;"
            f" expensive {len(expensive)} ok, median {statistics.median(expensive or [0]):.2f} s;"
            f" errors {len(errors)}"
        )
    finally:
        _stop(proc)


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def _recovery() -> None:
    proc, port = _serve(2)
    try:
        workers = [
            p for p in _children(proc.pid)
            if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text(errors="replace")
        ]  # fmt: skip
        if not workers:
            print("3. recovery: no worker process found")
            return
        os.kill(workers[-1], signal.SIGKILL)
        killed = time.monotonic()
        failed = 0
        ok_run = 0
        recovered = None
        while time.monotonic() - killed < 60:
            status = _ask_once(port, "my client offered me a gift", timeout=10)
            if status == 200:
                ok_run += 1
                if ok_run == 1:
                    recovered = time.monotonic() - killed
                if ok_run >= 20:
                    break
            else:
                failed += 1
                ok_run = 0
                recovered = None
        told = f"{recovered:.2f} s" if recovered is not None else "not within 60 s"
        print(
            f"3. a worker killed (SIGKILL): {failed} requests failed; every request ok after {told}"
        )
    finally:
        _stop(proc)


def _sigterm(workers: int) -> None:
    proc, port = _serve(workers)
    socks = [socket.create_connection((HOST, port), timeout=60) for _ in range(50)]
    for i, s in enumerate(socks):
        s.sendall(_request(f"my client offered me a ${i} gift card"))
    proc.send_signal(signal.SIGTERM)
    results = [_status(s) for s in socks]
    for s in socks:
        s.close()
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
    lost = sum(1 for r in results if r != 200)
    print(f"4. SIGTERM with 50 requests in flight ({workers} workers): {lost} lost")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer shapes, shorter load")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    lengths = (1_000, 5_000, 10_000, 20_000)
    _worst_questions(lengths, every=15 if args.quick else 5)
    _worst_imports((100_000, 500_000, 2 * 1024 * 1024))
    _load_with_expensive(clients=4, seconds=5 if args.quick else 10)
    _recovery()
    for workers in (1, 2):
        _sigterm(workers)


if __name__ == "__main__":
    main()
