"""pytest plugin: every YAML case in `src/peer_ethics/codes/*/tests/*.yaml` is one test item.

OpenFisca-style: the cases sit beside the norms they test, and a failure names the case, its
file, the edition, the expected and the actual verdict and provisions, and the deciding norms.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from peer_ethics import services
from peer_ethics.core.cases import Case


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if (
        file_path.suffix == ".yaml"
        and file_path.parent.name == "tests"
        and file_path.parent.parent.parent.name == "codes"
    ):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFailed(Exception):
    """A case whose verdicts or provisions differ from what it expects."""


class CaseFile(pytest.File):
    def collect(self) -> Iterator[CaseItem]:
        for case in services.cases(self.path):
            yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseItem(pytest.Item):
    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        (outcome,) = services.run_cases((self.case,))
        if not outcome.passed:
            raise CaseFailed("\n".join(outcome.failures))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"case: {self.case.name}"
