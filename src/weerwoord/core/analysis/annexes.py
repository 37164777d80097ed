"""Parts of a response that are no reply, and the replies set apart from the letter: the introduction, closing or
annex headings that end a reply, the sections under headings after a table of replies, and the rows of a table in an
annex that says it responds."""

from __future__ import annotations

import re

from weerwoord.core.analysis.structure import ANNEX, INTRO_CLOSING, SIGNATURE
from weerwoord.core.analysis.table_replies import rows_by_title
from weerwoord.core.model import Block, Reply, TextRun


def closing(b: Block) -> bool:
    """An introduction, closing or annex heading: text there is no reply (but an annex that says it responds,
    "Annex: HMPPS response to the issues raised", is one)."""
    return bool(INTRO_CLOSING.match(b.text) or (ANNEX.match(b.text) and not _RESPONDING.search(b.text)))


_RESPONDING = re.compile(
    r"\b(?:response|responses|reply|replies|reactie|reacties|antwoord|actieplan|action plan)\b", re.I
)


def sections_after_table(blocks: list[Block], numbered_from: int) -> list[Reply]:
    """Sections under headings of their own after a response's table of replies ("Other matters raised in the
    report"): they answer no row, and may answer something; an introduction, closing or annex heading ends them."""
    last_row = max((i for i, b in enumerate(blocks) if b.table_row), default=len(blocks))
    heads = [i for i, b in enumerate(blocks) if i > last_row and b.kind == "heading"]
    out: list[Reply] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(blocks)
        body = [b for b in blocks[i + 1 : end] if b.text.strip()]
        if closing(blocks[i]) or not body:
            continue
        run = TextRun.concat([b.run for b in body], sep="\n\n")
        out.append(Reply(f"r{numbered_from + len(out) + 1}", blocks[i].text, run, blocks[i].run, []))
    return out


def annexed_rows(blocks: list[Block], numbered_from: int, last_start: int) -> list[Reply]:
    """The rows of a table under an annex that says it responds ("Annex: HMPPS response to the issues raised for the
    Prison Service", after the Minister's letter): each row a reply, its short cell the heading; none where the
    sections found (``last_start``: where the last begins) reach into the annex already."""
    annex = next(
        (i for i, b in enumerate(blocks) if b.kind == "heading" and ANNEX.match(b.text) and _RESPONDING.search(b.text)),
        None,
    )
    if annex is None or last_start > annex:
        return []
    rows = rows_by_title(blocks[annex + 1 :], share=0.0)
    for k, reply in enumerate(rows):
        reply.id = f"r{numbered_from + k + 1}"
    return rows


CLOSING_PARAGRAPH = re.compile(
    r"^(?:tot slot|ten slotte|afsluitend|finally|in conclusion|to conclude)\b.{0,200}"
    r"\b(?:dank|danken|dankt|informeren|informeer|thank|thanks|inform|update|report to)\b"
    r"|^(?:ik|wij|we|het kabinet|het college|i|the government)\s+(?:dank|danken|dankt|thank|thanks)\b"
    # "I hope this response is helpful to the Committee", "I trust this information is of assistance", "Ik hoop u
    # hiermee voldoende te hebben geïnformeerd"
    r"|^(?:i|we)\s+(?:hope|trust)\s+(?:that\s+)?(?:this|the above|these)\b.{0,60}?\b(?:helpful|of assistance|useful)\b"
    r"|^(?:ik|wij)\s+(?:hoop|hopen|vertrouw|vertrouwen)\s+(?:erop\s+)?(?:u|uw kamer|de kamer)\s+hiermee\b"
    # "I am copying this letter to the Secretary of State …", "Een afschrift van deze brief gaat naar …"
    r"|^(?:i am|we are)\s+copying\s+this\s+(?:letter|response|reply)\s+to\b"
    r"|^(?:a\s+)?cop(?:y|ies)\s+of\s+this\s+letter\b"
    r"|^(?:een\s+)?afschrift\s+van\s+deze\s+brief\b|^(?:ik|wij)\s+(?:stuur|sturen|zend|zenden)\s+(?:een\s+)?afschrift\b"
    # "Wij kijken uit naar het vervolggesprek over een jaar …", "I look forward to meeting the Panel again …"
    r"|^(?:ik|wij|we)\s+(?:kijk|kijken|zie|zien)\s+(?:(?:er|met\s+belangstelling|graag)\s+)?uit\s+naar\b"
    r"|^(?:i|we)\s+(?:very\s+much\s+)?look\s+forward\s+to\b",
    re.I | re.S,
)


def trim_closing(body: list[Block]) -> list[Block]:
    """The signature under the last reply is not part of it, nor a closing word of thanks or promise to report."""
    cut = len(body)
    for i, b in enumerate(body):
        if SIGNATURE.match(b.text.strip()) and len(b.text.split()) <= 12:
            cut = i
            break
    for i in range(max(1, cut - 2), cut):
        if CLOSING_PARAGRAPH.match(body[i].text.strip()):
            return body[:i]
    return body[:cut]


# a heading that names one recommendation in words, before a table of replies to the others: "Response to the
# statutory recommendation" (a report to council answers the gravest in its own section, the rest in an appendix)
ONE_NAMED = re.compile(
    r"\b(?:response|reply|reactie|antwoord)\s+(?:to|on|op)\s+(?:the|de|het)\s+\w+\s+(?:recommendation|aanbeveling)$",
    re.I,
)


def with_sections_before(blocks: list[Block], rows: list[Reply]) -> list[Reply]:
    """The rows of a table of replies, after the sections before the table whose headings name one recommendation
    in words ("4. Response to the statutory recommendation"), each numbered in the document's order."""
    first_row = min((i for i, b in enumerate(blocks) if b.table_row), default=0)
    heads = [i for i, b in enumerate(blocks[:first_row]) if b.kind == "heading"]
    out: list[Reply] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else first_row
        body = [b for b in blocks[i + 1 : end] if b.text.strip()]
        if body and ONE_NAMED.search(blocks[i].text.strip()):
            run = TextRun.concat([b.run for b in body], sep="\n\n")
            out.append(Reply("", blocks[i].text, run, blocks[i].run, []))
    for k, reply in enumerate([*out, *rows]):
        reply.id = f"r{k + 1}"
    return [*out, *rows]
