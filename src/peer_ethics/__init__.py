"""peer-ethics: codes of ethics for peer support workers as executable, citable, versioned rules."""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["Answer", "__version__", "ask"]


def ask(text: str) -> Any:
    """Answer a question in plain words on every edition: `peer_ethics.ask("…").to_dict()`.

    Returns a `peer_ethics.Answer` (typed `Any` here so that the package root, which every
    layer imports for `__version__`, names no layer above it).

    The sentence model and the codes load on the first call (about a second), not on import.
    """
    # Imported by name on first use: `import peer_ethics` stays cheap, and the package root
    # (which every layer imports for __version__) does not depend on the layers above it.
    services = importlib.import_module("peer_ethics.services")
    return services.ask(text)


def __getattr__(name: str) -> object:
    # `peer_ethics.Answer` without importing the NLP stack at `import peer_ethics`.
    if name == "Answer":
        return importlib.import_module("peer_ethics.nlp.asking").Answer
    raise AttributeError(f"module 'peer_ethics' has no attribute {name!r}")
