"""How alike two texts are by what they speak of: content stems (Dutch and English, compounds met by their parts),
weighted by how rare they are among the texts compared (tf-idf), as a cosine."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from weerwoord.core.analysis.abbreviations import expanded, telling
from weerwoord.core.analysis.naming import RUN_IN, title_line, verdict_title
from weerwoord.core.wordlists import function_words, words

if TYPE_CHECKING:
    from weerwoord.core.model import Recommendation, Reply

STOP = function_words() | words("genre-words")
SHORT = words("short-words")  # (words of three letters that say nothing of a subject: "new", "per", "zes")
SHORT_HEADING = 4  # words at most in a heading that names a subject by a short word ("Tug assistance")
WORD = re.compile(r"[a-zà-ÿā-ž0-9][a-zà-ÿā-ž0-9\-]+")  # (Latin with its accents: "Māori", "Łódź")
STAFFING = words("staffing-words")
THEME = "@staffing"  # (a term no word stems to)
SUFFIXES = ("heden", "ingen", "ische", "lijke", "elijk", "ingen", "ties", "ion", "ing", "en", "es", "s", "e")


@lru_cache(maxsize=65536)  # a long response repeats its words many times over
def _stem(w: str) -> str:
    if w.endswith(("lijks", "lijkse")) and len(w) > 8:
        return w[: w.rindex("lijk") + 4]  # "jaarlijks" and "jaarlijkse" alike ("jaarlijk"), not "jaar"
    for suf in SUFFIXES:
        if len(w) > len(suf) + 3 and w.endswith(suf):
            stem = w[: -len(suf)]
            # a Dutch plural doubles the consonant: "zorgleefplannen" → "zorgleefplan", as "zorgleefplan" stays
            # (and so does "-ing", before most consonants: "herbestemming" as "herbestemmen", "planning" as "plan";
            # not "staffing", "processing", "filling")
            if suf in ("ing", "ingen") and len(stem) > 4 and stem[-1] == stem[-2] and stem[-1] in "bdgkmnpt":
                return stem[:-1]
            if suf == "en" and len(stem) > 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stem = stem[:-1]
                # (and what is left ends as the singular does, which loses it in turn: "gastlessen", "gastles")
                if stem.endswith("es") and len(stem) > 5:
                    stem = stem[:-2]
            # (a Dutch plural voices the consonant: "tarieven" as "tarief")
            if suf == "en" and len(stem) > 3 and stem[-1] == "v" and stem[-2] in "aeiouy":
                stem = stem[:-1] + "f"
            return _undoubled(stem)
    return _undoubled(w)


# a Dutch long vowel is written double in a closed syllable and single in an open one: "digitaal", "digitale";
# "jaar", "jaren" (the stem keeps one: "digital", "jar")
_DOUBLED = re.compile(r"(?<=[^aeiou])(aa|ee|oo|uu)(?=[^aeiou]$)")


def _undoubled(stem: str) -> str:
    return _DOUBLED.sub(lambda m: m.group(1)[0], stem) if len(stem) > 4 else stem


def terms(text: str) -> Counter[str]:
    """Content stems of ``text``; a hyphenated compound also counts its parts (e-bike → bike)."""
    found = WORD.findall(text.lower())
    if "-" in text:
        found = [p for w in found for p in ([w, *w.split("-")] if "-" in w else (w,))]
    # Counter counts in C and keeps the order of first sight, as a loop adding one by one would
    return Counter(map(_stem, [p for p in found if p not in STOP and len(p) >= 4]))


def similarity_matrix(
    recs: list[Recommendation], replies: list[Reply], parts: bool = True, aliases: dict[str, str] | None = None
) -> list[list[float]]:
    """Content similarity (tf-idf cosine over stems) of each recommendation with each reply; an abbreviation
    ``aliases`` defines ("MFG") counts for its words ("minimum funding guarantee")."""
    aliases = telling(aliases or {}, [r.text for r in recs], [rp.text for rp in replies])
    # (the advice's sub-heading over it, if its own)
    rec_terms = [terms(expanded(f"{r.text} {r.title}", aliases)) for r in recs]
    reply_terms = []
    for rp in replies:
        t = terms(expanded(rp.text[:4000], aliases))
        # (a paragraph's run-in label titles it as a heading does: "Ademluchttoestellen. De vervanging van …")
        title, weight = (rp.heading, 3) if rp.heading else (m.group(0) if (m := RUN_IN.match(rp.text)) else "", 1)
        title = "" if verdict_title(title) else title  # ("Waarover wij later beslissen" says no subject)
        if title:
            for k, v in terms(title).items():
                t[k] += weight * v
        # (and a title line under a heading, which the text counts once: what was advised, summed up in a table's
        # column beside the theme's)
        for k, v in terms(title_line(rp.heading, rp.text)).items():
            t[k] += 2 * v
        reply_terms.append(t)
    # (a theme both speak of in other words: "Staffing" over "A dedicated position would require new funding", for
    # "Create a dedicated Film Liaison Officer position")
    # (where both sides speak of it: a theme on one side only would weigh its texts down, likening nothing)
    # (the words of each text found once, for the theme and the short words below)
    rec_words = [WORD.findall(f"{r.text} {r.title}".lower()) for r in recs]
    heading_words = [WORD.findall((rp.heading or "").lower()) for rp in replies]
    body_words = [WORD.findall(rp.text[:4000].lower()) for rp in replies]
    themed = [bool(STAFFING & set(ws)) for ws in rec_words] + [
        bool(STAFFING & (set(h) | set(b))) for h, b in zip(heading_words, body_words, strict=True)
    ]
    if any(themed[: len(recs)]) and any(themed[len(recs) :]):
        for counts, on in zip(rec_terms + reply_terms, themed, strict=True):
            if on:
                counts[THEME] += 1
    # (and a short word a reply's heading names and a recommendation says: "Tug assistance" for "Make the use of a
    # tug compulsory …"; in the heading thrice, as its terms count)
    named = _short_names(recs, replies)
    if named:
        said = rec_words + [3 * h + b for h, b in zip(heading_words, body_words, strict=True)]
        for counts, ws in zip(rec_terms + reply_terms, said, strict=True):
            counts.update(w for w in ws if w in named)
    # weighted vectors and their norms once each, not once per pair (60 × 60 pairs in a long advice)
    vectors = _tfidf_vectors(with_parts(rec_terms + reply_terms, len(recs)) if parts else rec_terms + reply_terms)
    rec_vectors, reply_vectors = vectors[: len(recs)], vectors[len(recs) :]
    return [[_dot(a, na, b, nb) for b, nb in reply_vectors] for a, na in rec_vectors]


def _short_names(recs: list[Recommendation], replies: list[Reply]) -> set[str]:
    """The words of three letters that one short heading alone names and one recommendation alone says, a subject of
    theirs ("Tug assistance", "5. Projects map"): a common noun, not a body's initials ("Samenwerking met de LCR"
    names the council that advised)."""
    headings = [rp.heading for rp in replies if rp.heading and len(rp.heading.split()) <= SHORT_HEADING]
    headed = Counter(w for heading in headings for w in _short_words(heading) - _short_words(heading, caps=True))
    said = Counter(w for r in recs for w in _short_words(r.text))
    return {w for w, n in headed.items() if n == 1 and said[w] == 1}


def _short_words(text: str, caps: bool = False) -> set[str]:
    """The words of three letters of ``text`` that may name a thing ("tug", "map"; not "new", "per", "iii");
    ``caps``: only those written in capitals ("LCR", "NHS")."""
    found = [w.lower() for w in re.findall(r"\b[A-Z]{3}\b", text)] if caps else WORD.findall(text.lower())
    return {w for w in found if len(w) == 3 and w.isalpha() and w not in STOP and w not in SHORT} - _ROMAN


_ROMAN = frozenset(("iii", "vii", "xii", "xiv", "xvi", "xix", "xxi"))  # (list numbers, no words)


LINKS = ("s", "en", "e", "")  # what joins a Dutch compound's parts: "ondersteuning-s-programma", "boek-en-kast"
PART = 0.5  # what a compound's part counts for beside the word itself
# Dutch endings that are words too, but end a word as a suffix does: "belangrijk" is not about a "rijk"
SUFFIX_WORDS = frozenset({"rijk", "matig", "waardig", "achtig", "loos", "vrij", "zaam"})


def with_parts(docs: list[Counter[str]], first: int) -> list[Counter[str]]:
    """Each document's terms and, for a compound the other side (the documents before or from ``first``) does not
    use but whose part it uses as a word of its own, that part at half weight: "ondersteuningsprogramma" meets
    "ondersteuning" and "programma", "personeelsinzet" meets "personeel". The documents themselves are the
    dictionary, so no word list decides what splits; and a word both sides use is not split at all."""
    sides = [{t for d in docs[:first] for t in d}, {t for d in docs[first:] for t in d}]
    vocabulary = sides[0] | sides[1]  # (both sides' words: the same for every document, made once)
    parts: dict[str, tuple[str, ...]] = {}  # (a compound's parts, found once however many documents use it)
    out = []
    for k, d in enumerate(docs):
        theirs = sides[k < first]
        extra: Counter[str] = Counter()
        for t, v in d.items():
            if len(t) >= 9 and t.isalpha() and t not in theirs:
                if t not in parts:
                    parts[t] = _parts(t, vocabulary)
                for p in parts[t]:
                    if p in theirs:
                        extra[p] += PART * v  # type: ignore[assignment]  # (a fraction: Counter holds any number)
        out.append(d + extra if extra else d)
    return out


@lru_cache(maxsize=16384)
def _split(word: str) -> tuple[tuple[str, str], ...]:
    """The ways to read ``word`` as a head, a link and a tail of four letters or more each, stemmed."""
    out = []
    for i in range(4, len(word) - 3):
        head, tail = word[:i], word[i:]
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            bare = head[: len(head) - len(link)] if link else head
            if len(bare) >= 4 and tail not in SUFFIX_WORDS:
                out.append((_stem(bare), _stem(tail)))
    return tuple(out)


def _parts(term: str, vocabulary: set[str]) -> tuple[str, ...]:
    for head, tail in _split(term):
        if head in vocabulary and tail in vocabulary and head != term and tail != term:
            return (head, tail)
    # (else the longest part the documents use alone, if long: "personeelsinzet" and "personeel")
    alone = [p for pair in _split(term) for p in pair if p in vocabulary and len(p) >= 6 and p != term]
    # (or a long tail after a short head: "gasblusinstallatie" and "blusinstallatie")
    alone += [t for i in (2, 3) if len(t := term[i:]) >= LONG_TAIL and t in vocabulary]
    return (max(alone, key=len),) if alone else ()


LONG_TAIL = 8  # letters of a compound's tail, after a head of two or three, that the documents use alone


def _tfidf_vectors(docs: list[Counter[str]]) -> list[tuple[dict[str, float], float]]:
    """Each document's terms weighted by their inverse document frequency over ``docs``, with the norm."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs) or 1
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    return [_weighted(d, idf) for d in docs]


