"""A response's legend of symbols ("Legenda: ✔ overgenomen · ◐ gedeeltelijk overgenomen · ✘ niet overgenomen · ○ nog
geen besluit"), and the cells that hold only such symbols: each spelled out in the legend's words ("◐ gedeeltelijk
overgenomen"), printed where the symbol stands, so that the verdict labels read them as the reader does."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.model import Block, Document, Piece, TextRun

# the legend's own word before its entries
LEGEND = re.compile(r"^\s*(?:legenda|legend|key|verklaring(?: van de (?:tekens|symbolen))?|symbols?)\s*:\s*", re.I)
# the entries: a symbol and its words, apart by a middle dot, a semicolon, a bar or a wide space
_APART = re.compile(r"\s*[·•;|]\s*|\s{3,}")
_SYMBOL = re.compile(r"^[^\w\s\"'(),.:;\-–—]$")
MIN_ENTRIES = 2


def legend(blocks: list[Block]) -> dict[str, str]:
    """The symbols a legend explains, each with its words; empty where the document has no legend."""
    for b in blocks:
        m = LEGEND.match(b.text)
        if m is None:
            continue
        entries = {}
        for part in _APART.split(b.text[m.end() :].strip()):
            symbol, _, said = part.strip().partition(" ")
            if _SYMBOL.match(symbol) and said.strip():
                entries[symbol] = said.strip()
        if len(entries) >= MIN_ENTRIES:
            return entries
    return {}


def spelled_out(doc: Document) -> Document:
    """The document with each block that holds only a legend's symbols spelled out, a line each: "✔ ✘" → "✔:
    overgenomen" and "✘: niet overgenomen", each printed where its symbol stands."""
    said = legend(doc.blocks)
    if not said:
        return doc
    blocks = [_spelled(b, said) for b in doc.blocks]
    return replace(doc, blocks=blocks)


def _spelled(b: Block, said: dict[str, str]) -> Block:
    symbols = b.text.split()
    if not symbols or not all(s in said for s in symbols) or LEGEND.match(b.text):
        return b
    places = [p for p in b.run.pieces if b.text[p.start : p.end].strip() in said]
    text, pieces = "", []
    for k, s in enumerate(symbols):
        entry = f"{s}: {said[s]}"  # (as a label opens its line: "✘: niet overgenomen")
        start = len(text) + (1 if text else 0)
        text = f"{text}\n{entry}" if text else entry
        if k < len(places):
            p = places[k]
            pieces.append(Piece(start, start + len(entry), p.page, p.rect, p.line))
    return replace(b, run=TextRun(text, pieces))
