"""Loading: rule data files (codes, readings, norms, cases) into core values."""
