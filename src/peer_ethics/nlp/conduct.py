"""Facts about the conduct itself: the second relationship, sharing, harm, scope, manner, role.

Each reader is a small set of phrasings with its value; the first phrasing found (outside a
negation where the value would flip) settles the fact. Nothing found leaves the fact unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from peer_ethics.core.facts import FactValue

from . import patterns as rx
from .evidence import Evidence
from .scope import negated


def _first(fact: str, rules: tuple[tuple[FactValue, str], ...]) -> Callable[[str], Evidence | None]:
    compiled = tuple((value, rx.compile(pattern, re.I)) for value, pattern in rules)

    def read(text: str) -> Evidence | None:
        best: tuple[int, FactValue, str] | None = None
        for value, pattern in compiled:
            m = pattern.search(text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), value, m.group(0))
        return Evidence(fact, best[1], best[2]) if best else None

    return read


def _ranked(
    fact: str, rules: tuple[tuple[FactValue, str], ...]
) -> Callable[[str], Evidence | None]:
    """Like `_first`, but the first rule that matches wins (rules from most to least specific)."""
    compiled = tuple((value, rx.compile(pattern, re.I)) for value, pattern in rules)

    def read(text: str) -> Evidence | None:
        for value, pattern in compiled:
            m = pattern.search(text)
            if m:
                return Evidence(fact, value, m.group(0))
        return None

    return read


# Most specific first: a platform beats "friend", a role (sponsor) beats the shared group, doing
# something together beats merely being in the same place.
dual_kind = _ranked(
    "dual_kind",
    (
        (
            "social_media",
            r"\b(?:facebook|fb|instagram|insta|snapchat|snap|tiktok|twitter|linkedin"
            r"|friend request|follow(?:ed|s|ing)? (?:me|her|him|them)|social media|dm'?s?|add(?:ed"
            r")? "
            r"(?:me|her|him|them|my \w+) on)\b",
        ),
        (
            "other",
            r"\b(?:sponsor|co-?sign|god-?(?:parent|mother|father|mom|dad)s?|godchild|power of "
            r"attorney|payee|same (?:college )?class|"
            r"emergency contact|reference)\b",
        ),
        (
            "employment",
            r"\b(?:hire|hired|hiring|employ|employed|work for (?:me|him|her)|"
            r"babysit|babysitting|pay (?:me|him|her|them) (?:\$?\d+ )?(?:dollars )?to|odd jobs?|on"
            r" (?:my|his|her) payroll|"
            r"weekend job|side job|working for|off the clock|(?:pet|house|dog|cat|baby)[- ]?"
            r"(?:sit|sits|sitting|sitter|walk|walking|walker)|for (?:cash|pay|a wage)|cash in hand|"
            r"under the table|pay (?:him|her|them) (?:cash )?(?:for|to) (?:clean|mow|paint|fix|"
            r"watch|walk|help|do|move|work)|(?:clean|mow|paint|fix|watch)\w* (?:my|our) \w+ for"
            r" (?:me|money|cash|\$))\b",
        ),
        (
            "housing",
            r"\b(?:stay with me|move in with|moving in with|live with me|spare room|couch|landlord|"
            r"rent (?:a room|my|to (?:him|her|them))|tenant|vacancy|roommates?|sober house|recover"
            r"y "
            r"housing|oxford house|place to stay|stay at my|basement apartment)\b",
        ),
        (
            "business",
            r"\b(?:buy|bought|sell|selling|sold|purchase|trade|barter|bartering|"
            r"business|customer|book (?:her|him) for|mary kay|herbalife|commission|invest|rental "
            r"property|go in on|employee price|owns (?:the|a|an) (?:only )?\w+|laundromat|haircut)"
            r"\b"
            # the person sells the peer a service: "runs the only garage", "50% off my cuts"
            r"|\b(?:runs|owns|has) (?:the|a|an|his|her|their) (?:only |own |little )?(?:\w+ )?"
            r"(?:garage|shop|salon|store|restaurant|cafe|café|bakery|business|practice|bar|gym|"
            r"studio|company|stall|taxi|cab)\b|\b(?:\d+\s?%|percent|half) off\b|\bdiscounts?\b"
            r"|\b(?:hair ?stylist|hairdresser|barber|mechanic|plumber|electrician|contractor|"
            r"tattoo artist|nail tech|realtor)\b|\b(?:take|took|bring|get) my (?:car|truck|van"
            r"|bike|dog|cat) (?:to|in to|into) (?:him|her|them|his|her|their)\b"
            r"|\b(?:cut|cuts|does|do|did) my (?:hair|nails|taxes|brows)\b|\bmy (?:cuts|haircuts)\b",
        ),
        (
            "friendship",
            r"\b(?:grew up (?:together|with (?:him|her|them)|(?:on|in) the same|next door)|"
            r"known (?:him|her|them|my \w+) since|"
            r"(?:childhood|school|old|high school) friends?|since we were (?:kids|little|children|"
            r"teens))\b"
            # an existing personal tie: "my husband's best mate", "a family friend"
            r"|\b(?:best |close |good |old )?(?:mate|pal|buddy|bestie|bff)s?\b|\bfamily friend\b"
            r"|\bfriend of (?:the family|ours|mine|my \w+)\b|\bclose to (?:us|me|my family)\b"
            r"|'s (?:best |close |good |old )?friend\b",
        ),
        (
            "neighbour",
            r"\b(?:neighbou?rs?|next door|across the hall|upstairs|downstairs|doors? down|same "
            r"(?:building|street|block))\b",
        ),
        (
            "friendship",
            r"\b(?:friends?|friendship|hang out|hanging out|grew up|known (?:him|her|"
            r"them|my client) since|wedding|baby shower|birthday party|party|bbq|barbecue|fishing|"
            r"go out for|together|graduation|dinner|get coffee)\b",
        ),
        (
            "community",
            r"\b(?:church|mosque|temple|synagogue|congregation|aa|na|12[- ]step|"
            r"meetings?|league|team|gym|club|school|pta|choir|softball|bowling|soccer|coach|"
            r"class(?:es)?|group|band)\b",
        ),
    ),
)

_DISCLOSURE_TO: tuple[tuple[FactValue, str], ...] = (
    (
        "treatment_team",
        r"\b(?:treatment team|team meeting|care team|the team|case ?manager|supervisor|"
        r"therapist|counselor|counsellor|psychiatrist|doctor|nurse|prescriber|clinician|staff|"
        r"my team|other providers?|interdisciplinary|coworkers?|colleagues?|my sup|"
        r"case ?workers?"
        r"|team lead|program (?:director|manager)|clinical (?:director|team|staff)|"
        r"crisis team|psych(?:iatric)? (?:nurse|np)|medical team)\b",
    ),
    (
        "family",
        r"\b(?:(?:his|her|their|client'?s|peer'?s|member'?s|participant'?s) (?:mom|mum|mam|ma|"
        r"mama|momma|mommy|mother|dad|da|daddy|pops|father|parents|folks|wife|husband|family|"
        r"sister|brother|sis|bro|son|daughter|partner|kids?|spouse|girlfriend|boyfriend|fianc[ée]e?"
        r"|aunt|auntie|aunty|uncle|cousin|nan|nana|gran|granny|grandma|grandmother|grandpa|"
        r"grandad|granddad|grandfather|grandparents?|stepmom|stepdad|stepmother|stepfather|"
        r"in-laws?|relatives?|guardian|sibling)|family members?|relatives)\b",
    ),
    (
        "authorities",
        r"\b(?:police|cops?|911|authorities|probation|parole|court|judge|cps|aps|po\b|"
        r"welfare check|mandat\w* report\w*|"
        r"child protective|adult protective|law enforcement|sheriff|officer|dcfs)\b",
    ),
    (
        "other",
        r"\b(?:my (?:own )?(?:therapist|counsel+or|sponsor|psychiatrist|doctor)|employer|boss|"
        r"landlord|church|reporter|news|book|blog|podcast|fundrais\w*|video|newsletter|"
        r"(?:local )?(?:news)?paper|journalists?|the press|media|magazine|radio|tv station|"
        r"documentary|"
        r"presentation|website|"
        r"facebook|instagram|social media|friends?|my (?:partner|wife|husband)|school)\b",
    ),
)

_DISCLOSURE_RULES = tuple((v, rx.compile(p, re.I)) for v, p in _DISCLOSURE_TO)
# A verb of passing something on, just before the one it would go to ("not to tell anyone,
# especially her case manager", "report back to the team"); "she told me" receives, not passes on.
_PASSING_ON = rx.compile(
    r"\b(?:tell|telling|told|tells|share|sharing|shared|report\w*|inform\w*|call|calling|update|"
    r"updating|talk to|talking to|speak to|let|send|sending|give|giving|show|showing|especially|"
    r"including|post\w*|vent\w*)\b(?! me\b)[^.?!]{0,30}$",
    re.I,
)


def disclosure_to(text: str) -> Evidence | None:
    """Who the information would go to: preferably the one a verb of telling points at.

    A story names many people ("her boyfriend has been hitting her … swear not to tell anyone,
    especially her case manager"); the one right after "tell", "report to", "share with" is the
    one told. Without such a verb, the first one named.
    """
    found: list[tuple[int, FactValue, str, bool]] = []
    for value, pattern in _DISCLOSURE_RULES:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            found.append((m.start(), value, m.group(0), bool(_PASSING_ON.search(before))))
    if not found:
        return None
    governed = [f for f in found if f[3]]
    _, value, words, _ = min(governed or found, key=lambda f: f[0])
    return Evidence("disclosure_to", value, words)


_INTENT = rx.compile(
    r"\b(?:cutting(?: again)?|took (?:everything|all (?:of )?(?:my|her|his|the) pills|a bunch of "
    r"pills|the whole bottle)|off (?:him|her|them)sel(?:f|ves)|going to|gonna|will|he'll|she'll|th"
    r"ey'll|i'll|i will|plans? to|planning to|plan for|"
    r"has a plan|had a plan|intends? to|threatened|threatening|threatens?|said (?:he|she|they)'?d|"
    r"(?:he|she|they)'d (?:kill|hurt|end|shoot|stab|beat)|wants to (?:kill|hurt|end|die)|"
    r"bought a (?:gun|rope)|has a gun|got a gun|stockpil\w*|tonight|tomorrow|this weekend|"
    r"end it|end (?:his|her|their) life|kill (?:him|her|them)self|kill (?:him|her|them|my|his|"
    r"her)|make (?:him|her|them) pay|take (?:his|her|their) own life|overdose on purpose)\b",
    re.I,
)
_THOUGHTS = rx.compile(
    # thinking about harm, not about anything ("thinking about calling in")
    r"\b(?:(?:thoughts? (?:of|about)|thinks? about|thinking about) (?:\w+ ){0,2}(?:kill\w*|"
    r"death|dying|die|suicid\w*|not (?:waking|being here)|overdos\w*|unaliv\w*|hurt\w*|harm\w*|"
    r"end(?:ing)? (?:it|his|her|their|my)|cutting|self-harm|hang\w*|jump\w*|shoot\w*|stab\w*|"
    r"dead|(?:getting|buying|get|buy) a (?:gun|weapon|knife))|better off without (?:me|him|her|them"
    r")|(?:ain'?t|aint|not|never) (?:gonna|going to)"
    r" do (?:nothin\w*|anything)|wish(?:es|ed)? (?:he|she|they|i)"
    r" (?:was|were) dead|passive|ideation|sometimes feels?|feels? like|dark thoughts|"
    r"intrusive|no plan|not going to|wouldn'?t (?:actually|ever)|never act|doesn'?t want to die"
    r"|(?:was|is|were|are)n'?t (?:being )?serious|(?:was|is) not (?:being )?serious|didn'?t mean"
    r" (?:it|anything)|(?:was|just) (?:messing|kidding|playing) around|(?:just )?blowing off steam"
    r"|no intent|not serious|joking|just venting|venting|fantasi[sz]e|not dangerous|nothing "
    r"dangerous|no safety issue|(?:no ?one|nobody)(?:'s| is) in danger|could just snap|didn'?t say "
    r"(?:she|he|they)'?d do anything|(?:would|'d) never (?:do|act"
    r"|hurt)|never do anything|wouldn'?t wake up|not wake up|wish(?:es|ed)? (?:she|he|they|i) "
    r"(?:wouldn'?t|could just))\b",
    re.I,
)


_RETRACTED = rx.compile(
    r"\b(?:just kidding|jk|(?:was|were|is|just) joking|didn'?t mean it|doesn'?t mean it|took it "
    r"back|laughed it off|then laughs)\b",
    re.I,
)


def harm_intent(text: str) -> Evidence | None:
    """Intent or a threat ("he said he'd kill", "has a plan") versus thoughts or venting.

    A threat taken back in the same story ("… then laughs and says just kidding") settles
    neither: the fact stays unknown and the interview asks.
    """
    retracted = _RETRACTED.search(text)
    if retracted:
        has_threat = any(not negated(text, m.start(), window=3) for m in _INTENT.finditer(text))
        if has_threat and not _THOUGHTS.search(text):
            return None
        if not has_threat:
            return Evidence("harm_intent", False, retracted.group(0))
    thoughts = _THOUGHTS.search(text)
    plan = next(
        (p for p in _PLAN.finditer(text) if not _TOLD_WHEN.search(text, 0, p.start())), None
    )
    if plan and not negated(text, plan.start(), window=3):
        # A plan, a time, the means or an act already under way is intent whatever else is said.
        return Evidence("harm_intent", True, plan.group(0))
    # Words of intent that run into words of no intent ("said she'd never do anything") are not
    # intent.
    denials = [(t.start(), t.end()) for t in _THOUGHTS.finditer(text)]
    intent = next(
        (
            m
            for m in _INTENT.finditer(text)
            if not negated(text, m.start(), window=3)
            and not any(a <= m.end() + 3 and b >= m.start() for a, b in denials)
        ),
        None,
    )
    if thoughts and intent and intent.start() > thoughts.end():
        # "thinking about getting a gun … then said 'or maybe I'll just use it on him'": talk of
        # thoughts, then words of intent. The story settles neither; the interview asks.
        return None
    if thoughts:
        return Evidence("harm_intent", False, thoughts.group(0))
    if intent:
        return Evidence("harm_intent", True, intent.group(0))
    return None


# "client told me tonight she thinks about …": the time is when it was said, not a plan.
_TOLD_WHEN = rx.compile(
    r"\b(?:told|tell|tells|telling|said|says|texted|called|messaged|asked|mentioned|admitted|"
    r"disclosed)(?: me| us)? $"
)
_PLAN = rx.compile(
    # the means made ready: "got the pills counted out", "rope in the car", "wrote a note"
    r"\b(?:(?:pills|meds|tablets|rope|gun|razors?|blades?)\s(?:\w+\s)?(?:counted|lined up|"
    r"laid out|set out|ready|stashed|hidden|sorted)|(?:counted|lined|laid|set) (?:out"
    r"|up) (?:all )?(?:of )?"
    r"(?:the |my |his |her |their )?(?:pills|meds|tablets)|wrote (?:a|the|his|her"
    r"|their) (?:suicide "
    r"|goodbye )?(?:note|letter)|giv(?:en|ing) (?:away )?(?:his|her|their|my) (?:stuff|things|"
    r"belongings) away|gave away (?:his|her|their|my) (?:stuff|things|belongings))\b|"
    r"\b(?:has a plan|had a plan|have a plan|a plan to|planning to|plans to|tonight|tomorrow|this "
    r"(?:weekend|friday|week)|on (?:friday|saturday|sunday|monday)|pills saved|saved up (?:pills|"
    r"meds)|bought a (?:gun|rope)|has guns?|got a gun|stockpil\w*|took (?:everything|all (?:of )?"
    r"(?:my|her|his|the) pills|a bunch of pills|the whole bottle)|cutting(?: again)?|goodbye|"
    r"where and when|knows where (?:he|she|they) (?:sleeps|lives))\b",
    re.I,
)


harm_target = _first(
    "harm_target",
    (
        (
            "self",
            r"\b(?:suicid\w*|kill(?:ing|s)? (?:him|her|them|my)sel(?:f|ves)|end (?:it|it all|(?:his"
            r"|her"
            r"|their) life)|hurt (?:him|her|them)sel(?:f|ves)|self[- ]harm|cutting|overdose|o\.?d"
            r"\.?|"
            r"take (?:his|her|their) (?:own )?life|not (?:be|being) here|better off dead|want(?:s|"
            r"ed)? "
            r"to die|jump off)\b"
            r"|\b(?:kms|unaliv\w*|overdosing|(?:not|never|wouldn'?t|won'?t) (?:wake|waking) up|"
            r"disappear|can'?t (?:do this|go on|take it) anymore|done with (?:life|living|it all)|"
            r"no reason to live|better off without (?:me|him|her|them)|thoughts of (?:dying|death)|"
            r"(?:cut|cuts|cutting|burn\w*|hang\w*|shoot\w*) (?:him|her|them)sel(?:f|ves)|"
            r"took (?:everything|all (?:of )?(?:my|her|his|the) (?:pills|meds))|"
            r"(?:pills|meds) (?:saved|lined up)|fresh (?:cuts|marks)|marks on (?:his|her|"
            r"their) (?:arms?|wrists?|legs?)|end(?:ing)? (?:it|things))\b",
        ),
        (
            "others",
            r"\b(?:(?:kill|hurt|shoot|stab|beat|attack|strangle|harm|punch|choke|bash|smash|"
            r"slash|smack|slap|whack|deck|clock|thump|kick|knock|batter|hit|sock|slug|shank)"
            r"(?:s|ed|ing)?|get|jump|fight|hit|hits|hitting)['’]? (?:his|her|"
            r"their|my|the|that|a|him|her|them|someone|somebody|people|everyone)\b(?!\s?sel)|"
            r"\b(?:roommate|boss|ex|neighbou?r|wife|husband|kids?|family|coworker|caseworker) "
            r"(?:is going to|will) pay\b|\bmake (?:him|her|them|(?:his|her|their|my|the) \w+) pay\b"
            r"|\bviolence\b|"
            # a veiled threat at someone named: "if his ex shows up he's gonna 'handle it'"
            r"\b(?:he|she|they)(?:'s| is| are|'re|'ll| will)? (?:gonna|going to|will|'ll)? ?['‘]?"
            r"(?:handle|deal with|take care of|sort out|sort) (?:it|him|her|them|things)\b"
            r"(?=[^.?!]{0,4}(?:[.?!]|$))|"
            r"\b(?:teach (?:him|her|them) a lesson|get even with|settle the score|get (?:him|her|"
            r"them) back)\b|"
            r"\b(?:use it on (?:him|her|them)|(?:head|face) in\b|go after (?:him|her|them)|set fire"
            r"|burn (?:his|her|their|the) \w+|run (?:him|her|them) over)",
        ),
    ),
)

harm_serious = _first(
    "harm_serious",
    (
        (
            True,
            r"\b(?:kms|kys|off (?:him|her|them)sel(?:f|ves)|overdos\w*|jump\w*|hurt\w*|harm\w*|"
            r"wake up|cutting|punch\w*|bash\w*|smash\w*|choke|strangl\w*|cuts|marks|hit "
            r"(?:him|her|them)|make (?:him|her|them) ['‘]?pay|shoot\w*|pills|bottle|hang\w*)\b",
        ),
        (
            True,
            r"\b(?:kill|killing|suicid\w*|shoot|stab|gun|knife|weapon|(?:baseball|a) bat|crowbar|"
            r"hammer|machete|overdose|end (?:it|his life|her "
            r"life|their life)|die|dead|murder|strangle|beat (?:him|her|them) up|serious(?:ly)?)\b",
        ),
    ),
)

scope_activity = _first(
    "scope_activity",
    (
        (
            "diagnose",
            r"\b(?:diagnos\w*|assess(?:ment)?|screen(?:ing)? (?:her|him|them|for)|"
            r"(?:is|has) (?:bipolar|borderline|ptsd|adhd|schizo\w*|depress\w*)|what (?:disorder|"
            r"condition)|label (?:her|him|them)|phq|gad-?7|screeners?|intake assessments?|"
            r"(?:decide|tell|figure out) (?:who|whether|if) (?:\w+ )?(?:has|is) (?:depress\w*|"
            r"bipolar|adhd|ptsd|autis\w*))\b",
        ),
        (
            "medication_advice",
            r"\b(?:meds?|medications?|medicines?|pills?|dose|dosage|prescri\w*|"
            r"suboxone|methadone|lithium|antidepressants?|seroquel|zoloft|xanax|adderall|"
            r"taper|come off|stop taking|double up|klonopin|ativan|abilify|prozac|wellbutrin|"
            r"vivitrol|naltrexone|gabapentin|risperdal|haldol|clozapine|depakote|lamictal|"
            r"trazodone|benzos?|injection|split (?:his|her|their|the) (?:dose|pills)|mat\b)\b",
        ),
        (
            "legal_advice",
            r"\b(?:legal|lawyer|attorney|court|custody|lawsuit|sue|divorce papers|"
            r"eviction|plead|probation|expunge\w*|immigration|plea|guilty|warrant|public "
            r"defender|sentenc\w*|child support|tax law|lease|green card|visa|record sealed)\b"
            r"|\btax (?:refund|return)s?\b(?:\s\w+){0,4}\s(?:taken|garnish\w*|seiz\w*|offset|"
            r"intercept\w*|kept)|\b(?:garnish\w*|bankruptcy|restraining order|protective order|"
            r"power of attorney|guardianship|conservatorship|landlord-tenant|tenant rights|"
            r"(?:file|filing) (?:for )?(?:custody|divorce|bankruptcy|an appeal|a claim|"
            r"a lawsuit))\b",
        ),
        (
            "therapy",
            r"\b(?:therapy|therapist|counsel(?:ing|ling)|emdr|cbt|dbt|trauma work|"
            r"process (?:her|his|their) trauma|psychotherapy|treat (?:her|his|their|him)|"
            r"exposure therapy|hypnosis|trauma processing|couples counsel\w*)\b",
        ),
        (
            "other_advice",
            r"\b(?:financial advice|invest\w*|tax(?:es)?|budget|medical advice|"
            r"nutrition|diet|supplements?)\b",
        ),
    ),
)


def _unnegated(
    fact: str, rules: tuple[tuple[FactValue, str], ...]
) -> Callable[[str], Evidence | None]:
    """The first rule (most specific first) with a match that no negation governs."""
    compiled = tuple((value, rx.compile(pattern, re.I)) for value, pattern in rules)

    def read(text: str) -> Evidence | None:
        for value, pattern in compiled:
            for m in pattern.finditer(text):
                if not negated(text, m.start(), window=3):
                    return Evidence(fact, value, m.group(0))
        return None

    return read


imposition_manner = _unnegated(
    "imposition_manner",
    (
        (
            "force",
            r"\b(?:force|forced|forcing|make (?:him|her|them)|made (?:him|her|them)|insist\w*|"
            r"require|required|requiring|condition of|unless (?:he|she|they)|or else|won'?t (?:see|"
            r"work with|help) (?:him|her|them) unless|(?:has|have) to (?:pray|go|come|believe|"
            r"attend)|if (?:he|she|they) wants? (?:my help|to keep working with me)|makes? "
            r"everyone)\b"
            # a condition: "has to get baptized or the mentor won't keep investing in her"
            r"|\b(?:has|have|had|needs?) to (?:\w+ ){0,3}or (?:else |(?:\w+ ){0,2}(?:won'?t|will "
            r"not|can'?t|is going to|will) ['‘]?(?:keep|continue|see|work|help|support|stop|drop))"
            r"|\b(?:only|won'?t) (?:\w+ ){0,3}(?:unless|until|if) (?:he|she|they) (?:converts?"
            r"|prays?"
            r"|goes|agrees?|gets? baptized|accepts?|comes)\b"
            # help withheld until the person complies: "no more weed or i'm not driving you",
            # "i wasn't gonna keep meeting with him till he …", "i won't help people on mat"
            r"|\b(?:no more|stop) (?:[\w']+ ){1,3}or (?:i'?m|i will|i'?ll|i won'?t|else)\b|\b(?:was"
            r"n'?t"
            r"|am not|i'?m not|won'?t|not) (?:gonna |going to )?(?:keep )?(?:meeting|working|seeing"
            r"|"
            r"helping) (?:with )?(?:him|her|them)? ?(?:till|until|unless)\b|\bi won'?t help\b",
        ),
        (
            "indirect",
            r"\b(?:hint\w*|suggest\w*|nudg\w*|steer\w*|encourag\w*|leave (?:pamphlets?|a bible|"
            r"books?)|leaving (?:\w+ )?tracts|bring(?:ing)? (?:it |up )|keep mentioning|"
            r"drop(?:ping)? hints|invite (?:him|her|them) to (?:church|my)|pray (?:for|with)|share"
            r" my (?:faith|"
            r"views)|mention\w*|talk (?:her|him|them) out of|refer (?:my )?clients to|comes "
            r"through|my opinion|tell (?:him|her|them|my client) (?:that )?i think|(?:keeps?|kept|"
            r"keeping|always|constantly|won'?t stop|can'?t stop) (?:on )?(?:catching (?:my|him|her"
            r"|them)sel(?:f|ves) )?(?:telling|saying|reminding|asking|bringing (?:it )?up|pushing|"
            r"talking about|preaching|lecturing)|give (?:her|him"
            r"|them)"
            r" (?:info|information|articles|pamphlets)|push (?:a little|her|him|them))\b"
            # small repeated acts and said-once opinions: "i keep sending him documentaries",
            # "she frames it as just her opinion", "i told her so. once."
            r"|\bi (?:keep|kept)(?: on)? (?:slipping|sending|leaving|giving|dropping|bringing|"
            r"handing|putting|texting|emailing)\b|\bjust (?:her|his|my|their) opinion\b|\bi told "
            r"(?:her|him|them) so\b",
        ),
    ),
)

discrimination_role = _first(
    "discrimination_role",
    (
        (
            "condone",
            r"\b(?:coworker|colleague|staff|supervisor|boss|agency|another|other|peers at|"
            r"they|he|she|team|group)\b[^.?!]{0,60}\b(?:refus\w*|won'?t|doesn'?t let|don'?t "
            r"(?:let|hire)|racist|homophobic|transphobic|slur|treat\w* \w+ (?:differently|like)|"
            r"discriminat\w*|jokes?|mock\w*|keeps saying|talks down)|\b(?:laugh\w* (?:along|it "
            r"off)|go along|went along|stay(?:ed)? quiet|said nothing|(?:didn'?t|don'?t) say "
            r"anything|nobody says anything|including me|look(?:ed)? the other way|supposed to "
            r"enforce)\b",
        ),
        (
            "practise",
            r"\b(?:don'?t|do not) (?:really )?like working with|\bonly (?:get|take|see|serve) "
            r"(?:young|old|older|white|black|male|female|straight|christian)|"
            r"\b(?:i|me) (?:don'?t|do not|won'?t|refuse to|would rather not|can'?t|only) "
            r"(?:want to )?(?:work with|serve|support|see|take)\b|\brefuse to work with\b"
            r"|\b(?:i|me) (?:don'?t|do not|would rather not) (?:really )?(?:want|like|have) "
            r"(?:any |more )?(?:[\w-]+ ){0,3}(?:clients|people|peers|participants|members|folks|"
            r"guys|women|men) (?:on|in) my\b"
            r"|\bonly (?:get|take|see|serve|have|be assigned|be given|work with) (?:[\w-]+ ){0,2}"
            r"(?:speakers|clients|people|guys|women|men|folks|ones|peers|participants)\b"
            r"|\b(?:hand|pass|refer|transfer|send|give|palm)\w* (?:off |on )?(?:all |any |every )?"
            r"(?:of )?(?:my |the |our )?(?:[\w-]+ ){0,2}(?:clients|people|folks|ones|anyone"
            r"|everyone"
            r"|referrals) (?:with|who (?:are|have|is|has)|diagnosed)\b"
            r"|\b(?:won'?t|don'?t|refuse to|not going to|stopped) (?:take|taking|work with|working "
            r"with|serve|serving|see|seeing|support|supporting) (?:anyone|people|clients|folks|"
            r"anybody) (?:with|who|diagnosed)\b"
            # turning a person away, or keeping a kind of person out: "can i refuse to work with
            # somebody who …", "decline a client bc …", "pass on him because of it", "hand her off"
            r"|\b(?:refuse|refusing|decline|declining|pass on|say no to)\s(?:to "
            r"(?:work with|serve|take|see|support)\s)?(?:a |an |the |this |that |any )?(?:him|her|"
            r"them|somebody|someone|anybody|anyone|clients?|peers?|people|folks|applicants?|guys?|"
            r"men|women|person|new clients?)\b|\brefus\w* to be assigned\b|\bhand (?:him|her|them) "
            r"off\b|\bonly hires?\b|\bkeep (?:[\w+()-]+ ){1,3}out of (?:the|our|my)\b|\b(?:only|"
            r"just) for (?:women|men|girls|guys|christians|white|black)\b|\b(?:ask|asking) for "
            r"only\b",
        ),
    ),
)

peer_role = _ranked(
    "peer_role",
    (
        (
            "trainee",
            r"\b(?:trainee|in training|still training|haven'?t (?:taken|passed) (?:the|my) "
            r"(?:exam|test)|student peer|intern)\b",
        ),
        (
            "uncertified",
            r"\b(?:not (?:yet )?certified|uncertified|no certification|never certified|"
            r"(?:lapsed|expired) certification|certification (?:lapsed|expired)|volunteer|not a "
            r"cps|recovery coach|not a peer(?: myself| specialist)?)\b"
            # "a couple of ours aren't certified yet", "my cert lapsed", "let her certification
            # lapse"
            r"|\b(?:aren'?t|isn'?t|wasn'?t|weren'?t) (?:yet |even )?certified\b|\b(?:cert|"
            r"certification|license)s? (?:has |have |had )?(?:lapsed|expired)\b|\blet (?:her|his|my"
            r"|their) (?:cert|certification|license)s? (?:lapse|expire)\b",
        ),
        (
            "certified",
            r"\b(?:certified peer|cps|i'?m certified|am certified|my certification|(?:i )?(?:got|"
            r"became|have been|been) certified|"
            r"lose my (?:certification|cert|license)|credential|passed my)\b"
            # "one of my cpss", "got my cert in wisconsin", "i'm wi certified"
            r"|\b(?:cpss|my cert|(?:wa|wi|washington|wisconsin|state)[- ]certified)\b",
        ),
    ),
)

# A judgement, read only when the user states it: sharing because the person is going through
# what the peer went through is relevant; sharing for the peer's own sake, or in every session
# whatever it fits, is not.
_story_relevant_words = _ranked(
    "story_relevant",
    (
        (
            False,
            r"\b(?:helps me process|for me,? not|whole session|the whole time|every client|whether "
            r"it fits|barely gets a word|talks about (?:her|his|their) own stuff|to make myself "
            r"feel)\b"
            # venting to the people served, for the peer's relief; a story none of them shares
            r"|\bvent\w* (?:to|with) (?:a|my|the|one of my) (?:residents?|clients?|peers?|members?|"
            r"participants?|group|mentees?)\b|\bit helps me\b|\b(?:nobody|no one|none of them) "
            r"(?:\w+ ){0,3}(?:is|are|was|were) (?:dealing|going) (?:with|through) (?:anything like|"
            r"that|this)",
        ),
        (
            True,
            r"\b(?:same thing i did|same (?:thing|situation|experience|struggle)|going (?:thru|"
            r"through) (?:the same|what i)|been through it|i (?:lost|went through|had) (?:mine|the "
            r"same|that) too|first time (?:she|he|they) felt understood|when (?:she|he|"
            r"they) (?:was|were) talking about (?:hers|his|theirs)|who all just had|same (?:age|"
            r"diagnosis|addiction))\b"
            # "same exact thing happened to me", "he's a vet, i'm a vet too"
            r"|\b(?:same (?:exact )?thing happened to me|happened to me too|i'?m (?:a|an) [\w-]+ "
            r"too)\b(?=\s*(?:[.,!?;:]|$|and\b|so\b|but\b))",
        ),
    ),
)

# "my time in foster care … a teen who's in foster care now": the peer's experience and the
# person's, named with the same words, is sharing what the person is going through.
_MY_EXPERIENCE = rx.compile(
    r"\bmy (?:own )?(?:time|years?|experience|history|story|struggles?|days|journey) (?:in|with|"
    r"of|on|at|through) (?:the |a |an )?(\w+(?: \w+)?)",
    re.I,
)
_THEIRS = (
    r"\b(?:who(?:'s| is| are| has| have|'re)?|(?:he|she|they)(?:'s| is| are|'re)) "
    r"(?:\w+ ){{0,3}}{}\b"
)


# Experiences named in several ways; the peer's and the person's words may differ ("out of
# jail" … "I did 5 years inside").
_EXPERIENCES = tuple(
    rx.compile(rf"\b(?:{words})\b", re.I)
    for words in (
        r"jail|prison|inside|locked up|incarcerat\w*|behind bars|the pen|juvie|did time|doing time"
        r"|federal time|state time|parole|probation",
        r"suboxone|subs|bupe|buprenorphine|methadone|vivitrol|sublocade|naltrexone",
        r"heroin|opioids?|opiates?|fentanyl|fent|oxy\w*|pills|meth|crystal|crack|cocaine|coke",
        r"drinking|alcohol\w*|booze|sober|sobriety",
        r"homeless\w*|shelters?|on the streets?|unhoused|sleeping rough|living in (?:my|a|her|his)"
        r" car",
        r"foster (?:care|home|homes|system|kid)|group homes?|aging out",
        r"psych ward|psych unit|psych hospital|hospitali[sz]\w*|inpatient|5150|sectioned|"
        r"involuntar\w*|state hospital",
        r"bipolar|schizo\w*|psychosis|psychotic|hearing voices|voices|ptsd|eating disorder|"
        r"anorexi\w*|bulimi\w*|self-harm|cutting",
        r"custody|cps took|lost (?:my|her|his|their) kids",
        r"abusive (?:relationship|partner|marriage|ex)|domestic violence|dv shelter",
        r"deploy\w*|combat|the military|the army|the marines|veterans?|served overseas",
    )
)
_PEER_WAS = rx.compile(
    r"\bi (?:was|been|did|spent|went|had|used to be|have been|'ve been|also was|was also|myself"
    r"|lived|grew up|was once|survived|struggled)\b[^.?!,;]{0,30}?"
    r"(?:\b(?:it|that|them|the same)\b|(?=\S))",
    re.I,
)


_CLAUSE_STOP = rx.compile(r"[.?!;,]|\b(?:and|but|so) (?:should|can|do|is|would)\b", re.I)
_POINTS_BACK = rx.compile(r"i \w+ (?:on |in |through |with )?(?:it|that|them|the same)\b", re.I)


def _shared_experience(text: str) -> Evidence | None:
    """'scared to start suboxone … I was on it for 2 years': the peer's own phrase ('I was …',
    'I did …') names the experience, or points back at it, that the text names for the person."""
    for peer in _PEER_WAS.finditer(text):
        stop = _CLAUSE_STOP.search(text, peer.end())
        end = stop.start() if stop else len(text)
        mine = text[peer.start() : end]
        rest = text[: peer.start()] + " " + text[end:]
        pointed = _POINTS_BACK.match(mine) is not None
        for family in _EXPERIENCES:
            theirs = family.search(rest)
            if theirs and (pointed or family.search(mine)):
                return Evidence("story_relevant", True, f"{theirs.group(0)} … {mine.strip()}")
    return None


def story_relevant(text: str) -> Evidence | None:
    """A stated judgement of relevance, or the same experience named for the peer and the person."""
    said = _story_relevant_words(text)
    if said is not None:
        return said
    shared = _shared_experience(text)
    if shared is not None:
        return shared
    for m in _MY_EXPERIENCE.finditer(text):
        words = m.group(1).lower().split()[0]  # the head word: "shelter" of "shelter system"
        if len(words) < 4:
            continue
        theirs = re.search(_THEIRS.format(re.escape(words)), text[m.end() :], re.I)
        if theirs:
            return Evidence("story_relevant", True, f"{m.group(0)} … {theirs.group(0)}")
    return None


def _yes_no(fact: str, yes: str, no: str) -> Callable[[str], Evidence | None]:
    yes_re, no_re = rx.compile(yes, re.I), rx.compile(no, re.I)

    def read(text: str) -> Evidence | None:
        n = no_re.search(text)
        if n:
            return Evidence(fact, False, n.group(0))
        for m in yes_re.finditer(text):
            if negated(text, m.start(), window=4):
                return Evidence(fact, False, m.group(0))
            return Evidence(fact, True, m.group(0))
        return None

    return read


supervisor_consulted = _yes_no(
    "supervisor_consulted",
    r"\b(?:talked (?:to|with)|spoke (?:to|with)|asked|checked with|consulted|told|ran it by|"
    r"discussed (?:it|this) with|cleared it with|went to)\s(?:my|our|the)\s(?:supervisor|boss|"
    r"manager|clinical director|team lead)\b|\b(?:supervisor|boss|manager)\s(?:said|says|told me|"
    r"approved|agreed|okayed|ok'?d|signed off)|\b(?:my supervisor and i|me and my supervisor)\b"
    # the supervisor's view on this very matter: "my boss wants me to take her", "my supervisor
    # asked me to stay out of it", "a supervisor told our peer she can't"
    r"|\b(?:supervisor|boss|manager|director)\s(?:wants|wanted|asked|tells|told|wrote)\s(?:me|us"
    r"|our|my|him|her|them)\b",
    r"\b(?:haven'?t|have not|didn'?t|did not|not yet|never)\s(?:\w+\s){0,2}(?:talked|spoken|"
    r"told|asked|consulted|checked with|mentioned it to|said (?:anything|a word|a thing|"
    r"something|owt|nothing) to|brought (?:it|this|that) up (?:to|with)|run (?:it|this) by|ran "
    r"(?:it|this) by|looped in|flagged (?:it|this) (?:to|with)|reached out to|gone to|went to"
    r"|let)\s(?:\w+\s){0,2}(?:supervisor|boss|manager|sup)|\bwithout (?:telling|asking"
    r"|consulting) (?:my|the) (?:supervisor|boss)\b|"
    r"\b(?:supervisor|boss|manager) (?:doesn'?t|does not|don'?t) know\b|\b(?:supervisor|boss|"
    r"manager|director) (?:is|'s) (?:on leave|away|out|on vacation|never around)\b|\bcan'?t (?:ask|"
    r"reach|"
    r"get hold of) (?:my|the|her|him) ?(?:supervisor|boss|manager)?\b|\b(?:should|do|must|"
    r"can) i (?:first )?(?:talk|speak|check|run it|tell|go) (?:to|with|by)? ?(?:my|the) "
    r"(?:supervisor|boss|manager)\b|\b(?:how|whether) (?:do i |to |should i )?(?:tell|talk to|go "
    r"to) (?:my|the) (?:supervisor|boss|manager)\b|\b(?:supervisor|boss|manager|director|sup) i "
    r"(?:did not|didn'?t|have not|haven'?t) (?:tell|told|ask|asked)\b|"
    r"\b(?:supervisor|boss|manager) (?:has |had |keeps |kept )?(?:cancel\w*|skipp\w*) "
    r"(?:supervision|our (?:meetings|check-?ins|supervision))|\b(?:haven'?t|have not|didn'?t|"
    r"did not) (?:told|tell) (?:anyone|anybody)\b",
)

client_consented = _yes_no(
    "client_consented",
    r"\b(?:(?:he|she|they|client|peer|participant) (?:said (?:it'?s|it is) (?:ok(?:ay)?|fine|"
    r"alright|cool)|(?:is|'s|are) (?:fine|ok|okay) with (?:me|it|that)|agreed|"
    r"consented|signed (?:a|the) (?:release|roi|consent)|gave (?:me )?(?:permission|consent)|"
    r"wants me to (?:tell|share|talk))|\b(?:said|says) (?:he|she|they)(?:'d| would) (?:love|"
    r"like|be happy|be glad) to (?:do it|be (?:in|part of) it|share|talk|tell)|with (?:his|her"
    r"|their) (?:permission|consent|ok|okay|"
    r"blessing)|signed (?:a|the) release|release of information|roi|says? (?:i|we) "
    r"(?:can|could|may)"
    r" (?:tell|share|talk)|(?:written|verbal) (?:permission|consent)|(?:ok|okay|fine) with me "
    r"(?:telling|sharing|talking))\b",
    r"\b(?:without (?:his|her|their|my client'?s|asking|telling) ?(?:permission|consent|"
    r"knowing|knowledge|ok|okay|asking)?|(?:he|she|they) (?:doesn'?t|does not|didn'?t|did not"
    r"|won'?t|don'?t) (?:want|agree|consent|know)|(?:begged|asked) me not to (?:tell|share|say)|"
    r"(?:not|don'?t) (?:to )?tell anyone|(?:keep|kept) it (?:a )?secret|made me promise|"
    r"behind (?:his|her|their) back|never signed (?:anything|a release|an roi|a consent)|"
    r"(?:didn'?t|hasn'?t|has not|did not) sign (?:anything|a release|an roi|the release)|no "
    r"(?:release|roi|consent form)|(?:swear|swore|promise|promised) (?:not to|i wouldn'?t) tell|"
    r"keep (?:it|this) (?:quiet|between us|to (?:myself|yourself))|not to tell (?:anyone|anybody|"
    r"nobody|a soul|staff|the team|her|him)|doesn'?t want (?:anyone|anybody|(?:her|his|their) "
    r"\w+|them|me) to (?:know|find out|tell))\b"
    # "she begged me not to say nothin", "he ask me not to"
    r"|\b(?:begged|asked|asks|ask|"
    r"begs|told) me (?:please )?(?:not to|to not|do not|don'?t) (?:tell|say|share|report)\b|\b(?:he"
    r"|"
    r"she|they) (?:ask|asks|asked|begged|begs) me (?:please )?not to\b",
)

informed_of_sharing = _yes_no(
    "informed_of_sharing",
    r"\b(?:i (?:told|explained to|let) (?:him|her|them|my \w+) (?:at intake|upfront|up front|"
    r"from the start|in the first)|(?:told|explained|know|knew) (?:that )?(?:i|we) share (?:with|"
    r"everything)|limits of confidentiality)\b",
    r"\b(?:never (?:told|explained)|didn'?t (?:tell|explain)|doesn'?t know) (?:him|her|them)?\s?"
    r"(?:that )?(?:i|we) (?:share|report|talk to the team)\b",
)

dual_avoidable = _yes_no(
    "dual_avoidable",
    r"\b(?:could (?:switch|go to another|change|move|find another|avoid)|there (?:are|is) "
    r"(?:other|another) (?:meetings?|churches|groups?|options?|leagues?|peers?)|easily avoid)\b",
    r"\b(?:only (?:one|meeting|church|group|store|bar|league|peer|option|place|gym|person)|"
    r"the only \w+(?: \w+)? (?:in (?:town|the area|the county|the valley|(?:our|my|the|this) "
    r"(?:village|town|city|county|area|neighbou?rhood|island|region|reservation|rez|parish))"
    r"|around|nearby|within|"
    r"for \d+ miles)|small "
    r"town|tiny town|rural|can'?t (?:avoid|move|switch|pull|change|get around)|no other|"
    r"nowhere else|neither can|unavoidable|no way (?:around|to avoid)|no choice)\b",
)

ability_affected = _yes_no(
    "ability_affected",
    r"\b(?:can'?t (?:focus|concentrate|do my job|be present|show up|sleep)|affect(?:s|ing|ed)? "
    r"my (?:work|ability|job)|burn(?:ed|t)? out|burnout|exhausted|relaps\w*|using again|drinking "
    r"again|missing (?:work|sessions|appointments)|snapp\w* at|impair\w*|triggered|falling apart|"
    r"not (?:myself|okay|ok)|struggling|overwhelmed|compassion fatigue|hard to (?:do|be)|"
    r"crying (?:at|in|between|during)|foggy|hung ?over|can'?t face|not (?:being )?objective|"
    r"cancel(?:l?ed|l?ing)? (?:sessions|visits|appointments)|clients (?:notice|noticed|can tell)|"
    r"zon(?:e|ing) out|calling in sick|affecting (?:how|my)|numb|can'?t stop thinking|"
    r"losing (?:my )?patience|short with (?:my )?clients|showing up (?:late|high|drunk|foggy))\b",
    r"\b(?:doesn'?t|does not|hasn'?t|has not|won'?t|not) (?:\w+\s)?(?:affect|affecting|affected|"
    r"impact|interfere)\w* (?:my )?(?:work|ability|job|clients)\b|\bunder control\b|"
    r"\b(?:doing (?:fine|ok|okay|well) (?:with|at) (?:my )?(?:clients|work)|work is helping|"
    r"keeping it out of work|(?:seem|seems) fine|not affecting)\b",
)

conflicts_with_interests = _yes_no(
    "conflicts_with_interests",
    r"\b(?:conflicts? with (?:his|her|their) interests?|(?:is|would be) (?:a )?conflict of "
    r"interest)\b",
    r"\b(?:doesn'?t|does not|won'?t|wouldn'?t|no) conflict\w* with (?:his|her|their)? ?"
    r"interests?|\bno conflict of interest\b",
)

_NO_ABUSE = rx.compile(
    r"\b(?:no one|nobody|no-one) (?:is )?(?:hurting|abusing|harming) (?:him|her|them)\b", re.I
)


# Carers named by their role in a home ("her pca", "his group home manager"), a parent who hurts
# the child ("bruises … said her stepdad did it"), the one who cares for the person taking the
# benefits ("takes care of her … takin her ssi money"). Read as the fact only: the cues
# (classifier inputs) already recognise these stories.
_CARER_HARM = rx.compile(
    r"\b(?:pca|group home (?:manager|staff|worker|owner)s?|(?:home|house) manager)\b"
    r"[^.?!]{0,90}\b(?:hit\w*|beat\w*|slap\w*|smack\w*|punch\w*|kick\w*|push\w*|shov\w*|"
    r"grab\w*|lock\w*|yell\w*|scream\w*|neglect\w*|starv\w*|steal\w*|stole|pocket\w*|"
    r"tak(?:es?|ing|in'?|en) (?:(?:her|his|their|my client'?s) (?:\w+ )?(?:money|ssi|ssdi|check|"
    r"benefits|card|phone|food|meds|pills)|(?:most|all) of))"
    r"|\b(?:bruises?|marks|burns?|welts?)\b[^.?!]{0,80}\b(?:her|his|their) (?:step-?dad|"
    r"step-?mom|stepfather|stepmother|dad|mom|father|mother|parents?|foster \w+|grandma|"
    r"grandpa|uncle|aunt)\b (?:did (?:it|that|this)|(?:hit|hits|beat|beats)\b)|\b(?:his|"
    r"her|their) (?:step-?dad|step-?mom|dad|mom|father|mother|husband|wife|boyfriend|"
    r"girlfriend|partner) (?:hits|hit|beats|beat|slaps|smacks|kicks|locks|whips|burns) "
    r"(?:their|her|his|the) (?:son|daughter|kids?|child|children|boy|girl)\b"
    r"|\b(?:takes? care of|looks after|cares for|caregiver|payee)\b[^.?!]{0,120}\b(?:takin'?"
    r"|taking|tak(?:es?|en)|cashing|spending|using) (?:her|his|their|my client'?s) (?:ssi|"
    r"ssdi|disability|benefits|check|money)"
)


def abused_by_caregiver(text: str) -> Evidence | None:
    """Abuse, neglect or theft by someone who looks after the person (a caregiver)."""
    from .cues import COMPILED

    no = _NO_ABUSE.search(text)
    if no:
        return Evidence("abused_by_caregiver", False, no.group(0))
    lowered = text.lower()  # the cue patterns are lower case; lower() never shortens a text
    harm = _CARER_HARM.search(lowered)
    if harm:
        same = len(lowered) == len(text)
        return Evidence(
            "abused_by_caregiver", True, (text if same else lowered)[harm.start() : harm.end()]
        )
    for weight, pattern in COMPILED["caregiver_abuse"]:
        m = pattern.search(lowered) if weight >= 1.0 else None
        if m:
            same = len(lowered) == len(text)  # then offsets match: quote the user's own words
            return Evidence(
                "abused_by_caregiver", True, (text if same else lowered)[m.start() : m.end()]
            )
    return None


READERS: tuple[Callable[[str], Evidence | None], ...] = (
    dual_kind,
    dual_avoidable,
    disclosure_to,
    client_consented,
    informed_of_sharing,
    harm_intent,
    harm_target,
    harm_serious,
    scope_activity,
    imposition_manner,
    discrimination_role,
    ability_affected,
    peer_role,
    supervisor_consulted,
    conflicts_with_interests,
    abused_by_caregiver,
    story_relevant,
)
