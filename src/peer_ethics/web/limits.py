"""ASGI middleware that keeps one request from stalling a worker or escaping the error shape.

- `RequestBudget`: a request not answered within the budget is answered 503 in the error shape
  (the work already started finishes in its thread, but the client is not kept waiting and the
  connection is freed); any exception that escapes the app becomes the 500 error shape, inside
  the security headers (Starlette's own last-resort handler sits outside every middleware).
- `JsonOnly`: an API POST must say `Content-Type: application/json`; anything
  else is 415 in the error shape, naming the accepted type, before the body is parsed.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_bytes

BUDGET_MESSAGE = "the request took longer than the limit of {seconds:g} seconds; try a shorter one"
CRASH_MESSAGE = "internal error; the request was not completed"
MEDIA_MESSAGE = "the request body must be JSON: send Content-Type: application/json"


async def send_error(send: Send, status: int, message: str) -> None:
    body = error_bytes(status, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestBudget:
    """Answers 503 after `seconds`, and 500 for any exception, always in the error shape."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, receive, tracked), self.seconds)
        except TimeoutError:
            if not started:
                await send_error(send, 503, BUDGET_MESSAGE.format(seconds=self.seconds))
        except Exception:
            if not started:
                await send_error(send, 500, CRASH_MESSAGE)


class JsonOnly:
    """415 for a POST under /api/ whose Content-Type is not application/json (other methods
    reach the router, which answers 405 where they are not allowed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope.get("method") == "POST"
            and str(scope.get("path", "")).startswith("/api/")
        ):
            content_type = dict(scope.get("headers", [])).get(b"content-type", b"")
            media = content_type.split(b";", 1)[0].strip().lower()
            if media != b"application/json":
                await send_error(send, 415, MEDIA_MESSAGE)
                return
        await self.app(scope, receive, send)
