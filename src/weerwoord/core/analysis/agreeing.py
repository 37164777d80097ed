"""What limits an agreement the reply states: a part of what would change kept as it is, or what was asked done
otherwise than asked; and an agreement with the analysis alone beside the act asked, said not to be done."""

from __future__ import annotations

from weerwoord.core.analysis import as_it_is, deeds
from weerwoord.core.analysis.otherwise import done_otherwise
from weerwoord.core.analysis.phrases import PhraseBook
from weerwoord.core.analysis.spans import first_sentence
from weerwoord.core.analysis.word_forms import content_terms, shared, words
from weerwoord.core.analysis.word_forms import quote_span as _quote
from weerwoord.core.model import Mark, Verdict
from weerwoord.core.words import _


def agreement_limited(
    text: str, recommendation: str, book: PhraseBook, spans: list[tuple[int, int]], agreed: str
) -> tuple[Verdict, str] | None:
    """ "partly" where the reply agrees (``agreed``, the words) but keeps a part as it is or does it otherwise than
    asked; None otherwise."""
    kept = deeds.find(text, recommendation, book, spans).kept if as_it_is.keeps(text, book) else []
    if kept:
        # "It is accepted that the need criteria should apply only …. However, the seven-year occupancy
        # condition … will be retained in all rural areas": a part of what would change stays as it is
        return "partly", _("The government agrees (“{x0}”) but keeps a part as it is (“{x1}”).").format(
            x0=agreed, x1=_quote(text, kept[0])
        )
    otherwise = done_otherwise(text, recommendation, book, spans)
    if otherwise:
        # "Ik deel uw wens om de werkwijze … te evalueren …. De evaluatie laat ik echter uitvoeren door de eigen
        # afdeling en niet door een extern bureau": done, but otherwise than asked
        return "partly", _("The government agrees (“{x0}”) but does it otherwise than asked (“{x1}”).").format(
            x0=agreed, x1=_quote(text, otherwise[0])
        )
    return None


def analysis_only(
    text: str, recommendation: str, book: PhraseBook, spans: list[tuple[int, int]], agreed: str
) -> tuple[Verdict, str] | None:
    """ "disagrees" where the reply shares only the analysis ("Het college deelt de analyse dat …") and says the act
    asked is not done, with nothing done beside it ("Praktijktesten … worden niet in het actieplan opgenomen");
    None otherwise."""
    found = deeds.find(text, recommendation, book, spans)
    asked = content_terms(recommendation)
    # (the act asked, or the thing asked in three words of its own, said not to be done)
    denied = found.refused or [x for x in found.limits if shared(content_terms(text[x[0] : x[1]]), asked) >= 3]
    if not denied or found.done:
        return None
    return "disagrees", (
        _("The government shares only the analysis (“{x0}”) and rejects the recommendation (“{x1}”).").format(
            x0=agreed, x1=_quote(text, denied[0])
        )
    )


def left_open(marks: list[Mark], book: PhraseBook, agreed: str) -> tuple[Verdict, str] | None:
    """ "noted" where the reply shares only the analysis and leaves the decision open in words ("… wachten de
    landelijke afspraken af"); None otherwise."""
    waiting = [m for m in marks if m.about_recommendation and (rule := book.by_id.get(m.rule)) and rule.noting]
    if not waiting:
        return None
    said = _("The government shares the analysis (“{x0}”) but leaves the decision open (“{x1}”).")
    return "noted", said.format(x0=agreed, x1=waiting[0].text)


def on_the_advice(agree: list[Mark], recommendation: str, book: PhraseBook) -> list[Mark]:
    """The agreements with the recommendation, not with its analysis alone ("shares the concern", "supports the
    aim"); the aim the recommendation itself names is no analysis ("supports a specific objective on social
    enterprise" where "Include a specific objective on social enterprise" was asked: three words in common)."""
    asked = content_terms(first_sentence(recommendation))
    return [
        m
        for m in agree
        if not set(words(m.text)) & book.analysis_terms or shared(content_terms(m.text), asked) >= ASKED_AIM
    ]


ASKED_AIM = 3  # content words an agreement shares with the recommendation's first sentence to agree with it


def found_only(
    agree: list[Mark],
    refuse: list[Mark],
    reserve: list[Mark],
    on_advice: bool,
    noting: bool,
    promising: bool,
    book: PhraseBook,
) -> tuple[Verdict, str] | None:
    """The verdict on a reply that agrees with what the report found, or with the aim, and no more: it leaves the
    decision open ("We agree that our site supervisors need … . Whether a formal qualification should be a
    requirement of the post will be considered …", ``noting``: every reservation only notes), or it refuses the
    recommendation itself ("The Secretary of State agrees that the panels … would have a major adverse effect … .
    He has therefore not accepted the ExA's recommendation on these fields"; not where it also promises a part,
    ``promising``: "We agree that … need more capacity, and we will fund 300 additional planning officers"). None
    otherwise."""
    conceded = all(any(c in m.text.lower() for c in book.conceding) for m in agree)  # "agrees that …"
    if (conceded or not on_advice) and not refuse and noting:
        said = _("The government shares the analysis (“{x0}”) and leaves the decision open (“{x1}”).")
        return "noted", said.format(x0=agree[0].text, x1=reserve[0].text)
    # (the refusal naming the recommendation itself: not "We cannot support mandatory consolidation …" beside it)
    named = [m for m in refuse if m.about_recommendation and set(words(m.text)) & _THE_RECOMMENDATION]
    if conceded and named and not reserve and not promising:
        said = _("The government accepts only what the report found (“{x0}”) and rejects the recommendation (“{x1}”).")
        return "disagrees", said.format(x0=agree[0].text, x1=named[0].text)
    return None


# the words by which a refusal names the recommendation itself ("not accepted the ExA's recommendation")
_THE_RECOMMENDATION = frozenset(
    (
        "recommendation",
        "recommendations",
        "aanbeveling",
        "aanbevelingen",
        "advice",
        "advies",
        "adviezen",
        "proposal",
        "voorstel",
        "suggestion",
        "suggestie",
    )
)


def without_other_deeds(agree: list[Mark], text: str, recommendation: str, book: PhraseBook) -> list[Mark]:
    """The agreements of a reply that notes the recommendation, less those that only say something is done already
    that is not what was asked, its clause speaking of one of the recommendation's terms or none ("We note the
    Authority's view …. Our hearings officers already offer practical help" where an independent support service was
    asked): no acceptance of it."""
    asked = content_terms(recommendation)

    def other(m: Mark) -> bool:
        if not set(words(m.text)) & book.deeds.already:
            return False
        start = max(text.rfind(c, 0, m.start) for c in ".;:,") + 1
        ends = [k for k in (text.find(c, m.end) for c in ".;:,") if k >= 0]
        return shared(content_terms(text[start : min(ends, default=len(text))]), asked) < 2

    return [m for m in agree if not other(m)]
