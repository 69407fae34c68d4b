"""Storage: saved records (practice log) — arrives with the records issue; empty until then."""
