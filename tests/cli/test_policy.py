"""`peer-ethics policy check`, and `check`/`lint` with `--policy`, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from peer_ethics.cli.main import cli

ROOT = Path(__file__).parent.parent.parent
EXAMPLE = str(ROOT / "examples" / "agency" / "policy.yaml")
POLICIES = ROOT / "tests" / "fixtures" / "policies"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def facts_file(tmp_path: Path, document: object) -> str:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


MUG = {
    "issue": "accept_gift",
    "facts": {
        "person": "current_client",
        "object_kind": "item",
        "value_dollars": 10,
        "significant_value": False,
    },
}


def test_policy_check_of_the_example_is_one_ok_line_and_its_cases_pass() -> None:
    code, out, _ = run("policy", "check", EXAMPLE)
    assert code == 0
    assert out == (
        "OK: riverbend-recovery@2026-01 (12 clauses) permits nothing an in-force code prohibits "
        "and drops no duty (wi@current).\n15 of 15 cases pass\n"
    )


def test_policy_check_rejects_a_conflicting_policy_with_exit_1_and_the_clause() -> None:
    code, out, _ = run("policy", "check", str(POLICIES / "gift_permits.yaml"))
    assert code == 1
    assert out.startswith("lenient-agency@1:gifts.any permits what wi@current prohibits")
    code, out, _ = run("policy", "check", str(POLICIES / "drops_inform.yaml"), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert [(c["clause"], c["kind"]) for c in data["conflicts"]] == [
        ("harm.judgement", "drops_duty")
    ]
    assert data["cases"] == {"failures": [], "run": 0}


def test_policy_check_reports_a_failing_case_with_exit_1(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n  - name: a mug\n    issue: accept_gift\n    facts: {person: current_client, "
        "object_kind: item, value_dollars: 10, significant_value: false}\n    expect:\n"
        "      riverbend-recovery@2026-01: prohibited\n",
        encoding="utf-8",
    )
    code, out, _ = run("policy", "check", EXAMPLE, "--cases", str(cases))
    assert code == 1
    assert "case failed:" in out
    assert "expected prohibited [], got permitted [gifts.small]" in out
    assert out.endswith("0 of 1 cases pass\n")


def test_a_bad_policy_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text("id: x-agency\nversion: '1'\nname: X\nclauses: []\n", encoding="utf-8")
    code, out, err = run("policy", "check", str(bad))
    assert code == 2
    assert out == ""
    assert err == f"Error: {bad}: 'clauses' is a non-empty list of {{id, text, norms}}\n"


def test_check_with_a_policy_adds_its_determination_after_the_codes(tmp_path: Path) -> None:
    args = ("check", "--facts", facts_file(tmp_path, MUG), "--code", "wi")
    code, out, _ = run(*args, "--policy", EXAMPLE, "--json")
    assert code == 0
    data = json.loads(out)
    refs = [(d["code"], d["edition"], d["status"], d["verdict"]) for d in data["determinations"]]
    assert refs == [
        ("wi", "current", "in_force", "conditional"),
        ("riverbend-recovery", "2026-01", "agency_policy", "permitted"),
    ]
    mine = data["determinations"][1]
    assert mine["provisions"] == ["gifts.small"]
    assert mine["quotes"]["gifts.small"].startswith("Staff may accept a gift item worth $25")
    assert (
        "riverbend-recovery@2026-01:gifts.small says: “Staff may accept" in mine["explanation"][1]
    )
    assert data["policy"]["id"] == "riverbend-recovery"
    assert data["policy"]["version"] == "2026-01"
    # Without the policy the codes' answer is the same, and there is no policy layer.
    code, plain, _ = run(*args, "--json")
    assert json.loads(plain)["determinations"] == data["determinations"][:1]
    assert "policy" not in json.loads(plain)


def test_check_with_a_policy_renders_it_as_a_table_of_its_own(tmp_path: Path) -> None:
    code, out, _ = run(
        "check", "--facts", facts_file(tmp_path, MUG), "--code", "wi", "--policy", EXAMPLE
    )
    assert code == 0
    codes_at, policy_at = (
        out.index("wi@current (in force)"),
        out.index("Your agency's policy — Riverbend Recovery Center"),
    )
    assert codes_at < policy_at
    assert "riverbend-recovery@2026-01 (agency policy)" in out
    assert "• Note the gift in the gift log. (gifts.small)" in out


def test_check_accepts_the_policy_s_own_facts_only_with_the_policy(tmp_path: Path) -> None:
    home = {"issue": "unsafe_meeting", "facts": {"meeting_place": "peer_home"}}
    code, out, _ = run(
        "check", "--facts", facts_file(tmp_path, home), "--policy", EXAMPLE, "--json"
    )
    assert code == 0
    mine = json.loads(out)["determinations"][-1]
    assert (mine["verdict"], mine["provisions"]) == ("required", ["meetings.places"])
    code, _, err = run("check", "--facts", facts_file(tmp_path, home), "--json")
    assert code == 2
    assert err.startswith("Error: unknown fact 'meeting_place'")


def test_an_open_policy_answer_asks_the_question_that_settles_it(tmp_path: Path) -> None:
    chocolates = {
        "issue": "accept_gift",
        "facts": {"person": "current_client", "object_kind": "item", "significant_value": False},
    }
    code, out, _ = run(
        "check",
        "--facts",
        facts_file(tmp_path, chocolates),
        "--code",
        "wi",
        "--policy",
        EXAMPLE,
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    (question,) = data["questions"]
    assert question["fact"] == "value_dollars"
    assert "riverbend-recovery@2026-01 (agency policy) from conditional to" in question["why"]


def test_lint_with_a_policy_reports_its_conflicts_as_problems() -> None:
    code, out, _ = run("lint", "wi", "--policy", str(POLICIES / "gift_permits.yaml"))
    assert code == 1
    assert "lenient-agency@1:gifts.any permits what wi@current prohibits" in out
    assert out.endswith("1 problem(s)\n")
    code, out, _ = run("lint", "wi", "--policy", EXAMPLE)
    assert code == 0
    assert "OK: riverbend-recovery@2026-01 (12 clauses)" in out
    assert out.endswith("no problems\n")


def test_ask_with_a_policy_shows_it_as_a_third_layer_after_the_codes() -> None:
    question = "a peer I support offered me a $40 scarf as a gift, can I accept it?"
    code, out, _ = run("ask", question, "--code", "wi", "--policy", EXAMPLE, "--json")
    assert code == 0
    data = json.loads(out)
    layers = [(d["code"], d["status"]) for d in data["determinations"]]
    assert layers == [("wi", "in_force"), ("riverbend-recovery", "agency_policy")]
    mine = data["determinations"][1]
    # $40 is of significant value under the policy, whatever the peer's own judgement.
    assert (mine["verdict"], mine["provisions"]) == ("prohibited", ["gifts.significant"])
    assert data["policy"]["name"] == "Riverbend Recovery Center"
    code, card, _ = run("ask", question, "--code", "wi", "--policy", EXAMPLE)
    assert code == 0
    assert card.index("Wisconsin") < card.index("Your agency's policy — Riverbend Recovery Center")
    assert "Your agency's policy, version 2026-01: NOT ALLOWED (must)" in card


def test_ask_with_a_bad_policy_path_is_one_line_and_exit_2() -> None:
    code, _, err = run("ask", "can I accept a gift?", "--policy", "/nonexistent/policy.yaml")
    assert code == 2
    assert err.startswith("Error: cannot read policy file /nonexistent/policy.yaml")


def test_policy_check_reports_the_policy_s_own_contradiction(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        """\
id: torn-agency
version: "1"
name: Torn Agency
codes: [wi]
clauses:
  - id: give.yes
    text: Staff may give a peer a small item.
    norms:
      - {issues: [give_gift], when: {fact: object_kind, eq: item}, verdict: permitted,
         strength: must}
  - id: give.no
    text: Staff never give peers anything.
    norms:
      - {issues: [give_gift], verdict: prohibited, strength: must}
""",
        encoding="utf-8",
    )
    code, out, _ = run("policy", "check", str(path))
    assert code == 1
    assert out == (
        "problem: torn-agency@1: norms give.yes (give.yes) and give.no (give.no) give permitted "
        "and prohibited at priority 0 for give_gift when it is an item, not money\n"
    )
