"""Forms met first in blind round 150, mended in session 49 after round 150 was scored at first sight on e2dd866f
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.recommending import recommending_sentences_in


def test_bold_led_paragraphs_after_a_paragraph_that_advises_against() -> None:
    """A parking study's "6 Advies": seven paragraphs whose bold opening words are the recommendation's own, after a
    paragraph "Omdat het uitgangspunt … nog steeds geldt, zoeken wij … Wij adviseren uitdrukkelijk niet om de
    parkeerplaatsen aan de Havenkade op te heffen": neither the conjunction's clause nor the advice against is a
    recommendation, and all seven are read."""
    assert recommending_sentences_in("Wij adviseren uitdrukkelijk niet om de parkeerplaatsen op te heffen.") == []
    pairs = compare_pair("blind150_nl_parkeeronderzoek").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Breid het betaald parkeren uit")
    assert pairs[6].recommendation.text.startswith("Geef ondernemers in de binnenstad")


def test_a_minutes_lettered_resolutions_each_answer_apart() -> None:
    """ "RESOLVED that: (a) the report be received …; (b) the Clerk write to the owners …; … (e) recommendation 5.4 be
    noted …; (f) the proposal for a quarterly forum be noted …": each resolution a reply of its own (not (f) and (g)
    the end of the one that names 5.4); and the minutes' header ("Minutes of the meeting held on … Present: …")
    answers nothing, though it shares "town centre" and "council" with the forum asked for."""
    from weerwoord.core.analysis.naming import says_nothing

    assert says_nothing(None, "Minutes of the meeting held on Tuesday 14 October 2025 at 7 pm in the Council Chamber.")
    assert says_nothing(None, "Aanwezig: mevrouw J. de Boer (voorzitter), de heren K. Smit en P. Jansen.")
    by_number = {p.number: p for p in compare_pair("blind150_en_town_centre").pairs}
    reply = by_number["5.4"].reply
    assert reply is not None and "quarterly forum" not in reply.text
    forum = by_number["5.7"].reply
    assert forum is not None and forum.text.startswith("the proposal for a quarterly forum be noted")
    assert by_number["5.7"].verdict == "noted"
    assert by_number["5.1"].reply is not None and "one-year trial" in by_number["5.1"].reply.text


def test_a_part_limited_or_bounded() -> None:
    """ "In de Schoolbuurt voeren wij … in. In de Molenwijk gebeurt dat alleen als een meerderheid …" where both
    were asked; "… te verlagen tot 1,0 per woning, niet verder" where 0,8 was asked; "gaat omlaag, maar minder ver
    dan u adviseert"."""
    assert (
        verdict(
            "In de Schoolbuurt voeren wij per 1 april 2028 betaald parkeren met bewonersvergunningen in. In de"
            " Molenwijk gebeurt dat alleen als een meerderheid van de bewoners daarvoor kiest in een peiling.",
            "nl",
            "Breid het betaald parkeren uit naar de Schoolbuurt en de Molenwijk, met vergunningen voor de bewoners.",
        )
        == "partly"
    )
    assert (
        verdict(
            "Wij stellen de raad voor de norm voor binnenstedelijke appartementen te verlagen tot 1,0 per woning, niet"
            " verder; met deelauto's is een extra korting van 0,1 mogelijk.",
            "nl",
            "Verlaag in de Nota parkeernormen de norm voor appartementen in de binnenstad van 1,4 naar 0,8"
            " parkeerplaats per woning, mits de ontwikkelaar deelauto's aanbiedt.",
        )
        == "partly"
    )
    assert (
        verdict(
            "De bewaartermijn van de wifi-gegevens gaat omlaag, maar minder ver dan u adviseert: wij bewaren de"
            " tellingen drie maanden.",
            "nl",
            "Verkort de bewaartermijn van de wifi-tellingen van twaalf maanden naar vier weken.",
        )
        == "partly"
    )


