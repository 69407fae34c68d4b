"""Cue phrasings per issue: the precise, paraphrase-robust half of issue recognition.

A cue is a pattern over everyday wording ("handed me a fifty", "asked me out", "said he'd end
it"), not the code's own words. Each issue's cue strength (0, 0.5 or 1) is one input of the
issue classifier, next to the sentence embedding; a strong cue alone does not decide.
"""

from __future__ import annotations

import re

from . import patterns as rx

_S = (
    r"(?:client|clent|cleint|peer|participant|consumer|member|patient|guy|man|woman|lady|girl|"
    r"person|someone)"
)
_ME = r"(?:me|us|myself)"
_GIVE = (
    r"(?:gave|give|giving|gives|offer\w*|hand\w*|brought|bring|brings|sent|send|slip\w*|tip\w*"
    r"|bought|buy|buys|got|get|made|makes|baked|knit\w*|crochet\w*|sew\w*|cooked|painted|drew|wrote"
    r"|left|leave|pay\w* for|paid for|treat\w*"
    r"|chip in for|wants? me to have)"
)
_FAMILY = (
    r"(?:mom|mother|dad|father|parents?|sister|brother|son|daughter|kids?|child|children|wife"
    r"|husband|spouse|partner|boyfriend|girlfriend|aunt|uncle|cousin|niece|nephew|grandma"
    r"|grandmother|grandpa|grandfather|stepdad|stepmom|stepson|stepdaughter|sister-in-law"
    r"|auntie|aunty|mum|nan|nana|gran|granny|grandson|granddaughter|stepbrother|stepsister"
    r"|half-brother|half-sister|siblings?"
    r"|brother-in-law|mother-in-law|father-in-law|in-laws?|family member|relative)"
)

_SERVING = (
    r"\b(?:caseload|case load|wait ?list|referred|referral|intake|assigned|enrolled|signed up|"
    r"program|services|be (?:his|her|their) peer|(?:his|her|their) peer(?: specialist| support)?|"
    r"peer support for|peer specialist|as a client|become a client|my client|work with (?:him|"
    r"her|them)|take (?:him|her|them) on|billing)\b"
)

# After a relative: not a possessive ("my cousin's restaurant" names the cousin's thing, not the
# cousin as someone served); "'s" as "is"/"has" ("my grandmother's in our program") still counts.
_NOT_OWNING = (
    r"(?!'s\s(?!(?:in|on|at|been|going|now|also|not|still|a|an|the|my|our|being|getting|asking|"
    r"started|coming|enrolled|signed|referred|assigned|just|currently|finally)\b))"
)

