"""What changes hands: money or an item, how much it is worth, and who lends to whom.

Gift cards, checks, vouchers and benefit cards are money (cash equivalents); a meal, a coffee or
an object is an item even when its price is given. A bound ("under ten dollars") is not a value.
"""

from __future__ import annotations

import re

from . import patterns as rx
from .evidence import Evidence
from .numbers import lowered, money

_MONEY_WORDS = rx.compile(
    r"\b(?:cash|money|gift ?cards?|e-?gift|(?:visa|amazon|target|walmart|starbucks|dunkin|subway"
    r"|itunes|google play|gas|grocery|store|prepaid|debit|ebt|mcdonald'?s|restaurant|\w+'s) cards?"
    r"|checks?|cheques?|vouchers?|money orders?|venmo|cash ?app|paypal|zelle|bucks|dollars?|"
    r"\$\s?\d|bills?|fifty|twenty|tip|gift certificates?|quid|tenner|fiver|co-?pays?)\b",
)
# Money named by slang, a payment app, or a sum too vague to have a value ("a couple bucks").
_SLANG_MONEY = (
    r"\b(?:tenner|fiver|quid|dough|moolah|bread money|cash ?app|cashapp|venmo|zelle|paypal|"
    r"apple ?pay|google ?pay|revolut|monzo|e-?transfer|interac|western union|moneygram"
    r"|(?:a |an )?(?:couple(?: of)?|few|some|little|extra|spare|coupla) (?:bucks|quid|dollars|"
    r"cash|money|notes)"
    r"|(?:a|one) (?:dollar|buck|quid)(?![- ](?:store|bill|menu))"
    r"|(?:take|took|taking|accept\w*|get|got|getting|give|gave|giving|leave|left|leaving|"
    r"offer\w*|slip\w*|hand\w*) (?:me |him |her |them |you )?(?:a |the )?tips?|tipp(?:ed|ing) "
    r"(?:me|him|her|them|you)|tip (?:me|him|her|them|you))\b"
)
_STRONG_MONEY = rx.compile(
    r"\b(?:cash|money|gift ?cards?|e-?gift|(?:visa|amazon|target|walmart|starbucks|dunkin|subway"
    r"|itunes|google play|gas|grocery|prepaid|debit|ebt|mcdonald'?s|restaurant) cards?"
    r"|(?:a|the|his|her|their|this|that|\$\s?\d+) (?:\w+ )?(?:checks?|cheques?)|cheques?|vouchers?"
    r"|money orders?|venmo|cash ?app|paypal|zelle|gift certificates?"
    r"|(?:coffee|cafe|café|fuel|petrol|uber|lyft|doordash|grubhub|steam|spotify|netflix|xbox"
    r"|playstation|apple|phone|top-?up|shopping|supermarket|tesco|costco|kroger|chipotle"
    r"|dinner|movie|cinema|spa|salon) (?:gift )?cards?"
    r"|\$\s?\d+(?:\.\d\d)?\s(?:bill|cash|note)|\w+ bill)\b"
    # money by what it is for or where it goes: "spotting her bus fare", "starts a gofundme",
    # "a hundred bucks of her own" (a price, "a coat, like 40 bucks", names an item)
    r"|\b(?:(?:bus|cab|taxi|train) fare|gofundme|go fund me|fundraiser|bucks of (?:my|her|his|"
    r"their) own)\b"
    # slang and apps for money ("bung me a tenner", "a few quid", "cashapp me", "some dough")
    rf"|{_SLANG_MONEY}",
)
_ITEMS = rx.compile(
    r"\b(?:cookies?|cake|pie|brownies?|food|meal|lunch|dinner|breakfast|coffee|tea|drinks?|pizza"
    r"|flowers?|plants?|bracelet|necklace|jewel(?:le)?ry|ring|earrings|watch|tv|television|"
    r"painting|drawing|art|artwork|picture|photo|card|letter|note|poem|coat|jacket|scarf|hat|"
    r"gloves|shoes|clothes|shirt|sweater|blanket|quilt|bike|bicycle|car|truck|journal|book|books"
    r"|dvds?|cds?|games?|phone|charger|laptop|computer|tablet|keychain|mug|candle|basket|chip|"
    r"medallion|coin|chocolates?|candy|snacks?|lotion|perfume|tickets?|furniture|couch|chair|"
    r"table|lawn ?mower|tools?|drill|guitar|instrument|toy|stuffed animal|souvenir|magnet|"
    r"ornament|gift basket|fruit|groceries|bag|purse|wallet|sunglasses|headphones|speaker|"
    r"sobriety chip|rosary|bible|cross|crystal|figurine|frame|vase|tray|dish|casserole|tamales"
    r"|cupcakes?|bread|jam|honey|eggs|vegetables|produce|soap|sweets|wine|beer|liquor|bottle|"
    r"cigarettes|tobacco|gas|ride|tools|equipment|apartment|room|house|furnishings|item|stuff"
    r"|things?|bus pass|piano|keyboard|violin|banjo|fishing (?:rods?|gear|tackle)|rods?|reel|"
    r"tackle|camera|radio|record player|records|vinyl|antiques?|heirlooms?|jewel|locket|pendant"
    r"|brooch|cufflinks|knife|knives|pocket ?knife|sewing machine|recliner|dresser|desk|bed|"
    r"mattress|fridge|microwave|stove|tv stand|lamp|rug|clock|tent|kayak|canoe|boat|motorbike"
    r"|motorcycle|scooter|van|trailer|puppy|kitten|dog|cat|pet|tools?|toolbox|playstation|xbox"
    r"|console|ipad|iphone|earbuds|airpods|sneakers|boots|handbag|backpack|suitcase)\b",
)
# Things nobody paid for: worth nothing, per the labelling convention.
_WORTHLESS = rx.compile(
    r"\b(?:hand-?made|home-?made|made (?:me|it|them) (?:her|him|them)sel(?:f|ves)|drew|drawing"
    r"|didn'?t cost (?:her|him|them|anything)|costs? (?:her |him |them |me )?nothing|free|no money"
    r" in it|"
    r"worth nothing|nothing of value|no monetary value|from (?:her|his|their) garden)\b",
    re.I,
)
# A bound or a policy threshold ("under ten dollars", "gifts over $25 are significant") is not the
# value of the thing in question.
_BOUND = rx.compile(
    r"(?:under|less than|below|not even|at most|no more than|up to)\s*$|(?:gifts?|anything|"
    r"items?|things?|presents?|limit|policy|rule)\s+(?:\w+\s)?(?:over|above|more than|"
    r"exceeding|worth over)\s*$",
    re.I,
)