def test_refused_as_not_taken_forward_or_too_costly() -> None:
    """ "The solar array is not being taken forward: …"; "a Sunday market not be pursued"; "Een DBFM-contract
    achten wij … te duur en te star"; and "the proposal … be noted" notes."""
    assert (
        verdict(
            "The solar array is not being taken forward: our structural engineer has found that the roof deck cannot"
            " carry the panels.",
            "en",
            "Install a 40 kWp solar photovoltaic array on the flat roof of the 1974 extension.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "a Sunday market not be pursued, as the Saturday market traders would lose trade;",
            "en",
            "Introduce a monthly Sunday artisan market in the Market Square from the spring of 2026.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Een DBFM-contract achten wij voor een bad van deze omvang te duur en te star: het college opteert voor"
            " een klassieke aanbesteding van ontwerp en bouw.",
            "nl",
            "Schrijf nog in 2028 een overheidsopdracht uit voor een DBFM-contract.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "the proposal for a quarterly forum be noted and considered again by the new Council after the elections;",
            "en",
            "Set up a town centre forum of traders, residents and councillors that meets every quarter.",
        )
        == "noted"
    )


def test_a_decision_for_others_noted() -> None:
    """ "Welke rechtsvorm de uitbating krijgt, … is een beslissing voor de drie gemeenteraden. Het college neemt
    kennis van de voorkeur van het studiebureau, zonder daar nu al een standpunt over in te nemen.": noted."""
    assert (
        verdict(
            "Welke rechtsvorm de uitbating krijgt, een interlokale vereniging of een andere vorm, is een beslissing"
            " voor de drie gemeenteraden. Het college neemt kennis van de voorkeur van het studiebureau, zonder daar"
            " nu al een standpunt over in te nemen.",
            "nl",
            "Breng de uitbating onder in een interlokale vereniging van de drie gemeenten.",
        )
        == "noted"
    )


def test_an_opening_sentence_by_two_words_of_its_own() -> None:
    """ "The boiler controls were fitted during the October half-term closure … The solar array is not being taken
    forward: …": the opening sentence, by two words of the boilers' recommendation and none of the other's, is about
    the boilers, though it names nothing."""
    from weerwoord.core.analysis.parts import owned

    text = (
        "The boiler controls were fitted during the October half-term closure and are already being tuned. The solar"
        " array is not being taken forward: our structural engineer has found that the roof deck of the extension"
        " cannot carry the panels without strengthening, which would more than double the cost."
    )
    solar = "Install a 40 kWp solar photovoltaic array on the flat roof of the 1974 extension."
    boilers = "Fit weather compensation and optimum start control to the two gas boilers serving the 1936 building."
    assert [o for _, _, o in owned(text, [solar, boilers], lone=True)] == [1, 0]


def test_a_thing_refused_before_the_turn_to_the_thing_asked() -> None:
    """ "a Sunday market not be pursued, as the Saturday market traders would lose trade, but the footfall counts and
    vacancy survey be commissioned every September": the refusal before the turn is the market's, not the counts'
    (while "A larger programme cannot be funded …, but the Housing Minister will look again …" still limits the
    flats built, the turn saying one word of theirs only)."""
    assert (
        verdict(
            "a Sunday market not be pursued, as the Saturday market traders would lose trade, but the footfall counts"
            " and vacancy survey be commissioned every September from 2026 within the existing budget;",
            "en",
            "Repeat the footfall counts and the vacancy survey every year, in the same week of September, so that"
            " trends can be tracked.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "On housing, the States will build 40 further key worker flats at Ridgeway, to be ready in 2027. A larger"
            " programme cannot be funded within the current capital plan, but the Housing Minister will look again at"
            " the need when the plan is reviewed.",
            "en",
            "Key worker housing. The States should provide 120 additional key worker flats for nursing staff at the"
            " Ridgeway site by 2028.",
        )
        == "partly"
    )
