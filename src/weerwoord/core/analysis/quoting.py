"""Where the response quotes a recommendation: how literally a reply repeats one, and which of its blocks quote one
(whole, or cut short: "'Voorzie alle vitrines in zaal 2 van gelaagd veiligheidsglas ...'")."""

from __future__ import annotations

import re

from weerwoord.core.model import Document, Recommendation, Reply

# a quotation cut short: "'Vraag huurders … ...'", "“Publish the figures …”"
QUOTED_SHORT = re.compile(r"['‘“\"]([^'’”\"]{20,}?)\s*(?:\.\.\.|…)\s*['’”\"]")


def quote_score(rec: Recommendation, reply: Reply) -> float:
    """How literally the reply quotes the recommendation (0–100): its opening in the reply's heading and text, or a
    quotation cut short in the heading that the opening holds ("'Voorzie alle vitrines … ...'" over its reply)."""
    needle = " ".join(rec.text.lower().split())[:220]
    hay = " ".join(((reply.heading or "") + " " + reply.text[:2500]).lower().split())
    if len(needle) < 20 or not hay:
        return 0.0
    # imported here: 11 ms at every start, and a pair linked by its numbers never quotes (the usual case)
    from rapidfuzz import fuzz

    cut = [m.group(1) for m in QUOTED_SHORT.finditer(" ".join((reply.heading or "").lower().split()))]
    return max([float(fuzz.partial_ratio(needle, hay)), *(float(fuzz.partial_ratio(c, needle)) for c in cut)])


def quoting_blocks(recs: list[Recommendation], response: Document) -> list[int]:
    """The blocks of the response that quote one of ``recs`` (a recommendation repeated before its reply, in
    italics, after "PAC recommendation:", without any label), each quoting a different one (or two, each cut
    short: "'Vraag huurders … ...' en 'Verkoop de 140 vrije-sectorwoningen ...'")."""
    from rapidfuzz import fuzz  # imported when needed: 11 ms at every start otherwise

    out: set[int] = set()
    used: set[int] = set()
    needles = [" ".join(rec.text.lower().split())[:160] for rec in recs]  # (once, not for each block)
    for i, b in enumerate(response.blocks):
        text = " ".join(b.text.lower().split())
        if b.table_row or len(text) < 40:
            continue
        pieces = [m.group(1) for m in QUOTED_SHORT.finditer(text)]
        # (or one cut short, the reply after it in the same paragraph: "'Voorzie alle vitrines … ...' Wij vervangen …")
        for piece in [*pieces, text] if len(pieces) < 2 else pieces:
            for k, (rec, needle) in enumerate(zip(recs, needles, strict=True)):
                if len(needle) < 30 or len(piece) > 2.5 * len(rec.text) + 60:
                    continue
                if k not in used and fuzz.partial_ratio(needle, piece) >= 90:
                    out.add(i)
                    used.add(k)
                    break
    return sorted(out)
