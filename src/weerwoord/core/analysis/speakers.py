"""Whom a stance mark speaks of, and who speaks: the government as the subject of a refusal (also a second verb
joined by "en", and a pronoun taking it up from the sentence before), the advisory body or its advice named, a
verdict opening its paragraph. :mod:`stance` finds the marks and weighs them; this module tells which are about
the recommendation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from weerwoord.core.analysis.codes import PREFIXED_YEAR_CODE
from weerwoord.core.analysis.phrases import PhraseBook, Rule
from weerwoord.core.analysis.word_forms import content_terms as _terms
from weerwoord.core.analysis.word_forms import shared as _shared
from weerwoord.core.analysis.word_forms import words as _words
from weerwoord.core.model import Block, Category
from weerwoord.core.wordlists import function_words


@dataclass
class Hit:
    rule: Rule
    start: int
    end: int  # end of the trigger
    category: Category
    sentence: tuple[int, int]


# what may stand between a paragraph's start and its verdict: the number it answers, after other numbers' short
# verdicts ("3.1 Accepted. 3.2 Partially accepted.", an action plan's cell answering two)
# (or its code and a title in brackets: "2.2 R/2025/031 (approval of purchase orders). Agreed and complete.")
_REF = r"[A-Z]?\.?\d{1,3}(?:[.-]\d{1,2})?[a-z]?"  # ("5-2", "R4", "A.1")
_NUMBERED_OPENING = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,2})?[a-z]?\s+(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\.\s+)*\d{1,3}(?:\.\d{1,2})?[a-z]?"
    rf"|(?:\d{{1,2}}(?:\.\d{{1,2}})?\s+)?{PREFIXED_YEAR_CODE}(?:\s+\([^()]{{1,60}}\))?\s*[.:]"
    # a run-in that names the recommendation, with its title in brackets: "Recommendation 5-2 (independent
    # evaluation). Adopted.", "Aanbeveling 3 (toezicht). Overgenomen."
    rf"|(?i:recommendations?|aanbeveling(?:en)?|advie(?:s|zen)|advice)\s+{_REF}(?:\s+(?:and|en|&)\s+{_REF})?"
    r"(?:\s+\([^()]{1,60}\))?\s*(?:[.:]|\s[-–—])"  # (or a dash: "Aanbeveling 6 (aanspreekpunt) - overgenomen.")
    # (or the code alone as the verdict's subject, after a run-in naming the section's codes: "R1 and R7 (positions
    # and hiring). R1 will be implemented in part.")
    r"|(?:[^.\n]{1,60}\.\s+)?(?-i:[A-Z]{1,4})-?\d{1,3}[a-z]?"
    # (or the codes a decision opens with and their title after a comma: "AM1, cat curfew. Partly supported.")
    r"|(?-i:[A-Z]{1,4})-?\d{1,3}[a-z]?(?:\s*(?:,|and|en|&)\s*(?-i:[A-Z]{1,4})-?\d{1,3}[a-z]?)*,\s+[^.\n]{1,60}\."
    # (or a code of a year and a number before a dash: "PR 25-04 - Do not concur.")
    r"|(?-i:[A-Z]{1,4})\s?\d{2,4}[-/]\d{1,3}\s*[-–—]"
    # (or a word, its number, a dash and a title: "Artikel 15 - kledij. Akkoord.")
    r"|[A-ZÀ-Ý][\w’']+\s+\d{1,3}[a-z]?\s+[-–—]\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,2}\."
)


def at_paragraph_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    if before.endswith(("☒", "☑", "✓", "✔", "■")):
        return True  # a form's option ticked, a label wherever the row stands: "Adviespunt 2 ☐ gevolgd ☒ deels gevolgd"
    if before == "" or before.endswith("\n") or before.endswith(":"):
        return True
    line = before[before.rfind("\n") + 1 :]
    return bool(_NUMBERED_OPENING.fullmatch(line) or _MARKER_BEFORE.fullmatch(line) or _QUOTED_BEFORE.fullmatch(line))


# the recommendation quoted back before the verdict: "'Evalueer het nieuwe roosterbeleid na één jaar.' Vanzelfsprekend."
_QUOTED_BEFORE = re.compile(r"['‘“\"][^'‘’“”\"\n]{10,400}[.!?]?['’”\"]")


# a reply's marker run in before its verdict: "4.5 Our response. Agreed. …", "Reactie van het college. Overgenomen."
_MARKER_BEFORE = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,3}){0,2}\.?\s+)?(?:(?:our|my|onze|mijn|the government'?s?|government)\s+)?"
    r"(?:response|reply|reactie|antwoord)(?:\s+(?:of|van)\s+[\w ]{2,30})?\s*[.:]",
    re.I,
)


# words that may stand before a verdict that opens its paragraph: its subject ("Het kabinet deelt het doel …")
_SUBJECT_WORDS = frozenset(("het", "de", "the", "this", "dit", "mijn", "ons", "our", "my"))


def _opens_paragraph(text: str, pos: int, book: PhraseBook) -> bool:
    """Whether ``pos`` opens its paragraph, or follows only the government as subject ("The Government agrees")."""
    if at_paragraph_start(text, pos):
        return True
    start = max(text.rfind("\n", 0, pos), text.rfind(":", 0, pos)) + 1
    before = _words(text[start:pos])
    # the answering body by its initials: "Management response: UNDP partially agrees", "FMCSA agrees"
    initials = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", text[start:pos])}
    subject = book.government | initials
    allowed = subject | _SUBJECT_WORDS
    return 0 < len(before) <= 4 and all(w in allowed for w in before) and any(w in subject for w in before)


def clause_before(text: str, start: int, sent_start: int) -> str:
    fragment = text[sent_start:start]
    return re.split(r"[,;:–—]", fragment)[-1]


_SOME = frozenset(("some", "many", "most", "few", "several", "other", "sommige", "veel", "vele", "enkele", "andere"))
COORDINATING = frozenset(("en", "and", "maar", "but", "dus", "so"))


def has_subject(text: str, start: int, end: int, sent: tuple[int, int], book: PhraseBook) -> bool:
    # (the subject of two verbs joined by "en": "Het kabinet acht die middelen toereikend en ziet geen reden …")
    clause = _words(clause_before(text, start, sent[0]))
    before = clause[-8:]
    if before and (before[-1] in COORDINATING or (before[0] in COORDINATING and len(before) <= 3)):
        # a second verb with the sentence's subject: "Wij zetten in op …, en kiezen daarom niet voor …"; or with its
        # clause's, after a semicolon: "…; wij blijven de vrijwilligers via de bestaande subsidieregeling steunen en
        # zien geen aanleiding …"
        before += _words(text[sent[0] : start])[:3] + clause[:2]
    # "ziet het kabinet geen reden": the subject inside the phrase (or in one word with its verb: "we'll have them …")
    inside = [re.sub(r"['’]ll$", "", w) for w in _words(text[start:end])]
    after = _words(text[end : sent[1]])[:3]
    # (not a body among others: "Some authorities will take longer than five years")
    if any(
        w in book.government and not (k and ws[k - 1] in _SOME)
        for ws in (before, inside, after)
        for k, w in enumerate(ws)
    ):
        return True
    # the answering body by its initials right before the verb: "UKVI therefore does not propose to …"
    if re.search(r"\b[A-Z]{2,6}\b", " ".join(clause_before(text, start, sent[0]).split()[-3:])):
        return True
    return _taken_up(text, sent, book)


def _taken_up(text: str, sent: tuple[int, int], book: PhraseBook) -> bool:
    """Whether the sentence opens with a pronoun that takes up the government named in the sentence before ("De
    regering onderschrijft … Zij kiest er echter voor …")."""
    first = _words(text[sent[0] : sent[1]])[:1]
    if not first or first[0] not in PRONOUNS:
        return False
    previous = re.split(r"(?<=[.!?])\s+", text[max(0, sent[0] - 400) : sent[0]].strip())[-1]
    return bool(set(_words(previous)) & book.government)


# pronouns that take up the subject of the sentence before ("De regering … Zij kiest …", "The Department … It will",
# "Our authorities remain committed … They agree that …")
PRONOUNS = frozenset(("zij", "hij", "ze", "it", "she", "he", "they"))


# an agreement whose trigger ends where what is agreed follows: "agrees that …", "gaat akkoord met …", "supports the …"
# (not "agrees with", whose object is often the advice in a word: "We agree with this.")
AGREED_OBJECT = re.compile(r"\b(?:that|dat|akkoord met|(?:supports?|endorses?) the)$", re.I)


# a turn to another clause: ", but", ", maar"
TURN_AFTER = re.compile(r",\s+(?:but|maar)\s")


def is_about(
    h: Hit,
    hits: list[Hit],
    text: str,
    book: PhraseBook,
    sentences: list[tuple[int, int]],
    rec: set[str],
    shared: bool = False,
) -> bool:
    """Whether a mark speaks of the recommendation or the advisory body (not of third parties)."""
    s0, s1 = h.sentence
    words = set(_words(text[s0:s1]))
    names_advice = bool(words & book.advisory)
    after = text[h.end : s1]
    if (
        h.category == "agreement"
        and rec
        and AGREED_OBJECT.search(text, h.start, h.end)
        and not _shared(_terms(after), rec)
    ):
        # "We do agree that families need time", "Het college gaat akkoord met een zondagsopening …" beside a refusal
        # of the budget asked: a point agreed that is not what was asked (unless it names the advice)
        return bool(set(_words(after)) & book.advisory)
    if h.category == "commitment" or h.rule.always_about:
        return True
    if h.rule.verdict:
        return names_advice or h.rule.start_only or _opens_paragraph(text, h.start, book)
    refers_back = bool(words & book.reference) and _previous_names_advice(text, sentences, s0, book)
    earlier = [k for k in hits if k is not h and s0 <= k.start < h.start]
    if h.category == "agreement":
        # (or the reply's opening, agreeing on the recommendation's own subject: "Het BO stemt in met een uitbreiding
        # van het grondwatermeetnet, maar …")
        opening = bool(sentences) and (s0, s1) == sentences[0] and _shared(_terms(text[s0:s1]), rec) >= 1
        taken_up = _taken_up(text, h.sentence, book)  # "Our authorities … They agree that consolidation is needed"
        # (a verdict in a sentence of its own, the answering body by its initials: "FCS agrees.")
        alone = len(text[s0:s1].split()) <= 3 and has_subject(text, h.start, h.end, h.sentence, book)
        return names_advice or refers_back or bool(words & book.government) or opening or taken_up or alone
    if h.category == "disagreement":
        if any(
            k.category == "agreement"
            and not re.search(r"[,;:]", text[k.start : h.start])
            and not set(_words(text[k.end : h.start])) & book.contrast  # ("We accept the aim but cannot staff …")
            for k in earlier
        ):
            return False  # "agrees with the council that X is undesirable": part of the agreement
        if names_advice or refers_back:
            return True
        # (up to a turn after it: "a Sunday market not be pursued, …, but the footfall counts … be commissioned" does
        # not repeat the counts, and refuses nothing of them)
        turn = TURN_AFTER.search(text, h.end, s1)
        end = turn.start() if turn else s1
        contrast = bool(words & book.contrast)
        overlap = len(_terms(text[s0:end]) & rec)
        # "… however, does not accept the proposed start": part of it; or the refusal repeats the recommendation
        own = has_subject(text, h.start, h.end, h.sentence, book)  # the government itself refuses
        # in a reply that agrees to nothing, the government's own refusal is the reply's answer (in a shared reply:
        # in a paragraph that agrees to nothing, each recommendation answered in paragraphs of its own)
        p0, p1 = (text.rfind("\n\n", 0, h.start), text.find("\n\n", h.start)) if shared else (0, len(text))
        p1 = len(text) if p1 < 0 else p1
        agrees_somewhere = any(k.category == "agreement" and p0 <= k.start < p1 for k in hits)
        # a judgement that repeats much of what was recommended is about it ("Een nieuw fonds van 100 miljoen euro is
        # niet haalbaar"); an actor's refusal is not ("Rusland heeft geweigerd te spreken over …")
        # (or, opening the reply, two long ones: "De energiekosten laten een beperking tot de inflatiecorrectie niet
        # toe"; not a figure's words, "Tien minuten is … niet haalbaar bij drukte" before a deed at another figure)
        opening = bool(sentences) and (s0, s1) == sentences[0]
        said = _terms(text[s0:end])
        repeated = h.rule.about_when_repeated and (
            _shared(said, rec) >= 3 or (opening and _shared({t for t in said if len(t) >= 6}, rec) >= 2)
        )
        # the government, named in the refusal itself, in contrast to what it granted refusing a thing the
        # recommendation names ("De inkomensgrenzen zelf wens ik evenwel niet te wijzigen") refuses a part of it
        inside = bool(set(_words(text[h.start : h.end])) & book.government)
        return (
            (contrast and (overlap >= 2 or (inside and overlap >= 1)))
            or (own and (overlap >= 3 or not agrees_somewhere))
            # "De regering onderschrijft … Zij kiest er echter voor …": the government, taken up by a pronoun,
            # choosing in contrast to what it endorses
            or (contrast and agrees_somewhere and _taken_up(text, h.sentence, book))
            or repeated
        )
    # reservation: the government's own condition (its subject in this clause or the one before), or a limit
    # on the recommendation's own subject
    near = set(_words(" ".join(re.split(r"[,;:–—]", text[s0 : h.start])[-2:])))
    if names_advice or refers_back or bool(near & book.government):
        return True
    if sentences and (s0, s1) == sentences[0] and _shared(_terms(text[s0:s1]), rec) >= 1:
        return True  # the reply's opening on the recommendation's subject: "Een tweede evaluatie is in beginsel …"
    return bool(words & book.contrast) and len(_terms(text[s0:s1]) & rec) >= 2


def _previous_names_advice(text: str, sentences: list[tuple[int, int]], start: int, book: PhraseBook) -> bool:
    """The sentence before ``start`` (or the reply's opening) names the advisory body or its advice."""
    # (not a table's cell before it, a date, a status, "N/A": the row's first sentence is its opening)
    before = [s for s in sentences if s[1] <= start and sum(w.isalpha() for w in _words(text[s[0] : s[1]])) >= 3]
    if not before:
        return True  # the first sentence of a reply refers to the recommendation it answers
    p0, p1 = before[-1]
    return bool(set(_words(text[p0:p1])) & book.advisory)


# a sentence opened by a body's name: "Het Presidium ziet geen aanleiding …", "The Service will …"
# (or a board by its kind, in lower case: "Het directiecomité neemt kennis …", "Het dagelijks bestuur besluit …")
_NAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Het|De|The)\s+((?-i:[A-Z][\w-]{2,})|(?-i:[a-z]*(?:comité|bestuur|directie)))\s+(?-i:[a-z])"
)
ANSWERER_MIN = 3  # sentences the name opens before it counts as the answerer's


