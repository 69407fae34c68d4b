"""The corpus: codes, their editions and the provisions of each edition."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from .errors import BadReference

IN_FORCE = "in_force"
PROPOSED = "proposed"


@dataclass(frozen=True)
class Provision:
    """One provision of one edition, with its curated `text` and markup-derived `raw` text."""

    id: str
    code: str
    edition: str
    section: str
    ordinal: int
    text: str
    raw: str
    citations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    lead_in: str = ""  # the sentence that introduces the provision's list, if any
    readings: tuple[str, ...] = ()  # ids of the curated readings applied to `raw`
    label: str = ""  # how the code names it ("Professional conduct, item 9"); "" when unnamed

    @property
    def name(self) -> str:
        """The provision as people call it: its label, else its id."""
        return self.label or self.id

    @property
    def curated(self) -> bool:
        """True when the shown `text` differs from the markup-derived `raw`."""
        return self.text != self.raw


@dataclass(frozen=True)
class Edition:
    """One edition of a code: `wa@current`, `wa@draft`, `wi@current`."""

    code: str
    name: str
    status: str  # IN_FORCE or PROPOSED
    title: str
    source: str  # the packaged raw source file
    derived_from: str  # how the text was derived from the source
    provisions: tuple[Provision, ...]

    @property
    def ref(self) -> str:
        return f"{self.code}@{self.name}"

    @property
    def proposed(self) -> bool:
        return self.status == PROPOSED

    @cached_property
    def _by_id(self) -> dict[str, Provision]:
        """Each id's first provision: a lookup per provision stays linear for a whole import."""
        index: dict[str, Provision] = {}
        for p in self.provisions:
            index.setdefault(p.id, p)
        return index

    def provision(self, provision_id: str) -> Provision:
        found = self._by_id.get(provision_id)
        if found is None:
            raise BadReference(f"{self.ref} has no provision {provision_id!r}")
        return found

    def get(self, provision_id: str) -> Provision | None:
        return self._by_id.get(provision_id)

    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.provisions)


@dataclass(frozen=True)
class Code:
    """A code of ethics: its id, name, the word it uses for the person served, its editions."""

    id: str
    name: str
    jurisdiction: str
    person_term: str
    editions: tuple[Edition, ...]

    def edition(self, name: str) -> Edition:
        for e in self.editions:
            if e.name == name:
                return e
        names = ", ".join(e.name for e in self.editions)
        raise BadReference(f"code {self.id!r} has no edition {name!r}; it has: {names}")


@dataclass(frozen=True)
class Corpus:
    """Every code loaded, with a version and a digest of the data it was built from."""

    codes: tuple[Code, ...]
    version: str
    sha256: str

    def code(self, code_id: str) -> Code:
        for c in self.codes:
            if c.id == code_id:
                return c
        known = ", ".join(c.id for c in self.codes)
        raise BadReference(f"unknown code {code_id!r}; known codes: {known}")

    def edition(self, code_id: str, name: str) -> Edition:
        return self.code(code_id).edition(name)

    def editions(self) -> Iterator[Edition]:
        """Every edition, in-force editions first, then proposed, each in code order."""
        all_editions = [e for c in self.codes for e in c.editions]
        yield from [e for e in all_editions if not e.proposed]
        yield from [e for e in all_editions if e.proposed]

    def resolve(self, ref: str) -> Edition:
        """`wa@draft` -> that edition; a bare `wa` -> its in-force edition."""
        code_id, sep, name = ref.partition("@")
        code = self.code(code_id)
        if sep:
            return code.edition(name)
        for e in code.editions:
            if not e.proposed:
                return e
        return code.editions[0]
