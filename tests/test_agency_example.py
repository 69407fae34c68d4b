"""The example agency policy's YAML cases (examples/agency/tests/*.yaml), one test each."""

from __future__ import annotations

from pathlib import Path

import pytest

from peer_ethics import services

ROOT = Path(__file__).parent.parent
AGENCY = ROOT / "examples" / "agency"
POLICY = services.load_policy(AGENCY / "policy.yaml")
CASES = services.cases(AGENCY / "tests")


def test_there_are_cases_for_the_example() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_example_policy_case(case: object) -> None:
    (outcome,) = services.run_policy_cases(POLICY, (case,))  # type: ignore[arg-type]
    assert outcome.passed, "\n".join(outcome.failures)
