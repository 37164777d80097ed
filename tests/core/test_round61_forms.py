"""Forms met first in blind round 61, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_safety_boards_numbered_recommendation_is_the_advice_its_points_the_recommendations() -> None:
    """ "RECOMMENDATION 2026-1 TO THE SECRETARY OF ENERGY" heads the whole advice, whose points 1-7 follow
    "Therefore, the Board recommends that DOE:"; the Secretary answers "the Board's Recommendation 2026-1" and
    then each point under a subject heading. The one item labelled by the advice's own number does not explain a
    response of many sections: the seven points are the recommendations. A finding that opens with a count
    ("Seven of the eleven process rooms lack …") is no request."""
    from weerwoord.core.analysis.requests import opens_with_verb

    result = compare(DOCS / "blind61_en_safetyboard_advice.pdf", DOCS / "blind61_en_safetyboard_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == [str(n) for n in range(1, 8)]
    assert by["1"].recommendation.text.startswith("Reclassify the Building 21 glovebox fire suppression")
    replies = {n: (p.reply.text if p.reply else "") for n, p in by.items()}
    assert replies["4"].startswith("DOE accepts this element. The Office of Enterprise Assessments")
    assert by["7"].reply is None
    assert any(a["reading"].startswith("labelled@") for a in result.alternatives)
    assert not opens_with_verb("Seven of the eleven process rooms lack a current pre-fire plan.")
    assert opens_with_verb("Reduce the combustible loading limits in the glovebox rooms.")


def test_a_status_cell_with_two_labels_gives_each_recommendation_of_its_row_its_own() -> None:
    """A prison's action plan repeats two recommendations in one row's first cell and gives its status cell two
    labels, "Accepted" then "Partially accepted": each recommendation takes the label in its place, as the row
    quotes them."""
    from weerwoord.core.analysis.verdict_labels import labels_in_order

    assert labels_in_order("Accepted Partially accepted", "en") == [
        ("agrees", "Accepted"),
        ("partly", "Partially accepted"),
    ]
    assert labels_in_order("Work at heights", "en") == []
    result = compare(DOCS / "blind61_en_fii_advice.pdf", DOCS / "blind61_en_fii_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["1"].reply is not None and by["1"].reply == by["4"].reply
    assert (by["1"].verdict, by["4"].verdict) == ("agrees", "partly")


def test_paragraphs_numbered_through_an_advice_that_demand_are_its_recommendations_not_the_request_for_it() -> None:
    """A Belgian council numbers its advice's paragraphs 1-19; seven open "De NHRPH vraagt / eist / beveelt aan" and
    are the recommendations, numbered by their paragraphs. Paragraph 1, "De minister vraagt de NHRPH om advies over
    een ontwerp …", asks for the advice itself: no recommendation."""
    from weerwoord.core.analysis.numbered_asking import ADVICE_ASKED, ASKS

    assert ASKS.search("De NHRPH eist dat de elektronische aanvraag pas verplicht wordt")
    assert not ASKS.search("Demand-responsive transport can work in some places")
    assert ADVICE_ASKED.search("De minister vraagt de NHRPH om advies over een ontwerp")
    assert ADVICE_ASKED.search("The Secretary asked the Council for its advice on")
    assert not ADVICE_ASKED.search("De NHRPH vraagt dat de aanvraag op papier mogelijk blijft")
    result = compare(DOCS / "blind61_nl_nhrph_advice.pdf", DOCS / "blind61_nl_nhrph_response.pdf")
    assert [p.number for p in result.pairs] == ["7", "9", "11", "13", "14", "16", "17"]
    assert result.pairs[1].recommendation.text.startswith("De NHRPH eist dat de elektronische aanvraag")


def test_a_council_asking_by_its_own_name_recommends() -> None:
    """Brupartners asks in sentences inside its paragraphs, by its own name, never "de Raad": "Brupartners vraagt
    dat …", "Brupartners dringt erop aan …", "Daarnaast pleit Brupartners ervoor …". A name that asks so three times
    or more is the advice's own body; "Brupartners is verheugd" and "neemt er akte van" ask nothing."""
    from weerwoord.core.analysis.recommending import asking_name, recommending_sentences_in

    texts = [
        "Brupartners vraagt dat het beheerscomité de lijst vaststelt.",
        "Brupartners dringt erop aan het budget voor vijf jaar vast te leggen.",
        "Daarnaast pleit Brupartners ervoor het fonds te laten evalueren.",
    ]
    name = asking_name(texts)
    assert name is not None
    assert recommending_sentences_in("Brupartners is verheugd over het fonds.", name) == []
    assert asking_name(texts[:2]) is None  # (twice is not yet a name of its own)
    result = compare(DOCS / "blind61_nl_brupartners_advice.pdf", DOCS / "blind61_nl_brupartners_response.pdf")
    texts_found = [p.recommendation.text for p in result.pairs]
    assert len(texts_found) == 7
    assert texts_found[2].startswith("Daarnaast pleit Brupartners ervoor het fonds na drie jaar")
