"""Related provisions: fused ranking, per-edition limits, stable ties, bm25s's own words."""

from __future__ import annotations

import bm25s
import pytest

from peer_ethics.nlp.asking import Asker
from peer_ethics.nlp.labelled import load_labelled
from peer_ethics.nlp.retrieval import PER_EDITION
from peer_ethics.services.ask import _asker


@pytest.fixture(scope="module")
def asker() -> Asker:
    return _asker()


def test_the_question_is_tokenised_exactly_as_bm25s_does(asker: Asker) -> None:
    extra = " I'm DON'T naïve café_au 12 a x"
    for x in load_labelled():
        text = x.text + extra
        expected = bm25s.tokenize([text], stopwords="en", return_ids=False, show_progress=False)
        assert asker.index.tokens(text) == expected[0], x.id


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
