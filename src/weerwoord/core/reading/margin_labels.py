"""A point's code set in the margin beside the middle of its text ("H1" to the left of a two-line recommendation):
the lines above the code, the code and the lines beside and below it are one point, labelled with the code.

The reading order puts the margin's code between the point's lines (it stands lower than the first of them), so
a point reads as its first line alone, the code (alone, or with the line it stands beside) and the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading.page_lines import closes_sentence

# a code as a margin holds one: "H1", "U2", "A3", "R12", "4.1", "2a", "B", "c." (not a bullet, not a word); or a
# minute's number in minutes, "32/26", set beside the middle of its minute; or an advice's reference with the
# point's number, "MR/26/04-1"
CODE = re.compile(
    r"(?:[A-Z]{1,4}(?:/\d{1,4}){1,3}-\d{1,2}|[A-Z]{1,3}-?\d{1,3}[a-z]?|\d{1,2}(?:\.\d{1,2}|[a-z])?|[A-Z]|\d{1,3}/\d{2})\.?"
    r"|[a-z][.)]"
)
INDENT = 20.0  # points the text stands right of the code at least
NEAR = 1.6  # line heights: the code no further from the lines above and below it


def with_margin_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each point whose code stands in the margin beside it made one item labelled by the code."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = _inner_label(blocks[i])
        if out:
            merged, used = _point(out[-1], b, blocks[i + 1] if i + 1 < len(blocks) else None)
            if merged is not None:
                out[-1] = merged
                i += used
                continue
        out.append(b)
        i += 1
    return [_beside_numbered(out, k) for k in range(len(out))]


SECTION_NUMBER = re.compile(r"([1-9]\d?)\.([1-9]\d?)")


def _beside_numbered(blocks: list[Block], k: int) -> Block:
    """A one-line point whose section number the margin holds on its baseline ("6.5   Require an agricultural
    impact assessment …"), between points whose numbers stood beside their middles and were made items above
    ("6.4", "6.6"): an item labelled by its number, as they are."""
    b = blocks[k]
    if b.kind != "paragraph" or b.label or b.table_row or len(b.run.pieces) < 2:
        return b
    first, rest = b.run.pieces[0], b.run.pieces[1]
    m = SECTION_NUMBER.fullmatch(b.text[first.start : first.end])
    if m is None or rest.rect[0] - first.rect[2] < INDENT / 2:
        return b
    section, number = m.group(1), int(m.group(2))
    near = {f"{section}.{number - 1}", f"{section}.{number + 1}"}
    for j in (k - 1, k + 1):
        other = blocks[j] if 0 <= j < len(blocks) else None
        if other is not None and other.kind == "item" and other.label in near and abs(other.x0 - rest.rect[0]) < 3:
            return replace(b, kind="item", run=b.run.slice(rest.start, len(b.text)), label=m.group(0), bold_spans=())
    return b


def _point(above: Block, code: Block, below: Block | None) -> tuple[Block | None, int]:
    """The point made of ``above`` and the margin's ``code`` (alone, with ``below`` beside and under it; or as a
    label with the line beside it), and how many blocks from ``code`` on it takes; ``(None, 0)`` if none."""
    if above.table_row or code.table_row or above.label or not above.run.pieces or not code.run.pieces:
        return None, 0
    if len(above.text.split()) < 3 or closes_sentence(above.text) or above.text.rstrip()[-1:] in ".:;!?)":
        return None, 0  # (the first line of a point runs on: no stop at its end, no closing tag "(R1)")
    if code.page != above.page or above.x0 - code.x0 < INDENT:
        return None, 0
    height = above.run.pieces[-1].rect[3] - above.run.pieces[-1].rect[1]
    if code.run.pieces[0].rect[1] - above.run.pieces[-1].rect[3] > NEAR * height:
        return None, 0
    if code.label and CODE.fullmatch(code.label.strip()) and code.kind == "item":
        # the code with the line it stands beside: its text at the point's own edge
        if abs(code.run.pieces[0].rect[0] - above.x0) > INDENT / 2:
            return None, 0
        return (_item(above, code.label.strip(), code.run), 1) if _runs_on(above, code.text) else (None, 0)
    first = code.text.split(maxsplit=1)[0] if code.text.split() else ""
    if not code.label and len(code.run.pieces) > 1 and CODE.fullmatch(first) and first != code.text.strip():
        # the same, the code read as the first word of the line beside it ("1. part, will not affect …")
        rest = code.run.pieces[1]
        if abs(rest.rect[0] - above.x0) > INDENT / 2:
            return None, 0
        if not _runs_on(above, code.text[rest.start :]):
            return None, 0
        return _item(above, first, code.run.slice(rest.start, len(code.text))), 1
    if code.label or not CODE.fullmatch(code.text.strip()) or below is None or below.table_row or below.label:
        return None, 0
    if below.page != code.page or abs(below.x0 - above.x0) > INDENT / 2 or not below.run.pieces:
        return None, 0
    if below.run.pieces[0].rect[1] - code.run.pieces[-1].rect[3] > NEAR * height:
        return None, 0
    return (_item(above, code.text.strip(), below.run), 2) if _runs_on(above, below.text) else (None, 0)


def _inner_label(b: Block) -> Block:
    """A paragraph that took in the margin's number of its point as a line of its own, between its first line and
    the next ("Install activated flashing warning beacons on the approaches to the intersection of Highway 611 and" /
    "1." / "Concession Road 14, …", the number set beside the middle of the point): an item labelled by it."""
    if b.kind != "paragraph" or b.label or b.table_row or len(b.run.pieces) < 3:
        return b
    lines: dict[int, list[int]] = {}
    for k, piece in enumerate(b.run.pieces):
        lines.setdefault(piece.line, []).append(k)
    if len(lines) < 3:
        return b
    order = list(lines.values())
    for n, ks in enumerate(order[1:-1], start=1):
        only = b.run.pieces[ks[0]]
        text = b.text[only.start : only.end].strip()
        if not NUMBER.fullmatch(text):
            continue
        # (the number alone on its line; or read as the first word of the middle line of three, beside which it
        # stands: "… on" / "1.1  December 9, 2025 and …" / "…")
        beside = [b.run.pieces[k].rect[0] for k in ks[1:2]]
        edge = min(b.run.pieces[k].rect[0] for k in (*order[n - 1], *order[n + 1]))
        if edge - only.rect[2] < INDENT / 2 or only.rect[0] > edge or any(abs(x - edge) > 3 for x in beside):
            continue  # (not in the margin: a number in the text's own column)
        before = b.run.slice(0, only.start).strip()
        after = b.run.slice(only.end, len(b.text)).strip()
        if not _runs_on(replace(b, run=before), after.text):
            continue
        return replace(b, kind="item", run=TextRun.concat([before, after]), label=text, bold_spans=())
    return b


# a list number as a margin holds one beside its point: "1.", "12)", "(3)"; a minute's number, "32/26"; or a
# section's paragraph number, "6.1"
NUMBER = re.compile(rf"\(?\d{{1,2}}[.)]|\d{{1,3}}/\d{{2}}|{SECTION_NUMBER.pattern}")


def _runs_on(above: Block, rest: str) -> bool:
    """Whether the text after the code goes on with the sentence above: not with a capital ("elektronisch
    controleert …", "€ 90.000 per overtreding"), or after a paragraph (not a heading) of some length ("…
    recruited at Ysbyty" / "Glan Tywi.")."""
    return not rest[:1].isupper() or (above.kind != "heading" and len(above.text.split()) >= 8)


def _item(above: Block, label: str, rest: TextRun) -> Block:
    run = TextRun.concat([above.run, rest])
    return replace(above, kind="item", run=run, label=label, bold_spans=())
