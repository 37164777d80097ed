"""A page with ruled tables: each table row by row, each cell a block of its own, the text around in place."""

from __future__ import annotations

import re
from collections import Counter

from weerwoord.core.model import Block, BlockKind, Rect, TextRun, union
from weerwoord.core.reading.page_lines import (
    DASH_CODE,
    Line,
    PageLines,
    centred_in,
    closes_sentence,
    few_words,
    is_label,
    one_line,
    table_area,
    word_line_ids,
)
from weerwoord.core.reading.paragraphs import lines_to_run, paragraphs


def with_tables(
    pg: PageLines, ordered: list[Line], body_size: float, plain_text: bool, gap: float, row_counter: list[int]
) -> list[Block]:
    """A page with ruled tables: text above and below as usual, each table row by row, each cell by itself.

    A row gives an item (its first cell, when that is a short label such as "3."), the short cells next
    (a status such as "Accepted"), then the other cells, all sharing ``table_row``."""
    areas = [table_area(t) for t in pg.tables]
    inside: list[list[Line]] = [[] for _ in areas]
    outside: list[Line] = []
    for ln in ordered:
        k = next((k for k, a in enumerate(areas) if centred_in(ln, a)), None)
        (outside if k is None else inside[k]).append(ln)
    # each piece where its first line stands in reading order (a table in the left column of two comes before the
    # right column's text beside it), not by its height on the page alone
    place = {id(ln): k for k, ln in enumerate(ordered)}
    pieces: list[tuple[float, list[Block]]] = []
    for k, table in enumerate(pg.tables):
        at = min((place[id(ln)] for ln in inside[k]), default=None)
        if at is None:  # (a table with no text: where its top stands among the lines)
            at = next((place[id(ln)] for ln in ordered if ln.bbox[1] >= areas[k][1]), len(ordered))
        pieces.append((at - 0.5, _table_blocks(table, inside[k], row_counter)))
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
    for _, lines in chunks:
        pieces.append((place[id(lines[0])], paragraphs(lines, body_size, plain_text, gap)))
    pieces.sort(key=lambda p: p[0])
    return [b for _, blocks in pieces for b in blocks]


def _cell_of(table: list[list[Rect]], r: Rect) -> tuple[int, int] | None:
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    for ri, row in enumerate(table):
        for ci, c in enumerate(row):
            if c[0] - 1 <= cx <= c[2] + 1 and c[1] - 1 <= cy <= c[3] + 1:
                return ri, ci
    return None


def _beside_cells(table: list[list[Rect]], r: Rect) -> tuple[int, int]:
    """For a word inside a table's area but in none of its cells (a row carried over to the next page whose
    column rule starts lower, "6. The Agency should publish …" beside its closed cell): a cell of its own after
    the others of the row its middle stands in, or of the nearest row. No word of a table is lost."""
    cy = (r[1] + r[3]) / 2
    bands = [(min(c[1] for c in row), max(c[3] for c in row)) for row in table]
    ri = min(
        range(len(table)),
        key=lambda k: 0.0 if bands[k][0] <= cy <= bands[k][1] else min(abs(cy - bands[k][0]), abs(cy - bands[k][1])),
    )
    return ri, len(table[ri])


