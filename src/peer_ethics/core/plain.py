"""Plain words for people: edition names, verdict badges and the bottom line's fixed templates.

Ids (`wa@current`, norm ids) stay in JSON, links and reviewer details; everything here is a
fixed template filled only with rule data (condition and duty texts) or a code's own name.
"""

from __future__ import annotations

VERDICT_BADGES = {
    "prohibited": "Not allowed",
    "required": "Required",
    "permitted": "Allowed",
    "conditional": "Depends",
    "not_addressed": "Not addressed",
}

NOT_ADDRESSED = (
    "This code doesn't address it — follow your agency's policy and talk with your supervisor"
)

# What "it" is, per issue: the conduct asked about as a verb phrase, for "Don't …" / "You may …"
# / "You must …". An issue not listed falls back to "do it".
ISSUE_ACTS = {
    "accept_gift": "accept it",
    "give_gift": "give it",
    "lend_borrow": "lend or borrow",
    "financial_gain": "use the relationship for your own gain",
    "sexual_relationship": "start romantic or sexual contact",
    "serve_former_partner": "provide services to a former partner",
    "serve_family_member": "provide services to your own family",
    "dual_relationship": "take on this second relationship",
    "confidentiality": "share this information",
    "harm_threat": "act on it",
    "caregiver_abuse": "act on it",
    "outside_scope": "do this outside a peer's scope",
    "imposing_beliefs": "press your own beliefs",
    "coercion": "pressure or force them",
    "unwarranted_promises": "promise this",
    "discrimination": "treat them differently for who they are",
    "unsafe_meeting": "decline",
    "own_wellness": "look after your own wellness",
    "supervision": "use supervision",
    "self_disclosure": "share your own story",
    "advocacy": "advocate for their own decisions",
    "self_determination": "override their choice",
    "withdrawing_support": "stop or limit your support",
    "community_integration": "support their choice of community",
    "abuse_neglect_exploitation": "do this",
    "professional_knowledge": "keep your knowledge current",
    "applicability": "follow this code",
}

# A condition's text starts with the verdict it leads to, in the engine's words.
_CONDITION_LEADS = (
    ("prohibited if ", "not allowed if "),
    ("permitted if ", "allowed if "),
    ("not addressed if ", "not addressed if "),
    ("required if ", "required if "),
    ("conditional if ", "it depends if "),
)


_LEADS = tuple(lead for lead, _ in _CONDITION_LEADS)


def short_name(jurisdiction: str) -> str:
    """'Washington State (Department of Health)' -> 'Washington'."""
    return jurisdiction.split(" (")[0].removesuffix(" State").strip()


def edition_name(jurisdiction: str, proposed: bool, editions_of_code: int) -> str:
    """'Washington — current code (in force)', '… — proposed draft (not in force)', or
    'Wisconsin code' for a code with one edition."""
    name = short_name(jurisdiction)
    if editions_of_code <= 1 and not proposed:
        return f"{name} code"
    if proposed:
        return f"{name} — proposed draft (not in force)"
    return f"{name} — current code (in force)"


def condition_words(text: str) -> str:
    """A condition in plain words: the verdict it leads to as a badge word."""
    for lead, plain in _CONDITION_LEADS:
        if text.startswith(lead):
            return plain + text[len(lead) :]
    if text.startswith("otherwise "):
        return (
            "otherwise "
            + VERDICT_BADGES.get(
                text.removeprefix("otherwise ").replace(" ", "_"), text.removeprefix("otherwise ")
            ).lower()
        )
    return text


def action(issue: str, verdict: str, duties: tuple[str, ...], conditions: tuple[str, ...]) -> str:
    """The verdict as an action about the conduct asked, from fixed templates."""
    act = ISSUE_ACTS.get(issue, "do it")
    if verdict == "prohibited":
        return f"Don't {act}"
    if verdict == "permitted":
        return f"You may {act}"
    if verdict == "required":
        if duties:
            return "You must: " + "; ".join(_lower_first(d).rstrip(".") for d in duties)
        return f"You must {act}"
    if verdict == "conditional":
        # The top-level alternatives only (each starts with the verdict it leads to).
        shown = [condition_words(c) for c in conditions if c.startswith(_LEADS)]
        more = "; …" if len(shown) > 2 else ""
        return "It depends: " + "; ".join(shown[:2]) + more if shown else "It depends"
    return NOT_ADDRESSED


def depends_sentence(names: tuple[str, ...], only_draft: bool) -> str:
    """'Washington's answer depends on this.' for the codes a follow-up question can change."""
    if not names:
        return "The answer depends on this."
    if only_draft:
        return f"The proposed {names[0]} draft's answer depends on this."
    owners = [f"{n}'s" for n in names]
    joined = owners[0] if len(owners) == 1 else ", ".join(owners[:-1]) + " and " + owners[-1]
    verb = "answer depends" if len(owners) == 1 else "answers depend"
    return f"{joined} {verb} on this."


def decisive_words(quote: str, title: str) -> str:
    """The sentence of a provision that carries the rule (most words shared with the norm's
    title, the first on a tie); the whole provision when it is one sentence."""
    sentences = _sentences(quote)
    if len(sentences) <= 1:
        return quote
    wanted = _stems(title)
    best = max(enumerate(sentences), key=lambda s: (len(_stems(s[1]) & wanted), -s[0]))
    return best[1]


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ".;" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(text[start : i + 1].strip())
            start = i + 1
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


_STOP = frozenset(("from", "with", "that", "this", "your", "their", "they", "those", "will"))


def _stems(text: str) -> set[str]:
    words = "".join(c.lower() if c.isalpha() else " " for c in text).split()
    return {w[:4] for w in words if len(w) > 3 and w not in _STOP}


def _lower_first(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
