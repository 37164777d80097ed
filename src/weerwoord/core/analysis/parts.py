"""Which part of a shared reply is whose: when one section answers two recommendations, the sentences and
paragraphs about each.

A sentence that names recommendations ("Aanbeveling 3 neemt het kabinet niet over") belongs to those it names,
and the sentences after it in its paragraph follow it until another names others; in a reply that names none of
them, each paragraph belongs to the recommendation it is clearly closest to by content. What belongs to no one
in particular (an opening that speaks of both) belongs to all.
"""

from __future__ import annotations

import re

from weerwoord.core.analysis import likeness, stance
from weerwoord.core.analysis.ordinals import ORDINAL_PAIR, ORDINALS
from weerwoord.core.analysis.sharing import following_topics, opens_on
from weerwoord.core.analysis.spans import PARAGRAPH_END, sentence_of, sentence_spans, spans_between
from weerwoord.core.analysis.spans import decision_sentences as _sentences
from weerwoord.core.analysis.subjects import TOPIC_OPENING, fits, fitted_subjects, heading_subjects, heads
from weerwoord.core.model import Mark


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Every paragraph of a reply's text as (start, end), split at blank lines (empty ones too)."""
    return spans_between(text, PARAGRAPH_END)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a reply's text that hold any text, as (start, end)."""
    return [(a, b) for a, b in paragraph_spans(text) if text[a:b].strip()]


def owned(text: str, candidates: list[str], lone: bool = False) -> list[tuple[int, int, int | None]]:
    """The stretches of a shared reply, each with the candidate it is clearly about by its content (or None): its
    paragraphs, or the sentences of a reply that is one paragraph ("Uw beide aanbevelingen neem ik over. … Voor de
    toets vooraf kies ik een andere grens …"); a sentence has few words, so it must be about one far more clearly
    than a paragraph. A reply of one stretch is about none in particular. ``lone``: a sentence that shares words with
    one alone, if few, is about that one (to judge a reply shared between them, not to link one: a word in common is
    too little to say a section answers a recommendation)."""
    if one_paragraph(text):
        sentences = _sentences(text, 0, len(text))
        if len(sentences) < 2:
            return [(a, b, None) for a, b in sentences]
        return _pointing_back(text, _sentence_owners(text, sentences, candidates, lone))
    spans = paragraphs(text)
    if len(spans) < 2:
        return [(a, b, None) for a, b in spans]
    found = likeness.closest([text[a:b] for a, b in spans], candidates)
    out: list[tuple[int, int, int | None]] = []
    for (a, b), o in zip(spans, found, strict=True):
        if _SEVERAL.search(text[a:b]) or ORDINAL_PAIR.search(text[a:b]) or o is None:
            # a paragraph that speaks of them together: "I accept … the recommendations on advice to investigators
            # and on monitoring orders", "Over de tweede en de vierde aanbeveling het volgende."; or of none clearly,
            # whose sentences may each speak of one ("Cabinet did not support the proposal that … be ring-fenced … .
            # However, Cabinet approved that all … be required to publish their water losses every quarter …")
            out.extend(_by_sentences(text, a, b, candidates, lone))
        else:
            out.extend(_split_paragraph(text, a, b, o, candidates, lone))
    # (a sentence that announces what follows is about what follows: "Wel komen wij de klankbordgroep tegemoet:")
    nexts = [o for _, _, o in out[1:]] + [None]
    return [
        (a, b, n if o is None and text[a:b].rstrip().endswith(":") else o)
        for (a, b, o), n in zip(out, nexts, strict=True)
    ]


# a sentence has few words: it must be about one recommendation far more clearly than a paragraph
SENTENCE_MARGIN, SENTENCE_FLOOR = 2.0, 0.08
LEANING_MARGIN = 1.25  # closer to one by this much, beside a sentence clearly about it
# a sentence of this many words or more that shares words with one candidate alone (the others score nothing)
LONE_MARGIN, LONE_FLOOR, LONE_WORDS, LONE_TERM = 1e6, 0.045, 8, 6
LONE_PAIR_TERM = 5  # two shared words of this length or more
LEFT_MARGIN, LEFT_FLOOR = 5.0, 0.02  # the one no sentence is about: a sentence far closer to it than to the others
PART_TERM = 6  # a stem this long, whole or inside a compound ("system" in "kassasystem"), to give a sentence to one


