"""Recommending sentences: how an advice opens a sentence by recommending ("We recommend that …", "De Raad
adviseert …", "The Committee requests the Government to …"), wherever it stands in the text."""

from __future__ import annotations

import re
from collections import Counter

from weerwoord.core.model import Block, TextRun
from weerwoord.core.wordlists import function_words
from weerwoord.core.wordlists import words as word_list

BODY = "(?:" + "|".join(sorted(word_list("advisory-bodies"), key=len, reverse=True)) + ")"  # "the Institute"
LICHAAM = (
    # (a name before it, a letter after it: "het Vast Comité I", "het Comité P")
    r"(?:(?:(?-i:[A-Z])\w+\s+){0,2}(?:\w*comit[eé])(?:\s+(?-i:[A-Z])\b)?|\w*raad|aiv|\w*commissie|afdeling|ombudsman"
    r"|inspectie|rekenkamer|college|adviescollege|kinderombudsman|onderzoeksraad|gezondheidsraad|\w*orgaan)"
)
# a body named by its initials ("ATR adviseert …", "The GAO recommends …"): capitals, whatever the case of the rest
INITIALS = r"(?-i:[A-Z][A-Za-z]?[A-Z]{1,5})"
# an ordinal adverb that counts the recommendations off: "Ten eerste adviseren wij …", "Secondly, we recommend …"
ORDINAL_ADVERB = (
    r"(?:ten\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)"
    r"|in\s+de\s+(?:eerste|tweede|derde|vierde|vijfde)\s+plaats"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?)"
)
# a connective before the subject: "Finally, we recommend that …", "Further, the Committee recommends that …"
_CONNECTIVE = (
    r"(?:(?:finally|lastly|further|furthermore|in addition|additionally|moreover|ten slotte|tot slot"
    rf"|for (?:that|this|these) reasons?|{ORDINAL_ADVERB}),?\s+)?"  # (and "For that reason the Council recommends …")
)
# a clause before the subject: "Bearing in mind that experience, the Advisory Committee recommends that …"
# (or after a connective: "Finally, because the pattern of demand is changing quickly, we recommend that …")
_LEADING = (
    r"(?:(?:(?:finally|lastly|further|furthermore|in addition|additionally|moreover),\s+[^,.;:!?]{2,80}"
    # (of two commas: "Taking the harms, the scale of misuse and the … market together, the Council recommends …")
    r"|(?-i:[A-Z])[^,.;:!?]{2,80}(?:,[^,.;:!?]{2,80})?),\s+)?"
)
# those who wrote it, in the plural: "de visitatoren", "de auditoren"
PERSONS = (
    r"(?:visitatoren|onderzoekers|auditoren|auditors|inspecteurs|evaluatoren|rapporteurs|adviseurs|commissieleden"
    r"|deskundigen)"
)
# the body, named with the words of its name: "the Advisory Committee", "the Select Committee"
THE_BODY = rf"the\s+(?:(?-i:[A-Z])\w+\s+){{0,2}}{BODY}s?"  # (or in the plural: "the inspectors")
# a "te" and an infinitive later in the sentence (past "nr. 85" and "art. 4"): what is asked to be done
_TE_LATER = r"(?:[^.;!?]|\.(?=\s?[\da-z])){3,300}?\bte\s+[a-z]+en\b"
RECOMMENDING_OPENING = (
    r"(?:"
    rf"{_LEADING}{_CONNECTIVE}"
    # ("Staff recommend a fiscal adjustment of …": a monetary fund's mission)
    rf"(?:(?:we|i|staff|(?:the\s+)?mission|{THE_BODY}|the {INITIALS}|{INITIALS}|wij|zij|de {LICHAAM}|het {LICHAAM}"
    rf"|(?:de|het) {INITIALS})"
    r"\s+(?:therefore\s+|also\s+|further\s+|additionally\s+|daarom\s+|ook\s+|verder\s+)?"
    # (or a thing recommended: "The ExA recommends a new Requirement 21 securing …")
    r"(?:recommend|recommends|bevelen|beveelt)\s+(?:(?:aan\s+)?(?:that|om|dat)\b|(?-i:a|an)\s+(?=\w)"
    r"|(?-i:[a-z][\w-]*\s+){0,5}?aan\b))"
    # an audit office's past tense, its own recommendations as reported: "We recommended that the Municipal Mayor
    # require …" (not another's: "The 2019 panel had recommended that …")
    rf"|{_LEADING}{_CONNECTIVE}we\s+(?:therefore\s+|also\s+)?recommended\s+that\b"
    # "De Afdeling adviseert …", "Gelet hierop adviseert de Afdeling …", "The Committee advises …"; "De Raad geeft
    # (u) in overweging …": the Raad van State's idiom
    rf"|(?:(?:gelet hierop|daarom|derhalve|om die reden),?\s+)?(?:de|het) {LICHAAM}\s+"
    r"(?:adviseert|raadt\s+aan|pleit\s+voor|geeft\s+(?:\w+\s+){0,2}in\s+overweging|vraagt\s+u|verzoekt\s+u)\b"
    rf"|(?:(?:gelet hierop|daarom|derhalve|om die reden),?\s+)?(?:de\s+|het\s+)?{INITIALS}"
    r"\s+(?:adviseert|raadt\s+aan)\b"
    # (the ones who wrote it, in the plural: "De visitatoren raden aan om …", "Tot slot adviseren de auditoren …")
    rf"|{_CONNECTIVE}de\s+{PERSONS}\s+(?:(?:daarom|ook|verder|tevens)\s+)?(?:adviseren|raden\s+(?:[\w-]+\s+){{0,4}}?aan"
    r"|bevelen\s+(?:[\w-]+\s+){0,4}?aan|stellen\s+(?:[\w-]+\s+){0,2}?voor|pleiten\s+(?:ervoor|voor))\b"
    # (the body named the sentence before: "De commissie volgt dit bezwaar. Zij adviseert om …")
    r"|(?:hij|zij)\s+adviseert\s+(?:(?:daarnaast|ook|verder|voorts|tevens|bovendien)\s+)?(?:om|dat|u)\b"
    # a Belgian council's request of what is to be done, by a "te" before its verb in the sentence: "De Raad vraagt
    # de verwijzing naar cao nr. 85 te behouden", "Hij verzoekt de regering de wet … te evalueren"; "De Raad stelt
    # voor dat …"
    rf"|(?:(?:daarnaast|verder|voorts|tevens|ook|ten slotte|tot slot|daarom),?\s+)?(?:(?:de|het) {LICHAAM}|hij|zij)\s+"
    rf"(?:(?:vraagt|verzoekt)\b(?={_TE_LATER})|stelt\s+voor\b)"
    rf"|(?:daarnaast|verder|voorts|tevens|ook|ten slotte|tot slot|daarom),?\s+(?:vraagt|verzoekt|stelt)\s+"
    rf"(?:de|het)\s+{LICHAAM}\b(?:\s+voor\b|(?={_TE_LATER}))"
    # (the verb before the body: "Daarnaast adviseert de commissie …", "Ten slotte beveelt de commissie aan …")
    rf"|(?:gelet hierop|daarom|derhalve|om die reden|voorts|tot slot|ten slotte|daarnaast|verder|tevens|ook"
    rf"|{ORDINAL_ADVERB}"
    r"|(?:omdat|aangezien|nu|gezien|doordat|zodra)\s[^.;:!?]{2,160}"  # "Omdat inschrijvers …, beveelt de …"
    r"|(?:voor|bij|met het oog op)\s+(?:de|het)\s+[\w-]+),?\s+"  # "Voor de besluitvorming adviseert de Commissie …"
    # (the body by its initials too: "Ook adviseert de COGEM om …", "Tot slot geeft de COGEM in overweging …")
    rf"(?:(?:adviseert|beveelt|pleit)\s+(?:(?:de|het)\s+(?:{LICHAAM}|{INITIALS})|{INITIALS})\b"
    rf"|geeft\s+(?:de|het)\s+(?:{LICHAAM}|{INITIALS})\s+(?:[\w-]+\s+){{0,6}}?in\s+overweging\b)"
    # (an examiner's own: "I would urge the team to introduce …")
    # ("We would also ask that aircraft … be banned", "Members would like the airport to hold …")
    rf"|{_LEADING}(?:we|i|{THE_BODY}|members)\s+(?:(?:therefore|also|further|again|would(?:\s+strongly)?)\s+){{0,2}}"
    r"(?:advise|advises|urge|urges|like\s+the\s+(?:[\w-]+\s+){0,3}?to"
    r"|encourages|requests\s+that|proposes?\s+that|suggests?\s+that|calls\s+(?:on|upon)"
    # a treaty body's observation: "The Committee requests the Government to …", "… trusts that the Government will"
    r"|requests\s+the\s+(?:\w+\s+){0,3}?to|trusts\s+that|invites\s+the"
    # a parish's consultation response: "We ask the County Council to install …", "We also ask that no charger …"
    r"|asks?\s+that|asks?\s+the\s+(?:[\w-]+\s+){0,3}?to|asks?\s+the(?:\s+[\w-]+){0,3}\s*$"  # (or cut by a page)
    # a scrutiny committee's request: "The committee requests the minister's advice as to whether …"
    r"|(?:requests?|seeks?)\s+the\s+(?:[\w’']+\s+){0,2}?[\w’']+(?:'s|’s|s')\s+(?:advice|views|response|explanation))\b"
    # "Wij adviseren het bestuur om …", "Verder adviseren wij om …", "Tot slot adviseren wij …"
    # ("Wij verzoeken u …", "Wij vragen u …": a council's zienswijze)
    # ("Wij vragen het vast bureau om de gratis energiescan ook open te stellen", "Wij stellen ook voor om …")
    r"|wij\s+(?:daarom\s+|ook\s+)?(?:adviseren|verzoeken|vragen\s+u|bevelen\s+aan"
    r"|stellen\s+(?:(?:u|ook|daarom|tevens|verder)\s+)?voor)\b"
    rf"|wij\s+(?:daarom\s+|ook\s+)?(?:vragen|verzoeken)\s+(?:de|het)\s(?={_TE_LATER})"
    # ("Wij vragen ook om in elke deelgemeente een buddy aan te stellen", "Wij vragen daarom dat …", "Wij vragen om de
    # boerenmarkt …", "Wij vragen een jaarlijks werkingsbudget …")
    r"|wij\s+(?:vragen|verzoeken)\s+(?:(?:ook|daarom|tevens|verder)\s+)?(?:om|dat)\b|wij\s+vragen\s+(?:een|extra|meer)\s"
    # ("Gezien de risico's in de grondexploitaties …, raden wij u aan …")
    rf"|(?:(?:ook|verder|voorts|daarnaast|daarom|tot slot|ten slotte|{ORDINAL_ADVERB}"
    r"|(?:omdat|aangezien|gezien|doordat|zodra)\s[^.;:!?]{2,160}),?\s+)"
    r"(?:adviseren|verzoeken|vragen|bevelen|raden)\s+(?:wij|we)\b"
    # ("We raden de stad aan om …", "We vragen de stad om … te dragen")
    r"|(?:wij|we)\s+(?:daarom\s+|ook\s+)?raden\s+(?:[\w-]+\s+){0,4}?aan\b"
    # ("Daarnaast geven wij u in overweging om …")
    r"|(?:(?:ook|verder|voorts|daarnaast|daarom|tot slot|ten slotte),?\s+geven\s+(?:wij|we)|(?:wij|we)\s+geven)"
    r"\s+(?:u\s+)?(?:[\w-]+\s+){0,3}?in\s+overweging\b"
    # (an inspectorate's impersonal form: "It is recommended that the board engage with …", "Het wordt aanbevolen om …")
    rf"|{_LEADING}{_CONNECTIVE}(?:it\s+is\s+(?:also\s+|further\s+)?recommended\s+that|het\s+wordt\s+(?:ook\s+)?aanbevolen"
    r"\s+(?:om|dat)|aanbevolen\s+wordt\s+(?:om|dat)"
    # (a Flemish advisor's: "Het is aangewezen om rond de monumentale zomereik … af te bakenen", "Het is raadzaam om …")
    r"|het\s+is\s+(?:daarom\s+|ook\s+)?(?:aangewezen|raadzaam|aan\s+te\s+bevelen)\s+(?:om|dat))\b"
    # (the verb and "wij" after a phrase of its own, as Dutch puts a main clause: "Voor de 23 paardenkastanjes langs de
    # dreef met kastanjebloedingsziekte raden wij aan om …")
    r"|(?-i:[A-Z])[^.;:!?\"“”‘’']{2,160}?\s(?:adviseren\s+(?:wij|we)\b|(?:raden|bevelen)\s+(?:wij|we)\s+(?:[\w-]+\s+){0,4}?aan\b)"
    # ("Ons advies is om de norm … te verlagen", "Our recommendation is that …")
    r"|(?:ons|onze)\s+(?:advies|aanbeveling)\s+is\s+(?:om|dat)\b|our\s+(?:advice|recommendation)\s+is\s+(?:to|that)\b"
    r")"
)
RECOMMENDING_AT = re.compile(RECOMMENDING_OPENING, re.I)  # matched only where a sentence starts
# (or its own letter in brackets: "[d] De raad beveelt aan om …", a Belgian council's paragraphs [a]–[t])
PARAGRAPH_OWN_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,3}){1,2}|\[[a-z\d]{1,3}\])\s+(?=[A-Z])")  # (or "8.3.2")
# (also after a quotation that ends a sentence: "… who all the people round the table are.' We recommend that …")
SENTENCE_START = re.compile(r"(?<=[.!?])\s(?=\S)|(?<=[.!?]['’\"”])\s(?=\S)")
CLAUSE_RECOMMENDS = re.compile(
    # (or after a colon: "De lekkage is eenvoudiger op te lossen: wij adviseren de dakrand … te herstellen")
    rf"(?:;|:|,\s+(?:and|en))\s+(?=(?:(?:we|wij)\s+(?:also\s+|ook\s+)?(?:recommend|adviseren|bevelen)"
    # (or the body by its name: "…, and the Panel recommends that the Trust install …")
    rf"|{THE_BODY}\s+(?:also\s+)?recommends)\b)",
    re.I,
)


