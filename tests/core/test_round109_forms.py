"""Forms met first in blind rounds 107–109, mended after round 109 was scored at first sight (each test fails on the
code before it, e970927)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_the_last_row_of_a_ruled_table_alone_on_the_next_page() -> None:
    """A reference group's table BS1–BS7: its last row stands alone at the top of page 2, ruled by rules across drawn
    whole and thin rules down. It is read as a row of the table (the code cell, then the recommendation), not line by
    line with "BS7" in the middle of the text."""
    pairs = compare_pair("blind107_en_bus_shelters").pairs
    assert [p.recommendation.number for p in pairs][-1] == "BS7"
    assert pairs[-1].recommendation.text.startswith("Publish an annual audit of the condition and accessibility")


def test_a_section_on_staffing_answers_the_post_asked() -> None:
    """A staff report's section "Staffing" ("A dedicated position would require new funding …") answers "Create a
    dedicated Film Liaison Officer position …", which shares the theme but few words with it."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind108_en_film_permits").pairs}
    assert by_number["5"].reply is not None and by_number["5"].reply.heading == "Staffing"


def test_not_allowed_by_the_means() -> None:
    """ "De energiekosten laten een beperking tot de inflatiecorrectie niet toe. De tarieven stijgen zoals in het
    concept voorgesteld" refuses (the plan proposed it, not the advice)."""
    asked = "Beperk de stijging van de tarieven voor verenigingsijsuren tot de jaarlijkse inflatiecorrectie."
    reply = (
        "De energiekosten laten een beperking tot de inflatiecorrectie niet toe. De tarieven stijgen zoals in het "
        "concept voorgesteld; het plan blijft op dit punt ongewijzigd."
    )
    assert _verdict("nl", asked, reply) == "disagrees"


def test_an_exception_to_what_was_asked_in_full() -> None:
    """ "Houd de zondagmiddag volledig beschikbaar …" answered "De zondagmiddag blijft voor recreatief schaatsen, met
    uitzondering van vier zondagen per seizoen …": a part."""
    asked = "Houd de zondagmiddag volledig beschikbaar voor recreatief schaatsen en verhuur die uren niet aan derden."
    reply = (
        "De zondagmiddag blijft voor recreatief schaatsen, met uitzondering van vier zondagen per seizoen waarop de "
        "baan voor wedstrijden wordt verhuurd."
    )
    assert _verdict("nl", asked, reply) == "partly"


def test_a_refusal_in_the_reply_s_own_voice_before_a_colon() -> None:
    """ "Een inloopspreekuur in het gemeentehuis voeren wij echter niet in: wij werken bewust op afspraak, en
    statushouders kunnen met vragen al terecht bij het Taalhuis": refused (the modal is in the reason after the
    colon)."""
    asked = "Open een inloopspreekuur in het gemeentehuis waar statushouders zonder afspraak met vragen terechtkunnen."
    reply = (
        "Een inloopspreekuur in het gemeentehuis voeren wij echter niet in: wij werken bewust op afspraak, en "
        "statushouders kunnen met vragen al terecht bij het Taalhuis in de bibliotheek."
    )
    assert _verdict("nl", asked, reply) == "disagrees"


def test_a_pronoun_adverb_split_around_its_verb_points_back() -> None:
    """In a letter's paragraph on points (a) and (e), "Wij gaan daar dus niet op in." follows the sentence about the
    Lindenlaan (e), not the school street made permanent (a)."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind109_nl_schoolstraat").pairs}
    assert (by_number["a"].verdict, by_number["e"].verdict) == ("agrees", "disagrees")


def test_holding_on_to_the_thing_put_first_and_no_money_for_it() -> None:
    """ "Aan het verbod op nieuwe woonboten in de Oostgracht houden wij vast" keeps what "Zie af van het verbod …"
    would change (before, read as done); "…; daarvoor is geen dekking" after the thing asked, repeated, refuses."""
    ban = "Zie af van het verbod op woonboten in de Oostgracht."
    assert _verdict("nl", ban, "Aan het verbod op nieuwe woonboten in de Oostgracht houden wij vast.") == "disagrees"
    asked = "Verleng de subsidie voor de buurtbus met vijf jaar."
    reply = "Een verlenging van de subsidie voor de buurtbus met vijf jaar kost 80.000 euro; daarvoor is geen dekking."
    assert _verdict("nl", asked, reply) == "disagrees"


def test_a_resolution_that_thanks_and_then_decides() -> None:
    """A clerk's decision list: "THAT Council receive the report … and thank its members …; and THAT, effective with
    the 2026 planting season, the Township purchase only plants that have not been treated with neonicotinoids" is
    no introduction: it answers "End the purchase of plants treated with neonicotinoids …", and not treating them is
    what was asked to end; "… and THAT Council not proceed with a rebate for native plant purchases" refuses."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind109_en_pollinators").pairs}
    assert by_number["3"].reply is not None and "neonicotinoids" in by_number["3"].reply.text
    assert by_number["3"].verdict == "agrees"
    assert (by_number["2"].verdict, by_number["5"].verdict) == ("agrees", "disagrees")


def test_a_letter_s_thanks_stays_an_introduction() -> None:
    """Guard (passes before and after): "Thank you for your compliance review of the Border Rivers …" opening a
    letter answers nothing, whatever its later sentences share with a recommendation."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind84_en_water_compliance").pairs}
    assert by_number["6"].reply is None


def test_a_heading_s_subject_does_not_outweigh_content_where_both_are_named() -> None:
    """A minute on "(d) and (e)": "The Committee agreed that letters be sent to the families of all benches more than
    ten years old, offering renewal or the return of the plaque" is (e)'s by its content, though it names the
    plaques of (d)'s subject too."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind109_en_memorial_benches").pairs}
    assert (by_number["d"].verdict, by_number["e"].verdict) == ("disagrees", "agrees")


def test_a_status_cell_does_not_outweigh_a_refusal_in_a_shared_row() -> None:
    """An action plan's row answering two recommendations ends in the status "Agreed": for the second shelter,
    refused in so many words ("Officers do not recommend that Council open or fund a second shelter …"), the status
    does not decide; the first, "Hearth Community Services has agreed to open the Hardy Street shelter from 7 pm to
    8 am …; a 6 pm opening is not possible …", is a part done."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind109_en_cold_weather").pairs}
    assert (by_number["3"].verdict, by_number["5"].verdict) == ("partly", "disagrees")