def _weighted(counts: Counter[str], idf: dict[str, float]) -> tuple[dict[str, float], float]:
    vector = {t: v * idf.get(t, 1.0) for t, v in counts.items()}
    return vector, math.sqrt(sum(x * x for x in vector.values()))


def _dot(a: dict[str, float], na: float, b: dict[str, float], nb: float) -> float:
    if not (na and nb):
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b) / (na * nb)


def shared_terms(a: str, b: str) -> list[str]:
    """Content words two texts share, the rarest-looking (longest) first: evidence for a link by content."""
    ta, tb = terms(a), terms(b)
    shared = [t for t in ta if t in tb]
    originals: dict[str, str] = {}
    for w in WORD.findall(a.lower()):
        originals.setdefault(_stem(w), w)
    return [originals.get(t, t) for t in sorted(shared, key=lambda t: (-len(t), t))]


def closest(texts: list[str], candidates: list[str], margin: float = 1.5, floor: float = 0.03) -> list[int | None]:
    """For each text, the candidate it is clearly closest to by content (tf-idf cosine over stems above ``floor``,
    at least ``margin`` times the runner-up), or None. Splits a reply answering two recommendations into its
    parts."""
    vectors = _tfidf_vectors(with_parts([terms(t) for t in texts] + [terms(c) for c in candidates], len(texts)))
    targets = vectors[len(texts) :]
    out: list[int | None] = []
    for a, na in vectors[: len(texts)]:
        scores = [_dot(a, na, b, nb) for b, nb in targets]
        ranked = sorted(range(len(scores)), key=lambda k: -scores[k])
        best = ranked[0] if ranked else None
        runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
        clear = best is not None and scores[best] > floor and scores[best] >= margin * runner_up
        out.append(best if clear else None)
    return out