CUES: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        (
            1.0,
            rf"\b{_GIVE}\s(?:{_ME})\b(?!\s(?:a ride|advice|feedback|a hug|permission|a call|"
            r"promise|swear|feel|think|wonder|want|laugh|cry|so|nervous|uncomfortable|uneasy|angry|sad|mad|"
            r"upset|realize|a (?:friend request|text|message|email|link|"
            r"job|weekend job|position|discount|deal)|an? (?:employee|invite|invitation|request|"
            r"offer)|texts?|messages?))",
        ),
        (
            1.0,
            r"\b(?:accept|keep|receive\w*)\s(?:a|the|this|that|his|her|their|it|gifts?|money|cash|"
            r"presents?)\b(?!\s(?:\w+\s)?(?:friend|follow|request|invitation|invite|job|offer|"
            r"apology|advice|plea|deal|call|between|quiet|secret|confidential|professional|to "
            r"(?:my|your)sel|safe|sober|calm|busy|going|in the loop|updated|informed|posted|"
            r"company|accountable|on track|name|names|peace|distance|boundar\w*))|\b(?:keep|kept) "
            r"the (?:client|peer|participant|member)'s\b(?!\s(?:gift|present|money|cash|card|tip))",
        ),
        (
            1.0,
            r"\b(?:take|took|taking|let (?:him|her|them))\s(?:it|gifts?|money|cash|presents?|"
            r"(?:a|the|this|that|his|her|their) (?:gift|present|card|gift card|money|cash|check|"
            r"tip|envelope|\$\s?\d+|\d+ (?:dollars|bucks)))\b",
        ),
        (
            1.0,
            r"\bgifts?\s(?:from|card from)\b|\bput me in (?:his|her|their) will\b|\bthank[- ]"
            r"you (?:gift|present)\b|\btip(?:ped)? me\b|\bgift card\b|\bgas money\b|\bin (?:his|"
            r"her|their) will\b",
        ),
        (0.5, r"\b(?:gifts?|presents?|gift ?cards?|tip|tips|keep it|thank you)\b"),
    ),
    "give_gift": (
        (
            1.0,
            rf"\b(?:i|me)\s(?:\w+\s){{0,3}}?(?:give|gave|buy|bought|donate|donated|get|got|pay"
            rf"|paid|cover|covered|treat|take|took)\s(?:him|her|them|my\s{_S}|a\s{_S}|one of my)\b"
            # giving information, time or a chance is no gift ("can I give her info about …")
            r"(?!\s(?:\w+\s)?(?:info\w*|advice|resources?|a ride|rides|a lift|a call|feedback|time|"
            r"space|a heads|a chance|pamphlets?|articles?|my (?:number|opinion|card)|a hard time|"
            r"a break|a hug|options?|support|hope|credit|permission|directions|a reference|a "
            r"referral|to (?:the|a|an|his|her|their)\b))",
        ),
        (
            1.0,
            rf"\b(?:give|gave|buy|bought|get|got|donate\w*|pay for|paid for|treat)\s(?:my|a|the|"
            rf"one of my)\s(?:\w+\s)?{_S}s?\b|\bfrom my own pocket\b|\bgofundme\b|\bon my dime\b|"
            r"\bi could just pay\b|\bgive (?:it|them) to (?:him|her|them)\b",
        ),
        (
            0.5,
            r"\b(?:donate|donation|christmas present|birthday present|birthday cake|buy (?:him|"
            r"her|them))\b",
        ),
    ),
    "lend_borrow": (
        (
            1.0,
            r"\b(?:lend|lent|lending|loan|loaned|loans|borrow\w*|spot (?:him|her|them|me)|front "
            r"(?:him|her|them|me)|pay (?:me|him|her) back|paid me back|until (?:payday|friday|his "
            r"check|her check)|til (?:payday|friday))\b",
        ),
    ),
    "financial_gain": (
        (
            1.0,
            r"\b(?:discount|commission|for free|free of charge|employee price|recruit|mlm|"
            r"herbalife|mary kay|amway|invest\w*|(?:my|our) (?:own |side |small |home )?business|"
            r"business (?:deal|partner\w*|venture|opportunit\w*|idea)|side hustle|"
            r"in (?:his|her|their) will|"
            r"inherit\w*|make money|profit|kickback|referral fee|for my (?:own )?(?:benefit|gain)|"
            r"go in on|deal on|hook me up|run (?:my|personal) errands|my errands|free (?:legal|"
            r"advice|labou?r|work|haircut|repairs?)|do (?:mine|my \w+) for free|crypto|"
            r"ebt card|sell (?:it|them|my \w+)|to sell it|make me rich|settlement)\b",
        ),
        (
            0.5,
            r"\b(?:sell|selling|customer|buy from me|benefit|perks?|favou?rs? for me|use (?:his|"
            r"her|their) (?:card|car|truck|connections?|discount))\b",
        ),
    ),
    "sexual_relationship": (
        (
            1.0,
            r"\b(?:date|dating|dated|asked me out|ask (?:him|her|them) out|go out with|romantic"
            r"\w*|sex(?!\s?(?:offen\w*|work\w*|traffick\w*|ed\b|education))|sexual\w*|"
            r"slept with|sleep with|sleeping with|hook(?:ed|ing)? up|kiss\w*|"
            r"flirt\w*|crush|attracted|in love|more than friends|intimate|intimacy|engaged|make ou"
            r"t|"
            r"made out|chill at (?:his|her) place|nudes|sexting|physical relationship|tinder|bumbl"
            r"e|"
            r"hinge|swipe right|dating profile|went home together|hit it off|slid into my dms|"
            r"asked for my number|cute|feelings for)\b",
        ),
    ),
    "serve_former_partner": (
        (
            1.0,
            r"\b(?:ex-?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf)|my ex\b(?!-)|former "
            r"partner|old (?:girlfriend|boyfriend|flame)|(?:i|we) (?:used to date|dated)|had a fli"
            r"ng|"
            r"hooked up with once|(?:we were|used to be) together|my ex(?:'s| is)\b|we broke up)"
            r"\b",
        ),
    ),
    "serve_family_member": (
        (
            1.0,
            # One's own relative named together with serving them (a caseload, a referral, being
            # their peer): "my husband" alone is no question about serving family. Within 300
            # characters: an unbounded ".*" made a long story's search quadratic.
            rf"\bmy\s(?:own\s)?(?:little\s|older\s|younger\s|big\s|adult\s)?{_FAMILY}\b{_NOT_OWNING}"
            rf"(?=.{{0,300}}{_SERVING})|{_SERVING}.{{0,300}}\bmy\s(?:own\s)?{_FAMILY}\b{_NOT_OWNING}",
        ),
    ),
    "dual_relationship": (
        (
            1.0,
            r"\b(?:friend request|facebook|fb|instagram|insta|snapchat|linkedin|tiktok|twitter|"
            r"follow (?:her|him|them|me)|followed me|hire|hiring|hired|employ\w*|landlord|tenant|"
            r"spare room|stay with me|move in|neighbou?r|next door|across the hall|same (?:church|"
            r"meeting|gym|league|team|building|aa|na|group|class|college|school)|sponsor|co-?sign|"
            r"barter|trade|be friends|best friend|friendship|hang out|dual relationship|personal "
            r"(?:cell|number|phone)|wedding|baby shower|babysit|go fishing|band|church|bowling|"
            r"softball|coach\w*|too close|dinner|get coffee|invest in my|"
            r"my business|book (?:her|him)|haircut|pay me to|help (?:her|him) move|off the clock|"
            r"buy (?:my|his|her|their) \w+|selling it|grew up|known (?:her|him) since)\b",
        ),
        (
            0.5,
            r"\b(?:meeting|league|team|friends?|job|party|social media|online|text(?:s|ing)? me"
            r"|weekend|sell|buy from|small town|rural)\b",
        ),
    ),
    "confidentiality": (
        (
            1.0,
            r"\b(?:confidential\w*|privacy|private|hipaa|release of information|roi|signed a "
            r"release|subpoena\w*|in confidence|secret|gossip|breach|keep it between us|"
            r"(?:tell|share with|talk to|inform|call|report (?:it |this )?to)\s(?:his|her|their|th"
            r"e|my)"
            r"\s(?:mom|mother|dad|father|wife|husband|family|parents|boss|employer|pastor|probatio"
            r"n|"
            r"po|doctor|psychiatrist|prescriber|therapist|team|treatment team|supervisor|case "
            r"manager|brother|sister|landlord)|(?:wants? to know|demanding to know|"
            r"wanting updates|calls? (?:me )?(?:asking|about))\b|what can i (?:tell|say)|do i (?:h"
            r"ave to"
            r" )?(?:tell|report|share|say)|who do i tell|tell (?:someone|anyone|anybody)|report "
            r"(?:it|this|that)|(?:mentioned|shared|told) (?:my client'?s?|her|his) (?:diagnosis|"
            r"story|stuff)|post (?:a picture|about|photos?)|(?:client|peer|participant)s?'? stor"
            r"(?:y|ies)|in my notes|put (?:it|that|this|everything) in my notes|(?:call|called) "
            r"911|say anything to anybody|not to tell|promise not to)\b",
        ),
        (
            0.5,
            r"\b(?:tell|told|share|report|notes|updates|cops?|police|court|team meeting|"
            r"mutual client|employer|let (?:them|him|her) know)\b",
        ),
    ),
    "harm_threat": (
        (
            1.0,
            r"\b(?:suicid\w*|kill (?:him|her|them|my)sel(?:f|ves)|kill (?:him|her|them|his|"
            r"her|their|someone|somebody|my)\b|end (?:it|it all|(?:his|her|their|my) life)|"
            r"(?:hurt|harm) (?:him|her|them)sel(?:f|ves)|self[- ]harm|cutting|(?:hurt|punch|shoot|"
            r"stab|beat up|attack|kill) (?:his|her|their|my|the|that|a|someone|somebody|him|her|"
            r"them)|shoot(?:ing)? up|want(?:s|ed)? to die|better off dead|not (?:be|being) here|"
            r"overdose on purpose|took everything|take the whole bottle|make (?:him|her|them) "
            r"['‘]?pay|threat\w*|violent|duty to warn|tarasoff|goodbye|i'?m done|wouldn'?t wake up|"
            r"thoughts (?:of|about) (?:death|dying|suicide)|pills saved|has guns?|gun)\b",
        ),
        (
            0.5,
            r"\b(?:dark thoughts|safety plan|crisis|danger\w*|hopeless|die|dying|death|"
            r"weapons?|knife)\b",
        ),
    ),
    "caregiver_abuse": (
        (
            1.0,
            r"\b(?:caregiver|care ?giver|group home|staff (?:member )?(?:there|at)|aide|"
            r"guardian|foster|nursing home|adult family home|home health|pca|personal (?:care )?"
            r"attendant|house manager|payee|takes care of (?:her|him|them)|looks after (?:her|him|"
            r"them)|who (?:he|she|they) lives? with)\b[^.?!]{0,90}\b(?:hit\w*|abus\w*|hurt\w*|"
            r"slap\w*|yell\w*|scream\w*|neglect\w*|steal\w*|stole|takes? (?:her|his|their|most|the)"
            r"|lock\w*|bruis\w*|starv\w*|rough|shov\w*|withhold\w*|doesn'?t feed|don'?t give|"
            r"forget\w*|leaves? (?:her|him|them)|threaten\w*|calls? (?:him|her|them))\b",
        ),
        (
            1.0,
            r"\b(?:hit\w*|abus\w*|slap\w*|yell\w*|scream\w*|neglect\w*|steal\w*|stole|takes?)"
            r"\b[^.?!]{0,60}\b(?:caregiver|group home|aide|guardian|nursing home|home health|"
            r"attendant|payee)\b|\b(?:her|his|their) (?:caregiver|aide|attendant|payee)\b",
        ),
        (0.5, r"\b(?:caregiver|guardian|group home|aide|home health|payee|nursing home)\b"),
    ),
    "outside_scope": (
        # Two tiers: words that name an activity outside a peer's role (diagnosing, dosing,
        # a therapy technique, legal advice) are strong; words that only name a topic (meds, a
        # therapist, a diagnosis, a lawsuit) come up as often in other questions ("she wants to
        # come off her meds" is her choice) and are weak.
        (
            1.0,
            r"\b(?:diagnos(?:e|ed|es|ing)|dose|dosage|prescrib\w*|legal advice|medical advice|"
            r"emdr|cbt|dbt|counsel(?:ing|ling)|out of my lane|scope|do therapy|run (?:a )?(?:\w+ )?"
            r"(?:therapy|group therapy)|lead (?:a )?(?:\w+ )?(?:therapy|skills) group|"
            r"assess(?:ing)? (?:him|her|them)|(?:should|can) (?:he|she|they|i) (?:take|sign|plead|"
            r"stop taking|switch)|what (?:meds?|medication|dose)|tell (?:him|her|them) (?:if|"
            r"whether|what) (?:he|she|they) (?:has|have|should)|what should (?:he|she|they) "
            r"(?:do|say) (?:in|at) court)\b",
        ),
        (
            0.5,
            r"\b(?:diagnos\w*|meds?\b|medications?|antidepressants?|antipsychotics?|pills?|"
            r"suboxone|methadone|vivitrol|lithium|zoloft|seroquel|xanax|adderall|cbd|taper\w*|"
            r"lawyer|custody|sue\b|lawsuit|therapy|therapist|bipolar|ptsd|schizo\w*|adhd|manic|"
            r"assessments?|intakes?|stop taking|come off|go off|cancer|mole|taxes|invest\w*|"
            r"crypto|eviction|disput\w*|ect|injections?)\b",
        ),
    ),
    "imposing_beliefs": (
        (
            1.0,
            r"\b(?:relig\w*|church|god|jesus|pray\w*|bible|tracts?|faith|spiritual\w*|sin\b|"
            r"christian|catholic|muslim|atheis\w*|convert|abortion|pro-?life|pro-?choice|my (?:own"
            r" )?"
            r"(?:beliefs|values|politics|views|opinions?)|politic\w*|trump|democrat|republican|"
            r"pushing it|push (?:it|my)|talk (?:her|him|them) out of|(?:impose|imposing|force|"
            r"forcing) (?:my|it|(?:aa|na|12[- ]step))|trading one addiction|bad for her|bad for"
            r" him)\b",
        ),
    ),
    "coercion": (
        (
            1.0,
            r"\b(?:threaten\w*|coerc\w*|pressur\w*|intimidat\w*|harass\w*|restrain\w*|restraint"
            r"|seclusion|hold (?:him|her|them) down|locked unit|force (?:him|her|them)|forced "
            r"(?:him|her|them)|make (?:him|her|them) (?:sign|go|take|do|feel)|makes? them feel|"
            r"unless (?:he|she|they)|or else|if (?:he|she|they) (?:doesn'?t|don'?t|didn'?t)\b"
            r"[^.?!]{0,40}\b(?:i'?ll|will|lose)|guilt (?:trip|him|her)|strong-?arm|blackmail|"
            r"or (?:\w+ ){0,2}lose (?:his|her|their|your) (?:housing|spot|services|voucher)|"
            r"keep bringing it up|has to "
            r"come|yell\w*|called (?:him|her) an? )\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b(?:(?<!she )(?<!he )(?<!they )(?<!client )(?<!peer )(?<!participant )promis\w*"
            r"(?! (?:her|his|their) (?:counsel\w*|mom|dad|therapist|doctor|sponsor|family|kids?|"
            r"wife|husband))|"
            r"guarantee\w*|definitely (?:going to )?(?:get|be)|(?:he|she|they)"
            r"(?:'ll| will) definitely|priority for|will help them get|(?:tell|told|telling) "
            r"(?:him|her|them|clients?) (?:that )?(?:he|she|they|it)(?:'ll| will| would|'d) (?:get"
            r"|be)"
            r"|i can get (?:you|him|her|them)|always be there|everything will be ok)\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:discriminat\w*|racis\w*|racial|race|gay|lesbian|bisexual|trans\b|"
            r"transgender|homophob\w*|transphob\w*|lgbt\w*|slurs?|disabilit\w*|disabled|wheelchair|"
            r"deaf|blind|interpreter|immigrant|muslim|jewish|black|latin[oax]|hispanic|asian|native"
            r"|undocumented|accent|ethnic\w*|sexual orientation|gender identity|pronouns|"
            r"treat\w* (?:\w+ )?(?:differently|like children)|talks? down to|makes? fun of|jokes? "
            r"about|sex offender|older clients|weight|don'?t hire|refuse to work with|(?:not|n'?t) "
            r"let (?:people|clients|anyone)|because (?:she'?s|he'?s|they'?re) (?:black|gay|trans|"
            r"old|poor))\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:unsafe|not safe|(?:don'?t|do not|didn'?t) feel safe|feel unsafe|"
            r"dangerous(?<!not dangerous)(?<!nothing dangerous)(?<!isn't dangerous)|"
            r"sketchy|scared to (?:go|meet)|afraid to (?:go|meet)|nervous|drug house|trap house|"
            r"deals drugs|meet (?:him|her|them|clients?|my client) (?:at|in|under|alone)|"
            r"at (?:his|her|their|a client'?s) (?:house|home|apartment|place)|"
            r"home visits?|under the bridge|(?:at|to) a bar|casino|at night,? alone|say no to "
            r"meeting|turned down meeting|meet only at the office|i left)\b",
        ),
    ),
    "own_wellness": (
        (
            1.0,
            r"\b(?:burn(?:ed|t)? out|burnout|exhausted|(?:i|i'?ve|i have) relapsed|relapsed\."
            r"|my (?:own )?relapse|(?:i'?ve|i have|i'?m|i am) been (?:drinking|using)|(?:i'?m|i am|"
            r"i'?ve been|i started|i was) (?:drinking|using) again|craving|my (?:own )?(?:mental "
            r"health (?:is|has)|sobriety|depression|"
            r"anxiety|triggers?|history|abuser|meds)|triggered|compassion fatigue|i'?m struggling|"
            r"i am struggling|self-?care|taking care of (?:myself|themselves)|mental health day|"
            r"my (?:own )?bias(?:es)?|can'?t stop thinking|(?:can'?t|cannot|couldn'?t) (?:focus|"
            r"sleep|cope)|not sleeping|overwhelmed|i'?m so (?:tired|burned|burnt|done)|zone out|"
            r"don'?t even care|foggy|manic|been really depressed|it'?s (?:too hard|wearing on me)|"
            r"wearing on me|too hard to watch|keep in check|i'?m a survivor|strong feelings|"
            r"going through a lot|take leave)\b",
        ),
    ),
    "supervision": (
        (
            1.0,
            r"\b(?:supervision|tell (?:my|the) supervisor|talk to (?:my|the) supervisor|ask (?:my"
            r"|the) supervisor|meet(?:ing)? with (?:my|the) supervisor|(?:my )?supervisor (?:is "
            r"useless|never meets|cancels|isn'?t|doesn'?t(?! know)|is in)|who should i talk to|"
            r"scared to tell my supervisor|tell my boss)\b",
        ),
        (0.5, r"\b(?:supervisor|boss|manager)\b"),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:share my (?:own )?(?:story|experience|history|past|recovery|diagnosis)|"
            r"share (?:that i|what worked for me)|(?:tell|told) (?:him|her|them|my \w+|a \w+|"
            r"the \w+)"
            r" (?:about )?(?:my|i'?m|i am|i'?ve|i have|i was|i used to|i stopped|i lost)|(?:my|own"
            r") "
            r"(?:lived experience|recovery story|story|trauma history|diagnosis)|self-?disclos\w*|"
            r"disclose|overshare\w*|personal questions|what (?:antidepressant|meds?) i take|her ow"
            r"n "
            r"stuff|i shared my|how much of my|sharing my|whole trauma history)\b",
        ),
    ),
    "advocacy": (
        (
            1.0,
            r"\b(?:advocat\w*|speak up|stand up for|back (?:her|him|them) up|push back|"
            r"(?:doctor|psychiatrist|prescriber|provider|case ?manager|team|nurse|po|judge|"
            r"landlord)s?\b[^.?!]{0,40}\b(?:won'?t listen|doesn'?t listen|ignor\w*|dismiss\w*|not "
            r"listening|talk over|says? (?:no|she'?s not ready|he'?s not ready)|wants? (?:my client"
            r"|her|him) in)|write (?:a letter|down questions)|letter to the judge|tell (?:his|her) "
            r"(?:psychiatrist|doctor|team)|scared to say it|side with|decisions? (?:\w+ ){0,4}with"
            r"out "
            r"asking (?:him|her|them)"
            r"|help her fight|help him fight|steamrolled|does all the talking|iep|what the client "
            r"wants|not ready)\b",
        ),
    ),
    "self_determination": (
        (
            1.0,
            r"\b(?:mat\b|medication[- ]assisted|suboxone|methadone|abstinen\w*|harm reduction|"
            r"smart recovery|(?:wants?|chose|choose|chooses|choosing|decided) (?:not )?(?:to )?(?:"
            r"stop"
            r"|quit|go off|try|leave|skip|use|go on (?:meds|medication|methadone|suboxone|mat)|liv"
            r"e|move)"
            r"|(?:his|her|their) (?:own )?(?:choic"
            r"e|"
            r"decision|path|way|call|life)|it'?s (?:his|her|their) (?:call|life|choice)|12[- ]step|"
            r"\baa\b|\bna\b|talk (?:her|him|them) out of|retreat|without (?:his|her|their) "
            r"antipsychotic|psych meds|go inpatient|doesn'?t want to|keep bringing it up)\b",
        ),
    ),
    "withdrawing_support": (
        (
            1.0,
            r"\b(?:(?:stop|stopped|quit|end|drop|dropping|pause|discharge|close|kick\w*|refer"
            r"\w* (?:him|her|them) out|step back)\b[^.?!]{0,60}\b(?:relaps\w*|using|drinking|"
            r"sober|stable|serious|ready|detox|positive|motivated)|(?:relaps\w*|using "
            r"again|drinking again|positive uas?)[^.?!]{0,80}\b(?:stop|drop|end|discharge|close|"
            r"kick|pause|step back|refer)\w*|not ready to quit|still (?:actively )?using|keep "
            r"(?:supporting|seeing) (?:someone|a client|her|him)|close (?:his|her|their) (?:case|"
            r"file)|kick\w* (?:people|him|her|them) out|give up on|precontemplation|refer (?:him|"
            r"her|them) out|until (?:he'?s|she'?s|they'?re) (?:stable|serious|sober|in recovery))"
            r"\b",
        ),
    ),
    "community_integration": (
        (
            1.0,
            r"\b(?:group home|nursing home|institution\w*|least restrictive|live on (?:his|her|"
            r"their) own|(?:her|his|their) own (?:apartment|place)|stay in (?:her|his|their) "
            r"apartment|independent(?:ly)? living|move (?:out|to|into)|state hospital|community|"
            r"isolated|reconnect|join a|bowling league|volunteer somewhere|live with (?:her|his) "
            r"boyfriend|live in the country|sober living|supervised)\b",
        ),
    ),
    "abuse_neglect_exploitation": (
        (
            1.0,
            r"\b(?:exploit\w*|neglect\w*|abus(?:e|ed|es|ing)\b|abusive\b(?! (?:\w+ )?(?:boyfriend|"
            r"girlfriend|ex|partner|husband|wife|relationship|home|household|family|dad|mom|father|"
            r"mother|parents?|marriage))|yell(?:ed|s)? at|scream\w* at|called (?:him|"
            r"her|them) (?:an? )?(?:idiot|stupid)|makes? them feel stupid|take advantage|took "
            r"advantage|humiliat\w*|grab(?:bed)? (?:him|her|them)|run my errands|my errands|does "
            r"whatever i say|skipping visits|ignore (?:my )?client'?s? calls|close her file withou"
            r"t|"
            r"without checking on|sit in the car|chores to earn)\b",
        ),
    ),
    "professional_knowledge": (
        (
            1.0,
            r"\b(?:training|trainings|ceus?|continuing education|keep(?:ing)? (?:up|learning)|"
            r"stay (?:current|up to date)|up to date|research|evidence[- ]based|learn(?:ed|ing)? "
            r"(?:more|about)|from the 90s|read anything new|new "
            r"(?:stuff|option|resources?|warmline|research)|never heard of)\b",
        ),
    ),
    "applicability": (
        (
            1.0,
            r"\b(?:(?:does|do) (?:the|this|these|wisconsin|washington|wa|wi)? ?(?:code|rules|"
            r"ethics)(?: of ethics)? (?:apply|cover)|apply to me|applies to me|am i covered|"
            r"(?:not|un)certified|not (?:a )?cps|not certified yet|certification lapsed|volunteer|"
            r"recovery coach|cover trainees|held to the same|is this code for me|(?:still )?have t"
            r"o "
            r"follow (?:all of )?this|passed my cps exam)\b",
        ),
    ),
}

