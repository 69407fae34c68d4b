"""Ask: the start page (`/`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..deps import Templates, page

router = APIRouter(tags=["ask"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, templates: Templates) -> HTMLResponse:
    return page(templates, request, "home.html")