def _sentence_owners(
    text: str, sentences: list[tuple[int, int]], candidates: list[str], lone: bool = False
) -> list[tuple[tuple[int, int], int | None]]:
    """Each sentence with the candidate it is clearly about by its content, or None; a sentence that opens on its
    topic ("As regards public service contracts, …") is about the one alone that topic's words are about."""
    texts = [text[x:y] for x, y in sentences]
    found = likeness.closest(texts, candidates, SENTENCE_MARGIN, SENTENCE_FLOOR)
    if None in found and len(set(found) - {None}) >= 2:
        # (a sentence closer to one, if not clearly, beside a sentence clearly about that one is about it too: "We
        # have considered a kerbside collection carefully, but we do not accept it: … in a large area …. Instead,
        # staff will collect bags …")
        leaning = likeness.closest(texts, candidates, LEANING_MARGIN, SENTENCE_FLOOR)
        clear = list(found)
        for k, o in enumerate(leaning):
            beside = {clear[j] for j in (k - 1, k + 1) if 0 <= j < len(clear)}
            if clear[k] is None and o is not None and o in beside:
                found[k] = o
    clear_owners = set(found) - {None}
    if None in found and lone and len(candidates) == len(clear_owners) + 1:
        # (to judge, not to link: a sentence closer to the one no sentence is clearly about, where each other one has
        # its own: "The Council cannot commit a fixed share … but the scheme will list toilets, car parks and paths
        # as priorities for spending. An audited annual statement will be published each September …")
        leaning = likeness.closest(texts, candidates, LEANING_MARGIN, SENTENCE_FLOOR)
        for k, o in enumerate(leaning):
            if found[k] is None and o is not None and o not in clear_owners:
                found[k] = o
    if None in found and lone:
        # (a sentence that shares words with one alone, if few, is about that one: "De bewaartermijn van de
        # camerabeelden is landelijk geregeld …" beside the airing court reopened; not the opening one, which may
        # speak for all: "Het kabinet deelt de opvatting dat natuurherstel een steviger basis nodig heeft.")
        # (by a word of some length, not "zorg" in "deelt de zorg … maar niet de conclusie")
        alone = likeness.closest(texts, candidates, LONE_MARGIN, LONE_FLOOR)
        for k, a in enumerate(alone):
            # (the opening one too when the sentence after it is clearly about the same: "We agree that members
            # need more time to read papers. From the June meeting papers will go out …. On staffing, …")
            opening_of = k == 0 and len(found) > 1 and found[1] == a
            if found[k] is None and a is not None and (k > 0 or opening_of) and len(texts[k].split()) >= LONE_WORDS:
                common = set(likeness.terms(texts[k])) & set(likeness.terms(candidates[a]))
                # (or by two words: "members" and "papers")
                long_enough = sum(len(t) >= LONE_PAIR_TERM for t in common) >= 2
                found[k] = a if any(len(t) >= LONE_TERM for t in common) or long_enough else None
    left = set(range(len(candidates))) - set(found)
    if None in found and lone and len(left) == 1 and len(candidates) >= 2:
        # (a sentence that shares words with the one no sentence is about, and next to none with the others, is that
        # one's, by a part of a compound too: "Een nieuw kassasysteem kopen wij niet" beside the cash desk's duties
        # given to another, where one asked to separate those duties and the other to replace the "kassasoftware")
        # (after the sentences about the others, not between them; not where a sentence about one names them together,
        # "In het derde spoor bepleit de raad een overheveling … (aanbevelingen 3a en 3b). Het kabinet deelt de zorg
        # … over de versnippering …" speaks for both)
        (last,) = left
        weak = likeness.closest(texts, candidates, LEFT_MARGIN, LEFT_FLOOR)
        owned = [k for k, o in enumerate(found) if o is not None]
        after = max(owned, default=len(texts))
        # (a title alone may name them: "Aanbevelingen III en VI.")
        together = any(_SEVERAL.search(texts[k]) for k in owned)
        for k, o in enumerate(weak):
            if found[k] is None and o == last and not together and len(texts[k].split()) >= LONE_WORDS:
                # (by a word of some length, whole or in a compound, or by two words: not "zorg" alone in "deelt de
                # zorg van de raad"; "school", "pool" and "time" in "… more school pool time to Activa …")
                mine, theirs = set(likeness.terms(texts[k])), set(likeness.terms(candidates[o]))
                long = [t for t in theirs if len(t) >= PART_TERM]
                two = len(mine & theirs) >= 2
                # (the opening one before them only by a name of its own, no other's word: "Het managementteam stelt
                # niet voor De Wingerd af te stoten …. Wel wordt een meerjarig onderhoudsplan … opgemaakt"; not by a
                # word: "Het kabinet deelt de opvatting dat natuurherstel een steviger basis nodig heeft" is all's)
                others = {t for c, text in enumerate(candidates) if c != o for t in likeness.terms(text)}
                named = {t for w in _NAME.findall(texts[k]) for t in likeness.terms(w)}
                # (or by two words of its own: "The boiler controls were fitted …" before the solar array refused)
                opening = k < min(owned, default=0) and not mine & others and (bool(named & theirs) or two)
                fitting = two or any(t == m or t in m for t in long for m in mine)
                # (or before the others' when theirs opens on its topic: "A single campaign has attractions, and we
                # will explore …. On data, we will publish monthly figures …")
                turned = k < min(owned, default=0) and _topic(texts[min(owned)].strip()) is not None
                found[k] = o if fitting and (k > after or opening or turned) else None
    if None in found and lone:
        # (or the figures of one alone, beside a word of it: "De wedstrijd inkorten tot 10 ronden doen wij niet" where
        # one asked "Beperk het aantal ronden van 12 naar 10" and the other spoke of no figure)
        figures = [set(FIGURE.findall(c)) for c in candidates]
        for k, t in enumerate(texts):
            own = set(FIGURE.findall(t))
            having = [c for c, f in enumerate(figures) if own & f]
            if (
                found[k] is None
                and len(having) == 1
                and set(likeness.terms(t)) & set(likeness.terms(candidates[having[0]]))
            ):
                found[k] = having[0]
    if None in found and lone:
        # (a sentence between two about the same one is about it too: "Sound and enforcement. The administration is
        # not prepared to allow amplification at the level proposed. Eighty decibels is above …")
        for k in range(1, len(found) - 1):
            if found[k] is None and found[k - 1] is not None and found[k - 1] == found[k + 1]:
                found[k] = found[k - 1]
    topics = [(k, _topic(text[x:y].strip())) for k, (x, y) in enumerate(sentences)]
    if any(m for _, m in topics):
        wording = [set(likeness.terms(t)) for t in candidates]  # (each candidate's terms, once)
        for k, m in topics:
            topic = set(likeness.terms(m.group(1))) if m else set()
            # (the one that has most of the topic's words: "On second marking …" is about "Second marking should
            # be recorded …", not "… a marking rubric …")
            most = max((len(topic & words) for words in wording), default=0)
            fits = [c for c, words in enumerate(wording) if most and len(topic & words) == most]
            found[k] = fits[0] if len(fits) == 1 else found[k]
        if lone:  # ("On the payments to Penrock Marine Services, …. We have issued a claim for …")
            found = following_topics(found, [m is not None for _, m in topics])
    return list(zip(sentences, found, strict=True))


FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")  # "10", "18.00", "2,5"; not a part of "M6", "2026-27"

# a topic run into the sentence without a comma: "On second marking we have taken a different view"
TOPIC_RUN_ON = re.compile(
    r"^(?:on|as regards|regarding|concerning|wat betreft|over)\s+([^,.:;]{3,50}?)\s+"
    r"(?:we|i|the|it|this|they|wij|ik|het|de|dit|zij)\s+(?:have|has|had|will|would|are|is|do|does|did|can|cannot|"
    r"hebben|heeft|zullen|zal|zijn|is|kunnen|kan)\b",
    re.I,
)


def _topic(sentence: str) -> re.Match[str] | None:
    """The topic a sentence opens on ("As regards public service contracts, …", "On second marking we have …")."""
    return TOPIC_OPENING.match(sentence) or TOPIC_RUN_ON.match(sentence)


def _by_sentences(
    text: str, a: int, b: int, candidates: list[str], lone: bool = False
) -> list[tuple[int, int, int | None]]:
    """A paragraph that names them together ("On Recommendations 6 and 7, councils will be able to spread the
    set-up costs … . The Government does not support a separate transition fund."): its sentences, each with the
    one it is clearly about, where they are about two of them; else the paragraph is everyone's."""
    sentences = _sentences(text, a, b)
    owners = _sentence_owners(text, sentences, candidates, lone) if len(sentences) >= 2 else []
    if len({o for _, o in owners if o is not None}) < 2:
        return [(a, b, None)]
    return _pointing_back(text, owners)


