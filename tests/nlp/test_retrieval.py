"""Related provisions: fused ranking, per-edition limits, stable ties, scores equal to bm25s's."""

from __future__ import annotations

import bm25s
import numpy as np
import pytest

from peer_ethics.nlp.asking import Asker
from peer_ethics.nlp.labelled import load_labelled
from peer_ethics.nlp.lexical import Bm25, tokens
from peer_ethics.nlp.retrieval import PER_EDITION
from peer_ethics.services.ask import _asker
from peer_ethics.services.check import rulebook


@pytest.fixture(scope="module")
def asker() -> Asker:
    return _asker()


def _documents() -> list[str]:
    return [p.text for e in rulebook().editions() for p in e.provisions]


def test_questions_are_tokenised_exactly_as_bm25s_does() -> None:
    extra = " I'm DON'T naïve café_au 12 a x THE Then"
    for x in load_labelled():
        text = x.text + extra
        expected = bm25s.tokenize([text], stopwords="en", return_ids=False, show_progress=False)
        assert tokens(text) == expected[0], x.id


def test_bm25_scores_equal_bm25s_on_every_labelled_question() -> None:
    docs = _documents()
    ours = Bm25(docs)
    theirs = bm25s.BM25()
    theirs.index(bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False)
    questions = [x.text for x in load_labelled()] + ["supervisor supervisor", "zzz qqq", ""]
    for q in questions:
        ids = theirs.get_tokens_ids(tokens(q))
        expected = theirs.get_scores_from_ids(ids) if ids else np.zeros(len(docs))
        np.testing.assert_allclose(ours.scores(q), expected, rtol=1e-5, atol=1e-6, err_msg=q)


def test_a_recognised_issue_and_a_citation_lift_their_provisions(asker: Asker) -> None:
    text = "my client handed me a fifty after group"
    vector = asker.embedder.embed(text)
    plain = asker.index.rank(text, vector, ())
    cited = asker.index.rank(
        text, vector, ("accept_gift",), frozenset({("wa@current", "wa.conduct.5")})
    )
    first_wa = next(r for r in cited if (r.code, r.edition) == ("wa", "current"))
    assert first_wa.provision == "wa.conduct.5"
    before = [r.score for r in plain if r.provision == "wa.conduct.5"]
    assert before == [] or first_wa.score > before[0]


def test_each_edition_lists_at_most_its_share_best_first_ties_by_id(asker: Asker) -> None:
    text = "can I tell my supervisor what my participant told me"
    ranked = asker.index.rank(text, asker.embedder.embed(text), ("confidentiality",))
    editions = {(r.code, r.edition) for r in ranked}
    assert editions == {("wa", "current"), ("wa", "draft"), ("wi", "current")}
    for code, edition in editions:
        mine = [r for r in ranked if (r.code, r.edition) == (code, edition)]
        assert len(mine) == PER_EDITION
    keys = [(-r.score, r.code != "wa" or r.edition != "current", r.provision) for r in ranked]
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)
    assert len(keys) == len(set(keys))
