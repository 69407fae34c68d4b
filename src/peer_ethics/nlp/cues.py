"""Cue phrasings per issue: the precise, paraphrase-robust half of issue recognition.

A cue is a pattern over everyday wording ("handed me a fifty", "asked me out", "said he'd end
it"), not the code's own words. Each issue's cue strength (0, 0.5 or 1) is one input of the
issue classifier, next to the sentence embedding; a strong cue alone does not decide.
"""

from __future__ import annotations

import re

_P = r"(?:client|peer|participant|consumer|member|patient|guy|man|woman|lady|girl|person|he|she|they|him|her|them)"
_GIVE_TO_ME = r"(?:gave|give|giving|gives|offer\w*|hand\w*|brought|bring|sent|send|slip\w*|tip\w*|bought|buy|got|get|made|baked|knit\w*|left)"

CUES: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        (
            1.0,
            rf"\b{_GIVE_TO_ME}\s(?:me|us)\b|\b(?:accept|keep|take|took|receive\w*)\s(?:a|the|"
            r"this|that|his|her|their|it|gifts?|money|cash)\b(?!\s(?:from me))",
        ),
        (
            1.0,
            r"\bgifts? (?:from|for me)\b|\bwill\b.*\b(?:leave|left) me\b|\bput me in (?:his|her|"
            r"their) will\b|\bthank[- ]you (?:gift|card|present)\b|\btip(?:ped)? me\b",
        ),
        (0.5, r"\b(?:gift|gifts|present|presents|gift card|tip)\b"),
    ),
    "give_gift": (
        (
            1.0,
            r"\b(?:give|gave|giving|buy|bought|get|got|donate|donating|getting|pay for|paid for"
            r"|treat)\s(?:my|a|the|one of my|him|her|them)\s?(?:\w+\s){0,2}?(?:client|peer|"
            r"participant|consumer|member|guy|person|a |an |some|birthday|christmas|gift)",
        ),
        (
            1.0,
            r"\b(?:i|me)\s(?:\w+\s){0,3}?(?:give|gave|buy|bought|donate|donated|get|got)\s(?:him"
            r"|her|them|my (?:client|peer|participant))\b|\bfrom my own pocket\b|\bgofundme\b",
        ),
        (0.5, r"\b(?:donate|donation|christmas present|birthday present)\b"),
    ),
    "lend_borrow": (
        (
            1.0,
            r"\b(?:lend|lent|loan|loaned|borrow\w*|spot (?:him|her|them|me)|front (?:him|her|"
            r"them|me)|pay (?:me|him|her) back|co-?sign)\b",
        ),
    ),
    "financial_gain": (
        (
            1.0,
            r"\b(?:discount|commission|for free|free of charge|employee price|sell (?:to|my)|"
            r"recruit|mlm|herbalife|mary kay|invest|business (?:with|opportunity)|side hustle|"
            r"in (?:his|her|their) will|inherit\w*|make money|profit|kickback|referral fee|"
            r"my own (?:benefit|gain)|use (?:his|her|their) (?:ebt|card|car|truck|connections?)|"
            r"go in on|deal on|hook me up)\b",
        ),
        (0.5, r"\b(?:sell|selling|customer|buy from me|benefit|perks?|favou?rs? for me)\b"),
    ),
    "sexual_relationship": (
        (
            1.0,
            r"\b(?:date|dating|dated|asked me out|ask (?:him|her|them) out|go out with|romantic"
            r"\w*|sex|sexual\w*|slept with|sleep with|sleeping with|hook(?:ed)? up|kiss\w*|flirt\w*|"
            r"crush|attracted|in love|more than friends|intimate|intimacy|boyfriend|girlfriend|"
            r"engaged|make out|made out|come over and chill|nudes|sexting|physical relationship|"
            r"relationship with (?:a|my) (?:client|former|peer|participant))\b",
        ),
    ),
    "serve_former_partner": (
        (
            1.0,
            r"\b(?:ex-?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf)|my ex\b|former "
            r"partner|old (?:girlfriend|boyfriend|flame)|(?:i|we) (?:used to )?dated?|had a fling|"
            r"hooked up with once|(?:we were|used to be) together)\b",
        ),
    ),
    "serve_family_member": (
        (
            1.0,
            r"\b(?:my|own)\s(?:own\s)?(?:cousin|brother|sister|mom|mother|dad|father|son|"
            r"daughter|nephew|niece|aunt|uncle|husband|wife|stepdad|stepmom|grandma|grandpa|"
            r"sister-in-law|brother-in-law|in-laws?|family member|relative)\b",
        ),
    ),
    "dual_relationship": (
        (
            1.0,
            r"\b(?:friend request|facebook|instagram|snapchat|linkedin|tiktok|follow (?:her|him"
            r"|them|me)|hire|hiring|employ|landlord|tenant|spare room|stay with me|move in|"
            r"neighbou?r|across the hall|same (?:church|meeting|gym|league|team|building|aa|na|"
            r"group)|sponsor|co-?sign|barter|trade|be friends|friendship|hang out|dual relationship"
            r"|personal (?:cell|number|phone)|wedding|babysit|go fishing)\b",
        ),
        (
            0.5,
            r"\b(?:church|meeting|league|team|buy (?:his|her|their)|sell (?:him|her|them)|"
            r"friends?|small town|job|party)\b",
        ),
    ),
    "confidentiality": (
        (
            1.0,
            r"\b(?:confidential\w*|privacy|private|tell (?:his|her|their) (?:mom|mother|dad|"
            r"wife|husband|family|parents|boss|pastor|probation)|share (?:what|his|her|their|it|"
            r"information|info|details)|told (?:my|his|her|their|the)\s\w+ (?:about|what)|"
            r"(?:called|asked me) (?:about|how) (?:my client|him|her|he|she)|release of "
            r"information|hipaa|gossip|post(?:ed)? about|secret|keep (?:it|this) (?:between|to)|"
            r"(?:report|tell) (?:the team|staff|my team|the treatment team)|in confidence)\b",
        ),
    ),
    "harm_threat": (
        (
            1.0,
            r"\b(?:suicid\w*|kill (?:him|her|them|my)sel(?:f|ves)|end (?:it|it all|(?:his|her|"
            r"their) life)|hurt (?:him|her|them)sel(?:f|ves)|self[- ]harm|kill (?:his|her|their|my|"
            r"the|that|him|her|them|someone)|hurt (?:his|her|their|my|the|someone|somebody|him|her|"
            r"them)|shoot|stab|want(?:s|ed)? to die|better off dead|overdose on purpose|make (?:him|"
            r"her|them) pay|threat\w*|violent|weapon|gun)\b",
        ),
        (0.5, r"\b(?:dark thoughts|not be here|safety plan|crisis|danger)\b"),
    ),
    "caregiver_abuse": (
        (
            1.0,
            r"\b(?:(?:caregiver|group home|staff|aide|guardian|foster|nursing home|home health|"
            r"pca|attendant|house manager|payee)\b[^.?!]{0,80}\b(?:hit\w*|abus\w*|hurt\w*|slap\w*|"
            r"yell\w*|neglect\w*|steal\w*|stole|lock\w*|bruis\w*|starv\w*|rough|shov\w*|took her|"
            r"took his|withhold\w*))\b",
        ),
        (0.5, r"\b(?:caregiver|guardian|group home|aide|home health)\b"),
    ),
    "outside_scope": (
        (
            1.0,
            r"\b(?:diagnos\w*|meds?\b|medications?|dose|dosage|prescri\w*|pills?|suboxone|"
            r"methadone|legal advice|lawyer|custody|court date|therapy|therapist|counsel(?:ing|"
            r"ling)|emdr|cbt|dbt|bipolar|ptsd|schizo\w*|adhd|is (?:she|he) (?:depressed|manic)|"
            r"scope of practice|out of my lane|not my role|medical advice|stop taking|come off)\b",
        ),
    ),
    "imposing_beliefs": (
        (
            1.0,
            r"\b(?:relig\w*|church|god|jesus|pray\w*|bible|faith|spiritual\w*|my (?:beliefs|"
            r"values|politics|views)|atheis\w*|convert|abortion|vegan|politic\w*|trump|democrat|"
            r"republican|my way (?:of|to) recovery|(?:push|pushing|impose|imposing|force|forcing)"
            r" (?:my|it|(?:aa|na|12[- ]step)))\b",
        ),
    ),
    "coercion": (
        (
            1.0,
            r"\b(?:threaten\w*|coerc\w*|pressur\w*|intimidat\w*|harass\w*|restrain\w*|force "
            r"(?:him|her|them)|forced (?:him|her|them)|make (?:him|her|them) (?:sign|go|take|do)|"
            r"unless (?:he|she|they)|or else|guilt (?:trip|him|her)|strong-?arm|blackmail|"
            r"hold (?:him|her|them) down|lose (?:his|her|their) (?:housing|spot|services))\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b(?:promis\w*|guarantee\w*|swear (?:that|you|he|she)|(?:will|would) definitely "
            r"(?:get|be)|i can get (?:you|him|her|them)|(?:told|tell) (?:him|her|them) (?:he|she|"
            r"they)(?:'ll| will) (?:get|be))\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:discriminat\w*|racis\w*|racial|race|gay|lesbian|trans\w*|homophob\w*|"
            r"transphob\w*|lgbt\w*|slur|disabilit\w*|wheelchair|immigrant|muslim|jewish|black|"
            r"latin[oax]|hispanic|asian|native|undocumented|accent|ethnic\w*|sexual orientation|"
            r"gender identity|pronouns|religion|treat\w* (?:\w+ )?differently)\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:unsafe|not safe|don'?t feel safe|feel unsafe|dangerous|sketchy|scared to "
            r"go|afraid to go|drug house|trap house|meet (?:him|her|them) at|home visit|"
            r"(?:his|her|their) (?:house|apartment|place) (?:alone|by myself)|guns? in the house|"
            r"aggressive dog|decline to (?:meet|go)|refuse to (?:meet|go))\b",
        ),
    ),
    "own_wellness": (
        (
            1.0,
            r"\b(?:burn(?:ed|t)? out|burnout|exhausted|relaps\w*|using again|drinking again|"
            r"my (?:own )?(?:recovery|mental health|sobriety|depression|anxiety|triggers?)|"
            r"triggered|compassion fatigue|i'?m struggling|i am struggling|self-?care|my (?:own )?"
            r"bias(?:es)?|can'?t stop thinking|i (?:can'?t|cannot) (?:focus|sleep|cope)|"
            r"overwhelmed|my therapist)\b",
        ),
    ),
    "supervision": (
        (
            1.0,
            r"\b(?:tell my supervisor|talk to my supervisor|ask my supervisor|supervision|"
            r"supervisor|my boss|clinical director|report (?:this|it) to)\b",
        ),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:share my (?:own )?(?:story|experience|history|past|recovery|diagnosis)|"
            r"tell (?:him|her|them|my \w+) (?:about )?my (?:story|past|history|recovery|own|"
            r"experience|addiction|diagnosis)|(?:my|own) (?:lived experience|recovery story)|"
            r"self-?disclos\w*|disclose my|open up about my|told (?:him|her|them) (?:about )?"
            r"(?:my|that i))\b",
        ),
    ),
    "advocacy": (
        (
            1.0,
            r"\b(?:advocat\w*|speak up for|stand up for|(?:doctor|psychiatrist|prescriber|"
            r"provider|case ?manager|team|nurse)s? (?:won'?t|doesn'?t|isn'?t|ignor\w*|dismiss\w*|"
            r"not listening)|go with (?:him|her|them) to (?:the|his|her|their) (?:appointment|"
            r"doctor|meeting|hearing)|help (?:him|her|them) (?:ask|tell|say))\b",
        ),
    ),
    "self_determination": (
        (
            1.0,
            r"\b(?:mat\b|medication[- ]assisted|suboxone|methadone|abstinen\w*|harm reduction|"
            r"(?:wants|chose|choose|choosing|decided) (?:to )?(?:stop|quit|go off|not (?:go|take)|"
            r"use|try|leave|skip)|(?:his|her|their) (?:own )?(?:choice|decision|path|way)|"
            r"12[- ]step|aa\b|na\b|smart recovery|doesn'?t want to go to (?:aa|na|meetings))\b",
        ),
    ),
    "withdrawing_support": (
        (
            1.0,
            r"\b(?:(?:stop|stopped|quit|end|drop|dropping|discharge)\s(?:working with|seeing|"
            r"supporting|him|her|them)\b[^.?!]{0,60}\b(?:relaps\w*|using|drinking|again)|"
            r"(?:relaps\w*|using again|drinking again)[^.?!]{0,80}\b(?:stop|drop|end|discharge|"
            r"close|kick)\w*|not ready|kick (?:him|her|them) out|give up on)\b",
        ),
    ),
    "community_integration": (
        (
            1.0,
            r"\b(?:group home|nursing home|institution\w*|least restrictive|live on (?:his|her|"
            r"their) own|own apartment|independent(?:ly)? living|move out|hospital\w*|state "
            r"hospital|community of (?:his|her|their) choice|move (?:back )?to)\b",
        ),
    ),
    "abuse_neglect_exploitation": (
        (
            1.0,
            r"\b(?:exploit\w*|neglect\w*|abus\w*|yell(?:ed)? at (?:my|a) (?:client|peer)|"
            r"take advantage|took advantage|humiliat\w*|scream\w* at|grab(?:bed)? (?:him|her|them))"
            r"\b",
        ),
    ),
    "professional_knowledge": (
        (
            1.0,
            r"\b(?:training|trainings|ceus?|continuing education|keep up|stay current|"
            r"up to date|latest research|new research|evidence[- ]based|learn more about|"
            r"webinar|conference|workshop)\b",
        ),
    ),
    "applicability": (
        (
            1.0,
            r"\b(?:does (?:the|this) code apply|apply to me|applies to me|am i covered|"
            r"(?:not|un)certified|trainee|not yet certified|volunteer|who (?:does|do) (?:the|these)"
            r" (?:code|rules) apply|do the rules apply|covered by)\b",
        ),
    ),
}

COMPILED: dict[str, tuple[tuple[float, re.Pattern[str]], ...]] = {
    issue: tuple((w, re.compile(p, re.I)) for w, p in rules) for issue, rules in CUES.items()
}


def cue_strengths(text: str, issues: tuple[str, ...]) -> tuple[float, ...]:
    """Per issue (in the order given): the strongest cue found, 0 when none."""
    out: list[float] = []
    for issue in issues:
        best = 0.0
        for weight, pattern in COMPILED.get(issue, ()):
            if weight > best and pattern.search(text):
                best = weight
        out.append(best)
    return tuple(out)


def cue_words(text: str, issue: str) -> str | None:
    """The words of the first cue of an issue found in the text (shown as evidence)."""
    for _, pattern in sorted(COMPILED.get(issue, ()), key=lambda wp: -wp[0]):
        m = pattern.search(text)
        if m:
            return m.group(0)
    return None
