"""What the response repeats of the advice: a reading of the recommendations that needs no form of its own.

Responses of nearly every genre repeat the recommendation before they answer it: quoted in italics under
"Aanbeveling 3", in the left cell of a table, bold and indented with its "(Paragraph 12)", summarised after "De
Afdeling adviseert". Where the response repeats a passage of the advice word for word, that passage is what the
response answers, however the advice set it (a numbered list, a box, the last sentence of a paragraph, a code at a
paragraph's end). Found by shared runs of words (shingles): linear in the two texts, no pairwise comparison of
every paragraph with every other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from weerwoord.core.analysis import structure, tallies
from weerwoord.core.model import Block, Document, Recommendation, Reply
from weerwoord.core.wordlists import function_words, words

SHINGLE = 5  # words in a run: five words in the same order rarely meet by chance
MIN_SHARED = 5  # runs shared: a quotation of nine words or more
SHARE = 0.5  # of the shorter text's runs: most of the quoted passage, not a phrase both documents use
COMMON = 3  # a run found in more advice paragraphs than this is the report's own refrain, not a quotation
_WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?")
# a sentence ends at ". " before a capital, and at a semicolon before the next point
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-Ý\"'“‘(])")


@dataclass
class Echo:
    """A passage of the advice the response repeats: the advice block, where in it the repeat begins, and the
    response blocks that repeat it."""

    index: int  # of the advice block
    start: int  # offset in the block's text of the first sentence the response repeats
    echoed_by: list[int]  # response block indexes
    also: list[int] = field(default_factory=list)  # other advice blocks the repeat matches as well (a summary's copy)
    # where the passage ends, where the response repeats another sentence of the same paragraph apart (-1: at the
    # paragraph's end): "The council should provide a detailed travel plan …. It should also assess …", each quoted
    # with a reply of its own
    end: int = -1


Shingle = tuple[str, str, str, str, str]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("\u00ad", "").lower())


def _shingles(words: list[str]) -> set[Shingle]:
    """Each run of SHINGLE words (as a tuple: cheaper than joining them)."""
    return set(zip(words, words[1:], words[2:], words[3:], words[4:], strict=False))


def _shared_at(text: str, shared: set[Shingle], last: bool = False) -> int:
    """The offset in ``text`` of the first word of the first run of words in ``shared`` (``last``: the offset just
    after the last word of the last such run, where the repeat ends)."""
    found = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text.replace("\u00ad", "").lower())]
    runs = range(len(found) - SHINGLE + 1)
    for k in reversed(runs) if last else runs:
        if tuple(w for w, _, _ in found[k : k + SHINGLE]) in shared:
            return found[k + SHINGLE - 1][2] if last else found[k][1]
    return len(text) if last else 0


def echoes(advice: Document, response: Document, after_line: int = 0) -> list[Echo]:
    """The advice's passages the response repeats, in the advice's order; each response block repeats at most
    one (the one it shares most with), and sentences of one paragraph that blocks apart repeat are passages apart.
    ``after_line``: response blocks above this line (its title, the opening that names the advice) repeat no
    recommendation."""
    where: dict[Shingle, list[int]] = {}
    sizes: list[int] = []
    for i, b in enumerate(advice.blocks):
        own = _shingles(_words(b.text)) if b.kind != "heading" or len(b.text.split()) > 12 else set()
        sizes.append(len(own))
        for sh in own:
            where.setdefault(sh, []).append(i)
    found: dict[int, list[Echo]] = {}
    for j, rb in enumerate(response.blocks):
        if rb.run.pieces and rb.run.pieces[0].line < after_line:
            continue
        mine = _shingles(_words(rb.text))
        if len(mine) < MIN_SHARED:
            continue
        counts: dict[int, int] = {}
        for sh in mine:
            hits = where.get(sh, ())
            if len(hits) <= COMMON:
                for i in hits:
                    counts[i] = counts.get(i, 0) + 1
        if not counts:
            continue
        fits = [i for i in counts if counts[i] >= MIN_SHARED and counts[i] >= SHARE * min(len(mine), sizes[i])]
        if not fits:
            continue
        # the passage it repeats most of, and of those the one it repeats most closely (the item itself, not a
        # paragraph that tells it again among other things); of two copies alike, the later (a summary comes first)
        best = max(fits, key=lambda i: (counts[i], counts[i] / sizes[i], i))
        text = advice.blocks[best].text
        start = _sentence_start(text, _shared_at(text, mine))
        stop = _sentence_end(text, _shared_at(text, mine, last=True))
        # (the repeat of the same passage again, or of one that overlaps it; a sentence of it repeated apart is one
        # of its own)
        echo = next((e for e in found.get(best, ()) if start < e.end and e.start < stop), None)
        others = [i for i in fits if i != best]
        if echo is None:
            found.setdefault(best, []).append(Echo(best, start, [j], others, stop))
        else:
            echo.also.extend(i for i in others if i not in echo.also)
            echo.echoed_by.append(j)
            echo.start, echo.end = min(echo.start, start), max(echo.end, stop)
    out = []
    for i in sorted(found):
        apart = sorted(found[i], key=lambda e: e.start)
        for e, after in zip(apart, [*apart[1:], None], strict=True):
            e.end = after.start if after is not None else -1
        out += apart
    return out


def _sentence_end(text: str, offset: int) -> int:
    """The end of the sentence of ``text`` that holds ``offset`` (where the next one starts)."""
    return next((m.end() for m in _SENTENCE_END.finditer(text) if m.start() >= offset), len(text))


def _sentence_start(text: str, offset: int) -> int:
    """The start of the sentence of ``text`` that holds ``offset``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > offset:
            break
        start = m.end()
    return start


