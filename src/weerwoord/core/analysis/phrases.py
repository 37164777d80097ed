"""Phrase rules as data: resources/phrases/<lang>.toml read into rules with compiled patterns and word lists.

See resources/phrases/README.md for the format a policy officer reads and extends. :mod:`stance` applies them.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache, cached_property

from weerwoord.core.model import Category, Verdict
from weerwoord.paths import resources_dir

WORD = r"(?:[\w'’\-€$£%]|(?<=\d)[.,](?=\d))+"  # (a figure with its stops or commas is one word: "4.000", "0,6")
SEP = r"[^\w.!?;]+"


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    pattern: str | tuple[str, ...]  # compiled on first use: most rules never meet their words (0.13 s saved a run)
    verdict: Verdict | None = None
    negated: Category | None = None
    negation_included: bool = False
    weak: bool = False
    needs_subject: bool = False
    start_only: bool = False
    alone: bool = False  # the phrase is its paragraph's whole text: a status cell ("Complete", "Green – complete")
    unless_next: frozenset[str] = frozenset()  # the match does not count when one of these words follows
    unless_after: frozenset[str] = frozenset()  # … nor when one of these stands right before it
    always_about: bool = False  # the phrase itself speaks of the recommendation ("neemt … niet over")
    # the phrase is the speaker's own judgement ("… is niet haalbaar"): about the recommendation when its sentence
    # repeats what was asked, whatever the grammatical subject
    about_when_repeated: bool = False
    negated_weak: bool = False  # negated, the phrase hedges but decides nothing ("does not reject")
    condition: bool = False  # a condition on an acceptance ("provided that"), not a limit of what is accepted
    noting: bool = False  # "notes this recommendation": what the reply then does is no acceptance of it
    manner: bool = False  # "as the Council proposes": how the verb before it acts, refused where that verb is
    aim: bool = False  # "deelt het doel, maar …": the aim shared; a verdict after it in its sentence decides
    # "only for children under five": what is done narrowed to a part; a limit only where all were asked for
    narrows: bool = False
    # "…, maar niet volledig", "not fully": a part only; right after a verdict label in its sentence, it limits it
    partial: bool = False
    # per alternative phrase, its required words (each a choice of spellings): a match needs them all in the text
    required: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile_any(self.pattern)


@dataclass(frozen=True)
class DeedWords:
    """Words that tell a deed in a reply (see analysis/deeds.py); the ``[deeds]`` section of a phrase file."""

    future: frozenset[str] = frozenset()  # "will", "zal": something will be done
    already: frozenset[str] = frozenset()  # "already", "inmiddels": something is done
    deferring: frozenset[str] = frozenset()  # "consider", "bezien": the decision put off
    restating: frozenset[str] = frozenset()  # "recommends", "asked": the recommendation repeated
    restating_phrases: tuple[tuple[str, ...], ...] = ()  # "stelt voor"
    elsewhere: frozenset[str] = frozenset()  # "devolved": passed to someone else
    elsewhere_phrases: tuple[tuple[str, ...], ...] = ()  # "a matter for", "richt zich tot"
    months: frozenset[str] = frozenset()
    keeping_phrases: tuple[tuple[str, ...], ...] = ()  # "blijven bestaan": what was to change stays as it is
    completed: frozenset[str] = frozenset()  # "completed", "afgerond": a review or study already done
    turning: frozenset[str] = frozenset()  # ", but …": what is done before it, what is not after it
    passive: tuple[tuple[str, ...], ...] = ()  # "were", "wordt": an auxiliary of the passive
    passive_reach: int = 0  # how many words after the auxiliary its participle may stand
    participle: str = ""  # a pattern of the past participles ("…ed", "ge…d")
    modals: frozenset[str] = frozenset()  # "could", "kan": before the auxiliary, nothing is done
    not_deeds: frozenset[str] = frozenset()  # "found", "gebleken": participles that do nothing
    passive_agents: frozenset[str] = frozenset()  # "door": a passive with another doing it
    otherwise_phrases: tuple[tuple[str, ...], ...] = ()  # "rather than", "in plaats van": done otherwise than asked
    not_yet: frozenset[str] = frozenset()  # "yet", "nog": a negation that puts off, no refusal
    advice_nouns: frozenset[str] = frozenset()  # "report": after an article, the advice itself, no put-off
    articles: frozenset[str] = frozenset()  # "the", "het": what stands before such a noun
    going_on: tuple[tuple[str, ...], ...] = ()  # "continue to do so": what is done already goes on, no put-off
    continuing: tuple[tuple[str, ...], ...] = ()  # "will continue to": a way of doing things kept, nothing new
    # "a", "het": before a put-off word in a sentence that says what is done already, it names a thing ("a shared
    # portal", "het overleg van de raad"), no put-off
    thing_articles: frozenset[str] = frozenset()
    # "uit", "op": the particles of separable verbs ("Breid … uit" asks "uitbreiden"), and the words after which a
    # clause goes on past one ("… uit met twee meetpunten")
    particles: frozenset[str] = frozenset()
    clause_goes_on: frozenset[str] = frozenset()
    speaking: frozenset[str] = frozenset()  # "wij", "we": the reply's own voice, whose negation refuses
    perfect: frozenset[str] = frozenset()  # "has", "heeft": before a participle, the act is done ("has issued")
    # "each term", "jaarlijks": in a sentence that says how often, a put-off word tells a routine, no decision put off
    # ("every teacher will assess writing … each term", "will report … to the board each term")
    recurring: tuple[tuple[str, ...], ...] = ()
    whether: frozenset[str] = frozenset()  # "whether", "of": after a put-off word, what is put off ("bezien of …")
    # Dutch says what it does in the present ("Wij verlagen de snelheid tot 6 knopen …", "Ik verleng de termijn"):
    # the reply's own voice acting, unless with a verb of thinking, being or having ("Wij vinden …", "Wij zijn …")
    speaking_acts: bool = False
    thinking: frozenset[str] = frozenset()
    # "voor": it puts a negation off only before a time ("niet voor 2027", "niet voor de zomer"), not before a thing
    # ("wordt niet toegekend voor de Mondiale Raad"); a time is a number, a month or one of ``times``
    not_yet_timed: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    # "willen", "want": the modal of the will; the reply's own voice saying it will not is a refusal ("…, en die
    # willen wij niet overnemen"), where it cannot is not ("kunnen wij dus geen afspraken maken")
    willing: frozenset[str] = frozenset()
    # "To": a decision in a record's list, its verb first ("(2) To extend lifeguard cover …"), is taken; not one of
    # ``undecided`` ("To note the report", "To refer the question to …")
    decision_openers: frozenset[str] = frozenset()
    undecided: frozenset[str] = frozenset()
    # "behouden", "keep": where the recommendation asks that something stay, ``staying`` ("blijft", "remains") does
    # what was asked, puts nothing off ("Op campus Heide blijft een raadpleging prenatale zorg open")
    keeping_asked: frozenset[str] = frozenset()
    staying: frozenset[str] = frozenset()
    # "er komen", "komen #" (# a number): what will be there, told in the present ("Er komen 30 bijkomende …")
    coming: tuple[tuple[str, ...], ...] = ()
    # "meer", "more": a refusal opening with one refuses more than is given ("Meer plaatsen passen niet …")
    more: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()  # "zodat": what follows is the aim, no decision put off
    # a ban asked ("verbieden", "ban"), and said to be in force ("niet meer toegelaten", "no longer permitted")
    banning: frozenset[str] = frozenset()
    allowed: frozenset[str] = frozenset()
    # "pas mogelijk na", "only possible after": a part not done before a time later on, a limit
    not_before: tuple[tuple[str, ...], ...] = ()
    granting: frozenset[str] = frozenset()  # ", maar ons college heeft besloten …": after a refusal, what is given
    own_advisers: frozenset[str] = frozenset()  # "staff", "officers": who recommend in the response's own name
    waiting: frozenset[str] = frozenset()  # "until", "totdat": a negated promise that waits, no refusal
    month_order: tuple[str, ...] = ()  # the twelve months in their order: a date said in words
    # "handhaven", "behouden": a verb of keeping that closes its clause after a modal ("Het college wil de
    # ochtendopenstelling in de kernen daarom handhaven"): what was to change stays
    keeping_last: frozenset[str] = frozenset()
    # "open", "dicht": a state that closes its clause after "blijft" only ("Het knuffelhok blijft … open"; not "de
    # praktijk kan in het voorjaar van 2027 open")
    kept_states: frozenset[str] = frozenset()
    # "wens", "wish": after a verb of thinking, the act asked is a wish understood, not done ("Wij begrijpen de wens
    # om ook de VOG … te vergoeden, maar …")
    wishes: frozenset[str] = frozenset()
    # "laat", "laten": a verb that has another act done, its infinitive closing the clause ("… laat de kerkfabriek …
    # een energiescan … uitvoeren")
    causative: frozenset[str] = frozenset()
    # "pilot", "proef": put-off words that are a lesser form done, where the reply says when ("Management will trial
    # headway management on Route 11 only from February 2027")
    trying: frozenset[str] = frozenset()
    tried: frozenset[str] = frozenset()  # "beproefd", "tested": tried out before, no deed of what was asked
    # "stop", "staak": a verb asking that a thing end, where it stands as a verb (first, or after a modal or "to"; not
    # "the bus stop"): not doing that thing keeps the stop asked
    stopping: frozenset[str] = frozenset()
    choosing: frozenset[str] = frozenset()  # "kiezen", "opted": for what the recommendation would replace, a refusal
    # "replace", "remove", "vervang": a recommendation opening with one asks that the thing after it go, which a
    # reply keeping it refuses ("Replace the proposed frameless screen with …" answered "… decided to keep the
    # frameless design")
    replacing: frozenset[str] = frozenset()
    # "retained", "gehandhaafd": kept, said after the thing ("The slip lane is retained")
    kept_after: frozenset[str] = frozenset()
    # "last week", "vorige maand": a time gone by, which tells a deed done in the simple past ("Our contractor put the
    # stickers up last week")
    past_times: tuple[tuple[str, ...], ...] = ()
    # "hired", "ingehuurd": a deed of engaging someone, whose task after "to" / "om … te" is what they do, nothing put
    # off ("the Board has hired Kessler Structural Engineering to look at a sample of balconies in January")
    engaging: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PhraseBook:
    rules: tuple[Rule, ...]
    advisory: frozenset[str]
    reference: frozenset[str]
    government: frozenset[str]
    negations: frozenset[str]
    contrast: frozenset[str]
    negation_after: int = 1  # how many words after a trigger a negation may stand ("deelt … niet")
    # "will not delay": a negation before these is no refusal
    double_negatives: frozenset[str] = frozenset()
    # agreeing only with these (the diagnosis) and refusing the recommendation itself is a refusal
    analysis_terms: frozenset[str] = frozenset()
    # a refusal in a clause opened by these refuses a part only ("Voor zover … , kunnen wij daaraan geen gevolg
    # geven")
    partial_scope: tuple[str, ...] = ()
    # words of a sentence that says what will be done ("staff will be able to …", "met ingang van …"): beside a
    # refusal, such a sentence on the recommendation's own subject is the part that is done
    acting: frozenset[str] = frozenset()
    # a sentence opened by one of these, after a refusal, says what is done all the same: "Wel zal ik …"
    acting_openers: frozenset[str] = frozenset()
    # … or one that proposes a smaller step, not the advisory body's: "Het Presidium stelt voor de vaste voet met
    # 10 procent te verhogen"
    acting_phrases: tuple[str, ...] = ()
    # sentence adverbs that stand between a verb and its negation without counting ("will therefore not …")
    transparent: frozenset[str] = frozenset()
    deeds: DeedWords = DeedWords()
    # Dutch main clauses close on their negation, however long the object ("Ik onderschrijf uw conclusie dat …
    # echter niet"), before a separable verb's particle ("neem … niet over"): these particles may follow it
    closing_negation: bool = False
    closing_particles: frozenset[str] = frozenset()
    # words that make a verdict label speak of several recommendations at once ("beide aanbevelingen neem ik over")
    several: frozenset[str] = frozenset()
    # words that make a refusal one of doing more ("geen aanleiding voor aanvullende maatregelen"): after a reply
    # that says the thing is done already, no limit on the recommendation
    further: frozenset[str] = frozenset()
    # words that open a condition ("Is dat niet mogelijk, dan …", "If that is not possible, …"): a negation in that
    # clause says what happens otherwise, it limits nothing
    conditionals: frozenset[str] = frozenset()
    then_words: frozenset[str] = frozenset()
    # a refusal in a clause these open concedes the report's point ("the Council accepts that the delegation used
    # was not appropriate"): agreement with what it found, no refusal of what it asks
    conceding: tuple[str, ...] = ()
    # agreeing with what the report found ("I agree with Findings Nos. 1 and 2"), not with a recommendation
    findings: frozenset[str] = frozenset()
    # words that ask a thing for all ("every district", "elke gemeente"): a reply that narrows it ("only for …",
    # "in eerste instantie in zes regio's") does a part
    universal: frozenset[str] = frozenset()
    # what an introduction does ("thank you for", "opent de avond"): a first section that does so, speaks of the
    # advice as a whole and takes no stance answers nothing
    introducing: tuple[tuple[str, ...], ...] = ()
    # a refusal of one of these turns down what is left of what was asked, a part being done: "we do not intend to
    # pursue the balance"
    rest: frozenset[str] = frozenset()

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        """The rules by their ids (a verdict looks up each mark's rule)."""
        return {r.id: r for r in self.rules}


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile the readable pattern language of resources/phrases (see its README) to a regex."""
    return re.compile(_regex_source(pattern), re.IGNORECASE)


def _regex_source(pattern: str) -> str:
    parts: list[str] = []
    for token in pattern.split():
        if re.fullmatch(r"~\d+,?", token):
            comma = ",?" if token.endswith(",") else ""  # "~12,": the words between may hold commas
            # (a word between may stand in brackets: "This recommendation (R3) is accepted")
            parts.append(rf"(?:{comma}\s+\(?{WORD}\)?){{0,{int(token[1:].rstrip(','))}}}")
            continue
        if token == ".":
            parts.append(r"\s*(?:[.;:!]|$)")  # the clause ends here: "Cabinet agrees." (not "agrees to consider")
            continue
        optional = token.endswith("?")
        token = token.rstrip("?")
        # a word ends where no word character follows; said once after the choice of spellings, not after each
        # (the same matches: the choice is tried again when the end fails; a regex a third shorter to compile)
        alts = [re.escape(alt[:-1]) + r"\w*" if alt.endswith("*") else re.escape(alt) for alt in token.split("|")]
        alts = [r"\w*" + alt[2:] if alt.startswith(r"\*") else alt for alt in alts]  # "*raad": "Mijnraad"
        body = "(?:" + "|".join(alts) + r")(?!\w)"
        if not parts:
            parts.append(r"(?<!\w)" + body)
        elif optional:
            parts.append(f"(?:{SEP}{body})?")
        else:
            parts.append(SEP + body)
    return "".join(parts)


@cache
def _compile_any(pattern: str | tuple[str, ...]) -> re.Pattern[str]:
    """A rule's pattern, or a list of alternative phrases."""
    if isinstance(pattern, str):
        return compile_pattern(pattern)
    return re.compile("|".join(f"(?:{_regex_source(p)})" for p in pattern), re.IGNORECASE)


def _required_words(pattern: str | tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per alternative, the words every match contains (lower case; ``*`` ends a prefix), to skip a rule
    cheaply on a text without them."""
    out = []
    for p in [pattern] if isinstance(pattern, str) else pattern:
        groups = []
        for k, token in enumerate(p.split()):
            if token.startswith("~") or token == "." or (k and token.endswith("?")):
                continue
            words = tuple(alt.lower() for alt in token.rstrip("?").split("|"))
            if all(w.rstrip("*") and not w.startswith("*") for w in words):  # (an ending is not looked up)
                groups.append(words)
        out.append(tuple(groups))
    return tuple(out)


_WORD_RUN = re.compile(r"\w+")


class _Vocabulary:
    """The words of one text, to tell cheaply whether a rule can match it (most rules cannot).

    A pattern's words match at word boundaries (see :func:`compile_pattern`): a whole word, or the start of one
    for a prefix ending in ``*``. So a rule needs each of its words among the text's runs of word characters;
    a word with other characters in it is looked for as a substring instead.
    """

    def __init__(self, lowered: str) -> None:
        self.text = lowered
        self.words = set(_WORD_RUN.findall(lowered))
        self.ordered = sorted(self.words)
        self.known: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            prefix = word.endswith("*")
            stem = word[:-1] if prefix else word
            if not _WORD_RUN.fullmatch(stem):
                found = stem in self.text
            elif not prefix:
                found = stem in self.words
            else:
                k = bisect.bisect_left(self.ordered, stem)
                found = k < len(self.ordered) and self.ordered[k].startswith(stem)
            self.known[word] = found
        return found

    def may_match(self, rule: Rule) -> bool:
        """Some alternative of the rule has, for each of its word groups, a word in the text. Loops, not nested
        generators: this runs for every rule over every reply, and most rules fail on their first word."""
        if not rule.required:
            return True
        known = self.known
        for alt in rule.required:
            for group in alt:
                for w in group:
                    found = known.get(w)
                    if found is None:
                        found = self.has(w)
                    if found:
                        break
                else:
                    break  # no word of this group: the alternative cannot match
            else:
                return True
        return False


@cache
def speaking_book(language: str, speakers: frozenset[str]) -> PhraseBook:
    """The phrase book of ``language`` in which ``speakers`` (the answering body's own name, as the response calls
    itself: "presidium") count as the government."""
    book = phrase_book(language)
    return replace(book, government=book.government | speakers) if speakers else book


@cache
def phrase_book(language: str) -> PhraseBook:
    """The phrase rules of ``language`` ("nl" or "en"), read from resources/phrases/<language>.toml."""
    lang = language if language in ("nl", "en") else "nl"
    path = resources_dir() / "phrases" / f"{lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rules = tuple(
        Rule(
            id=r["id"],
            category=r["category"],
            pattern=r["pattern"] if isinstance(r["pattern"], str) else tuple(r["pattern"]),
            verdict=r.get("verdict"),
            negated=r.get("negated"),
            negation_included=bool(r.get("negation_included", False)),
            weak=r.get("strength") == "weak",
            needs_subject=bool(r.get("needs_subject", False)),
            start_only=bool(r.get("start_only", False)),
            alone=bool(r.get("alone", False)),
            unless_next=frozenset(w.lower() for w in r.get("unless_next", [])),
            unless_after=frozenset(w.lower() for w in r.get("unless_after", [])),
            always_about=r.get("about") == "always",
            about_when_repeated=r.get("about") == "when repeated",
            negated_weak=bool(r.get("negated_weak", False)),
            condition=bool(r.get("condition", False)),
            noting=bool(r.get("noting", False)),
            manner=bool(r.get("manner", False)),
            aim=bool(r.get("aim", False)),
            narrows=bool(r.get("narrows", False)),
            partial=bool(r.get("partial", False)),
            required=_required_words(r["pattern"]),
        )
        for r in data.get("rule", [])
    )
    return PhraseBook(
        rules,
        frozenset(data.get("advisory_terms", [])),
        frozenset(data.get("reference_terms", [])),
        frozenset(data.get("government_terms", [])),
        frozenset(w for n in data.get("negations", []) for w in (n, n.replace("'", "’"))),
        frozenset(data.get("contrast", [])),
        int(data.get("negation_after", 1)),
        frozenset(data.get("double_negatives", [])),
        frozenset(data.get("analysis_terms", [])),
        tuple(p.lower() for p in data.get("partial_scope", [])),
        frozenset(data.get("acting_terms", [])),
        frozenset(data.get("acting_openers", [])),
        tuple(data.get("acting_phrases", [])),
        frozenset(data.get("transparent_words", [])),
        _deed_words(data.get("deeds", {})),
        bool(data.get("negation_closes_clause", False)),
        frozenset(data.get("clause_closing_particles", [])),
        frozenset(data.get("several_terms", [])),
        frozenset(data.get("further_terms", [])),
        frozenset(data.get("conditionals", [])),
        frozenset(data.get("then_words", [])),
        tuple(p.lower() for p in data.get("conceding", [])),
        frozenset(data.get("finding_terms", [])),
        frozenset(data.get("universal_terms", [])),
        tuple(tuple(p.lower().split()) for p in data.get("introducing", [])),
        frozenset(data.get("rest_terms", [])),
    )


def _deed_words(data: dict) -> DeedWords:
    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.lower().split()) for p in data.get(key, []))

    return DeedWords(
        words("future"),
        words("already"),
        words("deferring"),
        words("restating"),
        phrases("restating_phrases"),
        words("elsewhere"),
        phrases("elsewhere_phrases"),
        words("months"),
        phrases("keeping_phrases"),
        words("completed"),
        words("turning"),
        phrases("passive"),
        int(data.get("passive_reach", 0)),
        str(data.get("participle", "")),
        words("modals"),
        words("not_deeds"),
        words("passive_agents"),
        phrases("otherwise_phrases"),
        words("not_yet"),
        words("advice_nouns"),
        words("articles"),
        phrases("going_on"),
        phrases("continuing"),
        words("thing_articles"),
        words("particles"),
        words("clause_goes_on"),
        words("speaking"),
        words("perfect"),
        phrases("recurring"),
        words("whether"),
        bool(data.get("speaking_acts", False)),
        words("thinking"),
        words("not_yet_timed"),
        words("times"),
        words("willing"),
        words("decision_openers"),
        words("undecided"),
        words("keeping_asked"),
        words("staying"),
        phrases("coming"),
        words("more"),
        words("purpose"),
        words("banning"),
        words("allowed"),
        phrases("not_before"),
        words("granting"),
        words("own_advisers"),
        words("waiting"),
        tuple(w.lower() for w in data.get("months", [])[:12]),
        words("keeping_last"),
        words("kept_states"),
        words("wishes"),
        words("causative"),
        words("trying"),
        words("tried"),
        words("stopping"),
        words("choosing"),
        words("replacing"),
        words("kept_after"),
        phrases("past_times"),
        words("engaging"),
    )


def asked_as_negatives(book: PhraseBook, recommendation: str) -> PhraseBook:
    """``book`` without the double negatives the recommendation asks for itself: where "Stop using sheriff officers
    …" was asked, "We will not stop using sheriff officers" refuses (elsewhere "will not stop" does the thing)."""
    asked = book.double_negatives & set(re.findall(r"[\w'’]+", recommendation.lower()))
    return replace(book, double_negatives=book.double_negatives - asked) if asked else book
