"""Key sentences set in bold: a reading of the recommendations of an advice that prints them in bold inside its
running paragraphs, with no number, label or list.

A mission's concluding statement, a supervisor's letter or a fund's staff report gives its findings in plain type
and sets what it asks in bold, at the opening, the middle or the close of a paragraph ("Growth slowed … **Staff
recommends phasing out the reduced VAT rate …** These measures would yield …"). What sets them apart is the weight
of the type and that they ask: a bold sentence that only describes ("**Outlook and risks**", a bold figure) is no
recommendation. Numbered in the order they stand, as the reader counts them.
"""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.model import Block

# what a sentence that asks says, anywhere in it: "should be replaced", "is needed", "Staff recommends",
# "encourages the authorities to", "we ask the ICB to", "moet worden", "is nodig"; not a finding in the past
# ("should have been")
ASKS = re.compile(
    r"\b(?:should|must|ought to|needs? to|(?:is|are) (?:needed|essential|necessary|required|warranted)|"
    r"recommend(?:s|ed)?|encourages?|urges?|calls? (?:on|upon)|advises?|"
    # ("We ask the ICB to press the Health and Wellbeing Board to …", "We are asking the council to give …", "We want
    # the council to tell …")
    r"(?:ask|asks|asking|invite|invites|request|requests|want|wants)\s+(?:that\b|(?:the\s+)?\w+(?:\s+\w+)?\s+to\b)|"
    r"moet|moeten|dient|dienen|zou(?:den)? moeten|(?:is|zijn) nodig|beveelt|bevelen|adviseert|adviseren|"
    r"verzoekt|verzoeken|vraagt|vragen|"
    r"(?:raadt|raden)\s+(?:[\w-]+\s+){0,4}?aan)\b(?!\s+(?:have|hebben)\b)",  # ("We raden het college daarom aan …")
    re.I,
)
SENTENCE_END = re.compile(r"[.!?][\"'’”)]*$")
RUNS_ON = re.compile(r"[.!?](?=\s|$)")  # the end of the sentence a bold lead runs on into
MIN_WORDS = 6
MIN_SENTENCES = 2


def bold_sentences(blocks: list[Block]) -> list[structure._Candidate]:
    """The sentences set in bold in the running text that ask someone to act, in the order they stand; none
    unless there are two or more, and unless the bold stands out (most of the running text is plain)."""
    out: list[structure._Candidate] = []
    plain_words = bold_words = 0
    for i, b in enumerate(blocks):
        # (a heading only where it is a whole sentence that asks, read apart from the paragraph it opens: "Verruim
        # het venster voor laden en lossen in het voetgangersgebied tot 11.30 uur.")
        if b.table_row or (b.kind == "heading" and not (SENTENCE_END.search(b.text) and len(b.text.split()) >= 8)):
            continue
        words = len(b.text.split())
        stretches = b.bold_spans or (((0, len(b.text)),) if b.bold else ())
        inside = sum(len(b.text[s:e].split()) for s, e in stretches)
        bold_words += inside
        plain_words += words - inside
        # (a stretch of two sentences that ask is two: "Plan onderhoudssluitingen … (A5). Evalueer het plan …
        # (A6).")
        pieces = [(s0, s1) for s, e in stretches for s0, s1 in _sentences(b.text, s, e)]
        for start, end in pieces:
            said = b.text[start:end].strip()
            # (opening after a sentence, also one that ends in a quotation: "… niet meer zichtbaar.' Voorzie …")
            opens = start == 0 or b.text[:start].rstrip().rstrip(_CLOSING_QUOTES).endswith((".", ":", "!", "?"))
            # (a sentence after a colon may open in lower case: "… een zwakte in de plint: breng de fietsenstalling
            # onder in een kelder …")
            # (after a label run in, what follows it: "Samenvattend: de BIZ steunt de doelen …" asks nothing)
            told = LABEL_RUN_IN.sub("", said)
            asking = _asks(told[:1].upper() + told[1:])
            runs_on = said.endswith(",") or b.text[end : end + 2].strip()[:1].islower()
            if asking and opens and start == 0 and runs_on and (more := RUNS_ON.search(b.text, end)):
                # a bold lead that runs on in plain type after its comma: "**Betrek het werkveld … bij de herijking
                # van het opleidingsprofiel,** bijvoorbeeld via een werkveldcommissie …."
                end = more.end()
                said = b.text[start:end].strip()
            if len(said.split()) < MIN_WORDS or not opens or not SENTENCE_END.search(said) or not asking:
                continue
            run = b.run.slice(start, end).strip()
            out.append(structure._Candidate(str(len(out) + 1), [Block("paragraph", run)], i, numbered=False))
    if len(out) < MIN_SENTENCES or bold_words > plain_words:
        return []
    out = _under_advice(blocks, out)
    # (each in a numbered paragraph of its own, it takes that paragraph's number, as the response cites it:
    # "Paragraph 9." for "9. Training of judges … **GREVIO encourages the authorities to …**")
    places = [structure._enclosing_number(blocks, c.start_index) for c in out]
    if structure.one_each(places):
        return [structure._Candidate(str(n), c.blocks, c.start_index) for n, c in zip(places, out, strict=True)]
    return out


def _under_advice(blocks: list[Block], found: list[structure._Candidate]) -> list[structure._Candidate]:
    """The sentences under the heading of the advice ("Ons advies", "Recommendations") where most stand there, the
    ones before it (the findings, set alike: "Wachten aan de telefoon duurt te lang.") left out; else all."""
    for h, b in enumerate(blocks):
        if b.kind != "heading" or len(b.text.split()) > 6 or not structure.REC_CHAPTER.search(b.text):
            continue
        after = [c for c in found if c.start_index > h]
        if len(after) >= 2 and len(after) > len(found) - len(after) > 0:
            return [structure._Candidate(str(k), c.blocks, c.start_index, False) for k, c in enumerate(after, 1)]
        return found
    return found


_CLOSING_QUOTES = "'\"’”"
LABEL_RUN_IN = re.compile(r"^[^\W\d_]+:\s+")  # "Samenvattend: ", "Conclusion: "
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a bold stretch ``text[start:end]``, as (start, end) offsets in ``text``."""
    cuts = [start + m.end() for m in _NEXT_SENTENCE.finditer(text[start:end])]
    return list(zip([start, *cuts], [*cuts, end], strict=True))


def _asks(sentence: str) -> bool:
    """Whether a bold sentence asks: says what should be done, puts a question ("Waarom legt de Vlaamse Regering
    geen maximale beslissingstermijn … vast?"), or opens with a verb ("Monitor de effecten …")."""
    # (not a plural noun opening it: "Verzoeken om handhaving blijven … liggen", "Vragen over …")
    asking = [m for m in ASKS.finditer(sentence) if not (m.start() == 0 and PLURAL_NOUN.match(sentence))]
    return (
        bool(asking or THAT_MOTION.match(sentence))
        or sentence.rstrip("\"'’”) ").endswith("?")
        or opens_with_verb(sentence)
    )


PLURAL_NOUN = re.compile(r"^(?:verzoeken|vragen)\s+(?:om|van|over|naar)\b", re.I)


# a council's motion, what it resolves or asks put as a clause of its own: "That Cabinet keeps all six toilets open
# …", "That the Council adopts …"
THAT_MOTION = re.compile(r"^That\s+(?:the\s+)?(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,3}\s+(?-i:[a-z])\w+")
