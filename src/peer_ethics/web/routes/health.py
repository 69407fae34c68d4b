"""`/api/v1/health`: the app is up and which corpus it serves (also the load-test baseline)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ..deps import stamp

router = APIRouter(tags=["meta"])


@router.get("/api/v1/health", summary="The app is up; the corpus version it serves")
def health(request: Request) -> dict[str, object]:
    return {"status": "ok", "corpus": stamp(request)}
