"""Recommendations tagged at their end: "… should direct the Administrator to … (Recommendation 3)", an audit
office's form, and "… while the vehicle is in motion. (H-25-18)", a transport safety board's code."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.model import Block, TextRun
from weerwoord.core.reading.page_lines import ends_sentence

# a safety board's recommendation code: its mode's letter(s), the year and a number ("H-25-18", "A-24-005")
SAFETY_CODE = r"(?-i:[A-Z]{1,3})-\d{2,4}-\d{1,4}"
TAG_AT_END = re.compile(
    rf"\((?:(?:recommendation|aanbeveling|advies|advice|rec\.)\s+({structure.NUMBER}|[A-Z]{{1,2}}\d{{1,2}})|"
    rf"({SAFETY_CODE}))\)\s*[.;]?\s*$",
    re.I,
)


def _tag_number(m: re.Match[str]) -> str:
    """The tag's number: "3" of "(Recommendation 3)", lower-cased; a safety board's code as written."""
    return m.group(1).lower() if m.group(1) else m.group(2)


def tagged(blocks: list[Block]) -> list[structure._Candidate]:
    """Paragraphs that end by naming the recommendation they are: "… should direct the Administrator to …
    (Recommendation 3)" (an audit office's recommendations for executive action), "… while the vehicle is in
    motion. (H-25-18)" (a transport safety board's code: mode, year, number)."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        m = TAG_AT_END.search(b.text)
        if m is not None and i and b.text[:1].islower() and not ends_sentence(blocks[i - 1].text):
            # the last words of a sentence cut from its start by a page break ("uit de rijksbegroting kan worden
            # ingelopen. (advies 4)"): the two parts are one
            b = replace(blocks[i - 1], run=TextRun.concat([blocks[i - 1].run, b.run], sep=" "))
            m = TAG_AT_END.search(b.text)
        if m is None or len(b.text.split()) < 8:
            continue
        number = _tag_number(m)
        if number.lower() in seen:
            continue  # a later mention of the same tag repeats it (a summary, the agency's letter)
        seen.add(number.lower())
        out.append(
            structure._Candidate(
                number,
                [replace(b, run=b.run.slice(0, m.start()).strip(), label="")],
                i,
            )
        )
    return sorted(out, key=lambda c: structure._value(c.number))
