"""Ask: a situation in plain words → every edition's cited answer, follow-up questions and
related provisions (`/` page, `POST /api/v1/ask`, the JSON of `peer-ethics ask --json`)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from peer_ethics import services
from peer_ethics.core.corpus import Edition
from peer_ethics.core.facts import FactSpec
from peer_ethics.nlp.text import MAX_CHARS

from ..deps import Templates, page

if TYPE_CHECKING:
    from peer_ethics.nlp.asking import Answer

router = APIRouter(tags=["ask"])

# Form fields carrying facts are named `fact.<fact>` (`answer.<fact>` from earlier pages).
FACT_PREFIX = "fact."
ANSWER_PREFIX = "answer."

EXAMPLES = (
    "My client offered me a $20 gift card for my birthday.",
    "The sister of a man I support asked me out on a date.",
    "A peer I work with said he is going to hurt his roommate tonight.",
    "Can I hire someone I support to help at my shop?",
)


class AskRequest(BaseModel):
    """A question in plain words, and corrections of how it was read: `answers` sets any fact
    (fact → value; null makes a fact read from the words unknown) and `issues` replaces the
    topics read. With `issues` given, `text` may be empty."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(examples=["My client offered me a $20 gift card"])
    answers: dict[str, bool | int | float | str | None] = Field(
        default_factory=dict, examples=[{"object_kind": "money"}]
    )
    issues: list[str] | None = Field(default=None, max_length=30, examples=[["accept_gift"]])
    editions: list[str] = Field(default_factory=list, examples=[["wa@current", "wa@draft"]])


def _editions(refs: list[str]) -> tuple[Edition, ...]:
    return services.choose_editions(editions=tuple(refs)) if refs else ()


@router.post(
    "/api/v1/ask",
    summary="Answer a question in plain words: the JSON of `peer-ethics ask --json`",
    response_class=Response,
    responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}}},
)
def api_ask(body: AskRequest) -> Response:
    editions = _editions(body.editions)
    answer = services.ask(body.text, editions, issues=body.issues, answers=body.answers)
    # Serialised here, as the CLI does: the answer is plain JSON data already, and FastAPI's
    # generic encoder would walk it again (about 0.4 ms a question, a tenth of the work).
    body_bytes = json.dumps(
        answer.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return Response(body_bytes.encode("utf-8"), media_type="application/json")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def ask_page(request: Request, templates: Templates) -> HTMLResponse:
    """The empty form, or (with `issue=` in the URL) the answer to a shared situation: topics
    and facts only, never the words typed."""
    query = request.query_params
    if "issue" not in query:
        return _render(request, templates, "", None)
    return _render(request, templates, "", _shared(request))


@router.get("/answer.md", include_in_schema=False)
def supervisor_summary(request: Request) -> Response:
    """'Summary for my supervisor': the shared situation's answer as Markdown."""
    answer = _shared(request)
    base = str(request.base_url).rstrip("/")
    return Response(
        services.summary(answer, base).encode("utf-8"), media_type="text/markdown; charset=utf-8"
    )


@router.post("/", response_class=HTMLResponse, include_in_schema=False)
async def ask_submit(request: Request, templates: Templates) -> HTMLResponse:
    form = await request.form()
    text = str(form.get("text", ""))
    issues: list[str] | None = None
    if "topics" in form:  # the situation as the page showed it, maybe corrected
        issues = [str(i) for i in form.getlist("issue") if str(i)]
        remove = str(form.get("remove", ""))
        issues = [i for i in issues if i != remove]
        for add in (str(form.get("add", "")), str(form.get("add_topic", ""))):
            if add and add not in issues:
                issues.append(add)
    answers: dict[str, object] = {}
    for key, value in form.multi_items():
        for prefix in (FACT_PREFIX, ANSWER_PREFIX):
            if key.startswith(prefix):
                # "Not sure" (an empty value) makes a fact read from the words unknown.
                answers[key.removeprefix(prefix)] = str(value).strip() or None
    answer = services.ask(text, (), issues, answers)
    if not text.strip():  # a shared situation keeps the topics it offered to confirm
        offered = [str(i) for i in form.getlist("suggest") if str(i)]
        answer = services.with_suggestions(answer, offered)
    return _render(request, templates, text, answer, fixed="add_topic" in form)


_NOT_FACTS = ("issue", "suggest", "text")


def _shared(request: Request) -> Answer:
    """The answer to a situation given in the URL (a shared link): topics, topics offered to
    confirm, and facts."""
    query = request.query_params
    issues = [i for i in query.getlist("issue") if i]
    facts: dict[str, object] = {k: v for k, v in query.multi_items() if k not in _NOT_FACTS}
    answer = services.ask("", (), issues, facts)
    return services.with_suggestions(answer, [i for i in query.getlist("suggest") if i])


@lru_cache(maxsize=1)
def _lookups() -> tuple[Mapping[str, str], Mapping[str, FactSpec], Mapping[str, str]]:
    """Issue labels, fact specs and every provision's words by citation: built once, since the
    rulebook never changes in a process (they were rebuilt on every request)."""
    vocab = services.rulebook().vocabulary
    corpus = services.corpus()
    texts = {f"{e.ref}:{p.id}": p.text for e in corpus.editions() for p in e.provisions}
    return (
        MappingProxyType({i.id: i.label for i in vocab.issues}),
        MappingProxyType({f.id: f for f in vocab.facts}),
        MappingProxyType(texts),
    )


def _render(
    request: Request,
    templates: Templates,
    text: str,
    answer: Answer | None,
    fixed: bool = False,
) -> HTMLResponse:
    labels, fact_words, texts = _lookups()
    context: dict[str, Any] = {}
    if answer is not None:
        state = services.situation_query(answer)
        lines = services.bottom_line(answer.determinations)
        context = {
            "result": answer.to_dict(),
            "crisis": answer.crisis,
            "lines": [(i, [ln for ln in lines if ln.issue == i]) for i in answer.issues],
            "why": {q.fact: services.why_asked(q) for q in answer.questions},
            "editable": services.issue_facts(answer.issues) if answer.issues else (),
            "state": state,
            "share": "/?" + urlencode(state),
            "summary": services.summary(answer, str(request.base_url).rstrip("/")),
            "today": datetime.date.today().isoformat(),
            # After a correction the fix form stays open where the user left it.
            "open_fix": fixed,
        }
    return page(
        templates,
        request,
        "ask.html",
        nav="ask",
        text=text,
        examples=EXAMPLES,
        labels=labels,
        fact_words=fact_words,
        texts=texts,
        names=services.edition_names(),
        max_chars=MAX_CHARS,
        **{"result": None, **context},
    )