# Broader concept vocabularies per issue: verbs and nouns people use for the conduct, beyond
# the phrasings above. Merged into CUES (each list adds patterns to its issue).
_MORE: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        (1.0, r"\b(?:as a tip|left (?:me )?(?:\$\s?\d+|a tip|money|cash))\b"),
        (
            1.0,
            r"\b(?:wants? me to have|as a thank ?you|to thank me|for me for (?:christmas|my "
            r"birthday|the holidays)|(?:bought|got|made) (?:me|us) (?:a|an|some|this)|my birthday "
            r"present|(?:tickets?|seats?) (?:for me|to a)|free tickets|(?:gift|present) for me)\b",
        ),
    ),
    "give_gift": (
        (
            1.0,
            r"\bgive (?:him|her|them|my client|a client)\s(?:a|an|some|the|my|this|that|one)\b"
            r"(?!\s(?:ride|call|hug|chance|break|lift|hand|minute|second|heads|hard time|number))",
        ),
        (
            1.0,
            r"\b(?:giving (?:each of )?my (?:clients|peers|participants)|gifts? for (?:my|the) "
            r"(?:clients|peers|participants)|out of my own pocket|(?:buy|bought|get|got) (?:him|he"
            r"r|"
            r"them) (?:a|an|some|lunch|dinner|groceries|food|clothes|shoes)|pay (?:his|her|their) "
            r"(?:bill|rent|fine|copay)|cover (?:his|her|their))\b",
        ),
    ),
    "financial_gain": (
        (
            1.0,
            r"\b(?:bonus|per person|quota|costco card|membership|use (?:his|her|their) "
            r"(?:card|membership|discount|account|truck|car|cabin|boat)|help me (?:move|with my)|"
            r"(?:my|a) (?:furniture|move)|work for me for free|free (?:babysitting|rides|tickets|"
            r"repairs|haircuts|labor|labour|help)|sell (?:him|her|them) my|selling (?:him|her|them)"
            r"|buy my(?! (?:clients?|peers?|participants?|members?)'?s?\b)|fundrais\w*)\b",
        ),
    ),
    "sexual_relationship": (
        (
            1.0,
            r"\b(?:hit on me|hitting on me|came on to me|made a pass|sexual advances?|"
            r"get together|got together|together romantically|seeing each other|sleep together|"
            r"move in together|marry|married|propos\w*|valentine|love letter|sext\w*|naked)\b",
        ),
    ),
    "serve_former_partner": (
        (
            1.0,
            r"\b(?:ex-?(?:wife|husband)'?s?|(?:my|an) ex\b|we used to be a couple|former "
            r"(?:boyfriend|girlfriend|spouse|lover))\b",
        ),
    ),
    "serve_family_member": (
        (
            1.0,
            r"\b(?:my (?:cuz|bro|sis|mom'?s|dad'?s|ma|pa|grandkid|grandchild)|(?:client|peer"
            r"|participant) is my (?:\w+ )?(?:cousin|brother|sister|mom|dad|son|daughter|aunt|"
            r"uncle|nephew|niece|cuz|relative|family)|related to (?:my|a) (?:client|peer))\b",
        ),
    ),
    "dual_relationship": (
        (
            1.0,
            r"\b(?:work out together|gym|laundromat|salon|barber|"
            r"graduation|funeral|birthday party|cookout|hang(?:ing)? out|go(?:ing)? out for (?:a "
            r"drink|drinks|coffee|dinner)|(?:is|became|be|as|was|also) my (?:employee|"
            r"tenant|landlord|roommate|neighbou?r|customer|boss|coworker|co-worker)|my (?:employee|"
            r"tenant|landlord|roommate|neighbou?r|customer) (?:is|was|became|just became) (?:now )?"
            r"(?:a |my |one of my |on my )|work(?:s)? (?:for|at) (?:my|the same)|"
            r"same (?:town|street|neighbourhood|neighborhood|apartment|building|job|workplace)|"
            r"oxford house|recovery housing|sober house|friend(?:ed|ing)? (?:him|her|them|clients?)"
            r"|connect with clients|monitor them)\b",
        ),
    ),
    "confidentiality": (
        (
            1.0,
            r"\b(?:(?:without|didn'?t) (?:really )?ask(?:ing)? (?:her|him|them)|without (?:his|"
            r"her|their) (?:consent|permission|knowledge)|keep the client'?s name out|name out of "
            r"it"
            r"|(?:asked|asks) (?:me )?(?:if|whether) (?:her|his|their|my client)|is (?:he|she) "
            r"(?:using|ok|okay|coming|doing)|what (?:he|she|they) (?:said|told me)|told me in "
            r"confidence|(?:welfare check|call the police|call 911|call the cops)|tell (?:anybody|"
            r"anyone|someone|people|others)|(?:video|photo|picture|story|stories) (?:of|about|"
            r"with) (?:my )?(?:client|peer|participant)|report back|records?|chart|notes)\b",
        ),
    ),
    "harm_threat": (
        (
            1.0,
            r"\b(?:jump off|(?:hang|hanging|shoot|kill) (?:him|her|them)sel(?:f|ves)|overdos"
            r"\w*|(?:hurt|harm|kill|beat|hit|stab|shoot) (?:her|his|their) (?:baby|kid|kids|child|"
            r"children|mom|dad|wife|husband|boyfriend|girlfriend|ex|roommate|neighbou?r|boss|"
            r"coworker|caseworker)|(?:planning|plans|going) to (?:kill|hurt|end|jump|shoot|stab|"
            r"overdose)|end it all|not wake up|wouldn'?t wake up|wishes? (?:she|he|they) (?:was|we"
            r"re)"
            r" dead|no reason to live|say goodbye|gave away (?:his|her|their) (?:stuff|things)|"
            r"means to|welfare check)\b",
        ),
    ),
    "caregiver_abuse": (
        (
            1.0,
            r"\b(?:(?:her|his|their|who is (?:her|his|their)) (?:caregiver|guardian|aide|"
            r"attendant|payee|care provider|house parent)|who (?:looks after|takes care of|cares "
            r"for) (?:her|him|them)|(?:lives|living) with and (?:depends|relies) on|depends on "
            r"(?:her|him|them)|won'?t let (?:her|him|them) (?:leave|eat|call|see)|takes (?:her|his"
            r"|their) (?:phone|money|check|meds|pills|food)|locking (?:her|him|them)|lock(?:s|ed)? "
            r"(?:her|him|them) (?:in|up))\b",
        ),
    ),
    "outside_scope": (
        (
            1.0,
            r"\b(?:plea deal|plead|sign the (?:custody|agreement|papers|contract)|read it for "
            r"(?:him|her|them)|what forms to file|(?:tell|diagnose) (?:her|him|them) if|"
            r"trauma processing|run (?:\w+ )?sessions|worksheets?|what (?:his|her|their) "
            r"(?:diagnosis|condition) means|if (?:he|she|they) really ha(?:s|ve)|"
            r"(?:give|gave|giving) (?:him|her|them) (?:advice|my advice)|should (?:he|she|they) "
            r"(?:take|stop|sign|plead|quit taking))\b",
        ),
    ),
    "imposing_beliefs": (
        (
            1.0,
            r"\b(?:maga|vote|voting|election|vegan|vegetarian|plant based|diet|the only way|"
            r"(?:i|i'?m) (?:think|believe|feel) (?:that )?(?:\w+ )?(?:is|are) (?:wrong|a sin|the "
            r"only)|(?:don'?t|do not) believe in|my (?:religion|church|faith)|convince (?:him|her|"
            r"them)|persuade|(?:i|my) (?:own )?(?:opinion|views?) (?:on|about)|hint\w*|too small|"
            r"(?:tell|talk) (?:him|her|them) (?:out of|into))\b",
        ),
    ),
    "coercion": (
        (
            1.0,
            r"\b(?:physically (?:stop|hold|block|restrain)|stop (?:her|him|them) from "
            r"(?:leaving|going)|block (?:the|her|his) (?:door|way)|undue influence|(?:keep|kept) "
            r"(?:bugging|nagging|pushing|asking|texting|calling) (?:him|her|them|my client)|"
            r"(?:\d+|twenty|ten|fifty) times a day|push(?:ed)? (?:a few )?(?:people|him|her|them|"
            r"clients) (?:who|to|into)|convince(?:s)? (?:him|her|them)|get (?:him|her|them|my "
            r"client) to (?:take|sign|go|agree)|won'?t meet with (?:her|him|them) if|(?:can'?t|"
            r"cannot) keep \w+ing .{0,30} if (?:he|she|they) wants? my help|if (?:he|she|they) "
            r"wants? my help|make sure (?:he|she|they) (?:goes|go|takes|take))\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b(?:for sure|100 ?%|(?:will|would|'ll) (?:definitely|surely|certainly|"
            r"absolutely)|(?:i'?d|i would|i'?ll|i will) get (?:him|her|them) (?:a|an|into|the)|"
            r"will (?:cure|fix|solve)|cure (?:their|his|her) addiction|(?:told|tell|telling) "
            r"(?:him|her|them|my client|clients) (?:that )?(?:\w+ ){0,4}(?:will|'ll) (?:go "
            r"through|get|be approved|come back)|(?:go|goes|went) through because mine did|i "
            r"swear)\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:only (?:want to )?(?:work with|serve|see|take) (?:women|men|white|young|"
            r"old)|(?:women|men) make me uncomfortable|(?:don'?t|won'?t) (?:work with|serve|take) "
            r"(?:men|women|people who|anyone who)|just confused|because (?:of )?(?:his|her|their) "
            r"(?:race|religion|accent|age|weight|disability|sexuality|gender)|(?:old|elderly|"
            r"poor|homeless) (?:people|clients)|hearing aids?|refuses to pay for)\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:dealer'?s? (?:house|place)|motel|where people (?:are )?using|people using "
            r"there|(?:meet|meeting) (?:a client|my client|him|her|them) wherever|insist on (?:the"
            r" )?"
            r"(?:library|office|coffee shop)|(?:his|her|their) trailer|ride to (?:his|her|their) "
            r"(?:dealer|connect)|pick something up|not comfortable meeting|safe(?:r|ty)? (?:place|"
            r"spot|location)|meet(?:ing)? somewhere)\b",
        ),
    ),
    "own_wellness": (
        (
            1.0,
            r"\b(?:my (?:own )?(?:ptsd|trauma|grief|health|illness|symptoms)|my (?:dad|mom|mother|"
            r"father|wife|husband|son|daughter|brother|sister) (?:just )?(?:died|passed)|"
            r"(?:my|own) \w+ (?:flared|came back|is back)|flared up|i'?m (?:sad|"
            r"grieving|depressed|anxious|not ok)|(?:had|have) to cancel sessions|going through a "
            r"(?:divorce|breakup|hard time|rough time)|affecting how i work|it'?s affecting (?:my|"
            r"how)|i (?:seem|feel) (?:fine|off|numb)|vent)\b",
        ),
    ),
    "supervision": (
        (
            1.0,
            r"\b(?:instead of (?:my|the) supervisor|(?:before|without) (?:talking to|telling|"
            r"asking) (?:my|the) supervisor|(?:cancel\w*|skipp\w*|no) supervision|supervisor (?:ha"
            r"s "
            r")?cancel\w*|(?:talk|check) (?:to|with) (?:my|the) (?:supervisor|boss) (?:first|"
            r"before)|run it by (?:my|the) (?:supervisor|boss))\b",
        ),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:if i still (?:use|drink|smoke)|(?:ask|asks|asked) (?:me )?(?:if|whether) i "
            r"(?:still|ever|have|had|use|used|was|am|'m|'ve|drink|drank|smoke|take|took|went|got|"
            r"did|do)\b|(?:ask|asks|asked) (?:me )?about my|come out to (?:my|the) clients|"
            r"(?:talk|tell|share) (?:about )?my "
            r"(?:recovery|divorce|past|history|diagnosis|story|addiction|sobriety|relapse)|"
            r"my own story|keeping it professional|don'?t want to (?:talk|share) (?:about )?my)\b",
        ),
    ),
    "advocacy": (
        (
            1.0,
            r"\b(?:(?:come|go) (?:with (?:her|him|them) )?to the (?:meeting|hearing|"
            r"appointment)|asked me to come to|(?:family|doctor|team|staff|hospital|guardian|"
            r"insurance) (?:and the doctor )?(?:are|is) (?:pressuring|pushing)|wants to refuse|"
            r"(?:she|he|they) wants? to (?:stay|go back|go home)|even though (?:she|he|they)'?s? "
            r"(?:stable|ready|fine)|(?:team|hospital|staff|guardian) wants? (?:to )?(?:keep|place|"
            r"discharge|put|get)|be the one who convinces)\b",
        ),
    ),
    "self_determination": (
        (
            1.0,
            r"\b(?:(?:wants|want|chose|chooses|decided|picked) (?:to )?(?:refuse|keep "
            r"drinking|drink socially|cut back|a (?:recovery )?goal)|(?:recovery )?goal i think|"
            r"override|(?:get|make) (?:him|her|them) (?:to )?take (?:his|her|their)|doesn'?t want "
            r"(?:them|it|to)|only prayer|no meds|total abstinence|harm reduction|in (?:her|his|"
            r"their) (?:own )?(?:way|time)|(?:her|his|their) (?:recovery|treatment) (?:path|plan|"
            r"choice))\b",
        ),
    ),
    "withdrawing_support": (
        (
            1.0,
            r"\b(?:(?:won'?t|will not|not going to|refuse to) (?:meet|work|see) (?:with )?"
            r"(?:her|him|them) (?:again |anymore |any more )?(?:if|until|unless)|cut (?:back|down) "
            r"(?:to|on) (?:\w+ )?(?:visits?|"
            r"sessions?)|people who are doing well|(?:if|when) (?:she|he|they) (?:shows?|showed) "
            r"up (?:high|drunk|using)|(?:can'?t|cannot) keep \w+ing (?:weed|drinking|using) if|"
            r"stop (?:seeing|meeting|working with) (?:her|him|them)|only work with (?:people|"
            r"clients) who)\b",
        ),
    ),
    "community_integration": (
        (
            1.0,
            r"\b(?:residential (?:program|treatment|facility)|locked (?:facility|unit|ward)|"
            r"inpatient unit|placed? (?:him|her|them) in|far from (?:his|her|their) family|hours "
            r"away|(?:stay|live|go back) (?:in town|home|to (?:her|his|their) (?:own )?(?:apartmen"
            r"t|"
            r"home|house))|shelter|rec(?:reation)? center|on-?site|outpatient|local|go home|"
            r"(?:more|a few more) (?:weeks|days) to be safe)\b",
        ),
    ),
    "abuse_neglect_exploitation": (
        (
            1.0,
            r"\b(?:shov\w*|push(?:ed)? (?:a|my|the) (?:client|peer|participant)|hit (?:a|my|"
            r"the) (?:client|peer|participant)|forgot to call (?:my client|him|her|them)|(?:ended "
            r"up|landed) in the (?:er|hospital)|help me move|move my furniture|without really aski"
            r"ng|"
            r"she was in crisis|(?:free|unpaid) labou?r|(?:made|make|had|have) (?:my )?(?:client|"
            r"her|him|them) (?:do|clean|work|help me)|fundraising video|took her money|took his "
            r"money|financially exploit\w*|bonus per person)\b",
        ),
    ),
    "professional_knowledge": (
        (
            1.0,
            r"\b(?:sharing articles|share (?:\w+ )?(?:articles|resources|info|information|what "
            r"i learned)|get trained|new (?:system|tools?|law|policy|guidelines)|988|naloxone|narc"
            r"an"
            r"|fentanyl|test strips|staying current|part of the ethics code or just|learn(?:ing)?"
            r" about)\b",
        ),
    ),
    "applicability": (
        (
            1.0,
            r"\b(?:bound by|(?:i'?m|i am) not a peer|as a supervisor,? i'?m not|does (?:it|this|"
            r"that|the code) (?:even )?apply|(?:does|do) (?:the )?(?:peer )?(?:code|ethics|rules) "
            r"(?:of ethics )?(?:apply|count|cover)|who (?:is|are) (?:covered|bound)|am i (?:bound|"
            r"held|required))\b",
        ),
    ),
}
_EXTRA: dict[str, tuple[tuple[float, str], ...]] = {}
_EXTRA["confidentiality"] = (
    *_EXTRA.get("confidentiality", ()),
    (
        1.0,
        r"\b(?:tell|told|telling|share with|shared with|talk to|talked to|update|updated|inform|in"
        r"formed|answer) (?:my |the |a |our )?(?:client|peer|"
        r"participant|member)'?s'? (?:mom|mother|dad|father|parents?|wife|husband|family|sister|"
        r"brother|partner|boss|employer|landlord|doctor|kids?)|how (?:he|she|they)(?:'s| is| are)"
        r" doing\b",
    ),
)
_EXTRA["accept_gift"] = (
    *_EXTRA.get("accept_gift", ()),
    (1.0, r"\bslipped (?:\w+ ){0,3}(?:into|in) my (?:pocket|bag|purse|jacket|hand|car|mailbox)\b"),
)
_EXTRA["lend_borrow"] = (
    *_EXTRA.get("lend_borrow", ()),
    (
        1.0,
        r"\b(?:till?|until) (?:payday|pay ?day|friday|the first|his check|"
        r"her check|their check)\b|\bhold \$?\w+ of mine\b",
    ),
)
_EXTRA["serve_former_partner"] = (
    *_EXTRA.get("serve_former_partner", ()),
    (
        1.0,
        r"\bmy (?:\w+ )?(?:girlfriend|boyfriend|partner|wife|husband) (?:from|in|back in) "
        r"(?:college|"
        r"high school|school|rehab|treatment|the past|years ago)\b",
    ),
)
_EXTRA["abuse_neglect_exploitation"] = (
    *_EXTRA.get("abuse_neglect_exploitation", ()),
    (
        1.0,
        r"\b(?:make|makes|made|making|have|has|had) (?:my |the |our )?(?:clients?|participants?|"
        r"members?|peers?|him|her|them) (?:do|clean|work|run|cook|help|pay)\b",
    ),
)
_EXTRA["dual_relationship"] = (
    *_EXTRA.get("dual_relationship", ()),
    (
        1.0,
        r"\b(?:emergency contact|character reference|be (?:his|her|their) reference|go(?:ing)? "
        r"to (?:a|the) (?:movies?|concert|game|show|mall|party|bar|club)|just (?:us|the two of us)|"
        r"the two of us)\b",
    ),
)
_EXTRA["dual_relationship"] = (
    *_EXTRA.get("dual_relationship", ()),
    (
        1.0,
        r"\b(?:doors? down|down the (?:street|hall|block) from me|moved in (?:next door|nearby))\b",
    ),
)
_EXTRA["give_gift"] = (
    *_EXTRA.get("give_gift", ()),
    (
        1.0,
        r"\b(?:chip in|pay|paying|cover|covering) for (?:my |a |the )?(?:client|peer|participant|"
        r"member)'?s?\b|\bout of my (?:own )?(?:wallet|pocket)\b",
    ),
)
_EXTRA["dual_relationship"] = (
    *_EXTRA.get("dual_relationship", ()),
    (
        1.0,
        r"\b(?:maid of honou?r|bridesmaid|best man|godmother|godfather|godparent|invited me to "
        r"(?:his|her|their|a|the)\b)",
    ),
)
_EXTRA["serve_former_partner"] = (
    *_EXTRA.get("serve_former_partner", ()),
    (
        1.0,
        r"\b(?:someone|a (?:guy|girl|man|woman|person)) i used to (?:sleep with|date|be with|hoo"
        r"k "
        r"up with|see)\b",
    ),
)
_EXTRA["discrimination"] = (
    *_EXTRA.get("discrimination", ()),
    (
        1.0,
        r"\b(?:refuses?|won'?t|doesn'?t want) (?:to )?(?:serve|work with|see|help) (?:clients?|"
        r"people|anyone|participants?) who\b|\bspeak english\b",
    ),
)
_EXTRA["unsafe_meeting"] = (
    *_EXTRA.get("unsafe_meeting", ()),
    (
        1.0,
        r"\b(?:pit ?bull|dog (?:that )?bit|aggressive dog|weapons? in the house|violent "
        r"(?:brother|boyfriend|girlfriend|roommate|partner|husband))\b",
    ),
)
_EXTRA["withdrawing_support"] = (
    *_EXTRA.get("withdrawing_support", ()),
    (
        1.0,
        r"\b(?:drops?|dropping|discharg\w*|kicks?) (?:clients|people|participants|members|him|"
        r"her|them) (?:who|for|after|out|if)\b",
    ),
)
_EXTRA["abuse_neglect_exploitation"] = (
    *_EXTRA.get("abuse_neglect_exploitation", ()),
    (
        1.0,
        r"\b(?:took|takes|taking|stole|steals|stealing) (?:money|cash|pills|meds) from (?:a|my|t"
        r"he"
        r"|our) (?:client|peer|participant|member)\b",
    ),
)
_EXTRA["harm_threat"] = (
    *_EXTRA.get("harm_threat", ()),
    (
        1.0,
        r"\b(?:done with (?:life|living|it all)|lined up|stockpil\w*|can'?t go on|no point "
        r"(?:in )?living|want(?:s)? to disappear|end (?:his|her|their) own life)\b",
    ),
)
_EXTRA["harm_threat"] = (
    *_EXTRA.get("harm_threat", ()),
    (
        1.0,
        r"\b(?:kms|kys|unalive|hurting (?:his|her|their) (?:mom|mother|dad|father|kids?|wife|"
        r"husband|partner|girlfriend|boyfriend|roommate|neighbou?r|baby))\b",
    ),
)
_EXTRA["coercion"] = (
    *_EXTRA.get("coercion", ()),
    (
        1.0,
        r"\bif (?:he|she|they) (?:didn'?t|doesn'?t|don'?t|won'?t|wouldn'?t)\b[^.?!]{0,50}\b(?:i'?d|"
        r"i would|i'?ll|i will) (?:stop|quit|drop|not|tell|call|report|end)\b",
    ),
)
_EXTRA["dual_relationship"] = (
    *_EXTRA.get("dual_relationship", ()),
    (
        1.0,
        r"\b(?:come work for (?:him|her|them)|work for (?:him|her|them|my client)|pays? cash|"
        r"food truck|on weekends)\b",
    ),
)
_EXTRA["self_disclosure"] = (
    *_EXTRA.get("self_disclosure", ()),
    (1.0, r"\bshare (?:about )?my (?:time|experience|own|past|story|history|journey|struggles?)\b"),
)


