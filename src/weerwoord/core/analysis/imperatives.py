"""Recommendations in the imperative inside running paragraphs: a health service's report that says "Laat de
installateur de ventilatie … inregelen. Vervang daarnaast … de roosters …" between its findings, and "Verder raden wij
aan om …" once. No list, no label, no "we recommend" for each: a reading offered where no other holds three points,
which the response decides on (its ordinals, "Het tweede en het vierde advies", land only where these are the
recommendations).
"""

from __future__ import annotations

import re

from weerwoord.core.analysis import structure
from weerwoord.core.analysis.going_on import opens_in_the_imperative
from weerwoord.core.analysis.requests import BY_LAW
from weerwoord.core.model import Block
from weerwoord.core.wordlists import words

BODY = 25  # words at least in a running paragraph
# sentences in the imperative: fewer are asides (the response read as evidence does better); more, a manual's steps
MIN_SAID, MAX_SAID = 5, 30
# a clause after a colon that asks in its turn: "Tot slot is het belangrijk dat ouders weten wat er aan de hand is:
# informeer hen schriftelijk over …"
_AFTER_COLON = re.compile(r":\s+(?=[a-zà-ÿ])")
_QUOTE = "'\"‘“"


def imperative_sentences(blocks: list[Block], recommending: list[structure._Candidate]) -> list[structure._Candidate]:
    """The sentences of the advice's running paragraphs that open in the imperative, with its sentences that
    recommend (``recommending``), numbered by their place; none unless ``MIN_SAID`` to ``MAX_SAID`` open so."""
    found: list[tuple[int, int, structure._Candidate]] = []
    for i, b in enumerate(blocks):
        if (
            b.kind != "paragraph"
            or b.table_row
            or b.label
            or b.text.lstrip()[:1] in _QUOTE
            or len(b.text.split()) < BODY
        ):
            continue  # (a running paragraph's, not a cover's line of names: "Dekkers-Bol, adviseur …")
        for start, end in structure._sentences(b.text):
            said = b.text[start:end]
            colon = _AFTER_COLON.search(said)
            if _asks(said):
                at = start
            elif colon and _asks(_capital(said[colon.end() :])):
                at = start + colon.end()
            elif _asks(_capital(said)):
                at = start  # (a paragraph that goes on from the page before, in lower case)
            else:
                continue
            run = b.run.slice(at, end).strip()
            found.append((i, at, structure._Candidate("", [Block("paragraph", run)], i, numbered=False)))
    if not MIN_SAID <= len(found) <= MAX_SAID:
        return []
    own = {(i, c.blocks[0].text[:40]) for i, _, c in found}
    for c in recommending:
        if (c.start_index, c.blocks[0].text[:40]) not in own:
            block = blocks[c.start_index].text
            found.append((c.start_index, max(0, block.find(c.blocks[0].text[:40])), c))
    found.sort(key=lambda f: f[:2])
    return [structure._Candidate(str(n), c.blocks, i, numbered=False) for n, (i, _, c) in enumerate(found, start=1)]


# a subject and its verb among the first words: "Techniek alleen is niet genoeg", "Leerlingen hebben soms …"
_STATING = frozenset(("is", "zijn", "was", "waren", "heeft", "hebben", "are", "were", "has", "have", "had", "werd"))
# a subject or a modal first, a modal or "and" second: no request (resources/language/not-imperative-*.txt)
_NOT_FIRST = words("not-imperative-first")
_NOT_SECOND = words("not-imperative-second")


def _asks(sentence: str) -> bool:
    """Whether a sentence of running text opens in the imperative ("Vervang daarnaast …"): no name before a comma, no
    subject before its verb, no duty the law sets."""
    ws = sentence.split()
    return (
        opens_in_the_imperative(sentence)
        and not ws[0].endswith(",")
        and ws[0].lower() not in _NOT_FIRST
        and ws[1].lower().strip(",") not in _NOT_SECOND
        and not {w.lower().strip(",;") for w in ws[1:4]} & _STATING
        and not BY_LAW.match(sentence)
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
