"""A key recommendation set apart before the others: "ONS KERNADVIES" / "Handhaaf op werkdagen het
halfuursinterval …" in a box at the top, the other recommendations in a numbered list further on ("3 Verder
adviseren wij"). The key one is the first of them, named by its heading; the list keeps its own numbers, as the
response cites them ("de punten 2 en 5")."""

from __future__ import annotations

import re

from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.analysis.structure import REC_VERB, _Candidate
from weerwoord.core.model import Block
from weerwoord.core.words import _

# the heading of the one key recommendation: "Ons kernadvies", "Hoofdadvies", "Our key recommendation"
KEY_HEADING = re.compile(
    r"^\s*(?:ons\s+|our\s+|het\s+|the\s+)?(?:kernadvies|hoofdadvies|centrale\s+advies|belangrijkste\s+advies"
    r"|key\s+recommendation|main\s+recommendation|central\s+recommendation|headline\s+recommendation)\s*:?\s*$",
    re.I,
)


def key_item(blocks: list[Block], before: int) -> _Candidate | None:
    """The key recommendation under its own heading before block ``before`` (where a list of the others begins): the
    paragraph right under the heading, if it asks."""
    for i in range(min(before, len(blocks) - 1)):
        b = blocks[i]
        if b.kind != "heading" or not KEY_HEADING.match(b.text):
            continue
        under = blocks[i + 1]
        if under.kind in ("paragraph", "item") and (opens_with_verb(under.text) or REC_VERB.search(under.text)):
            name = " ".join(w.capitalize() if k == 0 else w.lower() for k, w in enumerate(b.text.split()))
            return _Candidate(name.rstrip(":"), [under], i + 1, numbered=False)
    return None


LISTS = ("chapter", "list", "continued", "counted")  # the readings of a list a key recommendation may stand before


def keyed_list(description: str, items: list[_Candidate], blocks: list[Block]) -> tuple[str, list[_Candidate]] | None:
    """A list's reading with the key recommendation before it, and its description; None where there is none."""
    key = key_item(blocks, items[0].start_index)
    if key is None:
        return None
    said = _("{reading}, after the key recommendation “{name}”").format(reading=description, name=key.number)
    return said, [key, *items]