def repeated(advice: Document, response: Document, replies: list[Reply]) -> list[Echo]:
    """The passages the response repeats that may be recommendations: sentences that ask, not titles or
    conclusions, repeated after the response's own opening (from its first reply section on)."""
    first = min((p[0].line for r in replies if (p := (r.heading_run or r.run).pieces)), default=0)
    return [e for e in echoes(advice, response, after_line=first) if _recommends(advice.blocks[e.index], e.start)]


def echoed_items(
    advice: Document, found: list[Echo], replies: list[Reply], response: Document
) -> list[structure._Candidate]:
    """The passages the response repeats as candidate recommendations, numbered as the advice numbers them (a
    list label, "Recommendation 4"), else as the response does (the one number its section names), else by their
    place."""
    found = [e for e in found if _asks(advice.blocks[e.index], e.start)]
    if len(found) < 2:
        return []
    found = sorted([*found, *_unrepeated_siblings(advice.blocks, found)], key=lambda e: e.index)
    numbers_at = _numbers_by_block(response, replies)
    owns: list[str | None] = []
    for e in found:
        b = advice.blocks[e.index]
        own = structure._label_number(b.label) if b.label else None
        m = structure.REC_LABEL.match(b.text[e.start :]) if own is None else None
        if m:
            own = m.group(1)
        if own is None:
            cited = {n for j in e.echoed_by for n in numbers_at.get(j, ())}
            own = cited.pop() if len(cited) == 1 else None
        owns.append(own)
    used = {o.lower() for o in owns if o}
    out: list[structure._Candidate] = []
    free = (str(k) for k in range(1, 10_000) if str(k) not in used)
    for e, own in zip(found, owns, strict=True):
        b = advice.blocks[e.index]
        run = b.run.slice(e.start, len(b.text) if e.end < 0 else e.end).strip() if e.start or e.end >= 0 else b.run
        number = own if own else next(free)
        out.append(structure._Candidate(number, [replace(b, run=run, label="")], e.index, numbered=own is not None))
    return out


