"""Forms met first in blind round 88, mended after round 88 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from tests.core.helpers import verdict

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _compare(pair: str):  # type: ignore[no-untyped-def]
    from weerwoord.core.analysis.compare import compare

    return compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")


def test_actions_lettered_in_brackets_in_capitals() -> None:
    """A peer review's improvement actions "(A) Inspect at least 15 per cent …" to "(G) Transfer …" in a shaded
    box are its recommendations (the label no longer hides the verb they open with); the decision log answers all
    but (E)."""
    result = _compare("blind88_en_building_control")
    openings = [p.recommendation.text.split()[0] for p in result.pairs]
    assert openings == ["Inspect", "Appoint", "Record", "Adopt", "Deal", "Publish", "Transfer"]
    replies = {p.recommendation.text.split()[0]: p.reply for p in result.pairs}
    assert replies["Deal"] is None
    assert all(replies[x] is not None for x in openings if x != "Deal")


def test_codes_run_on_after_an_items_code_and_open_a_paragraph() -> None:
    """A board paper answers "TR-01 and TR-04. Management will trial …" (the first code the item's label, the second
    run on in its text) and "TR-02, TR-06. These recommendations are directed to …": each code its reply, each of
    a shared paragraph judged on its own sentences."""
    result = _compare("blind88_en_tram_reliability")
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["TR-07"] is None
    assert replies["TR-01"] is replies["TR-04"] and replies["TR-01"] is not None
    assert replies["TR-02"] is replies["TR-06"] and replies["TR-02"] is not None
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts["TR-01"] == "partly" and verdicts["TR-04"] == "disagrees"


def test_recommending_after_a_connective_and_a_clause() -> None:
    """ "Finally, because the pattern of demand is changing quickly, we recommend that the Council commission the
    next survey in 2028" recommends, as "Because the station delays are at night, we recommend that …" does."""
    from weerwoord.core.analysis.recommending import recommending_sentences_in

    text = (
        "Passengers should be told how fares are set. Finally, because the pattern of demand is changing quickly, we "
        "recommend that the Council commission the next survey in 2028 rather than 2029."
    )
    assert len(recommending_sentences_in(text)) == 1
    assert recommending_sentences_in("Finally, the survey found no unmet demand at the station.") == []


def test_boxes_down_two_columns_are_read_column_by_column() -> None:
    """A page whose text stands mostly in boxes, "ADVIES 1" to "ADVIES 4" down the left column and "ADVIES 5" to
    "ADVIES 7" down the right: no box is an aside beside running text; each box reads whole, in column order. A
    heading "Opvolging en praktijktesten (advies 5 en advies 2)" names both."""
    result = _compare("blind88_nl_diversiteitsraad")
    texts = {p.number: p.recommendation.text for p in result.pairs}
    assert texts["1"].endswith("met een duidelijk mandaat en voldoende tijd.")
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["5"] is replies["2"] and replies["2"] is not None
    assert replies["7"] is None


def test_sharing_only_the_analysis_beside_the_thing_not_done_refuses() -> None:
    """ "Het college deelt de analyse dat het plan beter opvolgbaar moet zijn. … Praktijktesten op de private
    huurmarkt worden niet in het actieplan opgenomen": the analysis shared, the thing asked not taken up."""
    asked = "Voer in samenwerking met een onderzoeksgroep praktijktesten uit op de lokale private huurmarkt."
    reply = (
        "Het college deelt de analyse dat het plan beter opvolgbaar moet zijn. Praktijktesten op de private huurmarkt "
        "worden niet in het actieplan opgenomen. Het college kiest voor een charter met de vastgoedmakelaars."
    )
    assert verdict(reply, "nl", asked) == "disagrees"


def test_a_recommendation_the_response_never_names_among_the_named() -> None:
    """A decision note names each recommendation it answers ("Aanbeveling III.", "Aanbevelingen I en II.", …); the
    one it never names (VII) is not answered by the note's own decision, which shares a few of its words."""
    result = _compare("blind88_nl_straatnamen")
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["VII"] is None
    assert all(replies[x] is not None for x in ("I", "II", "III", "IV", "V", "VI"))


def test_staff_not_recommending_refuses() -> None:
    """A staff report to its council: "staff do not recommend a City-run clearing program at this time" refuses."""
    asked = "It is recommended that the City introduce a windrow clearing program for residents aged 70 and over."
    reply = (
        "On windrows, staff do not recommend a City-run clearing program at this time, given the cost of about "
        "$640,000 a year; residents will instead be referred to the volunteer Snow Angels network."
    )
    assert verdict(reply, "en", asked) == "disagrees"


def test_taking_into_consideration_later_is_noted() -> None:
    """ "…; wij zullen dit bij de voorjaarsnota 2027 in overweging nemen": considered, not decided (not a promise)."""
    asked = "Reserveer een vast deel van het budget voor tijdelijke kunstwerken en jonge makers."
    reply = (
        "Een vast deel voor tijdelijke werken en jonge makers spreekt ons aan; wij zullen dit bij de voorjaarsnota "
        "2027 in overweging nemen, in samenhang met de overige wensen voor cultuur."
    )
    assert verdict(reply, "nl", asked) == "noted"


def test_yes_in_part_in_a_cell_of_its_own_is_partly() -> None:
    """A table's column "Overgenomen?" answered "Ja, deels" in a cell of its own."""
    asked = "Neem de sanering van de zeven resterende vismigratieknelpunten op in de eerste helft van de planperiode."
    reply = (
        "Sanering van de resterende migratieknelpunten.\n\nJa, deels\n\nVier van de zeven knelpunten worden in de "
        "eerste helft van de planperiode gesaneerd."
    )
    assert verdict(reply, "nl", asked) == "partly"
