"""Page layout: furniture, footnotes, columns, paragraphs and hyphenation, from lines to body blocks."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.model import Block, BlockKind, Piece, Rect, TextRun, union

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TERMINAL = tuple(".!?:;…")
CLOSERS = "\"'”’»)]*_"
ROMAN = "(?:XV|XIV|XI{0,3}|IX|VI{0,3}|IV|I{1,3})"  # list numbers I–XV
LABEL_RE = re.compile(
    r"^(?:\(?\d{1,2}[a-z]?[.)]|\(\d{1,2}[a-z]?\)|\(?[a-z][.)]|\([a-z]\)|[ivx]{1,4}[.)]|[•·▪◦‣∙●○■–\-]"
    rf"|[A-Z]{{1,2}}\d{{1,2}}[a-z]?[.):]?|{ROMAN}[.)])$"
)
PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|/|de)\s*\d{1,4})?$", re.I
)
SUSPENDED = {"en", "of", "and", "or", "tot", "to", "nor", "noch"}


@dataclass
class Line:
    """One printed line: its words (text, rectangle), size and style."""

    page: int
    bbox: Rect
    words: list[tuple[str, Rect]]
    size: float
    bold: bool
    italic: bool
    rotated: bool = False
    plain: bool = False  # words known to be non-empty plain ASCII: nothing in them to clean
    id: int = 0
    role: str = "body"  # body | furniture | footnote
    column: int = 0
    word_lines: list[int] | None = None  # per word, the id of the printed line it came from

    @property
    def text(self) -> str:
        return " ".join([w for w, _ in self.words])

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


@dataclass
class PageLines:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[list[list[Rect]]] = field(default_factory=list)  # ruled tables: rows of cell rectangles


@dataclass
class LayoutResult:
    blocks: list[Block]
    footnotes: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    body_size: float = 10.0


def make_line(
    page: int, bbox: Sequence[float], spans: list[dict[str, Any]], words: list[tuple[str, Rect]], direction: Any
) -> Line:
    """Build a :class:`Line` from PyMuPDF's spans and words; footnote markers in superscript are dropped."""
    sizes: dict[float, int] = {}  # a plain dict: this runs for every line of every page
    bold = italic = 0
    total = 0
    first_bold: bool | None = None
    last_bold = False
    sup_boxes: list[tuple[str, Rect]] = []
    for s in spans:
        marker = s.get("text", "").strip()
        n = len(marker)
        if not n:
            continue
        flags = int(s.get("flags", 0))
        if flags & 1 and (marker.isdigit() or (len(marker) <= 2 and marker.isalpha() and marker.islower())):
            # a footnote marker (¹ or ᵃ) raised above the line
            x0, y0, x1, y1 = s["bbox"]
            sup_boxes.append((marker, (x0, y0, x1, y1)))
            continue
        key = round(float(s.get("size", 0)) * 2) / 2
        sizes[key] = sizes.get(key, 0) + n
        total += n
        font_bold, font_italic = _font_style(s.get("font", ""))
        last_bold = bool(flags & 16 or font_bold)
        if first_bold is None:
            first_bold = last_bold
        if last_bold:
            bold += n
        if flags & 2 or font_italic:
            italic += n
    if sup_boxes:
        words = _drop_markers(words, sup_boxes)
    size = max(sizes, key=sizes.__getitem__) if sizes else 0.0  # the first of the most common, as Counter
    dx, dy = (direction or (1, 0))[:2]
    rotated = abs(dy) > 0.1 or dx < 0
    r: Rect = (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))
    # a bold lead-in that the line runs on from in plain type ("Aanbeveling 2.2 (rekenmethode). Het kabinet …")
    # starts a paragraph; the line is no bold heading, however long the lead-in
    run_in = bool(first_bold) and not last_bold
    is_bold = total > 0 and bold > total / 2 and not run_in
    # whether the words need cleaning is told here, while pages are read (in two processes at the command line)
    texts = [w for w, _ in words]
    plain = all(texts) and "".join(texts).isascii()
    return Line(page, r, list(words), size, is_bold, total > 0 and italic > total / 2, rotated, plain)


@functools.cache
def _font_style(font: str) -> tuple[bool, bool]:
    """Bold and italic by the font's name (a document uses a handful of fonts over thousands of spans)."""
    name = str(font).lower()
    return ("bold" in name or "black" in name or "heavy" in name), ("italic" in name or "oblique" in name)


def _drop_markers(words: list[tuple[str, Rect]], sups: list[tuple[str, Rect]]) -> list[tuple[str, Rect]]:
    out = []
    for text, rect in words:
        for digits, box in sups:
            if _overlaps(rect, box):
                if text == digits:
                    text = ""
                elif text.endswith(digits) and not text[: -len(digits)][-1:].isdigit():
                    text = text[: -len(digits)]
        if text:
            out.append((text, rect))
    return out


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ---------------------------------------------------------------- building


