"""Compare and impact: the analysis services' answers, as JSON and as pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from peer_ethics import services

from .conftest import HTML


def test_compare_api_is_the_compare_service_with_the_corpus(client: TestClient) -> None:
    body = client.get("/api/v1/compare", params={"a": "wa", "b": "wi"}).json()
    corpus = body.pop("corpus")
    assert corpus == services.corpus_stamp()
    assert body == services.compare("wa", "wi")
    assert body["editions"] == ["wa@current", "wi@current"]


def test_compare_page_aligns_provisions_by_issue_with_quotes(client: TestClient) -> None:
    html = client.get("/compare?a=wa&b=wi", headers=HTML).text
    assert "Accepting a gift" in html
    assert 'href="/codes/wa/current#wa.conduct.5"' in html
    assert 'href="/codes/wi/current#wi.11"' in html
    wi11 = services.corpus().edition("wi", "current").provision("wi.11").text
    from html import escape

    assert escape(wi11) in html
    assert "Where they differ: " in html and "Where one is silent" in html


def test_compare_with_an_unknown_edition_names_the_editions(client: TestClient) -> None:
    r = client.get("/api/v1/compare", params={"a": "wa@next", "b": "wi"})
    assert r.status_code == 404
    assert "current, draft" in r.json()["error"]["message"]


def test_impact_api_and_its_section_on_the_changes_page(client: TestClient) -> None:
    body = client.get("/api/v1/codes/wa/impact").json()
    issues = {t["issue"] for t in body["transitions"]}
    assert "dual_relationship" in issues
    html = client.get("/codes/wa/changes", headers=HTML).text
    assert "What changes in practice" in html and "Dual relationship" in html
