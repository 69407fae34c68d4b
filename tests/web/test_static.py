"""The vendored htmx is the file recorded in VENDORED.md, and it is what the pages load."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

from fastapi.testclient import TestClient


def test_vendored_files_match_their_recorded_sha256(client: TestClient) -> None:
    static = resources.files("peer_ethics.web") / "static"
    table = (static / "VENDORED.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\S+) \| .* \| ([0-9a-f]{64}) \|$", table, flags=re.M)
    assert rows, "VENDORED.md lists no file"
    for name, digest in rows:
        assert hashlib.sha256((static / name).read_bytes()).hexdigest() == digest, name
        served = client.get(f"/static/{name}")
        assert served.status_code == 200
        assert hashlib.sha256(served.content).hexdigest() == digest


def test_vendored_htmx_is_version_2_0_11(client: TestClient) -> None:
    table = (resources.files("peer_ethics.web") / "static" / "VENDORED.md").read_text()
    assert "| htmx.min.js | htmx.org (`dist/htmx.min.js`) | 2.0.11 |" in table
    assert '<script src="/static/htmx.min.js" defer></script>' in client.get("/codes").text
