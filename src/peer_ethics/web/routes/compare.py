"""Compare: two editions side by side, aligned by issue, with the solver-found differences
(`/compare?a=wa&b=wi`, `GET /api/v1/compare`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from peer_ethics import services

from ..deps import Templates, page, stamp

router = APIRouter(tags=["compare"])

A = Annotated[str, Query(description="an edition (wa@draft) or a code for its in-force edition")]


@lru_cache(maxsize=32)
def _compare(a: str, b: str) -> dict[str, object]:
    # The solver's answer depends only on the editions and the bundled rules, which never change
    # while the process runs; a second visit should not pay for it again.
    return services.compare(a, b)


@router.get(
    "/api/v1/compare",
    summary="Two editions side by side: alignment by issue, differences with witnesses, silence",
)
def api_compare(request: Request, a: A = "wa", b: A = "wi") -> dict[str, object]:
    return {**_compare(a.strip(), b.strip()), "corpus": stamp(request)}


@router.get("/compare", response_class=HTMLResponse, include_in_schema=False)
def compare_page(request: Request, templates: Templates, a: A = "wa", b: A = "wi") -> HTMLResponse:
    result = _compare(a.strip(), b.strip())
    editions = [e.ref for e in services.corpus().editions()]
    codes = [c.id for c in services.list_codes()]
    return page(
        templates,
        request,
        "compare.html",
        nav="compare",
        a=a.strip(),
        b=b.strip(),
        choices=codes + editions,
        result=result,
        texts=_texts(result),
        witnesses=_by_issue(result),
        labels={i.id: i.label for i in services.rulebook().vocabulary.issues},
    )


def _by_issue(result: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    witnesses = result.get("witnesses", [])
    assert isinstance(witnesses, list)
    out: dict[str, list[dict[str, object]]] = {}
    for w in witnesses:
        out.setdefault(str(w["issue"]), []).append(w)
    return out


def _texts(result: dict[str, object]) -> dict[str, str]:
    """`code@edition:provision` -> the provision's text, for the aligned provisions."""
    corpus = services.corpus()
    out: dict[str, str] = {}
    rows = result.get("alignment", [])
    assert isinstance(rows, list)
    for row in rows:
        for side in row["sides"]:
            edition = corpus.edition(side["code"], side["edition"])
            for p in side["provisions"]:
                out[f"{edition.ref}:{p}"] = edition.provision(p).text
    return out
