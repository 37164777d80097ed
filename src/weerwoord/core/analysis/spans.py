"""A text cut into stretches at a separator: sentences, paragraphs, as (start, end) offsets into the text; the
words around an offset."""

from __future__ import annotations

import re

from weerwoord.core.wordlists import function_words

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


def in_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised after a capitalised word, inside a sentence: a name's word."""
    before = text[:start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    # (not after an article: "The Ministry therefore does not recommend …" opens with its subject)
    return (
        text[start : start + 1].isupper()
        and word[:1].isupper()
        and word[-1:].isalpha()
        and word.lower() not in function_words()
    )


def word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w'’]+)[^\w]*$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"[^\w]*([\w'’]+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans_between(text, SENTENCE_END)


def sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span of ``spans`` that holds ``pos`` (the last where none does)."""
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1]


def first_sentence(text: str) -> str:
    """The text's first sentence: where a recommendation says the figure it asks for (not an estimate after it)."""
    return text[slice(*(sentence_spans(text) or [(0, len(text))])[0])]
