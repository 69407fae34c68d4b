"""The situation model: issues, typed facts, and a situation (issues plus known facts)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import BadInput

FACT_TYPES = ("bool", "enum", "number", "judgement")
FactValue = bool | str | float


@dataclass(frozen=True)
class Issue:
    """A kind of conduct a peer can ask about, e.g. `accept_gift`."""

    id: str
    label: str
    conduct: str


@dataclass(frozen=True)
class FactSpec:
    """A fact a norm can turn on, with the question and fixed words used to ask and render it."""

    id: str
    type: str
    question: str
    help: str
    options: tuple[str, ...] = ()
    unit: str = ""
    words: tuple[tuple[str, str], ...] = ()  # (option or operator or "true"/"false", template)

    def word(self, key: str) -> str | None:
        for k, v in self.words:
            if k == key:
                return v
        return None

    def coerce(self, value: object) -> FactValue:
        """Check and normalise a user-given value, or raise BadInput naming what is accepted."""
        if self.type in ("bool", "judgement"):
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "yes", "false", "no"):
                return value.lower() in ("true", "yes")
            raise BadInput(f"fact {self.id!r} takes true or false")
        if self.type == "enum":
            if isinstance(value, str) and value in self.options:
                return value
            raise BadInput(f"fact {self.id!r} takes one of {', '.join(self.options)}")
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise BadInput(f"fact {self.id!r} takes a number of {self.unit}")
        try:
            number = float(value)
        except (ValueError, OverflowError):  # not a number, or an integer past float's range
            raise BadInput(f"fact {self.id!r} takes a number of {self.unit}") from None
        if not 0 <= number < float("inf"):
            raise BadInput(f"fact {self.id!r} takes a number of {self.unit} of 0 or more")
        return number

    def describe(self, value: FactValue) -> str:
        """The fact and its value in plain words, from the fixed templates."""
        if self.type in ("bool", "judgement"):
            return self.word("true" if value else "false") or f"{self.id}: {value}"
        if self.type == "enum":
            return self.word(str(value)) or f"{self.id}: {value}"
        template = self.word("eq")
        return template.replace("{n}", _num(value)) if template else f"{self.id}: {_num(value)}"


def _num(value: object) -> str:
    """12.0 -> '12', 2.5 -> '2.5'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class Vocabulary:
    """Every issue and fact the loaded codes use."""

    issues: tuple[Issue, ...]
    facts: tuple[FactSpec, ...]
    # Fact lookup by id, filled on first use (every answer asks for facts many times).
    _index: dict[str, FactSpec] = field(default_factory=dict, compare=False, repr=False)

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise BadInput(
            f"unknown issue {issue_id!r}; known issues: {', '.join(i.id for i in self.issues)}"
        )

    def fact(self, fact_id: str) -> FactSpec:
        if not self._index:
            self._index.update((f.id, f) for f in self.facts)
        found = self._index.get(fact_id)
        if found is not None:
            return found
        raise BadInput(
            f"unknown fact {fact_id!r}; known facts: {', '.join(f.id for f in self.facts)}"
        )

    def situation(self, issues: tuple[str, ...], facts: Mapping[str, object]) -> Situation:
        """Build a checked situation from user-given issues and fact values."""
        for i in issues:
            self.issue(i)
        checked = {k: self.fact(k).coerce(v) for k, v in facts.items() if v is not None}
        return Situation(issues=tuple(issues), facts=tuple(sorted(checked.items())))


@dataclass(frozen=True)
class Situation:
    """The issues at stake and the facts known about them; an absent fact is unknown."""

    issues: tuple[str, ...]
    facts: tuple[tuple[str, FactValue], ...] = field(default=())

    def get(self, fact_id: str) -> FactValue | None:
        for k, v in self.facts:
            if k == fact_id:
                return v
        return None

    def known(self) -> dict[str, FactValue]:
        return dict(self.facts)

    def with_fact(self, fact_id: str, value: FactValue) -> Situation:
        facts = dict(self.facts)
        facts[fact_id] = value
        return Situation(self.issues, tuple(sorted(facts.items())))
