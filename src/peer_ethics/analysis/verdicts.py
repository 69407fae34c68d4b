"""Verdict codes shared by the batch evaluator and the solver: an index into VERDICTS, plus a
code for situations where two norms of equal priority disagree (the engine raises there)."""

from __future__ import annotations

from peer_ethics.core.norms import VERDICTS

VERDICT_CODES: tuple[str, ...] = (*VERDICTS, "conflict")
CODE_OF: dict[str, int] = {v: i for i, v in enumerate(VERDICT_CODES)}
CONDITIONAL = CODE_OF["conditional"]
NOT_ADDRESSED = CODE_OF["not_addressed"]
CONFLICT = CODE_OF["conflict"]
