"""`peer-ethics serve`: the web app and REST API on uvicorn (web libraries imported only here)."""

from __future__ import annotations

import os

import click


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
    Questions are sent by POST and never logged or stored.
    """
    import uvicorn

    from peer_ethics.web.server import NoDelayH11Protocol

    if workers == 1:
        # Build the app here so a broken corpus is reported before the server starts.
        from peer_ethics.web.app import create_app

        uvicorn.run(create_app(), host=host, port=port, log_level="info", http=NoDelayH11Protocol)
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
            http=NoDelayH11Protocol,
        )
