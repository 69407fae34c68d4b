"""The trained artefacts `ask` ships with, and how they are found and checked.

`nlp/data/issue_model.json` (the issue classifier) and `nlp/data/provision_vectors.json` (cached
provision embeddings) are built by `scripts/build_nlp.py` from the labelled situations and the
bundled codes; `nlp/data/abstention.json` (calibration and thresholds) by
`scripts/choose_thresholds.py` from leave-one-author-out readings. All are committed: a fresh
clone answers without a build step. The first two name the embedding model's sha256 they were
made with; a mismatch is an error, not a silent fallback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from peer_ethics.core.errors import CorpusError

from .abstention import PASS_THROUGH, Abstention, read_abstention
from .classifier import IssueModel, read_model
from .embedder import MODEL_SHA256


def data_dir() -> Path:
    return Path(str(resources.files("peer_ethics.nlp") / "data"))


def issue_model_path() -> Path:
    return data_dir() / "issue_model.json"


def vectors_path() -> Path:
    return data_dir() / "provision_vectors.json"


def load_issue_model(path: Path | None = None) -> IssueModel:
    target = path or issue_model_path()
    if not target.is_file():
        raise CorpusError(f"issue model {target} is missing; build it: python scripts/build_nlp.py")
    model = read_model(target)
    if model.model_sha256 != MODEL_SHA256:
        raise CorpusError(
            f"issue model {target} was trained with another embedding model "
            f"({model.model_sha256[:12]}…); rebuild it: python scripts/build_nlp.py"
        )
    return model


def abstention_path() -> Path:
    return data_dir() / "abstention.json"


def load_abstention(path: Path | None = None) -> Abstention:
    """The shipped thresholds; without the file, every issue taken is answered (PASS_THROUGH)."""
    target = path or abstention_path()
    if not target.is_file():
        return PASS_THROUGH
    return read_abstention(target)