BACK_WORDS = 8  # a verdict this short that points back says no more than that
_DIT = re.compile(
    r"\s*(?:dit|dat|deze|this|that)\s+(?:advies|aanbeveling|onderdeel|deel|voorstel|recommendation|part)\b", re.I
)


def _pointing_back(text: str, found: list[tuple[tuple[int, int], int | None]]) -> list[tuple[int, int, int | None]]:
    """A sentence that points back ("Dit onderdeel nemen wij daarom niet over", "This is therefore declined") is
    about what the sentence before it was about."""
    out: list[tuple[int, int, int | None]] = []
    last = None
    for k, ((a, b), o) in enumerate(found):
        # (those just named, right after a sentence clearly about one: "… and we do not plan to test with them")
        near = k > 0 and found[k - 1][1] is not None and _THEM.search(text[a:b]) is not None
        if o is None and last is not None and (_points_back(text[a:b]) or near or _closes_on(text, found, k)):
            o = last
        elif o is not None and last is not None and len(text[a:b].split()) <= BACK_WORDS and _DIT.match(text[a:b]):
            o = last  # (a short verdict on "this advice" is on the one just before: "Dit advies nemen wij niet over.")
        last = o if o is not None else last
        out.append((a, b, o))
    return out


def _split_paragraph(
    text: str, a: int, b: int, owner: int, candidates: list[str], lone: bool = False
) -> list[tuple[int, int, int | None]]:
    """A paragraph closest to one recommendation that opens on another's subject ("The flexibilities … do not
    change the 2030 end date. The Government will not reopen the mandate trajectory. … We will publish a rural
    chargepoint delivery plan …"): its sentences, each with the one it is clearly about; a sentence about neither
    follows the one before when it points back, else it is everyone's."""
    sentences = _sentences(text, a, b)
    if len(sentences) < 2:
        return [(a, b, owner)]
    owners = _sentence_owners(text, sentences, candidates, lone)
    found = [o for _, o in owners]
    # (a paragraph that opens on its own subject and later touches another's words stays whole: "On reporting to
    # parents, … . We will draw the Council's advice to the attention of schools in the new guidance, but …")
    if found[0] == owner and any(o is not None and o != owner and found.count(o) >= 2 for o in found):
        # (unless two or more of its sentences are clearly another's: "The main pedestrian route has been realigned
        # … . The central parking courts are retained. … The courts have instead been broken up with trees …")
        return _pointing_back(text, owners)
    # (or, to judge, where one opens on another's own words: "Het onderhoud van de steigers leggen wij …")
    others = [(text[c:d], candidates[o]) for (c, d), o in owners if o is not None and o != owner]
    if lone and found[0] == owner and any(opens_on(t, theirs, candidates[owner]) for t, theirs in others):
        return _pointing_back(text, owners)
    # (or turns to it by a word that adds: "Ook de halfjaarlijkse rapportage per gemeente … zeggen wij toe")
    if lone and found[0] == owner and any(_ADDING.match(t.strip()) for t, _theirs in others):
        return _pointing_back(text, owners)
    if found[0] is None or found[0] == owner or owner not in found:
        return [(a, b, owner)]
    return _pointing_back(text, owners)


_ADDING = re.compile(r"(?:ook|daarnaast|verder|voorts|tevens|also|in addition|furthermore|moreover)\b", re.I)


def one_paragraph(text: str) -> bool:
    """Whether a reply is one paragraph, its parts then being its sentences (a stray heading line or a running
    title, under eight words, is no paragraph)."""
    return len([1 for a, b in paragraphs(text) if len(text[a:b].split()) >= 8]) < 2


