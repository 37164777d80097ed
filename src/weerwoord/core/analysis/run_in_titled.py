"""Paragraphs led by a title in bold, each saying what it found and then what should be done: a review's "Areas for
improvement" ("**Interim orders.** In 9 of the 30 cases we sampled … Interim order applications should be made within
28 days …"). Three or more such paragraphs make a reading; each recommendation is the paragraph's sentences from the
first that asks, titled by its bold lead (a response often answers under the same titles)."""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.model import Block

MIN_POINTS = 3
TITLE_WORDS = 8  # words at most in a bold title run in
# a sentence that says what should be done: "The Council should …", "… should be offered to …", "We recommend that …"
# (not what should have been, nor praise: "should be commended")
ASKING = re.compile(
    r"\b(?:should|must|ought\s+to|recommend|recommends|urge|urges|moet|moeten|dient|dienen|zou\s+moeten"
    r"|adviseren|adviseert|bevelen|beveelt)\b(?!\s+(?:have|hebben|not|niet|be\s+(?:commended|noted|aware|welcomed))\b)",
    re.I,
)


def title_of(b: Block) -> str:
    """The bold title a paragraph opens with ("Interim orders"), or "" where it has none of a few words."""
    if not b.bold_lead or not b.bold_spans or b.bold_spans[0][0] != 0:
        return ""
    title = b.text[: b.bold_spans[0][1]].strip()
    if not title.endswith((".", ":")) or len(title.split()) > TITLE_WORDS:
        return ""
    return title.rstrip(".:").strip()


def titled_asks(blocks: list[Block]) -> list[structure._Candidate]:
    """The paragraphs led by a bold title of a few words, next to one another (a heading before them, none between),
    that ask after it: from their first sentence that asks to their end, numbered by their place."""
    runs: list[list[structure._Candidate]] = [[]]
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            runs.append([])
            continue
        title = title_of(b) if b.kind == "paragraph" and not b.table_row and not b.label else ""
        if not title:
            if runs[-1]:
                runs.append([])
            continue
        after_title = b.bold_spans[0][1]
        at = next((s for s, e in structure._sentences(b.text) if s >= after_title and ASKING.search(b.text[s:e])), None)
        if at is None:
            continue  # (a finding under its title, between the others)
        run = b.run.slice(at, len(b.text)).strip()
        runs[-1].append(structure._Candidate("", [Block("paragraph", run)], i, numbered=False))
    best = max(runs, key=len)
    if len(best) < MIN_POINTS:
        return []
    return [structure._Candidate(str(k), c.blocks, c.start_index, numbered=False) for k, c in enumerate(best, 1)]
