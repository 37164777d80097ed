"""Forms met first in blind round 147, mended in session 48 after round 147 was scored at first sight on a1472dfc
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import block, compare_pair, verdict
from weerwoord.core.analysis.recommending import RECOMMENDING_AT, recommending_blocks
from weerwoord.core.analysis.requests import ANSWER_ASKED
from weerwoord.core.analysis.stance import _named


def test_bold_paragraphs_to_the_governor_with_an_emergency_response_in_one() -> None:
    """A prisons ombudsman's bold paragraphs "The Governor should …" at the ends of sections: the seventh speaks of
    "the emergency response before they go off duty", no answer asked by a date; it is one of them, and unanswered."""
    assert not ANSWER_ASKED.search("staff involved in the emergency response before they go off duty")
    assert ANSWER_ASKED.search("We ask for your response by 30 June.")
    pairs = compare_pair("blind147_en_death_in_custody").pairs
    assert len(pairs) == 7
    debrief = pairs[-1]
    assert "hot debrief" in debrief.recommendation.text and debrief.verdict == "unanswered"


def test_lower_case_roman_numerals_in_brackets_and_their_places() -> None:
    """A water company answers "Recommendation (i) is accepted.", "Recommendation (ii): …", "We note recommendation
    (vii).", and in a paragraph on bottled water that answers (iii), "We are not able to accept your fourth
    recommendation": the fourth is (iv); (vi), which nothing answers, is not linked to the closing line "… our
    quarterly return to the Inspectorate"."""
    assert _named("We are not able to accept your fourth recommendation.", frozenset({"iii", "iv"})) == {"iv"}
    assert _named("We cannot accept the second recommendation.", frozenset({"a", "b"})) == {"b"}
    pairs = {p.number: p for p in compare_pair("blind147_en_water_event").pairs}
    assert pairs["i"].link == "number" and pairs["vii"].link == "number"
    assert pairs["iii"].verdict == "agrees" and pairs["iv"].verdict == "disagrees"
    assert pairs["vi"].verdict == "unanswered"


def test_keeping_the_existing_and_instead_of_what_was_to_go() -> None:
    """ "I am therefore keeping the existing penalty, but remind you that anyone with a reasonable excuse can already
    appeal" refuses; "… can declare it in their personal tax account instead of registering for self assessment",
    where "without registering for self assessment" was asked, agrees."""
    assert (
        verdict(
            "Penalties are an important part of a fair system. I am therefore keeping the existing penalty, but remind"
            " you that anyone with a reasonable excuse can already appeal.",
            "en",
            "Waive the late filing penalty for the first late return of anyone whose only untaxed income is below"
            " 3,000 pounds.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "We will legislate in the next Finance Bill so that, from April 2027, individuals with untaxed income below"
            " 3,000 pounds can declare it in their personal tax account instead of registering for self assessment.",
            "en",
            "Allow individuals whose untaxed income is below 3,000 pounds a year to report it through their personal"
            " tax account without registering for self assessment.",
        )
        == "agrees"
    )


def test_dutch_passed_on_kept_as_it_is_and_done_otherwise() -> None:
    """ "Wij hebben deze aanbeveling aan de inkoopsamenwerking voorgelegd, die erover beslist" notes; "Kerkbalans
    blijft voorlopig op de vertrouwde manier gaan" refuses; "In plaats van een gemeenteavond kiezen wij voor een
    enquête" does a part otherwise."""
    assert (
        verdict(
            "Het contract met de leverancier van het zaaksysteem is afgesloten via de regionale inkoopsamenwerking. Wij"
            " hebben deze aanbeveling aan de inkoopsamenwerking voorgelegd, die erover beslist.",
            "nl",
            "Spreek met de leverancier van het zaaksysteem af dat het uploadprobleem binnen drie maanden is opgelost.",
        )
        == "noted"
    )
    pairs = compare_pair("blind147_nl_kerkvisitatie").pairs
    giving = next(p for p in pairs if "vrijwillige bijdrage" in p.recommendation.text)
    plan = next(p for p in pairs if "beleidsplan" in p.recommendation.text[:60])
    assert giving.verdict == "disagrees" and plan.verdict == "partly"


def test_dutch_sentences_by_the_visitors_and_what_they_do_not_advise() -> None:
    """ "De visitatoren raden aan om …" recommends, as "The inspectors recommend …" does; "Wij adviseren u niet om nu al
    te besluiten tot verkoop van de kapel" does not; in a paragraph that asks ("Verder vraagt de raad …"), "De stad
    zou zulke huurders voorrang moeten geven …" asks too (not what others think should be: "… vinden dat gemeenten
    strenger zouden moeten …", nor what goes on about the recommendation just before it: "De resultaten zouden tijdig
    beschikbaar moeten zijn …")."""
    found = recommending_blocks(
        [
            block("paragraph", "De visitatoren raden aan om de jeugdouderling een plan te laten maken."),
            block("paragraph", "Wij adviseren u niet om nu al te besluiten tot verkoop van de kapel."),
            block(
                "paragraph",
                "Veel huurders moeten verhuizen. De stad zou zulke huurders voorrang moeten geven bij de toewijzing."
                " Verder vraagt de raad een meldpunt waar huurders anoniem kunnen melden, zonder te vrezen.",
            ),
            block(
                "paragraph",
                "De werkgevers vinden dat gemeenten strenger zouden moeten optreden. Wij vragen om een team.",
            ),
            block(
                "paragraph",
                "[h] De raad beveelt aan om in 2028 een evaluatie te laten uitvoeren. De resultaten zouden tijdig"
                " beschikbaar moeten zijn voor het volgende plan.",
            ),
        ]
    )
    said = [run.text for _, _, run, _ in found]
    assert any(s.startswith("De visitatoren raden aan") for s in said)
    assert not any("kapel" in s for s in said)
    assert any(s.startswith("De stad zou zulke huurders") for s in said)
    assert not any(s.startswith(("De werkgevers", "De resultaten")) for s in said)
    assert RECOMMENDING_AT.match("The inspectors recommend that the school appoint a safeguarding lead.")
    pairs = compare_pair("blind145_nl_woonraad").pairs
    assert any(p.recommendation.text.startswith("De stad zou") and p.verdict == "noted" for p in pairs)


def test_a_part_only_when_it_comes_up_for_renewal() -> None:
    """ "Our own contact centre now uses a single script …. Our out-of-hours contractor will move to the same script
    when its contract is renewed in April 2027" and "De laptops … krijgen nu unieke beheerderswachtwoorden …; de 64
    vaste werkplekken volgen bij hun vervanging in het voorjaar van 2028": a part now, the rest only later."""
    assert (
        verdict(
            "Our own contact centre now uses a single script, approved by the water quality team, for every call. Our"
            " out-of-hours contractor will move to the same script when its contract is renewed in April 2027; until"
            " then its staff will transfer water quality calls to our duty scientist.",
            "en",
            "use a single script for all call handlers, including those of its out-of-hours contractor.",
        )
        == "partly"
    )
    assert (
        verdict(
            "De laptops van de medewerkers krijgen nu unieke beheerderswachtwoorden via het beheerplatform; de 64 vaste"
            " werkplekken volgen bij hun vervanging in het voorjaar van 2028.",
            "nl",
            "Vervang de gedeelde lokale beheerderswachtwoorden op alle werkplekken door unieke, automatisch wisselende"
            " wachtwoorden.",
        )
        == "partly"
    )
