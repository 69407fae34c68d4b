"""`peer-ethics compare`, `impact` and `lint` end to end through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from peer_ethics.cli.main import cli
from peer_ethics.core.engine import decide, select
from peer_ethics.loading.rules import load_rulebook

FIXTURES = Path(__file__).parent.parent / "fixtures"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def wa_wi() -> dict[str, Any]:
    code, out, _ = run("compare", "wa", "wi", "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.fixture(scope="module")
def wa_impact() -> dict[str, Any]:
    code, out, _ = run("impact", "wa", "--from", "current", "--to", "draft", "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def witness(data: dict[str, Any], issue: str, verdicts: list[str]) -> dict[str, Any]:
    found = [w for w in data["witnesses"] if w["issue"] == issue and w["verdicts"] == verdicts]
    assert len(found) == 1, (issue, verdicts, [w["verdicts"] for w in data["witnesses"]])
    return found[0]


# --- compare ------------------------------------------------------------------------------------


def test_compare_json_has_the_contract_fields(wa_wi: dict[str, Any]) -> None:
    assert {"alignment", "witnesses", "silent"} <= set(wa_wi)
    assert wa_wi["editions"] == ["wa@current", "wi@current"]
    for w in wa_wi["witnesses"]:
        assert {"issue", "facts", "description", "sides"} <= set(w)
        a, b = w["sides"]
        assert (a["code"], a["edition"], b["code"], b["edition"]) == (
            "wa",
            "current",
            "wi",
            "current",
        )
        assert a["verdict"] != b["verdict"]
        for side in (a, b):
            assert {"code", "edition", "verdict", "provisions", "explanation"} <= set(side)
            assert side["explanation"], w["description"]


def test_a_former_client_within_a_year_is_a_wisconsin_only_prohibition(
    wa_wi: dict[str, Any],
) -> None:
    w = witness(wa_wi, "sexual_relationship", ["not_addressed", "prohibited"])
    assert w["facts"] == {"person": "former_client", "months_since_services_ended": 10}
    assert w["description"] == (
        "A peer asks about romantic, sexual or intimate contact: the other person is someone you "
        "supported in the past; services ended 10 months ago"
    )
    wa, wi = w["sides"]
    assert wa["provisions"] == [] and wi["citations"] == ["wi@current:wi.8"]
    assert any("wi.8" in line for line in wi["explanation"])


def test_every_fact_of_a_witness_matters(wa_wi: dict[str, Any]) -> None:
    """Minimal witnesses: leaving out any one of their facts changes one side's answer, or
    leaves a side waiting on an unknown fact (known-fact witnesses are preferred)."""
    book = load_rulebook()
    sides = [book.norms_of(book.corpus.resolve(r)) for r in wa_wi["editions"]]

    def answer(issue: str, facts: dict[str, Any]) -> tuple[list[str], int]:
        verdicts = [decide(ns, issue, facts)[0] for ns in sides]
        return verdicts, sum(bool(select(ns, issue, facts)[1]) for ns in sides)

    assert wa_wi["witnesses"]
    for w in wa_wi["witnesses"]:
        facts = {k: float(v) if isinstance(v, int) else v for k, v in w["facts"].items()}
        verdicts, waiting = answer(w["issue"], facts)
        assert verdicts == w["verdicts"]
        for left_out in facts:
            fewer = {k: v for k, v in facts.items() if k != left_out}
            other, more_waiting = answer(w["issue"], fewer)
            assert other != verdicts or more_waiting > waiting, (w["facts"], left_out)


def test_an_unknown_fact_is_named_in_the_witness(wa_wi: dict[str, Any]) -> None:
    unknown = witness(wa_wi, "applicability", ["conditional", "not_addressed"])
    assert unknown["facts"] == {}
    assert "Not known: Are you certified, a trainee, or not certified?" in unknown["description"]


def test_silence_and_alignment_name_each_side(wa_wi: dict[str, Any]) -> None:
    silent = {s["issue"]: (s["addressed_by"], s["silent"]) for s in wa_wi["silent"]}
    assert silent["caregiver_abuse"] == ("wi@current", "wa@current")
    assert silent["applicability"] == ("wa@current", "wi@current")
    gifts = next(a for a in wa_wi["alignment"] if a["issue"] == "accept_gift")
    assert [s["provisions"] for s in gifts["sides"]] == [["wa.conduct.5"], ["wi.11"]]


def test_compare_names_should_against_must_for_the_same_verdict(wa_wi: dict[str, Any]) -> None:
    [w] = [w for w in wa_wi["strength_differences"] if w["issue"] == "advocacy"]
    assert [(s["verdict"], s["strength"], s["citations"]) for s in w["sides"]] == [
        ("required", "should", ["wa@current:wa.ethics.2"]),
        ("required", "must", ["wi@current:wi.7"]),
    ]
    assert w["facts"] == {}


def test_compare_is_byte_identical_across_runs(wa_wi: dict[str, Any]) -> None:
    _, again, _ = run("compare", "wa@current", "wi@current", "--json")
    assert again == json.dumps(wa_wi, ensure_ascii=False, indent=2) + "\n"


def test_one_issue_gets_the_same_witnesses_alone_as_in_the_full_comparison(
    wa_wi: dict[str, Any],
) -> None:
    code, out, _ = run("compare", "wa", "wi", "--issue", "confidentiality", "--json")
    assert code == 0
    alone = json.loads(out)["witnesses"]
    assert alone == [w for w in wa_wi["witnesses"] if w["issue"] == "confidentiality"]


def test_compare_focuses_on_one_issue() -> None:
    code, out, _ = run("compare", "wa@current", "wa@draft", "--issue", "unsafe_meeting", "--json")
    assert code == 0
    data = json.loads(out)
    assert [a["issue"] for a in data["alignment"]] == ["unsafe_meeting"]
    assert [w["verdicts"] for w in data["witnesses"]] == [["not_addressed", "permitted"]]


def test_compare_text_shows_each_difference_with_both_citations(wa_wi: dict[str, Any]) -> None:
    code, out, _ = run("compare", "wa", "wi", "--issue", "sexual_relationship")
    assert code == 0
    count = sum(w["issue"] == "sexual_relationship" for w in wa_wi["witnesses"])
    assert out.startswith(f"wa@current vs wi@current: {count} differences")
    assert "services ended 10 months ago\n    wa@current: not addressed (no provision)\n" in out
    assert "    wi@current: prohibited (wi@current:wi.8)\n" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["compare", "wa", "xx"], "unknown code 'xx'; known codes: wa, wi"),
        (["compare", "wa@later", "wi"], "no edition 'later'"),
        (["compare", "wa", "wi", "--issue", "hugs"], "unknown issue 'hugs'; known issues:"),
        (["compare", "wa", "wi", "--format", "docx"], "--format docx needs --output"),
        (["compare", "wa", "wi", "--json", "--format", "md"], "choose one of --json and --format"),
        (["impact", "wa", "--to", "final"], "no edition 'final'"),
        (["lint", "no/such/dir"], "no such file or directory 'no/such/dir'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], words: str) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert words in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


def test_a_report_to_a_missing_folder_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "report.md"
    code, _, err = run("compare", "wa", "wi", "--format", "md", "--output", str(target))
    assert code == 2 and "does not exist" in err
    assert not target.parent.exists()


# --- impact -------------------------------------------------------------------------------------


def transitions(data: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(t["issue"], t["from"], t["to"]): t for t in data["transitions"]}


def test_impact_lists_the_drafts_practical_changes(wa_impact: dict[str, Any]) -> None:
    found = transitions(wa_impact)
    decline = found[("unsafe_meeting", "not_addressed", "permitted")]
    assert decline["provisions"] == ["wa.ethics.5"]
    assert decline["citations"] == ["wa@draft:wa.ethics.5"]
    assert [s["norm"] for s in decline["steps"]] == ["wa.unsafe.decline"]
    assert ("imposing_beliefs", "not_addressed", "prohibited") in found
    assert found[("imposing_beliefs", "not_addressed", "prohibited")]["witness"]["facts"] == {
        "imposition_manner": "indirect"
    }
    story = found[("self_disclosure", "permitted", "prohibited")]
    assert story["witness"]["facts"] == {"story_relevant": False}
    assert ("dual_relationship", "prohibited", "conditional") in found


def test_impact_shows_must_becoming_should_for_an_avoidable_dual_relationship(
    wa_impact: dict[str, Any],
) -> None:
    [change] = [
        t
        for t in wa_impact["strength_changes"]
        if (t["issue"], t["verdict"]) == ("dual_relationship", "prohibited")
    ]
    assert (change["from"], change["to"]) == ("must", "should")
    assert change["witness"]["facts"]["dual_avoidable"] is True
    assert change["citations"] == ["wa@draft:wa.conduct.9"]


def test_impact_separates_editorial_changes_and_flags_none_unexplained(
    wa_impact: dict[str, Any],
) -> None:
    assert {"transitions", "editorial", "unexplained"} <= set(wa_impact)
    assert wa_impact["unexplained"] == []
    # "orientated" -> "oriented" and the citation form change no outcome.
    assert "wa.vision" in wa_impact["editorial"]
    assert "wa.ethics.5" not in wa_impact["editorial"]
    changed = {c["provision"] for c in wa_impact["changes"]}
    assert set(wa_impact["editorial"]) <= changed


def test_impact_text_names_each_transition() -> None:
    code, out, _ = run("impact", "wa")
    assert code == 0
    assert "unsafe_meeting: not addressed -> permitted" in out
    assert "changed provisions: wa@draft:wa.ethics.5" in out


# --- lint ---------------------------------------------------------------------------------------


def test_lint_passes_on_the_bundled_codes() -> None:
    code, out, _ = run("lint", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["ok"] is True and data["problems"] == 0
    refs = [f"{e['code']}@{e['edition']}" for e in data["editions"]]
    assert refs == ["wa@current", "wi@current", "wa@draft"]
    wi = data["editions"][1]
    assert wi["judgement_conditions"] > 0


def test_lint_takes_one_code_or_one_norm_file() -> None:
    code, out, _ = run("lint", "wi")
    assert code == 0 and out.startswith("wi@current: ")
    code, out, _ = run("lint", "src/peer_ethics/codes/wa/norms/draft.yaml")
    assert code == 0 and out.startswith("wa@draft: ")


@pytest.mark.parametrize(
    ("fixture", "kind", "names"),
    [
        ("lint_contradiction", "contradiction", ["xl.gift.money", "xl.gift.token"]),
        ("lint_unreachable", "unreachable", ["xl.gift.both"]),
        ("lint_unnormed", "unnormed_provision", ["xl.rule.3"]),
    ],
)
def test_each_broken_fixture_fails_naming_what_is_wrong(
    fixture: str, kind: str, names: list[str]
) -> None:
    code, out, _ = run("lint", str(FIXTURES / fixture), "--json")
    assert code == 1
    problems = [f for e in json.loads(out)["editions"] for f in e["findings"] if f["problem"]]
    assert [p["kind"] for p in problems] == [kind]
    assert set(names) <= {*problems[0]["norms"], *problems[0]["provisions"]}
    for name in names:
        assert name in problems[0]["message"]
    code, text, _ = run("lint", str(FIXTURES / fixture))
    assert code == 1 and "problem: xl@current" in text and "1 problem(s)" in text


def test_a_contradiction_comes_with_the_situation_that_shows_it() -> None:
    _, out, _ = run("lint", str(FIXTURES / "lint_contradiction"), "--json")
    finding = next(f for f in json.loads(out)["editions"][0]["findings"] if f["problem"])
    assert finding["witness"] == {"object_kind": "money", "value_dollars": 0}
    assert finding["issue"] == "accept_gift"
