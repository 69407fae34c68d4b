"""The solver checks an agency policy against the in-force codes, naming clause and witness."""

from __future__ import annotations

from pathlib import Path

from peer_ethics import services

ROOT = Path(__file__).parent.parent.parent
POLICIES = ROOT / "tests" / "fixtures" / "policies"


def checked(name: str) -> services.PolicyCheck:
    return services.check_policy(services.load_policy(POLICIES / f"{name}.yaml"))


def test_a_good_policy_settles_and_is_stricter_without_conflict() -> None:
    result = checked("good")
    assert result.ok
    assert result.lines() == [
        "OK: good-agency@2 (2 clauses) permits nothing an in-force code prohibits and drops no "
        "duty (wi@current)."
    ]


def test_the_example_policy_is_consistent_with_wisconsin() -> None:
    policy = services.load_policy(ROOT / "examples" / "agency" / "policy.yaml")
    assert services.check_policy(policy).ok


def test_a_policy_permitting_a_gift_the_code_prohibits_is_rejected_with_the_witness() -> None:
    result = checked("gift_permits")
    assert not result.ok
    (conflict,) = result.conflicts
    assert conflict.clause == "gifts.any"  # type: ignore[attr-defined]
    assert result.lines() == [
        "lenient-agency@1:gifts.any permits what wi@current prohibits (wi@current:wi.11: "
        "prohibited; the policy: permitted). A peer asks about accepting a gift from the person "
        "you support: the other person is someone you currently support; it is money or a cash "
        "equivalent; it is worth $0."
    ]
    data = result.to_dict()
    (found,) = data["conflicts"]  # type: ignore[misc]
    assert found["kind"] == "permits"
    assert found["facts"] == {
        "person": "current_client",
        "object_kind": "money",
        "value_dollars": 0,
    }
    assert [s["verdict"] for s in found["sides"]] == ["prohibited", "permitted"]
    assert found["sides"][1]["citations"] == ["lenient-agency@1:gifts.any"]


def test_a_policy_dropping_the_duty_to_inform_is_rejected_with_the_witness() -> None:
    result = checked("drops_inform")
    (conflict,) = result.conflicts
    assert conflict.kind == "drops_duty"  # type: ignore[attr-defined]
    (line,) = result.lines()
    assert line.startswith(
        "quiet-agency@1:harm.judgement drops a duty wi@current requires (wi@current:wi.4: "
        "required; the policy: permitted)."
    )
    assert "they intend harm or made a threat; the harm would be serious." in line


def test_checked_against_washington_the_example_finds_where_it_would_be_too_lenient() -> None:
    import dataclasses

    policy = services.load_policy(ROOT / "examples" / "agency" / "policy.yaml")
    both = dataclasses.replace(policy, codes=("wa", "wi"))
    clauses = {(c.clause, c.edition) for c in services.check_policy(both).conflicts}  # type: ignore[attr-defined]
    # Washington prohibits every gift (wa.conduct.5): the small-gift clause would permit one.
    assert ("gifts.small", "wa@current") in clauses
    assert all(edition == "wa@current" for _, edition in clauses)