def build(pages: list[PageLines], plain_text: bool = False, check: Callable[[], None] | None = None) -> LayoutResult:
    """Turn the lines of all pages into body blocks in reading order, with furniture and footnotes apart.

    ``check`` is called once per page (a :class:`app.core.reading.guard.Guard` stops a pathological document there).
    """
    line_id = 0
    for pg in pages:
        for line in pg.lines:
            line_id += 1
            line.id = line_id
            if plain_text:
                _markdown_style(line)
            if plain_text or not line.plain:  # plain ASCII words (told by make_line) need no cleaning
                line.words = [(w, r) for w, r in ((clean_word(w, plain_text), r) for w, r in line.words) if w]
        pg.lines = [ln for ln in pg.lines if ln.words]
    body_size = _body_size(pages)
    if plain_text:
        _mark_plain_page_cuts(pages)
    else:
        _mark_furniture(pages, body_size)
        _mark_footnotes(pages, body_size)
    blocks: list[Block] = []
    footnotes: list[Block] = []
    furniture: list[Block] = []
    for pg in pages:
        for ln in pg.lines:
            if ln.role == "table":
                ln.role = "body"
    ordered_pages = [_reading_order([ln for ln in pg.lines if ln.role == "body"], pg) for pg in pages]
    gap = _normal_gap(ordered_pages)
    row_counter = [0]
    for pg, ordered in zip(pages, ordered_pages, strict=True):
        if check is not None:
            check()
        if pg.tables:
            blocks.extend(_with_tables(pg, ordered, body_size, plain_text, gap, row_counter))
        else:
            blocks.extend(_paragraphs(ordered, body_size, plain_text, gap))
        for role, target in (("footnote", footnotes), ("furniture", furniture)):
            lines = sorted((ln for ln in pg.lines if ln.role == role), key=lambda ln: (ln.bbox[1], ln.bbox[0]))
            target.extend(_paragraphs(lines, body_size, plain_text, gap))
    if plain_text:
        blocks, more_furniture = _repeated_blocks(blocks)
        furniture.extend(more_furniture)
        blocks, more_notes = _plain_footnotes(blocks)
        footnotes.extend(more_notes)
    blocks, debris = _join_across_breaks(blocks, pages, plain_text)
    furniture.extend(debris)
    _plain_headings(blocks)
    return LayoutResult(blocks, footnotes, furniture, body_size)


def _cut_mid_sentence(b: Block) -> bool:
    return b.kind in ("paragraph", "item") and not _few_words(b.text, 12) and not _ends_sentence(b.text)


def _few_words(text: str, n: int) -> bool:
    """``len(text.split()) <= n`` without splitting all of a long text (a paragraph over hundreds of pages)."""
    return len(text.split(maxsplit=n)) <= n


def clean_word(word: str, plain_text: bool) -> str:
    """Normalise one word: ligatures, soft hyphens inside, odd hyphens, Markdown emphasis in plain text."""
    if not plain_text and word.isascii():
        return word  # nothing below changes plain ASCII (most words): skip the work
    if any(ch in LIGATURES for ch in word):
        word = "".join(LIGATURES.get(ch, ch) for ch in word)
    word = unicodedata.normalize("NFC", word)
    if "\u00ad" in word[:-1]:
        word = word[:-1].replace("\u00ad", "") + word[-1]
    if len(word) > 1 and word[-1] in SUPERSCRIPTS and word.rstrip(SUPERSCRIPTS):
        word = word.rstrip(SUPERSCRIPTS)  # a footnote marker glued to the word
    word = word.replace("\u2010", "-").replace("\u2011", "-").replace("\ufeff", "")
    if plain_text:
        # Markdown emphasis left by the extractor: *Inzet voor …*, **Ministerie …**, _term_
        word = re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", "", word)
        if word and set(word) <= set("#>-") and len(word) > 1:
            return ""
    return word


def _markdown_style(line: Line) -> None:
    """In extracted text, *emphasis* and **strong** around a whole line stand for italic and bold."""
    words = [w for w, _ in line.words]
    if words and _is_label(words[0]) and len(words) > 1:
        words = words[1:]
    raw = " ".join(words).rstrip(".:")
    if raw.startswith("**") and raw.endswith("**") and len(raw) > 4:
        line.bold = True
    elif raw.startswith(("*", "_")) and raw.endswith(("*", "_")) and len(raw) > 2:
        line.italic = True


def _body_size(pages: Iterable[PageLines]) -> float:
    sizes: Counter[float] = Counter()
    for pg in pages:
        for ln in pg.lines:
            sizes[ln.size] += len(ln.words)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _norm_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _mark_table_lines(pg: PageLines) -> None:
    """Lines inside a ruled table are the table's (a status column at the right is no sidebar)."""
    for table in pg.tables:
        area = _union_rect([c for row in table for c in row])
        for ln in pg.lines:
            cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
            if area[0] <= cx <= area[2] and area[1] <= cy <= area[3]:
                ln.role = "table"


