"""The Jinja2 environment of the pages: packaged templates, autoescaping, and a few filters."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.templating import Jinja2Templates

from peer_ethics import services
from peer_ethics.core.facts import FactSpec
from peer_ethics.core.plain import VERDICT_BADGES, condition_words

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


def state_field(item: tuple[str, str]) -> tuple[str, str]:
    """A field of the structured situation (see `services.situation_query`) as a form field."""
    name, value = item
    return (name, value) if name in ("issue", "suggest") else (f"fact.{name}", value)


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
    # People read plain words; the SPEC §3 verdict strings stay in JSON and CSS classes.
    env.filters["verdict_words"] = lambda v: VERDICT_BADGES.get(v, v)
    env.filters["condition_words"] = condition_words
    env.filters["fact_value"] = services.fact_value
    env.globals["edition_name"] = lambda ref: services.edition_names().get(ref, ref)
    env.globals["why_asked"] = services.why_asked
    env.filters["verdict_mark"] = lambda v: VERDICT_MARKS.get(v, "")
    env.filters["state_field"] = state_field
    env.filters["fact_spec"] = lambda fact_id: services.rulebook().vocabulary.fact(fact_id)
    return Jinja2Templates(env=env)
