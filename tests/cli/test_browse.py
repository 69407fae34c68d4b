"""`peer-ethics codes`, `show` and `search`: exact text at 80 columns, and their JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner, Result

from peer_ethics.cli.main import cli


def run(*args: str) -> Result:
    runner = CliRunner(env={"COLUMNS": "80"})
    return runner.invoke(cli, list(args), prog_name="peer-ethics")


CODES = """\
code  edition     status    provisions  name
wa    wa@current  in force  20          Code of Ethics and Professional Conduct,
                                        Certified Peer Specialists and Trainees
wa    wa@draft    proposed  20          Code of Ethics and Professional Conduct,
                                        Certified Peer Specialists and Trainees
wi    wi@current  in force  14          Wisconsin Certified Peer Specialist Code
                                        of Ethics
"""

SHOW_GIFT = """\
wa@current:wa.conduct.5  (in force)
Do not take advantage of the peer relationship for personal benefit, material or
financial gain. Do not accept gifts of monetary value. Do not loan, donate, or
borrow anything from each other, especially money.
curated reading (wa.conduct.5/current/accept); raw: Do not take advantage of the
peer relationship for personal benefit, material or financial gain. Do not
accept exchange gifts of monetary value. Do not loan, donate, or borrow anything
from each other, especially money.

wa@draft:wa.conduct.5  (proposed)
Do not take advantage of the peer relationship for personal benefit, material or
financial gain. Do not exchange gifts of monetary value. Do not loan, donate, or
borrow anything from each other, especially money.

"""

SEARCH_GIFT = """\
wa@current:wa.conduct.5  score 1.00
Do not take advantage of the peer relationship for personal benefit, material or
financial gain. Do not accept gifts of monetary value. Do not loan, donate, or
borrow anything from each other, especially money.

wa@draft:wa.conduct.5  score 1.00  (proposed)
Do not take advantage of the peer relationship for personal benefit, material or
financial gain. Do not exchange gifts of monetary value. Do not loan, donate, or
borrow anything from each other, especially money.

"""


def test_codes_text() -> None:
    result = run("codes")
    assert (result.exit_code, result.output) == (0, CODES)


def test_show_provision_text_both_editions() -> None:
    result = run("show", "wa.conduct.5")
    assert (result.exit_code, result.output) == (0, SHOW_GIFT)


def test_search_text() -> None:
    result = run("search", "gift", "--limit", "3")
    assert (result.exit_code, result.output) == (0, SEARCH_GIFT)


PROVISION_KEYS = {
    "id",
    "code",
    "edition",
    "status",
    "section",
    "text",
    "raw",
    "citations",
    "topics",
}


def test_show_code_json() -> None:
    result = run("show", "wa", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert len(rows) == 40
    assert all(set(row) >= PROVISION_KEYS for row in rows)
    assert [r["edition"] for r in rows[:1] + rows[-1:]] == ["current", "draft"]
    gift = next(r for r in rows if r["id"] == "wa.conduct.5" and r["edition"] == "draft")
    assert gift["status"] == "proposed" and gift["section"] == "conduct"
    assert "accept_gift" in gift["topics"]
    assert run("show", "wa", "--json").output == result.output  # deterministic


def test_show_one_edition_json() -> None:
    rows = json.loads(run("show", "wa.conduct.9", "--edition", "current", "--json").output)
    assert [(r["id"], r["edition"], r["curated"]) for r in rows] == [
        ("wa.conduct.9", "current", True)
    ]
    assert rows[0]["raw"].endswith("if applicable.")
    assert rows[0]["readings"] == ["wa.conduct.9/current/deleted-sentences"]


def test_codes_and_search_json() -> None:
    codes = json.loads(run("codes", "--json").output)
    assert [(c["id"], [e["ref"] for e in c["editions"]]) for c in codes] == [
        ("wa", ["wa@current", "wa@draft"]),
        ("wi", ["wi@current"]),
    ]
    hits = json.loads(run("search", "sexual", "relationship", "--json").output)
    assert hits[0]["score"] == 1.0
    assert {h["citation"] for h in hits} >= {"wi@current:wi.8", "wa@current:wa.conduct.7"}


def test_bad_references_are_one_line_exit_2() -> None:
    for args, words in [
        (("show", "zz"), "unknown code 'zz'; known codes: wa, wi"),
        (("show", "wa.conduct.99"), "no provision 'wa.conduct.99'"),
        (("show", "wi.1", "--edition", "draft"), "no edition 'draft'"),
    ]:
        result = run(*args)
        assert result.exit_code == 2
        assert words in result.output
        assert result.output.count("\n") == 1
