"""Paragraphs led by a label run in: a title of a few words ("Tarieven. De aanbeveling om …"), or a number of
parts and a title ("3.1 Stikstof. De aanvulling …"). A response that answers point by point in one section often
sets its replies so: each is then a reply of its own."""

from __future__ import annotations

import bisect
import re

from weerwoord.core.analysis.naming import RUN_IN
from weerwoord.core.analysis.structure import DECLARATIVE
from weerwoord.core.model import Block, TextRun


def run_in_label(b: Block) -> bool:
    """A paragraph led by a label of a few words that is no sentence ("Tarieven. …", not "We agree. …"), or by a
    word, a number and a dash ("Besluit 3.1 – Het BO …")."""
    if b.kind != "paragraph" or b.table_row:
        return False
    # (a numbered one may be short: "Voorstel 3.4 – Laadpunten. De vergadering neemt kennis van het advies …")
    numbered = NUMBERED_DASH.match(b.text)
    if len(b.text.split()) < (SHORT_NUMBERED if numbered else 15):
        return False
    m = RUN_IN.match(b.text) or numbered or TWO_NUMBERED.match(b.text)
    return m is not None and _no_sentence(m.group(0))


def run_in_words(b: Block) -> str:
    """The label a paragraph is led by, folded ("tarieven."), or ""."""
    m = RUN_IN.match(b.text) or NUMBERED_DASH.match(b.text) or TWO_NUMBERED.match(b.text)
    return m.group(0).strip().lower() if m else ""


SHORT_NUMBERED = 8  # words, at least, in a paragraph run in after a numbered label

# a decision's or an item's number run in after its word, then a dash: "Besluit 3.1 – Het BO stemt ermee in …"
# (or a hyphen set apart as a dash: "Thema 1 - Bouwhoogte: advies gedeeltelijk gevolgd.")
NUMBERED_DASH = re.compile(r"^[A-ZÀ-Ý][\w’']+\s+\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*[–—]|\s+-)\s+(?=[A-ZÀ-Ý])")


# two labels of a word, a number and a title run in together: "Artikel 7 - afwezigheden, en artikel 12 - gsm."
_ONE_NUMBERED = r"[\w’']+\s+\d{1,3}[a-z]?(?:\s+[-–—]\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,2})?"
TWO_NUMBERED = re.compile(rf"^(?=[A-ZÀ-Ý]){_ONE_NUMBERED},?\s+(?:en|and|&)\s+{_ONE_NUMBERED}[.:]\s+(?=[A-ZÀ-Ý])")


def _no_sentence(title: str) -> bool:
    """Whether a label run in is a title, no sentence ("Tarieven.", not "We agree.", "It is done.")."""
    return not DECLARATIVE.search(title) and not PRONOUN_START.match(title)


NUMBERED_RUN_IN = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")


def numbered_run_in(b: Block) -> bool:
    """A paragraph led by a number of parts and a label run in ("3.1 Stikstof. De aanvulling …"), or a numbered
    paragraph led by one ("5.  Funding for free basic services. The Commission …")."""
    return run_in_title(b) > 0


def run_in_title(b: Block) -> int:
    """Where the number and title a paragraph is led by end ("3.5 Dijkvak 4 Hemmerden. |Het …"), or 0."""
    if b.table_row or len(b.text.split()) < 15:
        return 0
    if b.kind == "item" and PARAGRAPH_LABEL.fullmatch(b.label.strip()):
        at = 0
    else:
        m = NUMBERED_RUN_IN.match(b.text) if b.kind == "paragraph" else None
        if m is None:
            return 0
        at = m.end()
    title = NUMBERED_TITLE.match(b.text, at)  # (a title of up to seven words: "Monitoring tijdens en na de …")
    if title is None or not _no_sentence(title.group(0)):
        return 0
    words = title.group(0).split()
    if words[0].lower() in ARTICLES and len(words) >= 4:
        return 0  # a sentence, not a title: "The Administration accepted the recommendation."
    return title.end()