def _table_blocks(table: list[list[Rect]], lines: list[Line], row_counter: list[int]) -> list[Block]:
    # every word goes to the cell that holds its centre
    cell_words: dict[tuple[int, int], list[tuple[Line, str, Rect, int]]] = {}
    for ln in lines:
        for (w, r), lid in zip(ln.words, word_line_ids(ln), strict=True):
            at = _cell_of(table, r) or _beside_cells(table, r)
            cell_words.setdefault(at, []).append((ln, w, r, lid))
    widths = [max([len(row), *(ci + 1 for ri2, ci in cell_words if ri2 == ri)]) for ri, row in enumerate(table)]
    texts = {key: " ".join(w for _, w, _, _ in ws) for key, ws in cell_words.items()}
    n_cols = max(len(row) for row in table)
    short_cols = {
        ci for ci in range(2, n_cols) if all(len(texts.get((ri, ci), "").split()) <= 3 for ri in range(len(table)))
    }
    blocks: list[Block] = []
    for ri in range(len(table)):
        first = texts.get((ri, 0), "").strip()
        if (
            ri == 0
            and not is_label(first)
            and all(_header_cell(texts.get((0, ci), "")) for ci in range(widths[0]))
            and not NAMES_ONE.search(first)
        ):
            continue  # a header row ("No. | Recommendation | Response | Status"; not a form's "Aanbeveling FG-2025-03")
        # (a code with a dash alone in its cell, "MI-03", is the row's title, as it always was: a label of a line
        # only where text follows it, "VK-01 Bespreek …"; or where the next cell holds the row's text and the rest
        # say little, "WC-1 | Clear City-maintained sidewalks … | Roads and Operations")
        labelled = is_label(first) and (not DASH_CODE.fullmatch(first) or _text_beside(texts, ri, widths[ri]))
        label = first if first and len(first) <= 5 and (labelled or _bare_number(first)) else ""
        label = label or (first if CODE_CELL.fullmatch(first) else "")  # "R/2025/031", "2024-02-I-LA-R1"
        label = label or (first if NUMBERS_CELL.fullmatch(first) else "")  # "V en IV": the row answers both
        # a first cell that opens with its own label ("a. Stel binnen een jaar …") is the row's main cell
        own = _own_label(first) if not label else ""
        main = 0 if own else 1
        # (a form's field name beside its value, "Decision on 26-05 | X Accepted …": the name first)
        main = 0 if not label and widths[ri] == 2 and _field_name(first) else main
        order = sorted(
            (ci for ci in range(widths[ri]) if ci != 0 or not label),
            key=lambda ci: (ci != main, ci not in short_cols, ci),  # the main cell, a status, then the rest
        )
        row_id = 0
        for ci in order:
            words = cell_words.get((ri, ci))
            if not words:
                continue
            cell_lines = _cell_lines(words)
            run, opening = _cell_run(cell_lines, ci == 0)
            if ci == 0 and own and opening:
                label = opening
            size = Counter(cl.size for cl in cell_lines).most_common(1)[0][0]
            bold = sum(len(cl.words) for cl in cell_lines if cl.bold) > len(words) / 2
            italic = sum(len(cl.words) for cl in cell_lines if cl.italic) > len(words) / 2
            if not row_id:
                row_counter[0] += 1
                row_id = row_counter[0]
            kind: BlockKind = "item" if ci == main and label else "paragraph"
            item_label = label if kind == "item" else ""
            if ri == 0 and widths[ri] == 1 and NAMES_ONE.search(first):
                # a form's title over its fields: the heading of what the form says ("Aanbeveling FG-2025-03")
                blocks.append(Block("heading", run, size, True, italic, "", cell_lines[0].bbox[0], 0))
                continue
            bullets = _bullet_starts(cell_lines) if kind == "paragraph" or CELL_BULLET.match(item_label) else []
            if bullets:
                # a cell of bulleted points ("• Run the return shuttle buses … • Open the overflow car park …"): each
                # point an item of its own in the row
                for a, b in zip(bullets, [*bullets[1:], len(cell_lines)], strict=True):
                    part, mark = lines_to_run(cell_lines[a:b])
                    x0 = cell_lines[a].bbox[0]
                    blocks.append(Block("item", part, size, bold, italic, mark or "•", x0, row_id))
                continue
            blocks.append(Block(kind, run, size, bold, italic, item_label, cell_lines[0].bbox[0], row_id))
    return blocks


# a first cell that lists the numbers its row answers: "V en IV", "4 and 5", "2, 3"
# ("3.1 and 3.2": numbered by chapter; "S1 en S3": by code)
_ONE = r"(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[IVX]{1,4}|[a-h]|[A-Z]{1,3}\d{1,2}[a-z]?)"


# a first cell that is a code with a year or of several parts: a row's own reference
CODE_CELL = re.compile(
    r"(?:[A-Z]{1,3}[/-])?(?:19|20)\d\d[/-]\d{1,3}|(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){2,5}"
    r"|[A-Z]{1,4}\.\d{1,3}"  # "GA.1": letters of an area, a stop and a number
)


# a form's title row that names the one recommendation it is about: "Aanbeveling FG-2025-03", "Recommendation 4"
NAMES_ONE = re.compile(r"^(?:aanbeveling|advies|recommendation)\s+[A-Z]*-?\d[\w-]*$", re.I)


