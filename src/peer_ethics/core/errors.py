"""The exception tree every layer raises and every adapter maps to a one-line message.

PeerEthicsError            anything a user can cause; `str(e)` is the one-line message
 +-- BadReference          an unknown or malformed code, edition or provision id
 +-- BadInput              input a user gave that is not of the accepted form
 |    +-- RedlineSyntaxError   malformed redline markup (names line and column)
 +-- CorpusError           bundled or user-supplied rule data is inconsistent
 +-- NormConflict          two norms of one edition disagree at equal priority
"""

from __future__ import annotations


class PeerEthicsError(Exception):
    """Base of every error a user can cause; the message is one line."""


class BadReference(PeerEthicsError):
    """An unknown or malformed code, edition or provision id."""


class BadInput(PeerEthicsError):
    """Input that is not of the accepted form."""


class RedlineSyntaxError(BadInput):
    """Malformed redline markup, located by line and column (1-based)."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"line {line}, column {column}: {message}")
        self.line = line
        self.column = column


class CorpusError(PeerEthicsError):
    """Rule data (sources, readings, norms, cases) that does not fit together."""


class NormConflict(PeerEthicsError):
    """Two norms of one edition give different verdicts at equal priority."""