def _extend(*tables: dict[str, tuple[tuple[float, str], ...]]) -> None:
    """Append each table's rules to CUES, issue by issue, in the order given."""
    for table in tables:
        for issue, rules in table.items():
            CUES[issue] = (*CUES[issue], *rules)


_extend(_MORE, _EXTRA)

# Concept vocabularies from how people talk about each situation (regional slang, text-message
# shorthand, supervisors' and trainers' wording): the same concepts as above, other words.
_CONCEPTS: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        (
            1.0,
            r"\b(?:bung|bunged|slip|slipped|palm(?:ed)?|shove[ds]?|put|putting|sends?|sending|sent)"
            r" (?:me|it|money|cash) (?:on|into|in|to) my (?:cash ?app|venmo|paypal|zelle|account|"
            r"card|pocket|hand)\b|\b(?:on (?:a|his|her|their|my) (?:client|peer|participant|"
            r"member)'?s? dime|(?:a|the) (?:tenner|fiver|twenty|fifty|hundred|c-note)|(?:cash ?app|"
            r"venmo|zelle|paypal)(?:ed|s)? me|picks? up the (?:tab|bill|check) for me)\b",
        ),
    ),
    "give_gift": (
        (
            1.0,
            r"\b(?:present|gift|something (?:small|nice)) for (?:each of )?(?:him|her|them|my "
            r"(?:clients?|peers?|participants?|members?|caseload)|the (?:folks|people|clients) on "
            r"my caseload)\b|\b(?:pay|paid|cover|covered|paying) (?:his|her|their) (?:phone|rent|"
            r"bill|fine|copay|deposit)\b|\b(?:couple|few) (?:bucks|dollars) for (?:the )?(?:bus|"
            r"food|gas|lunch)\b|\bout of my own (?:money|cash)\b",
        ),
    ),
    "lend_borrow": (
        (
            1.0,
            r"\b(?:float (?:me|him|her|them)|owes? (?:me|him|her|them)|i ?o ?u|borrow my|use my "
            r"(?:car|truck|card|phone) for|give (?:it|them|the money) back|back by (?:friday|"
            r"monday|next week)|bring it back)\b",
        ),
    ),
    "financial_gain": (
        (
            1.0,
            r"\b(?:(?:a|his|her|their) cut\b|pays? (?:her|him|them|me) (?:a )?(?:cut|fee|"
            r"percentage)|% (?:as a )?fee|keeping \d+ ?%|employee discount|(?:his|her|their) "
            r"discount|at cost|mates? rates|do (?:my|the) (?:yard|lawn|hair|nails|taxes|garden) "
            r"for free|in (?:his|her|their) will|left (?:me|us) (?:his|her|their|a|an)\b)",
        ),
    ),
    "sexual_relationship": (
        (
            1.0,
            r"\b(?:(?:ask|asks|asked|asking) (?:me|him|her|them) out|(?:asked|asking|asks) (?:me )?"
            r"(?:if|whether) (?:i'?m|i am) single|are you single|heart[- ]eyes|wink\w*|"
            r"falling for|fell for|"
            r"fancy (?:him|her|them)|(?:into|crushing on) (?:him|her|"
            r"them)|chemistry|romantically|see each other|grab a drink|drinks? sometime|hearts? "
            r"emojis?|miss (?:u|you)|sleep together|slept together|hooked up|got together|make a "
            r"move|sweet on|fancies|smitten|catching feelings|caught feelings)\b",
        ),
    ),
    "serve_former_partner": (
        (
            1.0,
            r"\b(?:ex-?(?:wife|husband|fiance|fiancee)|old fling|fling|used to (?:go out|be "
            r"married|see each other)|(?:i|we) dated (?:for|in|back|when|years|a while)|we "
            r"divorced|divorced (?:him|her)|baby (?:mama|daddy|father|mother)|my first love|"
            r"(?:guy|girl|man|woman) i (?:dated|was with))\b",
        ),
    ),
    "serve_family_member": (
        (
            1.0,
            rf"\b(?:be|being|become) my (?:own )?{_FAMILY}'?s? (?:peer|cps|support|specialist)\b|"
            rf"\bprovide (?:peer )?services to (?:my|their|his|her) (?:own )?{_FAMILY}\b|\bmy "
            rf"(?:own )?{_FAMILY}\b[^.?!]{{0,40}}\b(?:on|onto|to) my (?:caseload|list)\b|\b(?:take|"
            rf"took) (?:on )?my (?:own )?{_FAMILY}\b",
        ),
    ),
    "dual_relationship": (
        (
            1.0,
            r"\b(?:besties|bff|be (?:best )?(?:mates|buddies|pals)|followed me|add(?:ed)? me|"
            r"liked (?:my|all my|\d+ of my|like \d+ of my) (?:pics|photos|posts)|dm(?:s|ed)? me|"
            r"across the (?:hall|street|road)|same (?:mosque|temple|synagogue|gym|street|"
            r"building|congregation|parish)|pet-?sit\w*|house-?sit\w*|dog-?sit\w*|do my (?:yard|"
            r"lawn|hair|nails|taxes|garden)|(?:a |be (?:his|her|their) )?reference for|"
            r"(?:crash|stay|sleep)(?:ing)? (?:on|at) (?:my|her|his) (?:couch|sofa|place)|"
            r"(?:come|go) to (?:his|her|their) (?:party|wedding|birthday|graduation|funeral|"
            r"quincea\w*|bbq|cookout|shower)|(?:his|her|their) (?:\w+'?s )?(?:party|wedding|"
            r"quincea\w*|cookout)|mechanic|garage|(?:sell|selling|sold) (?:him|her|them|my "
            r"client|a client) (?:my|a|an|the|some)|(?:buy|buying|bought) (?:\w+ )?from (?:him|"
            r"her|them|my client|a client)|(?:buy|buying|bought) (?:my|a|the) (?:client|peer|"
            r"participant|member)'?s'?|interview (?:her|him|them))\b",
        ),
    ),
    "confidentiality": (
        (
            1.0,
            r"\b(?:probation officer|parole officer|(?:her|his|their) po\b|wants? to know (?:if|"
            r"whether|how|what)|asking (?:how|if|whether) (?:he|she|they)|give (?:her|him|them) an"
            r" update|updates? on (?:him|her|them|my client)|posted (?:a story|about)|people "
            r"(?:could|would|can) (?:probably )?tell who|keep (?:it|this) (?:quiet|between us)|"
            r"told me in private|in private|never signed (?:anything|a release)|mandat\w* report"
            r"\w*|welfare check)\b",
        ),
    ),
    "harm_threat": (
        (
            1.0,
            r"\b(?:unaliv\w*|can'?t (?:do this|go on|take it) anymore|(?:bash|smash|kick) (?:\w+ "
            r"){0,2}(?:head|face) in|stab (?:him|her|them)|set fire to|burn (?:his|her|their) "
            r"(?:house|car|place) down|(?:not|never) wak(?:e|ing) up|cutting (?:again|herself|"
            r"himself)|fresh (?:cuts|marks)|no reason to live|better off without (?:me|him|her))\b",
        ),
    ),
    "caregiver_abuse": (
        (
            1.0,
            r"\b(?:carer|(?:mom|mum|dad|daughter|son|aunt|uncle|grandma|gran|nan|grandpa|cousin|"
            r"sister|brother|husband|wife|partner) (?:who )?(?:looks after|takes care of|raises|"
            r"cares for)|looks after (?:her|him|them) since)\b[^.?!]{0,120}\b(?:hit\w*|abus\w*|"
            r"bruis\w*|takes? (?:his|her|their) (?:ssi|ssdi|check|money|benefits|disability|meds)"
            r"|won'?t let|lock\w*|flinch\w*|slap\w*|scream\w*)\b|\btakes? (?:his|her|their) "
            r"(?:ssi|ssdi|disability (?:money|check)|benefits)\b",
        ),
    ),
    "outside_scope": (
        (
            1.0,
            r"\b(?:plea|plead\w*|guilty|public defender|sentenc\w*|warrant|expunge\w*|child "
            r"support|tax (?:law|refund|return)|immigration|phq-?9?|gad-?7|screeners?|klonopin|"
            r"ativan|abilify|prozac|wellbutrin|naltrexone|gabapentin|risperdal|haldol|clozapine|"
            r"depakote|lamictal|trazodone|benzos?|injection|exposure therapy|hypnosis|trauma "
            r"processing|what (?:i think )?(?:his|her|their) diagnosis|weigh in on (?:his|her|"
            r"their) (?:meds|diagnosis|case))\b",
        ),
    ),
    "imposing_beliefs": (
        (
            1.0,
            r"\b(?:born again|saved|give (?:their|his|her) lives? to|found (?:god|jesus|the "
            r"lord)|vegan|vegetarian|lifestyle|my (?:way|politics|religion)|preach\w*|"
            r"proselyti\w*|witness(?:ing)? to)\b",
        ),
    ),
    "coercion": (
        (
            1.0,
            r"\b(?:get (?:him|her|them) kicked out|kick (?:him|her|them) out|physically (?:took|"
            r"took|made|held|stopped)|took (?:it|one|his phone|her phone) off|snatch\w*|grabbed|"
            r"(?:i'?d|i would|i'?ll) (?:get|have) (?:him|her|them) (?:kicked|thrown|sent|locked)|"
            r"(?:raised|raise) my voice|(?:keep|kept) reminding (?:him|her|them|my \w+) (?:that|"
            r"of|about)|(?:won'?t|wouldn'?t|will not) help (?:\w+ ){0,4}unless)\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b100 ?%|\b(?:swear (?:you'?ll|she'?ll|he'?ll|they'?ll)|(?:i'?ll|i will|i'?d|i would)"
            r" (?:definitely|for sure|totally) (?:get|find|make)|i can (?:swing|sort|fix|get) "
            r"(?:it|that|you)|(?:get|got) (?:her|him|them) (?:a spot|in) for sure|no doubt (?:you|"
            r"she|he|they)'?(?:ll| will))\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:(?:doesn'?t|don'?t|won'?t|refuses? to) (?:do|take|see|serve|want) (?:any )?"
            r"(?:clients|people|peers|participants|folks) (?:who|on|with|from)|(?:only|just) "
            r"(?:want|get|take|serve) (?:\w+ )?(?:english|spanish|white|black|straight|young|"
            r"older) (?:speakers|clients|people|ones)|\w+-speaking (?:clients|people|peers)|"
            r"interpreters?|(?:on|taking) methadone)\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:trap house|crack house|drug den|motel|known for (?:fights|drugs|violence|"
            r"shootings)|violent with (?:staff|people|me)|(?:turn|turning) down (?:a |the )?"
            r"(?:home )?visit|(?:decline|refuse) (?:a |the )?(?:home )?visit|rather meet (?:at|in)"
            r"|meet (?:at|in) the (?:library|office|coffee shop|cafe|park) instead|dealer'?s "
            r"(?:house|place)|do visits at)\b",
        ),
    ),
    "own_wellness": (
        (
            1.0,
            r"\b(?:grie\w*|mourning|bereave\w*|zon(?:e|ed|ing) out|(?:a |one of )?my (?:\w+ )?"
            r"(?:clients?|peers?|participants?|members?|guys|folks|ladies|people) (?:died|passed"
            r"(?: away)?|overdosed|killed|took (?:his|her|their) (?:own )?life)(?: (?:by|from|of) "
            r"(?:an? )?(?:overdose|suicide|od))?|(?:lost|losing) (?:a|one of my) (?:client|peer|"
            r"participant|guys|members)|(?:client|peer|participant|member)s? (?:who )?(?:dies|"
            r"died|passed(?: away)?) (?:by|from|of) (?:an? )?(?:overdose|suicide|od)|"
            r"after (?:a|my) (?:client|peer|participant)(?:'s)? (?:death|dies|died|overdose|"
            r"suicide)(?: (?:by|from|of) (?:an? )?(?:overdose|suicide|od))?|vicarious trauma|"
            r"secondary trauma|countertransference|stirred (?:up|"
            r"things up)|hits? (?:too )?close to home|(?:not|isn'?t|am i) (?:being )?objective|"
            r"crying (?:in|at|between|during)|hung ?over|calling in sick|drinking (?:again|on "
            r"weekends|every night)|need a break|my own (?:stuff|issues|trauma|grief))\b",
        ),
    ),
    "supervision": (
        (
            1.0,
            r"\b(?:(?:sit-?down|check-?in|one-on-one|1:1) with (?:my|the) (?:supervisor|boss|"
            r"manager|lead)|(?:my|the) (?:supervisor|boss|manager) (?:is|'s) (?:never|always|on "
            r"leave|away|out|gone|unavailable|too busy)|(?:bring|take) (?:it|this|them|my (?:\w+ )?"
            r"cases?) to (?:my|the|our) (?:supervisor|boss|manager|lead)|how often should "
            r"(?:i|we) (?:meet|see|talk)|clinical supervisor|no one to (?:ask|talk to|go to))\b",
        ),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:tell (?:him|her|them|people|clients|the group) about my|how much (?:of my|do i)"
            r" (?:own )?(?:share|tell|say|stuff|past|story)|talk about my (?:own )?(?:divorce|"
            r"past|record|time|recovery|addiction|diagnosis|story|struggles?)|my (?:own )?(?:record"
            r"|psych ward|hospitali[sz]ations?|time inside|prison time|jail time)|come out to)\b",
        ),
    ),
    "advocacy": (
        (
            1.0,
            r"\b(?:come along and|back (?:him|her|them) up|freezes? up|speak for (?:him|her|"
            r"them)|without (?:even )?asking (?:him|her|them)|decided (?:\w+ ){0,4}without|"
            r"(?:help|helping) (?:him|her|them) (?:write|tell|ask|say|speak)|wants? a different "
            r"(?:therapist|doctor|psychiatrist|case ?manager|worker)|push for)\b",
        ),
    ),
    "self_determination": (
        (
            1.0,
            r"\b(?:cold turkey|total abstinence|instead of (?:total )?abstinence|only (?:thing|"
            r"way) that worked for me|(?:won'?t|doesn'?t|refuses to) go to (?:meetings|12-?step|"
            r"aa|na|church|rehab)|(?:her|his|their) (?:own )?recovery (?:her|his|their) way|"
            r"(?:wants?|want) to (?:use|try|start|stay on) (?:mat|suboxone|methadone|buprenorphine"
            r"|vivitrol|harm reduction|meds|medication)|swap\w* one (?:drug|addiction))\b",
        ),
    ),
    "withdrawing_support": (
        (
            1.0,
            r"\b(?:put (?:him|her|them) on (?:a )?['‘]?(?:break|hold|pause)|(?:see|seeing|meet|"
            r"meeting) (?:him|her|them|a client|clients) less (?:often )?(?:when|while|if)|only "
            r"(?:see|meet|work with) (?:him|her|them) when (?:he'?s|she'?s|they'?re) (?:clean|"
            r"sober)|until (?:he'?s|she'?s|they'?re|he is|she is|they are) (?:clean|sober) "
            r"(?:for )?\d+|refuse to work with (?:a |any )?(?:client|peer|participant|people)s? "
            r"who (?:(?:\w+ ){0,3}(?:relaps\w*|us(?:e|es|ing)|drinks?|drinking|high|drunk|slip\w*)|"
            r"(?:won'?t|doesn'?t|don'?t|refuses? to|isn'?t ready|keeps?|still)\b))",
        ),
    ),
    "community_integration": (
        (
            1.0,
            r"\b(?:locked (?:facility|ward|unit)|(?:get|find|have) (?:her|his|their) own place|"
            r"(?:leave|move out of) the (?:group home|facility|institution|nursing home)|"
            r"supported housing|in an apartment with (?:some )?supports?|upstate|where it'?s "
            r"['‘]?safe|adult foster home|residential (?:program|placement|facility))\b",
        ),
    ),
    "abuse_neglect_exploitation": (
        (
            1.0,
            r"\b(?:ignor\w* (?:\w+ ){0,2}calls|(?:don'?t|doesn'?t|didn'?t|without) pay(?:ing)? "
            r"(?:them|him|her)|for ['‘]?work experience|junkie|crackhead|lost my temper|called "
            r"(?:him|her|them|my client) (?:an? )?(?:useless|stupid|worthless|lazy|idiot)|(?:weeks|"
            r"days) without (?:calling|checking)|missed (?:his|her|their) meds and)\b",
        ),
    ),
    "professional_knowledge": (
        (
            1.0,
            r"\b(?:new research|keep(?:ing)? up with|stay(?:ing)? current|free training|(?:a |the"
            r" )?training on|required trainings?|new (?:drugs?|treatments?|approaches)|"
            r"xylazine|fentanyl test strips|naloxone|narcan)\b",
        ),
    ),
    "applicability": (
        (
            1.0,
            r"\b(?:bound by|does (?:this|the|that) (?:code|ethics code|ethics)(?: rules)? "
            r"(?:even )?"
            r"(?:apply|cover)|(?:ethics )?rules (?:already |even |still )?apply to me|no "
            r"credential|not (?:officially|yet|fully) certified|before (?:i'?m|i am|i get) "
            r"certified)\b",
        ),
    ),
}
_extend(_CONCEPTS)

