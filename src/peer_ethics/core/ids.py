"""Stable, citable identifiers: codes, editions, provisions and citations (SPEC §3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import BadReference

EDITION_NAMES = ("current", "draft")
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_PROVISION_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


@dataclass(frozen=True, order=True)
class EditionRef:
    """One edition of one code, written `wa@draft`."""

    code: str
    edition: str

    def __str__(self) -> str:
        return f"{self.code}@{self.edition}"

    @classmethod
    def parse(cls, text: str, default_edition: str | None = None) -> EditionRef:
        """Parse `wa@draft` (or `wa` when a default edition is given)."""
        code, sep, edition = text.strip().partition("@")
        if not sep:
            if default_edition is None:
                raise BadReference(_shape(text))
            edition = default_edition
        if not _CODE_RE.match(code) or not _CODE_RE.match(edition):
            raise BadReference(_shape(text))
        return cls(code, edition)


def _shape(text: str) -> str:
    return f"edition {text!r} is not of the form CODE@EDITION (e.g. wa@draft)"


def is_provision_id(text: str) -> bool:
    """True when `text` has the shape of a provision id (`wa.conduct.5`, `wi.11`)."""
    return bool(_PROVISION_RE.match(text))


def code_of(provision_id: str) -> str:
    """The code a provision id belongs to: `wa.conduct.5` -> `wa`."""
    return provision_id.split(".", 1)[0]


def citation(code: str, edition: str, provision: str) -> str:
    """The citation form `{code}@{edition}:{provision}`, e.g. `wa@draft:wa.conduct.5`."""
    return f"{code}@{edition}:{provision}"
