"""`peer-ethics redline`, `diff` and `import`: text at 80 columns, JSON, files, errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from peer_ethics.cli.main import cli

FIXTURES = Path(__file__).parents[1] / "fixtures"


def run(*args: str) -> Result:
    runner = CliRunner(env={"COLUMNS": "80"})
    return runner.invoke(cli, list(args), prog_name="peer-ethics")


IMPORT_FICTIONAL = """\
current (in force): 5 provisions
draft (proposed): 5 provisions

current -> draft: 5 of 5 provisions differ

xa.purpose (changed)
This code applies to all peer mentors [-in Examplia.-] {+licensed under EXC
12-34.+}

xa.rule.1 (changed)
Keep [-private-] {+confidential+} what a mentee shares.

xa.rule.2 (changed)
Never [-take-] {+accept+} gifts from a mentee.

xa.rule.3 (changed)
Report harm to a [-supervisor.-] {+supervisor within one day.+}

xa.rule.4 (changed)
Respect the mentee's [-own-] choices.

Changes: 5 (1 editorial, 4 substantive)
provision   kind         current       draft                reason
xa.purpose  substantive  in Examplia.  licensed under EXC   wording changes what
                                       12-34.               the provision says
xa.rule.1   substantive  private       confidential         wording changes what
                                                            the provision says
xa.rule.2   substantive  take          accept               wording changes what
                                                            the provision says
xa.rule.3   substantive  supervisor.   supervisor within    wording changes what
                                       one day.             the provision says
xa.rule.4   editorial    own                                determiner only

Anomalies in the markup: 3
anomaly                           at     markup
xa.purpose/stray_punctuation/1    7:55   Examplia [licensed under EXC 12-34](#).
xa.rule.2/unmarked_replacement/1  12:10  ~~take~~ accept
xa.rule.3/stray_punctuation/1     13:32  supervisor [within one day](#).
"""

DIFF_HEAD = """\
wa@current -> wa@draft: 14 of 20 provisions differ

wa.intro (changed)
This code of ethics applies to all Washington state certified peer specialists
and peer specialist trainees, guiding their interactions with clients, [-and
their-] {+the client's+} family members, or other supportive individuals. These
guidelines are intended to work in conjunction with the Ethical Practice of Peer
Support Services rules found in WAC 246-929-210 and the regulations for the
profession found in both {+18.420+} RCW [-18.420-] and [-WAC chapter 246-929.-]
"""


def test_import_with_layout_text() -> None:
    fictional = FIXTURES / "fictional"
    result = run("import", str(fictional / "source.md"), "--layout", str(fictional / "code.yaml"))
    assert (result.exit_code, result.output) == (0, IMPORT_FICTIONAL)


def test_import_without_layout_json() -> None:
    result = run("import", str(FIXTURES / "fictional" / "source.md"), "--json")
    report = json.loads(result.output)
    assert [e["name"] for e in report["editions"]] == ["current", "draft"]
    assert report["editions"][0]["provisions"][0]["id"] == "doc.p1"
    assert {a["provision"] for a in report["anomalies"]} == {"doc.p1", "doc.list1.2", "doc.list1.3"}


def test_import_malformed_markup_names_line_and_column() -> None:
    result = run("import", str(FIXTURES / "redline_bad" / "unclosed_deletion.md"))
    assert result.exit_code == 2
    assert result.output.startswith("Error: line 3, column 10: unclosed deletion")
    assert result.output.count("\n") == 1


def test_import_missing_file() -> None:
    result = run("import", "no/such/file.md")
    assert result.exit_code == 2
    assert "cannot read redline no/such/file.md" in result.output


def test_diff_text_head() -> None:
    result = run("diff", "wa@current", "wa@draft")
    assert result.exit_code == 0
    assert result.output.startswith(DIFF_HEAD)


def test_diff_json_across_codes_and_bad_refs() -> None:
    same = json.loads(run("diff", "wa@current", "wa@draft", "--json").output)
    assert len(same["provisions"]) == 20
    gift = next(p for p in same["provisions"] if p["provision"] == "wa.conduct.5")
    assert ["delete", "accept"] in gift["ops"] and ["insert", "exchange"] in gift["ops"]
    across = json.loads(run("diff", "wa@current", "wi@current", "--json").output)
    assert [p["provision"] for p in across["provisions"]] == ["wa@current -> wi@current"]
    bad = run("diff", "wa", "wa@draft")
    assert bad.exit_code == 2 and "CODE@EDITION" in bad.output


def test_redline_json_names_provisions() -> None:
    result = run("redline", "wa", "--json")
    report = json.loads(result.output)
    assert len(report["changes"]) == 22 and len(report["anomalies"]) == 15
    assert all(c["provision"].startswith("wa.") for c in report["changes"])
    assert all(a["provision"].startswith("wa.") for a in report["anomalies"])
    kinds = {c["provision"]: c["kind"] for c in report["changes"]}
    assert kinds["wa.vision"] == "editorial" and kinds["wa.conduct.5"] == "substantive"
    assert run("redline", "wa", "--json").output == result.output


def test_redline_term_lists_changes_and_anomalies() -> None:
    result = run("redline", "wa")
    assert result.exit_code == 0
    assert "Changes: 22 (9 editorial, 13 substantive)" in result.output
    assert "wa.conduct.6/likely_typo/1            35:113  clients ~~for~~ the" in result.output


def test_redline_docx_needs_output() -> None:
    result = run("redline", "wa", "--format", "docx")
    assert result.exit_code == 2
    assert "give --output" in result.output


def test_redline_writes_files_whole(tmp_path: Path) -> None:
    target = tmp_path / "wa.html"
    result = run("redline", "wa", "--format", "html", "--output", str(target))
    assert result.exit_code == 0
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["wa.html"]  # no temporary left behind
    missing = tmp_path / "nowhere" / "wa.docx"
    result = run("redline", "wa", "--format", "docx", "--output", str(missing))
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not missing.parent.exists()


def test_redline_markdown_to_stdout() -> None:
    result = run("redline", "wa", "--format", "md")
    assert result.output.startswith("# Code of Ethics and Professional Conduct")
    assert "Do not ~~accept~~ [exchange](#) gifts" in result.output
