"""Points lettered inside a running sentence: "… beveelt de Commissie Meijers de regering aan zich in de Raad in te
zetten voor: (a) een bewaartermijn van ten hoogste dertig dagen …; (b) een verplichte controle …; … en (g) een
evaluatie na drie jaar …". A conclusion often gives its recommendations so, in one paragraph; each point is one."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.recommending import SENTENCE_END
from weerwoord.core.model import Block

# the announcing words before the colon (a recommending verb, or asking for an effort: "in te zetten voor:"); or,
# with no colon, right before the first number: "De commissie beveelt het college daarom aan om (1) …"
LEAD = re.compile(
    r"\b(?:bevel\w*|beveelt|aanbevel\w*|aan|adviseer\w*|adviseren|recommend\w*|advises?|urges?|calls? on|"
    r"vraagt|vragen|verzoekt|verzoeken|requests?|asks?|zetten voor|in te zetten|press for|argue for)\b"
    r"[^.;:]{0,120}:\s*$",
    re.I,
)
# (or with its object only, "Wij adviseren het college daarom (a) …", "Wij stellen voor (e) …")
LEAD_RUN_ON = re.compile(
    r"\b(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|verzoekt|verzoeken|recommends?|advises?|urges?|asks?"
    r"|stelt\s+voor|stellen\s+voor|proposes?)\b[^.;:]{0,80}(?:\b(?:om|dat|that|to))?\s*$",
    re.I,
)
INLINE_LABEL = re.compile(r"(?:(?<=\s)|^)\(([a-h]|\d{1,2})\)\s+")
MIN_POINTS = 3
MIN_WORDS = 4  # a point's words: a noun phrase may be short, "een evaluatie na drie jaar"
FOLLOWING = 6  # how far on a paragraph may go on numbering them: "Daarnaast beveelt de commissie aan om (4) …"
_TAIL = re.compile(r"[\s;,]*(?:\ben\b|\band\b|\bof\b|\bor\b)?[\s;,]*$", re.I)


def _after(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _run(text: str, first: str, going_on: bool = False) -> list[re.Match[str]]:
    """The labels in ``text`` from ``first`` on, in order, after a lead-in that asks (or ``going_on``, in a paragraph
    that goes on with the sentence before a page break: "… die de projecten uit" / "het IHP voorbereidt, (f) …")."""
    labels = list(INLINE_LABEL.finditer(text))
    start = next((k for k, m in enumerate(labels) if m.group(1) == first), None)
    if start is None:
        return []
    run = [labels[start]]
    for m in labels[start + 1 :]:
        if m.group(1) != _after(run[-1].group(1)):
            break
        run.append(m)
    lead = text[: run[0].start()]
    if going_on and text[:1].islower() and not SENTENCE_END.search(lead):
        return run
    return run if LEAD.search(lead[-300:]) or LEAD_RUN_ON.search(lead[-200:]) else []


def inline_points(blocks: list[Block]) -> list[structure._Candidate]:
    """The points of the paragraph that lists its recommendations inline after a lead-in that asks, lettered (a),
    (b), (c) … or numbered (1), (2), (3) … in order, each from its label to the next (without the "; en" between),
    and those the paragraphs after it go on with ("Daarnaast beveelt de commissie aan om (4) …, en (5) …"); none
    unless three or more in all."""
    for i, b in enumerate(blocks):
        if b.kind not in ("paragraph", "item") or b.table_row or not ("(a)" in b.text or "(1)" in b.text):
            continue
        out: list[structure._Candidate] = []
        for j in range(i, min(i + FOLLOWING, len(blocks))):
            c = blocks[j]
            if c.kind not in ("paragraph", "item") or c.table_row:
                continue
            first = _after(out[-1].number) if out else ("a" if "(a)" in b.text else "1")
            run = _run(c.text, first, going_on=bool(out))
            if not run or (not out and len(run) < 2):
                if not out:
                    break
                continue
            points = _points(c, run, j)
            if points is None:
                return []
            out.extend(points)
        if len(out) >= MIN_POINTS:
            return out
    return []


def _points(b: Block, run: list[re.Match[str]], i: int) -> list[structure._Candidate] | None:
    """Each point of ``run`` in ``b``, the last one ending with its sentence; none where a point is too short."""
    end_of_last = SENTENCE_END.search(b.text, run[-1].end())
    ends = [m.start() for m in run[1:]] + [end_of_last.start() + 1 if end_of_last else len(b.text)]
    out = []
    for m, end in zip(run, ends, strict=True):
        text = b.text[m.end() : end]
        cut = m.end() + len(_TAIL.sub("", text))
        if len(b.text[m.end() : cut].split()) < MIN_WORDS:
            return None
        point = replace(b, kind="item", label=f"({m.group(1)})", run=b.run.slice(m.end(), cut))
        out.append(structure._Candidate(m.group(1), [point], i))
    return out
