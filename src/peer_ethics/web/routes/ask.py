"""Ask: a situation in plain words → every edition's cited answer, follow-up questions and
related provisions (`/` page, `POST /api/v1/ask`, the JSON of `peer-ethics ask --json`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from peer_ethics import services
from peer_ethics.core.corpus import Edition
from peer_ethics.core.facts import FactSpec

from ..deps import Templates, page

router = APIRouter(tags=["ask"])

# Form fields carrying answers to follow-up questions are named `answer.<fact>`.
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
    return _render(request, templates, "", {}, None)


@router.post("/", response_class=HTMLResponse, include_in_schema=False)
async def ask_submit(request: Request, templates: Templates) -> HTMLResponse:
    form = await request.form()
    text = str(form.get("text", ""))
    answers = {
        k.removeprefix(ANSWER_PREFIX): str(v)
        for k, v in form.multi_items()
        if k.startswith(ANSWER_PREFIX) and str(v).strip()
    }
    answer = services.ask_answered(text, answers) if answers else services.ask(text)
    return _render(request, templates, text, answers, answer.to_dict())


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
    answers: dict[str, str],
    result: dict[str, object] | None,
) -> HTMLResponse:
    labels, fact_words, texts = _lookups()
    return page(
        templates,
        request,
        "ask.html",
        nav="ask",
        text=text,
        answers=answers,
        result=result,
        examples=EXAMPLES,
        labels=labels,
        fact_words=fact_words,
        texts=texts,
    )