# From a fresh paraphrase check (new wordings written for it, not the labelled data).
_MORE_CONCEPTS: dict[str, tuple[tuple[float, str], ...]] = {
    "give_gift": (
        (
            1.0,
            rf"\b(?:giving|buying|getting|paying for|covering|treating) (?:my|a|the|one of my)\s"
            rf"(?:\w+\s)?{_S}s?\b",
        ),
    ),
    "financial_gain": (
        (
            1.0,
            r"\b(?:free (?:every|each) (?:week|month|time)|free (?:food|stuff|meals?|product))\b",
        ),
    ),
    "caregiver_abuse": (
        (
            1.0,
            r"\b(?:caregiver|carer|foster (?:mom|mum|dad|parents?|home)|group home|aide|guardian)"
            r"\b[^.?!]{0,60}\b(?:(?:hasn'?t|has not|didn'?t|won'?t|doesn'?t) (?:fed|feed|given|"
            r"give)|not fed|starv\w*|left (?:him|her|them) alone|leaves (?:him|her|them) alone)",
        ),
    ),
    "coercion": (
        (
            1.0,
            r"\bor (?:i'?ll|i will|i'?m going to|we'?ll|we will) (?:report|call|tell|kick|drop|"
            r"stop|end|cut)\b|\b(?:has|have) to (?:go|attend|do|take|sign)\b[^.?!]{0,40}\bor (?:i"
            r"|else|we)\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b(?:swore|swear|assured|guaranteed) (?:to )?(?:him|her|them|my client)? ?(?:that )?"
            r"(?:she|he|they|you)(?:'d|'ll| would| will)\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:won'?t|doesn'?t|don'?t|refuses? to) (?:serve|see|take|hire|work with) "
            r"(?:anyone|anybody|people|folks) (?:with|who|from)\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:needles (?:everywhere|on the floor|lying around)|(?:guy|man|someone|people|"
            r"boyfriend) with (?:a )?(?:knife|gun|weapon)s?)\b",
        ),
        (0.5, r"\b(?:can|could|may) i (?:say no|decline|refuse|not go)\b"),
    ),
    "supervision": (
        (
            1.0,
            r"\b(?:(?:supervisor|boss|manager|lead) (?:keeps|kept|always) (?:cancel\w*|"
            r"reschedul\w*|blowing (?:me )?off|skipping)|check-?ins with|where do i "
            r"(?:go|take) (?:with )?(?:hard|tough|difficult) cases|who do i go to)\b",
        ),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:tell|told|telling|share with) (?:him|her|them|my \w+|a \w+|the \w+) (?:that )?i "
            r"(?:also |too |once |used to |was |have |had )?(?:lost|was|had|have been|went|did|"
            r"used|struggled|relapsed|got|spent)\b",
        ),
    ),
    "withdrawing_support": (
        (
            1.0,
            r"\b(?:won'?t|doesn'?t|refuses? to|stop|stopped) (?:see|work with|serve|support|take)"
            r"(?:ing)? (?:\w+ )?(?:clients|people|peers|him|her|them) (?:who|when|if|that|while) "
            r"(?:\w+ ){0,2}(?:relaps\w*|using|drinking|high|drunk|slip\w*)",
        ),
    ),
    "professional_knowledge": ((0.5, r"\b(?:conference|workshop|webinar)\b"),),
}
# A second fresh paraphrase check.
_MORE_CONCEPTS_2: dict[str, tuple[tuple[float, str], ...]] = {
    "give_gift": (
        (
            1.0,
            rf"\b(?:send|sending|sent|mail|mailing|bring|bringing|brought) (?:my|a|the) (?:\w+ )?"
            rf"{_S} (?:a|an|some)\b",
        ),
    ),
    "outside_scope": (
        (
            1.0,
            r"\bwhich (?:lawyer|attorney|meds?|medications?|pills?|dose|antidepressant)\b|\bwhat "
            r"to (?:plead|say to the judge|ask for in court)\b",
        ),
    ),
    "imposing_beliefs": (
        (
            1.0,
            r"\b(?:leave|leaving|left) (?:\w+ ){0,2}(?:pamphlets?|tracts|flyers|literature|books?)"
            r"\b",
        ),
    ),
    "discrimination": (
        (
            1.0,
            r"\b(?:comments?|remarks?|jokes?) about (?:\w+ )?(?:clients|people|peers|folks|"
            r"members)\b",
        ),
    ),
    "unsafe_meeting": (
        (
            1.0,
            r"\b(?:pulled a (?:gun|knife) on me|(?:do|should|must) i (?:have to )?go back (?:there|"
            r"to (?:his|her|their) (?:house|place|home|apartment))|threatened me (?:at|during|on) "
            r"(?:a |the |my )?(?:last )?(?:visit|home visit))\b",
        ),
    ),
    "self_disclosure": (
        (
            1.0,
            r"\b(?:talk|share|tell|mention|disclos)\w* (?:about )?(?:my|our) own\b|\bpeers? "
            r"(?:\w+ ){0,3}(?:talk|share|disclose)\w* (?:about )?their own\b",
        ),
    ),
    "self_determination": (
        (
            1.0,
            r"\b(?:wants?|want|chose|choose|decided) to keep (?:smoking|drinking|using|taking)\b",
        ),
    ),
    "abuse_neglect_exploitation": (
        (
            1.0,
            r"\b(?:vulnerable (?:client|peer|participant|person|adult|member)|(?:borrowed|took|"
            r"takes|taking) (?:money|cash) from (?:a|my|the|our) (?:\w+ )?(?:client|peer|"
            r"participant|member)|never paid (?:it|him|her|them) back)\b",
        ),
    ),
}
_extend(_MORE_CONCEPTS_2, _MORE_CONCEPTS)

