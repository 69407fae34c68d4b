"""The root conftest.py makes each YAML case under codes/<code>/tests/ one pytest item."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent

CASES = """
cases:
  - name: A client offers me a $20 gift card
    issue: accept_gift
    facts: {person: current_client, object_kind: money, value_dollars: 20}
    expect:
      wa@current: {verdict: prohibited, provisions: [wa.conduct.5]}
  - name: A client offers me cash and I expect the wrong answer
    issue: accept_gift
    facts: {person: current_client, object_kind: money, value_dollars: 20}
    expect:
      wa@draft: permitted
"""


def test_each_case_is_an_item_and_a_failure_names_case_file_edition_verdicts_and_norms(
    tmp_path: Path,
) -> None:
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    folder = tmp_path / "codes" / "wa" / "tests"
    folder.mkdir(parents=True)
    (folder / "gifts.yaml").write_text(CASES, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rf", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 1, out
    assert "1 failed, 1 passed" in out
    assert "case: A client offers me cash and I expect the wrong answer" in out
    assert (
        "wa/tests/gifts.yaml: case «A client offers me cash and I expect the wrong answer» on "
        "wa@draft: expected permitted [], got prohibited [wa.conduct.5] from norms [wa."
    ) in out
    assert "Traceback" not in out