def _unrepeated_siblings(blocks: list[Block], found: list[Echo]) -> list[Echo]:
    """Paragraphs set like the repeated ones, among or right after them under the same heading: the
    recommendations the response leaves unanswered. Among repeated ones, being set alike is enough; after the last,
    a paragraph must also ask (the closing words of a chapter are set like its points)."""
    repeated = {e.index for e in found}
    last = max(repeated)
    out: list[Echo] = []
    for e in found:
        model = blocks[e.index]
        for i in range(e.index + 1, len(blocks)):
            b = blocks[i]
            if b.kind == "heading" or i in repeated:
                break
            alike = (
                b.kind == model.kind
                and (b.table_row > 0) == (model.table_row > 0)
                and b.bold == model.bold
                and b.italic == model.italic
                and abs(b.x0 - model.x0) <= 12
            )
            text = b.text.strip()
            if not alike or len(text.split()) < 8 or text.endswith(":"):
                break
            between = any(k > i for k in repeated)
            if not between and (i < last or not _asks(b, 0) or _CONDITION.match(text)):
                break  # (nor a closing condition: "4.3 If the council addresses these points, inspectors consider …")
            out.append(Echo(i, 0, []))
            repeated.add(i)
    return out


def _recommends(b: Block, start: int) -> bool:
    """Whether the repeated passage asks for something (a finding the response repeats is no recommendation)."""
    text = b.text[start:].strip()
    if b.kind == "heading" and not structure.REC_LABEL.match(text):
        return False  # a heading the response repeats: a title, a theme
    if len(text.split()) < 8 or text.isupper() or structure.CONCLUSION_ONLY.match(text):
        return False  # a title the response repeats, a conclusion
    # a sentence (a title or a heading the response repeats has no end mark), or a point that asks
    return text[-1:] in ".;:!?)”\"'" or bool(structure.REC_VERB.search(text))


def _asks(b: Block, start: int) -> bool:
    """Whether a repeated passage plainly asks for something: a list item, a labelled recommendation, a sentence
    that recommends or says what must be done."""
    text = b.text[start:]
    # (not a verb said not to: "Inspectors do not recommend any change to the proposed date", "Wij adviseren niet om
    # de lift nu al te vervangen")
    verb = any(
        not _NOT_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) and not _NOT_AFTER.match(text, m.end())
        for m in structure.REC_VERB.finditer(text)
    )
    return bool(b.label or structure.REC_LABEL.match(text) or verb or EXPECTS.match(text) or request(text))


# what is needed or expected of someone, said so: "The council needs to give fuller consideration to …", "Inspectors
# would also expect the council to correct …"
EXPECTS = re.compile(r"[^.;:]{0,80}?\b(?:needs? to|would (?:also )?expect|verwacht(?:en)?)\b", re.I)
_CONDITION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:if|als|indien|wanneer|provided)\b", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|niet|never|nooit)\s+$", re.I)
_NOT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:niet|not)\b", re.I)


def request(text: str) -> bool:
    """Whether a sentence opens as a request: a verb first, then what it asks for ("Richt een garantiefonds op",
    "Zorg ervoor dat", "Publish the figures"), not a subject and its verb ("Walstroom is …", "De raad ziet …")."""
    first = text.split()[:2]
    if len(first) < 2 or not first[0][:1].isupper():
        return False
    verb, then = (w.strip(",.;:").lower() for w in first)
    if then in _PREPOSITIONS and verb.endswith(("en", "ers")) and len(verb) > 8:
        # a long plural subject before a preposition: "Onderzoekers in …", "Veldproeven met …" (not "Zorg voor",
        # nor a verb whose stem ends so: "Verken met …")
        return False
    # (nor a preposition that opens a sentence: "Tijdens de onverwachte stremming … lag de vaarweg …"; nor a count,
    # "Zes op de tien leerlingen vinden …", a share, "Bijna de helft van de medewerkers vindt …")
    if verb in OPENING_PREPOSITIONS or verb in tallies.number_words() or verb in words("quantity-words"):
        return False
    return verb not in function_words() and then in words("request-openers") and not structure.DECLARATIVE.match(then)


# (prepositions that open a sentence of findings, no verb: "Tijdens de onverwachte stremming … lag de vaarweg stil";
# or a conjunction before its clause: "Omdat het uitgangspunt … nog steeds geldt, zoeken wij …")
OPENING_PREPOSITIONS = frozenset(
    (
        *("tijdens", "sinds", "volgens", "gedurende", "during", "since", "following"),
        *("omdat", "doordat", "hoewel", "terwijl", "nadat", "zodra", "indien", "wanneer", "tenzij", "voordat"),
        *("because", "although", "while", "whereas", "unless", "once"),
    )
)


