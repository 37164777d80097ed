"""Blocks across breaks: a paragraph cut by a page or column break joined again, headings set in the body's
font, and in plain text the repeated lines and footnotes set apart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from weerwoord.core.model import Block, BlockKind, Piece, TextRun
from weerwoord.core.reading.page_lines import (
    NUMBERED_TITLE,
    PAGE_NUMBER_RE,
    SUPERSCRIPTS,
    PageLines,
    closes_sentence,
    ends_sentence,
    few_words,
    norm_key,
    one_line,
)
from weerwoord.core.reading.paragraphs import hyphen_join
from weerwoord.core.wordlists import function_words


def join_across_breaks(
    blocks: list[Block], pages: list[PageLines], plain_text: bool
) -> tuple[list[Block], list[Block]]:
    """A paragraph cut by a page or column break becomes one paragraph again.

    In plain text, header or sidebar lines that stand inside such a cut are returned apart, as furniture.
    """
    heights = {pg.number: pg.height for pg in pages}
    out: list[Block] = []
    debris: list[Block] = []
    skipped: list[Block] = []
    for b in blocks:
        if (
            plain_text
            and out
            and _cut_mid_sentence(out[-1])
            and _short_standalone(b)
            and _debris_like(b)
            and len(skipped) < 8
        ):
            skipped.append(b)  # maybe header or sidebar lines inside a paragraph cut by a page break
            continue
        if not plain_text and out and out[-1].kind == "heading" and _small_title_after_heading(out[-1], b, heights):
            debris.append(b)  # a running title between a box's label at a page's foot and its text on the next
            continue
        if not plain_text and out and not skipped and _small_title_in_cut(out[-1], b):
            skipped.append(b)  # maybe a running title, once, at the top of the page a sentence runs on to
            continue
        if (
            skipped
            and b.kind == "paragraph"
            and len(b.text.split()) > 6
            and (plain_text or (b.text[:1].islower() and not b.table_row))
        ):
            debris.extend(skipped)  # they were: the paragraph runs on after them
            skipped = []
            prev = out[-1]
            out[-1] = _joined(prev, b, "item" if prev.kind == "heading" and prev.label else prev.kind)
            continue
        out.extend(skipped)
        skipped = []
        if out and _label_alone(out[-1], b):
            # a point's number left alone at a page's foot, its text on the next page ("7." / "De Hoge Raad vraagt …")
            out[-1] = replace(b, kind="item", label=out[-1].text.strip())
            continue
        if out and _continues(out[-1], b, heights, plain_text):
            prev = out[-1]
            kind: BlockKind = ("item" if prev.label else "paragraph") if prev.kind == "heading" else prev.kind
            out[-1] = _joined(prev, b, kind)
            continue
        out.append(b)
    out.extend(skipped)
    return out, debris


# a point's number with its stop or bracket, not a code that titles a box ("PM5" over its text on the next page)
POINT_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]")


def _label_alone(prev: Block, b: Block) -> bool:
    """Whether ``prev`` is only a point's number ("7.") at the foot of a page and ``b`` a paragraph opening the next."""
    return (
        not prev.label
        and POINT_NUMBER.fullmatch(prev.text.strip()) is not None
        and b.kind == "paragraph"
        and not b.label
        and not b.table_row
        and bool(prev.run.pieces and b.run.pieces)
        and b.run.pieces[0].page > prev.run.pieces[-1].page
        and b.text[:1].isupper()
    )


def _small_line_on_next_page(prev: Block, b: Block) -> bool:
    """A line in a smaller type, no sentence, on the page after ``prev`` (not in a table, whose cell runs on in its
    own column, see ruled_tables): perhaps a running title printed on that page only."""
    return (
        not prev.table_row
        and b.page != prev.page
        and b.size < prev.size - 0.5
        and one_line(b)
        and not ends_sentence(b.text)
    )


