"""Changes: a draft against the code in force — redline, change list, anomalies with their
curated readings, and downloads (`/codes/{code}/changes`, `/api/v1/codes/{code}/redline`,
`/api/v1/diff`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from peer_ethics import services
from peer_ethics.core.corpus import Code, Edition
from peer_ethics.core.errors import BadInput
from peer_ethics.export import records

from ..deps import Templates, page, stamp

router = APIRouter(tags=["changes"])

# format in the URL -> (export format, media type)
DOWNLOADS: dict[str, tuple[str, str]] = {
    "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "html": ("html", "text/html; charset=utf-8"),
    "md": ("md", "text/markdown; charset=utf-8"),
    "xlsx": (
        "comment-sheet.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
}


def _editions(code: Code) -> tuple[Edition, Edition]:
    base = next((e for e in code.editions if not e.proposed), None)
    proposed = next((e for e in code.editions if e.proposed), None)
    if base is None or proposed is None:
        drafts = [c.id for c in services.list_codes() if any(e.proposed for e in c.editions)]
        raise BadInput(
            f"code {code.id!r} has no proposed edition to compare; codes with one: "
            + (", ".join(drafts) or "none")
        )
    return base, proposed


def _report(code_id: str) -> dict[str, object]:
    code = services.corpus().code(code_id)
    base, proposed = _editions(code)
    result = services.redline(code_id)
    diffs = services.diff(base.ref, proposed.ref)
    return {
        "code": code_id,
        "base": base.ref,
        "proposed": proposed.ref,
        "provisions": [records.diff(d) for d in diffs],
        "changes": [records.change(c) for c in result.changes],
        "anomalies": [records.anomaly(a) for a in result.anomalies],
        "readings": [records.reading(r) for r in result.readings],
    }


@router.get(
    "/api/v1/codes/{code}/redline",
    summary="The draft against the code in force: word diff, change list, anomalies, readings",
)
def api_redline(request: Request, code: str) -> dict[str, object]:
    return {**_report(code), "corpus": stamp(request)}


@router.get(
    "/api/v1/codes/{code}/impact",
    summary="Every change in practice the draft makes, traced to reform steps and text changes",
)
def api_impact(request: Request, code: str) -> dict[str, object]:
    return {**_impact(code), "corpus": stamp(request)}


@lru_cache(maxsize=8)
def _impact(code_id: str) -> dict[str, object]:
    # Pure in the bundled rules, which never change while the process runs.
    base, proposed = _editions(services.corpus().code(code_id))
    return services.impact(code_id, base.name, proposed.name)


@router.get("/api/v1/diff", summary="Word diff of two editions, e.g. a=wa@current&b=wa@draft")
def api_diff(
    request: Request,
    a: Annotated[str, Query(examples=["wa@current"])],
    b: Annotated[str, Query(examples=["wa@draft"])],
) -> dict[str, object]:
    diffs = services.diff(a, b)
    return {
        "a": a,
        "b": b,
        "provisions": [records.diff(d) for d in diffs],
        "corpus": stamp(request),
    }


@router.get("/codes/{code}/changes", response_class=HTMLResponse, include_in_schema=False)
def changes_page(request: Request, templates: Templates, code: str) -> HTMLResponse:
    report = _report(code)
    anomalies = report["anomalies"]
    readings = report["readings"]
    assert isinstance(anomalies, list) and isinstance(readings, list)
    answered = {a["id"]: [r for r in readings if a["id"] in r["anomalies"]] for a in anomalies}
    vocab = services.rulebook().vocabulary
    return page(
        templates,
        request,
        "changes.html",
        nav="changes",
        code=services.corpus().code(code),
        report=report,
        answered=answered,
        impact=_impact(code),
        labels={i.id: i.label for i in vocab.issues},
    )


@router.get(
    "/codes/{code}/changes.{fmt}",
    summary="Download the redline (.docx with the draft's own marks as tracked changes and its "
    "anomalies as comments, HTML or Markdown) or the public-comment sheet (.xlsx)",
    tags=["changes"],
    response_class=Response,
)
def download(code: str, fmt: Literal["docx", "html", "md", "xlsx"]) -> Response:
    export, media = DOWNLOADS[fmt]
    body = services.export_redline(code, export)
    name = f"{code}-changes.{fmt}"
    # An attachment: the standalone HTML carries its own style, which this site's CSP forbids.
    return Response(
        body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'}
    )
