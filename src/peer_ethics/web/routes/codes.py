"""Codes: every code and edition, the full text with a permalink per provision, and each
provision with the norms and cases behind it (`/codes…` pages, `/api/v1/codes…` JSON)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from peer_ethics import services
from peer_ethics.core.cases import Case
from peer_ethics.core.corpus import Edition, Provision
from peer_ethics.core.norms import Norm
from peer_ethics.export import records

from ..deps import Templates, page, stamp
from ..templating import provision_url

router = APIRouter(tags=["codes"])


# --- JSON shapes: the CLI's records (one shape for `--json` and the API), plus page links ------


def edition_summary(e: Edition) -> dict[str, object]:
    return {
        "code": e.code,
        "edition": e.name,
        "ref": e.ref,
        "status": e.status,
        "title": e.title,
        "derived_from": e.derived_from,
        "provisions": len(e.provisions),
        "url": f"/codes/{e.code}/{e.name}",
    }


def provision_dict(e: Edition, p: Provision) -> dict[str, object]:
    return {**records.provision(e, p), "url": provision_url(p.code, p.edition, p.id)}


def norm_dict(n: Norm) -> dict[str, object]:
    return {
        "id": n.id,
        "title": n.title,
        "issues": list(n.issues),
        "verdict": n.verdict,
        "strength": n.strength,
        "priority": n.priority,
        "provisions": list(n.provisions),
        "reading": n.reading,
    }


# --- API ---------------------------------------------------------------------------------------


@router.get("/api/v1/codes", summary="Every code and its editions")
def api_codes(request: Request) -> dict[str, object]:
    codes = [records.code(c) for c in services.list_codes()]
    return {"codes": codes, "corpus": stamp(request)}


@router.get("/api/v1/codes/{code}", summary="One code and its editions")
def api_code(request: Request, code: str) -> dict[str, object]:
    return {**records.code(services.corpus().code(code)), "corpus": stamp(request)}


@router.get("/api/v1/codes/{code}/{edition}", summary="One edition with all its provisions")
def api_edition(request: Request, code: str, edition: str) -> dict[str, object]:
    e = services.corpus().edition(code, edition)
    return {
        **edition_summary(e),
        "provisions": [provision_dict(e, p) for p in e.provisions],
        "corpus": stamp(request),
    }


@router.get(
    "/api/v1/codes/{code}/{edition}/{provision}",
    summary="One provision with the norms that cite it and the cases that exercise it",
)
def api_provision(request: Request, code: str, edition: str, provision: str) -> dict[str, object]:
    view = services.provision_view(code, edition, provision)
    return {
        **provision_dict(view.edition, view.provision),
        "norms": [norm_dict(n) for n in view.norms],
        "cases": [
            {"name": c.name, "source": c.source, "issue": c.issue, "expect": _expected(c, view)}
            for c in view.cases
        ],
        "other_editions": [e.ref for e in view.other_editions],
        "corpus": stamp(request),
    }


def _expected(case: Case, view: services.ProvisionView) -> str:
    """The verdict a case expects on the provision's edition."""
    return next((e.verdict for e in case.expect if e.edition == view.edition.ref), "")


# --- pages -------------------------------------------------------------------------------------


@router.get("/codes", response_class=HTMLResponse, include_in_schema=False)
def codes_page(request: Request, templates: Templates) -> HTMLResponse:
    return page(templates, request, "codes.html", codes=services.list_codes())


@router.get("/codes/{code}/{edition}", response_class=HTMLResponse, include_in_schema=False)
def edition_page(request: Request, templates: Templates, code: str, edition: str) -> HTMLResponse:
    e = services.corpus().edition(code, edition)
    c = services.corpus().code(code)
    return page(templates, request, "edition.html", code=c, edition=e)


@router.get(
    "/codes/{code}/{edition}/{provision}", response_class=HTMLResponse, include_in_schema=False
)
def provision_page(
    request: Request, templates: Templates, code: str, edition: str, provision: str
) -> HTMLResponse:
    view = services.provision_view(code, edition, provision)
    expected = {c.name: _expected(c, view) for c in view.cases}
    return page(
        templates,
        request,
        "provision.html",
        code=services.corpus().code(code),
        view=view,
        expected=expected,
    )
