"""The closed list of topics (issue ids) a provision can be tagged with; norms use the same ids."""

from __future__ import annotations

TOPICS: tuple[str, ...] = (
    "accept_gift",
    "give_gift",
    "lend_borrow",
    "financial_gain",
    "sexual_relationship",
    "serve_former_partner",
    "serve_family_member",
    "dual_relationship",
    "confidentiality",
    "harm_threat",
    "caregiver_abuse",
    "outside_scope",
    "imposing_beliefs",
    "coercion",
    "unwarranted_promises",
    "discrimination",
    "unsafe_meeting",
    "own_wellness",
    "supervision",
    "self_disclosure",
    "advocacy",
    "self_determination",
    "community_integration",
    "voluntary_services",
    "abuse_neglect_exploitation",
    "professional_knowledge",
    "applicability",
)
