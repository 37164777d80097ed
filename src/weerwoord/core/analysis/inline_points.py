"""Points lettered inside a running sentence: "… beveelt de Commissie Meijers de regering aan zich in de Raad in te
zetten voor: (a) een bewaartermijn van ten hoogste dertig dagen …; (b) een verplichte controle …; … en (g) een
evaluatie na drie jaar …". A conclusion often gives its recommendations so, in one paragraph; each point is one."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.recommending import SENTENCE_END
from weerwoord.core.model import Block

# the announcing words before the colon (a recommending verb, or asking for an effort: "in te zetten voor:")
LEAD = re.compile(
    r"\b(?:bevel\w*|beveelt|aanbevel\w*|aan|adviseer\w*|adviseren|recommend\w*|advises?|urges?|calls? on|"
    r"vraagt|vragen|verzoekt|verzoeken|requests?|asks?|zetten voor|in te zetten|press for|argue for)\b"
    r"[^.;:]{0,120}:\s*$",
    re.I,
)
INLINE_LABEL = re.compile(r"(?:(?<=\s)|^)\(([a-h])\)\s+")
MIN_POINTS = 3
MIN_WORDS = 4  # a point's words: a noun phrase may be short, "een evaluatie na drie jaar"
_TAIL = re.compile(r"[\s;,]*(?:\ben\b|\band\b|\bof\b|\bor\b)?[\s;,]*$", re.I)


def inline_points(blocks: list[Block]) -> list[structure._Candidate]:
    """The points of the one paragraph that lists its recommendations inline after a lead-in that asks, lettered
    (a), (b), (c) … in order, each from its letter to the next (without the "; en" between); none unless three or
    more follow such a lead-in."""
    for i, b in enumerate(blocks):
        if b.kind not in ("paragraph", "item") or b.table_row or "(c)" not in b.text:
            continue
        labels = [m for m in INLINE_LABEL.finditer(b.text)]
        first = next((k for k, m in enumerate(labels) if m.group(1) == "a"), None)
        if first is None:
            continue
        run = [labels[first]]
        for m in labels[first + 1 :]:
            if ord(m.group(1)) != ord(run[-1].group(1)) + 1:
                break
            run.append(m)
        lead = b.text[: run[0].start()]
        if len(run) < MIN_POINTS or not LEAD.search(lead[-300:]):
            continue
        # the last point ends with its sentence
        end_of_last = SENTENCE_END.search(b.text, run[-1].end())
        ends = [m.start() for m in run[1:]] + [end_of_last.start() + 1 if end_of_last else len(b.text)]
        out = []
        for m, end in zip(run, ends, strict=True):
            text = b.text[m.end() : end]
            cut = m.end() + len(_TAIL.sub("", text))
            if len(b.text[m.end() : cut].split()) < MIN_WORDS:
                return []
            point = replace(b, kind="item", label=f"({m.group(1)})", run=b.run.slice(m.end(), cut))
            out.append(structure._Candidate(m.group(1), [point], i))
        return out
    return []