ARTICLES = frozenset(("the", "a", "an", "de", "het", "een"))


PARAGRAPH_LABEL = re.compile(r"\d{1,3}\.?")  # a numbered paragraph's own number: "5."


NUMBERED_TITLE = re.compile(r"[A-ZÀ-Ý][\w’'\-]*(?:\s+[\w’'\-]+){0,6}[.:]\s+(?=[A-ZÀ-Ý])")


def split_by(starts: list[int], found: list[int]) -> list[list[int]]:
    """``found`` grouped by the section (between two of ``starts``) each stands in."""
    groups: dict[int, list[int]] = {}
    for i in found:
        groups.setdefault(bisect.bisect_right(starts, i), []).append(i)
    return list(groups.values())


PRONOUN_START = re.compile(r"^(?:we|wij|ik|i|it|this|that|dit|dat|het kabinet|the government)\b", re.I)


# a paragraph run in under its own label and title, with what it answers in brackets: "Actie 2 – Doorlooptijden
# (aanbeveling 4). Het OM BES deelt …", "Action 3 – Training (recommendations 2 and 3). …", or the codes alone:
# "Grondonderzoek en begrippen (A3 en B3). De handreiking …"
_CODE = r"(?-i:[A-Z]{1,2}\d{1,2}[a-z]?)"
_NUMBER = r"\d{1,2}(?:\.\d{1,2})?[a-z]?"  # (or a paragraph's: "B26-34 (advies 3.7) Na zonsondergang …")
# what a run-in label names in brackets: "(aanbeveling 4)", "(randnummers 16 en 18)", "(paragraph 12)"
_NAMES = r"(?:aanbeveling(?:en)?|recommendations?|advies|adviezen|randnummers?|randnrs?\.?|rn\.|paragraphs?|paras?\.)"
TAGGED_RUN_IN = re.compile(
    rf"^[^.()\n]{{2,80}}?\((?:{_NAMES}\s+"
    rf"({_NUMBER}(?:\s*(?:,|en|and|&)\s*{_NUMBER})*)"
    rf"|({_CODE}(?:\s*(?:,|en|and|&)\s*{_CODE})*))\)\s*[.:]\s+(?=\S)"
    # (or after a decision's own code, a capital following: "B26-34 (advies 3.7) Na zonsondergang blijft …")
    rf"|^(?-i:[A-Z]{{1,4}}[\d/-]{{1,8}})\s+\({_NAMES}\s+"
    rf"({_NUMBER}(?:\s*(?:,|en|and|&)\s*{_NUMBER})*)\)\s+(?=(?-i:[A-ZÀ-Ý]))"
    # (or letters in brackets, one or more: "Season and management (b) and (e). The contractor …"; each after its
    # own title: "Timber items, item (e), and the games area, item (f). The committee …")
    r"|^[^.()\n]{2,80}?(\((?-i:[a-h])\)(?:,?\s*(?:,|en|and|&)\s*(?:[^.()\n]{2,40}?\s)?\((?-i:[a-h])\))*)\s*[.:]\s+(?=\S)",
    re.I,
)


def tagged_run_in(b: Block) -> str | None:
    """The numbers a paragraph's run-in label names in brackets ("Actie 2 – Doorlooptijden (aanbeveling 4). …"), as
    written, or None."""
    m = TAGGED_RUN_IN.match(b.text) if b.kind == "paragraph" else None
    return (m.group(1) or m.group(2) or m.group(3) or m.group(4)) if m else None


SIBLING_INDENT = 4.0  # points


