"""Changes: the redline, change list, anomalies with readings, and the downloads."""

from __future__ import annotations

import io
import zipfile

from fastapi.testclient import TestClient

from peer_ethics import services

from .conftest import HTML


def test_redline_api_matches_the_cli_report(client: TestClient) -> None:
    body = client.get("/api/v1/codes/wa/redline").json()
    assert (body["base"], body["proposed"]) == ("wa@current", "wa@draft")
    result = services.redline("wa")
    assert len(body["changes"]) == len(result.changes) > 0
    assert {c["kind"] for c in body["changes"]} == {"editorial", "substantive"}
    assert [a["id"] for a in body["anomalies"]] == [a.id for a in result.anomalies]
    conduct9 = next(p for p in body["provisions"] if p["provision"] == "wa.conduct.9")
    assert conduct9["status"] == "changed"
    assert {op for op, _ in conduct9["ops"]} >= {"delete", "insert"}


def test_diff_api_compares_any_two_editions(client: TestClient) -> None:
    body = client.get("/api/v1/diff", params={"a": "wa@current", "b": "wa@draft"}).json()
    assert any(p["status"] == "changed" for p in body["provisions"])
    bad = client.get("/api/v1/diff", params={"a": "wa@nope", "b": "wa@draft"})
    assert bad.status_code == 404 and "nope" in bad.json()["error"]["message"]


def test_a_code_without_a_draft_has_no_changes(client: TestClient) -> None:
    r = client.get("/api/v1/codes/wi/redline")
    assert r.status_code == 422
    assert "codes with one: wa" in r.json()["error"]["message"]


def test_changes_page_shows_del_ins_labels_and_readings(client: TestClient) -> None:
    html = client.get("/codes/wa/changes", headers=HTML).text
    assert "<del>" in html and "<ins>" in html
    assert '<span class="kind substantive">substantive</span>' in html
    assert '<span class="kind editorial">editorial</span>' in html
    # Every anomaly is shown with the reading that answers it.
    for r in services.redline("wa").readings:
        if r.find != r.replace:
            assert "Read as:" in html
            break
    assert html.count('id="anomaly-') == len(services.redline("wa").anomalies)


def test_downloads_are_attachments_in_each_format(client: TestClient) -> None:
    docx = client.get("/codes/wa/changes.docx")
    assert docx.status_code == 200
    assert docx.headers["content-disposition"] == 'attachment; filename="wa-changes.docx"'
    document = zipfile.ZipFile(io.BytesIO(docx.content)).read("word/document.xml").decode()
    assert "<w:ins " in document and "<w:del " in document  # real tracked changes
    assert client.get("/codes/wa/changes.md").text == services.export_redline("wa", "md").decode()
    assert "<del>" in client.get("/codes/wa/changes.html").text
    assert client.get("/codes/wa/changes.pdf").status_code == 422
    sheet = client.get("/codes/wa/changes.xlsx")
    assert sheet.headers["content-disposition"] == 'attachment; filename="wa-changes.xlsx"'
    assert sheet.content == services.export_redline("wa", "comment-sheet.xlsx")
