"""lint on small hand-made editions: a norm a higher-priority norm always overrides."""

from __future__ import annotations

from peer_ethics.analysis.lint import lint

from .demo import TEXTS, book

CURRENT = """
norms:
  - id: gift.any
    provisions: [demo.1]
    issues: [accept_gift]
    priority: 10
    verdict: prohibited
    strength: must
  - id: gift.money
    provisions: [demo.1]
    issues: [accept_gift]
    when: {fact: object_kind, eq: money}
    verdict: prohibited
    strength: must
  - id: keep
    provisions: [demo.2]
    issues: [confidentiality]
    verdict: prohibited
    strength: should
"""


def test_a_norm_that_never_decides_is_a_note_not_a_problem() -> None:
    rb = book(CURRENT, "changes: []", TEXTS)
    report = lint(rb, rb.editions()).to_dict(rb)
    assert report["ok"] is True
    current = report["editions"][0]["findings"]
    [note] = [f for f in current if f["kind"] == "never_decides"]
    assert note["norms"] == ["gift.money"] and note["problem"] is False
    assert note["message"] == (
        "demo@current: norm gift.money (demo.1) never decides accept_gift: a norm of higher "
        "priority applies whenever it does"
    )
