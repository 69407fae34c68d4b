"""Load the rulebook: the corpus, the situation model and every edition's norms."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from peer_ethics.core.corpus import Corpus
from peer_ethics.core.errors import CorpusError
from peer_ethics.core.norms import NormSet, check
from peer_ethics.core.rulebook import Rulebook

from .codes import load_corpus
from .norms import parse_normset
from .vocabulary import load_vocabulary, read_yaml

Dir = Path | resources.abc.Traversable


def packaged_code_dirs(corpus: Corpus) -> tuple[Dir, ...]:
    root = resources.files("peer_ethics") / "codes"
    return tuple(root / c.id for c in corpus.codes)


@lru_cache(maxsize=1)
def load_rulebook() -> Rulebook:
    """The bundled codes, ready to evaluate (loaded once per process)."""
    corpus = load_corpus()
    return build_rulebook(corpus, packaged_code_dirs(corpus))


def build_rulebook(corpus: Corpus, code_dirs: tuple[Dir, ...]) -> Rulebook:
    """Norms from `<code dir>/norms/<edition>.yaml`, base editions before their reforms."""
    vocab = load_vocabulary(code_dirs)
    issue_ids = tuple(i.id for i in vocab.issues)
    normsets: list[NormSet] = []
    for code, directory in zip(corpus.codes, code_dirs, strict=True):
        docs = {}
        for edition in code.editions:
            path = directory / "norms" / f"{edition.name}.yaml"
            if not path.is_file():
                raise CorpusError(f"{edition.ref} has no norm file {path}")
            docs[edition.name] = (str(path), read_yaml(path, "norms"))
        loaded: dict[str, NormSet] = {}
        pending = dict(docs)
        while pending:
            ready = [
                n
                for n, (_, d) in pending.items()
                if not isinstance(d, dict) or "base" not in d or d["base"] in loaded
            ]
            if not ready:
                raise CorpusError(f"{code.id}: norm files' bases form a cycle or name no edition")
            for name in ready:
                where, doc = pending.pop(name)
                loaded[name] = parse_normset(doc, vocab, where, loaded)
        for edition in code.editions:
            for provision in edition.provisions:
                unknown = sorted(set(provision.topics) - set(issue_ids))
                if unknown:
                    raise CorpusError(
                        f"{code.id}/code.yaml: {provision.id} has unknown topics {unknown}; "
                        f"topics are issue ids of the situation model: {', '.join(issue_ids)}"
                    )
            ns = loaded[edition.name]
            if (ns.code, ns.edition) != (code.id, edition.name):
                raise CorpusError(f"{edition.ref}: its norm file says {ns.code}@{ns.edition}")
            check(ns, edition.ids(), issue_ids)
            normsets.append(ns)
    return Rulebook(corpus, vocab, tuple(normsets))
