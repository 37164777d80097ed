"""The report's own paragraphs a recommendation stands for, and those a reply names.

A list that closes a report often repeats each recommendation with the paragraph of the body it comes from: "(§ 4)
ECRI recommends …" (the Council of Europe's monitoring bodies), "… should be kept under review. (Paragraph 27)" (a
select committee). The reply may then name the paragraph, not the item: "Paragraph 4 - Equality Ombud", "Paragraphs
10 and 11 - …". Such a heading answers the items that stand for those paragraphs.
"""

from __future__ import annotations

import re

from weerwoord.core.model import Recommendation, Reply, TextRun

_WORD = r"(?:paragraphs?|paras?\.?|paragra(?:af|fen)|par\.|§§?)"
# (or of a section, "paragraph 3.2", "Paragraphs 4.2 and 4.3")
_NUMBERS = r"(\d{1,3}(?:\.\d{1,3})?(?:\s*(?:,|and|en|&|–|-)\s*\d{1,3}(?:\.\d{1,3})?)*)"
# "(Paragraph 27)" after the recommendation, "(§ 4)" before it
CROSS_REF_TAIL = re.compile(rf"\s*\({_WORD}\s*{_NUMBERS}\)\s*\.?\s*$", re.I)
CROSS_REF_HEAD = re.compile(rf"^\s*\({_WORD}\s*{_NUMBERS}\)\s*", re.I)
# a reply's heading or opening naming the report's paragraphs: "Paragraph 13 - …", "Re paragraphs 10 and 11:"
NAMED = re.compile(rf"(?<!\w){_WORD}\s*{_NUMBERS}(?![.,]?\d)", re.I)
OPENING_REACH = 90  # characters of a reply without heading where it names what it answers
# the report's paragraphs by their letters in brackets ("[a]"–"[t]", a Belgian council's advice), named by the reply:
# "Naar aanleiding van punt [d] bevat …", "… neemt akte van de vraag van de raad in punt [p]"
# (or its section's number, the paragraph opening "3.2 Of the 160 records I read, …")
BRACKETED = re.compile(r"\[([a-z]|\d{1,3}(?:\.\d{1,3})?)\]|(\d{1,2}\.\d{1,3})\s+(?=[A-Z])")
BRACKETED_NAMED = re.compile(
    r"(?<!\w)(?:punt(?:en)?|points?|paragraphs?|paragra(?:af|fen)|§)\s*\[([a-z]|\d{1,3})\]", re.I
)
BRACKETED_REACH = 160  # (such a letter is no number of the reply's own: named a little further in)


def split_cross_refs(run: TextRun) -> tuple[TextRun, tuple[str, ...]]:
    """The run without a paragraph reference at its start or end, and the paragraphs that reference names."""
    cites: list[str] = []
    head = CROSS_REF_HEAD.match(run.text)
    if head and head.end() < len(run.text):
        cites += _numbers(head.group(1))
        run = run.slice(head.end(), len(run.text))
    tail = CROSS_REF_TAIL.search(run.text)
    if tail and tail.start() > 0:
        cites += _numbers(tail.group(1))
        run = run.slice(0, tail.start())
    return run, tuple(dict.fromkeys(cites))


def named_paragraphs(reply: Reply) -> list[str]:
    """The report's paragraphs a reply names in its heading, or at its opening when it has none."""
    said = reply.heading or reply.text[:OPENING_REACH]
    lettered = [m.group(1).lower() for m in BRACKETED_NAMED.finditer(reply.heading or reply.text[:BRACKETED_REACH])]
    return [n for m in NAMED.finditer(said) for n in _numbers(m.group(1))] + lettered


def bracketed_label(text: str) -> tuple[str, ...]:
    """The letter or number in brackets a paragraph of the report opens with ("[d] De raad beveelt aan …"), or its
    section's number ("3.2 Of the 160 records I read, …"), as what a recommendation in it stands for."""
    m = BRACKETED.match(text)
    return ((m.group(1) or m.group(2)).lower(),) if m else ()


def answering(recs: list[Recommendation], reply: Reply) -> list[int]:
    """The recommendations (by index) that stand for a paragraph the reply names."""
    named = named_paragraphs(reply) if any(r.cites for r in recs) else []
    return [i for i, r in enumerate(recs) if set(r.cites) & set(named)]


def _numbers(said: str) -> list[str]:
    """ "10 and 11" → ["10", "11"]; "4-6" → ["4", "5", "6"] (a range of a dozen at most)."""
    out: list[str] = []
    for m in re.finditer(r"(\d{1,3}(?:\.\d{1,3})?)(?:\s*[–-]\s*(\d{1,3}))?", said):
        if "." in m.group(1):
            out.append(m.group(1))  # (a section's paragraph: "3.2")
            continue
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        out += [str(n) for n in range(a, b + 1)] if a <= b <= a + 12 else [str(a)]
    return out
