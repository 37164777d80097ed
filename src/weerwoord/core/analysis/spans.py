"""A text cut into stretches at a separator: sentences, paragraphs, as (start, end) offsets into the text."""

from __future__ import annotations

import re

# a sentence ends at . ! or ? (a closing quote or bracket may follow) before a capital, a digit or an opening quote;
# a blank line ends one too
# (not after an abbreviation that stands before a number or a name: "Instruction No. 114/2025", "art. 7", "Mr. Smith")
_ABBREVIATED = "".join(
    rf"(?<!\b{a}\.)"
    for a in ("No", "no", "Nr", "nr", "Art", "art", "para", "blz", "p", "pp", "Mr", "mr", "Dr", "dr", "St")
)
SENTENCE_END = re.compile(rf"(?<=[.!?]){_ABBREVIATED}[\"'”’)]*\s+(?=[A-ZÀ-Ý0-9\"'“‘(])|\n\n")
PARAGRAPH_END = re.compile(r"\n\n")


def spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the matches of ``separator`` (the separators left out), in order; an
    empty stretch is kept, so that every offset of the text but a separator's falls in one."""
    out = []
    start = 0
    for m in separator.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out