def _mark_furniture(pages: list[PageLines], body_size: float) -> None:
    n = len(pages)
    zone_keys: Counter[str] = Counter()
    per_page: list[set[str]] = []
    left_edges = [_left_edge(pg) for pg in pages]  # once per page: it is asked for every line
    for pg in pages:
        _mark_table_lines(pg)
    for pg, left in zip(pages, left_edges, strict=True):
        keys = set()
        # the margin zones: the top 11 % and the bottom 10 % of the page; the side zones: right of 62 % of the
        # width, or wholly left of the body's left edge (tested inline: this runs for every line of a document)
        top, foot, side, before = pg.height * 0.11, pg.height * 0.90, pg.width * 0.62, left - 5
        for ln in pg.lines:
            if ln.role == "table":
                continue
            if ln.rotated:
                ln.role = "furniture"
                continue
            x0, y0, x1, y1 = ln.bbox
            if y1 <= top or y0 >= foot or ((x0 >= side or x1 < before) and not _is_label(ln.text.strip())):
                keys.add(_norm_key(ln.text))
        per_page.append(keys)
        zone_keys.update(keys)
    needed = 2 if n <= 3 else max(2, int(0.3 * n + 0.5))
    repeated = {k for k, c in zone_keys.items() if c >= needed and len(k.split()) <= 14}
    for pg, left in zip(pages, left_edges, strict=True):
        sidebar_x = _sidebar_edge(pg, body_size)
        top, foot, side_x, before = pg.height * 0.11, pg.height * 0.90, pg.width * 0.62, left - 5
        for ln in pg.lines:
            if ln.role != "body":
                continue
            x0, y0, x1, y1 = ln.bbox
            margin = y1 <= top or y0 >= foot
            # a label hanging in the left margin beside its text ("Recommendation 1  The committee …") is not
            # a sidebar, however often it repeats
            hanging = x1 < left and _has_neighbour(ln, pg, reach=150)
            side = (x0 >= side_x or x1 < before) and not _is_label(ln.text.strip()) and not hanging
            if (
                ((margin or side) and _norm_key(ln.text) in repeated)
                or (margin and PAGE_NUMBER_RE.match(ln.text.strip()) and not _has_neighbour(ln, pg))
                or (sidebar_x is not None and ln.bbox[0] >= sidebar_x - 1)
            ):
                ln.role = "furniture"


def _has_neighbour(ln: Line, pg: PageLines, reach: float = 30) -> bool:
    """Another line stands on the same baseline just to the right: a number there labels a footnote."""
    for other in pg.lines:
        if other is ln:
            continue
        overlap = min(other.bbox[3], ln.bbox[3]) - max(other.bbox[1], ln.bbox[1])
        if overlap > 0.5 * min(other.height, ln.height) and 0 <= other.bbox[0] - ln.bbox[2] < reach:
            return True
    return False


def _left_edge(pg: PageLines) -> float:
    edges = Counter(round(ln.bbox[0]) for ln in pg.lines)
    return float(edges.most_common(1)[0][0]) if edges else 0.0


def _sidebar_edge(pg: PageLines, body_size: float) -> float | None:
    """The left edge of a narrow sidebar in smaller print on the right, when the page has one."""
    side = [
        ln
        for ln in pg.lines
        if ln.role == "body" and ln.bbox[0] >= pg.width * 0.62 and ln.bbox[2] - ln.bbox[0] <= pg.width * 0.36
    ]
    if not side:
        return None
    edge = min(ln.bbox[0] for ln in side)
    main = [ln for ln in pg.lines if ln.role == "body" and ln.bbox[0] < pg.width * 0.5]
    if len(main) < 3 or any(edge - 2 < ln.bbox[2] for ln in main if ln.size >= body_size * 0.95 and ln.bbox[0] < edge):
        # body lines run into the strip: it is a column of the body, not a sidebar
        if not all(ln.size < body_size * 0.95 for ln in side):
            return None
        if any(ln.bbox[2] > edge + 2 and ln.bbox[0] < edge for ln in main):
            return None
    if all(ln.size < body_size * 0.95 for ln in side) or len(side) >= 2:
        return edge
    return None


def _mark_footnotes(pages: list[PageLines], body_size: float) -> None:
    for pg in pages:
        body = [ln for ln in pg.lines if ln.role == "body"]
        if not body:
            continue
        big = [ln for ln in body if ln.size >= body_size * 0.95]
        if not big:
            continue
        last_big = max(ln.bbox[3] for ln in big)
        small = [
            ln
            for ln in body
            if ln.size <= body_size * 0.92 and ln.bbox[1] >= last_big - 1 and ln.bbox[1] > pg.height * 0.5
        ]
        if not small or len(small) > 0.5 * len(body):
            continue
        small.sort(key=lambda ln: (round(ln.bbox[1]), ln.bbox[0]))
        first = small[0].text.lstrip()
        if first[:1].isdigit() or first[:1] in SUPERSCRIPTS + "*†‡" or first[:1].islower():
            for ln in small:
                ln.role = "footnote"