def recommending_sentences_in(text: str, name: re.Pattern[str] | None = None) -> list[re.Match[str]]:
    """Where ``text``'s sentences open by recommending (tried at sentence starts only: a 300-page advice), also
    after the paragraph's own number ("1.6 The committee requests …", "[d] De raad beveelt aan …"). ``name``: the
    advisory body asking by its own name (see :func:`asking_name`)."""
    number = PARAGRAPH_OWN_NUMBER.match(text)
    starts = [number.end() if number else 0, *(m.end() for m in SENTENCE_START.finditer(text))]
    # (and a clause that recommends after a semicolon or "and": "…; we recommend that the Board ask …", "An
    # alternative has to be offered …, and we recommend that …")
    starts += [m.end() for m in CLAUSE_RECOMMENDS.finditer(text)]
    found = ((RECOMMENDING_AT.match(text, pos) or (name.match(text, pos) if name else None)) for pos in starts)
    # (not one that says what it does not recommend: "De raad adviseert niet om …", "beveelt uitdrukkelijk niet aan")
    return [m for m in found if m is not None and not NOT_AFTER.match(text, m.end()) and not NOT_IN.search(m.group(0))]


# (or with whom it addresses between: "Wij adviseren u niet om …", "We advise the council not to …")
# (or a word that stresses it: "Wij adviseren uitdrukkelijk niet om …")
NOT_AFTER = re.compile(
    r"\s+(?:(?:u|jullie|you|the\s+[\w-]+|het\s+[\w-]+|de\s+[\w-]+)\s+)?"
    r"(?:(?:uitdrukkelijk|nadrukkelijk|daarom|dan\s+ook|expressly|explicitly|therefore)\s+)?(?:niet|not)\b",
    re.I,
)
NOT_IN = re.compile(r"\b(?:niet|not)\b", re.I)


