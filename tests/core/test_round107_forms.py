"""Forms met first in blind round 107, mended after round 107 was scored at first sight (the test fails on the code
before it, 70c6c15)."""

from __future__ import annotations


def test_not_in_a_position_to_recommend_refuses() -> None:
    """A chief executive's report: "The Executive is not in a position to recommend a lower fee for food traders at
    this time: the fee covers the cost of inspection …" refuses "The annual licence fee for food traders should be
    reduced from €600 to €400" (the executive recommends to the council; not recommending is its refusal)."""
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    asked = "The annual licence fee for food traders should be reduced from €600 to €400."
    reply = (
        "The Executive is not in a position to recommend a lower fee for food traders at this time: the fee covers "
        "the cost of inspection, cleaning and administration of the market."
    )
    marks = stance.find_marks(TextRun(reply, []), "en", asked)
    assert stance.verdict(marks, reply, "en", asked)[0] == "disagrees"
