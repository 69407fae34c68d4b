"""Analysis over norms: the batch evaluator, the solver, compare, impact and lint."""