# From a review of the dev confusions: each a phrasing peers use for the issue, written as the
# general rule (the dev texts themselves are not matched literally).
_PHRASINGS: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        # "can peers accept small gifts", "accept little presents"
        (1.0, r"\baccept(?:ing)? (?:\w+ )?(?:gifts?|presents?|tips?)\b"),
    ),
    "financial_gain": (
        # a client working for the peer unpaid: "has him do her yard work and pays him nothing"
        (
            1.0,
            r"\b(?:my|her|his|their) (?:yard ?work|yard|lawn|laundry|chores|errands|housework|"
            r"cleaning|gutters|moving|painting)\b[^.?!]{0,50}\b(?:for free|for nothing|pays? "
            r"(?:him|her|them) nothing|(?:without|no) pay(?:ing)?|unpaid)\b",
        ),
        # selling to the people one serves
        (
            1.0,
            r"\b(?:sell|selling|sold)\b[^.?!]{0,30}\bto (?:my |a |the |some |one of my |a few )?"
            r"(?:clients?|peers?|participants?|members?|(?:the )?(?:people|folks) i (?:serve|"
            r"support|work with))\b",
        ),
    ),
    "sexual_relationship": (
        (1.0, r"\bsee where (?:things|it|this|that) (?:go|goes|leads?|takes us)\b"),
    ),
    "dual_relationship": (
        # an invitation to go somewhere together
        (
            1.0,
            r"\b(?:wants?|wanted|asked|invited|invites) (?:me )?to (?:go|come) (?:\w+ )?"
            r"(?:together|with (?:him|her|them))\b|\bgo together\b",
        ),
    ),
    "confidentiality": (
        # passing on what a person served said: "tell my own therapist about the stuff my
        # clients tell me", "vent to my wife about what my peer told me"
        (
            1.0,
            r"\b(?:tell|telling|told|share|sharing|shared|talk(?:ing)? (?:to \w+ (?:\w+ )?)?"
            r"about|vent(?:ing)? (?:to \w+ (?:\w+ )?)?about|post(?:ing)? about)\b[^.?!]{0,60}\b"
            r"(?:what|things|stuff|everything) (?:my |a |the |our )?(?:clients?|peers?|"
            r"participants?|members?|(?:he|she|they)) (?:tell|tells|told|share|shares|shared|"
            r"say|says|said)\b",
        ),
    ),
    "outside_scope": (
        # recommending a medication is medication advice
        (
            1.0,
            r"\b(?:suggest|recommend|advis\w*|push|tell (?:him|her|them) to (?:try|take))(?:ing)? "
            r"(?:\w+ ){0,2}(?:suboxone|methadone|vivitrol|naltrexone|buprenorphine|meds|"
            r"medications?|antidepressants?|antipsychotics?|a (?:med|medication|dose))\b",
        ),
    ),
    "own_wellness": (
        (
            1.0,
            r"\b(?:(?:it'?s|this is|that'?s) (?:really |starting to )?(?:getting to|weighing on|"
            r"eating at) me|taking a toll on me|getting to me)\b",
        ),
        # the peer's own relapse, however said: "im 2 weeks off a relapse", "I had a slip"
        (
            1.0,
            r"\b(?:i'?m|im|i am|i'?ve|ive|i) (?:\w+ ){0,3}(?:off|since|after|from|had|just had|"
            r"having) (?:a|my) (?:relapse|slip)\b|\bi (?:just |recently )?(?:relapsed|slipped)\b",
        ),
    ),
    "applicability": (
        (
            1.0,
            r"\b(?:do|does|must|should) (?:i|we|trainees|volunteers) (?:\w+ )?(?:need|have|got) to "
            r"follow (?:the |this |that |a )?(?:\w+ ){0,2}(?:code|rules|ethics)\b",
        ),
    ),
    "advocacy": (
        # the system not moving on what the person wants
        (
            1.0,
            r"\b(?:team|staff|doctor|psychiatrist|case ?manager|landlord|agency|guardian|"
            r"hospital|program)s? (?:keeps?|is|are|has been|have been|kept) (?:stalling|"
            r"dragging (?:their|its) feet|putting (?:it|him|her|them) off|blocking|delaying)\b",
        ),
    ),
}
_extend(_PHRASINGS)

