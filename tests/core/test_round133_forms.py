"""Forms met first in blind round 133, mended in session 43 after round 133 was scored at first sight on 0fdca9a (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_numbered_bold_paragraph_broken_before_a_year() -> None:
    """ "8. The Combined Authority should make free bus travel for under-18s permanent from April" / "2026, rather than
    renewing the scheme each year, …": one paragraph, not a heading and a paragraph after it."""
    pairs = compare_pair("blind133_en_poverty_commission").pairs
    first = next(p for p in pairs if p.number == "8")
    assert first.recommendation.text.startswith("The Combined Authority should make free bus travel")
    assert "permanent from April 2026, rather than renewing" in first.recommendation.text
    assert first.verdict == "agrees"


def test_verdict_wordings_of_round_133() -> None:
    """ "Het vierde advies volgen wij voor een deel: …"; accepting a key finding of the panel's is no agreement with
    the recommendation."""
    assert (
        verdict(
            "Het vierde advies volgen wij voor een deel: het toilet op het Stationsplein blijft vanaf de zomer in de "
            "weekendnachten open tot 05.00 uur. De andere twee toiletten blijven na 01.00 uur dicht.",
            "nl",
            "Houd de drie openbare toiletten in het centrum in de weekendnachten open tot 05.00 uur.",
        )
        == "partly"
    )
    assert (
        verdict(
            "The Government accepts the Panel's Key finding 2, that bed shortages rather than staffing cause most "
            "delays. Changes to the Act raise questions of clinical governance; the Government notes the "
            "recommendation and will seek the views of the medical colleges before deciding whether to legislate.",
            "en",
            "The Government should amend the Health Services Act 1997 so that paramedics may take patients directly "
            "to urgent care centres.",
        )
        == "noted"
    )