# A sum that is itself what changes hands: "lend him $40", "left $5 as a tip", "handed me a fifty".
_TRANSFER = rx.compile(
    r"\b(?:borrow\w*|lend\w*|lent|loan\w*|giv\w*|gave|hand\w*|left|leave\w*|tip\w*|offer\w*|"
    r"slip\w*|pay\w*|paid|send\w*|sent|spot\w*|front\w*|donat\w*|owe\w*|cover\w*|chip\w* in|"
    r"bung\w*|chuck\w*|float\w*|toss\w*|throw\w*|threw|drop\w*|sub\w*|shout\w*|sort\w*|"
    r"put\w*|venmo\w*|zelle\w*|cash ?app\w*|paypal\w*|e-?transfer\w*|wir\w*|"
    r"need\w*|ask\w* (?:me )?for|want\w*)"
    r"\s(?:(?:me|him|her|them|us|my \w+|a \w+|one of my \w+|back|out|over|for|client'?s|"
    r"peer'?s)\s){0,3}$",
    re.I,
)


# "leaving me her piano", "wants to give me her late husband's fishing rods": the thing handed
# over named after the verb; favours and time are no thing ("give me a ride", "a hug").
_HANDED_THING = rx.compile(
    r"\b(?:giv\w*|gave|leav\w*|left|offer\w*|hand\w*|pass\w* on|bring\w*|brought|buy\w*|"
    r"bought|send\w*|sent|will\w*|bequeath\w*|make\w*|made|knit\w*|bak\w*|sew\w*|lend\w*|lent"
    r"|loan\w*) "
    r"(?:me|us) (?:her|his|their|a|an|the|some|this|that|these|those|its) "
    r"(?!(?:hug|ride|lift|call|ring|hand|hard time|break|chance|minute|second|heads up|look|"
    r"kiss|number|advice|feedback|update|shout|shout-?out|compliment|review|reference|hint|"
    r"tip|reason|idea|job|discount|deal|loan|cut|share|money|cash|gifts?|presents?|something"
    r"|anything|token|thank[- ]?you|little|small|nice|thing|things|stuff|bit|favou?r)\b)"
    r"(?:[\w-]+'s\s)?((?:[\w-]+\s){0,4}?[\w-]+?)"
    r"(?=\s(?:in|for|as|because|when|after|from|to|that|which|and|but|so|if|since)\b|[.,!?;:]|$)",
)