def _reading_order(lines: list[Line], pg: PageLines) -> list[Line]:
    """Body lines in reading order: one column top to bottom, or per band left column then right."""
    if not lines:
        return []
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    mid = (xmin + xmax) / 2
    left = [ln for ln in lines if ln.bbox[2] <= mid + 3]
    right = [ln for ln in lines if ln.bbox[0] >= mid - 3]
    crossing = [ln for ln in lines if ln.bbox[0] < mid - 3 and ln.bbox[2] > mid + 3]
    # two columns: enough on both sides, and few lines crossing the middle (a short right column counts too)
    two_col = len(left) >= 4 and len(right) >= 4 and (len(right) >= 0.2 * len(lines) or len(crossing) <= 2)
    if two_col:
        right_starts = Counter(round(ln.bbox[0]) for ln in right)
        two_col = right_starts.most_common(1)[0][1] >= 3
    unequal = False
    if not two_col:
        gutter = _gutter(lines)  # columns of unequal width: the gap between them is not in the middle
        if gutter is not None:
            mid, two_col, unequal = gutter, True, True
    ordered: list[Line] = []
    if not two_col:
        for ln in lines:
            ln.column = 0
        return _merge_same_baseline(sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2))
    band: list[Line] = []
    column_no = 0

    def flush() -> None:
        nonlocal column_no
        lcol = [ln for ln in band if ln.bbox[2] <= mid + 3]
        rcol = [ln for ln in band if ln.bbox[2] > mid + 3]
        # columns of one width are one text flowing on; unequal ones may be a table without rules, row by row
        for row in _side_by_side_rows(lcol, rcol) if unequal else [(lcol, rcol)]:
            for col in row:
                column_no += 1
                for ln in col:
                    ln.column = column_no
                ordered.extend(_merge_same_baseline(sorted(col, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2)))
        band.clear()

    for ln in sorted(lines, key=lambda ln: ln.bbox[1]):
        spanning = ln.bbox[0] < mid - 3 and ln.bbox[2] > mid + 3
        if spanning:
            flush()
            column_no += 1
            ln.column = column_no
            ordered.append(ln)
        else:
            band.append(ln)
    flush()
    return ordered


def _gutter(lines: list[Line]) -> float | None:
    """The x of a white gap between two columns of unequal width (a recommendation beside its reply), or None.

    A right column is a left edge, away from the left margin, where at least three lines start, with at least
    four lines wholly left of it and three lines there sharing a baseline with a line of the left column.
    """
    xmin = min(ln.bbox[0] for ln in lines)
    xmax = max(ln.bbox[2] for ln in lines)
    span = xmax - xmin
    starts = Counter(round(ln.bbox[0]) for ln in lines if xmin + 0.25 * span < ln.bbox[0] < xmin + 0.75 * span)
    for start, count in starts.most_common(3):
        if count < 3:
            break
        right = [ln for ln in lines if ln.bbox[0] >= start - 1.5]
        left = [ln for ln in lines if ln.bbox[2] <= start - 3]
        if len(left) < 4 or len(right) < 3:
            continue
        beside = sum(
            1
            for r in right
            if any(
                min(r.bbox[3], lf.bbox[3]) - max(r.bbox[1], lf.bbox[1]) > 0.5 * min(r.height, lf.height) for lf in left
            )
        )
        if beside >= 3:
            edge = max(ln.bbox[2] for ln in left)
            return (edge + start) / 2 if edge < start else start - 3
    return None


def _side_by_side_rows(lcol: list[Line], rcol: list[Line]) -> list[tuple[list[Line], ...]]:
    """Two columns, split into rows where they are a table without rules (each recommendation beside its reply,
    or a margin column of labels: "Accept" beside the reply, "Financial implications" beside the costs).

    Such a row starts at the same height in both columns, each after white space; flowing columns of one text
    rarely do that twice, so rows are only made when at least two such starts are found. Then a left line that
    starts a paragraph where the right column is empty beside it (a heading above a row) starts a row too.
    """
    if not lcol or not rcol:
        return [(lcol, rcol)]

    def starts(col: list[Line]) -> list[Line]:
        out = []
        ordered = sorted(col, key=lambda ln: ln.bbox[1])
        for k, ln in enumerate(ordered):
            if k == 0 or ln.bbox[1] - ordered[k - 1].bbox[3] > 0.3 * ln.height:
                out.append(ln)
        return out

    right_starts = [ln.bbox[1] for ln in starts(rcol)]
    left_starts = starts(lcol)
    aligned = [ln.bbox[1] for ln in left_starts if any(abs(ln.bbox[1] - r) <= 2.0 for r in right_starts)]
    if len(aligned) < 2:
        return [(lcol, rcol)]
    alone = [
        ln.bbox[1]
        for ln in left_starts
        if not any(r.bbox[1] < ln.bbox[3] - 1 and r.bbox[3] > ln.bbox[1] + 1 for r in rcol)
    ]
    top = min(ln.bbox[1] for ln in lcol + rcol)
    cuts = sorted({y for y in aligned + alone if y > top + 2})
    rows: list[tuple[list[Line], ...]] = []
    bounds = [-1e9, *cuts, 1e9]
    for upper, lower in itertools.pairwise(bounds):
        left = [ln for ln in lcol if upper - 2 <= ln.bbox[1] < lower - 2]
        right = [ln for ln in rcol if upper - 2 <= ln.bbox[1] < lower - 2]
        if left or right:
            rows.append((left, right))
    return rows


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    # lines that share a baseline are put left to right first
    clusters: list[list[Line]] = []
    for ln in lines:
        if clusters:
            a, b = clusters[-1][0].bbox, ln.bbox
            overlap = (a[3] if a[3] < b[3] else b[3]) - (a[1] if a[1] > b[1] else b[1])
            if overlap > 0.6 * min(a[3] - a[1], b[3] - b[1]):
                clusters[-1].append(ln)
                continue
        clusters.append([ln])
    if len(clusters) == len(lines):
        return lines  # no two lines share a baseline (most pages): nothing to merge
    lines = [ln for c in clusters for ln in (sorted(c, key=lambda ln: ln.bbox[0]) if len(c) > 1 else c)]
    out: list[Line] = []
    for ln in lines:
        if out:
            prev = out[-1]
            overlap = min(prev.bbox[3], ln.bbox[3]) - max(prev.bbox[1], ln.bbox[1])
            if overlap > 0.6 * min(prev.height, ln.height) and ln.bbox[0] >= prev.bbox[2] - 2:
                merged = Line(
                    prev.page,
                    union([prev.bbox, ln.bbox]),
                    prev.words + ln.words,
                    max(prev.size, ln.size) if prev.size < ln.size * 0.8 else prev.size,
                    prev.bold,
                    prev.italic,
                    id=prev.id,
                    column=prev.column,
                )
                # the words of the second line keep their own line id through ``word_lines``
                merged.word_lines = _word_line_ids(prev) + [ln.id] * len(ln.words)
                if prev.size >= ln.size * 0.8:
                    merged.size = prev.size if len(prev.words) >= len(ln.words) else ln.size
                    merged.bold = prev.bold if len(prev.words) >= len(ln.words) else ln.bold
                out[-1] = merged
                continue
        out.append(ln)
    return out


