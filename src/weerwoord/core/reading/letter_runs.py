"""Paragraphs lettered by a bare capital and a word space, "A Adopt a 100-year planning horizon …", "B Fund a
managed retreat scheme …", "C Remove the rock revetment …": three or more in a row, lettered A, B, C … in turn, are
the items of a lettered list (a panel's recommendations set with the letter in bold before the text, no stop)."""

from __future__ import annotations

from dataclasses import replace

from weerwoord.core.model import Block

MIN_RUN = 3  # paragraphs in a row, lettered in turn from A


def _letter(b: Block) -> str:
    """The capital a paragraph opens with before a capitalised word ("A Adopt …"), or ""."""
    t = b.text
    if b.kind != "paragraph" or b.label or b.table_row or len(t) < 4:
        return ""
    return t[0] if "A" <= t[0] <= "H" and t[1] == " " and t[2].isupper() else ""


def with_letter_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of paragraphs lettered A, B, C … in turn (three or more, from A) made items labelled
    by their letters; a lone "A Member State …" stays a sentence."""
    out = list(blocks)
    i = 0
    while i < len(out):
        if _letter(out[i]) != "A":
            i += 1
            continue
        j = i
        while j + 1 < len(out) and _letter(out[j + 1]) == chr(ord(_letter(out[j])) + 1):
            j += 1
        if j - i + 1 >= MIN_RUN:
            for k in range(i, j + 1):
                b = out[k]
                rest = b.run.slice(2, len(b.text)).strip()
                out[k] = replace(b, kind="item", run=rest, label=b.text[0], bold_spans=())
        i = j + 1
    return out