def _small_title_in_cut(prev: Block, b: Block) -> bool:
    """A small line at the top of the next page, after a sentence cut by the page break ("Deltacommissaris · advies
    zoetwaterverdeling bij droogte · DC/2026/0031")."""
    cut = (prev.kind in ("paragraph", "item") or (prev.kind == "heading" and bool(prev.label))) and not (
        closes_sentence(prev.text)
    )
    return cut and _small_line_on_next_page(prev, b)


def _small_title_after_heading(prev: Block, b: Block, heights: dict[int, float]) -> bool:
    """A small line opening the next page right after a heading at the foot of the one before, with text in the
    heading's own column to follow: "Recommendation 2.2" / "Independent Review … | Final report" / "The Trust should
    establish …"."""
    return (
        _small_line_on_next_page(prev, b)
        and bool(prev.run.pieces)
        and prev.run.pieces[-1].rect[1] > 0.7 * heights.get(prev.page, 842.0)  # the heading at the page's foot
        and b.run.pieces[0].rect[1] < 0.15 * heights.get(b.page, 842.0)  # the line at the next one's head
    )


def _cut_mid_sentence(b: Block) -> bool:
    return b.kind in ("paragraph", "item") and not few_words(b.text, 12) and not closes_sentence(b.text)


CHAPTER_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?)\s+\S")


def plain_headings(blocks: list[Block]) -> None:
    """Headings set in the body's own font (or in plain text) are one short line on its own, with no sentence
    end: in capitals, numbered as a chapter, or standing over a long paragraph."""
    for i, b in enumerate(blocks):
        if b.kind != "paragraph" or b.table_row or len({p.line for p in b.run.pieces}) > 1:
            continue
        t = b.text.strip()
        words = t.split()
        if not 1 <= len(words) <= 8 or t.endswith((".", ",", ";", ":", "!", "?")) or t[:1].islower():
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        over_text = nxt is not None and nxt.kind in ("paragraph", "item") and len(nxt.text.split()) > 20
        letters = [c for c in t if c.isalpha()]
        capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
        if capitals or CHAPTER_NUMBER.match(t) or NUMBERED_TITLE.match(t) or (over_text and len(words) <= 6):
            b.kind = "heading"


def _debris_like(b: Block) -> bool:
    """Could be a letter's header or sidebar line: not a sentence running on, not a numbered or capitals title."""
    t = b.text.strip()
    return bool(t) and not t[0].islower() and not t[0].isdigit() and not t.isupper() and not NUMBERED_TITLE.match(t)


def _continues(prev: Block, nxt: Block, heights: dict[int, float], plain_text: bool) -> bool:
    if not prev.run.pieces or not nxt.run.pieces:
        return False
    if prev.table_row and prev.table_row == nxt.table_row:
        return False  # two cells of one table row ("Fund the Attendance Service …" | "The Government does not …")
    if nxt.table_row and not prev.table_row:
        return False  # a table's cell is no run-on of the heading over the table ("4. Reactie per aanbeveling")
    if prev.kind == "heading" or nxt.kind == "heading":
        # a numbered item set in bold whose sentence runs on into the next column is no heading; nor a bulleted
        # point whose bold lead sentence runs on into a line of plain text ("■ Stel vóór het droogteseizoen van
        # 2027" / "een regionale verdringingsreeks vast. Leg daarin vast …")
        # (nor, unlabelled, a bold sentence of five words or more: "22 Toon de volledige prijs van een laadsessie
        # vóór de start van die sessie, inclusief" / "starttarief, kWh-prijs en …", a point numbered in the margin)
        if _bold_sentence_over_page(prev, nxt) or _bold_run_on_over_column(prev, nxt):
            return True
        # (or, after a numbered bold line of some length, a line opening with a year: "8. The Combined Authority
        # should make free bus travel for under-18s permanent from April" / "2026, rather than …")
        year_on = bool(YEAR_ON.match(nxt.text)) and not few_words(prev.text, 8)
        return (
            (bool(prev.label) or (prev.kind == "heading" and not few_words(prev.text, 5)))
            and (nxt.text[:1].islower() or year_on)
            and ((prev.bold, prev.italic) == (nxt.bold, nxt.italic) or (prev.kind == "heading" and prev.bold))
            and not ends_sentence(prev.text)
            and not nxt.label
        )
    if nxt.kind != "paragraph":
        return False
    last, first = prev.run.pieces[-1], nxt.run.pieces[0]
    broken = _over_break(prev, nxt)
    if abs(prev.size - nxt.size) > 0.12 * max(prev.size, nxt.size):
        return False
    if closes_sentence(prev.text):
        return False
    if (prev.bold, prev.italic) != (nxt.bold, nxt.italic) and few_words(prev.text, 16):
        return False  # a heading in another style, not a paragraph cut in two
    if nxt.text[:1].islower():
        return True  # a sentence that runs on (over a page cut, a column or a footnote)
    if (
        not broken
        and nxt.text[:1].isdigit()
        and 0 <= first.rect[1] - last.rect[3] < 0.6 * prev.size
        and prev.x0 < first.rect[0] < last.rect[2]
        and not few_words(prev.text, 12)
    ):
        # a hanging paragraph's next line, read apart for its indent, opening with a number: "7.2   Fills the 214 …
        # before the" / "31 March 2027."
        return True
    if not broken:
        return False
    if few_words(prev.text, 12):
        return False  # a short line before a break is a heading or a label, not half a paragraph
    if plain_text:
        # the program's own pagination of a text file cut the paragraph at the foot of the page
        return last.rect[3] > heights.get(last.page, 842.0) * 0.85
    return True


