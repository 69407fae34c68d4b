"""Use cases the adapters (CLI, web) call; one module per family of use cases.

check     check a situation, interview questions, norm cases, coverage
browse    list, show, search, redline, diff, import and export the codes
analysis  compare editions, a draft's impact, lint the norms
ask       plain words to cited verdicts, and the reader's evaluation
"""

from __future__ import annotations

from .analysis import compare, export_report, impact, lint
from .ask import ask, ask_answered, ask_many, evaluate_nlp
from .browse import (
    ProvisionView,
    corpus,
    corpus_stamp,
    diff,
    export_redline,
    import_file,
    issue_facts,
    list_codes,
    provision_view,
    redline,
    redline_view,
    search,
    show,
)
from .check import (
    Check,
    cases,
    check,
    choose_editions,
    coverage_table,
    open_questions,
    rulebook,
    run_cases,
    situation_from,
)

__all__ = [
    "Check",
    "ProvisionView",
    "ask",
    "ask_answered",
    "ask_many",
    "cases",
    "check",
    "choose_editions",
    "compare",
    "corpus",
    "corpus_stamp",
    "coverage_table",
    "diff",
    "evaluate_nlp",
    "export_redline",
    "export_report",
    "impact",
    "import_file",
    "issue_facts",
    "lint",
    "list_codes",
    "open_questions",
    "provision_view",
    "redline",
    "redline_view",
    "rulebook",
    "run_cases",
    "search",
    "show",
    "situation_from",
]
