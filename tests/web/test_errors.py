"""Every error, whatever raised it, reaches the client in the one documented shape."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from .conftest import HTML


def assert_error(response: Response, status: int, kind: str, *words: str) -> str:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "type", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["type"] == kind
    message = body["error"]["message"]
    assert message and "\n" not in message and "Traceback" not in message
    for w in words:
        assert w in message
    return str(message)


def test_unknown_endpoint_is_404_in_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/api/v1/nothing-here"), 404, "not_found", "/api")


def test_wrong_method_is_405_and_names_the_allowed_ones(client: TestClient) -> None:
    r = client.put("/api/v1/check", json={})
    assert_error(r, 405, "method_not_allowed")
    assert "POST" in r.headers["allow"]


def test_unknown_code_names_the_known_codes(client: TestClient) -> None:
    assert_error(client.get("/api/v1/codes/xx"), 404, "bad_reference", "'xx'", "wa, wi")


def test_unknown_edition_names_the_editions_of_that_code(client: TestClient) -> None:
    assert_error(client.get("/api/v1/codes/wi/draft"), 404, "bad_reference", "current")


def test_unknown_provision_is_404(client: TestClient) -> None:
    assert_error(
        client.get("/api/v1/codes/wa/current/wa.conduct.99"), 404, "bad_reference", "wa.conduct.99"
    )


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"issues": "accept_gift"}, ["issues", "list"]),
        ({"issues": []}, ["issues", "at least 1"]),
        ({"issues": ["accept_gift"], "facts": ["person"]}, ["facts", "dictionary"]),
        ({"issues": ["accept_gift"], "colour": "red"}, ["colour", "Extra inputs"]),
        ({}, ["issues", "required"]),
    ],
)
def test_wrong_types_are_422_naming_the_field(
    client: TestClient, body: dict[str, object], words: list[str]
) -> None:
    assert_error(client.post("/api/v1/check", json=body), 422, "bad_input", *words)


def test_invalid_json_is_422(client: TestClient) -> None:
    r = client.post(
        "/api/v1/check", content=b'{"issues": [', headers={"content-type": "application/json"}
    )
    assert_error(r, 422, "bad_input", "not valid JSON")


def test_unknown_issue_and_bad_fact_value_say_what_is_accepted(client: TestClient) -> None:
    assert_error(
        client.post("/api/v1/check", json={"issues": ["juggling"]}),
        422,
        "bad_input",
        "juggling",
        "accept_gift",
    )
    msg = assert_error(
        client.post(
            "/api/v1/check", json={"issues": ["accept_gift"], "facts": {"person": "stranger"}}
        ),
        422,
        "bad_input",
        "current_client",
    )
    assert "person" in msg


def test_huge_declared_body_is_413_before_the_app_reads_it(client: TestClient) -> None:
    r = client.post(
        "/api/v1/check", content=b"x" * 200_000, headers={"content-type": "application/json"}
    )
    assert_error(r, 413, "payload_too_large", "65536 bytes")


def test_huge_streamed_body_without_length_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 1000

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert_error(r, 413, "payload_too_large")


def test_a_browser_gets_an_html_error_page_with_the_same_message(client: TestClient) -> None:
    r = client.get("/codes/wa/current/wa.conduct.99", headers=HTML)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "wa.conduct.99" in r.text and "Error 404" in r.text
