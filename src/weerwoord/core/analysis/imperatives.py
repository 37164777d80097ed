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
    subject before its verb, no duty the law sets; or says what one should do ("The central bank should keep its
    policy rate at 6.25 percent …", "To raise female participation …, the government should expand …")."""
    ws = sentence.split()
    if _SHOULD.match(sentence) and not BY_LAW.match(sentence):
        return True
    return (
        opens_in_the_imperative(sentence)
        and not _NOUN_FIRST.match(sentence)
        and not ws[0].endswith(",")
        and ws[0].lower() not in _NOT_FIRST
        and ws[1].lower().strip(",") not in _NOT_SECOND
        and not {w.lower().strip(",;") for w in ws[1:4]} & _STATING
        and not BY_LAW.match(sentence)
    )


# one who should act, and what: "Supervisors should complete …", "The energy subsidy on household electricity should be
# replaced by …"; after a purpose: "To raise female participation in the labour force, the government should …" (not
# what should have been, nor praise, nor a quotation)
_SHOULD = re.compile(
    r"^(?:To\s[^,.;\"“]{3,80},\s+)?(?:the\s+)?[A-Za-z][\w-]*(?:\s[\w-]+){0,7}?\s+should\s+"
    r"(?!have\b|not\b|be\s+(?:commended|noted|aware|able|welcomed|praised|congratulated)\b)[a-z]+",
)
# a noun first, however it looks: a possessive ("Estmarra's economy recovered …"), a label ("Mission chief: …"), an
# English plural before what it does ("Surveys of firms also point …", "Risks to the outlook are …")
_NOUN_FIRST = re.compile(
    r"^\w+['’]s\s|^(?:\S+\s){0,2}\S+:\s"
    r"|^[A-Za-z]{3,}[^s\W]s\s+(?:of|to|are|were|have|has|had|do|did|also|remain|show|point|suggest)\b"
)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
