"""Forms met first in blind round 148, mended in session 48 after round 148 was scored at first sight on dfaf371c
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.annexes import CLOSING_PARAGRAPH
from weerwoord.core.analysis.cross_refs import bracketed_label, named_paragraphs
from weerwoord.core.model import Reply, TextRun


def test_a_table_of_measures_read_as_paragraphs() -> None:
    """An energy audit's table of measures whose first column the reader gives as plain paragraphs, some of which open
    with verbs no list of request openers knows ("Leg zonnepanelen op het platte dak …", "Breng douchewater-
    warmteterugwinning aan …"): all seven are the recommendations, not the lead-in "Wij bevelen de gemeente de
    volgende maatregelen aan."; and "Zonnepanelen op het dak van de sporthal komen er niet." in the section on the
    sports hall refuses the panels beside the reply to the showers."""
    pairs = compare_pair("blind148_nl_energieaudit").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Vervang de twee gasgestookte ketels")
    panels = next(p for p in pairs if p.recommendation.text.startswith("Leg zonnepanelen"))
    assert panels.verdict == "disagrees"


def test_recommending_sentences_stand_for_their_numbered_paragraphs() -> None:
    """An independent reviewer's "I recommend that …" inside paragraphs "3.2 …", "4.3 …", answered "At paragraph 3.2
    the Reviewer recommends …", "Paragraphs 4.2 and 4.3 concern …", "… (paragraph 5.2) is noted.": each is linked by
    the paragraph it stands for."""
    assert bracketed_label("3.2 Of the 160 records I read, 38 concerned detained persons.") == ("3.2",)
    reply = Reply("r1", None, TextRun("Paragraphs 4.2 and 4.3 concern data copied from devices. The Government …", []))
    assert named_paragraphs(reply) == ["4.2", "4.3"]
    pairs = compare_pair("blind148_en_ct_powers_review").pairs
    assert [p.link for p in pairs].count("number") >= 5
    scrutiny = next(p for p in pairs if "five busiest ports" in p.recommendation.text)
    assert scrutiny.verdict == "noted"


def test_figures_that_meet_a_floor_and_a_condition_said_with_not() -> None:
    """ "The calorifier was turned up to 62 degrees C …, and the sentinel outlets now reach between 52 and 55 degrees C"
    where "60 degrees C or above" and "at least 50 degrees C" were asked; "a student who has not engaged for 14 days"
    where the recommendation itself says "has not attended … for 14 days"."""
    assert (
        verdict(
            "Done. The calorifier was turned up to 62 degrees C on 24 September, and the sentinel outlets now reach"
            " between 52 and 55 degrees C inside a minute.",
            "en",
            "Raise the calorifier set point so that water is stored at 60 degrees C or above, and check that hot water"
            " reaches at least 50 degrees C within one minute at the sentinel outlets.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "Council accepts Recommendation B in full. A single procedure for all schools will apply from February"
            " 2026: a student who has not engaged for 14 days will be contacted by phone and email.",
            "en",
            "Adopt a single procedure across all schools for following up any student who has not attended teaching or"
            " engaged online for 14 days.",
        )
        == "agrees"
    )


def test_what_will_be_asked_is_a_deed() -> None:
    """ "Students enrolling from September 2026 will be asked to name a trusted contact …" does what was asked; the
    passive is no recommendation repeated."""
    assert (
        verdict(
            "Students enrolling from September 2026 will be asked to name a trusted contact whom the University may"
            " call in an emergency, and the answer will be held on the student record.",
            "en",
            "Ask every student at registration whether the University may contact a trusted person of their choice if"
            " there are serious concerns for their safety.",
        )
        == "agrees"
    )


def test_dutch_in_part_passed_on_and_kept_as_designed() -> None:
    """ "Onze reactie: wij doen dit voor een deel." is partly; "Wij hebben uw advies aan het bestuursbureau
    doorgegeven" and "Het voorstel … leggen wij voor aan de externe dienst" pass it on; "De wandverlichting … houden
    wij zoals ontworpen" refuses; "Wij kijken uit naar het vervolggesprek …" closes the letter."""
    rec = "Geef de sterke rekenaars een eigen, compacte leerroute met verrijkingswerk."
    assert (
        verdict(
            "Onze reactie: wij doen dit voor een deel. In de groepen 6 tot en met 8 start na de zomer een route.",
            "nl",
            rec,
        )
        == "partly"
    )
    assert (
        verdict(
            "Het format stelt het bestuursbureau vast. Wij hebben uw advies aan het bestuursbureau doorgegeven voor de"
            " evaluatie van dat format in het najaar.",
            "nl",
            "Leg voor de leerlingen met een eigen leerlijn het ontwikkelingsperspectief vast in een kort document.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Het voorstel om de vertrouwenspersonen zelf te laten rapporteren leggen wij voor aan de externe dienst,"
            " die nagaat of dat kan.",
            "nl",
            "Laat de vertrouwenspersonen jaarlijks anoniem aan het comité rapporteren over het aantal meldingen.",
        )
        == "noted"
    )
    assert (
        verdict(
            "De wandverlichting aan de achtergevels houden wij zoals ontworpen. Bewoners hebben gevraagd om goed"
            " verlichte achterpaden.",
            "nl",
            "Zie af van de nieuwe wandverlichting aan de achtergevels of kies armaturen met amberkleurig licht.",
        )
        == "disagrees"
    )
    assert CLOSING_PARAGRAPH.match("Wij kijken uit naar het vervolggesprek over een jaar en zullen het team dan …")
    assert CLOSING_PARAGRAPH.match("I look forward to meeting the Panel again next year.")