# a sentence that takes up what was just said: "Dit onderdeel …", "This …", "… daarom …", "… therefore …", "Uw
# tekening voorziet daarin"
_BACK = re.compile(
    r"^(?:dit|deze|dat|die|this|that|these|those|it)\b|\b(?:daarom|therefore|hence|daarin|daarmee|daaraan|daarop"
    # ("We are not persuaded that this is needed and do not propose to adopt it")
    r"|(?:that|dat)\s+(?:this|it|dit|het)\s+(?:is|was|wordt|would|zou)\b|(?:adopt|accept|implement|follow) it\b"
    r"|daarvoor|hierin|hiermee|hieraan|hierop|hiervoor|of (?:this|that) kind|such an?|van (?:die|deze) aard|zo'n"
    # (a pronoun adverb split around its verb: "Wij gaan daar dus niet op in")
    r"|daar (?:\w+ ){0,5}(?:op|in|aan|mee|voor|over|van|bij|naar|uit|tegen)(?= in\b| mee\b| \w+en\b|[.!?])"
    # ("… does not consider it appropriate to rezone these lands"; not "… incentive grants to those that choose …")
    r"|(?:these|those) (?!recommendations|that|who|which|whose|where|of|in|with|for|at|on)\w+"
    # (the one recommendation, after a sentence about one of two: "… camerabeelden … niet zelfstandig verlengen. Ik
    # heb uw aanbeveling voorgelegd aan …")
    r"|(?:uw|your)\s+(?:aanbeveling|recommendation))\b",
    re.I,
)
_THEM = re.compile(r"\b(?:them|hen)\b", re.I)
# ("each" of them, not "each notice")
_BOTH = re.compile(r"\b(?:beide|allebei|both|each(?=\s+(?:of|one|recommendation)\b|\s*[.,;]))\b", re.I)
# a stretch that speaks of the recommendations together is about all of them
_SEVERAL = re.compile(r"\b(?:beide|allebei|both|recommendations|aanbevelingen)\b", re.I)


def _closes_on(text: str, found: list[tuple[tuple[int, int], int | None]], k: int) -> bool:
    """Whether sentence ``k`` is the last and names an abbreviation the one right before it, which has an owner,
    names too: "… De RIA bevat al een thema …. De regering kiest er wel voor de handleiding bij de RIA te
    actualiseren."."""
    if k == 0 or k != len(found) - 1 or found[k - 1][1] is None:
        return False
    (a, b), ((x, y), _owner) = found[k][0], found[k - 1]
    return bool(_abbreviations(text[a:b]) & _abbreviations(text[x:y]))


def _abbreviations(sentence: str) -> set[str]:
    """The abbreviations a sentence names ("RIA")."""
    return set(re.findall(r"\b(?-i:[A-Z]{2,6})\b", sentence))


def _points_back(sentence: str) -> bool:
    return bool(_BACK.search(sentence.strip())) and not _BOTH.search(sentence)


def own_parts(
    text: str, number: str, others: list[str], mine: str, theirs: list[str], heading: str | None = None
) -> list[tuple[int, int]]:
    """The stretches of ``text`` about recommendation ``number`` (and those about all of them), merged. Where the
    ``heading`` names a subject for each ("Aanbevelingen II en VI - hulpverlening en sluitingstijden"), a sentence
    is about the one whose subject it speaks of: where its content says none, by a word of the subject; over its
    content, by two."""
    me = number.lower()
    numbers = [me, *(o.lower() for o in others)]
    everyone = frozenset(numbers)
    by_place = _by_ordinal(text, number, others)
    if by_place is not None:
        owners = by_place
    elif stance.names_recommendations(text, everyone) and _one_by_one(named := _by_naming(text, number, others)):
        owners = _unnamed_by_content(text, named, numbers, [mine, *theirs])
    else:
        # (named all together, "De aanbevelingen V en VI zijn gericht aan …", or not at all: by content; a stretch
        # that names them together is all of theirs: "The Board adopts Recommendations M-1 and S-1.")
        owners = [
            (
                a,
                b,
                None
                if who is None or len(stance._named(text[a:b], everyone) & everyone) > 1
                else ({me} if who == {"me"} else who),
            )
            for a, b, who in _by_content(text, mine, theirs)
        ]
    subjects = heading_subjects(heading, [number, *others])
    # (or, without numbers, the subject that fits each: a sentence that speaks of one of them alone is its own, by a
    # word of it: "Lumen limits and signs" over "… Staff do not recommend a mandatory overnight sign shut-off")
    fitted = (
        fitted_subjects(heading, dict(zip([number, *others], [mine, *theirs], strict=True)))
        if not subjects and len(others) == len(theirs)
        else {}
    )
    subjects = subjects or fitted
    if subjects:
        # (sentence by sentence: the subject the heading gives a number decides over the words a sentence shares with
        # the others, "Staff do not recommend a night cap …; the permit data will show first whether a cap is
        # needed" is the cap's)
        # (over what its content says only by two words of the subject at least, not by a part of a compound:
        # "buurtsporttoestellen" is no "buurtfeesten")
        # (a title run in is no sentence's subject: "Rent and fires, recommendations (a) and (b): the rent …")
        title = (heading or "")[: (heading or "").find(":") + 1]
        owners = [
            (
                x,
                y,
                _by_subject(
                    _untitled(text[x:y], title), subjects, 1 if who is None or fitted else 2, exact=bool(fitted)
                )
                or who,
            )
            for a, b, who in owners
            for x, y in (_sentences(text, a, b) or [(a, b)])
        ]
    spans = [(a, b) for a, b, who in owners if who is None or me in who]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and text[merged[-1][1] : a].strip() == "":
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


