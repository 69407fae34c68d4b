"""The app factory: one FastAPI app serving the HTML pages, `/static` and the `/api/v1` API."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from peer_ethics import __version__, services

from . import errors
from .limits import JsonOnly, RequestBudget
from .routes import api_docs, ask, changes, check, codes, compare, health
from .security import BodyLimit, SecurityHeaders
from .settings import WebSettings
from .templating import build_templates

API_DESCRIPTION = (
    "Codes of ethics for certified peer support specialists (Washington, Wisconsin) as "
    "executable, citable rules. Every error has the shape "
    '`{"error": {"status": …, "type": …, "message": …}}`; every answer names the corpus version.'
)

WARM_UP = "My client offered me a gift."


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """Build the app; the bundled codes are loaded here, once, so a broken corpus fails early."""
    settings = settings or WebSettings()
    stamp = services.corpus_stamp()
    if settings.warm:
        services.ask(WARM_UP)  # a fixed sentence, not a user's question
    templates = build_templates(stamp)
    app = FastAPI(
        title="peer-ethics",
        version=__version__,
        description=API_DESCRIPTION,
        # The stock docs pages load scripts from a CDN and run inline script; /api is ours.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.templates = templates
    app.state.corpus = stamp
    errors.install(app, templates)
    # `changes` before `codes`: /codes/wa/changes would otherwise read as edition "changes".
    for module in (health, ask, changes, codes, check, compare, api_docs):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(packages=[("peer_ethics.web", "static")]), name="static")
    # Added last = outermost: the headers also go on the body-limit's own 413 responses, the
    # 415 of a body that is not JSON, and the budget's 503 and last-resort 500.
    app.add_middleware(JsonOnly)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestBudget, seconds=settings.request_seconds)
    app.add_middleware(SecurityHeaders, corpus_version=stamp["version"])
    return app
