"""Forms met first in blind round 39, mended after it was scored (each test fails on the code before it, unless it
guards against a false match).

A council's zienswijze on a joint body's budget ("Wij verzoeken u …", "Wij vragen u …"); a budget committee named in
full after a leading clause ("Bearing in mind that experience, the Advisory Committee recommends …", "encourages");
a housing corporation's reply to its tenants ("meer dan u adviseert", "nemen wij mee bij het opstellen …"); an
agency's letter to an ombudsman ("kunnen hier niet op ingaan", "Wij gaan hiermee akkoord").
"""

from __future__ import annotations

from tests.core.helpers import verdict
from weerwoord.core.analysis import recommending


def test_a_councils_requests_in_a_zienswijze_recommend() -> None:
    text = (
        "Een stijging van 9,4 procent is niet op te vangen. Wij verzoeken u de indexatie te beperken tot 3,2 "
        "procent. Wij vragen u in de jaarrekening per gemeente te rapporteren over de bestede uren. Verder "
        "verzoeken wij u de reserve te maximeren."
    )
    assert len(recommending.recommending_sentences_in(text)) == 3


def test_asking_oneself_or_a_question_is_no_request() -> None:
    assert not recommending.recommending_sentences_in(
        "Wij vragen ons af of dit nodig is. Wij vragen aandacht voor de wijk."
    )


def test_a_body_named_in_full_after_a_leading_clause_recommends() -> None:
    text = (
        "Bearing in mind that experience, the Advisory Committee recommends that the Assembly request a plan. "
        "The Advisory Committee encourages the Secretary-General to fill the vacant posts. The Select Committee "
        "requests that a benefits plan be presented. The Advisory Committee calls upon the Secretariat to report."
    )
    assert len(recommending.recommending_sentences_in(text)) == 4


def test_a_recommendation_recalled_in_the_past_is_no_new_one() -> None:
    text = (
        "In its previous report, the Advisory Committee recommended that the platform be extended. The advisory "
        "committee noted the delay."
    )
    assert not recommending.recommending_sentences_in(text)


def test_a_step_towards_what_was_advised_is_partly() -> None:
    rec = "Beperk de huurverhoging voor sociale huurwoningen tot de inflatie van 3 procent."
    reply = (
        "Wij hebben daarom besloten de sociale huren per 1 juli met gemiddeld 4,5 procent te verhogen. Dat is minder "
        "dan wij voorstelden, maar meer dan u adviseert."
    )
    assert verdict(reply, "nl", rec) == "partly"
    english = "Fees will rise by 4.5 per cent from July: less than we proposed, but more than the Panel recommends."
    assert verdict(english, "en", "Limit the rise in fees to the rate of inflation, 3 per cent.") == "partly"


def test_taken_along_when_a_plan_is_drawn_up_is_noted() -> None:
    rec = "Laat in het jaarplan per wijk en per kwartaal zien welke woningen worden verduurzaamd."
    reply = (
        "Uw wens om per wijk en per kwartaal te zien welke woningen worden verduurzaamd, nemen wij mee bij het "
        "opstellen van het jaarplan 2027. Voor 2026 is de planning van de aannemers nog niet definitief."
    )
    assert verdict(reply, "nl", rec) == "noted"


def test_not_taking_a_request_up_refuses_and_going_along_agrees() -> None:
    rec = "Stuur bij een eerste overtreding van de lage-emissiezone een waarschuwing in plaats van een boete."
    refused = "Wij begrijpen de bedoeling, maar kunnen hier niet op ingaan. De zone geldt sinds 2018."
    assert verdict(refused, "nl", rec) == "disagrees"
    agreed = "Wij gaan hiermee akkoord. De boetebrief is samen met het Huis voor duidelijke taal herschreven."
    assert verdict(agreed, "nl", "Herschrijf de boetebrief in duidelijke taal.") == "agrees"
