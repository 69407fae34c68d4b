"""The Jinja2 environment of the pages: packaged templates, autoescaping, and a few filters."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.templating import Jinja2Templates

from peer_ethics.core.engine import VERDICT_WORDS
from peer_ethics.core.facts import FactSpec

# Shapes (not only colours) tell verdicts apart for colour-blind readers and in print.
VERDICT_MARKS = {
    "prohibited": "✕",
    "required": "!",
    "permitted": "✓",
    "conditional": "?",
    "not_addressed": "–",
}


def provision_url(code: str, edition: str, provision: str) -> str:
    return f"/codes/{code}/{edition}/{provision}"


def option_label(spec: FactSpec, option: str) -> str:
    """The fixed words for one answer to a fact's question."""
    if spec.type in ("bool", "judgement"):
        return "Yes" if option in ("yes", "true") else "No"
    if spec.type == "number":
        return f"{option} {spec.unit}".strip()
    return spec.word(option) or option.replace("_", " ")


def build_templates(corpus: dict[str, str]) -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("peer_ethics.web", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["corpus"] = corpus
    env.globals["provision_url"] = provision_url
    env.globals["option_label"] = option_label
    env.filters["verdict_words"] = lambda v: VERDICT_WORDS.get(v, v)
    env.filters["verdict_mark"] = lambda v: VERDICT_MARKS.get(v, "")
    env.filters["answer_field"] = lambda item: (f"answer.{item[0]}", item[1])
    return Jinja2Templates(env=env)
