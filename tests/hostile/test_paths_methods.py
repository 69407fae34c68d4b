"""Family: paths and methods. Long, odd and traversing paths; every method; query strings."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from .conftest import MARKER, assert_sound

LONG = "a" * 60_000  # the longest URL the client sends
PATHS = [
    f"/{LONG}", f"/api/v1/{LONG}", f"/api/v1/codes/{LONG}", f"/api/v1/codes/wa/{LONG}",
    f"/api/v1/codes/wa/current/{LONG}", f"/codes/{LONG}", f"/codes/wa/{LONG}",
    f"/api/v1/codes/{MARKER}", f"/codes/wa/current/{MARKER}", "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd", "/static/" + "x" * 5000, "/%00", "/%ff%fe",
    "/api/v1/codes/%ud800", "/api/v1/codes/wa@current", "/compare?a=" + "x" * 20_000,
    "/codes/wa/current/wa.conduct.5?" + "q=" * 10_000, "/api/v1/health?" + MARKER,
]  # fmt: skip
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


@pytest.mark.parametrize("path", PATHS, ids=range(len(PATHS)))
@pytest.mark.parametrize("accept", ["application/json", "text/html"])
def test_hostile_path_is_answered_soundly(client: TestClient, path: str, accept: str) -> None:
    response = client.get(path, headers={"accept": accept})
    assert_sound(response)
    assert "a" * 100 not in response.text
    assert MARKER[:33] not in response.text
    assert "root:" not in response.text


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("path", ["/", "/api/v1/ask", "/api/v1/check", "/api/v1/codes", "/nope"])
def test_every_method_on_every_kind_of_path(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, headers={"content-type": "application/json"})
    assert_sound(response)
