"""`/api`: a server-rendered list of the API's endpoints, built from the app's OpenAPI schema."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..deps import Templates, page

router = APIRouter()

_METHODS = ("get", "post", "put", "patch", "delete")


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def api_page(request: Request, templates: Templates) -> HTMLResponse:
    schema = request.app.openapi()
    endpoints = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary", ""),
            "body": "requestBody" in op,
        }
        for path, ops in schema.get("paths", {}).items()
        for method, op in ops.items()
        if method in _METHODS
    ]
    return page(
        templates,
        request,
        "api.html",
        nav="api",
        endpoints=endpoints,
        description=schema.get("info", {}).get("description", ""),
    )
