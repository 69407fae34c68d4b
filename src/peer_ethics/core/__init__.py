"""Pure domain: ids, editions, provisions, facts, norms, engine. Standard library only."""
