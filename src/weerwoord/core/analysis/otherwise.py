"""What a reply does otherwise than asked: "rather than", "in plaats van", "en niet door een extern bureau"."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from weerwoord.core.analysis.figures import asked_figures, asked_without, given_figures, other_figure
from weerwoord.core.analysis.phrases import DeedWords, PhraseBook
from weerwoord.core.analysis.restating import restates
from weerwoord.core.analysis.spans import asked_sentence, sentence_of, sentence_spans
from weerwoord.core.analysis.tallies import number_words
from weerwoord.core.analysis.word_forms import content_terms, has_phrase, shared, words
from weerwoord.core.model import Mark, Verdict
from weerwoord.core.words import _

if TYPE_CHECKING:
    from weerwoord.core.analysis.deeds import Deeds


def done_otherwise(
    text: str, recommendation: str, book: PhraseBook, sentences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences that do what was asked otherwise than asked, on its own subject ("De evaluatie laat ik echter
    uitvoeren door de eigen afdeling en niet door een extern bureau")."""
    vocab = book.deeds
    if has_phrase(words(recommendation), vocab.otherwise_phrases):
        return []  # the other way is what was asked: "drie jaar in plaats van twee"
    rec_terms = content_terms(recommendation)
    out = []
    for s0, s1 in sentences:
        ws = words(text[s0:s1])
        # (not the recommendation repeated: "That Transport Canada extend eligibility … rather than …")
        own = not restates(ws, vocab, book) and not set(ws) & book.advisory
        if (
            own
            and has_phrase(ws, vocab.otherwise_phrases)
            and shared(content_terms(text[s0:s1]), rec_terms) >= 2
            # (not set against what the recommendation asks to do without: "… instead of registering for self
            # assessment" where "without registering for self assessment" was asked)
            and not asked_without(ws, vocab.otherwise_phrases, recommendation)
        ):
            out.append((s0, s1))
    return out


def refused_then_instead(found: Deeds, text: str, book: PhraseBook) -> bool:
    """Whether a reply says first that it will not do what was asked and does, after that, only another thing in
    its place ("We have not extended the period to 48 hours. … Potential participants will instead receive the
    information sheet by post at least 24 hours before …"): a refusal, not a part done."""
    return bool(found.refused and found.done) and all(
        x in found.limits
        and x[0] > found.refused[0][0]
        and has_phrase(words(text[slice(*x)]), book.deeds.otherwise_phrases)
        for x in found.done
    )


def done_instead(instead: list[Mark], text: str, recommendation: str) -> tuple[Verdict, str]:
    """The verdict of a reply that does something instead: another thing, a refusal ("Windward Mobile legt in plaats
    daarvan een satellietverbinding aan …"); the thing asked at another figure, a part ("A 24-hour standard could only
    be met with two more sidewalk machines … Staff propose instead to bring the priority network to a 36-hour
    target")."""
    spans = sentence_spans(text)
    for m in instead:
        if other_figure(text[slice(*sentence_of(spans, m.start))], asked_sentence(recommendation), text):
            return "partly", _("The government does what was asked in another measure (“{x0}”).").format(x0=m.text)
    return "disagrees", _("The government does something else instead (“{x0}”).").format(x0=instead[0].text)


def part_beside_refusal(
    done: list[tuple[int, int]], refusal: Mark, text: str, recommendation: str, book: PhraseBook
) -> tuple[int, int] | None:
    """A deed that grants part of what a refusal turns down: the thing asked at another figure before it ("From 1 June
    a hot meal … will be available until 8 pm … We cannot staff a hot service until 10 pm", where 10 pm was asked), or
    what is done after it past a colon, of the same things ("we cannot afford to open every branch five days a week:
    from April 2026 the five largest branches will open six days a week")."""
    asked = asked_sentence(recommendation)
    for x in done:
        if x[1] <= refusal.start and other_figure(text[slice(*x)], asked, text):
            return x
    # (only where the refusal turns down the whole, "every branch", and what follows grants some of it)
    colon = _COLON_AFTER.match(text, refusal.end)
    if colon is None or not set(words(refusal.text)) & _WHOLE:
        return None
    end = next((b for a, b in sentence_spans(text) if a <= colon.end() < b), len(text))
    said = text[colon.end() : end]
    if (
        _PROMISED.search(said)
        and not set(words(said)) & (book.negations | book.deeds.staying)  # (nor what stays: "… will remain as it is")
        and shared(content_terms(said), content_terms(asked)) >= 2
    ):
        return colon.end(), end
    return None


