"""Harm to self or others in the words, whatever the wording, and the floor it puts under a reading.

Suicidal thoughts ("ending it all", "doesn't want to wake up", "kms", "unalive"), self-harm
("been cutting again"), threats to others ("gonna shoot him", "make his ex 'pay'") and weapons
drawn or sought ("pulled a knife", "bought a gun") are recognised in slang, common typos, third
person and reported speech. A mention is a mention whatever frames it: "he said he is NOT going
to hurt anyone" still mentions harm. Figures of speech ("killing it at work", "this paperwork is
killing me", "I'd kill for a coffee") and things that only look like weapons or wounds (a gun
show, a kitchen knife, cutting back on coffee) are not.

The floor: whenever harm is mentioned, harm_threat is among the issues and intent and
seriousness are never read as absent from talk of thoughts, jokes or venting; they stay unknown
(the engine answers `conditional`, the interview asks) unless the words deny intent outright.

Every pattern is linear-time: alternations of literals, bounded gaps, no nested unbounded
quantifier and no unbounded quantifier that can start at every position (tests/nlp/test_harm.py
measures each on adversarial repetitions of its atoms).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import patterns as rx
from .evidence import Evidence
from .reader import DESCRIBING, Reading, read_facts

HARM = "harm_threat"


@dataclass(frozen=True)
class Mention:
    """Harm named in the words: what kind and the exact words."""

    kind: str  # "suicide" | "self_harm" | "threat" | "weapon"
    words: str


# --- building blocks (strings, joined into the patterns below) -------------------------------

# Oneself, as typed: "himself", "her self", "themselfs", "myslef".
_SELF = (
    r"(?:my ?self|mysefl|myslef|him ?self|hisself|her ?self|them ?sel(?:f|ves|fs)|themself|"
    r"your ?self|ur ?self|oneself|meself)"
)
# Words that frame a harm as wanted, planned, feared or talked about ("gonna", "wants to", "said
# he'd", "thoughts of"), then at most three words ("could just snap and hurt somebody").
_INTENT_FRAME = (
    r"(?:\b(?:going to|gonna|gon|finna|will|wants? to|wanted to|wanting to|wanna|"
    r"plan(?:s|ned|ning)? to|threat(?:en|ens|ened|ening)? to|about to|"
    r"tr(?:y|ies|ied|ying) to|urges? to|swears? to|swore to|thoughts? (?:of|about)|"
    r"think(?:s|ing)? (?:of|about)|thought about|fantasi[sz]\w* about|"
    r"talk(?:s|ed|ing)? about|dream(?:s|ed|ing)? (?:of|about)|snap and|lose it and|"
    r"lose control and|flip out and|plot(?:s|ted|ting)? to|schem(?:e|es|ed|ing) to|tell(?:s|"
    r"ing)? (?:him|her|them|me) to|told (?:him|her|them|me) "
    r"to)|'ll|'d)"
)
_ANY_FRAME = r"(?:" + _INTENT_FRAME + r"|\b(?:would|could|might|may|(?<!used )(?<!supposed )to))"
_GAP = r" (?:[\w']+ ){0,3}?[\"']?"
# People who could be harmed: a (possessed) person noun ("his roommate", "my cellie's
# brother", "her abusive boyfriend", "a staff member").
_PERSON = (
    r"(?:roommates?|roomie|boss|ex|ex-(?:wife|husband|girlfriend|boyfriend)|neighbou?rs?|wife|"
    r"husband|kids?|baby|babies|son|daughter|family|co-?workers?|case ?workers?|case ?managers?|"
    r"landlord|staff(?: members?)?|step(?:dad|mom|father|mother|son|daughter)|mom|mum|dad|"
    r"mother|father|brother|sister|cousin|uncle|aunt|girlfriend|boyfriend|bf|gf|partner|"
    r"fianc[eé]e?|guy|dude|man|woman|lady|teacher|cops?|officers?|police|nurse|doctor|"
    r"therapist|psychiatrist|counsell?or|supervisor|manager|workers?|friends?|dealer|cellie|"
    r"celly|cellmate|baby ?(?:daddy|mama|momma)|children|child|parents?|grandma|grandpa|"
    r"people|folks|students|classmates?|teammates?|members?|peers?|clients?|participants?|"
    r"bitch|snitch|sponsor|pastor|judge|po|p\.o\.|(?:probation|parole) officer|guards?|"
    r"sheriff|deputy|residents?|patients?|tenants?|inmates?|girl|boy|kid|nephew|niece|"
    r"grandkids?|grandson|granddaughter|person|persons)"
)
# "her" alone is an object only where no noun follows ("hurt her." but not "hurt her back").
_HER = (
    r"her(?= ?(?:[.,;:!?\"')]|$|\b(?:if|when|and|or|but|so|too|again|tonight|today|tomorrow|"
    r"with|for|because|bc|cause|after|before|at|in|on|real|bad|badly|first|next|someday|"
    r"eventually|himself|herself|themselves|myself|one day|this|dead|regret)\b))"
)
_WHOM = (
    r"(?:him|them|" + _HER + r"|someone|somebody|some ?one|anyone|anybody|any ?one|everyone|"
    r"everybody|whoever|whomever|kids|children|people|women|men|cops|staff|residents|patients|"
    r"(?:his|her|their|my|your|our|the|that|this|those|these|a|some|other|another|every|any) "
    r"(?:[\w-]+'?s )?(?:[\w-]+ )?" + _PERSON + r"\b)"
)
# Also the one telling: "he's going to kill me" (with words of intent only, see _figure).
_WHOM_OR_ME = r"(?:me|us|you|" + _WHOM + r")"
# Not a harm whatever the verb: "shoot her a text", "hit him up", "beat him at pool".
_NOT_HARM_AFTER = (
    r"(?!'?s? (?:feelings|pride|chances|business|career|reputation|credit|back|knee|leg|arm|"
    r"hand|foot|wrist|ankle|neck|shoulder)| (?:a|an) (?:text|email|e-mail|message|line|note|dm|"
    r"call|msg|look|glance|smile|grin|question|wink|break|check|deal)\b| up\b| off\b| out\b|"
    r" at (?:pool|cards|chess|a game|checkers|poker|basketball|video games|his own|her own)| to "
    r"(?:it|the punch)| in the back| with (?:kindness|love|attention|affection|kisses|the news|"
    r"questions)| (?:financially|emotionally|in the long run))"
)
_WEAPON = (
    r"(?:guns?|firearms?|pistols?|handguns?|rifles?|shotguns?|revolvers?|glock|knife|knives|"
    r"machetes?|weapons?)"
)
_MEDS = (
    r"(?:pills|meds|medications?|tablets|medicines?|painkillers|seroquel|"
    r"quetiapine|xanax|klonopin|ativan|valium|oxy\w*|percocet|tylenol|ambien|lithium|insulin|"
    r"trazodone|benadryl)"
)
# "Dying" is also how "dyeing" is often typed.
_DYING = r"dying(?! (?:my|his|her|our|their|the) hair)"
_ARMS = _WEAPON[:-1] + r"|baseball bat|bat|crowbar|hammer|tire iron|pipe|brick|bottle)"

# --- the patterns ------------------------------------------------------------------------------

_SUICIDE = (
    # the words themselves, misspelt and in the slang of texts and posts
    r"\b(?:suicid\w*|suicd\w*|sucid\w*|suiscid\w*|suisid\w*|siucid\w*|suacid\w*|su\*+cid\w*|"
    r"s\*+icid\w*|unaliv\w*|un-aliv\w*|sewer ?slide|self[- ]?delet\w*|kms|kys|homicid\w*|"
    r"ideation|death wish|(?:passive|active) si|want(?:s|ed|ing)? (?:to|2) (?:die|d1e|be dead)|"
    r"wanna die|wants? it (?:all )?to (?:end|be over)|tired of (?:living|life|being alive)|"
    r"done with (?:life|living)|no (?:reason|point) (?:to live|in living|living|to go on|"
    r"to keep going|to be alive|in being alive)|nothing (?:left )?to live for|not worth living|"
    r"(?:can'?t|cannot|can not) go on(?: anymore| any more| like this| living|(?= ?[.,;!?]|$))|"
    r"(?:can'?t|cannot|can not) (?:do this|take (?:it|this)|keep going) (?:any ?more|much longer)|"
    r"better off dead|(?:be|been) better off without (?:me|him|her|them|us)|"
    r"better off without me|(?:disappear|sleep) forever|go to sleep and (?:never|not) wake up|"
    r"(?:take|took|taking|takes) (?:my|his|her|their|your) (?:own )?life(?! back| into)|"
    r"end(?:s|ed|ing)? (?:it all|(?:my|his|her|their|your) (?:own )?life|everything|the pain)|"
    r"(?:goodbye|good-bye|farewell|suicide) (?:letters?|notes?|messages?|texts?|videos?|posts?)|"
    r"(?:letters?|notes?|messages?|texts?|posts?) (?:saying|to say) (?:goodbye|good-bye|bye)|"
    r"(?:thoughts?|thinking|thinks?|think|thought) (?:of|about) (?:death|"
    + _DYING
    + r"|being dead|not being (?:here|alive|around)|not existing|not waking up)|"
    r"su[i1!]c[i1!]d\w*|six feet under|(?:drink|"
    r"drinking|drank|drinks|swallow\w*) (?:some )?"
    r"(?:bleach|antifreeze|rat poison|poison|drano|lye)|(?:nothing|anything|nothin) (?:left )?to "
    r"live for|be gone (?:for good|forever)|(?:fall|falling|fell) asleep (?:forever|and (?:never|"
    r"not) wake up)|waste of (?:space|oxygen|air)|(?:took|taken|take|swallowed) (?:\d{2,}|ten|"
    r"fifteen|twenty|thirty|forty|fifty|a dozen|dozens) (?:of )?(?:his|her|their|my|the) "
    r"(?:[\w-]+ )?(?:pills|meds|tablets)|join\w* (?:my|his|her|their) (?:late |dead )?[\w-]+ "
    r"(?:who (?:passed|died)|in heaven|on the other side)|(?:figured out|knows|decided|planned|"
    r"worked out) (?:how|when|where) (?:i|he|she|they)(?:'d| would| will|'ll| is going to| was "
    r"going to)? do it|hoping (?:to|i|he|she|they) (?:would |'d )?(?:crash|die|not wake|get hit|"
    r"not come back)|(?:can'?t|cannot) (?:keep )?(?:living|go on living|live) like this|"
    r"(?:once|when|after) (?:i'?m|he'?s|she'?s|they'?re) gone(?= ?(?:[.,;!?]|$))|"
    r"disappear (?:and never come back|for good)|(?:the pain|it all|everything) to (?:stop|end) "
    r"(?:for good|forever|permanently)|(?:saying|said|say|says) goodbye to (?:everyone|everybody|"
    r"all of us|the world|(?:his|her|their) (?:family|kids|children))|checking out(?= ?(?:soon|"
    r"for good|early|permanently|['\"]))|to die\b(?! for| laughing| of \w+)|"
    r"(?:i|he|she|they|me|him|her|them)(?:'d|'m|'s|'re)? (?:[\w']+ ){0,2}?(?:stop|stopped|not|"
    r"never|didn'?t|wouldn'?t|don'?t|doesn'?t)(?: want to| wanna)? exist(?:ing|ed)?\b|"
    r"(?:i'?m|he'?s|she'?s|they'?re|feels? like|felt like|being) (?:just |only |such )?(?:a|"
    r"such a) burden|(?:can'?t|cannot|doesn'?t|don'?t) see (?:a|any) future|no future for "
    r"(?:me|him|her|them)|(?:happier|better|easier|better off) (?:[\w']+ ){0,3}?if (?:i|he|she|"
    r"they) (?:was|were|wasn'?t|weren'?t|didn'?t|'?d) (?:gone|dead|here|around|alive|exist|never "
    r"been born)|(?:not|won'?t|wouldn'?t) (?:[\w']+ ){0,3}?(?:be|being) (?:here|around|"
    r"alive) (?:for|by|next|to see|"
    r"much longer|any ?more)|walk\w* into (?:the )?(?:ocean|sea|lake|river|water)|bullet (?:in|"
    r"through) (?:my|his|her|their) (?:head|brain|skull)|eat (?:a|my|his|her) (?:bullet|gun)|"
    r"blow (?:my|his|her|their) brains out|(?:won'?t|wouldn'?t|not gonna|not going to) live "
    r"(?:to see|past|through|much longer)|deserves? to (?:get (?:shot|stabbed|killed|hurt|beat)|"
    r"be (?:shot|killed|dead))|lethal dose|fatal dose|"
    r"(?:ready|wants?|wanted|going|gonna|plan\w*) to check out(?= ?(?:[.,;!?]|$|for good|early|"
    r"of (?:life|this world)))|life(?:'s| is)? (?:not|isn'?t|aint|ain'?t) worth (?:it|living)|"
    r"be with (?:my|his|her|their) (?:late|dead|deceased) \w+|done with (?:life|living|it all|"
    r"this life|this world)|goodbye (?:world|forever)|this is goodbye|final goodbye|"
    r"plan\w* (?:my|his|her|their) (?:own )?funeral|how many (?:[\w-]+ )?(?:pills|meds|tablets) "
    r"(?:it )?(?:would|will|it'?d|to) (?:take|kill)|(?:would|'d|will) be better (?:off )?without "
    r"(?:me|him|her|them|us)|(?:care|cares|cared|caring) (?:if|whether) (?:i|he|she|they) "
    r"(?:live|lives|lived|die|dies|died|wake|wakes)|(?:might|may) as well (?:be dead|die|not be "
    r"here|not exist)|point (?:of|in) (?:living|going on|being alive|waking up|life)\b|"
    r"(?:giv\w*|gave) away (?:his|her|their|my) (?:dog|cat|pets?)|(?:giv\w*|gave) (?:me |us )?"
    r"(?:his|her|their) (?:dog|cat|pets?) (?:away|for good|to keep)|(?:nobody|no one|"
    r"no-one) (?:would|will|'d) (?:even )?(?:miss|care about|"
    r"notice) (?:me|him|her|them|if)|(?:easier|better) (?:for (?:everyone|everybody|them|us) )?if "
    r"(?:i|he|she|they) (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around|alive)|"
    r"(?:no|see the|see any|see no) point (?:of|in) (?:waking up|living|going on|being alive|"
    r"life)|end (?:my|his|her|their) (?:suffering|misery)|out of (?:my|his|her|their) misery|"
    r"do (?:something|anything) (?:stupid|drastic|to (?:him|her|them|my) ?sel(?:f|ves))|"
    r"(?:rather|sooner) (?:be dead|die|not (?:be alive|exist|wake up))|(?:ways|how|way) to "
    r"(?:die|end it)|painless (?:way|death)|"
    r"(?:giv(?:e|es|en|ing)|gave) away (?:all )?(?:of )?(?:his|her|their|my) (?:stuff|things|"
    r"belongings|possessions|most prized|prized|favou?rite)|(?:giv(?:e|es|en|ing)|gave) (?:all )?"
    r"(?:of )?(?:his|her|their|my) (?:stuff|things|belongings|possessions) away|"
    r"noose|(?:danger|harm) to (?:self|him ?self|her ?self|them ?sel(?:f|ves)|my ?self)"
    r")\b"
)
# "Done", quoted as said or texted: "she's 'about done.'"
_DONE = r"['\"](?:i'?m |about |so |just )done[.!]?['\"]"
# "end it" alone is a breakup as often as a death: only where nothing ends with someone.
_END_IT = (
    r"\b(?:end|ending) it(?= ?(?:[.,;!?\"')]|$|tonight|today|now|soon|for good|already|this|"
    r"'|before|after|if|when))"
)
# Not waking up, not being here, wishing to be dead: the passive wish.
_WISH = (
    r"\b(?:(?:wouldn'?t|won'?t|not|never|don'?t|doesn'?t|didn'?t want to|no longer) (?:to )?"
    r"(?:wake|waking) up(?! (?:on time|in time|early|for|until|till|before|when|this morning"
    r"|easily))|"
    r"(?:don'?t|doesn'?t|do not|does not|didn'?t|did not|no longer) (?:wanna|want to|wants to) "
    r"(?:be alive|exist|(?:live|go on|be here)(?= ?(?:any ?more|any longer|no more|"
    r"[.,;!?]|$)))|"
    r"(?:not|never|won'?t|wouldn'?t) (?:be|being) (?:here|around|alive) (?:any ?more|much "
    r"longer|any longer)|"
    r"wish(?:es|ed|ing)? (?:(?:that )?(?:i|he|she|they|we) ?)?(?:was|were|'d|had|could|would) "
    r"(?:be |just )?(?:dead|die|died|never been born|not exist|disappear|not wake up|"
    r"not be here))\b|\b(?:want|wants|wanted|wanting) " + _WHOM_OR_ME + r" dead\b"
)
# Killing, hurting, cutting oneself in any tense, but not an accident or a figure of speech.
_ONESELF = (
    r"\b(?:(?:kill|kil|end|unaliv|hang|drown|poison|shoot|stab|overdos|starv|rop|cut|burn|"
    r"scratch|hurt|harm|punch|hit|injur|mutilat|suffocat|strangl|chok|bang|slap|bit|smother|"
    r"punish)"
    r"(?:e|s|es|ed|d|t|ing|ting|ping|ped|ten|en)?|killin|k\*ll|off|offed|offing|od|shot|hung|"
    r"bite) ?"
    + _SELF
    + r"(?! (?:laughing|in the foot|shaving|cooking|chopping|by accident|accidentally|on (?:a |"
    r"the |some )?(?:glass|stove|oven|paper|can|edge|fence|nail)|playing|at the gym|at work|"
    r"falling|lifting|working out|trying|to (?:finish|get|make|meet|keep)|over (?:this|work)|"
    r"working|in the kitchen|while|with (?:work|overtime|shifts|hours|stress)))\b"
)
_SELF_HARM = (
    r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|nssi|(?:is|was|'s) a cutter|"
    r"bang(?:s|ed|ing)? (?:his|her|their|my) head (?:against|on|into)|(?:burn|cut|hurt|injur|"
    r"scratch|starv|punch)\w{0,4} (?:[\w']+ ){0,3}?on purpose|"
    r"(?:burn|cut|carv|scratch|slic|slash|gash)\w{0,4} (?:into |at )?(?:his|her|their|my) (?:own )?"
    r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)(?! (?:on|while|cooking|"
    r"shaving|"
    r"playing|at work|by accident|falling)\b)|"
    r"(?:fresh|new) (?:cuts|marks|scars|burns)|(?:cuts|scars|burns|(?<!track )marks|slashes) "
    r"(?:all )?(?:on|up and down) (?:his|her|their|my|your) (?:arms?|wrists?|legs?|thighs?|"
    r"stomach|body)|(?:slit|slitting|slice|slicing|cut|cutting) (?:my|his|her|their|your) "
    r"wrists?|(?:hid|hides|hiding|hidden|stash\w*|found) (?:\w+ )?(?:razors?|razor blades?|"
    r"blades)|(?:been|started|start|starts|is|was|'s|'m|are|keeps?|kept|still|back to|relapsed"
    r"|stop|stopped|quit|about|admitted|admits|caught (?:him|her|them)) (?:\w+ )?cutting"
    r"(?= ?(?:again|[.,;!?\"']|$|and burning|on (?:his|her|their|my) (?:arms?|legs?|wrists?|"
    r"thighs?|body)|to cope|lately|since|every (?:night|day)))|cutting again)"
)
# Pills: all of them, the bottle, a stockpile; an overdose meant.
_PILLS = (
    r"\b(?:(?:take|took|taken|taking|takes|swallow\w*|down|downed|downing) (?:all (?:of )?"
    r"(?:my |his |her |their |the |them |those )?(?:[\w-]+ )?" + _MEDS + r"(?! (?:every|each|"
    r"on time|as prescribed|like|now|regularly|correctly|daily))|(?:a|the) (?:whole|entire) "
    r"bottle|a bottle of (?:[\w-]+ )?"
    + _MEDS
    + r"|a (?:bunch|handful|fistful) of (?:(?:my|his|her|their|the|those) )?(?:[\w'-]+ ){0,2}?"
    + _MEDS
    + r"|too many (?:[\w-]+ )?"
    + _MEDS
    + r"|everything in the (?:medicine )?(?:cabinet|cupboard|bottle))|(?:sav\w*|stockpil\w*|"
    r"hoard\w*|stash\w*) (?:up )?(?:all )?(?:of )?(?:his |her |their |my |the )?(?:[\w-]+ )?"
    + _MEDS
    + r"|"
    + _MEDS
    + r" (?:\w+ )?(?:counted out|lined up|saved up|stashed|stockpiled)|(?:overdos\w*|od|od'?d|"
    r"o\.d\.?) on purpose|(?:pills|meds|tablets) (?:[\w']+ ){0,3}?on purpose|(?:intentional|"
    r"deliberate|purposeful) overdose|"
    r"(?:to|gonna|going to|wants? to|plan(?:s|ning)? to|'ll|will|thinking about|thoughts of|"
    r"thought about|thinks about|think about|considered|considering|"
    r"talk\w* about|threaten\w* to|tr(?:y|ies|ied|ying) to) (?:overdos\w*|od)\b(?! on (?:pizza|"
    r"sugar|candy|chocolate|coffee|caffeine|netflix|tv|junk food|carbs|cake|cookies|sweets)))"
)
_JUMP = (
    r"\b(?:jump\w*|leap\w*|throw\w* (?:my|him|her|them)sel\w*|threw (?:my|him|her|them)sel\w*) "
    r"(?:off|from) (?:a|the|that|this|his|her|my|their) (?:[\w-]+ )?(?:bridge|roof|rooftop|"
    r"building|overpass|balcony|cliff|ledge|window|parking (?:garage|structure)|tower|dam)|"
    r"\b(?:jump\w*|step\w*|walk\w*|throw\w* (?:my|him|her|them)sel\w*|threw (?:my|him|her|them)"
    r"sel\w*) (?:in front of (?:a|the|an) (?:train|bus|car|truck|subway|traffic)|into traffic)|"
    r"\b(?:threat\w*|going|gonna|wants?|plan\w*|talk\w* about|thinking about) (?:to )?jump"
    r"(?:ing)?(?= ?(?:[.,;!?]|$|off|from|in front))|\b(?:driv(?:e|es|ing|en)|drove|crash(?:es|ed|"
    r"ing)?|steer(?:s|ed|ing)?) "
    r"(?:(?:my|his|her|their) (?:car|truck) )?(?:into|off) (?:a|the|an) (?:tree|wall|bridge|"
    r"road|cliff|pole|overpass|river|lake|oncoming traffic|traffic)"
)
# A killing verb at someone, framed or not: "kill my cellie's brother", "shot his neighbour".
_KILLING = (
    r"(?<!is )(?<!are )(?<!was )(?<!'s )(?<!'re )(?<!were )\b(?:kill|kil|killin|killing|killed|"
    r"kills|k\*ll|murder|murdering|murdered|shoot|"
    r"shooting|shoots|shot|stab|stabbing|stabbed|stabs|shank|shanking|strangle|strangling|"
    r"strangled|choke out|smother|poison|poisoning|beat up|beating up|beats up|rough up) "
    + _WHOM
    + _NOT_HARM_AFTER
    + r"|\b(?:beat (?:the (?:crap|shit|hell|snot|life) out of|(?!(?:my|him|her|them|your)sel)"
    r"\w+ (?:up|to death))|(?:bash|smash|kick|beat|whoop|punch)\w* (?:his|her|their|your|that|"
    r"my|this)(?: [\w-]+'?s?)? (?:ass|butt|face|head|skull|teeth)|run (?:him|her|them) over|"
    r"slit (?:his|her|their) throat)\b|\bput " + _WHOM + r" in (?:the|a) (?:hospital|ground|grave)"
)
# A lesser verb of violence, framed as wanted, planned or feared: "wants to punch her coworker".
_THREAT = (
    _ANY_FRAME
    + _GAP
    + r"(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing|hit|hitting|punch|punching|"
    r"smack|smacking|slap|slapping|beat|beating|attack|attacking|jump|jumping|choke|choking|"
    r"strangle|strangling|bash|bashing|smash|smashing|knife|whoop|deck|sock|shank|go after|"
    r"come after|run over|torch|get back at|get even with|beat up|rough up|hunt down|drown|"
    r"poison|smother|suffocate)[\"']? " + _WHOM_OR_ME + _NOT_HARM_AFTER
)
# The strongest verbs at anyone named by a possessive ("kill her abuser"), when framed.
_KILL_ANYONE = (
    _INTENT_FRAME
    + _GAP
    + r"(?:kill|killing|murder|murdering|stab|stabbing|strangle|strangling|shank|shanking) "
    r"(?:his|her|their|my|your|that|this) (?:[\w-]+'s )?[\w-]+\b(?<!buzz)(?<!vibe)(?<!time)"
    r"(?<!mood)(?<!chances)(?<!chance)(?<!battery)(?<!plants)(?<!phone)(?<!joke)(?<!plans)"
    r"(?<!idea)(?<!game)(?<!career)(?<!grade)(?<!exam)(?<!test)(?<!one)(?<!week)"
    r"(?<!interview)(?<!presentation)(?<!speech)(?<!song)(?<!workout)(?<!shift)(?<!look)"
)
# "Hurt" is as often feelings as bodies: only with words of intent.
_HURT = (
    _INTENT_FRAME
    + _GAP
    + r"(?:hurt|hurting|harm|harming|injure|injuring)[\"']? "
    + _WHOM_OR_ME
    + _NOT_HARM_AFTER
)
_THREAT_WORDS = (
    r"\b(?:(?:death|violent|verbal) threats?|threat(?:s|en\w*)? (?:of|with) (?:violence|a "
    r"weapon|a gun|a knife|death)|made (?:a |some |several |multiple )?threats?|homicidal|"
    r"(?:get|got|gets|getting) back at|get even with|settle the score|"
    r"(?:somebody|someone|people|anybody|everybody)(?:'s| is| are)? (?:going to|gonna|will|'ll) "
    r"(?:get|be) (?:hurt|killed|shot|stabbed)|(?:gun|knife|pistol|rifle|weapon|blade|bat)\b"
    r"[^.?!]{0,40}(?:will|'ll|gonna|going to|would|'d|about|thinks? about|thinking about) "
    r"us(?:e|ing) (?:it|them)\b|go postal|burn(?:s|ed|ing|t)? down (?:his|her|"
    r"their) (?:[\w']+ ){0,2}?"
    r"(?:house|car|place|apartment|trailer|truck|building|home)|(?:'ll|'d|gonna|going to|wants? "
    r"to|threat\w* to) burn (?:the|that|this) (?:\w+ )?(?:house|place|building|trailer|apartment|"
    r"office|clinic) down|(?:he|she|they)(?:'s| has| have|'ve)? been (?:hitting|beating|"
    r"choking|strangling|punching|slapping|kicking) (?:him|her|them|his|their)\b|(?:gonna|"
    r"going to|will|'ll|'d|wants? to|threat\w* "
    r"to) break (?:his|her|their|your|my|that|the) (?:[\w-]+'s )?(?:legs?|arms?|neck|jaw|nose|"
    r"face|bones|fingers|kneecaps|skull)|beat (?!(?:my|him|her|them|your)sel)(?:[\w']+ ){1,3}?"
    r"(?:to a pulp|senseless|black and blue)|knock (?:[\w']+ ){1,3}?(?:teeth|lights|head) "
    r"(?:out|off|in)|(?:swung|swing|swinging|lunged|took a swing|threw a punch) at (?:him|her|"
    r"them|someone|somebody|another|a staff|staff|a peer|a member|his|her)|(?:put|putting|slip"
    r"\w*|add\w*) (?:rat )?poison in|hit list|kill list|slit (?:the |his |her |their )?throats?|"
    r"(?:fist|foot|boot|knee) (?:through|in|into) (?:his|her|their|your|my|the|that) "
    r"(?:[\w-]+'s )?(?:face|head|teeth|skull)|(?:go|goes|going|come|comes|coming|came|went) "
    r"after (?:him|her|them)(?= ?(?:[.,;!?]|$|with|if|when|again|next|tonight))|(?:has|got|"
    r"carr\w*|packing|bought|brought) a piece\b(?! of)|(?:get|take|gets|getting|took|wants?|"
    r"plan\w*) "
    r"(?:his |her |their )?revenge|(?:danger|harm) to (?:others|other people|anyone|"
    r"someone|staff|the public)|"
    r"shoot (?:up )?(?:the|his|her|their|my|that|a) (?:\w+ )?(?:school|place|office|workplace|"
    r"building|church|clinic|party|club|store)|blow up (?:the|his|her|their|my|that|a) (?:\w+ )?"
    r"(?:building|office|school|car|house|place|clinic)|set fire to|set (?:[\w']+ ){0,3}?on "
    r"fire|burn (?:his|her|their) (?:\w+ )?(?:house|car|place|apartment|trailer|"
    r"truck) down|torch (?:his|her|their) (?:car|house|place)|slash\w* (?:his|her|"
    r"their) (?:[\w-]+'s )?tires|"
    r"(?:is|'s|are|'re|you'?re) (?:a )?dead (?:man|woman|meat)|duty to warn|duty to protect|"
    r"tarasoff)\b|\bmake (?:him|her|them|(?:his|her|their|my|the|that) (?:\w+ )?" + _PERSON + r")"
    r"(?: all| both)? "
    r"(?:['\"]pay['\"]|pay(?= ?(?:[.,;!?]|$|for (?:what|this|that|it|taking|takin|doing|"
    r"leaving|cheating|snitching|hurting|everything))))"
    + r"|\bmake "
    + _WHOM
    + r" (?:regret (?:it|this|that)|suffer|bleed)|\bteach "
    + _WHOM
    + r" a lesson|\brun "
    + _WHOM
    + r" over|\btake out "
    + _WHOM
    + r"|\bmake "
    + _WHOM
    + r" disappear\b|\b(?:do|did) something to "
    + _WHOM
    + r"|\bus(?:e|es|ed|ing) (?:it|the gun|his gun|her gun|the knife|his knife|her knife|a gun|a "
    r"knife) on "
    + _WHOM_OR_ME
    + r"|(?<!\bi )\bthreat(?:en|ens|ened|ening) (?:the|a|his|her|their|my|our|another|other) "
    r"(?:[\w-]+ ){0,2}" + _PERSON + r"\b"
    # a euphemism in quotes, or "he'll handle it" after a trigger named
    r"|['\"](?:handle|deal with|take care of|take out|sort out|end)(?: it| him| her| them| "
    r"things)?[.,!?]?['\"]|['\"]get['\"] " + _WHOM + r"|\bif (?:his|her|their|my|the) "
    r"[^.?!]{0,60}(?:he|she|they|i)(?:'ll|'s| is| are|'re| will|'m| am)? (?:gonna |going to "
    r"|will )?(?:handle|deal with|take care of|sort out) (?:it|him|her|them)(?= ?(?:[.,;!?\"']|$))"
)
# Weapons drawn, carried in, shown or sought: never a gun show or a knife in a kitchen.
_WEAPONS = (
    r"\b(?:pull(?:s|ed|ing)? (?:out )?|point(?:s|ed|ing)? |wav(?:e|es|ed|ing) (?:around )?|"
    r"brandish\w* |flash(?:es|ed|ing)? |show(?:s|ed|ing)? (?:me |us |staff |them )?|"
    r"brought |bring(?:s|ing)? |carr(?:y|ies|ied|ying) |conceal\w* |hid(?:e|es|ing|den)? |"
    r"pack(?:s|ed|ing)? |buy(?:s|ing)? |bought |get(?:s|ting)? |got |purchas\w* |"
    r"order(?:s|ed|ing)? |stash(?:es|ed|ing)? |armed with )"
    r"(?:a |an |his |her |their |the |my |himself a |herself a |themselves a )?"
    r"(?:loaded |big |hunting |pocket |switch ?blade )?" + _WEAPON + r"\b"
    r"(?! (?:show|shows|range|safety|class|course|license|licence|permit|store|shop|control|"
    r"laws?|rights|violence prevention|locks?|lock box|safe|set|block|sharpener|sharpening|"
    r"drawer|rack|skills|collection))|"
    r"\bthreat\w* " + _WHOM_OR_ME + r" with (?:a|an|his|her|their|the) (?:\w+ )?" + _ARMS + r"\b|"
    r"\b(?:came|come|comes|coming|went|go|goes|going|ran|run|lunged) (?:at|after) (?:\w+ )?"
    r"(?:\w+ )?with (?:a|an|his|her|their|the) (?:\w+ )?" + _ARMS + r"\b|"
    r"\b(?:outside|at|in front of|near|by) (?:his|her|their|my|the) (?:[\w-]+'s )?(?:house|place|"
    r"apartment|work|job|school|door|car|window) with (?:a|an|his|her|"
    r"the) (?:\w+ )?" + _ARMS + r"\b|"
    r"\b(?:guns?|knife|knives|weapons?|pistol|blade|piece) (?:tucked )?in (?:his|her|their) "
    r"(?:waistband|waist|belt|boot|sock|bra)\b|\b(?:bought|buying|buys|got|getting|purchas\w*|"
    r"stockpil\w*|loading|loaded) (?:some |a box of |boxes of |more )?(?:ammo|ammunition|bullets)"
    r"\b|\b(?:access to (?:a |any |his |her )?(?:guns?|firearms?|weapons?)|loaded (?:gun|pistol|"
    r"rifle|shotgun|handgun|weapon)|packing (?:heat|a (?:gun|piece|knife)))\b"
)

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, rx.compile(source, re.I))
    for kind, source in (
        ("suicide", _SUICIDE),
        ("suicide", _END_IT),
        ("suicide", _DONE),
        ("suicide", _WISH),
        ("suicide", _ONESELF),
        ("suicide", _PILLS),
        ("suicide", _JUMP),
        ("self_harm", _SELF_HARM),
        ("threat", _KILLING),
        ("threat", _THREAT),
        ("threat", _HURT),
        ("threat", _KILL_ANYONE),
        ("threat", _THREAT_WORDS),
        ("weapon", _WEAPONS),
    )
)

# Figures of speech a threat pattern can catch: the worker's own care for someone's feelings
# ("I don't want to hurt her"), and "kill me" said of a thing ("this job is going to kill me"):
# a threat at a bare pronoun is taken only where a person is named just before.
_CARING = rx.compile(
    r"\bi (?:don'?t|do not|didn'?t|did not|never|wouldn'?t|would never) (?:want|wanna|mean|"
    r"meant|intend\w*)(?: to)? (?:[\w']+ ){0,3}?(?:hurt|harm|injure) (?:him|her|them)\b",
    re.I,
)
_AT_PRONOUN = rx.compile(r" (?:me|us|you|him|her|them)$", re.I)
_SOMEONE_BEFORE = rx.compile(
    r"\b(?:he|she|they|he's|she's|they're|i|i'm|i'll|i'd|we|you|client|guy|participant|member|"
    r"peer|someone|somebody|boyfriend|girlfriend|husband|wife|ex|roommate|son|daughter|brother|"
    r"neighbou?r|man|woman)\b",
    re.I,
)
_WINDOW = 60


def _figure(text: str, m: re.Match[str]) -> bool:
    start = max(0, m.start() - _WINDOW)
    if _CARING.search(text, start, m.end()):
        return True
    at_pronoun = _AT_PRONOUN.search(m.group(0)) is not None
    return at_pronoun and not _SOMEONE_BEFORE.search(text, start, m.start() + 1)


def mention(text: str) -> Mention | None:
    """The first words of the text that name harm to self or others, or None."""
    best: tuple[int, str, str] | None = None
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            if kind == "threat" and _figure(text, m):
                continue
            best = (m.start(), kind, m.group(0))
            break
    return Mention(best[1], best[2].strip()) if best else None


# --- the floor: intent is never read as absent from talk of thoughts -------------------------

# Words that deny intent outright (docs/labelling.md §5): "no plan", "he said he is NOT going to
# hurt anyone", "she'd never act on it", "he didn't mean it", "she wasn't serious". Talk of
# thoughts, feelings or wishes, "joked about" or "says he's safe" deny nothing. The denial is the
# person's (he, she, they, I, or "but won't …"), not a third party's ("her mom won't do anything").
_DENIAL = rx.compile(
    r"\bno (?:plans?|intent|intentions?)\b(?! for)|(?:\b(?:he|she|they|i)(?:'d|'ll|'s|'re|'m)?|"
    r"\bbut)(?: [\w']+){0,2}? (?:never|not|won'?t|wouldn'?t|ain'?t|aint|isn'?t|wasn'?t|didn'?t|"
    r"doesn'?t|don'?t|will not|would not|did not|does not|is not|was not|has no|have no)(?: gonna|"
    r" going to| ever| actually| really)? (?:do (?:it|anything|that|nothing|nothin\w*|something)|"
    r"act on (?:it|them|that|those|these|the \w+|\w+ thoughts)|go through with (?:it|anything)|"
    r"hurt (?:anyone|anybody|him|her|them|any ?one|no ?one|nobody|himself|herself|themselves|"
    r"myself)|kill (?:anyone|anybody|him|her|them|himself|herself|themselves|myself)|mean (?:it|"
    r"anything|that)|(?:being )?serious|dangerous|intend(?:s|ed)? to|intention)\b",
    re.I,
)
# Harm said to be minor: the only words that make it not serious.
_MINOR = rx.compile(r"\b(?:minor|superficial|just a scratch|wouldn'?t be serious)\b", re.I)


def floor(reading: Reading, text: str) -> Reading:
    """The reading, with harm_threat among its issues and no intent or seriousness read as
    absent unless the words say so (`text` is what the readers read)."""
    issues = reading.issues
    evidence = list(reading.evidence)
    if HARM not in issues:
        issues = (*issues, HARM)
        known = {e.fact for e in evidence}
        wanted = DESCRIBING[HARM]
        evidence += [
            e for e in read_facts(text, issues) if e.fact in wanted and e.fact not in known
        ]
    kept = guard(tuple(evidence), text)
    # replace, not rebuild: whatever else a reading carries passes through unchanged
    return dataclasses.replace(
        reading, issues=issues, evidence=tuple(sorted(kept, key=lambda e: e.fact))
    )


def guard(evidence: tuple[Evidence, ...], text: str) -> tuple[Evidence, ...]:
    """The facts, less any intent or seriousness read as absent where the words do not deny it
    outright (talk of thoughts, a mention, a joke): left unknown, so the interview asks."""
    denial = {"harm_intent": _DENIAL.search(text), "harm_serious": _MINOR.search(text)}
    kept = []
    for e in evidence:
        if e.fact in denial and e.value is False:
            said = denial[e.fact]
            if said is None:
                continue
            e = dataclasses.replace(e, words=said.group(0))
        kept.append(e)
    return tuple(kept)


# Every pattern of this module, for the linear-time test.
EVERY_PATTERN: tuple[re.Pattern[str], ...] = (
    *(pattern for _, pattern in PATTERNS),
    _CARING,
    _AT_PRONOUN,
    _SOMEONE_BEFORE,
    _DENIAL,
    _MINOR,
)
