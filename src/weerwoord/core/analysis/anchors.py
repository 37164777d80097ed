"""A recommendation and a section of the response that share a word no other recommendation and no other section
has: minutes that report, paragraph by paragraph, what the alderman said on each point of the advice
("Raadslid Amrani vraagt of eigenaars van kapelletjes en wegkruisen steun kunnen krijgen …" for "Voorzie een premie
voor het onderhoud van klein erfgoed zoals kapelletjes, wegkruisen en pompen"), where the whole paragraph, in its
own words, is too little like the recommendation for the measure of likeness to pick it out."""

from __future__ import annotations

import re
from collections import Counter

from weerwoord.core.analysis.likeness import terms
from weerwoord.core.analysis.structure import first_sentence
from weerwoord.core.analysis.subjects import fits
from weerwoord.core.model import Recommendation, Reply

# the topic a reported speaker's paragraph opens with, in minutes: "Over geluidsisolatie zegt de gedeputeerde dat …"
TOPIC_SPOKEN = re.compile(
    r"^(?:over|wat betreft)\s+([^,.:;]{3,60}?)\s+(?:zegt|zei|vertelt|vertelde|merkt|merkte|meldt|meldde|"
    r"antwoordt|antwoordde|licht|lichtte)\b"
    # (or a resolution's point on a proposal by its topic: "the proposal on the carers' allowance be referred to …")
    r"|^(?:section\s+\d{1,2}\.\s+)?(?:the|in respect of the|as to the)\s+(?:proposal|recommendation|suggestion|request)"
    r"\s+(?:on|about|regarding|concerning|for|to)\s+(?:the\s+)?([^,.:;]{3,60}?)\s+(?:be|is|was|has been|will be)\b",
    re.I,
)
LONG = 8  # letters: one word this long, shared so, is enough ("erfgoedconsulent", "omgevingsloket")
SHORT = 5  # letters: two words at least this long are needed ("pakket", "kroon")


def anchored(recs: list[Recommendation], replies: list[Reply], open_recs: list[int], free: set[int]) -> dict[int, int]:
    """For the recommendations ``open_recs`` (without a reply so far), the section among ``free`` that alone in the
    response shares with it words no other recommendation says: {recommendation: section}. Two recommendations may
    take one section (one passage answering both)."""
    if not open_recs or not free:
        return {}
    # (not the name of the advisory body, "Klimaatadviesraad", which any section may say)
    rec_terms = [{t for t in terms(r.text) if not _BODY.search(t)} for r in recs]
    in_recs = Counter(t for ts in rec_terms for t in ts)
    section_terms = [set(terms(f"{rp.heading or ''} {rp.text}")) for rp in replies]
    in_sections = Counter(t for ts in section_terms for t in ts)
    out: dict[int, int] = {}
    for i in open_recs:
        own = {t for t in rec_terms[i] if in_recs[t] == 1 and in_sections[t] == 1}
        where = [j for j in range(len(replies)) if _enough(own & section_terms[j])]
        if len(where) == 1 and where[0] in free and not _on_the_advice(replies[where[0]].text):
            out[i] = where[0]
    return out


# a word that names the advice, its kind or its body: a section that opens so speaks of the advice as a whole (an
# introduction, "Op 11 juli 2026 heeft de Raad de landspecifieke aanbevelingen …"; "Since the assessment …")
_ON_THE_ADVICE = frozenset(
    (
        "advies", "adviezen", "aanbeveling", "aanbevelingen", "rapport", "raad", "recommendation", "recommendations",
        "report", "council", "committee", "commissie", "assessment", "inspection", "inspectie", "review",
    )
)  # fmt: skip
_BODY = re.compile(r"advie|advis|raad|rad$|council|committe")


def _on_the_advice(text: str) -> bool:
    """Whether a section's first sentence names the advice or its body."""
    return bool(set(re.findall(r"\w+", first_sentence(text).lower())) & _ON_THE_ADVICE)


def _enough(shared: set[str]) -> bool:
    """One long word, or two of some length: not a word of every day shared by chance ("eerste")."""
    return any(len(t) >= LONG for t in shared) or sum(len(t) >= SHORT for t in shared) >= 2


def spoken_topics(
    recs: list[Recommendation], replies: list[Reply], links: dict[int, tuple[int, str, float]], thin: set[int]
) -> None:
    """Link a section no recommendation took that opens on its topic ("Over geluidsisolatie zegt de gedeputeerde dat
    …", "the proposal on the carers' allowance be referred …") to the one recommendation still open that speaks of
    it; of two that do, the one that shares more of the topic's words."""
    answering_now = {jj for jj, _, _ in links.values()}
    for j, rp in enumerate(replies):
        topic = TOPIC_SPOKEN.match(rp.text) if j not in answering_now and j not in thin else None
        if topic:
            said = topic.group(1) or topic.group(2)
            about = [i for i in range(len(recs)) if i not in links and fits(said, recs[i].text)]
            shared = {i: len(set(terms(said)) & set(terms(recs[i].text))) for i in about}
            about = [i for i in about if shared[i] == max(shared.values())]
            if len(about) == 1:
                links[about[0]] = (j, "content", 0.5)