# a body asking by a name of its own, one word ("Brupartners vraagt dat …", "Daarnaast pleit Brupartners ervoor …",
# "Healthwatch recommends that …"): the verbs it asks with, after the name or before it
_ASKING_AFTER = (
    rf"(?:vraagt|verzoekt)\s+(?:ook\s+|daarom\s+)?(?:dat\b|om\b|(?={_TE_LATER}))|dringt\s+(?:er\s*)?op\s+aan|dringt\s+erop\s+aan"
    r"|pleit\s+(?:ervoor|voor)|beveelt\s+(?:[\w-]+\s+){0,5}?aan|adviseert|raadt\s+(?:[\w-]+\s+){0,3}?aan"
    r"|recommends|urges|calls\s+(?:on|upon)|asks\s+(?:that|the)"
)
_NAME = r"(?-i:[A-Z][a-z]+[A-Za-z-]{2,})"
_LEAD = r"(?:(?:daarnaast|verder|voorts|tevens|ook|ten slotte|tot slot|daarom|finally|further|also),?\s+)?"


def _asking_by(name: str) -> re.Pattern[str]:
    """The sentences in which a body called ``name`` (a pattern) asks: its name before the verb, or after it."""
    return re.compile(
        rf"{_LEAD}({name})\s+(?:therefore\s+|also\s+|daarom\s+)?(?:{_ASKING_AFTER})\b"
        r"|(?:daarnaast|verder|voorts|tevens|ook|ten slotte|tot slot|daarom),?\s+"
        rf"(?:vraagt|verzoekt|pleit|beveelt|adviseert|dringt)\s+({name})\b",
        re.I,
    )