YEAR_ON = re.compile(r"(?:19|20)\d\d\b[,;]?\s+[a-z]")  # a sentence going on after a year: "2026, rather than …"


def _bold_sentence_over_page(prev: Block, nxt: Block) -> bool:
    """A bold line of a dozen words or more, no sentence ended, at the foot of a page and a bold line at the same
    indent opening the next that ends one: a boxed recommendation cut by the page break ("Transport for London should
    publish, by March 2027, a plan to reduce temperatures on the deep" / "Tube lines, with a timetable …")."""
    return (
        prev.kind == "heading"
        and not prev.label
        and not nxt.label
        and prev.bold
        and nxt.bold
        and not prev.table_row
        and not nxt.table_row
        and not few_words(prev.text, 11)
        and not closes_sentence(prev.text)
        and not prev.text.rstrip().endswith(":")
        and ends_sentence(nxt.text)
        and abs(prev.x0 - nxt.x0) < 3
        and abs(prev.size - nxt.size) < 0.5
        and nxt.run.pieces[0].page == prev.run.pieces[-1].page + 1
    )


def _over_break(prev: Block, nxt: Block) -> bool:
    """Whether ``nxt`` starts over a page or column break after ``prev`` (on another page, or higher up the page)."""
    last, first = prev.run.pieces[-1], nxt.run.pieces[0]
    return first.page != last.page or first.rect[1] < last.rect[1] - 5


def _bold_run_on_over_column(prev: Block, nxt: Block) -> bool:
    """A paragraph cut off after a small word at the foot of a column or page ("… centraal bij te houden via het") and
    a bold line of the body's size opening the next that goes on with it ("Loket Kinderopvang, met voorrang voor"):
    a sentence set in bold inside the paragraph, no heading."""
    if prev.kind != "paragraph" or nxt.kind != "heading" or nxt.label or prev.table_row or nxt.table_row:
        return False
    if not prev.run.pieces or not nxt.run.pieces or few_words(prev.text, 12) or closes_sentence(prev.text):
        return False
    words = prev.text.split()
    return (
        _over_break(prev, nxt)
        and abs(prev.size - nxt.size) <= 0.12 * max(prev.size, nxt.size)
        and words[-1].lower() in function_words()
        and not ends_sentence(nxt.text)
    )


def _joined(a: Block, b: Block, kind: BlockKind) -> Block:
    """``a`` and the block ``b`` that runs on from it as one block of ``kind``, set as ``a`` is."""
    run = concat_runs(a.run, b.run)
    return Block(kind, run, a.size, a.bold, a.italic, a.label, a.x0, a.table_row, a.bold_lead, _joined_bold(a, b, run))


