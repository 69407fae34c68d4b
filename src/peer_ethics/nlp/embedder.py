"""Sentence embeddings: all-MiniLM-L6-v2's first two layers on onnxruntime, from checked bytes.

Which files, and what they must hash to: `model_files.py`. The model is built from the bytes
that were checked (nothing is read twice), and loads once per process, in the background when
`peer-ethics ask` starts it (`preload.py`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .model_files import (
    MODEL_ID,
    MODEL_SHA256,
    SOURCE_SHA256,
    TOKENIZER_SHA256,
    model_file,
    read_model_files,
    source_file,
    tokenizer_file,
)

__all__ = [
    "DIMENSION",
    "MODEL_ID",
    "MODEL_SHA256",
    "SOURCE_SHA256",
    "TOKENIZER_SHA256",
    "Embedder",
    "Vector",
    "default_embedder",
    "load_embedder",
    "model_file",
    "onnx_threads",
    "source_file",
    "tokenizer_file",
]

DIMENSION = 384
# Long stories are embedded on their first 256 word pieces, as the model was trained.
MAX_TOKENS = 256

Vector = npt.NDArray[np.float32]


class Embedder:
    """Turns a text into one L2-normalised 384-dimensional vector (mean pooling, as trained)."""

    def __init__(self, model: bytes, tokenizer_json: str, threads: int = 1) -> None:
        """From the model's ONNX bytes and the tokenizer's JSON, both already checked."""
        from .onnx_session import open_session

        # The shipped file pads to 128; one unpadded text per run is faster and gives every
        # text the same vector whatever else is being embedded.
        session, tokenizer = open_session(model, tokenizer_json, MAX_TOKENS, threads)
        self._session: Any = session
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


def load_embedder(model_path: Path, tokenizer_path: Path, threads: int = 1) -> Embedder:
    """A model from these files, once they hash to the pinned values (CorpusError if not)."""
    return Embedder(*read_model_files(model_path, tokenizer_path), threads)


def default_embedder() -> Embedder:
    """The pinned model, loaded and checked once per process (see `preload.py`)."""
    from . import preload

    return preload.embedder()


def onnx_threads() -> int:
    """$PEER_ETHICS_ONNX_THREADS, else two (or one on a one-core machine)."""
    raw = os.environ.get("PEER_ETHICS_ONNX_THREADS", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return min(2, os.cpu_count() or 1)


if __name__ == "__main__":  # `make install`: derive and check the model once, ahead of use
    print(model_file())