NAMED_ASKING = _asking_by(_NAME)  # (any one-word name)
# (the substrings of those verbs: a block without one is not looked at)
NAMED_VERBS = (
    "vraagt",
    "verzoekt",
    "dringt",
    "pleit",
    "beveelt",
    "adviseert",
    "raadt",
    "recommends",
    "urges",
    "calls",
    "asks",
)
ASKING_NAME_MIN = 3  # the sentences in which one name asks, for it to be the advice's own body


def may_recommend(text: str, name: re.Pattern[str] | None = None) -> bool:
    """Whether a text may hold a recommending sentence, by substrings first (a pattern searched through every block
    cost 0.1 s on a 300-page advice; substrings do not)."""
    lowered = text.lower()
    return any(w in lowered for w in ADVISING_WORDS) or (name is not None and any(v in text for v in NAMED_VERBS))


def asking_name(texts: list[str]) -> re.Pattern[str] | None:
    """The advice's body asking by a name of its own ("Brupartners vraagt dat …" three times or more): a pattern of
    its recommending sentences; None where no one name asks so."""
    counts: Counter[str] = Counter()
    for text in (t for t in texts if any(v in t for v in NAMED_VERBS)):
        for pos in (0, *(m.end() for m in SENTENCE_START.finditer(text))):
            m = NAMED_ASKING.match(text, pos)
            name = (m.group(1) or m.group(2)) if m else None
            if name and name.lower() not in function_words():
                counts[name] += 1
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return _asking_by(re.escape(name)) if n >= ASKING_NAME_MIN else None


