"""The shipped model files: checked before use, in step with the labelled data, deterministic."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from peer_ethics.core.errors import CorpusError
from peer_ethics.nlp import model_files
from peer_ethics.nlp.artefacts import load_issue_model
from peer_ethics.nlp.embedder import (
    MODEL_SHA256,
    default_embedder,
    load_embedder,
    model_file,
    source_file,
    tokenizer_file,
)
from peer_ethics.nlp.labelled import digest, load_labelled


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model.onnx"
    shutil.copyfile(model_file(), copy)
    with copy.open("r+b") as fh:
        fh.seek(1000)
        byte = fh.read(1)
        fh.seek(1000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(CorpusError, match="sha256"):
        load_embedder(copy, tokenizer_file())


def test_the_model_derived_from_the_pinned_package_is_byte_identical_to_the_pinned_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PEER_ETHICS_CACHE_DIR", str(tmp_path))
    derived = model_file()
    assert derived.parent == tmp_path
    assert model_files.sha256_of(derived) == MODEL_SHA256
    assert sorted(p.name for p in tmp_path.iterdir()) == [derived.name]  # no temporary left
    # The quantiser's advice on its own logger is not shown to whoever runs `make install`.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert logging.getLogger().level == logging.WARNING


def test_a_tampered_package_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "model.onnx"
    bad.write_bytes(source_file().read_bytes()[:-1] + b"\0")
    monkeypatch.setenv("PEER_ETHICS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(model_files, "source_file", lambda: bad)
    with pytest.raises(CorpusError, match="expected 8199be6f"):
        model_file()
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_folder_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PEER_ETHICS_CACHE_DIR", str(blocker / "cache"))
    with pytest.raises(CorpusError, match="set PEER_ETHICS_CACHE_DIR to a writable folder"):
        model_file()


def test_the_issue_model_was_trained_on_the_current_train_split() -> None:
    # Fails when labelled data changed without `python scripts/build_nlp.py`.
    assert load_issue_model().data_sha256 == digest(load_labelled("train"))


def test_embeddings_are_unit_length_deterministic_and_meaningful() -> None:
    e = default_embedder()
    gift = e.embed("my client offered me a twenty dollar gift card")
    again = e.embed("my client offered me a twenty dollar gift card")
    cash = e.embed("the person I support tried to hand me some cash")
    weather = e.embed("it is raining again in Seattle this afternoon")
    assert abs(float(np.linalg.norm(gift)) - 1.0) < 1e-5
    assert np.array_equal(gift, again)
    assert float(gift @ cash) > float(gift @ weather)


def test_import_peer_ethics_does_not_load_the_nlp_stack() -> None:
    code = (
        "import sys, peer_ethics; "
        "print(any(m.startswith(('onnxruntime', 'tokenizers', 'bm25s', 'peer_ethics.nlp')) "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_public_api_answers_in_the_spec_shape() -> None:
    import peer_ethics

    answer = peer_ethics.ask("my client wants to borrow $40 until friday")
    assert isinstance(answer, peer_ethics.Answer)
    data = answer.to_dict()
    assert data["issues"][0] == "lend_borrow"
    assert {"query", "facts", "questions", "determinations", "related", "corpus"} <= set(data)
    assert sorted(peer_ethics.__all__) == ["Answer", "__version__", "ask"]


def test_every_bundled_provision_has_a_cached_vector() -> None:
    # A provision text changed without `python scripts/build_nlp.py` is embedded at start-up:
    # correct, but it costs every cold start; this keeps the shipped cache complete.
    from peer_ethics.loading.rules import load_rulebook
    from peer_ethics.nlp.artefacts import vectors_path
    from peer_ethics.nlp.retrieval import read_vectors, text_key

    cached = read_vectors(vectors_path())
    texts = {p.text for e in load_rulebook().corpus.editions() for p in e.provisions}
    assert sorted(t[:40] for t in texts if text_key(t) not in cached) == []


def test_a_failed_model_load_is_raised_and_the_next_question_tries_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peer_ethics.nlp import preload

    monkeypatch.setattr(preload.MODEL, "pending", None)
    monkeypatch.setattr(preload.MODEL, "pool", None)
    calls: list[int] = []

    def missing(*_: object) -> tuple[bytes, str]:
        calls.append(1)
        raise CorpusError("embedding model file /x is missing; run `make install`")

    monkeypatch.setattr(model_files, "read_model_files", missing)
    for _ in range(2):
        with pytest.raises(CorpusError, match="is missing"):
            preload.embedder()
    assert len(calls) == 2  # not a remembered failure: each question tries again
    monkeypatch.undo()
    monkeypatch.setattr(preload.MODEL, "pending", None)
    monkeypatch.setattr(preload.MODEL, "pool", None)
    assert preload.embedder().embed("a gift").shape == (384,)
