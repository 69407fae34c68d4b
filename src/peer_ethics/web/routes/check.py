"""Check: a situation given as an issue and facts → every edition's determination, and the
follow-up questions whose answers would change one (`/check` page, `POST /api/v1/check`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from peer_ethics import services
from peer_ethics.core.errors import BadInput

from ..deps import Templates, page

router = APIRouter(tags=["check"])

# Form fields that are not facts.
_RESERVED = ("issue", "edition")


class CheckRequest(BaseModel):
    """A situation: the issues at stake and what is known (an omitted fact is unknown)."""

    model_config = ConfigDict(extra="forbid")

    issues: list[str] = Field(min_length=1, max_length=20, examples=[["accept_gift"]])
    facts: dict[str, bool | int | float | str] = Field(
        default_factory=dict, examples=[{"person": "current_client", "object_kind": "money"}]
    )
    editions: list[str] = Field(default_factory=list, examples=[["wa@current", "wa@draft"]])


@router.get("/api/v1/issues", summary="The issues and facts a situation is described with")
def api_issues() -> dict[str, object]:
    vocab = services.rulebook().vocabulary
    return {
        "issues": [{"id": i.id, "label": i.label, "conduct": i.conduct} for i in vocab.issues],
        "facts": [
            {
                "id": f.id,
                "type": f.type,
                "question": f.question,
                "help": f.help,
                "options": list(f.options),
                "unit": f.unit,
            }
            for f in vocab.facts
        ],
        "corpus": services.corpus_stamp(),
    }


@router.post("/api/v1/check", summary="Determinations of a situation and its follow-up questions")
def api_check(body: CheckRequest) -> dict[str, object]:
    situation = services.situation_from({"issues": body.issues, "facts": body.facts})
    editions = services.choose_editions(editions=tuple(body.editions))
    return services.check(situation, editions).to_dict()


# --- page --------------------------------------------------------------------------------------


@router.get("/check", response_class=HTMLResponse, include_in_schema=False)
def check_page(
    request: Request, templates: Templates, issue: Annotated[str, Query()] = ""
) -> HTMLResponse:
    return _render(request, templates, issue, {}, None)


@router.post("/check", response_class=HTMLResponse, include_in_schema=False)
async def check_submit(request: Request, templates: Templates) -> HTMLResponse:
    form = await request.form()
    issue = str(form.get("issue", ""))
    if not issue:
        raise BadInput("choose an issue; the form lists the accepted ones")
    # An empty field means "not known"; the answer then says what it depends on.
    facts = {
        k: str(v) for k, v in form.multi_items() if k not in _RESERVED and str(v).strip() != ""
    }
    situation = services.situation_from({"issues": [issue], "facts": facts})
    result = services.check(situation).to_dict()
    return _render(request, templates, issue, facts, result)


def _render(
    request: Request,
    templates: Templates,
    issue: str,
    facts: dict[str, str],
    result: dict[str, object] | None,
) -> HTMLResponse:
    vocab = services.rulebook().vocabulary
    asked = services.issue_facts((issue,)) if issue else ()
    return page(
        templates,
        request,
        "check.html",
        nav="check",
        issues=vocab.issues,
        issue=issue,
        fact_specs=asked,
        facts=facts,
        result=result,
        labels={i.id: i.label for i in vocab.issues},
        fact_words={f.id: f for f in vocab.facts},
    )
