"""Nothing a user sends is written to the app's logs or the server's access log."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi.testclient import TestClient

from .conftest import LiveServer

MARKER = "Zebulon-Quist-7731"


def _private_requests(post: object) -> None:
    send = post  # a callable like client.post
    send("/api/v1/check", json={"issues": [MARKER]})  # type: ignore[operator]
    send("/api/v1/check", json={"issues": ["accept_gift"], "facts": {"person": MARKER}})  # type: ignore[operator]
    send("/check", data={"issue": "accept_gift", "person": MARKER})  # type: ignore[operator]
    send("/api/v1/check", content=(MARKER * 10_000).encode())  # type: ignore[operator]
    send("/api/v1/ask", json={"text": f"My client {MARKER} offered me a gift"})  # type: ignore[operator]
    send("/api/v1/ask", json={"text": f"{MARKER} asked me out"})  # type: ignore[operator]
    send("/", data={"text": f"my client {MARKER} offered me $20"})  # type: ignore[operator]
    send("/api/v1/ask", json={"text": MARKER, "answers": {"person": MARKER}})  # type: ignore[operator]


def test_the_app_logs_nothing_the_user_sent(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        _private_requests(client.post)
    assert MARKER not in caplog.text
    assert all(MARKER not in str(r.args) for r in caplog.records)


def test_the_access_log_has_requests_but_not_their_content(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=10) as http:
        _private_requests(http.post)
        http.get("/api/v1/health")
    log = live_server.log_text()
    assert '"POST /api/v1/check HTTP/1.1" 422' in log  # the access log is on…
    assert MARKER not in log  # …and holds no question, fact or body


def test_questions_are_not_accepted_in_the_url(client: TestClient) -> None:
    # A GET puts its query in access logs and browser history: answers are POST only.
    assert client.get("/api/v1/check", params={"issues": "accept_gift"}).status_code == 405
