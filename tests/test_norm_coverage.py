"""Every operative provision of every bundled edition has a norm, three cases and a firing."""

from __future__ import annotations

from peer_ethics import services
from peer_ethics.core.coverage import MIN_CASES, uncovered


def test_every_operative_provision_edition_is_covered() -> None:
    table = services.coverage_table()
    assert len(table) == 54
    missing = [
        f"{r.code}@{r.edition}:{r.provision} (norms {r.norms}, cases {r.cases}, fired {r.fired})"
        for r in uncovered(table)
    ]
    assert not missing, f"need ≥1 norm, ≥{MIN_CASES} cases and a firing: " + "; ".join(missing)


def test_only_the_vision_and_contact_of_washington_are_aspirational() -> None:
    aspirational = {
        (r.code, r.edition, r.provision) for r in services.coverage_table() if r.aspirational
    }
    assert aspirational == {
        ("wa", edition, provision)
        for edition in ("current", "draft")
        for provision in ("wa.vision", "wa.contact")
    }
