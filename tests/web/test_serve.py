"""`peer-ethics serve`: its options, and the ask JSON the app returns equals the CLI's."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient

from peer_ethics.cli.main import cli


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers"):
        assert option in result.output


def test_serve_rejects_a_bad_port_in_one_line() -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2
    assert "70000" in result.output and "Traceback" not in result.output


def test_api_ask_is_exactly_the_cli_ask_json(client: TestClient) -> None:
    text = "my client's sister asked me out"
    printed = CliRunner().invoke(cli, ["ask", text, "--json"])
    assert printed.exit_code == 0, printed.output
    response = client.post("/api/v1/ask", json={"text": text})
    assert response.headers["content-type"] == "application/json"
    # The same data, keys in the same (sorted) order, compact.
    cli_data = json.loads(printed.output)
    assert response.text == json.dumps(
        cli_data, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def test_openapi_lists_every_api_endpoint_and_no_cdn_docs(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/ask",
        "/api/v1/check",
        "/api/v1/codes",
        "/api/v1/compare",
        "/api/v1/diff",
        "/api/v1/codes/{code}/redline",
        "/api/v1/health",
    ):
        assert path in paths
    assert client.get("/docs").status_code == 404  # the stock page loads scripts from a CDN
    page = client.get("/api", headers={"accept": "text/html"}).text
    assert "/api/v1/ask" in page and "/openapi.json" in page
