"""Settings of the web app, built once by whoever creates the app (CLI `serve`, tests)."""

from __future__ import annotations

from dataclasses import dataclass

# A question is a few sentences; a check request a few dozen facts. 64 KiB leaves ample room and
# keeps a flood of large bodies from tying up a worker.
DEFAULT_MAX_BODY_BYTES = 64 * 1024


@dataclass(frozen=True)
class WebSettings:
    """What can differ between deployments of the app."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # Load the ask model when the app is built, so the first question is not the slow one.
    warm: bool = True
