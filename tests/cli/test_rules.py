"""`peer-ethics check --facts`, `test` and `coverage` end to end through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from peer_ethics.cli.main import cli

FIXTURES = Path(__file__).parent.parent / "fixtures"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def facts_file(tmp_path: Path, document: object) -> str:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


# --- check --facts --json ---------------------------------------------------------------------

CASH = {"issue": "accept_gift", "facts": {"person": "current_client", "object_kind": "money"}}


def test_check_json_answers_every_edition_in_force_first_with_quotes(tmp_path: Path) -> None:
    code, out, _ = run("check", "--facts", facts_file(tmp_path, CASH), "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["facts", "questions", "determinations", "corpus"]
    assert data["facts"] == {"object_kind": "money", "person": "current_client"}
    refs = [(d["code"], d["edition"], d["status"]) for d in data["determinations"]]
    assert refs == [
        ("wa", "current", "in_force"),
        ("wi", "current", "in_force"),
        ("wa", "draft", "proposed"),
    ]
    wa = data["determinations"][0]
    assert (wa["verdict"], wa["strength"], wa["provisions"][0]) == (
        "prohibited",
        "must",
        "wa.conduct.5",
    )
    assert "Do not accept gifts of monetary value" in wa["quotes"]["wa.conduct.5"]
    assert "Do not exchange gifts" in data["determinations"][2]["quotes"]["wa.conduct.5"]
    assert set(data["corpus"]) == {"version", "sha256"} and len(data["corpus"]["sha256"]) == 64


def test_check_json_is_byte_identical_across_runs(tmp_path: Path) -> None:
    path = facts_file(tmp_path, CASH)
    assert run("check", "--facts", path, "--json")[1] == run("check", "--facts", path, "--json")[1]


def test_check_json_lists_the_questions_that_still_matter(tmp_path: Path) -> None:
    document = {"issues": ["dual_relationship"], "facts": {"person": "current_client"}}
    path = facts_file(tmp_path, document)
    code, out, _ = run("check", "--facts", path, "--json", "--edition", "wa@draft")
    data = json.loads(out)
    assert code == 0
    assert [d["edition"] for d in data["determinations"]] == ["draft"]
    assert data["determinations"][0]["verdict"] == "conditional"
    facts = [q["fact"] for q in data["questions"]]
    assert "dual_avoidable" in facts
    asked = data["questions"][facts.index("dual_avoidable")]
    assert asked["options"] == ["yes", "no"]
    assert "wa@draft (proposed)" in asked["why"]


def test_check_code_filter_keeps_only_that_codes_editions(tmp_path: Path) -> None:
    code, out, _ = run("check", "--facts", facts_file(tmp_path, CASH), "--json", "--code", "wi")
    assert code == 0
    assert [(d["code"], d["edition"]) for d in json.loads(out)["determinations"]] == [
        ("wi", "current")
    ]


def test_check_json_with_issue_alone_answers_without_asking() -> None:
    code, out, _ = run("check", "--issue", "serve_family_member", "--json", "--code", "wa")
    assert code == 0
    verdicts = {d["edition"]: d["verdict"] for d in json.loads(out)["determinations"]}
    assert verdicts == {"current": "prohibited", "draft": "prohibited"}


@pytest.mark.parametrize(
    ("fixture", "keywords"),
    [
        ("not_json.json", ["not JSON", "line 1", '"issues"']),
        ("not_an_object.json", ["JSON object", '"issues"']),
        ("unknown_fact.json", ["unknown fact 'colour'", "known facts:", "object_kind"]),
        # the value given is not repeated (it may be a client detail); what is accepted is named
        ("bad_enum_value.json", ["'object_kind'", "money, item"]),
        ("bad_number.json", ["'value_dollars'", "number of dollars"]),
        ("unknown_issue.json", ["unknown issue 'free_lunch'", "accept_gift"]),
        ("no_issue.json", ["names its issue", '"issue"']),
        ("unknown_key.json", ["no key 'fact'", "issue, issues, facts"]),
    ],
)
def test_check_bad_facts_file_is_one_line_exit_2(fixture: str, keywords: list[str]) -> None:
    code, out, err = run("check", "--facts", str(FIXTURES / "facts_bad" / fixture), "--json")
    assert code == 2
    assert out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1
    for word in keywords:
        assert word in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "keywords"),
    [
        (["--facts", "/nonexistent/facts.json"], ["cannot read facts file", "facts.json"]),
        (["--facts", str(FIXTURES)], ["cannot read facts file", "Is a directory"]),
        (["--facts", str(FIXTURES / "facts_bad" / "latin1.json")], ["not UTF-8", "UTF-8 JSON"]),
        (["--code", "tx"], ["unknown code 'tx'", "wa, wi"]),
        (["--edition", "wa@2019"], ["no edition '2019'", "current, draft"]),
        (["--edition", "wa"], ["code@edition", "wa@draft"]),
        ([], ["--json needs --facts", "--issue"]),
    ],
)
def test_check_bad_options_are_one_line_exit_2(args: list[str], keywords: list[str]) -> None:
    code, _, err = run("check", "--json", *args)
    assert code == 2 and err.count("\n") == 1
    for word in keywords:
        assert word in err


def test_check_facts_without_json_prints_the_side_by_side_table(tmp_path: Path) -> None:
    code, out, _ = run("check", "--facts", facts_file(tmp_path, CASH))
    assert code == 0
    assert "it is money or a cash equivalent" in out  # the user's fact, in fixed words
    assert "wa@current (in force)" in out and "wa@draft (proposed)" in out
    assert "PROHIBITED (must)" in out
    assert "wa.conduct.5: “Do not" in out and "wi.11: “I will not" in out  # quoted, cited


# --- check: the interview through stdin (the real terminal is in test_check_terminal.py) -------


def test_interview_asks_until_nothing_unknown_matters_and_reasks_bad_answers() -> None:
    code, out, _ = run(
        "check", "--issue", "dual_relationship", "--edition", "wa@draft", stdin="1\nmaybe\n2\n"
    )
    assert code == 0
    assert out.index("Who is the other person?") < out.index("Could the second relationship")
    assert out.count("Could the second relationship be avoided?") == 1
    assert "Why I'm asking: The proposed Washington draft's answer depends on this." in out
    assert "Not understood: 'maybe'. Please type a number from 1 to 2 or one of: yes, no" in out
    assert "the dual relationship cannot be avoided" in out
    assert "CONDITIONAL" in out and "navigate with caution" in out


def test_interview_menu_takes_an_issue_number() -> None:
    code, out, _ = run("check", "--code", "wa", stdin="0\n7\n")
    assert code == 0
    assert "Please type a number from 1 to" in out
    assert "Serving your own family" in out and "PROHIBITED (must)" in out


# --- test -------------------------------------------------------------------------------------


def test_test_runs_a_file_and_reports_each_failure_with_case_file_edition_and_norms() -> None:
    code, out, _ = run("test", str(FIXTURES / "cases" / "mixed.yaml"))
    assert code == 1
    lines = out.splitlines()
    assert lines[-1] == "1 passed, 1 failed"
    (failure,) = [line for line in lines if line.startswith("FAIL")]
    assert "case «A deliberately wrong expectation about cash»" in failure
    assert "cases/mixed.yaml" in failure and "on wa@draft" in failure
    assert "expected permitted [wa.conduct.5], got prohibited [wa.conduct.5]" in failure
    assert "from norms [wa." in failure


def test_test_passes_a_folder_with_exit_0() -> None:
    code, out, _ = run("test", str(FIXTURES / "cases" / "passing.yaml"))
    assert (code, out) == (0, "1 passed, 0 failed\n")


def test_test_json_counts_and_failures() -> None:
    code, out, _ = run("test", str(FIXTURES / "cases" / "mixed.yaml"), "--json")
    data = json.loads(out)
    assert code == 1
    assert (data["passed"], data["failed"], len(data["failures"])) == (1, 1, 1)


@pytest.mark.parametrize(
    ("path", "keywords"),
    [
        ("cases_bad/no_expect.yaml", ["no_expect.yaml", "'name', 'issue' and 'expect'"]),
        ("no_such_cases.yaml", ["no case file or folder", "no_such_cases.yaml"]),
        ("cases_bad/latin1.yaml", ["latin1.yaml", "can't decode"]),
    ],
)
def test_test_bad_case_file_is_one_line_exit_2(path: str, keywords: list[str]) -> None:
    code, _, err = run("test", str(FIXTURES / path))
    assert code == 2 and err.count("\n") == 1
    for word in keywords:
        assert word in err


# --- coverage ---------------------------------------------------------------------------------


def test_coverage_json_has_one_entry_per_provision_edition() -> None:
    code, out, _ = run("coverage", "--json")
    assert code == 0
    rows = json.loads(out)["provisions"]
    assert len(rows) == 54
    assert set(rows[0]) == {
        "code",
        "edition",
        "provision",
        "aspirational",
        "reason",
        "norms",
        "cases",
        "fired",
    }
    per_edition = {}
    for r in rows:
        per_edition[(r["code"], r["edition"])] = per_edition.get((r["code"], r["edition"]), 0) + 1
    assert per_edition == {("wa", "current"): 20, ("wa", "draft"): 20, ("wi", "current"): 14}
    vision = next(r for r in rows if (r["edition"], r["provision"]) == ("current", "wa.vision"))
    assert vision["aspirational"] and vision["reason"]


def test_coverage_table_ends_with_the_summary_line() -> None:
    code, out, _ = run("coverage")
    assert code == 0
    assert "operative provision-editions covered" in out.splitlines()[-1] + out.splitlines()[-2]


def test_interview_number_question_takes_a_typed_number_and_reasks_words() -> None:
    stdin = "former_client\nhalf a year\nsix months\n"
    code, out, _ = run("check", "--issue", "sexual_relationship", "--code", "wi", stdin=stdin)
    assert code == 0
    assert "How many months ago did your services to this person end?" in out
    assert "Not understood: 'half a year'. Please type a number of months" in out
    assert "services ended 6 months ago" in out and "PROHIBITED (must)" in out


@pytest.mark.parametrize("typed", ["$15", "15 bucks", "fifteen dollars", "15"])
def test_an_amount_is_taken_as_people_type_it(typed: str) -> None:
    stdin = f"current_client\nitem\n{typed}\nskip\n"
    code, out, _ = run("check", "--issue", "accept_gift", "--code", "wa", stdin=stdin)
    assert code == 0
    assert "it is worth $15" in out
    assert "Not understood" not in out


def test_the_menu_takes_a_word_of_a_topic() -> None:
    code, out, _ = run("check", "--code", "wa", stdin="lending\n" + "skip\n" * 8)
    assert code == 0
    assert "Lending or borrowing: lending to or borrowing from" in out
    assert "or a word of one topic" not in out
