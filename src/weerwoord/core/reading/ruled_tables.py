"""A page with ruled tables: each table row by row, each cell a block of its own, the text around in place."""

from __future__ import annotations

from collections import Counter

from weerwoord.core.model import Block, BlockKind, Rect, union
from weerwoord.core.reading.page_lines import Line, PageLines, is_label, union_rect, word_line_ids
from weerwoord.core.reading.paragraphs import lines_to_run, paragraphs


def with_tables(
    pg: PageLines, ordered: list[Line], body_size: float, plain_text: bool, gap: float, row_counter: list[int]
) -> list[Block]:
    """A page with ruled tables: text above and below as usual, each table row by row, each cell by itself.

    A row gives an item (its first cell, when that is a short label such as "3."), the short cells next
    (a status such as "Accepted"), then the other cells, all sharing ``table_row``."""
    areas = [union_rect([c for row in t for c in row]) for t in pg.tables]
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
        pieces.append((y, paragraphs(lines, body_size, plain_text, gap)))
    pieces.sort(key=lambda p: p[0])
    return [b for _, blocks in pieces for b in blocks]


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
        for (w, r), lid in zip(ln.words, word_line_ids(ln), strict=True):
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
        if ri == 0 and not is_label(first) and all(len(texts.get((0, ci), "").split()) <= 4 for ci in range(len(row))):
            continue  # a header row ("No. | Recommendation | Response | Status")
        label = first if first and len(first) <= 5 and (is_label(first) or first.rstrip(".)").isalnum()) else ""
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
