"""The issue encoder: all-MiniLM-L6-v2 fine-tuned for issues, one probability per issue.

Trained by `scripts/train_reader.py` (`make model`, in its own environment with torch) on the
train split of the labelled situations, exported to ONNX and quantised to uint8. It ships as
`nlp/data/issue_encoder.onnx` with `issue_encoder.json` beside it: the file's sha256 (checked on
the very bytes that are parsed, at every load), the labelled-data digest it was trained from, its
issues in output order and the training settings. The tokenizer is the embedder's
(`nlp/data/tokenizer.json`, checked too). Nothing here needs torch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from peer_ethics.core.errors import CorpusError

from .model_files import TOKENIZER_SHA256, read_checked, tokenizer_file

RETRAIN = "rebuild it: make model"

Probabilities = npt.NDArray[np.float64]


@dataclass(frozen=True)
class EncoderMeta:
    """What `issue_encoder.json` says about the model file."""

    sha256: str
    data_sha256: str
    issues: tuple[str, ...]
    max_tokens: int
    settings: dict[str, object]


def data_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("peer_ethics.nlp") / "data"))


def model_path() -> Path:
    return data_dir() / "issue_encoder.onnx"


def meta_path() -> Path:
    return data_dir() / "issue_encoder.json"


def read_meta(path: Path | None = None) -> EncoderMeta:
    target = path or meta_path()
    try:
        doc: Any = json.loads(target.read_text(encoding="utf-8"))
        return EncoderMeta(
            sha256=str(doc["sha256"]),
            data_sha256=str(doc["data_sha256"]),
            issues=tuple(str(i) for i in doc["issues"]),
            max_tokens=int(doc["max_tokens"]),
            settings=dict(doc["settings"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f"issue encoder {target} is unreadable ({exc}); {RETRAIN}") from None


class IssueEncoder:
    """P(issue | text) for every issue the model was trained on, from checked bytes."""

    def __init__(
        self,
        model: bytes,
        tokenizer_json: str,
        issues: tuple[str, ...],
        max_tokens: int,
        threads: int = 1,
    ) -> None:
        from .onnx_session import open_session

        session, tokenizer = open_session(model, tokenizer_json, max_tokens, threads)
        self._session: Any = session
        self._tokenizer: Any = tokenizer
        self.issues = issues

    def logits(self, text: str) -> Probabilities:
        ids = np.asarray([self._tokenizer.encode(text).ids], dtype=np.int64)
        out: npt.NDArray[np.float32] = self._session.run(None, {"input_ids": ids})[0][0]
        return out.astype(np.float64)

    def probabilities(self, text: str) -> Probabilities:
        """One probability per issue, in `self.issues` order."""
        z = self.logits(text)
        p: Probabilities = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return p


def load_encoder(
    model: Path | None = None, meta: Path | None = None, threads: int = 1
) -> IssueEncoder:
    """The shipped encoder, once its bytes hash to the sha256 its JSON pins (CorpusError if not)."""
    info = read_meta(meta)
    data = read_checked(model or model_path(), info.sha256, "issue encoder")
    tokenizer = read_checked(tokenizer_file(), TOKENIZER_SHA256, "tokenizer")
    return IssueEncoder(data, tokenizer.decode("utf-8"), info.issues, info.max_tokens, threads)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
