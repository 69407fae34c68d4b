"""Load the embedding model in the background, from before the rest of `ask` is imported.

Loading the model takes ~0.45 s: reading and checking its 51 MB, importing onnxruntime, and
ORT's graph optimisation. Reading, hashing and optimising are native code that releases the GIL,
so `peer-ethics ask` starts the load first thing and imports the codes, the readers and the
classifier meanwhile. The files are read and checked before anything heavy is imported here.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .embedder import Embedder

_pool: ThreadPoolExecutor | None = None
_pending: Future[Embedder] | None = None
_lock = threading.Lock()  # two first questions at once (web threads) start one load


def _load() -> Embedder:
    from .model_files import read_model_files

    model, tokenizer = read_model_files()
    from .embedder import Embedder, onnx_threads

    return Embedder(model, tokenizer, onnx_threads())


def start() -> None:
    """Start loading the model, once per process (a no-op when it has started)."""
    global _pool, _pending
    with _lock:
        if _pending is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
            _pending = _pool.submit(_load)


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
