"""Load the models in the background, from before the rest of `ask` is imported.

Loading the embedding model takes ~0.45 s: reading and checking its 51 MB, importing
onnxruntime, and ORT's graph optimisation; the issue encoder (`encoder.py`, 23 MB) loads the same
way on a second thread. Reading, hashing and optimising are native code that releases the GIL,
so `peer-ethics ask` starts the loads first thing and imports the codes, the readers and the
classifier meanwhile. The files are read and checked before anything heavy is imported here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from .embedder import Embedder
    from .encoder import IssueEncoder

T = TypeVar("T")
_lock = threading.Lock()  # two first questions at once (web threads) start one load


class _Background(Generic[T]):
    """One model loaded on its own thread, once per process; a failed load is raised to the
    caller and the next call tries again (e.g. once the cache folder has been made writable)."""

    def __init__(self, name: str, load: Callable[[], T]) -> None:
        self.name = name
        self.load = load
        self.pool: ThreadPoolExecutor | None = None
        self.pending: Future[T] | None = None

    def start(self) -> None:
        """Call with `_lock` held."""
        if self.pending is None:
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
            self.pending = self.pool.submit(self.load)

    def result(self) -> T:
        start()
        pending, pool = self.pending, self.pool
        assert pending is not None and pool is not None
        try:
            return pending.result()
        except BaseException:
            with _lock:
                if self.pending is pending:
                    self.pending = None
            raise
        finally:
            pool.shutdown(wait=False)


def _load() -> Embedder:
    from .model_files import read_model_files

    model, tokenizer = read_model_files()
    from .embedder import Embedder, onnx_threads

    return Embedder(model, tokenizer, onnx_threads())


def _load_encoder() -> IssueEncoder:
    from .embedder import onnx_threads
    from .encoder import load_encoder

    return load_encoder(threads=onnx_threads())


MODEL: _Background[Embedder] = _Background("model", _load)
ENCODER: _Background[IssueEncoder] = _Background("encoder", _load_encoder)


def start() -> None:
    """Start loading the models, once per process (a no-op when it has started)."""
    with _lock:
        MODEL.start()
        ENCODER.start()


def embedder() -> Embedder:
    """The loaded embedding model (starting the load when nobody has)."""
    return MODEL.result()


def encoder() -> IssueEncoder:
    """The loaded issue encoder (as `embedder`)."""
    return ENCODER.result()
