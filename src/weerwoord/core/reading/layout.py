"""Page layout, the whole pass: the lines of every page in, body blocks in reading order out, furniture and
footnotes apart.

The steps, in order: words cleaned (``page_lines``), furniture and footnotes marked (``furniture``), each page's
reading order (``columns``), lines grouped into blocks (``paragraphs``, ``ruled_tables``), blocks joined across
page and column breaks (``breaks``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from weerwoord.core.model import Block, Rect
from weerwoord.core.reading.breaks import join_across_breaks, plain_footnotes, plain_headings, repeated_blocks
from weerwoord.core.reading.columns import reading_order
from weerwoord.core.reading.furniture import mark_footnotes, mark_furniture, mark_plain_page_cuts
from weerwoord.core.reading.letter_runs import with_letter_labels
from weerwoord.core.reading.margin_labels import with_margin_labels
from weerwoord.core.reading.page_lines import ROMAN, Line, PageLines, clean_word, make_line, markdown_style
from weerwoord.core.reading.paragraphs import COMPOUNDS, TRAILING, paragraph_line_gap, paragraphs
from weerwoord.core.reading.ruled_tables import continue_rows, with_tables

# what the reader and the analysis use of the layout
__all__ = ["ROMAN", "LayoutResult", "Line", "PageLines", "build", "guess_title", "make_line"]


@dataclass
class LayoutResult:
    blocks: list[Block]
    footnotes: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    body_size: float = 10.0


def build(pages: list[PageLines], plain_text: bool = False, check: Callable[[], None] | None = None) -> LayoutResult:
    """Turn the lines of all pages into body blocks in reading order, with furniture and footnotes apart.

    ``check`` is called once per page (a :class:`weerwoord.core.reading.guard.Guard` stops a pathological document
    there).
    """
    line_id = 0
    for pg in pages:
        for line in pg.lines:
            line_id += 1
            line.id = line_id
            if plain_text:
                markdown_style(line)
            if plain_text or not line.plain:  # plain ASCII words (told by make_line) need no cleaning
                line.words = [(w, r) for w, r in ((clean_word(w, plain_text), r) for w, r in line.words) if w]
                if any(WIDE_SPACE.search(w) for w, _ in line.words):
                    _split_wide_spaces(line)
        pg.lines = [ln for ln in pg.lines if ln.words]
    compounds = COMPOUNDS.set(_hyphenated(pages))
    try:
        return _build(pages, plain_text, check)
    finally:
        COMPOUNDS.reset(compounds)


# spaces of other widths that the text extraction keeps inside a word: "(1)\u2003The", "1\u2003CORONER"
_WIDE = "\u2002-\u200a\u3000"
WIDE_SPACE = re.compile(f"[{_WIDE}]+")
_BETWEEN_WIDE = re.compile(f"[^{_WIDE}]+")


def _split_wide_spaces(line: Line) -> None:
    """Words joined by an en or em space are words apart (a label and its text); each gets its share of the box."""
    words: list[tuple[str, Rect]] = []
    ids: list[int] = []
    for k, (w, r) in enumerate(line.words):
        line_id = line.word_lines[k] if line.word_lines is not None else line.id
        found = list(_BETWEEN_WIDE.finditer(w))
        if len(found) <= 1:  # (a space at an end only: the word without it)
            words.append((found[0].group() if found else w, r))
            ids.append(line_id)
            continue
        per = (r[2] - r[0]) / len(w)
        for m in found:
            words.append((m.group(), (r[0] + per * m.start(), r[1], r[0] + per * m.end(), r[3])))
            ids.append(line_id)
    line.words = words
    if line.word_lines is not None:
        line.word_lines = ids


def _hyphenated(pages: list[PageLines]) -> frozenset[str]:
    """The words written with a hyphen inside a line, lower case ("full-time")."""
    return frozenset(
        w.rstrip(TRAILING).lower()
        for pg in pages
        for ln in pg.lines
        for w, _ in ln.words
        if "-" in w[1:-1] and w[:1].isalpha()
    )


def _build(pages: list[PageLines], plain_text: bool, check: Callable[[], None] | None) -> LayoutResult:
    body_size = _body_size(pages)
    if plain_text:
        mark_plain_page_cuts(pages)
    else:
        mark_furniture(pages, body_size)
        mark_footnotes(pages, body_size)
    blocks: list[Block] = []
    footnotes: list[Block] = []
    furniture: list[Block] = []
    for pg in pages:
        for ln in pg.lines:
            if ln.role == "table":
                ln.role = "body"
    ordered_pages = [reading_order([ln for ln in pg.lines if ln.role == "body"], pg) for pg in pages]
    gap = paragraph_line_gap(ordered_pages)
    row_counter = [0]
    for pg, ordered in zip(pages, ordered_pages, strict=True):
        if check is not None:
            check()
        if pg.tables:
            blocks.extend(with_tables(pg, ordered, body_size, plain_text, gap, row_counter))
        else:
            blocks.extend(paragraphs(ordered, body_size, plain_text, gap))
        for role, target in (("footnote", footnotes), ("furniture", furniture)):
            lines = sorted((ln for ln in pg.lines if ln.role == role), key=lambda ln: (ln.bbox[1], ln.bbox[0]))
            target.extend(paragraphs(lines, body_size, plain_text, gap))
    if plain_text:
        blocks, more_furniture = repeated_blocks(blocks)
        furniture.extend(more_furniture)
        blocks, more_notes = plain_footnotes(blocks)
        footnotes.extend(more_notes)
    blocks = continue_rows(blocks)  # a table row cut by a page break
    blocks, debris = join_across_breaks(blocks, pages, plain_text)
    furniture.extend(debris)
    if not plain_text:
        blocks = with_margin_labels(blocks)  # a point's code in the margin beside the middle of its text
    blocks = with_letter_labels(blocks)  # "A Adopt …", "B Fund …", "C Remove …": a lettered list, no stops
    plain_headings(blocks)
    return LayoutResult(blocks, footnotes, furniture, body_size)


def _body_size(pages: Iterable[PageLines]) -> float:
    sizes: Counter[float] = Counter()
    for pg in pages:
        for ln in pg.lines:
            sizes[ln.size] += len(ln.words)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def guess_title(blocks: list[Block]) -> str:
    """The largest text on the first page that has body text."""
    if not blocks:
        return ""
    first_page = blocks[0].page
    candidates = [b for b in blocks if b.page == first_page and len(b.text) > 3]
    if not candidates:
        return ""
    best = max(candidates, key=lambda b: (b.size, b.bold))
    return best.text[:200]
