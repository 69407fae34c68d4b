"""Use cases the adapters (CLI, web) call; one module per family of use cases.

check     check a situation, interview questions, norm cases, coverage
browse    list, show, search, redline, diff, import and export the codes
analysis  compare editions, a draft's impact, lint the norms
ask       plain words to cited verdicts, and the reader's evaluation
policy    an agency's policy: read it, check it against the codes, apply it as a third layer
plain     the answer in plain words: edition names, bottom line, supervisor summary
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# `ask` and `check` are also the names of their modules, so they are bound now (importing the
# module sets the package attribute to it); both are light until a question is asked.
from .ask import ask, ask_answered, ask_many, evaluate_nlp, evaluate_situations
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

if TYPE_CHECKING:  # the names as the type checker sees them; at run time they load on first use
    from .analysis import compare, export_report, impact, lint
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
    from .plain import (
        Line,
        bottom_line,
        code_names,
        edition_names,
        fact_value,
        situation_query,
        summary,
        why_asked,
        with_suggestions,
    )
    from .policy import (
        PolicyCheck,
        check_policy,
        load_policy,
        policy_rulebook,
        run_policy_cases,
    )

# The other names' modules are imported on first use: `peer-ethics ask` then loads neither the
# analysis (compare, impact, lint) nor the browsing use cases, ~0.1 s of its cold start.
_HOME = {
    "PolicyCheck": "policy",
    "Line": "plain",
    "bottom_line": "plain",
    "code_names": "plain",
    "edition_names": "plain",
    "fact_value": "plain",
    "situation_query": "plain",
    "summary": "plain",
    "why_asked": "plain",
    "with_suggestions": "plain",
    "ProvisionView": "browse",
    "check_policy": "policy",
    "load_policy": "policy",
    "policy_rulebook": "policy",
    "run_policy_cases": "policy",
    "compare": "analysis",
    "corpus": "browse",
    "corpus_stamp": "browse",
    "diff": "browse",
    "export_redline": "browse",
    "export_report": "analysis",
    "impact": "analysis",
    "import_file": "browse",
    "issue_facts": "browse",
    "lint": "analysis",
    "list_codes": "browse",
    "provision_view": "browse",
    "redline": "browse",
    "redline_view": "browse",
    "search": "browse",
    "show": "browse",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Check",
    "Line",
    "PolicyCheck",
    "ProvisionView",
    "ask",
    "ask_answered",
    "ask_many",
    "bottom_line",
    "cases",
    "check",
    "check_policy",
    "choose_editions",
    "code_names",
    "compare",
    "corpus",
    "corpus_stamp",
    "coverage_table",
    "diff",
    "edition_names",
    "evaluate_nlp",
    "evaluate_situations",
    "export_redline",
    "export_report",
    "fact_value",
    "impact",
    "import_file",
    "issue_facts",
    "lint",
    "list_codes",
    "load_policy",
    "open_questions",
    "policy_rulebook",
    "provision_view",
    "redline",
    "redline_view",
    "rulebook",
    "run_cases",
    "run_policy_cases",
    "search",
    "show",
    "situation_from",
    "situation_query",
    "summary",
    "why_asked",
    "with_suggestions",
]
