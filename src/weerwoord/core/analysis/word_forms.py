"""Word forms the verdict's rules compare: a text's words, a verb's stem across its forms, a word's root, and
the content terms two texts share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from weerwoord.core.analysis.likeness import terms


def verb_stem(word: str, particles: frozenset[str] = frozenset()) -> str:
    """A verb's stem across its forms: "apologise", "apologised" and "apologising" share "apolog"; "share" and
    "shared" share "shar"; the Dutch "motiveer" and "gemotiveerd" share "motive"; with the language's
    ``particles``, "uitbreiden" and "uitgebreid" share "uitbre"."""
    w = word[2:] if word.startswith("ge") and len(word) > 7 else word
    particle = next((p for p in particles if w.startswith(p + "ge")), None) if len(w) >= 9 else None
    if particle:
        w = particle + w[len(particle) + 2 :]
    for end in ("ing", "ed", "es", "d", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w[:6]


def dutch_stem(word: str) -> str:
    """The stem of a Dutch verb's plural or infinitive: "nemen" -> "neem", "stellen" -> "stel", "leggen" -> "leg"
    (the form of "ik neem", "neem … op"); other words as they are."""
    if len(word) < 5 or not word.endswith("en"):
        return word
    w = word[:-2]
    if len(w) >= 2 and w[-1] == w[-2] and w[-1] not in "aeiou":
        return w[:-1]  # "stell" -> "stel"
    if len(w) >= 3 and w[-1] not in "aeiouj" and w[-2] in "aeou" and w[-3] not in "aeiou":
        return w[:-1] + w[-2] + w[-1]  # "nem" -> "neem", "maak" stays
    return w


def root(word: str) -> str:
    """A word's first letters, without accents or the Dutch past participle's "ge": "geëvalueerd" and "evalueren"
    share "evalue", "reviewing" and "review" share "review"."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if plain.startswith("ge") and len(plain) > 7:
        plain = plain[2:]
    return plain[:6]


YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year standing as a word: "in 2027", "2026/27"


def words(fragment: str) -> list[str]:
    """The words of a fragment, lower-cased (an apostrophe inside a word kept: "government's")."""
    return re.findall(r"[\w'’]+", fragment.lower())


def content_terms(text: str) -> set[str]:
    """The content stems of a text (see likeness.terms)."""
    return set(terms(text)) if text else set()


def joined_verbs(text: str, particles: frozenset[str]) -> set[str]:
    """The content stems of a text's separable verbs split by "te", joined ("open te houden": "openhouden"), for
    the ``particles`` of its language (the phrase file's ``particles``)."""
    lowered = text.lower()
    if not particles or " te " not in lowered:
        return set()
    return content_terms(" ".join(a + b for a, b in _split_verb(particles).findall(lowered)))


@lru_cache(maxsize=4)
def _split_verb(particles: frozenset[str]) -> re.Pattern[str]:
    """A particle, "te" and a verb: "open te houden", "in te voeren"."""
    return re.compile(rf"\b({'|'.join(sorted(particles))}) te ([a-z]{{3,}}en)\b")


def shared(words: set[str], rec: set[str]) -> int:
    """Content terms two texts share, a compound counting for its last part ("ontwikkelfonds" for "fonds")."""
    return sum(1 for t in rec if t in words or any(len(u) >= 4 and (t.endswith(u) or u.endswith(t)) for u in words))


def has_phrase(
    words: list[str], phrases: tuple[tuple[str, ...], ...], unless_after: frozenset[str] = frozenset()
) -> bool:
    """Whether one of ``phrases`` stands in ``words``, not right after one of ``unless_after``."""
    at: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        at.setdefault(w, []).append(i)
    for phrase in phrases:
        if not phrase:
            return True
        n = len(phrase)
        # (only the places of the phrase's first word are looked at)
        for i in at.get(phrase[0], ()):
            if tuple(words[i : i + n]) == phrase and not (i and words[i - 1] in unless_after):
                return True
    return False


def quote_span(text: str, span: tuple[int, int], count: int = 14) -> str:
    """The opening words of the sentence at ``span`` of ``text``, to quote in a reason."""
    return opening_words(text[span[0] : span[1]], count)


def opening_words(sentence: str, count: int = 14) -> str:
    """The opening words of a sentence, to quote in a reason ("…" where more follow)."""
    ws = sentence.split()
    return " ".join(ws[:count]) + (" …" if len(ws) > count else "")


# a possessive after a preposition is no verb: "voor zijn rekening", "met haar team" (not "zijn" to be)
_PREPOSITIONS = frozenset(("voor", "van", "met", "op", "in", "aan", "bij", "naar", "over", "door", "uit", "onder"))


def verbs_among(ws: list[str], verbs: frozenset[str]) -> set[str]:
    """The words of ``ws`` that are among ``verbs``, less a possessive after a preposition ("Het college neemt de
    kosten … voor zijn rekening": no verb of being)."""
    return {w for k, w in enumerate(ws) if w in verbs and not (k and ws[k - 1] in _PREPOSITIONS)}


def after_article(
    ws: list[str], nouns: frozenset[str] | set[str], articles: frozenset[str], verbs: frozenset[str] = frozenset()
) -> bool:
    """Whether ``nouns`` stand in the words, and only after one of ``articles`` ("het overleg", "the report"), or
    one word after it when that word is none of ``verbs`` ("the custody review"; not "this will review")."""
    at = [k for k, w in enumerate(ws) if w in nouns]
    return bool(at) and all(
        (k > 0 and ws[k - 1] in articles) or (k > 1 and ws[k - 2] in articles and ws[k - 1] not in verbs) for k in at
    )
