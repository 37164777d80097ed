"""Readings of an advice: every plausible set of its recommendations, each with what found it, in words.

A reading is a list of candidate items (:class:`structure._Candidate`) and a description a reader
understands ("the 14 numbered items under 'Conclusions and recommendations'"). :func:`recommendation_readings`
returns them all, the one the advice alone favours first; :mod:`choice` weighs them against the response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analysis import structure
from app.core.model import Block, Document, Recommendation


@dataclass
@dataclass
class Reading:
    """One plausible set of recommendations in an advice: which detector found it, in words, and its items."""

    kind: str  # "labelled" | "chapter" | "list" | "aside" | "tagged" | "sentences"
    description: str  # "the 7 items labelled 'Recommendation N'"
    items: list[structure._Candidate]
    chapter: list[structure._Candidate] | None = None  # a summary list with the same numbers repeats them in short

    def key(self) -> tuple[int, ...]:
        return tuple(sorted(id(c.blocks[0]) for c in self.items))


def recommendation_readings(doc: Document) -> list[Reading]:
    """Every plausible reading of the advice's recommendations, the one the advice alone favours first."""
    blocks = doc.blocks
    labelled = structure._labelled(blocks)
    chapter_lists = structure._chapter_lists(blocks, doc.body_size)
    chapter = chapter_lists[0][0] if chapter_lists else []
    out: list[Reading] = []
    labelled_reading = None
    if len({c.number for c in labelled}) >= 2:
        # labels stand where the text discusses them; the reader expects them in the order of their numbers
        labelled_reading = Reading(
            "labelled",
            f"the {len({c.number for c in labelled})} items labelled “{_label_word(labelled[0])} N” in the text",
            sorted(labelled, key=lambda c: structure._value(c.number)),
            chapter or None,
        )
    if labelled_reading and len(labelled) >= len(chapter):
        out.append(labelled_reading)
    for items, heading in chapter_lists:
        out.append(Reading("chapter", f"the {len(items)} numbered items under “{short(heading)}”", items))
    if labelled_reading and labelled_reading not in out:
        out.append(labelled_reading)
    elif labelled and not out:
        out.append(
            Reading("labelled", f"the item labelled “{_label_word(labelled[0])} {labelled[0].number}”", labelled)
        )
    listed = {r.key() for r in out}
    for items in structure._any_recommendation_lists(blocks):
        reading = Reading("list", f"the list of {len(items)} numbered items on p. {items[0].blocks[0].page}", items)
        if reading.key() not in listed:
            out.append(reading)
            listed.add(reading.key())
    aside = structure._labelled([b for b in doc.furniture if b.kind != "heading" or structure.REC_LABEL.match(b.text)])
    if len({c.number for c in aside}) >= 2:
        # set apart from the body in boxes beside it ("Recommendation 3" in a shaded sidebar), which the layout
        # reads as a sidebar: labelled there, they are the recommendations
        out.append(
            Reading(
                "aside",
                f"the {len(aside)} boxes labelled “{_label_word(aside[0])} N” beside the text",
                sorted(aside, key=lambda c: structure._value(c.number)),
            )
        )
    tagged = _tagged(blocks)
    if len(tagged) >= 2:
        out.append(Reading("tagged", f"the {len(tagged)} paragraphs tagged “(Recommendation N)” at their end", tagged))
    sentences = [
        structure._Candidate(r.number, [Block("paragraph", r.run)], 0, numbered=False)
        for r in structure._recommending_sentences(blocks)
    ]
    if sentences:
        out.append(Reading("sentences", f"the {len(sentences)} sentences that say “we recommend”", sentences))
    return out


def _label_word(c: structure._Candidate) -> str:
    first = c.blocks[0]
    text = f"{first.label} {first.text}" if first.label else first.text
    return text.split()[0].capitalize() if text.split() else "Recommendation"


def short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def build(reading: Reading, doc: Document) -> list[Recommendation]:
    """The recommendations of one reading: conclusions left out, lettered points apart, repeats found."""
    blocks = doc.blocks
    if reading.kind == "sentences":
        return [Recommendation(c.number, False, c.blocks[0].run) for c in reading.items]
    chosen = structure._with_sub_points(structure._without_conclusions(reading.items))
    recs = structure._dedupe([structure._to_recommendation(c) for c in chosen])
    used = {id(b) for c in chosen for b in c.blocks}
    if reading.chapter:
        structure._numbered_repeats(recs, reading.chapter)  # a summary list with the same numbers repeats them in short
        used |= {id(b) for c in reading.chapter for b in c.blocks}
    structure._find_repeats(recs, blocks, used)
    return recs


TAG_AT_END = re.compile(
    rf"\((?:recommendation|aanbeveling|rec\.)\s+({structure.NUMBER}|[A-Z]{{1,2}}\d{{1,2}})\)\s*[.;]?\s*$", re.I
)


def _tagged(blocks: list[Block]) -> list[structure._Candidate]:
    """Paragraphs that end by naming the recommendation they are: "… should direct the Administrator to …
    (Recommendation 3)" (an audit office's recommendations for executive action)."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        m = TAG_AT_END.search(b.text)
        if m is None or len(b.text.split()) < 8:
            continue
        number = m.group(1).lower()
        if number in seen:
            continue  # a later mention of the same tag repeats it (a summary, the agency's letter)
        seen.add(number)
        out.append(
            structure._Candidate(
                number,
                [Block(b.kind, b.run.slice(0, m.start()).strip(), b.size, b.bold, b.italic, "", b.x0, b.table_row)],
                i,
            )
        )
    return sorted(out, key=lambda c: structure._value(c.number))
