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


# a code in square brackets closing a recommendation in the running text: "… te verlengen van twee naar drie jaar.
# [A1]" (an advisory council that marks its recommendations so that they can be followed up)
BRACKETED_CODE = re.compile(r"\[((?-i:[A-Z]{1,3})\d{1,2}[a-z]?)\]")


def bracketed(blocks: list[Block]) -> list[structure._Candidate]:
    """The stretches of running text each closed by a code in square brackets ("… [A1] Voorzie … [C2]"): the text
    since the paragraph's start or the code before, one recommendation per code, in the order of their codes; a
    code alone on the line under its paragraph closes that paragraph."""
    out: list[structure._Candidate] = []
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        if "[" not in b.text:
            continue
        run = b.run
        if BRACKETED_CODE.fullmatch(b.text.strip()) and i and blocks[i - 1].kind != "heading":
            run = TextRun.concat([blocks[i - 1].run, b.run], sep=" ")  # "[B2]" set under its paragraph
        start = 0
        for m in BRACKETED_CODE.finditer(run.text):
            said = run.slice(start, m.start()).strip()
            start = m.end()
            if len(said.text.split()) < 6 or m.group(1) in seen:
                continue  # (a code named in passing, "de aanbevelingen A1 tot C3", has no brackets)
            seen.add(m.group(1))
            out.append(structure._Candidate(m.group(1), [Block("paragraph", said)], i))
    return structure.in_label_order(out) if len(out) >= 2 else []