def _joined_bold(a: Block, b: Block, run: TextRun) -> tuple[tuple[int, int], ...]:
    """The bold stretches of ``a`` and ``b`` joined as ``run`` (``b``'s text at its end)."""
    if not a.bold_spans and not b.bold_spans and a.bold == b.bold:
        return ()
    shift = len(run.text) - len(b.text)
    first = a.bold_spans or (((0, len(a.text)),) if a.bold else ())
    second = b.bold_spans or (((0, len(b.text)),) if b.bold else ())
    out = list(first)
    for s, e in ((s + shift, e + shift) for s, e in second):
        if out and not run.text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], e)  # (one stretch run on over the break: "… the Department publish each | …")
        else:
            out.append((s, e))
    return tuple(out)


def concat_runs(a: TextRun, b: TextRun) -> TextRun:
    """``a`` then ``b`` as one run. The pieces of ``a`` are shared, not rebuilt: a paragraph that runs over
    thousands of pages is joined one page at a time, and rebuilding them each time is quadratic."""
    last_word = a.text[a.text.rfind(" ") + 1 :]
    joined, new_prev = hyphen_join(last_word, b.text.split(" ", 1)[0])
    if joined and a.text.endswith(("-", "\u00ad")):
        end = len(a.text) - (len(last_word) - len(new_prev))
        if a.pieces and a.pieces[0].end <= 0:
            return TextRun.concat([a.slice(0, end), b], sep="")
        return _append_run(a.text[:end], _cut_tail(a.pieces, end), "", b)
    return _append_run(a.text, a.pieces, " ", b)


def _cut_tail(pieces: list[Piece], end: int) -> list[Piece]:
    """The pieces of ``text[:end]``, as ``TextRun.slice(0, end)`` gives them, touching only those at the end."""
    k = len(pieces)
    while k and pieces[k - 1].start >= end:
        k -= 1
    out = pieces[:k]
    if out and out[-1].end > end:
        p = out[-1]
        out[-1] = Piece(p.start, end, p.page, p.rect, p.line)
    return out


def _append_run(text: str, pieces: list[Piece], sep: str, b: TextRun) -> TextRun:
    shift = len(text) + len(sep)
    more = [Piece(p.start + shift, p.end + shift, p.page, p.rect, p.line) for p in b.pieces]
    return TextRun(text + sep + b.text, pieces + more)


def repeated_blocks(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """In plain text, short lines repeated three times or more are the letter's sidebar or header."""
    keys = Counter(norm_key(b.text) for b in blocks if _short_standalone(b))
    body, furniture = [], []
    for b in blocks:
        if (_short_standalone(b) and keys[norm_key(b.text)] >= 3 and not NUMBERED_TITLE.match(b.text)) or (
            PAGE_NUMBER_RE.match(b.text.strip()) and len(b.text) < 20
        ):
            furniture.append(b)
        else:
            body.append(b)
    return body, furniture


def _short_standalone(b: Block) -> bool:
    return len(b.text.split()) <= 6 and not b.label and not b.text.rstrip().endswith((":", "?"))


def plain_footnotes(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Footnotes in extracted text start with a superscript number; a lowercase run-on may finish one later."""
    body: list[Block] = []
    notes: list[Block] = []
    note_open = False
    for i, b in enumerate(blocks):
        text = b.text
        if text[:1] in SUPERSCRIPTS:
            notes.append(b)
            note_open = not ends_sentence(text)
            continue
        if note_open and text[:1].islower() and b.kind == "paragraph":
            body_open = bool(body) and not ends_sentence(body[-1].text) and body[-1].kind != "heading"
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            next_lower = following is not None and following.text[:1].islower()
            if not body_open or next_lower:
                last = notes[-1]
                notes[-1] = Block(last.kind, concat_runs(last.run, b.run), last.size, last.bold, last.italic)
                note_open = not ends_sentence(b.text)
                continue
        body.append(b)
    return body, notes
