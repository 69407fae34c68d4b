"""One router per resource; each module serves its HTML page(s) and its `/api/v1` endpoints."""
