"""Load the models in the background, from before the rest of `ask` is imported.

Loading the embedding model takes ~0.45 s: reading and checking its 51 MB, importing
onnxruntime, and ORT's graph optimisation; the issue encoder (`encoder.py`, 23 MB) loads the same
way on a second thread. Reading, hashing and optimising are native code that releases the GIL,
so `peer-ethics ask` starts the loads first thing and imports the codes, the readers and the
classifier meanwhile. The files are read and checked before anything heavy is imported here.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .embedder import Embedder
    from .encoder import IssueEncoder

_pool: ThreadPoolExecutor | None = None
_pending: Future[Embedder] | None = None
_encoder_pool: ThreadPoolExecutor | None = None
_encoder_pending: Future[IssueEncoder] | None = None
_lock = threading.Lock()  # two first questions at once (web threads) start one load


def _load() -> Embedder:
    from .model_files import read_model_files

    model, tokenizer = read_model_files()
    from .embedder import Embedder, onnx_threads

    return Embedder(model, tokenizer, onnx_threads())


def _load_encoder() -> IssueEncoder:
    from .embedder import onnx_threads
    from .encoder import load_encoder

    return load_encoder(threads=onnx_threads())


def start() -> None:
    """Start loading the models, once per process (a no-op when it has started)."""
    global _pool, _pending, _encoder_pool, _encoder_pending
    with _lock:
        if _pending is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
            _pending = _pool.submit(_load)
        if _encoder_pending is None:
            _encoder_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encoder")
            _encoder_pending = _encoder_pool.submit(_load_encoder)


def embedder() -> Embedder:
    """The loaded model (starting the load when nobody has); a load error is raised here, and
    the next call tries again (e.g. once the cache folder has been made writable)."""
    global _pending
    start()
    pending, pool = _pending, _pool
    assert pending is not None and pool is not None
    try:
        loaded = pending.result()
    except BaseException:
        with _lock:
            if _pending is pending:
                _pending = None
        raise
    finally:
        pool.shutdown(wait=False)
    return loaded


def encoder() -> IssueEncoder:
    """The loaded issue encoder (as `embedder`: a load error is raised here, then retried)."""
    global _encoder_pending
    start()
    pending, pool = _encoder_pending, _encoder_pool
    assert pending is not None and pool is not None
    try:
        loaded = pending.result()
    except BaseException:
        with _lock:
            if _encoder_pending is pending:
                _encoder_pending = None
        raise
    finally:
        pool.shutdown(wait=False)
    return loaded