def labelled_like_headings(blocks: list[Block], starts: list[int]) -> set[int]:
    """The blocks led by the same label as two or more of the section headings (``starts``) and set as they are,
    which the layout read as paragraphs because they run longer: "You said: Come and see the problem sooner, and
    tell me when you're coming." in bold between "You said: Stop sending the leaflet …" and "You said: Put sensors
    in …", each over its "We did: …"."""
    starting = set(starts)
    by_label: dict[str, list[int]] = {}
    for i in starts:
        label = run_in_words(blocks[i]) if blocks[i].kind == "heading" else ""
        if label:
            by_label.setdefault(label, []).append(i)
    out: set[int] = set()
    for label, places in by_label.items():
        if len(places) < 2 or any(places[0] < i < places[-1] and i not in places for i in starting):
            continue  # (a field of each section, other headings between: "Recommendation 3" … "Status: Implemented")
        heads = [blocks[i] for i in places]
        for i, b in enumerate(blocks):
            if (
                i not in starting
                and not b.table_row
                and run_in_words(b) == label
                and any(b.bold == h.bold and b.italic == h.italic and abs(b.x0 - h.x0) <= SIBLING_INDENT for h in heads)
            ):
                out.add(i)
    return out


# the advice quoted under a label that says so, over the reply: "De raad adviseert: Breng alle … in kaart.", "The
# Committee recommended: …"
ADVISED = r"(?:adviseert|adviseerde|recommends|recommended|advises|advised)"  # what the body did, said over its advice
ADVISED_QUOTE = re.compile(rf"^(?:de|het|the)\s+[\w-]+(?:\s+[\w-]+)?\s+{ADVISED}\s*:\s+\S", re.I)


def advised_quotes(blocks: list[Block]) -> frozenset[int]:
    """The paragraphs that quote the advice under such a label, where two or more do and none is the last block: each
    heads the reply below it."""
    found = [i for i, b in enumerate(blocks[:-1]) if b.kind == "paragraph" and ADVISED_QUOTE.match(b.text)]
    return frozenset(found) if len(found) >= 2 else frozenset()


def bold_led_beside(blocks: list[Block], starts: list[int], run_in: list[int]) -> list[int]:
    """The paragraphs led by a title of two words or more run in bold ("Survey interval. The Committee does not
    accept …") beside two or more sections led in bold by a code of their own ("T07 and T12. The ash …"): each a reply
    of its own (not a verdict run in, "Accepted.", nor an aside among paragraphs that cite the advice's paragraphs,
    "Paragraph 6.4 – Saturday opening. …" / "Cremator replacement. …")."""
    led = [i for i in starts if blocks[i].kind == "item" and blocks[i].label and _bold_lead(blocks[i])]
    titled = [i for i in run_in if _bold_lead(blocks[i]) and len(run_in_words(blocks[i]).split()) >= 2]
    return titled if len(led) >= 2 else []


def _bold_lead(b: Block) -> bool:
    """Whether a paragraph opens in bold and goes on in plain type."""
    return bool(b.bold_spans) and b.bold_spans[0][0] == 0 and b.bold_spans[0][1] < len(b.text) - 20


# a quotation that opens a paragraph and closes before the reply in it: "'Voorzie alle vitrines in zaal 2 van gelaagd
# veiligheidsglas ...' Wij vervangen het glas …"
_QUOTED = r"['‘“\"][^'’”\"]{20,}['’”\"]"
# (or two: "'…' en '…'")
QUOTE_OPENING = re.compile(rf"\s*{_QUOTED}(?:\s*(?:,|en|and|&)\s*{_QUOTED})*(?:\s+(?=\S)|\s*$)")


def quote_then_reply(b: Block) -> tuple[TextRun, list[Block]]:
    """A paragraph that quotes a recommendation before its reply, cut into the quotation (a heading) and the reply
    after it (five words or more); the whole of it, and nothing after, where it holds only the quotation."""
    m = QUOTE_OPENING.match(b.text)
    if m is None or len(b.text[m.end() :].split()) < 5:
        return b.run, []
    rest = b.run.slice(m.end(), len(b.text)).strip()
    return b.run.slice(0, m.end()).strip(), [Block("paragraph", rest)]
