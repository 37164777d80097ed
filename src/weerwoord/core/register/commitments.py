"""A reply's commitment marks as action items: who commits, to what (the sentence), by when, and its anchor."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from weerwoord.core.keeping.anchor import anchor_from_run
from weerwoord.core.model import Comparison, Pair
from weerwoord.core.register.deadlines import find_deadline

WHAT_LIMIT = 320  # characters of a long sentence kept around its commitment

_ACTOR = re.compile(
    r"\b(het kabinet|dit kabinet|de regering|de minister(?:-president)?|de staatssecretaris|"
    r"het college(?: van (?:burgemeester en wethouders|b&w|gedeputeerde staten))?|gedeputeerde staten|"
    r"the government|the scottish government|the welsh government|the executive|the minister|the secretary of state|"
    r"the department|the ministry|the council|the commission|the agency|the board|the authority|"
    r"ik|wij|we|i)\b",
    re.I,
)
_PRONOUNS = {"ik", "wij", "we", "i"}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9‘“'\"(])|\n\s*\n")


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` around offset ``at``: ``(start, end)``."""
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.start() < at:
            start = m.end()
        else:
            end = m.start()
            break
    return start, end


def default_actor(result: Comparison) -> str:
    """Who speaks in the response: the actor named most in its replies ("het kabinet"), '' when none."""
    counts: Counter[str] = Counter()
    for pair in result.pairs:
        if pair.reply is not None:
            for m in _ACTOR.finditer(pair.reply.text):
                if m.group(1).lower() not in _PRONOUNS:
                    counts[m.group(1).lower()] += 1
    return counts.most_common(1)[0][0] if counts else ""


# a named subject just before the promise: "The Environment Agency will", "Het ministerie van Economische Zaken zal"
_NAMED = re.compile(
    r"\b((?:the|The|het|Het|de|De) (?:[A-Z][\w’'&-]*|ministerie|gemeente|provincie)(?: (?:(?:for|of|and|on|&|van|voor|"
    r"en) )?[A-Z][\w’'&-]*)*)\s+(?:will|shall|is committed|remains committed|commits|intends|plans|undertakes|"
    r"zal|zullen|gaat|streeft|stelt|zet)\b"
)


def _who(sentence: str, at: int, fallback: str) -> str:
    named = [m for m in _NAMED.finditer(sentence) if m.start() <= at + 1]
    if named and not _ACTOR.fullmatch(named[-1].group(1)):
        word = named[-1].group(1)
        return word[0].lower() + word[1:]
    before = [m for m in _ACTOR.finditer(sentence) if m.start() <= at]
    found = before[-1] if before else next(_ACTOR.finditer(sentence), None)
    if found is None:
        return fallback
    word = found.group(1)
    if word.lower() in _PRONOUNS:
        return fallback or word
    return word[0].lower() + word[1:] if word[:3].lower() in ("het", "de ", "the", "dit") else word


def _what(sentence: str, at: int) -> str:
    text = " ".join(sentence.split())
    if len(text) <= WHAT_LIMIT:
        return text
    at = min(at, len(text))
    start = max(0, at - WHAT_LIMIT // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = text.find(" ", start + WHAT_LIMIT)
    end = len(text) if end < 0 else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


@dataclass(frozen=True)
class Commitment:
    """A commitment found in a reply (plain data, as cached)."""

    number: str
    who: str
    what: str
    deadline: str  # ISO 8601 or '' (undated)
    deadline_text: str
    anchor: dict[str, Any]  # the sentence as a text-quote anchor (weerwoord.core.keeping.anchor.Anchor.to_json)
    page: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Commitment:
        return cls(**data)


def commitments(pair: Pair, response_date: str, actor: str) -> list[Commitment]:
    """One item per sentence of the pair's reply that holds a commitment mark, in reading order."""
    if pair.reply is None:
        return []
    run = pair.reply.run
    found: list[Commitment] = []
    seen: set[tuple[int, int]] = set()
    for mark in sorted((m for m in pair.marks if m.category == "commitment"), key=lambda m: m.start):
        start, end = sentence_bounds(run.text, mark.start)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        sentence = run.text[start:end]
        deadline = find_deadline(sentence, response_date)
        anchor = anchor_from_run(run, start, end, side="response")
        found.append(
            Commitment(
                number=pair.number,
                who=_who(sentence, mark.start - start, actor),
                what=_what(sentence, mark.start - start),
                deadline=deadline.iso,
                deadline_text=deadline.text,
                anchor=anchor.to_json(),
                page=anchor.page,
            )
        )
    return found


def shared_once(found: Sequence[Commitment]) -> list[tuple[Commitment, tuple[str, ...]]]:
    """Each commitment once, with the numbers of every recommendation it answers.

    A reply that answers two recommendations holds its promises for both, so the analysis finds each sentence
    under each of them; the register lists it once, under the first, naming all. One sentence is one anchor at
    one place on its page (the same words elsewhere are another commitment)."""
    out: list[tuple[Commitment, list[str]]] = []
    by_place: dict[tuple[object, ...], list[str]] = {}
    for c in found:
        a = c.anchor
        place = (a.get("page"), tuple(a.get("rect") or ()), " ".join(str(a.get("exact", "")).split()))
        numbers = by_place.get(place)
        if numbers is None:
            by_place[place] = numbers = [c.number]
            out.append((c, numbers))
        elif c.number not in numbers:
            numbers.append(c.number)
    return [(c, tuple(numbers)) for c, numbers in out]