# Families of everyday phrasings studied on other authors' texts (issue 5): each rule names the
# whole family a person might use, not the one text it was seen in (tests/nlp/
# test_issue_families.py checks several phrasings of each that appear in no labelled text).
_CARER = (
    r"(?:carer|care ?worker|home care (?:worker|aide|staff)|support worker|direct support (?:"
    r"staff|worker|professional)|dsp|cna|nurse'?s aide|in-home (?:worker|aide|help|staff)|"
    r"respite (?:worker|provider)|personal care (?:aide|worker|assistant|attendant)|"
    r"(?:paid|hired) (?:\w+ )?(?:caregiver|carer|helper|worker))"
)
_MISTREAT = (
    r"(?:hit\w*|hits|beat\w*|slap\w*|smack\w*|punch\w*|kick\w*|push\w*|shov\w*|grab\w*|"
    r"lock\w*|yell\w*|scream\w*|neglect\w*|starv\w*|steal\w*|stole|pocket\w*|skim\w*|"
    r"tak(?:es?|ing|en) (?:her|his|their|most|all|the)|cash\w* (?:her|his|their)|"
    r"(?:uses?|using|spends?|spending|spent) (?:her|his|their) (?:money|ssi|ssdi|check|"
    r"benefits|card))"
)
_FAMILIES: dict[str, tuple[tuple[float, str], ...]] = {
    "accept_gift": (
        # a bill paid or a service given free by the person ("comped my table", "on the house")
        (
            1.0,
            r"\b(?:comp(?:ed|s)? (?:my|our|the)|on the house|(?:paid|covered|picked up|got|"
            r"grabbed) (?:for )?(?:my|our) (?:whole )?(?:table|bill|tab|check|meal|dinner|lunch|"
            r"breakfast|drinks?|coffee|groceries)|picked up the (?:tab|bill|check)|wouldn'?t "
            r"(?:let me pay|take my money)|refused to (?:let me pay|take my money)|bung(?:ed|s|"
            r"ing)? (?:me|us)|(?:card|envelope|note|letter) with [^.?!]{0,40}\b(?:inside|in it|"
            r"tucked in))\b",
        ),
    ),
    "give_gift": (
        # chipping in, a present for the whole caseload, money sent by app or slipped over
        (
            1.0,
            r"\b(?:(?:chip|chipping|chipped|pitch|pitching|pitched|throw|throwing|threw) in\b"
            r"[^.?!]{0,40}\b(?:for|towards?) (?:a|an|the|his|her|their|my (?:client|peer|"
            r"participant|member|guy|lady))\b|(?:get|buy|give|make|getting|buying|giving|making)"
            r" (?:each|all|every one|everyone|everybody|each one)(?: of)? (?:the )?(?:\w+ )?"
            r"(?:on|in) my (?:caseload|group)\b|(?:cash ?app|venmo|zelle|paypal|e-?transfer|"
            r"bung|slip)(?:ed|ped|ing|ping|s)? (?:my (?:client|peer|participant|member|guy|lady)"
            r"|him|her|them|the (?:client|guy|lady|participant))\b(?! (?:back|over|off|out|up))"
            r")",
        ),
    ),
    "lend_borrow": (
        # money to see someone through to the next payment
        (
            1.0,
            r"\b(?:tide (?:me|him|her|them|us) over|sub (?:me|him|her|them|my \w+) (?:a |an |"
            r"some |\$?\d)|(?:till|until|til|'til) (?:\w+ )?(?:payday|pay day|giro|(?:check|"
            r"cheque) (?:comes|clears|lands|hits)|(?:benefits?|ssi|ssdi|universal credit|uc) "
            r"(?:comes?|lands?|hits?|clears?)))\b",
        ),
    ),
    "financial_gain": (
        # money back beyond what was lent
        (
            1.0,
            r"\b(?:(?:with|plus|charg\w*|add\w*|get\w*|ask\w* for|take|taking|want\w* (?:some )?)"
            r" ['\"]?interest|interest ['\"]?on (?:it|the|a|my)|(?:pay|paid|paying) me back "
            r"(?:double|extra|more))\b",
        ),
    ),
    "serve_former_partner": (
        # a past romance, however it is put
        (
            1.0,
            r"\b(?:(?:i|we|he|she|they)(?: \w+)? (?:dated|went out|were together|hooked up|"
            r"were a thing|had a thing)\b[^.?!]{0,40}\b(?:in (?:high school|college|school|"
            r"uni|the past|our twenties|our teens)|years (?:ago|back)|back (?:then|in)|as "
            r"(?:kids|teens)|briefly|for a (?:while|bit|year|few))|(?:high school|college|"
            r"childhood) sweetheart|old (?:fling|hookup|situationship)|baby (?:daddy|mama|momma)|"
            r"(?:we|me and (?:him|her|them)) (?:split up|got divorced|divorced|separated))\b",
        ),
    ),
    "serve_family_member": (
        # one's own relative asking for or getting peer support from them, on the books or not
        (
            1.0,
            rf"\bmy\s(?:own\s)?{_FAMILY}\b{_NOT_OWNING}[^.?!]{{0,120}}\b(?:['\"]?peer support|"
            r"(?:support|help\w*|coach\w*|mentor\w*) (?:him|her|them) (?:with|through|in|"
            r"on) (?:his|her|their) (?:drinking|using|recovery|sobriety|addiction|relapse))",
        ),
    ),
    "dual_relationship": (
        # living together
        (
            1.0,
            # "his/her/their roommate" is someone else's: a threat to the client's roommate
            # is not the peer living with the client
            r"\b(?:(?<!his )(?<!her )(?<!their )(?<!'s )(?:roommates?|room ?mates?|flatmates?|"
            r"housemates?)|live together|living together|"
            r"share (?:a|an|my|the|his|her) (?:flat|apartment|house|place|room)|sublet\w*|rent\w* "
            r"(?:(?:him|her|them) )?(?:a|my|the|our) (?:spare )?(?:room|place|basement|flat|"
            r"apartment|house|garage|trailer|unit))\b",
        ),
        # a friend of the peer's (or of the peer's family) now served
        (
            1.0,
            r"\b(?:(?:best |close |old |good )?(?:mate|buddy|pal|bestie|bff|homie|friend)s?\b"
            r"[^.?!]{0,60}\b(?:(?:coming|came|come) to my (?:group|meeting|class)|joined my "
            r"(?:group|caseload|class)|on my caseload|signed up|got referred|was referred|"
            r"assigned to me|in my group)|(?:in|on|to|joined) my (?:group|caseload)\b[^.?!]{0,60}"
            r"\b(?:mate|buddy|pal|bestie|bff|homie|friend)s?)\b",
        ),
    ),
    "harm_threat": (
        # violence in slang, and self-harm in text-speak
        (
            1.0,
            r"\b(?:(?:gonna|going to|wants? to|wanna|will|'ll|finna|about to|threaten\w* to|"
            r"said (?:he|she|they)(?:'d| would))\s(?:\w+\s){0,2}(?:smack|slap|punch|deck|sock|"
            r"clock|jump|shank|stab|shoot|choke|strangle|run (?:him|her|them) over|knock (?:him|"
            r"her|them) out|bust (?:his|her|their)|mess (?:him|her|them) up|beat (?:the|him|her|"
            r"them)|hurt|kill|off (?:him|her|them|my|him|her)sel\w*)|upside (?:the|his|her|their) "
            r"head|kms|kys|unaliv\w*|off (?:my|him|her|them)sel(?:f|ves)|(?:could|would|to|"
            r"just) (?:just )?(?:disappear|vanish|not wake up|go to sleep (?:and|forever)|stop "
            r"existing)|no (?:reason|point) (?:to|in) (?:live|living|going on)|(?:everyone|"
            r"they)(?:'d| would) be better off without)\b",
        ),
        (
            1.0,
            r"\b(?:he|she|they|client|guy|dude|lady)(?:'ll|'s gonna|'s going to|'re gonna|'re "
            r"going to| (?:\w+ )?(?:gonna|going to|will|wants? to|is going to|said (?:he|she|"
            r"they)(?:'d| would|'ll| will)))\s['\"]?"
            r"(?:handle (?:it|him|her|them|things|this)|take care of (?:him|her|them|it)|deal with"
            r" (?:him|her|them)|get (?:him|her|them) back|make (?:him|her|them) (?:regret|sorry)|"
            r"teach (?:him|her|them) a lesson|settle (?:it|this|the score))\b",
        ),
    ),
    "caregiver_abuse": (
        (
            1.0,
            rf"\b{_CARER}\b[^.?!]{{0,90}}\b{_MISTREAT}|\b{_MISTREAT}\b[^.?!]{{0,60}}\b{_CARER}\b|"
            r"\b(?:caregiver|aide|attendant|payee|guardian|house manager|staff)\b[^.?!]{0,90}"
            rf"\b{_MISTREAT}",
        ),
    ),
    "outside_scope": (
        # doing the nurse's or the lawyer's job; telling someone what to do with medication
        (
            1.0,
            r"\b(?:(?:i|i'?m|i'?ve|me|we|us|peers?)\b(?:\s\w+){0,2}\s(?:to\s)?(?:hand|pass|"
            r"give|dole|dish|deliver|dispens\w*|administer\w*)(?:ing|ed|s)?\s(?:out\s)?(?:the\s|his\s|her\s|their\s)?(?:\w+\s)?(?:meds|medications?|pills|"
            r"doses|shots|injections)|(?:meds|medications?|pills) (?:are|is) ['\"]?(?:poison|"
            r"bad|useless|a crutch|not real recovery)|(?:tell\w*|told|advis\w*|encourag\w*) "
            r"(?:him|her|them)\b[^.?!]{0,40}\b(?:taper|stop taking|come off|go off|quit|skip|"
            r"double|cut back on|up|lower) (?:\w+ )?(?:meds|medications?|pills|dose)|(?:he|she|"
            r"they) should (?:taper|come off|go off|stop taking)|(?:custody|court|divorce|"
            r"immigration|asylum|probation|parole|legal|eviction|appeal) (?:paperwork|papers|"
            r"forms|filings?|motion|case|hearing prep)|outside (?:my|our|the) lane|(?:in|stay in)"
            r" (?:my|our) lane|above my pay ?grade|out of my depth)\b",
        ),
    ),
    "own_wellness": (
        # the peer's (or a supervisee's) own recovery at risk
        (
            1.0,
            r"\b(?:smell(?:ed|s)? (?:of|like) (?:alcohol|booze|liquor|weed|beer|pot)|(?:show\w*|"
            r"came|comes|coming) (?:up |in )?(?:to work|to (?:her|his|their|my) shifts?|at work) "
            r"(?:drunk|high|hungover|buzzed|wasted|lit)|(?:show\w*|came|comes|coming) (?:up |in )?"
            r"(?:drunk|high|hungover|buzzed|wasted|lit) (?:to|at|for) (?:work|(?:her|his|their|my)"
            r" shifts?|the office)|(?:i'?m|i am|i'?ve been|i have been|i'?ll be) (?:\w+ )?"
            r"(?:yrs?|years?|months?|days?) (?:sober|clean)\b[^.?!]{0,10}[.?!]?[^.?!]{0,60}\b"
            r"(?:bar|pub|club|brewery|liquor|drink\w*|party|casino|dispensary|trap house)|"
            r"(?:bar|pub|club|brewery|liquor store|casino|dispensary)\b[^.?!]{0,60}[.?!]?"
            r"[^.?!]{0,30}\b(?:i'?m|i am) (?:\w+ )?(?:yrs?|years?|months?|days?) (?:sober|clean)"
            r")\b",
        ),
    ),
    "unwarranted_promises": (
        (
            1.0,
            r"\b(?:(?:swore|swear|swearing|assured|vowed|pinky promised)(?: to)? (?:him|her|them"
            r"|my \w+|the \w+|everyone|people|clients?)\b|(?:he|she|they|you)(?:'d|'ll| would| "
            r"will) (?:definitely |for sure |100% |totally )?(?:get (?:off|out of) (?:probation"
            r"|parole)|get (?:their|his|her|your) kids back|get housing|get (?:a|the) (?:job|"
            r"apartment|place)) (?:for sure|100%|no problem|early|guaranteed))\b",
        ),
    ),
    "coercion": (
        # a condition with a penalty ("has to get baptized or she won't keep helping her"),
        # and contempt aimed at the person
        (
            1.0,
            r"\b(?:has|have|had|needs?) to\b[^.?!]{0,50}\bor (?:\w+ ){0,3}(?:won'?t|wont|will "
            r"not|will stop|'ll stop|will drop|'ll drop|will cut|'ll cut|can'?t|cannot)\b",
        ),
        (
            1.0,
            r"\bcall(?:ed|ing|s)? (?:my|the|a|this|that) (?:client|peer|participant|member|"
            r"guy|lady|woman|man|girl|kid)s? (?:an? |a total |a fucking )?(?:useless|worthless|"
            r"stupid|lazy|junkie|crackhead|addict|idiot|loser|drunk|psycho|crazy|liar|hopeless)\b",
        ),
    ),
    "self_determination": (
        # someone pushing a recovery path on the person
        (
            1.0,
            r"\b(?:telling|pushing|pressuring|nagging|lecturing|on at) (?:him|her|them|my \w+)"
            r"(?: that)? (?:he|she|they) (?:needs? (?:a|to)|should|has to|have to|must|gotta)\b",
        ),
    ),
    "withdrawing_support": (
        # losing services as a penalty
        (
            1.0,
            r"\b(?:lose|loses|lost|losing|cut off from|suspended from|banned from|barred from)"
            r" (?:their |his |her |peer |all )?(?:peer )?(?:services|support|peer support|"
            r"program)\b|\b(?:off (?:my|his|her|the) caseload|(?:drop|dropped|dropping) (?:him|"
            r"her|them)\b(?! off)|kick\w* (?:him|her|them) out of (?:the )?program)\b",
        ),
    ),
    "discrimination": (
        # refusing or handing off people by diagnosis, treatment or condition
        (
            1.0,
            r"\b(?:doesn'?t|don'?t|won'?t|wont|will not|refuses? to|refused to|never|not going "
            r"to) ['\"]?(?:do|take|work with|see|serve|accept|deal with)['\"]? (?:any |those |"
            r"the )?(?:clients?|people|peers|participants|members|folks|anyone|anybody|guys|"
            r"women|men|patients|cases)\b[^.?!]{0,30}\b(?:with|on|who (?:are|have|use)|that "
            r"(?:are|have|use))\b|\bhands? (?:them|those|all (?:of )?(?:them|those)|(?:the|her|"
            r"his|those) (?:\w+ )?(?:clients?|cases|people|ones)) (?:off )?to (?:me|us|someone "
            r"else|another)\b",
        ),
    ),
    "confidentiality": (
        # talking about the people served at home
        (
            1.0,
            r"\b(?:talk|vent|chat|gossip|rant|offload)\w* (?:about (?:my |the )?(?:clients?|"
            r"peers?|participants?|members?|caseload|folks)|(?:to|with) (?:my |the )?\w+ about "
            r"(?:my |the )?(?:clients?|peers?|participants?|members?|caseload|folks))\b",
        ),
        # a relative asking after the person
        (
            1.0,
            rf"\b(?:his|her|their|the client'?s|my client'?s) {_FAMILY} (?:\w+ )?(?:called|"
            r"calls|rang|texted|texts|messaged|emailed|asked|asks|keeps asking|wants to know)\b|"
            r"\bcan i (?:at least |just )?(?:say|tell (?:him|her|them)) (?:that )?(?:he'?s|she'?s|"
            r"they'?re) (?:ok|okay|fine|alright|doing (?:ok|okay|well|fine))\b",
        ),
        # calling someone in about what the person said
        (
            1.0,
            r"\b(?:call|calling|ring|phone|text|notify|alert|loop in) (?:in )?(?:crisis|the "
            r"crisis (?:line|team)|mobile crisis|911|988|the police|the cops|cops|dcr|cps|aps|"
            r"(?:his|her|their) (?:family|mom|mum|dad|wife|husband|therapist|doctor|po|"
            r"probation officer|case ?manager))\b",
        ),
    ),
    "imposing_beliefs": (
        # the peer's own view of a recovery path or medication pressed on the person
        (
            1.0,
            r"\b(?:(?:meds|medications?|pills|suboxone|methadone|mat|vivitrol|subs|bupe) (?:are|"
            r"is) (?:just )?['\"]?(?:poison|a crutch|cheating|not real recovery|swapping|trading|"
            r"replacing)|(?:swapping|swapped|trading|traded|replacing|switching) one (?:drug|"
            r"addiction|substance) for another|not (?:really|truly|actually) (?:sober|clean|in "
            r"recovery) (?:if|on|because|while)|needs? (?:a|to find a|to find) higher power)\b",
        ),
    ),
}
# More families, of issues already in _FAMILIES (a dict has one entry per issue).
_FAMILIES_MORE: dict[str, tuple[tuple[float, str], ...]] = {
    "own_wellness": (
        # the peer's own slip or low patch
        (
            1.0,
            r"\b(?:(?:i|i'?ve|i have) (?:slipped|had a slip|picked up again|used again|drank "
            r"again|smoked again|went back out|had a (?:drink|few drinks|beer|few beers))|(?:i'?ve"
            r" been|i'?m|i am|been) (?:really |so )?(?:struggling|depressed|spiraling|not okay|not"
            r" ok|in a dark place|off my meds|grieving)|since my (?:\w+ )?(?:passed|died|passed "
            r"away))\b",
        ),
    ),
    "confidentiality": (
        # handing over the person's details
        (
            1.0,
            r"\b(?:give|gave|giving|pass|passed|passing|share|shared|sharing|send|sent|forward\w*)"
            r" (?:them|him|her|the \w+|out|over|along) (?:his|her|their|my (?:client|peer|"
            r"participant|member)'?s?) (?:phone )?(?:number|address|details|info|contact\w*|"
            r"email|file|records|chart|story)\b",
        ),
    ),
    "accept_gift": (
        # thanks in kind for the peer's help
        (
            1.0,
            r"\bpay (?:me|us) back for (?:helping|all|everything|the help|what i|my help|"
            r"sorting|getting)\b",
        ),
    ),
    "financial_gain": (
        # a price cut from the person's business
        (
            1.0,
            r"\b(?:(?:\d+ ?%|half|a third) off (?:my|our|the|a|his|her)|mates'? rates|friends "
            r"and family (?:rate|discount|price)|hook (?:me|us) up (?:with )?(?:a )?(?:deal|"
            r"discount|price))\b",
        ),
    ),
    "outside_scope": (
        # reading results or judging drug safety for the person
        (
            1.0,
            r"\b(?:(?:read|interpret|explain) (?:his|her|their|the) (?:lab|test|blood|tox|drug"
            r" test|scan|mri) ?(?:results|work|screen)?|(?:is (?:it|that)|(?:if|whether) (?:it|"
            r"that)(?:'s| is)) (?:safe|ok|okay) to (?:mix|drink on|drink with|take \w+ with|"
            r"double up))\b",
        ),
    ),
    "harm_threat": (
        # steps towards it: pills counted out, a note written, goodbyes said
        (
            1.0,
            r"\b(?:(?:pills|meds|tablets) (?:counted|lined|stockpiled|stashed|saved)|(?:counted|"
            r"lined|stockpiled|stashed|saving) (?:out |up )?(?:all )?(?:\w+ )?(?:pills|meds|"
            r"tablets)|take all (?:my|his|her|their) (?:pills|meds|tablets)|end things|wrote "
            r"(?:a )?(?:goodbye |suicide )?(?:note|letter) (?:to|for) (?:everyone|(?:his|her|"
            r"their|my) (?:family|kids|mom|mum))|giv\w* away (?:all )?(?:his|her|their|my) "
            r"(?:stuff|things|belongings)|said (?:his|her|their) goodbyes|bought (?:a )?(?:gun|"
            r"rope))\b",
        ),
    ),
    "coercion": (
        # pressure through the court or a benefit
        (
            1.0,
            r"\b(?:depends? on (?:him|her|them) (?:staying|going|doing|taking|showing|coming)|"
            r"(?:judge|court|po|probation officer|parole officer|cps|dcfs|caseworker|social "
            r"worker)s? (?:will be|is|are|'s|'ll be) (?:watching|looking|checking|keeping "
            r"(?:an eye|tabs)))\b",
        ),
    ),
    "advocacy": (
        (
            1.0,
            r"\b(?:fight (?:for (?:him|her|them|it|that)|that|it|this)|go to bat for|stand up "
            r"for (?:him|her|them)|speak up for (?:him|her|them)|back (?:him|her|them) up|in "
            r"(?:his|her|their) corner)\b",
        ),
    ),
}
_extend(_FAMILIES, _FAMILIES_MORE)