# a sentence that takes up one of the recommendations by its place among those the reply answers: "The first, that
# every search be logged …", "The second, …", "Het tweede advies …", "As regards the second, …"
_PLACE = re.compile(
    r"^(?:(?:as regards|as for|on|turning to|wat betreft|ten aanzien van)\s+)?(?:the|de|het)\s+"
    r"(first|second|third|fourth|eerste|tweede|derde|vierde)\b(?!\s+(?:time|keer|step|stap|phase|fase|deel|onderdeel|part|element|aspect|half|helft)\b)",
    re.I,
)


def by_place(text: str, number: str, others: list[str]) -> bool:
    """Whether a shared reply takes up its recommendations by their places ("The first, … The second, …")."""
    return _by_ordinal(text, number, others) is not None


def _by_ordinal(text: str, number: str, others: list[str]) -> list[tuple[int, int, set[str] | None]] | None:
    """The sentences of a reply to two or more recommendations that takes them up by their places ("The first, …
    The second, …"), each with the one it is about, in the order of their numbers; None when it does not."""
    from weerwoord.core.analysis.structure import _value

    everyone = sorted({number.lower(), *(o.lower() for o in others)}, key=_value)
    spans = [(a, b) for a, b in sentence_spans(text) if text[a:b].strip()]
    places = [_PLACE.match(text[a:b].strip()) for a, b in spans]
    taken = {m.group(1).lower() for m in places if m}
    if len(taken) < 2 or any(int(ORDINALS[p]) > len(everyone) for p in taken):
        return None
    out: list[tuple[int, int, set[str] | None]] = []
    current: set[str] | None = None
    for (a, b), m in zip(spans, places, strict=True):
        if m:
            current = {everyone[int(ORDINALS[m.group(1).lower()]) - 1]}
        elif text[out[-1][1] if out else a : a].count("\n\n") and not _points_back(text[a:b]):
            current = None  # a new paragraph that does not take up the last one speaks of them all
        out.append((a, b, current))
    return out


def _one_by_one(owners: list[tuple[int, int, set[str] | None]]) -> bool:
    """Whether naming tells some stretch apart as one recommendation's (not all of them together, throughout)."""
    return any(who is not None and len(who) == 1 for _, _, who in owners)


def _by_naming(text: str, number: str, others: list[str]) -> list[tuple[int, int, set[str] | None]]:
    everyone = frozenset({number.lower(), *(o.lower() for o in others)})
    out: list[tuple[int, int, set[str] | None]] = []
    titled: set[str] | None = None  # (named by a field's name on the line before: "Decision on 26-05")
    for p0, p1 in paragraphs(text):
        current, titled = titled, None
        mine: list[tuple[int, int, set[str] | None]] = []
        spans = [(x - p0, y - p0) for x, y in _sentences(text, p0, p1)]  # (and "…; and City Council …" apart)
        for s0, s1 in _at_ref_colons(text[p0:p1], spans):
            named = stance._named(text[p0 + s0 : p0 + s1], everyone) & everyone
            if named:
                current = named
            mine.append((p0 + s0, p0 + s1, current))
        said = {frozenset(who) for _, _, who in mine if who}
        if len(said) == 1:
            # a paragraph that names one of them alone is all about it, also before it names it ("Cabinet agreed
            # that no further drawdowns will be made … . This recommendation (R3) is accepted."); not a decision of
            # its own before it ("… to make rooms available …; and City Council not adopt Recommendation 3 …")
            (who,) = said
            first = next(k for k, (_, _, w) in enumerate(mine) if w)
            own = max((k for k in range(1, first + 1) if text[mine[k][0] - 1 : mine[k][0]] == ";"), default=0)
            # (nor where it takes up its number as a new subject: "… was approved …. On 5.6, the timing of …")
            own = first if stance.TAKEN_UP.match(text, mine[first][0], mine[first][1]) else own
            mine = [(a, b, set(who) if k >= own else w) for k, (a, b, w) in enumerate(mine)]
            titled = set(who) if len(text[p0:p1].split()) <= 5 and text[p0:p1].rstrip()[-1:] != "." else None
        out.extend(mine)
    return out