def _word_line_ids(ln: Line) -> list[int]:
    return list(ln.word_lines) if ln.word_lines is not None else [ln.id] * len(ln.words)


def _is_label(word: str) -> bool:
    return bool(LABEL_RE.match(word))


def _ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip(CLOSERS)
    return t.endswith(TERMINAL)


def _with_tables(
    pg: PageLines, ordered: list[Line], body_size: float, plain_text: bool, gap: float, row_counter: list[int]
) -> list[Block]:
    """A page with ruled tables: text above and below as usual, each table row by row, each cell by itself.

    A row gives an item (its first cell, when that is a short label such as "3."), the short cells next
    (a status such as "Accepted"), then the other cells, all sharing ``table_row``."""
    areas = [_union_rect([c for row in t for c in row]) for t in pg.tables]
    inside: list[list[Line]] = [[] for _ in areas]
    outside: list[Line] = []
    for ln in ordered:
        cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        k = next((k for k, a in enumerate(areas) if a[0] <= cx <= a[2] and a[1] <= cy <= a[3]), None)
        (outside if k is None else inside[k]).append(ln)
    pieces: list[tuple[float, list[Block]]] = []
    for k, table in enumerate(pg.tables):
        pieces.append((areas[k][1], _table_blocks(table, inside[k], row_counter)))
    # the text between tables, in reading order, goes where it stands
    chunk: list[Line] = []
    chunks: list[tuple[float, list[Line]]] = []
    for ln in outside:
        if chunk and any(chunk[-1].bbox[3] <= a[1] <= ln.bbox[1] for a in areas):
            chunks.append((chunk[0].bbox[1], chunk))
            chunk = []
        chunk.append(ln)
    if chunk:
        chunks.append((chunk[0].bbox[1], chunk))
    for y, lines in chunks:
        pieces.append((y, _paragraphs(lines, body_size, plain_text, gap)))
    pieces.sort(key=lambda p: p[0])
    return [b for _, blocks in pieces for b in blocks]


def _union_rect(rects: list[Rect]) -> Rect:
    return union(rects) if rects else (0.0, 0.0, 0.0, 0.0)


def _cell_of(table: list[list[Rect]], r: Rect) -> tuple[int, int] | None:
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    for ri, row in enumerate(table):
        for ci, c in enumerate(row):
            if c[0] - 1 <= cx <= c[2] + 1 and c[1] - 1 <= cy <= c[3] + 1:
                return ri, ci
    return None


def _table_blocks(table: list[list[Rect]], lines: list[Line], row_counter: list[int]) -> list[Block]:
    # every word goes to the cell that holds its centre
    cell_words: dict[tuple[int, int], list[tuple[Line, str, Rect, int]]] = {}
    for ln in lines:
        for (w, r), lid in zip(ln.words, _word_line_ids(ln), strict=True):
            at = _cell_of(table, r)
            if at is not None:
                cell_words.setdefault(at, []).append((ln, w, r, lid))
    texts = {key: " ".join(w for _, w, _, _ in ws) for key, ws in cell_words.items()}
    n_cols = max(len(row) for row in table)
    short_cols = {
        ci for ci in range(2, n_cols) if all(len(texts.get((ri, ci), "").split()) <= 3 for ri in range(len(table)))
    }
    blocks: list[Block] = []
    for ri, row in enumerate(table):
        first = texts.get((ri, 0), "").strip()
        if ri == 0 and not _is_label(first) and all(len(texts.get((0, ci), "").split()) <= 4 for ci in range(len(row))):
            continue  # a header row ("No. | Recommendation | Response | Status")
        label = first if first and len(first) <= 5 and (_is_label(first) or first.rstrip(".)").isalnum()) else ""
        order = sorted(
            (ci for ci in range(len(row)) if ci != 0 or not label),
            key=lambda ci: (ci != 1, ci not in short_cols, ci),  # the main cell, a status, then the rest
        )
        row_id = 0
        for ci in order:
            words = cell_words.get((ri, ci))
            if not words:
                continue
            cell_lines = _cell_lines(words)
            run, _ = lines_to_run(cell_lines)
            size = Counter(cl.size for cl in cell_lines).most_common(1)[0][0]
            bold = sum(len(cl.words) for cl in cell_lines if cl.bold) > len(words) / 2
            italic = sum(len(cl.words) for cl in cell_lines if cl.italic) > len(words) / 2
            if not row_id:
                row_counter[0] += 1
                row_id = row_counter[0]
            kind: BlockKind = "item" if ci == 1 and label else "paragraph"
            item_label = label if kind == "item" else ""
            blocks.append(Block(kind, run, size, bold, italic, item_label, cell_lines[0].bbox[0], row_id))
    return blocks


