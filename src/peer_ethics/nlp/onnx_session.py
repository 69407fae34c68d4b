"""One ONNX Runtime session and its tokenizer, set up the same way for every model `ask` runs."""

from __future__ import annotations

import os
from typing import Any


def open_session(
    model: bytes, tokenizer_json: str, max_tokens: int, threads: int
) -> tuple[Any, Any]:
    """(session, tokenizer) for checked model bytes: telemetry off, one text a run (no padding).

    No spin-waiting: spinning threads starve the other processes on a shared machine. Threads:
    two halve a single question's latency on 2 cores; a server running one worker process per
    core wants one each (`peer-ethics serve --workers N` sets PEER_ETHICS_ONNX_THREADS=1).
    """
    # onnxruntime records telemetry events (a device id, the OS, the program's path) in
    # ~/.cache/Microsoft unless told not to, before anything else: nothing is kept.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime as ort
    from tokenizers import Tokenizer

    ort.disable_telemetry_events()
    tokenizer = Tokenizer.from_str(tokenizer_json)
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.no_padding()
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
    return session, tokenizer
