"""Typed request dependencies and the page renderer the routers share."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


Templates = Annotated[Jinja2Templates, Depends(_templates)]


def page(
    templates: Jinja2Templates, request: Request, name: str, status: int = 200, **context: Any
) -> HTMLResponse:
    """Render a page; an htmx request for a fragment gets the same template (htmx selects)."""
    response: HTMLResponse = templates.TemplateResponse(request, name, context, status_code=status)
    return response


def stamp(request: Request) -> dict[str, str]:
    corpus: dict[str, str] = request.app.state.corpus
    return corpus