# the dictum of an advice on a bill: "ATR adviseert het wetsvoorstel (niet) in te dienen", "De Afdeling adviseert het
# voorstel niet bij de Tweede Kamer in te dienen, tenzij …", "… advises that the bill be introduced"
DICTUM = re.compile(
    RECOMMENDING_OPENING
    + r"\s+(?:het|dit|de)\s+(?:concept)?(?:wetsvoorstel|voorstel|ontwerp(?:besluit)?|regeling)\s+(?:niet\s+)?"
    r"(?:\w+\s+){0,6}?(?:in\s+te\s+dienen|vast\s+te\s+stellen)\b",
    re.I,
)
ADVISING_WORDS = (
    "recommend",
    "beve",
    "advis",
    "urge",
    "raadt",
    "raden",
    "overweging",
    "verzoek",
    "advies is",
    "aanbeveling is",
    "advice is",
    "recommendation is",
    "vragen",
    "vraagt u",
    "request",
    "pleit",
    "trusts that",
    "invites the",
    "stellen",
    "stelt",
    "vraagt",
    "propose",
    "suggest",
    "ask",
    "would like",
    "aangewezen",
    "raadzaam",
)
# what a body advises on, by law or on request: "De Mijnraad adviseert op grond van artikel 105 …"
MANDATE = re.compile(
    r"\s+(?:op grond van|krachtens|op verzoek van|(?:on)?gevraagd|over|on|under|pursuant to)\b"
    # (not where the sentence ends by asking for a deed, "te" and its verb: "De Raad adviseert over het ontwerp
    # alsnog het advies van de SER in te winnen")
    r"(?![^.;!?]{0,300}?\bte\s+[a-z]+en\s*[.;!?])",
    re.I,
)
# a point put as a question to whoever must act: "Will the Minister …?", "Is de minister bereid …?"
_ACTOR_ASKED = (
    r"(?:will|would|can|could|(?:what|which)(?: action| steps)? will|when will|how will|wil|kan|zal|is|are)\s+"
    r"(?:the|de|het|this|dit)?\s*"
    r"(?:minister|secretary|government|department|service|prison|board|kabinet|regering|staatssecretaris|college|"
    r"gemeente|stad|provincie|waterschap|city|county|governor|trust|agency)\b"
)
ACTOR_QUESTION = re.compile("^" + _ACTOR_ASKED, re.I)
# a question put to whom the advice asks, among its recommendations: "Kunt u in het besluit bepalen dat …?"
QUESTION_TO = re.compile(rf"(?:kunt|wilt|zou|could|would|will)\s+(?:u|you)\b|bent\s+u\s+bereid|{_ACTOR_ASKED}", re.I)


