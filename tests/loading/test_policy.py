"""Agency policy files: loaded into the norm language, each error one line naming the clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from peer_ethics import services
from peer_ethics.core.errors import BadInput

ROOT = Path(__file__).parent.parent.parent
EXAMPLE = ROOT / "examples" / "agency" / "policy.yaml"

GOOD = """\
id: test-agency
version: "3"
name: Test Agency
codes: [wi]
clauses:
  - id: gifts.small
    text: Staff may accept a gift item worth $10 or less.
    settles: [wi.11]
    norms:
      - issues: [accept_gift]
        when: {all: [{fact: object_kind, eq: item}, {fact: value_dollars, le: 10}]}
        verdict: permitted
        strength: must
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_policy_loads_with_its_clauses_cited_as_provisions() -> None:
    policy = services.load_policy(EXAMPLE)
    assert policy.ref == "riverbend-recovery@2026-01"
    assert policy.codes == ("wi",)
    assert [c.id for c in policy.clauses][:3] == ["gifts.money", "gifts.significant", "gifts.small"]
    small = policy.normset.norm("gifts.small")
    assert small.provisions == ("gifts.small",)
    assert all(d.provisions == ("gifts.small",) for d in small.duties)
    # A clause's second norm gets the clause id with ".2".
    assert policy.normset.norm("sharing.inform.2").issues == ("caregiver_abuse",)
    assert len(policy.sha256) == 64
    edition = policy.edition()
    assert edition.status == "agency_policy"
    assert edition.provision("gifts.small").text.startswith("Staff may accept a gift item")


def test_a_minimal_policy_loads_and_defaults_are_filled(tmp_path: Path) -> None:
    policy = services.load_policy(write(tmp_path, GOOD))
    assert policy.clause("gifts.small").settles == ("wi.11",)
    assert policy.normset.norms[0].id == "gifts.small"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("id: test-agency", "id: wi"), "id 'wi' is not an agency id"),
        (('version: "3"', "version: a b"), "version 'a b' is not accepted"),
        (
            ("codes: [wi]", "codes: [ny]"),
            "'codes' lists the codes the agency works under, from: wa, wi",
        ),
        (("name: Test Agency", "name: Test\nowner: me"), "unknown key 'owner'; accepted keys: id,"),
        (
            ("settles: [wi.11]", "settles: [wi.99]"),
            "clause gifts.small: settles 'wi.99', not a provision",
        ),
        (
            ("verdict: permitted", "verdict: allowed"),
            "norm 'gifts.small' has verdict 'allowed'; use one of",
        ),
        (
            ("eq: item", "eq: car"),
            "clause gifts.small norm gifts.small: fact 'object_kind' has no option 'car'",
        ),
        (
            ("fact: value_dollars", "fact: price"),
            "clause gifts.small norm gifts.small: unknown fact 'price'",
        ),
        (
            ("    text: Staff may accept a gift item worth $10 or less.\n", ""),
            "clause gifts.small: 'text' is missing",
        ),
        (
            ("issues: [accept_gift]", "issues: [accept_gift]\n        provisions: [wi.11]"),
            "a policy norm cites its own clause",
        ),
        (("issues: [accept_gift]", "issues: [gifts]"), "raises unknown issue 'gifts'"),
    ],
)
def test_a_bad_policy_is_one_line_naming_what_is_accepted(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(BadInput) as raised:
        services.load_policy(write(tmp_path, GOOD.replace(old, new)))
    text = str(raised.value)
    assert message in text
    assert "\n" not in text


def test_a_policy_fact_may_not_redefine_a_code_fact(tmp_path: Path) -> None:
    text = GOOD.replace("clauses:", "facts:\n  person: {type: bool, question: Who?}\nclauses:")
    with pytest.raises(BadInput, match="fact 'person' is already in the codes' situation model"):
        services.load_policy(write(tmp_path, text))


def test_a_file_that_is_not_yaml_or_missing_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="is not YAML"):
        services.load_policy(write(tmp_path, "id: [unclosed\n"))
    with pytest.raises(BadInput, match="cannot read policy file"):
        services.load_policy(tmp_path / "absent.yaml")


def test_the_python_api_layers_the_policy_after_the_codes_and_is_deterministic() -> None:
    policy = services.load_policy(EXAMPLE)
    situation = services.situation_from({"issue": "supervision", "facts": {}}, policy)
    first = services.check(situation, services.choose_editions(("wi",)), policy).to_dict()
    again = services.check(situation, services.choose_editions(("wi",)), policy).to_dict()
    assert first == again
    dets = first["determinations"]
    assert [d["code"] for d in dets] == ["wi", "riverbend-recovery"]  # type: ignore[index]
    mine = dets[1]  # type: ignore[index]
    assert mine["duties"][0]["text"] == (
        "Meet your supervisor one to one for at least one hour every two weeks."
    )
    assert first["policy"] == policy.to_dict()
