"""The HTTP protocol `peer-ethics serve` runs: uvicorn's h11, hardened for slow and stopping.

- Nagle's algorithm off. asyncio turns it off only for sockets whose `proto` is IPPROTO_TCP;
  with `--workers N`, uvicorn binds the listening socket itself with proto 0, so every accepted
  connection kept Nagle on and a kept-alive response's body waited for the client's delayed
  ACK (~40 ms on every request after the first). Each connection now turns it off explicitly.
- A deadline for a request's headers (`HEADER_SECONDS` from the connection, or from the end of
  the previous response): uvicorn has none, so a client sending its headers a byte at a time
  held its connection as long as it liked (a byte resets uvicorn's keep-alive timer). The body
  is bounded by the app's request budget (`web/limits.py`).
- A graceful stop (SIGTERM) drains: a request being answered is finished (with
  `Connection: close`), and a connection that has not yet delivered its request is given
  `DRAIN_SECONDS` for it to arrive and be answered, instead of being closed under it.
- The access log records the path without its query string (`DropQuery`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0
DRAIN_SECONDS = 2.0


class NoDelayH11Protocol(H11Protocol):
    _deadline: asyncio.TimerHandle | None = None
    _draining = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
        self._arm(HEADER_SECONDS)

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self, seconds: float) -> None:
        self._disarm()
        loop = getattr(self, "loop", None)  # set by H11Protocol.__init__
        if loop is not None:
            self._deadline = loop.call_later(seconds, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            with contextlib.suppress(h11.LocalProtocolError):
                self.conn.send(h11.ConnectionClosed())
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._waiting_for_headers():
            self._disarm()  # a request is being answered: its budget now applies
            if self._draining and self.cycle is not None:
                self.cycle.keep_alive = False

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm(DRAIN_SECONDS if self._draining else HEADER_SECONDS)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def shutdown(self) -> None:
        if self._waiting_for_headers() and not self._draining:
            # A request may be on its way (sent, not yet read): give it time to arrive.
            self._draining = True
            self._arm(DRAIN_SECONDS)
            return
        self._draining = True
        super().shutdown()


class DropQuery(logging.Filter):
    """Removes the query string from uvicorn's access log lines (it may carry user words)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config() -> dict[str, Any]:
    """uvicorn's logging configuration with `DropQuery` on the access log."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["drop_query"] = {"()": "peer_ethics.web.server.DropQuery"}
    config["handlers"]["access"].setdefault("filters", []).append("drop_query")
    return config
