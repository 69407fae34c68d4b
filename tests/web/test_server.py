"""`peer-ethics serve`'s protocol turns Nagle off on sockets asyncio leaves alone (proto 0)."""

from __future__ import annotations

import socket

import pytest
from uvicorn.protocols.http.h11_impl import H11Protocol

from peer_ethics.web.server import NoDelayH11Protocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> object:
        return self.sock if name == "socket" else None


def test_a_connection_accepted_from_a_proto_0_listener_gets_tcp_nodelay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What `--workers N` does: uvicorn binds socket.socket(AF_INET) (proto 0), so asyncio's own
    # TCP_NODELAY is skipped and a kept-alive response's body waited ~40 ms for a delayed ACK.
    seen: list[object] = []
    monkeypatch.setattr(H11Protocol, "connection_made", lambda self, t: seen.append(t))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()) as _client:
            accepted, _ = listener.accept()
            with accepted:
                assert accepted.proto == 0
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
                transport = _Transport(accepted)
                NoDelayH11Protocol.connection_made(
                    object.__new__(NoDelayH11Protocol),
                    transport,  # type: ignore[arg-type]
                )
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    assert seen == [transport]  # uvicorn's own connection handling still runs
