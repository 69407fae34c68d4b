"""peer-ethics: codes of ethics for peer support workers, as executable, citable, versioned rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from peer_ethics.nlp.asking import Answer

__all__ = ["Answer", "__version__", "ask"]


def ask(text: str) -> Answer:
    """Answer a question in plain words on every edition: `peer_ethics.ask("…").to_dict()`.

    The sentence model and the codes load on the first call (about a second), not on import.
    """
    from peer_ethics.services import ask as _ask

    return _ask(text)


def __getattr__(name: str) -> object:
    # `peer_ethics.Answer` without importing the NLP stack at `import peer_ethics`.
    if name == "Answer":
        from peer_ethics.nlp.asking import Answer

        return Answer
    raise AttributeError(f"module 'peer_ethics' has no attribute {name!r}")
