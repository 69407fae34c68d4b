"""Security headers on every kind of response, and pages that need no inline script or style."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from .conftest import HTML

PAGES = [
    "/",
    "/check",
    "/check?issue=accept_gift",
    "/codes",
    "/codes/wa/current",
    "/codes/wa/draft/wa.conduct.9",
    "/codes/wi/current",
    "/api",
]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/codes", 200),
        ("GET", "/api/v1/codes", 200),
        ("GET", "/static/app.css", 200),
        ("GET", "/api/v1/nothing", 404),
        ("POST", "/api/v1/check", 422),
    ],
)
def test_every_response_carries_the_security_headers(
    client: TestClient, method: str, path: str, status: int
) -> None:
    r = client.request(method, path, json={} if method == "POST" else None)
    assert r.status_code == status
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-corpus-version"]


def test_the_413_of_the_body_limit_has_the_headers_too(client: TestClient) -> None:
    r = client.post("/api/v1/check", content=b"{" * 100_000)
    assert r.status_code == 413
    assert r.headers["x-frame-options"] == "DENY"


def test_answers_are_not_cached_but_static_files_may_be(client: TestClient) -> None:
    assert client.get("/api/v1/codes").headers["cache-control"] == "no-store"
    assert "cache-control" not in client.get("/static/app.css").headers


@pytest.mark.parametrize("path", PAGES)
def test_pages_use_no_inline_script_or_style(client: TestClient, path: str) -> None:
    html = client.get(path, headers=HTML).text
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_what_the_user_typed_is_escaped_in_the_page(client: TestClient) -> None:
    text = 'my client gave me <script>alert("x")</script> a gift <img src=x onerror=alert(1)>'
    html = client.post("/", data={"text": text}, headers=HTML).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html
