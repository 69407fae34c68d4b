"""Check: facts in, every edition's cited determination and the open questions out."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import HTML


def test_a_cash_gift_from_a_client_is_prohibited_in_washington(client: TestClient) -> None:
    body = client.post(
        "/api/v1/check",
        json={
            "issues": ["accept_gift"],
            "facts": {"person": "current_client", "object_kind": "money"},
        },
    ).json()
    by_ref = {f"{d['code']}@{d['edition']}": d for d in body["determinations"]}
    assert list(by_ref) == ["wa@current", "wi@current", "wa@draft"]  # in force first
    assert by_ref["wa@current"]["verdict"] == "prohibited"
    assert "wa.conduct.5" in by_ref["wa@current"]["provisions"]
    assert by_ref["wa@current"]["quotes"]["wa.conduct.5"].startswith("Do not")
    assert by_ref["wa@draft"]["status"] == "proposed"
    assert body["corpus"]["version"]


def test_an_unknown_fact_is_asked_about(client: TestClient) -> None:
    body = client.post("/api/v1/check", json={"issues": ["accept_gift"]}).json()
    assert any(d["verdict"] == "conditional" for d in body["determinations"])
    facts = [q["fact"] for q in body["questions"]]
    assert "object_kind" in facts
    assert all(q["options"] and q["why"] for q in body["questions"])


def test_editions_can_be_chosen(client: TestClient) -> None:
    body = client.post(
        "/api/v1/check", json={"issues": ["accept_gift"], "editions": ["wi@current"]}
    ).json()
    assert {d["code"] for d in body["determinations"]} == {"wi"}


def test_check_json_equals_the_cli_check_json(client: TestClient) -> None:
    from peer_ethics import services

    situation = services.situation_from(
        {"issues": ["lend_borrow"], "facts": {"loan_direction": "peer_lends"}}
    )
    expected = services.check(situation).to_dict()
    got = client.post(
        "/api/v1/check", json={"issues": ["lend_borrow"], "facts": {"loan_direction": "peer_lends"}}
    ).json()
    assert got == expected


def test_issues_endpoint_lists_issues_and_facts(client: TestClient) -> None:
    body = client.get("/api/v1/issues").json()
    assert "accept_gift" in {i["id"] for i in body["issues"]}
    person = next(f for f in body["facts"] if f["id"] == "person")
    assert person["type"] == "enum" and "current_client" in person["options"]


def test_check_form_without_javascript(client: TestClient) -> None:
    first = client.get("/check?issue=accept_gift", headers=HTML).text
    assert 'name="object_kind"' in first and "Not sure" in first
    answer = client.post(
        "/check",
        data={
            "issue": "accept_gift",
            "person": "current_client",
            "object_kind": "money",
            "value_dollars": "",
        },
        headers=HTML,
    )
    assert answer.status_code == 200
    assert "wa@current" in answer.text and "prohibited" in answer.text
    assert 'href="/codes/wa/current#wa.conduct.5"' in answer.text


def test_follow_up_buttons_carry_what_is_known(client: TestClient) -> None:
    html = client.post(
        "/check", data={"issue": "accept_gift", "object_kind": "item"}, headers=HTML
    ).text
    assert "A detail would change the answer" in html
    assert '<input type="hidden" name="object_kind" value="item">' in html
    assert 'name="value_dollars" value="0"' in html


def test_a_bad_form_value_is_a_page_saying_what_is_accepted(client: TestClient) -> None:
    r = client.post("/check", data={"issue": "accept_gift", "object_kind": "nothing"}, headers=HTML)
    assert r.status_code == 422
    assert "money, item" in r.text
