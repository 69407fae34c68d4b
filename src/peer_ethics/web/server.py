"""The HTTP protocol `peer-ethics serve` runs: uvicorn's h11, with Nagle's algorithm off.

asyncio turns Nagle off only for sockets whose `proto` is IPPROTO_TCP. With `--workers N`,
uvicorn binds the listening socket itself with proto 0, so every accepted connection kept Nagle
on; h11 writes a response's headers and body separately, and on a kept-alive connection the
body then waited for the client's delayed ACK: ~40 ms on every request after the first (a
browser's, or the load test's). Each connection now turns it off explicitly.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