# the prepositions of request-openers ("Investeer in", "Zorg voor", "Begin met")
_PREPOSITIONS = frozenset(("binnen", "bij", "in", "op", "voor", "met"))


def _numbers_by_block(response: Document, replies: list[Reply]) -> dict[int, list[str]]:
    """For each response block, the recommendation numbers its reply section names (places and addressees
    left out)."""
    index = {id(b): j for j, b in enumerate(response.blocks)}
    named: list[tuple[set[int], list[str]]] = []
    for r in replies:
        own = [n for n in r.numbers if not n.startswith(("#", "@"))]
        lines = _reply_lines(r)
        if own and lines:
            named.append((lines, own))
    out: dict[int, list[str]] = {}
    for b in response.blocks:
        if not b.run.pieces:
            continue
        line = b.run.pieces[0].line
        mine = next((own for lines, own in named if line in lines), None)
        if mine is not None:
            out[index[id(b)]] = mine
    return out


def landing(
    recs: list[Recommendation], replies: list[Reply], found: list[Echo], advice: Document, response: Document
) -> tuple[dict[int, int], set[int], int]:
    """Where the repeats land: recommendation index -> the reply section holding a repeat of its text; the
    recommendations whose repeat stands apart before the section that answers it (with the next one: both are
    answered there); and how many repeats no recommendation of ``recs`` holds (passages the response answers that
    this reading lacks), or one holds beside another that the response answers in another section."""
    lines_of_rec = [{p.line for p in r.run.pieces} for r in recs]
    lines_of_reply = [_reply_lines(r) for r in replies]
    out: dict[int, int] = {}
    apart: set[int] = set()  # sections reached by a quote standing apart before them
    missed = 0
    for e in found:
        own = _echo_lines(e, advice)
        holders = [i for i, lines in enumerate(lines_of_rec) if lines & own]
        if not holders:
            missed += _asks(advice.blocks[e.index], e.start)  # (a finding the response quotes is no loss)
            continue
        for j in e.echoed_by:
            pieces = response.blocks[j].run.pieces
            if not pieces:
                continue
            line = pieces[0].line
            section = next((k for k, lines in enumerate(lines_of_reply) if line in lines), None)
            if section is None and j + 1 < len(response.blocks) and response.blocks[j + 1].run.pieces:
                # a quote standing apart, right before the section that opens with the next quote: both are
                # answered there
                after = response.blocks[j + 1].run.pieces[0].line
                section = next((k for k, lines in enumerate(lines_of_reply) if lines and min(lines) == after), None)
                if section is not None:
                    apart.add(section)
            if section is not None:
                if out.get(holders[0], section) != section:
                    missed += 1  # (two passages the response answers apart, one recommendation of this reading)
                out.setdefault(holders[0], section)
                break
    return out, {i for i, section in out.items() if section in apart}, missed


def repeating_blocks(recs: list[Recommendation], found: list[Echo], advice: Document) -> list[int]:
    """The response blocks that repeat one of ``recs``, the first repeat of each: where the response's replies to
    this reading begin."""
    lines_of_rec = [{p.line for p in r.run.pieces} for r in recs]
    out: dict[int, int] = {}
    for e in found:
        own = _echo_lines(e, advice)
        holder = next((i for i, lines in enumerate(lines_of_rec) if lines & own), None)
        if holder is not None and holder not in out:
            out[holder] = min(e.echoed_by)
    return sorted(set(out.values()))


def _reply_lines(r: Reply) -> set[int]:
    """The printed lines a reply section covers, its heading's included."""
    return {p.line for p in (*(r.heading_run.pieces if r.heading_run else ()), *r.run.pieces)}


def _echo_lines(e: Echo, advice: Document) -> set[int]:
    """The printed lines of the advice a repeat matches: its passage (its sentences, where another sentence of its
    paragraph is repeated apart) and the copies it matches as well."""
    b = advice.blocks[e.index]
    own = b.run.slice(e.start, e.end).pieces if e.end >= 0 else b.run.pieces
    return {p.line for p in own} | {p.line for i in e.also for p in advice.blocks[i].run.pieces}
