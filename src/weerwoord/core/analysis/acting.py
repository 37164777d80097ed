"""The steps a reply takes on a recommendation's own subject beside a refusal: "From 1 September 2025 staff will be
able to …", a smaller step proposed."""

from __future__ import annotations

import re

from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.spans import sentence_of
from weerwoord.core.analysis.word_forms import YEAR, content_terms, opening_words, shared, words

ACTING_TERMS = 3  # the recommendation's terms a sentence shares to be a step on its own subject


def acting_sentences(
    text: str, refused_at: list[int], recommendation: str, book: PhraseBook, sentences: list[tuple[int, int]]
) -> list[str]:
    """Sentences outside the refusals (``refused_at``: where each starts; and what is done instead) that say what
    is or will be done on the recommendation's own subject: a dated step ("From 1 September 2025 staff will be able
    to …") or a smaller step proposed."""
    if not recommendation or not book.acting:
        return []
    rec = content_terms(recommendation)
    own = [(s0, s1) for s0, s1 in sentences if not any(s0 <= r < s1 for r in refused_at)]
    out = []
    for s0, s1 in own:
        sentence = text[s0:s1]
        ws = words(sentence)
        plain = " ".join(ws)
        # a smaller step proposed, whose subject is no advisory body by its name or its initials ("De RSJ stelt voor
        # …" repeats the advice)
        proposing = (
            any(f" {p} " in f" {plain} " for p in book.acting_phrases)
            and not set(ws) & book.advisory
            and not re.search(r"\b[A-Z]{2,6}\b", sentence)
        )
        # a dated step ("From 1 September 2025 staff will be able to …"), not a promise to keep things under review;
        # or one opened by "Wel" after the refusal
        dated = YEAR.search(sentence) or (ws or [""])[0] in book.acting_openers
        acting = dated and set(ws) & book.acting
        if (acting or proposing) and shared(content_terms(sentence), rec) >= ACTING_TERMS:
            out.append(opening_words(sentence))
    return out


def refuses_more(
    text: str, done: tuple[int, int], refused_at: list[int], sentences: list[tuple[int, int]], book: PhraseBook
) -> bool:
    """Whether a deed (``done``) stands before a sentence that refuses more than it ("Er komen 30 bijkomende overdekte
    fietsenstallingen. Meer plaatsen passen niet binnen het ontwerp van het plein"), or right after a refusal,
    granting a part ("Wel wordt …"): a part done, the rest refused. Not a sentence about the advice ("De adviezen 2
    en 4 gaan beide over geld voor podia …")."""
    # (the advice as the sentence's subject, after a label "Council response:"; not requests a council handles:
    # "Education, Social Work, Planning and Roads receive two thirds of all requests, and each … now has …")
    deed = text[done[0] : done[1]]
    if set(words(deed.split(":", 1)[1] if ":" in deed[:40] else deed)[:3]) & book.advisory:
        return False
    for r in refused_at:
        s0, s1 = sentence_of(sentences, r)
        # (after its article: "The other services are small, and the Council will not appoint coordinators in them")
        opening = words(text[s0:s1])[:2]
        if opening and opening[0] in book.deeds.thing_articles:
            opening = opening[1:]
        if done[1] <= s0 and opening and opening[0] in book.deeds.more:
            return True
        # (or right after the refusal, granting a part: "… gaat het college te ver. Wel wordt het verbod uitgebreid
        # tot de maanden december en januari")
        if s1 <= done[0] and not text[s1 : done[0]].strip() and set(words(deed)[:1]) & book.deeds.granting:
            return True
    return False