# a number by chapter: "2.1"
CHAPTER_POINT = re.compile(r"\d{1,2}\.\d{1,2}")


def _header_cell(text: str) -> bool:
    """A cell a header row may hold: a few words, none of them a sentence's end or a lower-case opening (not a row
    carried over from the page before, "weather and staffing permit.")."""
    words = text.split()
    carried = bool(words) and (words[0][:1].islower() or (len(words) > 2 and text.rstrip().endswith(".")))
    return len(words) <= 4 and not carried


def _bare_number(text: str) -> bool:
    """A first cell that is a number and no more: "4", "R3", "2.1" (a recommendation numbered by its chapter), a
    letter or a Roman number ("c", "IV"); not a short word, a row's title ("Rate", "Fees")."""
    bare = text.rstrip(".)")
    numbered = any(ch.isdigit() for ch in bare) or len(bare) == 1 or bool(re.fullmatch(r"[IVX]{1,4}", bare))
    return (bare.isalnum() and numbered) or bool(CHAPTER_POINT.fullmatch(text))


NUMBERS_CELL = re.compile(rf"{_ONE}(?:\s*(?:,|en|and|&)\s*{_ONE})+|\({_ONE}\)(?:\s*(?:,|en|and|&)\s*\({_ONE}\))+")


def _own_label(text: str) -> str:
    """The list label a long first cell opens with ("a. Stel …", "3. Ensure …"), or ""."""
    words = text.split()
    # ("b) Budget studentassistenten", "g) Woningcorporaties": a label and a title in capitals; "DS6 (pohutukawa)":
    # a code and its subject in brackets)
    long_enough = len(words) >= 3 or (len(words) == 2 and (words[1][:1].isupper() or words[1][:1] == "("))
    return words[0] if long_enough and is_label(words[0]) else ""


def _text_beside(texts: dict[tuple[int, int], str], ri: int, width: int) -> bool:
    """Whether row ``ri``'s second cell holds its text (a sentence of eight words or more) and its other cells after
    it a few words each (who leads, a date): a list's row beside its code."""
    words = [len(texts.get((ri, ci), "").split()) for ci in range(1, width)]
    return bool(words) and words[0] >= 8 and all(n <= 4 for n in words[1:])


def _cell_run(cell_lines: list[Line], first: bool) -> tuple[TextRun, str]:
    """A cell's text, and the label it opens with (in the first column); a cell that holds numbered paragraphs apart
    ("1. In respect of recommendation (vi), …" / "2. …", a decision's points in a form) keeps them as paragraphs."""
    starts = [0] + [
        k
        for k in range(1, len(cell_lines))
        if cell_lines[k].bbox[1] - cell_lines[k - 1].bbox[3] > 0.6 * cell_lines[k - 1].height
        and LIST_NUMBER.match(cell_lines[k].words[0][0])
    ]
    if len(starts) < 2 or not LIST_NUMBER.match(cell_lines[0].words[0][0]):
        return lines_to_run(cell_lines, labels=first)
    ends = [*starts[1:], len(cell_lines)]
    parts = [lines_to_run(cell_lines[a:b], labels=False)[0] for a, b in zip(starts, ends, strict=True)]
    return TextRun.concat(parts, sep="\n\n"), ""


LIST_NUMBER = re.compile(r"\d{1,2}[.)]$")
CELL_BULLET = re.compile(r"[•▪◦‣∙●○■◆◇❖➢➤►▶▸]$")


def _bullet_starts(cell_lines: list[Line]) -> list[int]:
    """The lines of a cell that open a bulleted point, where the cell opens with one; none otherwise."""
    starts = [k for k, cl in enumerate(cell_lines) if len(cl.words) > 1 and CELL_BULLET.match(cl.words[0][0])]
    return starts if starts[:1] == [0] else []


