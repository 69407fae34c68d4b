"""Family: API bodies. Wrong media types, broken and hostile JSON, values of the wrong kind."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from .conftest import MARKER, assert_sound, dumps

JSON = {"content-type": "application/json"}
GIFT = ["accept_gift"]
DEEP = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
BIG_NUMBER = b'{"issues": ["accept_gift"], "facts": {"value_dollars": ' + b"9" * 5000 + b"}}"
BODIES: list[tuple[str, str, dict[str, str], bytes]] = [
    ("ask", "/api/v1/ask", JSON, b'{"text": "gift \\ud800"}'),
    ("ask", "/api/v1/ask", JSON, b'{"text": "\\udfff\\ud800\\ud800x"}'),
    ("ask", "/api/v1/ask", JSON, b'{"text": "a\\u0000b"}'),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "1," * 10000})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "$1,000" * 3999})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "\ufdfa" * 3000})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": ""})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": 5})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": ["a"]})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "gift", "answers": {MARKER: 1}})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "gift", "answers": {"person": MARKER}})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "gift", "editions": [MARKER]})),
    ("ask", "/api/v1/ask", JSON, dumps({"text": "gift", MARKER: 1})),
    ("ask", "/api/v1/ask", JSON, dumps([MARKER])),
    ("ask", "/api/v1/ask", JSON, b"{"),
    ("ask", "/api/v1/ask", JSON, b"\xff\xfe{}"),
    ("ask", "/api/v1/ask", JSON, DEEP),
    ("ask", "/api/v1/ask", JSON, b'{"text": "x", "answers": {"value_dollars": 1e999}}'),
    ("ask", "/api/v1/ask", JSON, b'{"text": "x", "answers": {"value_dollars": NaN}}'),
    ("check", "/api/v1/check", JSON, BIG_NUMBER),
    ("check", "/api/v1/check", JSON, dumps({"issues": GIFT, "facts": {"value_dollars": -1}})),
    ("check", "/api/v1/check", JSON, dumps({"issues": ["accept_gift"], "facts": {MARKER: 1}})),
    ("check", "/api/v1/check", JSON, dumps({"issues": [MARKER]})),
    ("check", "/api/v1/check", JSON, dumps({"issues": GIFT, "facts": {"person": MARKER}})),
    ("check", "/api/v1/check", JSON, dumps({"issues": ["accept_gift"], "editions": [MARKER]})),
    ("check", "/api/v1/check", JSON, dumps({"issues": ["accept_gift"] * 5000})),
    ("check", "/api/v1/check", JSON, DEEP),
]  # fmt: skip


@pytest.mark.parametrize(("name", "path", "headers", "body"), BODIES, ids=range(len(BODIES)))
def test_hostile_body_is_answered_soundly(
    client: TestClient, name: str, path: str, headers: dict[str, str], body: bytes
) -> None:
    assert_sound(client.post(path, content=body, headers=headers))


MEDIA = [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x",
         "application/jsonx", "text/json"]  # fmt: skip


@pytest.mark.parametrize("media", MEDIA)
@pytest.mark.parametrize("path", ["/api/v1/ask", "/api/v1/check"])
def test_a_body_that_is_not_declared_json_is_415_naming_json(
    client: TestClient, path: str, media: str | None
) -> None:
    headers = {} if media is None else {"content-type": media}
    response = client.post(path, content=b'{"text": "gift"}', headers=headers)
    assert_sound(response)
    assert response.status_code == 415
    assert response.json()["error"]["type"] == "unsupported_media_type"
    assert "application/json" in response.json()["error"]["message"]


def test_json_with_a_charset_is_accepted(client: TestClient) -> None:
    headers = {"content-type": "application/json; charset=utf-8"}
    response = client.post("/api/v1/ask", content=dumps({"text": "a gift"}), headers=headers)
    assert response.status_code == 200


def test_a_lone_surrogate_is_read_as_a_replacement_character(client: TestClient) -> None:
    response = client.post("/api/v1/ask", content=b'{"text": "gift \\ud800"}', headers=JSON)
    assert response.status_code == 200
    assert response.json()["query"] == "gift \ufffd"


def test_the_money_reader_answers_the_worst_known_question(client: TestClient) -> None:
    response = client.post("/api/v1/ask", content=dumps({"text": "1," * 10000}), headers=JSON)
    assert response.status_code == 200


def test_a_request_past_the_time_budget_is_503_in_the_error_shape() -> None:
    from peer_ethics.web.app import create_app
    from peer_ethics.web.settings import WebSettings

    # A budget no question can meet: the answer is the error, not a stalled client.
    app = create_app(WebSettings(request_seconds=0.000_001, warm=False))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/api/v1/ask", content=dumps({"text": "1," * 9000}), headers=JSON)
    assert_sound(response)
    assert response.status_code == 503
    assert "longer than the limit" in response.json()["error"]["message"]
