"""Forms met first in blind round 126, mended in session 41 after round 126 was scored at first sight on 2a7c9e9 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict
from weerwoord.core.analysis.figures import other_figure


def test_quoted_advice_before_a_numbered_our_response() -> None:
    """A statement quoting each piece of advice in a box ("Panel advice: …") before "4.2 Our response. We agree.":
    the quote opens the reply under it (not the paragraph before it); "Agreed." after the marker is the verdict; two
    quotes answered in one paragraph, the second after "On data, …"."""
    pairs = compare_pair("blind126_en_switchover_panel").pairs
    assert [p.link for p in pairs[:6]] == ["quote"] * 6
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "disagrees", "noted", "agrees", "unanswered"]


def test_ordinals_after_a_paragraph_number() -> None:
    """ "3.2 The Commission's fourth recommendation, on heat networks, is accepted in full." names the fourth and
    accepts it; "Nor will we bring forward bus priority lanes …" refuses."""
    pairs = compare_pair("blind126_en_climate_commission").pairs
    assert pairs[3].link == "number" and pairs[3].verdict == "agrees"
    assert pairs[5].verdict == "disagrees"


def test_a_numbered_finding_with_a_plural_subject_asks_nothing() -> None:
    """ "Leerlingen met een deeltijdrooster vallen buiten de regeling …" (a finding numbered 3.) is no request beside
    the list under "Aanbevelingen"."""
    pairs = compare_pair("blind126_nl_leerplicht").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Eén aanspreekpunt")


def test_a_budget_message_and_a_newsletter() -> None:
    """ "The budget includes $180,000 for a SNAP match …" does it; "I am not proposing to waive connection fees"
    refuses; "a half-time Food Systems Coordinator" where a full-time one was asked, and "buildings with 20 or more
    units" where five or more, do part; "Wel blijft het kortparkeren … gratis" keeps, granting nothing; "Een
    verdubbeling vond het college te zwaar" refuses a part."""
    food = compare_pair("blind126_en_food_policy").pairs
    assert [p.verdict for p in food[:6]] == ["agrees", "partly", "noted", "disagrees", "agrees", "partly"]
    retail = compare_pair("blind126_nl_economischeraad").pairs
    assert [retail[0].verdict, retail[2].verdict] == ["partly", "disagrees"]


def test_a_shared_row_turning_to_the_second_point() -> None:
    """A row answering "(b)" and "(e)": "Ook de halfjaarlijkse rapportage … zeggen wij toe" is the second's."""
    assert compare_pair("blind126_nl_zienswijze").pairs[4].verdict == "agrees"


def test_verdict_wordings_of_round_126() -> None:
    assert (
        verdict(
            "Het voorstel voor een koel- en ijsvoorziening nemen wij niet direct over. De afdeling gaat hierover in "
            "gesprek met de coöperatie; of de gemeente hieraan bijdraagt, beslist het college pas na dat gesprek.",
            "nl",
            "Bouw samen met de visserijcoöperatie een koel- en ijsvoorziening op de afslagkade.",
        )
        == "noted"
    )
    assert (
        verdict(
            "We do not agree that a blanket pause is needed, and we have decided not to require one.",
            "en",
            "The Panel advises that migration be paused in any exchange area with poor mobile coverage.",
        )
        == "disagrees"
    )
    asked = "Providers should offer a free battery back-up unit that lasts at least eight hours."
    assert other_figure("The free unit must last at least four hours, not eight.", asked)