def _cell_lines(words: list[tuple[Line, str, Rect, int]]) -> list[Line]:
    """The words of one cell as lines of their own (a printed line may cross several cells)."""
    out: list[Line] = []
    by_id: dict[int, Line] = {}
    for ln, w, r, lid in words:
        cur = by_id.get(lid)
        if cur is None:
            cur = Line(ln.page, r, [], ln.size, ln.bold, ln.italic, id=lid, column=ln.column)
            by_id[lid] = cur
            out.append(cur)
        cur.words.append((w, r))
        cur.bbox = union([cur.bbox, r])
    out.sort(key=lambda cl: (cl.bbox[1], cl.bbox[0]))
    return out


def _normal_gap(pages: list[list[Line]]) -> float:
    """The usual white space between two lines of one paragraph (the lower quartile of line gaps)."""
    gaps = []
    for lines in pages:
        for a, b in itertools.pairwise(lines):
            ab, bb = a.bbox, b.bbox
            lh = max(ab[3] - ab[1], bb[3] - bb[1], 1.0)
            g = bb[1] - ab[3]
            if -lh < g < 2 * lh and a.column == b.column:
                gaps.append(g)
    if not gaps:
        return 0.0
    gaps.sort()
    # capped: in a document of one-line paragraphs every gap is a paragraph gap
    heights = sorted([ln.bbox[3] - ln.bbox[1] for lines in pages for ln in lines])
    return min(gaps[len(gaps) // 4], 0.25 * heights[len(heights) // 2])


def _paragraphs(lines: list[Line], body_size: float, plain_text: bool, normal_gap: float = 0.0) -> list[Block]:
    """Group consecutive lines into blocks. Every line of a document passes here, so what a group's first line
    tells (a list label, a heading) and its running style and word count are kept, not recomputed per line."""
    groups: list[list[Line]] = []
    group: list[Line] = []
    prev: Line | None = None
    first_label = first_heading = uniform = False  # what the group's first line, group[0], tells
    group_words = 0
    for ln in lines:
        label = _is_label(ln.words[0][0])
        if prev is None:
            new = True
        else:
            b, pb = ln.bbox, prev.bbox
            gap = b[1] - pb[3]
            h, ph = b[3] - b[1], pb[3] - pb[1]
            lh = h if h > ph else ph
            if lh < 1.0:
                lh = 1.0
            slack = 0.25 * lh
            limit = normal_gap + (slack if slack > 2.0 else 2.0)
            style, prev_style = (ln.bold, ln.italic), (prev.bold, prev.italic)
            new = (
                ln.page != prev.page
                or ln.column != prev.column  # joined again later when the sentence runs on
                or gap > (0.45 * lh if 0.45 * lh > limit else limit)
                or gap < -lh
                # more white space than between the lines of a paragraph
                or (gap > limit and (_ends_sentence(prev.text) or (first_label and len(group) <= 2)))
                or abs(ln.size - prev.size) > 0.12 * (ln.size if ln.size > prev.size else prev.size)
                or (ln.bold != prev.bold and not plain_text and (ln.bold or first_heading))
                # a one-line heading in another style (italic subject headings in letters)
                or (
                    style != prev_style
                    and uniform
                    and (prev.bold or prev.italic)
                    and group_words <= 25
                    and not _ends_sentence(prev.text)
                )
                # a new list item (a dash inside a running sentence is not one)
                or (
                    label
                    and len(ln.words) > 1
                    and not _suspended(prev)
                    and (_ends_sentence(prev.text) or prev.text.rstrip().endswith(",") or first_label)
                )
                or (first_heading and not _is_heading_like(ln, body_size))
                # an outdent after an indented passage (a quotation) starts a new block
                or (len(group) >= 2 and b[0] < pb[0] - 8 and abs(group[-2].bbox[0] - pb[0]) < 2)
                # text left of a list item's label is no longer part of the item
                or (first_label and b[0] < group[0].bbox[0] - 3)
            )
        if new:
            group = [ln]
            groups.append(group)
            first_label = label
            first_heading = _is_heading_like(ln, body_size)
            uniform = True
            group_words = len(ln.words)
        else:
            group.append(ln)
            uniform = uniform and (ln.bold, ln.italic) == (group[0].bold, group[0].italic)
            group_words += len(ln.words)
        prev = ln
    return [_block(g, body_size, plain_text) for g in groups]


def _suspended(prev: Line) -> bool:
    """The previous line ends with a hyphen that the next line's word completes (e.g. '4-' + '5.')."""
    return prev.words[-1][0].endswith("-")


def _is_heading_like(ln: Line, body_size: float) -> bool:
    return (ln.bold or ln.size >= body_size * 1.12) and len(ln.words) <= 25


def _block(lines: list[Line], body_size: float, plain_text: bool) -> Block:
    run, label = lines_to_run(lines)
    text = run.text
    words = sum(len(ln.words) for ln in lines)
    size = Counter(ln.size for ln in lines).most_common(1)[0][0]
    bold = sum(len(ln.words) for ln in lines if ln.bold) > words / 2
    italic = sum(len(ln.words) for ln in lines if ln.italic) > words / 2
    if plain_text:
        raw = " ".join(ln.text for ln in lines)
        bold = bold or raw.startswith("**")
    kind: BlockKind = "paragraph"
    one_line_styled = len(lines) == 1 and (bold or italic) and len(text.split()) <= 14 and not _ends_sentence(text)
    styled_heading = (bold or size >= body_size * 1.12) and len(text.split()) <= 25
    if styled_heading and label and _ends_sentence(text) and size < body_size * 1.12:
        styled_heading = False  # a numbered sentence in bold is a list item (a recommendation), not a heading
    if styled_heading or one_line_styled:
        kind = "heading"  # a numbered heading keeps its number in ``label``
    elif label:
        kind = "item"
    return Block(kind, run, size, bold, italic, label, lines[0].bbox[0])


def lines_to_run(lines: Sequence[Line]) -> tuple[TextRun, str]:
    """Join the words of consecutive lines into one run, undoing hyphenation; split off a list label.

    Every printed word of a document passes here: one text join per line, and pieces made with
    ``tuple.__new__`` (half the cost of calling the named tuple). A ``map``/``zip`` version was slower: a line
    has too few words to repay building its iterators.
    """
    parts: list[str] = []
    pieces: list[Piece] = []
    offset = 0
    label = ""
    new = tuple.__new__
    add_piece = pieces.append
    for k, ln in enumerate(lines):
        words = ln.words
        n = len(words)
        i = 0
        if k == 0 and n > 1 and _is_label(words[0][0]):
            label = words[0][0]
            i = 1
        if i >= n:
            continue
        word_lines = ln.word_lines
        line_id = ln.id
        page = ln.page
        text, rect = words[i]
        if parts:
            joined = False
            if i == 0 and k:
                prev = parts[-1]
                joined, prev_new = _hyphen_join(prev, text)
                if joined and len(prev_new) != len(prev):
                    cut = len(prev) - len(prev_new)
                    parts[-1] = prev_new
                    offset -= cut
                    last = pieces[-1]
                    pieces[-1] = new(Piece, (last.start, last.end - cut, last.page, last.rect, last.line))
            if not joined:
                parts.append(" ")
                offset += 1
        end = offset + len(text)
        add_piece(new(Piece, (offset, end, page, rect, word_lines[i] if word_lines is not None else line_id)))
        offset = end
        if i + 1 == n:
            parts.append(text)
            continue
        # the line's last word stays a part of its own: the next line may join it (hyphenation)
        parts.append(" ".join([text, *[w for w, _ in words[i + 1 : n - 1]]]))
        parts.append(" ")
        parts.append(words[n - 1][0])
        if word_lines is None:
            for w, rect in words[i + 1 :]:
                offset += 1
                end = offset + len(w)
                add_piece(new(Piece, (offset, end, page, rect, line_id)))
                offset = end
        else:
            for j in range(i + 1, n):
                w, rect = words[j]
                offset += 1
                end = offset + len(w)
                add_piece(new(Piece, (offset, end, page, rect, word_lines[j])))
                offset = end
    return TextRun("".join(parts), pieces), label


def _hyphen_join(prev: str, nxt: str) -> tuple[bool, str]:
    """Whether ``prev`` (line end) and ``nxt`` (next line start) are one word; and ``prev`` as it then reads."""
    if prev.endswith("\u00ad"):
        return True, prev[:-1]
    if len(prev) < 2 or not prev.endswith("-") or not (prev[-2].isalnum()):
        return False, prev
    if nxt.lower() in SUSPENDED or not nxt[:1].isalnum():
        return False, prev
    if nxt[:1].isupper() or nxt[:1].isdigit() or prev[-2].isupper() or prev[-2].isdigit():
        return True, prev  # a real compound: NAVO-bondgenoten, Noord-Atlantische, F-35
    if "-" in prev[:-1]:
        return True, prev  # a compound that already had a hyphen: niet-kernwapen-staat
    return True, prev[:-1]


def _join_across_breaks(
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
        if skipped and b.kind == "paragraph" and len(b.text.split()) > 6:
            debris.extend(skipped)  # they were: the paragraph runs on after them
            skipped = []
            prev = out[-1]
            out[-1] = Block(
                prev.kind,
                _concat_runs(prev.run, b.run),
                prev.size,
                prev.bold,
                prev.italic,
                prev.label,
                prev.x0,
                prev.table_row,
            )
            continue
        out.extend(skipped)
        skipped = []
        if out and _continues(out[-1], b, heights, plain_text):
            prev = out[-1]
            run = _concat_runs(prev.run, b.run)
            kind: BlockKind = "item" if prev.kind == "heading" and prev.label else prev.kind
            out[-1] = Block(kind, run, prev.size, prev.bold, prev.italic, prev.label, prev.x0, prev.table_row)
            continue
        out.append(b)
    out.extend(skipped)
    return out, debris


CHAPTER_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?)\s+\S")


def _plain_headings(blocks: list[Block]) -> None:
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
    if prev.kind == "heading" or nxt.kind == "heading":
        # a numbered item set in bold whose sentence runs on into the next column is no heading
        return (
            bool(prev.label)
            and nxt.text[:1].islower()
            and (prev.bold, prev.italic) == (nxt.bold, nxt.italic)
            and not _ends_sentence(prev.text)
            and not nxt.label
        )
    if nxt.kind != "paragraph":
        return False
    last, first = prev.run.pieces[-1], nxt.run.pieces[0]
    page_break = first.page != last.page
    column_break = not page_break and first.rect[1] < last.rect[1] - 5
    if abs(prev.size - nxt.size) > 0.12 * max(prev.size, nxt.size):
        return False
    if _ends_sentence(prev.text):
        return False
    if (prev.bold, prev.italic) != (nxt.bold, nxt.italic) and _few_words(prev.text, 16):
        return False  # a heading in another style, not a paragraph cut in two
    if nxt.text[:1].islower():
        return True  # a sentence that runs on (over a page cut, a column or a footnote)
    if not (page_break or column_break):
        return False
    if _few_words(prev.text, 12):
        return False  # a short line before a break is a heading or a label, not half a paragraph
    if plain_text:
        # the program's own pagination of a text file cut the paragraph at the foot of the page
        return last.rect[3] > heights.get(last.page, 842.0) * 0.85
    return True


def _concat_runs(a: TextRun, b: TextRun) -> TextRun:
    """``a`` then ``b`` as one run. The pieces of ``a`` are shared, not rebuilt: a paragraph that runs over
    thousands of pages is joined one page at a time, and rebuilding them each time is quadratic."""
    last_word = a.text[a.text.rfind(" ") + 1 :]
    joined, new_prev = _hyphen_join(last_word, b.text.split(" ", 1)[0])
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


def _mark_plain_page_cuts(pages: list[PageLines]) -> None:
    """In extracted text a page cut leaves a page number ("- 3 -", "Pagina 3 van 8") and, beside it, the
    running title: both are furniture."""
    lines = [ln for pg in pages for ln in pg.lines]
    for i, ln in enumerate(lines):
        if not PAGE_NUMBER_RE.match(ln.text.strip()):
            continue
        ln.role = "furniture"
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                other = lines[j]
                near = abs(other.bbox[1] - ln.bbox[1]) < 2.5 * max(ln.height, 1.0)
                words = other.text.split()
                if near and len(words) <= 8 and not _ends_sentence(other.text) and not NUMBERED_TITLE.match(other.text):
                    other.role = "furniture"


NUMBERED_TITLE = re.compile(
    r"^(?:aanbeveling(?:en)?|recommendations?|advies|conclusie|conclusion|hoofdstuk|chapter|paragraaf|section|"
    r"bijlage|annex|vraag|question)\s+\(?\d",
    re.I,
)


def _repeated_blocks(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """In plain text, short lines repeated three times or more are the letter's sidebar or header."""
    keys = Counter(_norm_key(b.text) for b in blocks if _short_standalone(b))
    body, furniture = [], []
    for b in blocks:
        if (_short_standalone(b) and keys[_norm_key(b.text)] >= 3 and not NUMBERED_TITLE.match(b.text)) or (
            PAGE_NUMBER_RE.match(b.text.strip()) and len(b.text) < 20
        ):
            furniture.append(b)
        else:
            body.append(b)
    return body, furniture


def _short_standalone(b: Block) -> bool:
    return len(b.text.split()) <= 6 and not b.label and not b.text.rstrip().endswith((":", "?"))


def _plain_footnotes(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Footnotes in extracted text start with a superscript number; a lowercase run-on may finish one later."""
    body: list[Block] = []
    notes: list[Block] = []
    note_open = False
    for i, b in enumerate(blocks):
        text = b.text
        if text[:1] in SUPERSCRIPTS:
            notes.append(b)
            note_open = not _ends_sentence(text)
            continue
        if note_open and text[:1].islower() and b.kind == "paragraph":
            body_open = bool(body) and not _ends_sentence(body[-1].text) and body[-1].kind != "heading"
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            next_lower = following is not None and following.text[:1].islower()
            if not body_open or next_lower:
                last = notes[-1]
                notes[-1] = Block(last.kind, _concat_runs(last.run, b.run), last.size, last.bold, last.italic)
                note_open = not _ends_sentence(b.text)
                continue
        body.append(b)
    return body, notes


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