Advising = tuple[int, re.Match[str], TextRun, bool]  # a block's index, the match, the sentence's run, whether it ends
# a sentence's end: a stop before a space or the end (not "nr. 85", "art. 4", "o.a. de": a number or a small word next)
SENTENCE_END = re.compile(r"[.!?](?:\s+(?![\da-z])|\s*$)")
# (not one put as politely as a letter's recommendations: "We would also ask that aircraft … be banned")
_ASKS = re.compile(r"(?<!\bwould also )(?<!\bwould )\bask", re.I)


def recommending_blocks(blocks: list[Block], start: int = 0) -> list[Advising]:
    """Where the blocks from ``start`` on open a sentence by recommending (not the dictum on a whole bill): each
    block's index, the match, the sentence's run within its block and whether it ends there. Sentences that ask ("We
    ask the County Council to …") recommend where nothing says "recommend" (a consultation response); beside sentences
    that recommend, they are asides."""
    name = asking_name([b.text for b in blocks])  # (the body asking by a name of its own: "Brupartners vraagt …")
    found: list[Advising] = []
    for i in (i for i in range(start, len(blocks)) if may_recommend(blocks[i].text, name)):
        b = blocks[i]
        for m in recommending_sentences_in(b.text, name):
            if DICTUM.match(b.text, m.start()) or MANDATE.match(b.text, m.end()):
                continue  # the advice's verdict on the whole bill, or what it advises on, not a recommendation
            if lost(blocks, i):
                continue  # a motion put to the vote and lost: "Vote: 3-4.   FAILED."
            if POINTS_NAMED.search(_sentence_at(b.text, m.start())):
                continue  # its own points singled out: "… vraagt u in het bijzonder aandacht voor … vraag 1 en 4"
            if RESPONSE_ASKED.search(_sentence_at(b.text, m.start())):
                continue  # the response asked for: "We ask the trust to send us a provider action statement within …"
            found.append(_advising(i, b, m))
    found = sorted([*found, *_addressee_should(blocks, start, found)], key=lambda f: (f[0], f[1].start()))
    if any("recommend" in m.group(0).lower() for _, m, _, _ in found):
        return [f for f in found if not _ASKS.search(f[1].group(0))]
    return found


