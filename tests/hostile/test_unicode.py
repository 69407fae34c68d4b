"""Family: unicode. Lone surrogates, bytes that are not UTF-8, expanding and invisible marks."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from peer_ethics import services
from peer_ethics.core.errors import BadInput

from .conftest import assert_sound, assert_user_error, cli, dumps

TEXTS = [
    "gift \ud800", "\udfff", "\ud83d\ude00 gift", "a\u0000b", "\u202egift card\u202c",
    "\u200b" * 5000 + "gift", "e\u0301" * 3000, "\ufdfa" * 20_000, "\ufb03" * 20_000,
    "my client gave me $\uff12\uff10", "\u0661\u0662 dollars", "\U0001f381" * 5000, "\x1b[2J gift",
    "\r\n" * 5000, "\t" * 20_000, "\u3000" * 20_000, "\uffff\ufffe", "\U0010ffff gift",
]  # fmt: skip


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_ask_reads_or_refuses_any_unicode(text: str) -> None:
    try:
        answer = services.ask(text)
    except BadInput as exc:
        assert "\n" not in str(exc)
        return
    answer.to_dict()
    assert answer.query.encode("utf-8")  # valid text: no lone surrogate survives


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_api_reads_or_refuses_any_unicode(client: TestClient, text: str) -> None:
    body = dumps({"text": text})
    assert_sound(
        client.post("/api/v1/ask", content=body, headers={"content-type": "application/json"})
    )


ARGV = [b"gift \xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"ok \xe2\x82"]


@pytest.mark.parametrize("raw", ARGV, ids=range(len(ARGV)))
def test_the_cli_reads_an_argument_that_is_not_utf8(raw: bytes) -> None:
    run = cli("ask", raw.decode("utf-8", "surrogateescape"), "--json")
    assert "Traceback" not in run.err
    assert run.code in (0, 2), run.err[-300:]


@pytest.mark.parametrize("raw", ARGV, ids=range(len(ARGV)))
def test_stdin_that_is_not_utf8_is_one_line(raw: bytes) -> None:
    assert_user_error(cli("ask", "-", stdin=raw))
