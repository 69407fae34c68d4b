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
    assert "What I understood" in html, html[html.find("<main") :][:1500]
    assert "The short answer" in html
    assert "Washington — current code (in force)" in html
    assert '<input type="hidden" name="text" value="my client offered me a gift">' in html
    assert 'name="fact.object_kind" value="money"' in html
    refined = client.post(
        "/",
        data={
            "text": "my client offered me a gift",
            "topics": "1",
            "issue": "accept_gift",
            "fact.object_kind": "item",
        },
    ).text
    assert "it is an item, not money" in refined  # the answer is now a known fact
    # the next follow-up carries the question and the situation so far
    assert '<input type="hidden" name="fact.object_kind" value="item">' in refined
    assert '<input type="hidden" name="issue" value="accept_gift">' in refined


def test_an_empty_question_on_the_page_says_what_to_do(client: TestClient) -> None:
    r = client.post("/", data={"text": " "}, headers=HTML)
    assert r.status_code == 422
    assert "in your own words" in r.text


def test_the_in_force_card_says_what_the_draft_would_change(client: TestClient) -> None:
    text = "Can I hire someone I support to help at my shop?"
    # the topic as confirmed by the user (the reader may only offer it)
    body = client.post("/api/v1/ask", json={"text": text, "issues": ["dual_relationship"]}).json()
    verdicts = {
        (d["code"], d["edition"]): d["verdict"]
        for d in body["determinations"]
        if d["issue"] == "dual_relationship"
    }
    assert (verdicts["wa", "current"], verdicts["wa", "draft"]) == ("prohibited", "conditional")
    form = {"text": text, "topics": "1", "issue": "dual_relationship"}
    html = client.post("/", data=form, headers=HTML).text
    line = "The proposed draft would change this from Not allowed to Depends."
    assert f'<p class="draft-change">{line}</p>' in html
    # and the bottom line says it once, as a change, under the line in force
    assert "The proposed draft would change this to “Depends”: It depends:" in html


def test_the_crisis_notice_leads_the_answer_page_and_stays_after_follow_ups(
    client: TestClient,
) -> None:
    from html import escape

    from peer_ethics.nlp.asking import NOTICE_CRISIS

    story = "my client told me she has been thinking about ending it all, please don't tell anyone"
    body = client.post("/api/v1/ask", json={"text": story}).json()
    assert body["notices"][0] == NOTICE_CRISIS and "harm_threat" in body["issues"]
    for form in ({"text": story}, {"text": story, "answer.harm_intent": "false"}):
        html = client.post("/", data=form, headers=HTML).text
        notice = html.index(
            f'<p class="notice crisis" role="alert">{escape(NOTICE_CRISIS, quote=False)}</p>'
        )
        assert notice < html.index("About:") < html.index('class="card')


PLAIN_PAGES = [
    {"text": "My client offered me a $20 gift card for my birthday."},
    {"text": "Can I hire someone I support to help at my shop?"},
]


@pytest.mark.parametrize("form", PLAIN_PAGES)
def test_people_read_plain_words_and_ids_stay_in_links_and_reviewer_details(
    client: TestClient, form: dict[str, str]
) -> None:
    import re

    html = client.post("/", data=form, headers=HTML).text
    # Remove what may carry ids: attributes, links, reviewer details, the supervisor's text.
    visible = re.sub(r"<details class=\"reviewer\">.*?</details>", "", html, flags=re.S)
    visible = re.sub(r"<textarea[^>]*>.*?</textarea>", "", visible, flags=re.S)
    visible = re.sub(r"<a [^>]*>.*?</a>", "", visible, flags=re.S)
    visible = re.sub(r"<[^>]+>", "", visible)
    for leak in ("wa@current", "wa@draft", "wi@current", "readings.yaml", "wa.gift", "wi.gift"):
        assert leak not in visible
    for word in ("prohibited", "not_addressed", "conditional"):
        assert word not in visible
    assert "Washington — current code (in force)" in visible
    assert "Wisconsin code" in visible


def test_why_i_am_asking_is_a_sentence(client: TestClient) -> None:
    import html as entities

    page = client.post("/", data={"text": "my client offered me a gift"}, headers=HTML).text
    html = entities.unescape(page)
    assert "Why I'm asking: Washington's and Wisconsin's answers depend on this." in html
    assert "changes wa@current" not in html
