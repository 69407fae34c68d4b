"""`peer-ethics serve`: the web app and REST API on uvicorn (web libraries imported only here)."""

from __future__ import annotations

import os
import socket
from typing import Any

import click

from peer_ethics.core.errors import BadInput

# A stop (SIGTERM, Ctrl-C) finishes the requests being answered for at most this long.
GRACEFUL_SECONDS = 30


def _check_port(host: str, port: int) -> None:
    """One line and exit 2 when the address cannot be listened on (uvicorn would print six)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError):
        raise BadInput(f"cannot listen on {host}:{port}: unknown host; give an address") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise BadInput(
                f"cannot listen on {host}:{port}: {reason.lower()}; give another --port"
            ) from None


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes (one per core is a good start).",
)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the web app (Ask, Check, Codes, Changes, Compare) and the /api/v1 REST API.

    Open http://HOST:PORT/ in a browser; the API is described at /api and /openapi.json.
    Questions are sent by POST and never logged or stored (the access log has no query
    strings). A client gets 10 seconds to send its request's headers, a request 10 seconds to
    be answered (else 503); SIGTERM finishes the requests in flight (at most 30 s), then stops.
    """
    _check_port(host, port)
    import uvicorn

    from peer_ethics.web.server import NoDelayH11Protocol, log_config

    hardened: dict[str, Any] = {
        "http": NoDelayH11Protocol,
        "log_config": log_config(),
        "timeout_graceful_shutdown": GRACEFUL_SECONDS,
        "timeout_keep_alive": 5,
        "server_header": False,
    }

    if workers == 1:
        # Build the app here so a broken corpus is reported before the server starts.
        from peer_ethics.web.app import create_app

        uvicorn.run(create_app(), host=host, port=port, log_level="info", **hardened)
    else:
        # Each worker process builds its own app from the factory; one ONNX thread each (one
        # process per core), inherited through the environment.
        os.environ.setdefault("PEER_ETHICS_ONNX_THREADS", "1")
        uvicorn.run(
            "peer_ethics.web.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
            **hardened,
        )
