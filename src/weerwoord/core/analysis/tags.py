"""Recommendations marked by a word or a code with no number of their own reading: tagged at their end ("… should
direct the Administrator to … (Recommendation 3)", an audit office's form; "… while the vehicle is in motion.
(H-25-18)", a transport safety board's code; "… naar drie jaar. [A1]"), or opened by a bare label ("Recommendation:
HMCTS should …", "AANBEVELING" over a box)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from weerwoord.core.analysis import codes, recommending, structure
from weerwoord.core.analysis.announced import disclaimed
from weerwoord.core.analysis.naming import RUN_IN
from weerwoord.core.analysis.requests import asks, opens_with_verb
from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading.page_lines import ends_sentence
from weerwoord.core.wordlists import words

# a safety board's recommendation code: its mode's letter(s), the year and a number ("H-25-18", "A-24-005")
SAFETY_CODE = r"(?-i:[A-Z]{1,3})-\d{2,4}-\d{1,4}"
# (with whom it is for after it, as an inquiry committee tags them: "(aanbeveling 3 - college)")
TAG = re.compile(
    rf"\((?:(?:recommendation|aanbeveling|advies|advice|rec\.)\s+({codes.NUMBER}|[A-Z]{{1,2}}\d{{1,2}})"
    rf"(?:\s*[-–:,]\s*[^()]{{1,40}}?)?|({SAFETY_CODE}))\)",
    re.I,
)
TAG_AT_END = re.compile(rf"{TAG.pattern}\s*[.;]?\s*$", re.I)
# (or after a sentence, where the paragraph goes on: "… 3000 K now written into the contract specification. (Advice 1)
# The price difference quoted to us …")
TAG_AFTER_SENTENCE = re.compile(rf"(?<=[.!?])\s*{TAG.pattern}(?=\s+(?-i:[A-Z]))", re.I)
# what a finding is labelled with, where one stands before the recommendation it leads to in one paragraph
FINDING_LABEL = re.compile(r"\b(?:conclusie|bevinding|conclusion|finding)\s+\d{1,2}[.:]\s", re.I)


def _tag_number(m: re.Match[str]) -> str:
    """The tag's number: "3" of "(Recommendation 3)", lower-cased; a safety board's code as written."""
    return m.group(1).lower() if m.group(1) else m.group(2)


def _tagged_stretch(text: str, start: int, end: int, bold: tuple[tuple[int, int], ...] = ()) -> tuple[int, int]:
    """What a tag at ``end`` closes, from ``start`` (the paragraph's start or the tag before it): all of it, or
    where a finding is labelled in it ("Conclusie 2. Overschrijdingen werden pas gemeld … Meld elke verwachte
    overschrijding …"), the last sentence only; or where the paragraph sets what the tag closes in bold ("… are
    rising. **The Panel recommends that … Hub. (Recommendation 3)**"), that."""
    a = start + len(text[start:end]) - len(text[start:end].lstrip(" .;"))
    if FINDING_LABEL.search(text, a, end):
        last = [m.end() for m in recommending.SENTENCE_START.finditer(text, a, end)]
        a = last[-1] if last else a
    closing = [b0 for b0, b1 in bold if a < b0 < end and b1 >= end - 2 and not text[b0:end].count("(") > 1]
    if closing and recommending.SENTENCE_START.match(text, closing[0] - 1) is not None:
        a = closing[0]  # (from where a sentence starts: not a bold word or two inside one)
    # (or from the sentence that recommends, after the ones that lead to it: "Warm light matters more than any other
    # single choice in the programme. The Panel advises that every new lantern … (Advice 1)")
    starts = [m.end() for m in recommending.SENTENCE_START.finditer(text, a, end)]
    advising = [k for k in starts if recommending.RECOMMENDING_AT.match(text, k)]
    if advising and not recommending.RECOMMENDING_AT.match(text, a):
        a = advising[0]
    return a, end


def tagged(blocks: list[Block]) -> list[structure._Candidate]:
    """Paragraphs that end by naming the recommendation they are: "… should direct the Administrator to …
    (Recommendation 3)" (an audit office's recommendations for executive action), "… while the vehicle is in
    motion. (H-25-18)" (a transport safety board's code: mode, year, number)."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        m = TAG_AT_END.search(b.text)
        if m is not None and i and b.text[:1].islower() and not ends_sentence(blocks[i - 1].text):
            # the last words of a sentence cut from its start by a page break ("uit de rijksbegroting kan worden
            # ingelopen. (advies 4)"): the two parts are one
            b = replace(blocks[i - 1], run=TextRun.concat([blocks[i - 1].run, b.run], sep=" "))
            m = TAG_AT_END.search(b.text)
        if m is None and not b.table_row:
            m = TAG_AFTER_SENTENCE.search(b.text)
        if m is None or len(b.text.split()) < 8:
            continue
        # each tag closes what stands between it and the tag before it in the paragraph: "… risico's. (aanbeveling
        # 1 - college) Stel als raad een Regeling … vast. (aanbeveling 2 - raad)"
        start = 0
        for tag in TAG.finditer(b.text):
            a, z = _tagged_stretch(b.text, start, tag.start(), b.bold_spans)
            start = tag.end()
            number = _tag_number(tag)
            if number.lower() in seen or len(b.text[a:z].split()) < 5:
                continue  # a later mention of the same tag repeats it (a summary, the agency's letter)
            seen.add(number.lower())
            out.append(structure._Candidate(number, [replace(b, run=b.run.slice(a, z).strip(), label="")], i))
    return sorted(out, key=lambda c: structure._value(c.number))


# a code in square brackets closing a recommendation in the running text: "… te verlengen van twee naar drie jaar.
# [A1]" (an advisory council that marks its recommendations so that they can be followed up)
BRACKETED_CODE = re.compile(r"\[((?-i:[A-Z]{1,3})\d{1,2}[a-z]?)\]")


def bracketed(blocks: list[Block]) -> list[structure._Candidate]:
    """The stretches of running text each closed by a code in square brackets ("… [A1] Voorzie … [C2]"): the text
    since the paragraph's start or the code before, one recommendation per code, in the order of their codes; a
    code alone on the line under its paragraph closes that paragraph."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        if "[" not in b.text:
            continue
        run = b.run
        if BRACKETED_CODE.fullmatch(b.text.strip()) and i and blocks[i - 1].kind != "heading":
            run = TextRun.concat([blocks[i - 1].run, b.run], sep=" ")  # "[B2]" set under its paragraph
        start = 0
        for m in BRACKETED_CODE.finditer(run.text):
            said = run.slice(start, m.start()).strip()
            start = m.end()
            if len(said.text.split()) < 6 or m.group(1) in seen:
                continue  # (a code named in passing, "de aanbevelingen A1 tot C3", has no brackets)
            seen.add(m.group(1))
            out.append(structure._Candidate(m.group(1), [Block("paragraph", said)], i))
    return structure.in_label_order(out) if len(out) >= 2 else []


# "Recommendation: HMCTS should …", "6.13 Recommendation. Veterans Affairs Canada should …": the label without a
# number of its own; the paragraph's number, else the numbered point it stands in, is the recommendation's
BARE_LABEL = re.compile(
    r"^(?:(\d{1,2}(?:\.\d{1,2})?)\s+)?(?:(?:recommendation|aanbeveling|advies|advice|voorstel|proposal)"
    # (with its kind or urgency in brackets: "Recommendation (Category A): Reset and rebed …")
    r"(?:\s*\((?:category|categorie|priority|prioriteit|urgency|urgentie|cat\.)\s*[\w-]{1,6}\))?\s*[.:–—]\s+(?=\S)"
    # the label in capitals on its own line over the text, as a box heads it: "AANBEVELING" / "Betrek de …"
    # (or with whose it is before it, and a tag of its kind after it, as a bar heads it: "PANEL ADVICE CHANGE Replace")
    r"|(?-i:RECOMMENDATION|AANBEVELING|ADVIES|(?!NO\s|GEEN\s)[A-Z]{2,12}\s+(?:ADVICE|ADVIES|RECOMMENDATION))\s+"
    r"(?:(?-i:[A-Z]{2,10})\s+(?=(?-i:[A-Z][a-z])))?(?=(?-i:[A-Z])))",
    re.I,
)


# the label alone on its line, as a heading over the recommendation's paragraph
# (or what a letter calls its point under each subject: "Leemte 1 – …", "Achtergrond", then "Voorstel"; "Proposal")
LABEL_HEADING = re.compile(
    # (and "Ons advies" in a shaded box under each stop of a walk-through)
    r"^(?:(?:our|ons|onze)\s+)?(?:recommendation|aanbeveling|voorstel|proposal)\s*[.:]?\s*$"
    r"|^(?:our|ons|onze)\s+(?:advice|advies)\s*[.:]?\s*$"
    r"|^(?-i:(?:(?!NO\s|GEEN\s)[A-Z]{2,12}\s+)?(?:ADVICE|ADVIES|RECOMMENDATION))$",
    re.I,
)
# the paragraph's own number, which is the recommendation's ("5.10 Employment and Social Development Canada should …")
PARAGRAPH_NUMBER = re.compile(r"(\d{1,2}\.\d{1,3})\s+(?=\S)")


# the label as a table's row heads it, the text in the next cell: "Aanbeveling  Voer de fietsoversteek … uit"
CELL_LABEL = re.compile(r"^(?:recommendation|aanbeveling)\s+(?=(?-i:[A-Z])\w+\s+\S)", re.I)
# a finding's title with its number, over its table: "Bevinding 4.1 - Fietsoversteek Kanaalzone (km 12,4)"
FINDING_TITLE = re.compile(
    r"^(?-i:[A-Z])\w+\s+(\d{1,2}(?:\.\d{1,2})?|(?-i:[A-Z]{2,4})[/-]\d{1,3})\s*[-–—:.|]\s*\S"
)  # "Finding 3 – …", "Finding LEG/01 | Primary aviation legislation | …" (an audit's finding by its code)


def _finding_number(blocks: list[Block], i: int) -> str | None:
    """The number of the titled finding a table's row stands under, a few blocks up."""
    for j in range(i - 1, max(-1, i - 8), -1):
        # (a heading, or a title line of a few words set as a paragraph: "Finding LEG/01 - Primary aviation …")
        short = blocks[j].kind == "heading" or len(blocks[j].text.split()) <= 10
        m = FINDING_TITLE.match(blocks[j].text) if short else None
        if m:
            return m.group(1)
    return None


def bare_label(blocks: list[Block], item: structure._Candidate) -> str:
    """The label a bare-labelled item opens with, as printed ("Recommendation", "PANEL ADVICE")."""
    own = blocks[item.start_index].text
    m = BARE_LABEL.match(own)
    if m is None and item.start_index and LABEL_HEADING.match(blocks[item.start_index - 1].text):
        return blocks[item.start_index - 1].text.strip(" .:")
    m = m or CELL_LABEL.match(own)
    return re.sub(r"^\d[\d.]*\s+", "", m.group(0)).strip(" .:–—") if m else "Recommendation"


# a heading that numbers what it is about, a word and a number: "Topic 2: Ethnicity", "Thema 3 – Wonen"
TOPIC_HEADING = re.compile(r"^(?-i:[A-Z][a-z]{2,15})\s+(\d{1,2})\s*(?:[:.–—]|\s-\s)")


def _topic(blocks: list[Block], i: int) -> str | None:
    """The number of the topic heading nearest above block ``i`` (before any other heading), or None."""
    heading = next(
        (b for b in reversed(blocks[max(0, i - 6) : i]) if b.kind == "heading" and not LABEL_HEADING.match(b.text)),
        None,
    )
    m = TOPIC_HEADING.match(heading.text) if heading else None
    return m.group(1) if m else None


def bare_labels(blocks: list[Block]) -> list[structure._Candidate]:
    """Paragraphs that open with "Recommendation:" and no number, numbered by their paragraph or point."""
    found = []
    for i, b in enumerate(blocks):
        m = BARE_LABEL.match(b.text)
        if m is None and LABEL_HEADING.match(b.text) and b.kind == "heading" and i + 1 < len(blocks):
            # "Recommendation" as a heading of its own over the paragraph ("5.10 The department should …")
            nxt = blocks[i + 1]
            n = PARAGRAPH_NUMBER.match(nxt.text)
            if nxt.kind != "heading" and not nxt.table_row and len(nxt.text.split()) >= 8 and not disclaimed(nxt.text):
                run = nxt.run.slice(n.end(), len(nxt.text)).strip() if n else nxt.run
                number = n.group(1) if n else structure._enclosing_number(blocks, i + 1) or _finding_number(blocks, i)
                number = number or _topic(blocks, i)
                found.append((number, structure._Candidate("", [replace(nxt, run=run, label="")], i + 1)))
                # (and the requests right under it, set alike, before the next heading: two in one box)
                for j in range(i + 2, min(len(blocks), i + 6)):
                    more = blocks[j]
                    # (set apart by the label over them; not "The department's response. Agreed. …" under it)
                    asking = opens_with_verb(more.text) or (asks(more) and not RUN_IN.match(more.text))
                    if more.kind == "heading" or more.table_row or abs(more.x0 - nxt.x0) > 4 or not asking:
                        break
                    number = structure._enclosing_number(blocks, j)
                    found.append((number, structure._Candidate("", [replace(more, label="")], j)))
            continue
        several = PLURAL_LABEL.match(b.text) if m is None else None
        if several is not None:
            # "Aanbevelingen: Breng het aandeel van de overheadkosten … terug …. Vul daarnaast de raad van toezicht
            # aan …": each sentence that asks, a recommendation of its own
            for start, end in structure._sentences(b.text[several.end() :]):
                said = b.text[several.end() + start : several.end() + end]
                if len(said.split()) >= 6 and opens_with_verb(said):
                    run = b.run.slice(several.end() + start, several.end() + end).strip()
                    found.append((None, structure._Candidate("", [replace(b, run=run, label="", table_row=0)], i)))
            continue
        if m is None:
            m = CELL_LABEL.match(b.text)
            if m is None or not opens_with_verb(b.text[m.end() :]):
                continue
            # "Aanbeveling | Voer de fietsoversteek … uit", the row of a finding's table: numbered by the finding
            number = _finding_number(blocks, i)
            run = b.run.slice(m.end(), len(b.text)).strip()
            found.append((number, structure._Candidate("", [replace(b, run=run, label="", table_row=0)], i)))
            continue
        if len(b.text.split()) < 8 or disclaimed(b.text[m.end() :]):
            continue  # (nor a bar that says there is none: "PANEL ADVICE NONE The Panel … has no advice on this topic")
        number = m.group(1) or _finding_number(blocks, i) or structure._enclosing_number(blocks, i) or _topic(blocks, i)
        run = b.run.slice(m.end(), len(b.text)).strip()
        found.append((number, structure._Candidate("", [replace(b, run=run, label="", table_row=0)], i)))
    numbers = [n for n, _c in found]
    present = [n for n in numbers if n]
    if len(set(present)) != len(present) or len(present) < len(numbers) / 2:
        numbers = [str(k) for k in range(1, len(found) + 1)]  # by their place, as printed numbers would repeat
    else:  # one whose number the layout lost takes its place
        numbers = [n or str(k) for k, n in enumerate(numbers, start=1)]
    for number, (_n, c) in zip(numbers, found, strict=True):
        c.number = str(number)
    return [c for _n, c in found]


PLURAL_LABEL = re.compile(r"^(?:recommendations|aanbevelingen)\s*:\s+(?=\S)", re.I)


# a label of the document's own, a word or an acronym and a number or code that run 1, 2, 3 … ("AFI 1: Escalation at
# night" over its paragraph, an NHS investigation's areas for improvement; "Verwachting V4", a supervisor's
# expectations, in the order of the report's chapters); not what numbers a document's parts
SERIES_LABEL = re.compile(
    r"^((?-i:[A-Z][a-z]{2,15}|[A-Z]{2,6}))\s+((?-i:[A-Z]{0,3})(\d{1,2}))\b\s*[:.–—-]?\s*(.*)$", re.S
)


def _asks_somewhere(text: str) -> bool:
    """Whether a text recommends in so many words, or one of its sentences opens with a verb (also after a line
    of its own that states a deadline: "termijn: 1 januari 2027 Bewaar de e-mail …")."""
    if structure.REC_VERB.search(text) or NEEDING.search(text):
        return True
    # (a sentence's start, or a capital after a number that ends a deadline: "… 1 januari 2027 Bewaar …")
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.!?:\d])\s+(?=(?-i:[A-Z]))", text))]
    return any(opens_with_verb(text[k:]) for k in starts)


# a need stated as a board states its judgments of need: "RES needs to revise its work planning procedure …"
NEEDING = re.compile(r"\b(?:needs|need) to\b(?!\s+be\s+(?:noted|said)\b)", re.I)


def series_labels(blocks: list[Block]) -> tuple[str, list[structure._Candidate]]:
    """Items under a label of the document's own, one word or acronym with the numbers 1 to N ("AFI 1: …" …
    "AFI 7: …", "Verwachting V1" … "V6" in any order), most of whose texts ask someone to act: the label, and each
    item with the paragraphs under it (the label's title apart)."""
    by_word: dict[str, list[tuple[int, str, int, str]]] = {}
    for i, m in _series_matches(blocks):
        if m.group(1).lower() not in words("part-names"):
            code = m.group(2) if not m.group(2).isdigit() else m.group(3)
            by_word.setdefault(m.group(1), []).append((int(m.group(3)), code, i, m.group(4)))
    for word, hits in by_word.items():
        if len(hits) < 3 or not from_one([n for n, _, _, _ in hits]):
            continue
        starts = {i for _, _, i, _ in hits}
        out = []
        for _, code, i, rest in hits:
            if len(rest.split()) >= 8:  # "AFI 1: The Trust should agree …": the text follows the label itself
                out.append(structure._Candidate(code, [_after_label(blocks[i], rest)], i))
                continue
            under = []
            for j in range(i + 1, min(len(blocks), i + 6)):
                if blocks[j].kind == "heading" or j in starts:
                    break
                under.append(blocks[j])
            if under:
                out.append(structure._Candidate(code, under, i))
        asking = sum(any(_asks_somewhere(b.text) for b in c.blocks) for c in out)
        if len(out) == len(hits) and asking >= 0.6 * len(out):
            return word, structure.in_label_order(out)
    return "", []


def label_families(blocks: list[Block]) -> tuple[str, list[structure._Candidate]]:
    """Items under labels of one form with several words of capitals, each numbered from 1 ("HOU 1" … "HOU 3",
    "EMP 1", "EMP 2", "FAM 1", "FAM 2": a commissioner's codes by theme), the text after the label, most of them
    asking someone to act: the labels' words, and the items in the document's order, each its code ("HOU 1")."""
    by_word: dict[str, list[tuple[int, int, str]]] = {}
    for i, m in _series_matches(blocks):
        if m.group(1).isupper() and m.group(2).isdigit() and len(m.group(4).split()) >= 8:
            by_word.setdefault(m.group(1), []).append((int(m.group(3)), i, m.group(4)))
    families = {w: hits for w, hits in by_word.items() if from_one([n for n, _, _ in hits])}
    if len(families) < 2 or sum(len(h) for h in families.values()) < FAMILY_ITEMS:
        return "", []
    out = []
    for word, hits in families.items():
        for n, i, rest in hits:
            out.append(structure._Candidate(f"{word} {n}", [_after_label(blocks[i], rest)], i))
    if sum(_asks_somewhere(c.blocks[0].text) for c in out) < 0.6 * len(out):
        return "", []
    return ", ".join(families), sorted(out, key=lambda c: c.start_index)


FAMILY_ITEMS = 4  # items, at least, under two or more words of capitals


def _series_matches(blocks: list[Block]) -> list[tuple[int, re.Match[str]]]:
    """The blocks that open with a label of a series ("AFI 1: …", "HOU 2 …"), each with its match."""
    found = (SERIES_LABEL.match(f"{b.label} {b.text}".strip() if b.label else b.text.strip()) for b in blocks)
    return [(i, m) for i, m in enumerate(found) if m]


def from_one(numbers: list[int]) -> bool:
    """Whether numbers run 1, 2, 3 … in any order, each once."""
    return sorted(numbers) == list(range(1, len(numbers) + 1))


def _after_label(b: Block, rest: str) -> Block:
    """The block as the text after its label (``rest``, its end), the label left off."""
    return replace(b, run=b.run.slice(len(b.text) - len(rest), len(b.text)), label="")


def most_by_word(items: list[structure._Candidate], words: list[str]) -> list[structure._Candidate]:
    """Items labelled by two words or more ("Proposal 1" … "Proposal 3" of a consultation quoted, "Recommendation 1"
    … "Recommendation 7"): those of the word most of them carry, where it is more than half; else all."""
    counts = Counter(words)
    word, most = counts.most_common(1)[0] if counts else ("", 0)
    if len(counts) < 2 or 2 * most <= len(items):
        return items
    return [c for c, w in zip(items, words, strict=True) if w == word]
