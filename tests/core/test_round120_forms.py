"""Forms met first in blind round 120, mended after round 120 was scored at first sight (each test fails on the code
before it, 3cbc1c3)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_a_consultations_questions_are_no_recommendations() -> None:
    """The five consultation questions numbered 1.–5. ("Do you support the proposed hours …?", "Should the Council
    provide for natural burial …?") are put to the reader; the group's "We recommend that …" sentences under the
    "Question N" headings are its recommendations."""
    pairs = compare_pair("blind120_en_funeral_forum").pairs
    assert len(pairs) == 7
    assert all(p.recommendation.text.startswith(("We recommend", "We also", "Finally")) for p in pairs)
    assert pairs[3].reply is not None and pairs[3].verdict == "agrees"


def test_an_examining_authoritys_paragraphs_numbered_to_three_levels() -> None:
    """Paragraphs like "8.3.2 The ExA recommends that …" and "8.3.7 The ExA recommends a new Requirement 21 …"
    recommend after the paragraph's own number of three levels. "The Secretary of State agrees that the panels …
    would have a major adverse effect … He has therefore not accepted the ExA's recommendation on these fields"
    refuses; "He has drawn this to the attention of North Wendle District Council" passes the bond on."""
    pairs = compare_pair("blind120_en_dco_solar").pairs
    assert len(pairs) == 7
    assert pairs[4].recommendation.text.startswith("The ExA recommends a new Requirement 21")
    assert (pairs[0].verdict, pairs[3].verdict) == ("disagrees", "noted")


def test_requests_in_a_food_councils_running_text() -> None:
    """Requests like "Wij vragen om de boerenmarkt …" and "Wij vragen een jaarlijks werkingsbudget …" are requests as
    much as "Wij adviseren om …"; "zoals de Voedselraad voorstelt" names the advisory body in a compound; "Een
    voorrang … kan het college niet verantwoorden" refuses."""
    pairs = compare_pair("blind120_nl_voedselraad").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Wij vragen om de boerenmarkt")
    assert pairs[5].recommendation.text.startswith("Wij vragen een jaarlijks werkingsbudget")
    assert [p.verdict for p in pairs[:4]] == ["agrees", "agrees", "partly", "disagrees"]


def test_the_conditions_on_which_an_objection_is_withdrawn() -> None:
    """The bullets after "The Committee would withdraw its objection if:" are what it asks; "Condition 5 requires the
    existing slates to be salvaged and reused …" does it."""
    pairs = compare_pair("blind120_en_chapel_caac").pairs
    assert pairs[0].recommendation.text.startswith("the six cast-iron windows in the side walls")
    assert pairs[2].recommendation.text.startswith("the roof is recovered with the existing Welsh slates")
    assert pairs[2].verdict == "agrees"


def test_an_annex_tables_cell_that_leaves_out_its_object() -> None:
    """A cell that leaves out its object, "Neemt het college over.", in an annex table: taken over."""
    pairs = compare_pair("blind120_nl_horeca").pairs
    assert pairs[1].verdict == "agrees"


def test_followed_in_part() -> None:
    """A part of it: "Uw advies bij bevinding 4 volgen wij ten dele."."""
    assert compare_pair("blind120_nl_molenbiotoop").pairs[2].verdict == "partly"