# the response itself asked for: "We ask the trust to send us a provider action statement within 20 working days",
# "Wij vragen u ons binnen drie maanden een plan van aanpak te sturen"
RESPONSE_ASKED = re.compile(
    r"\b(?:send|give|provide)\s+us\s+(?:an?|its|their|the|your)\s+(?:[\w-]+\s+){0,3}?(?:statement|plan|response|reply)\b"
    r"|\bons\s+(?:binnen\s+[\w\s]{1,30}?\s+)?(?:een|uw)\s+(?:plan van aanpak|actieplan|reactie)\s+te\s+"
    r"(?:sturen|zenden)\b",
    re.I,
)
# a sentence that singles out the advice's own points by their numbers: "… aandacht voor wat zij schrijft bij vraag 1
# en 4", "… priority to recommendations 2 and 5"
POINTS_NAMED = re.compile(
    r"\b(?:aandacht voor|priorit\w*|voorrang)\b[^.;]{0,80}\b(?:vraag|vragen|advies|adviezen|aanbeveling(?:en)?"
    r"|recommendations?|points?|punten|items?)\s+\d{1,2}\b"
    # (or by their subjects: "… in het bijzonder stil te staan bij de adviezen over de weerstandsratio en …")
    r"|\bstil\s+te\s+staan\s+bij\s+(?:de|het|ons|onze)\s+(?:adviezen|advies|aanbevelingen)\b"
    # (or the order they are to be heard in: "The Board asks that motions 2026-08 and 2026-12 be heard first")
    r"|\b(?:motions?|recommendations?|items?)\s+[\d-]{1,9}\s+(?:and|&)\s+[\d-]{1,9}\s+be\s+(?:heard|taken|considered)\b",
    re.I,
)


# a vote that lost the motion, on the line after it: "Moved: Brandt. Seconded: Whitfield.   Vote: 3-4.   FAILED."
LOST = re.compile(r"\b(?:FAILED|LOST|DEFEATED|NOT CARRIED|VERWORPEN|NIET AANGENOMEN)\b\.?\s*$")