def object_kind(text: str) -> Evidence | None:
    """Money when a cash word names the thing or a sum is handed over; an item when an object
    is; a sum that is only talked about ("is $5 ok?") settles nothing."""
    low = lowered(text)  # the patterns are lower case; offsets are the text's own
    for m in _STRONG_MONEY.finditer(low):
        if not _negated_thing(text, m.start()):
            return Evidence("object_kind", "money", text[m.start() : m.end()])
    for found in money(text):
        if _TRANSFER.search(text[max(0, found.start - 40) : found.start]):
            return Evidence("object_kind", "money", found.words)
    for m in _ITEMS.finditer(low):
        word = m.group(0)
        if word in ("gas", "ride", "things", "thing", "stuff", "room", "house", "apartment"):
            continue  # too general to settle the kind
        return Evidence("object_kind", "item", text[m.start() : m.end()])
    handed = _HANDED_THING.search(low)
    if handed and not _MONEY_WORDS.search(handed.group(1)):
        return Evidence("object_kind", "item", text[handed.start() : handed.end()])
    return None


def _negated_thing(text: str, pos: int) -> bool:
    return (
        re.search(
            r"\b(?:no|not any|without)\s(?:[\w-]+\s(?:or|nor|and)\s)?$|\bno\s*$",
            text[max(0, pos - 30) : pos],
            re.I,
        )
        is not None
    )


def value_dollars(text: str) -> Evidence | None:
    """The first figure in dollars that is not a bound; 0 for a hand-made thing costing nothing."""
    for found in money(text):
        if _BOUND.search(text[max(0, found.start - 16) : found.start]):
            continue
        return Evidence("value_dollars", found.value, found.words)
    worthless = _WORTHLESS.search(text)
    if worthless and not re.search(r"\bhome-?baked|baked\b", text, re.I):
        return Evidence("value_dollars", 0.0, worthless.group(0))
    return None


# "client asked to borrow", "lend ME money", "I borrowed a DVD from", "spot him a twenty"
_LEND_TO_PEER = rx.compile(
    r"\b(?:lend|loan|lent|loaned|front|spot|float|sub|tide|bail)\s(?:me|us)\b"
    r"|\bi (?:owe|owed) (?:him|her|them|my|a|the|this|one)\b|\bhelp (?:me|us) out till\b"
    # "I … borrow", but not "a lady I support asked to borrow": the one I serve borrows
    r"|\b(?:i|me)\s(?!(?:support|work with|serve|see|help|mentor|am working with|'m working "
    r"with)\b)(?:\w+\s){0,3}?"
    r"(?:borrow|borrowed|borrowing)\b|\bborrow(?:ed|ing)?\s(?:\w+\s){0,4}?from\s(?:my|a|the|one"
    r"|this|him|her|them)\b|\bcan i borrow\b|\bi can borrow\b|\bme borrow\b",
)
_LEND_TO_CLIENT = rx.compile(
    r"\blet (?:him|her|them|a client|my client|a peer|my peer) (?:use|borrow|keep|have) (?:my|it)"
    r"\b|"
    r"\bi'?d get it back\b|"
    r"\b(?:he|she|they|client|peer|participant|consumer|member|guy|man|woman|someone|who)\s"
    r"(?:\w+\s){0,4}?(?:borrow|borrowed|borrowing)\b|\b(?:lend|loan|lent|loaned|front|spot"
    r"|lending|loaning)\s(?:him|her|them|my|a|the|one|this|that|some|money|cash|it)\b"
    r"|\b(?:pay|paid|paying) me back\b|\bi (?:lent|loaned|fronted|floated|spotted)\b"
    # "she owes me $200", "asked to borrow", "wants to know if he can borrow"
    r"|\b(?:owes?|owed|owing) me\b|\b(?:asked|asks|asking|wants?|wanted|begged|begging|hit me up)"
    r"(?: me)?(?: if (?:he|she|they) (?:can|could)| to) borrow\b"
    r"|\b(?:float|sub|spot|front|tide|bail)(?:ing)? (?:him|her|them|my \w+|a client|a peer)\b",
)


