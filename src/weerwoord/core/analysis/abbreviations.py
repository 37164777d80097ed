"""Abbreviations the documents define ("minimum funding guarantee (MFG)", "Wet maatschappelijke ondersteuning
(Wmo)"): a reply that says "a positive MFG of 0.5 per cent" speaks of the recommendation to "set the minimum funding
guarantee at plus 0.5 per cent", though the two share no word."""

from __future__ import annotations

import re
from collections.abc import Iterable

# words before an abbreviation in brackets; the abbreviation of two to six letters, capitals first
DEFINED = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){1,8})\(((?-i:[A-Z][A-Za-z]{1,5}))\)")
# small words an abbreviation skips ("Department for Education": DfE; "Raad voor de Kinderbescherming": RvdK)
SMALL = frozenset(("of", "and", "for", "the", "on", "in", "to", "van", "voor", "de", "het", "en", "der", "op"))


def defined(texts: Iterable[str]) -> dict[str, str]:
    """Each abbreviation the texts define in brackets after its words, with those words ("MFG": "minimum funding
    guarantee"); only where the words' first letters spell it (small words may count or not)."""
    out: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in DEFINED.finditer(text):
            short = m.group(2)
            words = m.group(1).split()
            spelled = _spelled(words, short)
            if spelled and short not in out:
                out[short] = spelled
    return out


def _spelled(words: list[str], short: str) -> str | None:
    """The words at the end of ``words`` whose first letters spell ``short``, small words skipped or counted."""
    letters = short.lower()
    for start in range(len(words) - 1, -1, -1):
        taken = words[start:]
        if taken[0].lower() in SMALL:
            continue
        big = "".join(w[0].lower() for w in taken if w.lower() not in SMALL)
        every = "".join(w[0].lower() for w in taken)
        if letters in (big, every):
            return " ".join(taken)
        if len(big) > len(letters):
            return None
    return None


def expanded(text: str, aliases: dict[str, str]) -> str:
    """``text`` with the words of each abbreviation it uses added at its end (for weighing its likeness only)."""
    if not aliases:
        return text
    # (not where the text spells it out itself: the definition "… Program (FSAP)")
    lowered = text.lower()
    found = [long for short, long in aliases.items() if long.lower() not in lowered and uses(text, short)]
    return f"{text} {' '.join(found)}" if found else text


RARE = 4  # an abbreviation used more often than this is a name all over (a body's): no evidence


def telling(aliases: dict[str, str], recs: list[str], replies: list[str]) -> dict[str, str]:
    """The abbreviations a recommendation speaks of (by them or in full) and the texts use a few times: a term of
    the subject ("MFG"); not the name of a body that no recommendation names, nor one all over the texts ("the CBC
    will …" nine times in the answering bank's press release)."""
    texts = recs + replies
    return {
        s: long
        for s, long in aliases.items()
        if sum(uses(t, s) for t in texts) <= RARE and any(s in r.split() or long.lower() in r.lower() for r in recs)
    }


def uses(text: str, short: str) -> int:
    """How often ``text`` uses the abbreviation ``short`` as a word."""
    return len(re.findall(rf"\b{short}\b", text)) if short in text else 0
