"""The advice read through the response: the passages its sections answer, where no reading of the advice alone
explains the response.

An advice may set its recommendations in a form no detector reads (questions and imperatives inside assessment
paragraphs, a table of findings and actions, a label of its own). Its response still answers them, one section
(or one row) each. Each section that says enough points to the passage of the advice it speaks of most, among
those that ask for something (a sentence that recommends, urges, asks a question of whoever must act, or opens
with a verb); the passages so pointed to, in the advice's order, are one more reading, weighed as the others are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from weerwoord.core.analysis import likeness, requests, structure
from weerwoord.core.analysis.announced import ANNOUNCING
from weerwoord.core.analysis.spans import spans_between
from weerwoord.core.model import Block, Document, Recommendation, Reply

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"'“‘(])")
SAYS_ENOUGH = 12  # words: a section shorter than this (a heading, a status cell) points to nothing
FLOOR = 0.08  # the likeness at which a section speaks of a passage
BESIDE = 0.7  # a second passage a section speaks of nearly as much (one reply to two recommendations)
MOST = 400  # passages compared at most: a long report's asking sentences, not every sentence of it
QUESTION_END = re.compile(r"\?\s*$")


@dataclass
class Passage:
    """A stretch of one block of the advice that asks for something: from an asking sentence to the next one
    (or the block's end); the whole block where its first sentence asks."""

    index: int  # the block's
    start: int
    end: int
    block: Block
    ground: int  # where what it speaks of begins: its block's start for the first (the finding it asks on)

    def compared(self) -> Recommendation:
        """What the response's sections are compared with: the passage and the ground it stands on."""
        return Recommendation("", False, self.block.run.slice(self.ground, self.end).strip())


STRONG, WEAK = 2, 1  # how plainly a sentence asks: a request, a question or an imperative; what should be done
MODAL = re.compile(r"\b(?:should|must|ought to|moet|moeten|dient|dienen|zou moeten|zouden moeten)\b", re.I)
# "Refter en polyvalente zaal liggen …", "Daardoor moeten …": two nouns joined, or a verb second; no verb first
JOINED = ("en", "and", "&")


def asking(sentence: str) -> int:
    """How plainly a sentence asks someone to act: ``STRONG`` where it recommends, urges or requests, puts a
    question to whoever must act, or opens with a verb ("Onderzoek of …", "Vergroen de speelplaats"); ``WEAK``
    where it says what should or must be done (also a finding: "Daardoor moeten vier linden verdwijnen"); else 0."""
    words = sentence.split()
    if len(words) < 5 or structure.CONCLUSION_ONLY.match(sentence):
        return 0
    if requests.ASKING.match(sentence) or structure.ASKING_VERB.search(sentence):
        return STRONG
    verb = structure.REC_VERB.search(sentence)
    if verb and not MODAL.fullmatch(verb.group(0)):
        return STRONG  # "beveelt aan", "recommends", "adviseert", "urges"
    if QUESTION_END.search(sentence) and len(words) >= 6:
        return STRONG
    if requests.opens_with_verb(sentence) and words[1].lower() not in JOINED and not MODAL.fullmatch(words[1]):
        return STRONG
    return WEAK if verb or requests.OUGHT.match(" ".join(words[:14])) else 0


def passages(advice: Document) -> list[Passage]:
    """The stretches of the advice that ask for something, in its order: each from an asking sentence to the next
    (or its block's end). Where a block asks plainly, a sentence there that only says what must be done is the
    ground of the request, not one of its own."""
    out: list[Passage] = []
    announced = False  # the points after "Wij adviseren het college:" ask, whatever their form
    for i, b in enumerate(advice.blocks):
        announced = announced and b.kind == "item"
        if b.kind == "heading" and len(b.text.split()) < 8:
            continue
        text = b.text
        cuts = [(s, e) for s, e in spans_between(text, SENTENCE_END) if e > s]
        strength = [asking(text[s:e]) for s, e in cuts]
        if announced and cuts:
            strength[0] = STRONG
        if text.rstrip().endswith(":") and ANNOUNCING.search(text, max(0, len(text) - 300)):
            announced = True
            continue  # (the lead-in is none of them)
        plainest = max(strength, default=0)
        asks = [k for k, v in enumerate(strength) if v and v == plainest]
        for n, k in enumerate(asks):
            end = cuts[asks[n + 1]][0] if n + 1 < len(asks) else len(text)
            out.append(Passage(i, cuts[k][0], end, b, 0 if n == 0 else cuts[k][0]))
    return out


def saying_enough(replies: list[Reply]) -> list[Reply]:
    """The sections that say enough to speak of a passage (heading and text together): not a heading alone, not a
    status cell."""
    return [rp for rp in replies if len(rp.text.split()) + len((rp.heading or "").split()) >= SAYS_ENOUGH]


def answered_passages(advice: Document, replies: list[Reply]) -> list[Passage]:
    """The passages of the advice the response's sections speak of most, each once, in the advice's order: for
    each section that says enough, the passage it is closest to by content (and a second one nearly as close, when
    that one is closest to this section too)."""
    found = passages(advice)
    speaking = saying_enough(replies)
    if len(found) < 2 or len(found) > MOST or len(speaking) < 2:
        return []
    sims = likeness.similarity_matrix([p.compared() for p in found], speaking)
    best_reply = [max(range(len(speaking)), key=lambda j: row[j]) for row in sims]
    chosen: set[int] = set()
    for j in range(len(speaking)):
        ranked = sorted(range(len(found)), key=lambda i: -sims[i][j])
        top = ranked[0]
        if sims[top][j] < FLOOR:
            continue
        chosen.add(top)
        for i in ranked[1:3]:
            if sims[i][j] >= BESIDE * sims[top][j] and best_reply[i] == j and sims[i][j] >= FLOOR:
                chosen.add(i)
    return [found[i] for i in sorted(chosen, key=lambda i: (found[i].index, found[i].start))]


def answered_items(advice: Document, replies: list[Reply]) -> list[structure._Candidate]:
    """The passages :func:`answered_passages` finds, as a reading's items: numbered by their blocks' labels where
    each is a whole labelled block with a label of its own, else 1 to N by place."""
    found = answered_passages(advice, replies)
    if len(found) < 2:
        return []
    labels = [p.block.label.strip().rstrip(".):") for p in found]
    whole = all(p.start == 0 for p in found)
    own = whole and all(labels) and len(set(labels)) == len(labels) and all(lb not in "•-–*" for lb in labels)
    out = []
    for k, p in enumerate(found, start=1):
        run = p.block.run.slice(p.start, p.end).strip()
        block = Block("paragraph", run, p.block.size, p.block.bold, p.block.italic, x0=p.block.x0)
        out.append(structure._Candidate(labels[k - 1] if own else str(k), [block], p.index, numbered=own))
    return out