# where a sentence that opens with a lower-case reference begins: "a: overnemen. e: niet overnemen."
_REF_COLON_CUT = re.compile(rf"(?<=[.;!?])\s+(?=(?:{stance.REF_BEFORE_COLON}|\d{{1,3}}):\s)")


_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Ý][a-zà-ÿ]{3,}")  # a capital word within a sentence: a name
_STATUS_OPENING = re.compile(r"\s*\d{1,3}:\s+[A-Za-z]")
_STATUS_CUT = re.compile(r"(?<=[a-z])\s+(?=\d{1,3}:\s+[A-Za-z])")


def _at_ref_colons(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans, cut where a sentence opens with a reference and a colon ("e: niet overnemen."), which a
    sentence splitter that waits for a capital letter runs on over."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        cuts = [m.end() for m in _REF_COLON_CUT.finditer(text, a, b)]
        # (and a status line that gives each its own, run on: "3: Not proceeding 4: Funded")
        if _STATUS_OPENING.match(text, a):
            cuts = sorted({*cuts, *(m.end() for m in _STATUS_CUT.finditer(text, a, b))})
        for x, y in zip([a, *cuts], [*cuts, b], strict=True):
            out.append((x, y))
    return out


def _unnamed_by_content(
    text: str, owners: list[tuple[int, int, set[str] | None]], numbers: list[str], texts: list[str]
) -> list[tuple[int, int, set[str] | None]]:
    """Paragraphs no sentence of which names any of them, where others are named ("Call bells (recommendation 2).
    …" between "Dementia training. …" and "Visiting. …"): each goes to the one named nowhere it is clearly closest
    to by content, else stays everyone's."""
    named = {n for _, _, who in owners if who for n in who}
    left = [k for k, n in enumerate(numbers) if n not in named]
    out = list(owners)
    for p0, p1 in paragraphs(text):
        inside = [k for k, (a, _, _) in enumerate(out) if p0 <= a < p1]
        if not inside or any(out[k][2] is not None for k in inside):
            continue
        if not left:
            # (each named on its own elsewhere, in a status line, "3: Not proceeding 4: Funded": its sentences, each
            # the one's it is clearly about)
            for a, b, o in owned(text[p0:p1], texts):
                for k in inside:
                    if o is not None and p0 + a <= out[k][0] < p0 + b:
                        out[k] = (out[k][0], out[k][1], {numbers[o]})
            continue
        # (the one named nowhere, where the paragraph is closer to it than to those named)
        (best,) = likeness.closest([text[p0:p1]], texts)
        if best is not None and best in left:
            for k in inside:
                out[k] = (out[k][0], out[k][1], {numbers[best]})
    return out


def _untitled(stretch: str, title: str) -> str:
    """A sentence without the title run in before it, and without the reasons after its colon ("Staff do not
    recommend a mandatory overnight sign shut-off: … a content-neutral brightness limit …" is about the signs)."""
    said = stretch.lstrip()[len(title) :] if title and stretch.lstrip().startswith(title) else stretch
    head, colon, _ = said.partition(": ")
    return head if colon and len(head.split()) >= 4 else said


def _whole_word(subject: str, stretch: str) -> bool:
    """Whether a subject of one long word stands in a stretch, but for its ending ("datamigratie")."""
    named = [w for w in likeness.WORD.findall(subject.lower()) if len(w) >= 3]
    if len(named) != 1 or len(named[0]) < 7:
        return False
    stem = named[0][: len(named[0]) - 2]
    return any(w.startswith(stem) for w in likeness.WORD.findall(stretch.lower()))


def _by_subject(stretch: str, subjects: dict[str, str], least: int = 1, exact: bool = False) -> set[str] | None:
    """The number whose subject a stretch speaks of ("Vervroeging van de sluitingstijd …" of "sluitingstijden"),
    where it speaks of one alone or of one by more words (``least`` of them at least); ``exact``: by a whole word
    of the subject, not a part of a compound ("transport" is no "Transportduur")."""
    if exact:
        said_terms = set(likeness.terms(stretch))
        speaks = [n for n, subject in subjects.items() if set(likeness.terms(subject)) & said_terms]
    else:
        speaks = [n for n, subject in subjects.items() if fits(subject, stretch)]
    if least > 1:
        if len(speaks) > 1:
            # (over its content, not where it speaks of the others' subjects too: "… letters be sent to the families
            # of all benches more than ten years old, offering … the return of the plaque")
            return None
        # (a subject of one word, by that word nearly whole: "datamigratie", not "buurt…" of "buurtfeesten")
        said = heads(stretch)
        speaks = [n for n in speaks if len(said & heads(subjects[n])) >= least or _whole_word(subjects[n], stretch)]
    if len(speaks) > 1:
        # (the one whose subject it says more words of: "a night cap … whether a cap is needed" beside "data")
        said, named = heads(stretch), {n: heads(subjects[n]) for n in speaks}
        counts = {n: len(said & named[n]) for n in speaks}
        most = max(counts.values())
        speaks = [n for n in speaks if counts[n] == most]
    return {speaks[0].lower()} if len(speaks) == 1 else None


def _by_content(text: str, mine: str, theirs: list[str]) -> list[tuple[int, int, set[str] | None]]:
    labels = ["me", *(f"other{k}" for k in range(len(theirs)))]
    return [(a, b, None if o is None else {labels[o]}) for a, b, o in owned(text, [mine, *theirs], lone=True)]


def for_recommendation(marks: list[Mark], text: str, number: str, others: list[str]) -> list[Mark]:
    """The marks of a shared reply that concern recommendation ``number``: a sentence naming only other
    recommendations ("Aanbeveling 3 neemt het kabinet niet over") is about those; so is a sentence naming none
    in a paragraph that names only others ("(b) The Commission partially accepts recommendation 1(b). It does
    not accept a fixed share …")."""
    sentences = sentence_spans(text)
    kept = []
    mine = number.lower()
    theirs = {o.lower() for o in others}
    everyone = frozenset({mine, *theirs})
    for m in marks:
        s0, s1 = sentence_of(sentences, m.start)
        # the clause first ("We accept recommendations 10 and 11 | but not recommendation 12"), then the sentence
        breaks = [x.start() for x in CLAUSE_BREAK.finditer(text, s0, s1)]
        c0 = max([s0, *(x for x in breaks if x <= m.start)])
        c1 = min([s1, *(x for x in breaks if x > m.start)])
        p0 = text.rfind("\n\n", 0, m.start) + 1
        p1 = text.find("\n\n", m.start)
        listed = (c0, c1) != (s0, s1) and not CONTRAST_BREAK.match(text, c1) and not CONTRAST_BREAK.match(text, c0)
        if listed and not stance._named(text[c0:c1], everyone) and mine in stance._named(text[s0:s1], everyone):
            # a clause naming none beside one naming this one, which says its own verdict: the unnamed clause is
            # about another ("het DVB neemt kennis van de stand van zaken …; aanbeveling 5 wordt niet overgenomen")
            continue
        for a, b in ((c0, c1), (s0, s1), (p0, len(text) if p1 < 0 else p1)):
            named = stance._named(text[a:b], everyone)
            if named:
                break
        if named and mine not in named and named & theirs:
            continue
        kept.append(m)
    return kept


_CONTRAST = r",?\s+(?:but|maar|whereas|terwijl)\s+"
CONTRAST_BREAK = re.compile(_CONTRAST, re.I)
# a clause ends at a contrast, a semicolon, or a comma before another recommendation named ("Besluit: aanbeveling 2
# wordt deels overgenomen, aanbeveling 3 wordt overgenomen.")
CLAUSE_BREAK = re.compile(
    rf"{_CONTRAST}|;\s*|,\s+(?:en\s+|and\s+)?(?=(?:aanbeveling|recommendation|advies)\s+\w)"
    # (or before a code that labels its own verdict: "R2: Accepted in part S2: Accepted")
    r"|\s+(?=(?-i:[A-Z]{1,3}-?\d{1,2}[a-z]?):\s)",
    re.I,
)
