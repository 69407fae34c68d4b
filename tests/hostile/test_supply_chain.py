"""Family: supply chain. Every pinned package is installed only with its recorded sha256."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pins(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s\\;]+)", line)
        if m:
            out[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return out


def test_the_lock_has_every_pin_at_its_version_with_hashes() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    locked = _pins(lock)
    pinned = _pins((ROOT / "constraints.txt").read_text(encoding="utf-8"))
    missing = {n: v for n, v in pinned.items() if locked.get(n) != v}
    assert not missing, f"run `make lock`: {missing}"
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n\n", 1)[-1]):
        if re.match(r"^[A-Za-z0-9]", block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
    assert "setuptools" in locked and "wheel" in locked  # the build tools too


def test_make_installs_with_require_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install = [
        line for line in makefile.splitlines() if "pip install" in line and "lock" not in line
    ]
    assert any(
        "--require-hashes" in line and "requirements.lock" in line for line in makefile.splitlines()
    )
    assert all("--no-deps" in line for line in install if "$(BIN)/pip" in line), install
