"""A letter in prose that takes up each recommendation in its own words ("Ook adviseert de Raad …") before saying
what is done: the opening sentence names the recommendation even where the rest of the paragraph shares few of its
words; and verdicts a legislative reply gives in the third person."""

from __future__ import annotations

import pytest

from weerwoord.core.analysis import alignment, stance
from weerwoord.core.model import Recommendation, Reply, TextRun

RECS = [
    "de meldplicht voor zorgaanbieders gefaseerd in werking te laten treden, te beginnen met de grote instellingen",
    "in de wet een uitzondering op de meldplicht op te nemen voor zorgaanbieders die zelfstandig werken",
    "de voorgestelde boete voor zorgaanbieders die te laat melden te verlagen tot ten hoogste 2.500 euro",
]
REPLIES = [
    "De Raad adviseert om een uitzondering op de meldplicht voor zelfstandig werkende zorgaanbieders in de wet "
    "op te nemen. Dit advies is overgenomen: de meldplicht geldt niet voor zorgaanbieders zonder personeel.",
    "Ook adviseert de Raad de meldplicht gefaseerd in te voeren. Artikel 12 is daarop aangepast: eerst melden "
    "ziekenhuizen, een jaar later volgen de overige zorgaanbieders die onder de meldplicht vallen.",
    "Het advies om de boete voor zorgaanbieders die te laat melden te verlagen, neemt de regering niet over. De "
    "meldplicht verliest anders haar werking; zorgaanbieders kunnen wel bezwaar maken tegen een boete.",
]


def test_a_paragraph_that_opens_with_the_recommendation_in_other_words_answers_it() -> None:
    recs = [Recommendation(str(k + 1), False, TextRun(t, [])) for k, t in enumerate(RECS)]
    replies = [Reply(f"p{k + 1}", None, TextRun(t, [])) for k, t in enumerate(REPLIES)]
    pairs, unmatched = alignment.align(recs, replies)
    got = {p.recommendation.number: p.reply.id if p.reply else None for p in pairs}
    assert got == {"1": "p2", "2": "p1", "3": "p3"}, got
    assert not unmatched


@pytest.mark.parametrize(
    ("text", "rec", "want"),
    [
        (
            "De adviezen over storingen en over het tijdstip van ontvangst van digitale stukken zijn beide "
            "overgenomen.",
            "een storingsregeling in de wet op te nemen",
            "agrees",
        ),
        # the government's own choice for another way, taken up by "Zij", in contrast to what it endorses
        (
            "De regering onderschrijft dat een gefaseerde invoering verstandig is. Zij kiest er echter voor de "
            "fasering niet per gerecht maar per soort procespartij in te richten.",
            "de verplichting gefaseerd in werking te laten treden, te beginnen met de kleinste gerechten",
            "partly",
        ),
        (
            "Naar aanleiding van het advies is een evaluatiebepaling opgenomen. De regering acht een termijn van "
            "drie jaar te kort en kiest voor een evaluatie binnen vijf jaar.",
            "een evaluatiebepaling op te nemen die een evaluatie binnen drie jaar voorschrijft",
            "partly",
        ),
    ],
)
def test_verdicts_of_a_reply_in_the_third_person(text: str, rec: str, want: str) -> None:
    marks = stance.find_marks(TextRun(text, []), "nl", rec)
    assert stance.verdict(marks, text, "nl", rec)[0] == want
