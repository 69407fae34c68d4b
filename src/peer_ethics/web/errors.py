"""One error shape for every error the app returns, and the handlers that produce it.

    {"error": {"status": 404, "type": "not_found", "message": "one line: what was wrong …"}}

API paths always get this JSON; a browser asking for an HTML page gets the same message in a page.
The message never repeats what the user typed (it may contain client details): messages name
fields and accepted values; an id quoted back (an unknown code or provision: 'xx') is shown
only when it is at most `QUOTE_CHARS` characters long (a longer one is shown as '…'), and the
whole message is one line of at most `MESSAGE_CHARS` characters.
"""

from __future__ import annotations

import json
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from peer_ethics.core.errors import BadInput, BadReference, PeerEthicsError

ERROR_TYPES: dict[int, str] = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "bad_input",
    500: "internal_error",
}

_MESSAGES: dict[int, str] = {
    404: "no such page or endpoint; see /api for the endpoints",
    405: "method not allowed here; see /api for each endpoint's methods",
    500: "internal error; the request was not completed",
}


QUOTE_CHARS = 32
MESSAGE_CHARS = 300
# A quoted fragment: from a quote to the next one of the same kind (linear: no nesting).
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


def bounded(message: str) -> str:
    """One line; a long quoted fragment (what a request named) not shown; at most 300 chars."""

    def cut(m: re.Match[str]) -> str:
        inner = m.group(0)[1:-1]
        if len(inner) <= QUOTE_CHARS:
            return m.group(0)
        return f"{m.group(0)[0]}…{m.group(0)[0]}"

    line = " ".join(_QUOTED.sub(cut, message).split())
    return line if len(line) <= MESSAGE_CHARS else f"{line[: MESSAGE_CHARS - 1]}…"


def error_body(status: int, message: str, kind: str | None = None) -> dict[str, object]:
    message = bounded(message)
    return {
        "error": {
            "status": status,
            "type": kind or ERROR_TYPES.get(status, "error"),
            "message": message,
        }
    }


def error_bytes(status: int, message: str, kind: str | None = None) -> bytes:
    body = error_body(status, message, kind)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path in ("/api", "/openapi.json") or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(
    request: Request,
    templates: Jinja2Templates,
    status: int,
    message: str,
    kind: str | None,
    headers: dict[str, str] | None = None,
) -> Response:
    message = bounded(message)
    if _wants_html(request):
        page: HTMLResponse = templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "message": message},
            status_code=status,
            headers=headers,
        )
        return page
    return Response(
        error_bytes(status, message, kind),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def validation_message(exc: RequestValidationError) -> str:
    """The first problem, located by field, in pydantic's words (which say what is accepted)."""
    errors = exc.errors()
    if not errors:
        return "the request is not of the accepted form"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON; send a JSON object"
    # A location names fields; a key the request made up is shown only when it is short.
    loc = [
        str(p) if len(str(p)) <= QUOTE_CHARS else "…" for p in first.get("loc", ()) if p != "body"
    ]
    where = ".".join(loc) if loc else "the request body"
    msg = str(first.get("msg", "is not of the accepted form"))
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {msg}{more}"


def install(app: FastAPI, templates: Jinja2Templates) -> None:
    """Route every error through the one shape."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        status = exc.status_code
        detail = exc.detail if isinstance(exc.detail, str) else ""
        message = _MESSAGES.get(status) if detail in ("", _default_phrase(status)) else detail
        headers = dict(exc.headers) if exc.headers else None  # e.g. Allow on a 405
        return _respond(request, templates, status, message or detail, None, headers)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _respond(request, templates, 422, validation_message(exc), None)

    async def user_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, BadReference):
            return _respond(request, templates, 404, str(exc), "bad_reference")
        if isinstance(exc, BadInput):
            return _respond(request, templates, 422, str(exc), "bad_input")
        # CorpusError, NormConflict: the bundled data is at fault, not the request.
        return _respond(request, templates, 500, str(exc), "corpus_error")

    async def crash(request: Request, exc: Exception) -> Response:
        return _respond(request, templates, 500, _MESSAGES[500], None)

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(PeerEthicsError, user_error)
    app.add_exception_handler(Exception, crash)


def _default_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
