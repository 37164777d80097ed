"""Where a stance phrase is negated: a negation before it in its clause ("will not accept"), inside it, a few words
after it ("deelt … niet"), or, as Dutch puts it, closing its clause however far away ("neem … niet over")."""

from __future__ import annotations

import re

from weerwoord.core.analysis import denial
from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.spans import next_word
from weerwoord.core.analysis.word_forms import words

PARENTHETICAL = re.compile(
    r",\s*(?:however|though|therefore|moreover|nevertheless|echter|evenwel|bovendien|daarom|dan ook|wel)\s*,", re.I
)
CLAUSE_END = frozenset({"dat", "die", "omdat", "en", "maar", "of", "want", "that", "which", "because", "and", "but"})
# a question put in a clause of its own ("is nu gemotiveerd waarom het voorstel niet … geldt"): its negation is its own
CLAUSE_END |= frozenset({"waarom", "hoe", "wanneer", "why", "how", "when", "whether"})


def negation_at(text: str, start: int, end: int, sent: tuple[int, int], book: PhraseBook) -> int | None:
    """Where a negation of the trigger ``text[start:end]`` begins, or None when it is not negated."""
    # "will not, however, commit": a parenthetical word between commas does not end the clause
    before_text = PARENTHETICAL.sub(lambda m: " " * len(m.group()), text[sent[0] : start])
    clause = re.split(r"[,;:–—]", before_text)[-1]
    clause_start = start - len(clause)
    words_before = [(m.start() + clause_start, m.group().lower()) for m in re.finditer(r"[\w'’]+", clause)]
    before = words_before[-3:]
    if {w for _, w in before} & CAPACITY:
        before = words_before[-6:]  # "have not been able to accept", "is not in a position to support"
    inside = [(m.start() + start, m.group().lower()) for m in re.finditer(r"[\w'’]+", text[start:end])]
    after_text = re.split(r"[,;:–—]", text[end : sent[1]])[0]
    if COMPLEMENT.search(text, start, end):
        after_text = ""  # ("agrees that no worker should be left …": what follows is what is agreed, negated or not)
    after: list[tuple[int, str]] = []
    for m in re.finditer(r"[\w'’]+", after_text):
        word = m.group().lower()
        if word in CLAUSE_END or len([w for _, w in after if w not in book.transparent]) >= book.negation_after:
            break
        after.append((m.start() + end, word))
    window = before + inside + after
    if book.closing_negation:
        window += closing_negation(after_text, end, book)
    for pos, w in window:
        if w in book.negations or w.endswith("n't"):
            if denial.NUMBER_SIGN.match(text, pos):
                continue  # "I support Recommendation No. 3": a number, no negation
            if start < pos < end and _IN_ASKED.search(text, start, pos) and _INFINITIVE.match(text, pos + len(w)):
                continue  # what was asked: "Het advies om de kosten niet bij de erfpachter te leggen, nemen wij over"
            nxt = next_word(text, pos + len(w))
            # (nor "niet overal", "not everywhere": a part, the negation limits where)
            if (
                nxt in ("alleen", "only", "slechts", "zonder", "just", "overal", "everywhere")
                or nxt in book.double_negatives
            ):
                continue
            return pos if pos < start else start
    return None


# the advice restated inside a verdict's words, its negation its own: "advies om … niet … te leggen", "the
# recommendation not to charge"
_IN_ASKED = re.compile(r"\b(?:om|recommendation|advice|proposal|suggestion)\b", re.I)
_INFINITIVE = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+(?:te|to)\s+\w+", re.I)
COMPLEMENT = re.compile(r"\b(?:that|dat)$", re.I)  # a trigger that ends by opening its complement: "agrees that"


# words between a negation and the verb it negates: "not been able to", "not in a position to", "niet in staat om"
CAPACITY = frozenset(("able", "position", "prepared", "willing", "staat", "bereid"))


def closing_negation(after_text: str, end: int, book: PhraseBook) -> list[tuple[int, str]]:
    """The negation that closes the trigger's clause, as Dutch puts it ("Ik deel uw analyse op dit punt echter
    niet."; "neem … niet over"), however many words stand between; [] when the clause closes otherwise."""
    words = [(m.start() + end, m.group().lower()) for m in re.finditer(r"[\w'’]+", after_text)]
    while words and words[-1][1] in book.closing_particles:
        words.pop()
    if words and words[-1][1] in book.negations and not (len(words) > 1 and words[-2][1] == "of"):
        return [words[-1]]  # not "… of niet" ("whether or not")
    return []


def waits(text: str, end: int, sent: tuple[int, int], book: PhraseBook, neg: int | None = None) -> bool:
    """Whether the clause after a negated promise ending at ``end`` says what it waits for, so that it is no
    refusal: "will not seek planning consent until the Advisory Bodies' review is complete"; or its negation at
    ``neg`` says "not yet": "we are not yet in a position to commit to regular meetings"."""
    if neg is not None and set(words(text[max(sent[0], neg - 5) : neg + 9])) & book.deeds.not_yet:
        return True
    # (in its own clause: not "… will not publish the findings, because … are the subject of pending claims")
    clause = re.split(r"[,;:–—]", text[end : sent[1]])[0]
    return bool(book.deeds.waiting & set(words(clause)))