def _cell_lines(words: list[tuple[Line, str, Rect, int]]) -> list[Line]:
    """The words of one cell as lines of their own (a printed line may cross several cells)."""
    out: list[Line] = []
    by_id: dict[int, Line] = {}
    for ln, w, r, lid in words:
        cur = by_id.get(lid)
        if cur is None:
            cur = Line(ln.page, r, [], ln.size, ln.bold, ln.italic, id=lid, column=ln.column, bold_x=ln.bold_x)
            by_id[lid] = cur
            out.append(cur)
        cur.words.append((w, r))
        cur.bbox = union([cur.bbox, r])
    out.sort(key=lambda cl: (cl.bbox[1], cl.bbox[0]))
    # (lines side by side on one row, left to right, whichever starts higher: a status badge "Deels overgenomen" set
    # before the cell's first line of text, its box a point lower)
    rows: list[list[Line]] = []
    for cl in out:
        if rows and _beside(rows[-1][0], cl):
            rows[-1].append(cl)
        else:
            rows.append([cl])
    return [cl for row in rows for cl in sorted(row, key=lambda cl: cl.bbox[0])]


def _beside(a: Line, b: Line) -> bool:
    """Whether two lines share most of their height (one row)."""
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return overlap > 0.6 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])


# a row opens with its own label: "Recommendation 6", "Aanbeveling 3", "R4", "12."
# (or a row's own code: "PER-06", "GA.1", "R/2025/031")
ROW_LABEL = re.compile(
    r"^\s*(?:(?:recommendations?|aanbeveling(?:en)?|nr\.?|no\.?)\s+)?(?:[A-Z]?\d{1,3}[a-z]?\b|"
    r"(?-i:[A-Z]{1,4})[-./]\d{1,4}(?:/\d{1,4})?\b)",
    re.I,
)


def continue_rows(blocks: list[Block]) -> list[Block]:
    """A table row cut by a page break goes on in the first row of the table on the next page (its header repeated
    above it): when a cell of the last row ends mid-sentence and the next page's first row opens with no label of its
    own, the two are one row, each cell's text joined to the cell in its column."""
    out: list[Block] = []
    joined: set[int] = set()  # the pages whose first row went on from the page before
    i = 0
    while i < len(blocks):
        b = blocks[i]
        j = i
        while j < len(blocks) and b.table_row and blocks[j].table_row == b.table_row:
            j += 1
        # (past a running title printed at the head of the new page, above the table's continuation)
        k = len(out)
        # (not a form's title over it, which starts a table of its own: "Aanbeveling FG-2025-02")
        while k and not out[k - 1].table_row and out[k - 1].page == b.page and one_line(out[k - 1]):
            if NAMES_ONE.search(out[k - 1].text.strip()):
                k = 0
                break
            k -= 1
        prev_id = out[k - 1].table_row if k else 0
        # (only the first row on the new page goes on from the page before: not each of its rows in turn)
        first_on_page = b.page not in joined and not any(c.table_row and c.page == b.page for c in out[-40:])
        if b.table_row and prev_id and prev_id != b.table_row and b.page == out[k - 1].page + 1 and first_on_page:
            before = [c for c in out if c.table_row == prev_id]
            row = blocks[i:j]
            if any(_cut(c) for c in before) and not _opens_row(row):
                joined.add(b.page)
                for cell in row:
                    target = min(before, key=lambda c: abs(c.x0 - cell.x0))
                    if abs(target.x0 - cell.x0) < 20:
                        target.run = TextRun.concat([target.run, cell.run])
                    else:
                        cell.table_row = prev_id
                        out.append(cell)
                i = j
                continue
        out.append(b)
        i += 1
    return out


def _field_name(text: str) -> bool:
    """Whether a cell names a field of a form: a few words, no sentence ("Location", "Decision on 26-05")."""
    return 0 < len(text.split()) <= FIELD_WORDS and not text.rstrip().endswith((".", "!", "?")) and text[:1].isupper()


FIELD_WORDS = 5
CUT_WORDS = 7  # a cell of this many words or fewer, ending in a figure, is no running text cut off


def _cut(cell: Block) -> bool:
    """A cell of running text that stops mid-sentence (not a title in bold, which has no full stop)."""
    # (not a short value ending in a figure, "By the end of June 2026": a cell complete in itself)
    short_value = few_words(cell.text, CUT_WORDS) and cell.text.rstrip()[-1:].isdigit()
    return not cell.bold and not few_words(cell.text, 4) and not closes_sentence(cell.text) and not short_value


def _opens_row(row: list[Block]) -> bool:
    """Whether a row's leftmost cell opens with a label of its own (a new row, not the rest of the one before)."""
    first = min(row, key=lambda c: c.x0)
    return bool(first.label) or bool(ROW_LABEL.match(first.text))
