"""The services package: every use case it lists is there, and `ask` does not load the rest."""

from __future__ import annotations

import subprocess
import sys

import pytest

import peer_ethics.services as services


def test_every_listed_use_case_resolves_to_its_function_or_class() -> None:
    for name in services.__all__:
        value = getattr(services, name)
        assert callable(value), name
        assert value.__name__ == name, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_use_case"):
        services.no_such_use_case  # type: ignore[attr-defined]  # noqa: B018


def test_the_ask_use_case_loads_neither_analysis_nor_browsing() -> None:
    probe = (
        "import sys, peer_ethics.services as s; s.ask; "
        "print(sorted(m for m in sys.modules if m.startswith('peer_ethics.services.')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['peer_ethics.services.ask', 'peer_ethics.services.check']"