# Whoever borrows from the person served is the peer, and whoever lends to them lends to the one
# served, whatever the subject ("one of my peer staff borrowed $200 from a client").
_FROM_SERVED = (
    r"(?:a|my|the|this|one of (?:my|her|his|their|our)|her|his|their|our) (?:client|peer|"
    r"participant|member|resident|consumer|guest|mentee)s?\b"
)
_DECISIVE = (
    (rx.compile(rf"\bborrow\w*\s(?:\S+\s){{0,4}}?from\s{_FROM_SERVED}"), "peer_borrows"),
    (rx.compile(rf"\b(?:lend\w*|lent|loan\w*)\s(?:\S+\s){{0,4}}?to\s{_FROM_SERVED}"), "peer_lends"),
    (rx.compile(rf"\b(?:spot|spotting|spotted|float\w*|front\w*)\s{_FROM_SERVED}"), "peer_lends"),
    # "offered me his truck for the week", "let me use her car"
    (
        rx.compile(
            r"\b(?:offer\w*|lend\w*|lent|loan\w*) (?:me|us) (?:his|her|their) (?:\w+ )?(?:car|"
            r"truck|van|bike|tools?|trailer|camper|ladder|drill|mower|laptop)\b|\blet (?:me|us) "
            r"(?:use|borrow|drive) (?:his|her|their)\b"
        ),
        "peer_borrows",
    ),
)


def loan_direction(text: str) -> Evidence | None:
    """Who lends to whom: the first lending phrase, read with its subject."""
    found: list[tuple[int, str, str]] = []
    low = lowered(text)
    for pattern, direction in _DECISIVE:
        d = pattern.search(low)
        if d:
            found.append((d.start(), direction, text[d.start() : d.end()]))
    if found:
        _, value, words = min(found)
        return Evidence("loan_direction", value, words)
    for pattern, value in ((_LEND_TO_PEER, "peer_borrows"), (_LEND_TO_CLIENT, "peer_lends")):
        m = pattern.search(low)
        if m:
            found.append((m.start(), value, text[m.start() : m.end()]))
    if not found:
        return None
    _, value, words = min(found)
    return Evidence("loan_direction", value, words)


# An agency gift policy the user states ("gifts over $25 are significant", "anything under $10
# is nominal") settles the judgement for the value they give; without both, it stays a judgement.
_POLICY_OVER = rx.compile(
    r"\b(?:gifts?|anything|items?|presents?) (?:over|above|more than|worth more than) \$\s?(\d+)"
    r"[^.?!]{0,40}\b(?:significant|not allowed|turned down|declined|reported|too much)",
    re.I,
)
_POLICY_UNDER = rx.compile(
    r"\b(?:gifts?|anything|items?|presents?) (?:under|below|less than) \$\s?(\d+)[^.?!]{0,20}\b"
    r"(?:nominal|fine|ok|okay|allowed|not significant)",
    re.I,
)


def significant_value(text: str) -> Evidence | None:
    value = value_dollars(text)
    if value is None or not isinstance(value.value, float):
        return None
    over = _POLICY_OVER.search(text)
    if over:
        return Evidence("significant_value", value.value > float(over.group(1)), over.group(0))
    under = _POLICY_UNDER.search(text)
    if under:
        return Evidence("significant_value", value.value >= float(under.group(1)), under.group(0))
    return None
