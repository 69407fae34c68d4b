"""The closed condition language: parsing, three-valued evaluation, residuals and plain words."""

from __future__ import annotations

import pytest

from peer_ethics.core import conditions as c
from peer_ethics.core.errors import CorpusError
from peer_ethics.loading.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def parse(data: object) -> c.Condition:
    return c.parse(data, VOCAB, "test")


FORMER_WITHIN_YEAR = {
    "all": [
        {"fact": "person", "eq": "former_client"},
        {"fact": "months_since_services_ended", "lt": 12},
    ]
}


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({}, None),
        ({"person": "current_client"}, False),  # one false operand settles an `all`
        ({"person": "former_client"}, None),
        ({"person": "former_client", "months_since_services_ended": 11.0}, True),
        ({"person": "former_client", "months_since_services_ended": 12.0}, False),
        ({"months_since_services_ended": 30.0}, False),
    ],
)
def test_all_is_three_valued(facts: dict[str, object], expected: bool | None) -> None:
    assert c.evaluate(parse(FORMER_WITHIN_YEAR), facts) is expected  # type: ignore[arg-type]


def test_any_is_settled_by_one_true_operand_even_with_unknowns() -> None:
    cond = parse(
        {"any": [{"fact": "object_kind", "eq": "money"}, {"fact": "value_dollars", "gt": 0}]}
    )
    assert c.evaluate(cond, {"object_kind": "money"}) is True
    assert c.evaluate(cond, {"object_kind": "item"}) is None
    assert c.evaluate(cond, {"object_kind": "item", "value_dollars": 0.0}) is False


def test_not_keeps_unknown_unknown() -> None:
    cond = parse({"not": {"fact": "harm_intent", "is": True}})
    assert c.evaluate(cond, {}) is None
    assert c.evaluate(cond, {"harm_intent": False}) is True


def test_render_pushes_negation_into_the_facts_own_words() -> None:
    cond = parse({"not": FORMER_WITHIN_YEAR})
    assert c.render(cond, VOCAB) == (
        "the other person is someone you currently support or the other person is a family "
        "member of someone you support or the other person is a member of your own family or "
        "the other person is a former romantic or sexual partner or the other person is someone "
        "else or services ended 12 months ago or more"
    )


def test_render_brackets_compound_parts_but_not_words_containing_or() -> None:
    cond = parse(
        {
            "any": [
                {"fact": "object_kind", "eq": "money"},
                {
                    "all": [
                        {"fact": "object_kind", "eq": "item"},
                        {"fact": "value_dollars", "gt": 25},
                    ]
                },
            ]
        }
    )
    assert c.render(cond, VOCAB) == (
        "it is money or a cash equivalent or "
        "(it is an item, not money and it is worth more than $25)"
    )


def test_residual_says_only_what_is_still_open() -> None:
    cond = parse(FORMER_WITHIN_YEAR)
    rest = c.residual(cond, {"person": "former_client"})
    assert c.render(rest, VOCAB) == "services ended less than 12 months ago"
    assert c.residual(cond, {"person": "other"}) == c.Const(False)


def test_covers_all_knows_when_alternatives_are_exhaustive() -> None:
    yes = parse({"fact": "dual_avoidable", "is": True})
    no = parse({"fact": "dual_avoidable", "is": False})
    assert c.covers_all((yes, no), VOCAB)
    assert not c.covers_all((yes,), VOCAB)


def test_thresholds_and_candidate_values_straddle_every_limit() -> None:
    cond = parse(FORMER_WITHIN_YEAR)
    assert c.thresholds(cond) == {"months_since_services_ended": {12.0}}
    spec = VOCAB.fact("months_since_services_ended")
    assert c.candidate_values(spec, {12.0}) == (0.0, 11.0, 12.0, 13.0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"fact": "nope", "eq": 1}, "unknown fact 'nope'"),
        ({"fact": "person", "eq": "neighbour"}, "has no option 'neighbour'"),
        ({"fact": "person", "lt": 3}, "takes eq, ne or in"),
        ({"fact": "harm_intent", "eq": True}, "use `is: true`"),
        ({"fact": "value_dollars", "gt": "ten"}, "compares with a number"),
        ({"all": []}, "non-empty list"),
        ({"maybe": 1}, "expected one of all, any, not, fact"),
        ({"fact": "person", "eq": "other", "ne": "other"}, "one operator"),
        ([1, 2], "a condition is a mapping"),
    ],
)
def test_bad_conditions_are_rejected_with_what_is_accepted(data: object, message: str) -> None:
    with pytest.raises(CorpusError, match="test: ") as err:
        parse(data)
    assert message in str(err.value)
