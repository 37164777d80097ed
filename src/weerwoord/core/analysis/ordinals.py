"""Recommendations named by their place: "het tweede advies", "the third recommendation", "Uw eerste en tweede
aanbeveling"."""

from __future__ import annotations

import re

# "eerste"/"first" → "1" … "tiende"/"tenth" → "10"
_ORDINAL_PAIRS = "eerste first, tweede second, derde third, vierde fourth, vijfde fifth, zesde sixth, zevende seventh,"
_ORDINAL_PAIRS += " achtste eighth, negende ninth, tiende tenth"
ORDINALS = {w: str(i) for i, pair in enumerate(_ORDINAL_PAIRS.split(","), start=1) for w in pair.split()}
ORDINAL_REF = re.compile(
    r"^(?:tot slot,? |ten slotte,? |finally,? )?(?:de|the|uw|your)\s+(" + "|".join(ORDINALS) + r")\s+"
    r"(?:aanbeveling|recommendation)\b",
    re.I,
)


# "Het tweede advies betreft …", "Ten aanzien van het vierde advies, …", "Wat het zesde advies betreft", "The third
# recommendation": an ordinal near the start of a paragraph names the recommendation by its place ("#2")
_ORDINAL = "(" + "|".join(ORDINALS) + ")"
# (the body named before it: "On the Commission's sixth recommendation, Council agreed …", "I accept the committee's
# second recommendation")
_WHOSE = r"(?:de|het|the|uw|your|its|their)\s+(?:[\w-]+(?:'s|’s)\s+)?"
ORDINAL_NEAR_START = re.compile(
    rf"^[^.;:]{{0,40}}?\b{_WHOSE}{_ORDINAL}\s+"
    r"(?:aanbeveling|advies|adviespunt|voorstel|recommendation|proposal)\b"
    # "…, waar u in uw vijfde aanbeveling om vraagt": the advice's own, named in the paragraph's first sentence
    rf"|^[^.;:]{{0,160}}?\b(?:uw|your)\s+{_ORDINAL}\s+(?:aanbeveling|advies|recommendation)\b"
    # (or opening the second sentence, after one that leads in: "Wij beginnen met de financiën, omdat daar de meeste
    # ergernis over is. Uw vierde advies nemen wij volledig over.")
    rf"|^[^.;:]{{0,120}}[.:]\s+(?:uw|your)\s+{_ORDINAL}\s+(?:aanbeveling|advies|recommendation)\b"
    # (one of a group: "As to the first of your recommendations to schools", or in the second sentence, "The
    # recommendations to schools are for governing bodies …. I will nevertheless support the second of your …")
    rf"|^(?:[^.;:]{{0,160}}[.:]\s+)?[^.;:]{{0,60}}?\b(?:the|de|het)\s+{_ORDINAL}\s+(?:of|van)\s+(?:your|the|uw|de)\s+"
    r"(?:recommendations|proposals|aanbevelingen|adviezen|voorstellen)\b"
    # (two at once: "The first and second recommendations were discussed together")
    rf"|^[^.;:]{{0,40}}?\b{_WHOSE}{_ORDINAL}\s+(?:en|and)\s+(?:de\s+|het\s+|the\s+)?{_ORDINAL}\s+"
    # (the noun singular too: "Uw tweede en vijfde advies gaan over het monument zelf")
    r"(?:aanbevelingen|adviezen|adviespunten|voorstellen|recommendations|proposals|aanbeveling|advies|voorstel"
    r"|recommendation|proposal)\b",
    re.I,
)
# the ordinal alone after a word that takes up a point, its comma after it: "As to the third, Brightline … have now
# sent us …", "On the second, a rectangular collimator was fitted …", "Wat de derde betreft, …" (a recommendation's
# place only where the response names three places or more: else "the second" of two just named)
ORDINAL_BARE = re.compile(
    rf"^(?:as\s+to|as\s+for|as\s+regards|regarding|turning\s+to|on|ten\s+aanzien\s+van|met\s+betrekking\s+tot"
    rf"|over)\s+(?:the|de|het|your|uw)\s+{_ORDINAL}\s*[,:]"
    rf"|^wat\s+(?:de|het|uw)\s+{_ORDINAL}\s+betreft\b",
    re.I,
)
# "De tweede en de vierde aanbeveling hangen samen": two places named at once (or a letter's points, "The sixth and
# seventh points are about Surgery 4 and about doses.": a paragraph of a reply that speaks of two, sentence by sentence)
ORDINAL_PAIR = re.compile(
    rf"\b{_ORDINAL}\s+(?:en|and)\s+(?:de|het|the)?\s*{_ORDINAL}\s+"
    r"(?:aanbevelingen|adviezen|recommendations|aanbeveling|recommendation|adviespunten|advies|voorstellen|proposals"
    r"|voorstel|proposal|points|punten)\b",
    re.I,
)


def series_places(numbers: frozenset[str]) -> dict[str, str]:
    """The places of recommendations numbered in a series of Roman numerals or letters ("iv" the fourth, "d" the
    fourth), where all of ``numbers`` are of one such series; else none."""
    from weerwoord.core.analysis.structure import roman_value  # (structure reads this module's readers)

    if all(re.fullmatch(r"[ivx]{1,5}", n) for n in numbers):
        return {n: str(roman_value(n.upper())) for n in numbers}
    places = {n: letter_place(n) for n in numbers}
    return {n: str(k) for n, k in places.items() if k is not None} if all(places.values()) else {}


def letter_place(letter: str) -> int | None:
    """Where a letter stands in a lettered list ("c" the third), from "a" to "h"; None for anything else."""
    return ord(letter) - 96 if len(letter) == 1 and "a" <= letter <= "h" else None