def done_but_part_refused(
    marks: list[Mark], refusal: Mark, text: str, recommendation: str, book: PhraseBook, done: list[tuple[int, int]]
) -> str | None:
    """What the reply does of what was asked where its refusal turns down only a part: the recommendation's figure
    (its time limit, its number: "will clear the overdue higher-risk inspections by the end of June 2026; six months
    is not achievable"; "… a process that may take up to seven years, as the courts do not have the capacity to
    review 4,300 orders in three" after "The Act introduces supported decision-making"), or what is left ("We have
    issued a claim for the 21,600 pounds …, but we do not intend to pursue the balance"). None where the refusal is of
    neither, or where nothing else of what was asked is done or promised."""
    spans = sentence_spans(text)
    own = sentence_of(spans, refusal.start)
    before = re.split(r"[,;:](?=[^,;:]*$)", text[own[0] : refusal.start])[0].strip()
    if set(words(refusal.text)) & book.rest and len(content_terms(before)) >= 3:
        return before
    asked = asked_sentence(recommendation)
    said = text[slice(*own)]
    if not (_DIGIT.search(said) or _duration().search(said)):
        return None  # (a figure in digits or a time in so many words: not "a separate quarterly report")
    if not (asked_figures(asked) & given_figures(said) or other_figure(said, asked, text)):
        return None
    rec = content_terms(recommendation)
    for m in marks:
        promised = m.category == "commitment" and m.about_recommendation and m.end <= refusal.start
        if promised and shared(content_terms(m.text), rec) >= 1 and not m.text.lower().startswith(_NOT_PROMISED):
            return m.text
    return next(
        (text[slice(*x)].strip() for x in done if x[1] <= own[0] and shared(content_terms(text[slice(*x)]), rec) >= 2),
        None,
    )


_NOT_PROMISED = ("will not", "won't", "zal niet", "zullen niet")
_WHOLE = frozenset(("every", "all", "each", "elk", "elke", "alle", "ieder", "iedere"))
_COLON_AFTER = re.compile(r"\s*:\s*")
_PROMISED = re.compile(r"\b(?:will|shall|zal|zullen)\b", re.I)
_DIGIT = re.compile(r"\d")


@cache
def _duration() -> re.Pattern[str]:
    """A span of time in so many words: "six months", "30 dagen", "drie jaar"."""
    number = "|".join(sorted(map(re.escape, number_words()), key=len, reverse=True))
    unit = r"days?|weeks?|months?|years?|dagen|weken|maanden|maand|jaar|jaren"
    return re.compile(rf"\b(?:\d+|{number})\s+(?:{unit})\b", re.I)


def replaced_terms(recommendation: str, vocab: DeedWords) -> set[str]:
    """The terms of what the recommendation would replace: "klinker" of "in rood asfalt in plaats van in klinkers"."""
    ws = words(recommendation)
    for k in range(len(ws)):
        for p in vocab.otherwise_phrases:
            if tuple(ws[k : k + len(p)]) == p and k + len(p) < len(ws):
                return set(content_terms(" ".join(ws[k + len(p) : k + len(p) + 3])))
    but = _NOT_BUT.search(" ".join(ws))
    if but:
        # (or what it asks not to be where it is, but elsewhere: "vraagt zij de zonnepanelen niet op het zuidelijke
        # dakvlak van het voorhuis te leggen, maar op het dak van de nieuwe schuur")
        return set(content_terms(but.group(1)))
    if ws[:1] and ws[0] in vocab.replacing:
        # (or the thing a recommendation opening "Replace …", "Remove …" asks to go, up to what is to come instead)
        thing = list(itertools.takewhile(lambda w: w not in _INSTEAD_BY, ws[1:6]))
        return set(content_terms(" ".join(thing)))
    return set()


_INSTEAD_BY = frozenset(("with", "by", "and", "door", "met", "en"))
# "niet op het zuidelijke dakvlak … te leggen, maar op …", "not at the hospital but in the town centre"
_NOT_BUT = re.compile(r"\b(?:niet|not)\s+((?:op|in|aan|bij|at|on)\s+(?:\S+\s+){1,8}?)(?:te\s+\S+\s+)?(?:maar|but)\b")


def chooses(ws: list[str], replaced: set[str], vocab: DeedWords) -> bool:
    """Whether a sentence chooses what the recommendation would replace, within a few words of its verb (after it;
    or before a verb of going on with it: "the merger of Te Kopua and Ohaua will go ahead in 2027")."""
    return any(
        _meets(content_terms(" ".join(_near(ws, k, vocab))), replaced)
        for k, w in enumerate(ws)
        if w in vocab.choosing or w in vocab.kept_after
    )


def _near(ws: list[str], k: int, vocab: DeedWords) -> list[str]:
    """The words a verb of choosing at ``k`` chooses: the few after it; and those before a verb of going on with it;
    before it only, where it says what is kept after the thing ("The slip lane is retained")."""
    w = ws[k]
    after = [] if w in vocab.kept_after else ws[k + 1 : k + 7]
    return after + (ws[max(0, k - 8) : k] if w in _GOING_ON or w in vocab.kept_after else [])


def _meets(said: set[str], replaced: set[str]) -> bool:
    """Whether a term said is one replaced, or of its stem ("merger" of "merging")."""
    return bool(said & replaced) or any(t.startswith(r) for t in said for r in replaced if len(r) >= 4)


_GOING_ON = frozenset(("ahead", "proceed", "proceeds", "doorgaan"))