def lost(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a motion the vote lost, at its end or on the line after it."""
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return bool(LOST.search(blocks[i].text)) or (
        after is not None and bool(LOST.search(after.text)) and len(after.text.split()) <= 16
    )


def _sentence_at(text: str, start: int) -> str:
    end = SENTENCE_END.search(text[start:])
    return text[start : start + end.end()] if end else text[start:]


def _advising(i: int, b: Block, m: re.Match[str]) -> Advising:
    """The sentence of block ``i`` that ``m`` opens: its run up to its end, and whether it ends in the block."""
    end = SENTENCE_END.search(b.text[m.start() :])
    run = b.run.slice(_lead_in(b, m.start()), m.start() + end.end() if end else len(b.text))
    return i, m, run.strip(), bool(end)


LEAD_IN_WORDS, LEAD_IN_MIN = 14, 4  # a bold lead-in is a title: this long at most, and at least


def _lead_in(b: Block, start: int) -> int:
    """Where the sentence that opens at ``start`` begins with its title: at the paragraph's opening where a bold
    lead-in sentence stands before it that asks in its turn ("**Open the hardship rebate to renters.** The Panel
    advises that …"; not a topic, "**Access and safety.** We ask that …")."""
    from weerwoord.core.analysis.requests import opens_with_verb  # (requests reads this module)

    before = b.text[:start].strip()
    lead = next((e for s, e in b.bold_spans if s == 0), 0)
    if (
        start
        and lead >= len(before)
        and before[-1:] == "."
        and len(before.split()) >= LEAD_IN_MIN  # (not a label: "Beoordeling.")
        and not SENTENCE_END.search(before[:-1])
        and len(before.split()) <= LEAD_IN_WORDS
        and opens_with_verb(before)
    ):
        return 0
    return start


# whom the advice asks, by the word after its verb: "The Committee urges the airport to …", "invites the airport to"
ADDRESSEE = re.compile(
    r"\b(?:urges?|invites?|asks?|like|calls? (?:on|upon)|encourages?)\s+the\s+([a-z][\w-]+)\s+to\b"
    # (or the one it recommends should act: "The Panel recommends that the Trust adopt …")
    r"|\brecommends?\s+that\s+the\s+([a-z][\w-]+)\s+(?!should\b|must\b|is\b|are\b|has\b|have\b|will\b)[a-z]+\b",
    re.I,
)
ADDRESSED = 2  # as often as this, the word is whom the advice asks


def _addressee_should(blocks: list[Block], start: int, found: list[Advising]) -> list[Advising]:
    """The sentences that say what the one the advice asks should do ("The airport should fine airlines for …"), where
    its recommending sentences ask that one twice or more; not what it should have done. And, in a paragraph that
    recommends, what it says should be done in other words (see :func:`_in_other_words`)."""
    asked = Counter((m.group(1) or m.group(2)).lower() for _, _, run, _ in found for m in ADDRESSEE.finditer(run.text))
    who = "|".join(map(re.escape, (w for w, n in asked.items() if n >= ADDRESSED)))
    should = re.compile(rf"the\s+(?:{who})\s+should\s+(?!have\b|not\b|be\s+aware\b)", re.I) if who else None
    # ("…, and it would be prudent for the Trust to recruit …")
    prudent = (
        re.compile(rf"\bit\s+would\s+be\s+(?:prudent|advisable|wise|sensible)\s+for\s+the\s+(?:{who})\s+to\b", re.I)
        if who
        else None
    )
    recommending = {f[0] for f in found}
    out: list[Advising] = []
    for i in range(start, len(blocks)):
        if should is None and i not in recommending:
            continue
        b = blocks[i]
        starts = [0, *(m.end() for m in SENTENCE_START.finditer(b.text))]
        for k, pos in enumerate(starts):
            m = should.match(b.text, pos) if should else None
            if m is None and i in recommending:
                end = starts[k + 1] if k + 1 < len(starts) else len(b.text)
                # (not one that goes on about the recommendation right before it: "De raad beveelt aan om in 2028 een
                # … evaluatie te laten uitvoeren. De resultaten zouden tijdig beschikbaar moeten zijn …")
                follows = k > 0 and any(f[0] == i and starts[k - 1] <= f[1].start() < pos for f in found)
                m = _in_other_words(b.text, pos, end, bool(who), follows) or (
                    prudent.search(b.text, pos, end) if prudent else None
                )
            if m and not any(f[0] == i and f[1].start() <= m.start() < f[1].start() + len(f[2].text) for f in found):
                out.append(_advising(i, b, m))
    return out


def _in_other_words(text: str, pos: int, end: int, addressed: bool, follows: bool) -> re.Match[str] | None:
    """A sentence of a paragraph that recommends which says in other words what should be done: "A documentation plan
    … should be written …" (where the advice asks one addressee twice or more), "De stad zou zulke huurders voorrang
    moeten geven"."""
    if addressed and (m := PASSIVE_SHOULD.match(text, pos, end)):
        return m
    return None if follows else ZOU_MOETEN.match(text, pos, end)


# what someone should do, in Dutch: "De stad zou zulke huurders voorrang moeten geven" (not what should have been)
ZOU_MOETEN = re.compile(
    # (its subject or an adverb first, a main clause: not what others think should be, "X vinden dat … zouden moeten")
    r"(?-i:[A-Z])[\w'-]*\s+(?:(?!dat\b|die\b|als\b|of\b|wat\b)[\w'-]+\s+){0,3}?zou(?:den)?\s+(?:[\w-]+\s+){0,8}?"
    r"moeten\s+(?!hebben\b)[a-z]",
    re.I,
)


# what should be done, said in the passive: "Step-free access to that gallery should be provided through …" (not
# what should be borne in mind, nor a quotation)
PASSIVE_SHOULD = re.compile(
    r"(?-i:[A-Z])[^,.;:!?\"“”‘’']{3,160}?\bshould\s+be\s+(?!aware\b|able\b|noted\b|borne\b|recognised\b|recognized\b)"
    r"[a-z]+(?:ed|en|wn|ne)\b",
    re.I,
)


MARKED_FINDING = re.compile(
    r"^(?:vaststelling|bevinding|constatering|conclusie|finding|observation|conclusion)\s*[.:]", re.I
)
MARKED_ADVICE = re.compile(r"^(?:advies|aanbeveling|recommendation|advice)\s*[.:]", re.I)


def marked_kind(text: str) -> str | None:
    """What a point says it is by its label: "finding" ("Vaststelling. …"), "advice" ("Advies. …"), or None."""
    return "finding" if MARKED_FINDING.match(text) else "advice" if MARKED_ADVICE.match(text) else None
