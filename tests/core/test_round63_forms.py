"""Forms met first in blind round 63, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import deeds, stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.phrases import phrase_book

from .helpers import block

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _done(language: str, recommendation: str, reply: str) -> list[str]:
    found = deeds.find(reply, recommendation, phrase_book(language), stance._sentence_spans(reply))
    return [reply[a:b] for a, b in found.done]


def test_a_convening_authoritys_lettered_points_each_answer_the_recommendations_they_name() -> None:
    """A first endorsement answers under "4. Recommendations." in points "a. Recommendation 6 is approved and has
    been carried out. …", "c. Recommendations 1 and 5. Recommendation 1 is approved; …": each point is the reply to
    what it names (it was read as a heading over nothing, and the whole of paragraphs 3 and 4 as one reply)."""
    result = compare(DOCS / "blind63_en_endorsement_advice.pdf", DOCS / "blind63_en_endorsement_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["6"].reply is not None and by["6"].reply.text.startswith("Recommendation 6 is approved")
    assert by["1"].reply is not None and by["1"].reply is by["5"].reply
    assert by["3"].reply is None  # (the Training Centre stands only on the copy list)
    assert [by[n].verdict for n in ("6", "7", "1", "4")] == ["agrees", "agrees", "agrees", "noted"]


def test_a_point_naming_recommendations_in_one_line_of_a_decision_stays_a_heading() -> None:
    """A council's decision "1. De aanbevelingen 1, 3 en 4 … over te nemen;" is one line over the arguments that
    follow; it is not taken for the reply itself."""
    from weerwoord.core.analysis.sections import _answers

    decision = "De aanbevelingen 1, 3 en 4 van het rapport 'Onderweg op maat' over te nemen;"
    assert not _answers(block("item", decision, label="1."))
    approved = "Recommendation 7 is approved. Safety Alert 04-26 went to every unit in the District on 30 March 2026."
    assert _answers(block("item", approved, label="b."))
    result = compare(DOCS / "blind52_nl_amendement_advice.pdf", DOCS / "blind52_nl_amendement_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["1"].reply is not None and "de raad in het najaar doelen vaststelt voor reistijd" in by["1"].reply.text


def test_what_the_reply_has_done_in_the_active_perfect_is_a_deed() -> None:
    """ "The Sheriff has issued a revised directive under which a lieutenant … reviews every use of force" does what
    was asked: the perfect says it is done, and "reviews" is the very act asked for, no put-off. What someone has
    confirmed or what was passed on ("has transmitted it to the Supreme Judicial Council") is no deed."""
    asked = (
        "Require a supervisor who was not involved in an incident to review every use of force, including all"
        " available video footage, within 72 hours."
    )
    issued = (
        "The Sheriff has issued a revised directive under which a lieutenant who was not present reviews every use"
        " of force, including the video, within three days."
    )
    assert _done("en", asked, issued) == [issued]
    alerts = "Set up automatic alerts from the electronic observations system to the outreach team at night."
    confirmed = (
        "The electronic observations supplier has confirmed that automatic alerts to a team outside the ward"
        " require the new system release."
    )
    assert _done("en", alerts, confirmed) == []
    training = (
        "Strengthen cooperation between the labour inspectorate and the judicial authorities on the training of judges."
    )
    passed = (
        "The Government has transmitted the encouragement on training to the Supreme Judicial Council, which is"
        " responsible for the training of judges."
    )
    assert _done("en", training, passed) == []
    assert _done(
        "nl",
        "Pas de regeling voor bijzondere bijstand aan voor jongeren.",
        "De gemeente heeft de regeling voor bijzondere bijstand voor jongeren aangepast.",
    )


def test_a_reply_that_notes_the_panels_view_only_notes() -> None:
    """ "The Government notes the Panel's view and has written to the Province offering technical support" notes the
    recommendation: a panel's view is its recommendation."""
    result = compare(DOCS / "blind63_en_review_panel_advice.pdf", DOCS / "blind63_en_review_panel_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["8.1"].verdict == "noted"
    assert by["8.2"].verdict == "disagrees"
