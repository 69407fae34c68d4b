"""Ask: plain words in, the JSON of `peer-ethics ask --json` out; the Ask page without JS."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from peer_ethics import services

from .conftest import HTML

GIFT = "My client offered me a $20 gift card for my birthday."


def test_ask_returns_the_ask_json(client: TestClient) -> None:
    got = client.post("/api/v1/ask", json={"text": GIFT})
    assert got.status_code == 200
    assert got.json() == services.ask(GIFT).to_dict()
    body = got.json()
    assert body["query"] == GIFT
    wa = body["determinations"][0]
    assert (wa["code"], wa["edition"], wa["verdict"]) == ("wa", "current", "prohibited")
    assert wa["quotes"]["wa.conduct.5"]
    assert body["corpus"] == services.corpus_stamp()


def test_ask_is_deterministic_to_the_byte(client: TestClient) -> None:
    first = client.post("/api/v1/ask", json={"text": GIFT}).content
    assert client.post("/api/v1/ask", json={"text": GIFT}).content == first


def test_answers_to_follow_ups_refine_the_answer(client: TestClient) -> None:
    vague = client.post("/api/v1/ask", json={"text": "my client offered me a gift"}).json()
    assert any(d["verdict"] == "conditional" for d in vague["determinations"])
    assert "object_kind" in [q["fact"] for q in vague["questions"]]
    refined = client.post(
        "/api/v1/ask",
        json={"text": "my client offered me a gift", "answers": {"object_kind": "money"}},
    ).json()
    assert refined["facts"]["object_kind"] == "money"
    assert {d["verdict"] for d in refined["determinations"]} == {"prohibited"}
    assert "object_kind" not in [q["fact"] for q in refined["questions"]]


def test_editions_can_be_chosen(client: TestClient) -> None:
    body = client.post("/api/v1/ask", json={"text": GIFT, "editions": ["wi@current"]}).json()
    assert [d["code"] for d in body["determinations"]] == ["wi"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"text": ""}, ["empty"]),
        ({"text": "   \n "}, ["empty"]),
        ({"text": 42}, ["text", "string"]),
        ({}, ["text", "required"]),
        ({"text": GIFT, "answers": {"object_kind": "diamonds"}}, ["object_kind", "money, item"]),
        ({"text": GIFT, "answers": {"shoe_size": 9}}, ["shoe_size", "known facts"]),
        ({"text": GIFT, "editions": ["wa@future"]}, ["future"]),
        ({"text": GIFT, "mood": "calm"}, ["mood"]),
    ],
)
def test_bad_input_gets_the_error_shape(
    client: TestClient, body: dict[str, object], words: list[str]
) -> None:
    r = client.post("/api/v1/ask", json=body)
    assert r.status_code in (404, 422)
    error = r.json()["error"]
    assert set(error) == {"status", "type", "message"}
    for w in words:
        assert w in error["message"]


def test_a_huge_question_is_413(client: TestClient) -> None:
    r = client.post("/api/v1/ask", json={"text": "gift " * 20_000})
    assert r.status_code == 413
    assert r.json()["error"]["type"] == "payload_too_large"


def test_ask_page_without_javascript_answers_and_offers_follow_ups(client: TestClient) -> None:
    start = client.get("/", headers=HTML).text
    assert '<label for="text">Describe what happened</label>' in start
    html = client.post("/", data={"text": "my client offered me a gift"}, headers=HTML).text
    assert "What the codes say" in html and "wa@current" in html
    assert '<input type="hidden" name="text" value="my client offered me a gift">' in html
    assert 'name="answer.object_kind" value="money"' in html
    refined = client.post(
        "/", data={"text": "my client offered me a gift", "answer.object_kind": "item"}
    ).text
    assert "it is an item, not money" in refined  # the answer is now a known fact
    # the next follow-up carries the question and the answers given so far
    assert '<input type="hidden" name="answer.object_kind" value="item">' in refined
    assert 'name="answer.value_dollars"' in refined


def test_an_empty_question_on_the_page_says_what_to_do(client: TestClient) -> None:
    r = client.post("/", data={"text": " "}, headers=HTML)
    assert r.status_code == 422
    assert "in your own words" in r.text


def test_the_in_force_card_says_what_the_draft_would_change(client: TestClient) -> None:
    text = "Can I hire someone I support to help at my shop?"
    body = client.post("/api/v1/ask", json={"text": text}).json()
    verdicts = {
        (d["code"], d["edition"]): d["verdict"]
        for d in body["determinations"]
        if d["issue"] == "dual_relationship"
    }
    html = client.post("/", data={"text": text}, headers=HTML).text
    line = (
        f"The proposed wa@draft would change this from {verdicts['wa', 'current']} "
        f"to {verdicts['wa', 'draft']}."
    )
    assert verdicts["wa", "current"] != verdicts["wa", "draft"]
    assert f'<p class="draft-change">{line}</p>' in html


# --- corrections of the reading (SPEC §3: `answers` sets any fact, `issues` replaces topics) ---


def _verdicts(body: dict[str, object]) -> list[tuple[str, str, str, str]]:
    ds = body["determinations"]
    assert isinstance(ds, list)
    return [(d["code"], d["edition"], d["issue"], d["verdict"]) for d in ds]


def test_an_answer_overrides_a_fact_read_from_the_words(client: TestClient) -> None:
    read = client.post("/api/v1/ask", json={"text": GIFT}).json()
    assert read["facts"]["person"] == "current_client"
    fixed = client.post("/api/v1/ask", json={"text": GIFT, "answers": {"person": "other"}}).json()
    assert fixed["facts"]["person"] == "other"
    assert {v for *_, v in _verdicts(fixed)} == {"not_addressed"}
    assert {"fact": "person", "value": "other", "words": "other"} in fixed["evidence"]


def test_null_makes_a_fact_read_from_the_words_unknown(client: TestClient) -> None:
    body = client.post("/api/v1/ask", json={"text": GIFT, "answers": {"object_kind": None}})
    assert "object_kind" not in body.json()["facts"]


def test_issues_replace_the_topics_read(client: TestClient) -> None:
    body = client.post("/api/v1/ask", json={"text": GIFT, "issues": ["lend_borrow"]}).json()
    assert body["issues"] == ["lend_borrow"]
    assert {i for _, _, i, _ in _verdicts(body)} == {"lend_borrow"}
    none = client.post("/api/v1/ask", json={"text": GIFT, "issues": []}).json()
    assert none["issues"] == [] and none["determinations"] == []


def test_a_situation_without_words_is_answered_from_its_facts(client: TestClient) -> None:
    situation = {"issues": ["accept_gift"], "answers": {"person": "current_client"}}
    body = client.post("/api/v1/ask", json={"text": "", **situation}).json()
    assert body["query"] == ""
    assert body["facts"] == {"person": "current_client"}
    assert "object_kind" in [q["fact"] for q in body["questions"]]
    again = client.post("/api/v1/ask", json={"text": "", **situation}).content
    assert client.post("/api/v1/ask", json={"text": "", **situation}).content == again


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"answers": {"value_dollars": "lots"}}, ["value_dollars", "number of dollars", "lots"]),
        ({"answers": {"person": "boss"}}, ["person", "current_client, former_client", "boss"]),
        ({"answers": {"gift_ok": True}}, ["gift_ok", "known facts"]),
        ({"issues": ["nope"]}, ["nope", "known issues", "accept_gift"]),
    ],
)
def test_a_bad_correction_gets_the_error_shape(
    client: TestClient, body: dict[str, object], words: list[str]
) -> None:
    r = client.post("/api/v1/ask", json={"text": GIFT, **body})
    assert r.status_code == 422
    error = r.json()["error"]
    assert set(error) == {"status", "type", "message"}
    for w in words:
        assert w in error["message"]
