"""What a recommendation asks: the verb it opens with as a command (and its forms in a reply), the words that would
put a decision on it off, its words as one string to look a negation up in."""

from __future__ import annotations

import itertools
import re

from weerwoord.core.analysis.phrases import DeedWords
from weerwoord.core.analysis.word_forms import dutch_stem, root, verb_stem, words


def putting_off(recommendation: str, vocab: DeedWords) -> frozenset[str]:
    """The words that put a decision off, less those the recommendation asks for itself."""
    rec_words = set(words(recommendation))
    rec_roots = {root(w) for w in rec_words}
    # a verb that puts off is not weak where the recommendation asks for that very thing ("review all complaints";
    # "evalueren" asked, "zijn … geëvalueerd" answered: a Dutch past participle by its root)
    # (and a noun of that very verb: "De evaluatie … is gestart" where "Laat … evalueren" was asked)
    rec_heads = {w[:5] for w in rec_words if len(w) >= 7}
    # (and of a past participle asked: "… halfjaarlijks wordt geëvalueerd" asked, "de halfjaarlijkse evaluatie wordt
    # … opgenomen" answered)
    rec_heads |= {root(w)[:5] for w in rec_words if w.startswith("ge") and len(w) >= 9}
    asked = asked_verbs(recommendation, vocab)
    return frozenset(
        w
        for w in vocab.deferring
        if w not in rec_words
        and root(w) not in rec_roots  # ("review" asked, "reviews every use of force" answered)
        and not (len(w) >= 7 and w[:5] in rec_heads)
        # (nor the head of a compound asked: "als proef van zes maanden" where "een proefperiode" was asked)
        and not (len(w) >= 4 and any(r.startswith(w) and len(r) >= len(w) + 4 for r in rec_words))
        and verb_stem(w, vocab.particles) not in asked  # "Share our findings …" asked, "were shared" answered
    )


def asked_verbs(recommendation: str, vocab: DeedWords) -> frozenset[str]:
    """The stem of the verb a recommendation opens with when it is put as a command ("Apologise to Mrs C …",
    "Motiveer een afwijzing …", "Breid het meetnet uit met …": "uitbreiden"), or none."""
    from weerwoord.core.analysis.requests import verb_first

    ws = words(recommendation)
    # (or the Dutch infinitives after "te" it asks for: "De Commissie adviseert om … te berekenen en te beschrijven")
    infinitives = {verb_stem(x) for w, x in itertools.pairwise(ws) if w == "te" and len(x) >= 6 and x.endswith("en")}
    # (with the particle split off before "te": "… open te stellen" asks to "openstellen")
    infinitives |= {
        verb_stem(p + x) for p, w, x in zip(ws, ws[1:], ws[2:], strict=False) if w == "te" and p in vocab.particles
    }
    # (and the acts of a clause in the subjunctive after "that": "… recommends that the scheme be independently
    # reviewed … and that the results be published")
    if "that" in ws:
        infinitives |= {verb_stem(m.group(1)) for m in _SUBJUNCTIVE.finditer(" ".join(ws[ws.index("that") :]))}
    # (or, in Dutch, the infinitive that closes a statement after the verb that governs it: "… laat de kerkfabriek in
    # 2026 een energiescan van kerk en pastorie uitvoeren"; not a plural noun, "… van 9 naar 6 knopen")
    clause = words(re.split(r"[.;:]", recommendation, maxsplit=1)[0])
    governed = set(clause[:-1]) & (vocab.modals | vocab.future | vocab.causative)
    if governed and len(clause[-1]) >= 6 and clause[-1].endswith("en") and not clause[-2].isdigit():
        infinitives.add(verb_stem(clause[-1], vocab.particles))
    if len(ws) < 2 or len(ws[0]) < 3 or not verb_first(ws[0], ws[1]):
        return frozenset(infinitives)
    # a verb whose particle stands at its clause's end (or before a word that takes the clause on)
    clause = words(re.split(r"[,.;:]", recommendation, maxsplit=1)[0])
    particles = {
        verb_stem(w + ws[0])
        for k, w in enumerate(clause[2:], 2)
        if w in vocab.particles and (k + 1 == len(clause) or clause[k + 1] in vocab.clause_goes_on)
    }
    # (and the commands joined to it: "Carry out a CCTV survey … and update the hydraulic model …, and share the results
    # with the Council")
    joined = {
        verb_stem(x)
        for w, x, y in zip(ws, ws[1:], ws[2:], strict=False)
        if w in _AND and y in _THE and verb_first(x, y)
    }
    return frozenset((verb_stem(ws[0]), *particles, *infinitives, *joined))


_AND = frozenset(("and", "en"))
_THE = frozenset(("the", "a", "an", "its", "their", "all", "each", "de", "het", "een", "alle", "elke"))


def does_asked(ws: list[str], asked: frozenset[str], vocab: DeedWords) -> bool:
    """Whether the words hold the verb asked for, in any of its forms."""
    # (a Dutch plural by its stem: "Wij nemen … op" where "Neem … op" was asked)
    stems = (verb_stem(w, vocab.particles) for w in ws)
    dutch = (verb_stem(dutch_stem(w), vocab.particles) for w in ws) if vocab.speaking_acts else iter(())
    # (a participle of a verb whose stem ends in "d": "extended" where "Extend …" was asked, both "exten")
    participles = (verb_stem(w[:-2], vocab.particles) for w in ws if w.endswith("ded") and len(w) > 6)
    return bool(asked) and any(x in asked for x in (*stems, *dutch, *participles))


_SUBJUNCTIVE = re.compile(r"\bbe (?:\w+ly )?(\w{4,}ed)\b")


def asked_words(recommendation: str) -> str:
    """The recommendation's words, lower-cased and joined by single spaces: what :func:`negated` looks in."""
    return " ".join(words(recommendation))


_PURPOSE = re.compile(r"\b(?:so that|in order that|zodat|opdat)\b", re.I)


def before_purpose(sentence: str) -> str:
    """A sentence up to its purpose clause ("…, so that …", "…, zodat …"): what it says is done or put off."""
    return _PURPOSE.split(sentence, 1)[0]


def untasked(ws: list[str], delaying: set[str], vocab: DeedWords) -> set[str]:
    """The put-off words of a sentence (``delaying``) less those in the task of someone it engages, after "to" /
    "om": "… the Board has hired Kessler Structural Engineering to look at a sample of balconies" puts nothing off."""
    hired = next((k for k, w in enumerate(ws) if w in vocab.engaging), len(ws))
    task = next((k for k in range(hired + 1, len(ws)) if ws[k] in ("to", "om", "te")), len(ws))
    return {w for w in delaying if ws.index(w) <= task}
