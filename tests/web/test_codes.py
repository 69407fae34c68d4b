"""Browsing the codes: the API's codes, editions and provisions, and the pages with permalinks."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from peer_ethics import services

from .conftest import HTML


def test_codes_lists_every_edition_with_its_status_and_the_corpus(client: TestClient) -> None:
    body = client.get("/api/v1/codes").json()
    refs = {e["ref"]: e["status"] for c in body["codes"] for e in c["editions"]}
    assert refs == {"wa@current": "in_force", "wa@draft": "proposed", "wi@current": "in_force"}
    assert body["corpus"] == services.corpus_stamp()


def test_an_edition_lists_its_provisions_in_order_with_text_and_raw(client: TestClient) -> None:
    body = client.get("/api/v1/codes/wi/current").json()
    assert [p["id"] for p in body["provisions"]] == [f"wi.{n}" for n in range(1, 15)]
    wa = client.get("/api/v1/codes/wa/current").json()["provisions"]
    intro = next(p for p in wa if p["id"] == "wa.intro")
    assert "WAC 246-929-210" in intro["citations"]
    assert intro["citation"] == "wa@current:wa.intro"
    assert any(p["curated"] and p["text"] != p["raw"] for p in wa)


def test_a_provision_names_the_norms_and_cases_behind_it(client: TestClient) -> None:
    body = client.get("/api/v1/codes/wa/current/wa.conduct.5").json()
    assert body["status"] == "in_force"
    assert body["norms"], "wa.conduct.5 decides gifts and loans"
    assert all("wa.conduct.5" in n["provisions"] or n["provisions"] for n in body["norms"])
    assert any(n["issues"] and "accept_gift" in n["issues"] for n in body["norms"])
    assert body["cases"] and all(c["expect"] for c in body["cases"])
    assert body["other_editions"] == ["wa@draft"]


def test_same_request_gives_byte_identical_json(client: TestClient) -> None:
    a = client.get("/api/v1/codes/wa/draft").content
    assert a == client.get("/api/v1/codes/wa/draft").content


def test_edition_page_has_a_permalink_anchor_per_provision(client: TestClient) -> None:
    html = client.get("/codes/wa/current", headers=HTML).text
    ids = re.findall(r'<article class="provision" id="([^"]+)"', html)
    edition = services.corpus().edition("wa", "current")
    assert ids == list(edition.ids())
    assert 'href="#wa.conduct.5"' in html
    assert "Proposed" not in html.split("<main")[1].split("Other editions")[0]


def test_curated_text_shown_first_with_the_raw_text_one_toggle_away(client: TestClient) -> None:
    edition = services.corpus().edition("wa", "current")
    curated = next(p for p in edition.provisions if p.curated)
    html = client.get(f"/codes/wa/current/{curated.id}", headers=HTML).text
    shown, toggled = html.split("<details", 1)
    assert _esc(curated.text) in shown
    assert "Show the raw text" in toggled and _esc(curated.raw) in toggled


def test_draft_pages_say_the_edition_is_proposed(client: TestClient) -> None:
    html = client.get("/codes/wa/draft/wa.conduct.9", headers=HTML).text
    assert "Proposed, not in force" in html
    assert "Norms that implement wa.conduct.9 in wa@draft" in html


def test_codes_index_links_every_edition(client: TestClient) -> None:
    html = client.get("/codes", headers=HTML).text
    for ref in ("wa/current", "wa/draft", "wi/current"):
        assert f'href="/codes/{ref}"' in html


def _esc(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def test_one_code_lists_its_editions(client: TestClient) -> None:
    body = client.get("/api/v1/codes/wa").json()
    assert body["id"] == "wa" and body["person_term"] == "client"
    assert [e["ref"] for e in body["editions"]] == ["wa@current", "wa@draft"]


def test_health_names_the_corpus(client: TestClient) -> None:
    body = client.get("/api/v1/health").json()
    assert body == {"status": "ok", "corpus": services.corpus_stamp()}
