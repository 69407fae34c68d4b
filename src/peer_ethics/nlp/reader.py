"""Reading a question: which issues are at stake and which facts the words settle.

Issues come from the classifier over [embedding, cue strengths], averaged with the fine-tuned
issue encoder's probabilities when one is given (`encoder.py`, ENCODER_MIX); facts from the
rule-based readers. A fact is kept only when a norm of a recognised issue reads it (or it is
one of the facts that describe the whole situation: who the person is, time since services
ended, the peer's role, supervision), so that an unrelated word never turns into an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from peer_ethics.core.conditions import facts_of
from peer_ethics.core.rulebook import Rulebook

from . import conduct, people, things
from .classifier import IssueModel
from .cues import cue_strengths
from .embedder import Vector
from .evidence import Evidence

# Issues about conduct towards someone served: not at stake when the story is about a colleague,
# a friend or a stranger and names no one served ("I lent my coworker $20").
PERSON_DIRECTED = frozenset(
    (
        "accept_gift",
        "give_gift",
        "lend_borrow",
        "financial_gain",
        "sexual_relationship",
        "dual_relationship",
    )
)
# Facts about the situation as a whole, kept whatever the issues.
GENERAL = ("person", "months_since_services_ended", "peer_role", "supervisor_consulted")
# Facts that describe an issue even where no norm reads them (what changed hands and how much,
# the kind of second relationship in a business deal): shown because the user said them.
DESCRIBING = {
    "accept_gift": ("object_kind", "value_dollars"),
    "give_gift": ("object_kind", "value_dollars"),
    "lend_borrow": ("object_kind", "value_dollars", "loan_direction"),
    "financial_gain": ("object_kind", "value_dollars", "dual_kind"),
    "harm_threat": ("harm_target", "harm_serious", "harm_intent"),
    "caregiver_abuse": ("abused_by_caregiver",),
    "serve_former_partner": ("dual_avoidable",),
    "serve_family_member": ("dual_avoidable",),
    "dual_relationship": ("dual_kind", "dual_avoidable"),
    "confidentiality": ("disclosure_to", "client_consented", "informed_of_sharing"),
    "outside_scope": ("scope_activity",),
    "imposing_beliefs": ("imposition_manner",),
    "discrimination": ("discrimination_role",),
    "own_wellness": ("ability_affected",),
    "self_disclosure": ("story_relevant",),
}
# An issue with a strong cue in the words is taken at this lower probability: the cue is
# precise, the embedding of a long or noisy text is not (chosen by 5-fold CV on the train split;
# leave-one-author-out CV, scripts/cv_authors.py, confirms it and PRECISE_CUE, PART_THRESHOLD).
CUED_THRESHOLD = 0.2
# A strong cue whose precision on the train split is at least this is taken on its own.
PRECISE_CUE = 0.8
# An issue read in one part of a long story (see text.parts) is taken at this probability: a
# part is short and says less about the whole, so it must be surer than the whole text.
PART_THRESHOLD = 0.7
# How the issue encoder's probabilities (nlp/encoder.py), when given, join the classifier's:
# "mean" of the two, "max", or "encoder" alone. Chosen by leave-one-author-out CV over the six
# train authors (scripts/cv_reader.py; mean of authors, threshold 0.5): classifier alone P 68.7
# R 84.1 F1 75.6 exact 57.6 verdicts 80.0%; mean P 76.4 R 84.7 F1 80.2 exact 64.4 verdicts 81.1%;
# max gains recall but loses precision (P 62.7 at 0.5, 71.3 at 0.7); the encoder alone loses
# recall (R 79.0, verdicts 76.3%).
ENCODER_MIX = "mean"


def mix(classifier: np.ndarray, encoder: np.ndarray) -> np.ndarray:
    """One probability per issue from the classifier's and the encoder's (ENCODER_MIX)."""
    if ENCODER_MIX == "max":
        out: np.ndarray = np.maximum(classifier, encoder)
    elif ENCODER_MIX == "encoder":
        out = encoder
    else:
        out = (classifier + encoder) / 2.0
    return out


@dataclass(frozen=True)
class Reading:
    """What the question was read to say: issues (most probable first) and evidenced facts."""

    issues: tuple[str, ...]
    probabilities: tuple[tuple[str, float], ...]  # every issue above 0.05, for display and eval
    evidence: tuple[Evidence, ...]

    def facts(self) -> dict[str, object]:
        return {e.fact: e.value for e in self.evidence}


def features(model: IssueModel, text: str, vector: Vector) -> np.ndarray:
    cues = np.asarray(cue_strengths(text.lower(), model.issues), dtype=np.float64)
    return np.concatenate([vector.astype(np.float64), cues])


def recognise(
    model: IssueModel,
    text: str,
    vector: Vector,
    parts: tuple[str, ...] = (),
    embed: Callable[[str], Vector] | None = None,
    encoded: Mapping[str, float] | None = None,
) -> tuple[tuple[str, float, bool], ...]:
    """Every issue with its probability and whether it is taken, most probable first.

    `parts` are the sentences of a long story: an issue that one part raises surely
    (PART_THRESHOLD) is taken with that part's probability, when higher than the whole's. Only a
    part with a strong cue for an issue the whole does not reach is embedded (a model run each;
    warm p95 on dev, 2 busy cores: ~24 ms without parts, ~49 ms embedding all, ~34-40 ms so).
    """
    feats = features(model, text, vector)
    probs = model.probabilities(feats)
    if parts and embed is not None:
        for part in parts:
            part_cues = np.asarray(cue_strengths(part.lower(), model.issues), dtype=np.float64)
            if not np.any((part_cues >= 1.0) & (probs < model.threshold)):
                continue
            vec = embed(part).astype(np.float64)
            part_probs = model.probabilities(np.concatenate([vec, part_cues]))
            probs = np.where(part_probs >= PART_THRESHOLD, np.maximum(probs, part_probs), probs)
    if encoded is not None:
        given = [encoded.get(i, float(p)) for i, p in zip(model.issues, probs, strict=True)]
        probs = mix(probs, np.asarray(given, dtype=np.float64))
    cues = feats[-len(model.issues) :]
    precise = model.cue_precision if model.cue_precision is not None else np.zeros(len(cues))
    out = []
    for issue, p, cue, prec in zip(model.issues, probs, cues, precise, strict=True):
        taken = p >= model.threshold or (
            cue >= 1.0 and (p >= CUED_THRESHOLD or prec >= PRECISE_CUE)
        )
        out.append((issue, round(float(p), 4), bool(taken)))
    return tuple(sorted(out, key=lambda t: (-t[1], t[0])))


def read_facts(text: str, issues: tuple[str, ...] = ()) -> tuple[Evidence, ...]:
    """Every fact the text settles, before filtering by issue."""
    found: list[Evidence] = []
    who = people.person(text, issues)
    if who is not None:
        found.append(who)
        if who.value == "former_client":
            months = people.months_since_services_ended(text)
            if months is not None:
                found.append(months)
    for reader in (
        things.object_kind,
        things.value_dollars,
        things.loan_direction,
        things.significant_value,
        *conduct.READERS,
    ):
        ev = reader(text)
        if ev is not None:
            found.append(ev)
    return tuple(found)


def relevant_facts(rulebook: Rulebook, issues: tuple[str, ...]) -> frozenset[str]:
    """Facts some norm of some edition reads when deciding one of these issues."""
    wanted: set[str] = set(GENERAL)
    for issue in issues:
        wanted.update(DESCRIBING.get(issue, ()))
    for edition in rulebook.editions():
        ns = rulebook.norms_of(edition)
        for issue in issues:
            for norm in ns.for_issue(issue):
                wanted.update(facts_of(ns.effective_when(norm)))
    return frozenset(wanted)


def read(
    rulebook: Rulebook,
    model: IssueModel,
    text: str,
    vector: Vector,
    parts: tuple[str, ...] = (),
    embed: Callable[[str], Vector] | None = None,
    encoded: Mapping[str, float] | None = None,
) -> Reading:
    ranked = recognise(model, text, vector, parts, embed, encoded)
    issues = tuple(i for i, _, taken in ranked if taken)
    if issues and people.names_only_others(text):
        issues = tuple(i for i in issues if i not in PERSON_DIRECTED)
    return Reading(
        issues=issues,
        probabilities=tuple((i, p) for i, p, _ in ranked if p >= 0.05),
        evidence=facts_for(rulebook, text, issues),
    )


def facts_for(rulebook: Rulebook, text: str, issues: tuple[str, ...]) -> tuple[Evidence, ...]:
    """The facts the text settles that matter to these issues, by fact id."""
    keep = relevant_facts(rulebook, issues) if issues else frozenset()
    evidence = tuple(e for e in read_facts(text, issues) if e.fact in keep)
    return tuple(sorted(evidence, key=lambda e: e.fact))
