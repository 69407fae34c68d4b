"""The web adapter: HTML pages and the `/api/v1` REST API over the same services (FastAPI)."""