def answerers(sentences_text: str, advisory: frozenset[str]) -> frozenset[str]:
    """The names the answering body gives itself, learned from the response: a name that opens three sentences or
    more as their subject ("Het Presidium …", "Het BO …"), and is not the advisory body's ("De Raad …")."""
    counts: dict[str, int] = {}
    for m in _NAMED_SUBJECT.finditer(sentences_text):
        name = m.group(1).lower()
        counts[name] = counts.get(name, 0) + 1
    return frozenset(n for n, k in counts.items() if k >= ANSWERER_MIN and n not in advisory)


# the advice's address line: "Aan Gedeputeerde Staten, t.a.v. de gedeputeerde Luchtvaart en aan de directie van
# Luchthaven Vennebroek N.V.", "To the Minister for Health"
_ADDRESS = re.compile(r"^(?:aan|to)\s+(?=\S)", re.I)
ADDRESS_REACH = 15  # blocks from the top: a letter's address stands above its salutation


def addressees(advice_blocks: Sequence[Block], advisory: frozenset[str]) -> frozenset[str]:
    """The names of those the advice is addressed to, who answer it (in minutes, reported: "ziet de luchthaven geen
    reden"): the capitalised words of its address line, not the advisory body's."""
    for b in advice_blocks[:ADDRESS_REACH]:
        text = b.text.strip()
        if _ADDRESS.match(text) and len(text.split()) <= 30:
            names = {w.strip(".,:;()").lower() for w in text.split()[1:] if w[:1].isupper()}
            return frozenset(n for n in names if len(n) >= 4 and n.isalpha() and n not in function_words()) - advisory
    return frozenset()


def drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Where two rules match the same words, keep the verdict label, then the longer, then the earlier."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.rule.verdict is None, -(h.end - h.start), h.start)):
        if any(h.start < k.end and k.start < h.end for k in kept):
            continue
        kept.append(h)
    kept.sort(key=lambda h: h.start)
    return kept


def in_partial_scope(text: str, sentence_start: int, start: int, book: PhraseBook) -> bool:
    """Whether the sentence opens, before ``start``, with "voor zover" / "insofar as" (a part is refused)."""
    opening = " ".join(text[sentence_start:start].lower().split())
    return any(opening.startswith(p) or f", {p} " in opening for p in book.partial_scope)


def conceded(text: str, sentence_start: int, start: int, book: PhraseBook) -> bool:
    """Whether a conceding clause ("accepts that", "erkent dat") stands before ``start`` in its sentence, with no
    contrast between ("… accepts that …, but it is not appropriate to …" refuses)."""
    before = " ".join(text[sentence_start:start].lower().split())
    at = max((before.rfind(p) for p in book.conceding), default=-1)
    # (not where the conceding verb is itself negated: "We do not agree that a blanket pause is needed, and we have
    # decided not to require one")
    negated_verb = set(re.findall(r"\w+", before[max(0, at - 12) : at])) & book.negations
    return at >= 0 and not negated_verb and not set(re.findall(r"\w+", before[at:])) & book.contrast
