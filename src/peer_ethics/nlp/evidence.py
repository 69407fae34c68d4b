"""A fact read from the user's words, with the words it was read from."""

from __future__ import annotations

from dataclasses import dataclass

from peer_ethics.core.facts import FactValue


@dataclass(frozen=True)
class Evidence:
    """One fact value and the exact span of the question that settles it."""

    fact: str
    value: FactValue
    words: str

    def to_dict(self) -> dict[str, object]:
        return {"fact": self.fact, "value": self.value, "words": self.words}