# Words that belong to a more specific issue are not evidence for a broader one: "we used to
# date" is about serving a former partner, not a romance now; "my stepdad on my caseload" is
# serving family, not a second relationship. The specific issue's strong cues are blanked out
# of the text before the broader issue's cues are searched.
NARROWER: dict[str, tuple[str, ...]] = {
    "sexual_relationship": ("serve_former_partner",),
    "dual_relationship": ("serve_family_member",),
    "give_gift": ("lend_borrow", "dual_relationship"),
    "harm_threat": ("own_wellness", "unsafe_meeting", "self_disclosure"),
    "discrimination": ("withdrawing_support",),
    "abuse_neglect_exploitation": ("caregiver_abuse",),
}


def _combined(rules: tuple[tuple[float, str], ...]) -> tuple[tuple[float, re.Pattern[str]], ...]:
    # One alternation per weight: a single search per issue and weight instead of one per
    # pattern (the cues are the hot path of every answer after the embedding). The patterns are
    # written in lower case and searched in lower-cased text: without re.I a search is about
    # 3.5 times faster (a test keeps every pattern free of upper-case letters).
    weights = sorted({w for w, _ in rules}, reverse=True)
    return tuple((w, rx.compile("|".join(f"(?:{p})" for x, p in rules if x == w))) for w in weights)


COMPILED: dict[str, tuple[tuple[float, re.Pattern[str]], ...]] = {
    issue: _combined(rules) for issue, rules in CUES.items()
}


# A narrower issue's cue that overlaps a match starts at most this far before it (the longest
# cues are a relative and a serving word within 300 characters of each other).
_REACH = 400


def _inside(text: str, start: int, end: int, issues: tuple[str, ...]) -> bool:
    """Whether text[start:end] overlaps a strong cue of one of these issues."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    for issue in issues:
        for weight, pattern in COMPILED.get(issue, ()):
            if weight < 1.0:
                continue
            for m in pattern.finditer(text, lo, hi):
                if m.start() >= end:
                    break
                if m.end() > start:
                    return True
    return False


def cue_strengths(text: str, issues: tuple[str, ...]) -> tuple[float, ...]:
    """Per issue (in the order given): the strongest cue found in `text` (lower case), 0 if none.

    A cue inside a strong cue of a narrower issue (NARROWER) does not count for the broader one
    ("we used to date" is no cue of a romance now). Only the neighbourhood of a cue found is
    searched for the narrower issues' cues: a long story stays cheap to read.
    """
    out: list[float] = []
    for issue in issues:
        best = 0.0
        narrower = NARROWER.get(issue, ())
        for weight, pattern in COMPILED.get(issue, ()):  # strongest first
            for m in pattern.finditer(text):
                if not narrower or not _inside(text, m.start(), m.end(), narrower):
                    best = weight
                    break
            if best:
                break
        out.append(best)
    return tuple(out)
