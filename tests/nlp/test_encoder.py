"""The shipped issue encoder: checked before use, in step with the labelled data, and sensible."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peer_ethics.core.errors import CorpusError
from peer_ethics.loading.rules import load_rulebook
from peer_ethics.nlp.encoder import load_encoder, meta_path, model_path, read_meta
from peer_ethics.nlp.labelled import digest, load_labelled
from peer_ethics.nlp.model_files import sha256_of


def test_the_shipped_encoder_matches_its_pinned_sha256() -> None:
    assert sha256_of(model_path()) == read_meta().sha256


def test_a_tampered_encoder_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "issue_encoder.onnx"
    shutil.copyfile(model_path(), copy)
    with copy.open("r+b") as fh:
        fh.seek(5000)
        byte = fh.read(1)
        fh.seek(5000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(CorpusError, match="sha256"):
        load_encoder(copy, meta_path())


def test_the_encoder_was_trained_on_the_current_train_split() -> None:
    # Fails when labelled data changed without `make model` (scripts/train_reader.py).
    assert read_meta().data_sha256 == digest(load_labelled("train"))


def test_the_encoder_names_the_vocabulary_issues_in_order() -> None:
    assert read_meta().issues == tuple(i.id for i in load_rulebook().vocabulary.issues)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("the woman I support wants to borrow forty bucks from me till payday", "lend_borrow"),
        (
            "a guy I used to work with as his peer specialist asked me on a date",
            "sexual_relationship",
        ),
        ("my client knitted me a scarf for the holidays, can I take it?", "accept_gift"),
        ("he told me he's going to hurt his roommate tonight", "harm_threat"),
        ("my supervisor wants to know what my client told me in session", "confidentiality"),
    ],
)
def test_the_encoder_reads_its_issue_first_in_new_wordings(text: str, issue: str) -> None:
    encoder = load_encoder()
    probs = dict(zip(encoder.issues, encoder.probabilities(text), strict=True))
    assert max(probs, key=lambda i: probs[i]) == issue
    assert probs[issue] > 0.5


def test_unrelated_words_raise_no_issue_surely() -> None:
    encoder = load_encoder()
    assert max(encoder.probabilities("the bus to the library was late again this morning")) < 0.5


def test_the_same_text_gets_the_same_probabilities() -> None:
    encoder = load_encoder()
    text = "my client offered me a twenty dollar gift card"
    assert encoder.probabilities(text).tolist() == encoder.probabilities(text).tolist()
