"""Settings of the web app, built once by whoever creates the app (CLI `serve`, tests)."""

from __future__ import annotations

from dataclasses import dataclass

# A question is a few sentences; a check request a few dozen facts. 64 KiB leaves ample room and
# keeps a flood of large bodies from tying up a worker.
DEFAULT_MAX_BODY_BYTES = 64 * 1024
# Every reader pattern is linear and the worst question up to the length limit is answered in
# well under a second (bench/bench_hostile.py); a request still running after this many seconds
# is answered 503 in the error shape rather than left to hold its client.
DEFAULT_REQUEST_SECONDS = 10.0


@dataclass(frozen=True)
class WebSettings:
    """What can differ between deployments of the app."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    request_seconds: float = DEFAULT_REQUEST_SECONDS
    # Load the ask model when the app is built, so the first question is not the slow one.
    warm: bool = True
