"""Forms met first in blind round 51, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.requests import opens_with_verb
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _pairs(name: str) -> list[tuple[str, str]]:
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    return [(p.number, p.recommendation.text) for p in result.pairs]


def test_a_table_row_with_a_recommendation_and_its_suggested_actions_is_read_by_both() -> None:
    """A GIRFT-style table "No. | Area | Recommendation | Suggested actions | Timescale": the row's text is its
    recommendation, then the actions suggested for it; not the area alone, nor the actions alone."""
    pairs = _pairs("blind51_en_girft")
    assert len(pairs) == 8
    first = pairs[0][1]
    assert first.startswith("Protect 24 elective orthopaedic beds") and "Agree an escalation protocol" in first


def test_an_imperative_with_a_number_after_its_verb_asks() -> None:
    assert opens_with_verb("Protect 24 elective orthopaedic beds at Kingsmere Hospital all year round.")
    assert opens_with_verb("Appoint 2 additional consultants to the stroke unit.")
    assert not opens_with_verb("Table 24 shows the figures for each trust.")
    assert not opens_with_verb("Since 2011, no one has been held for the full 14 days.")


def test_an_action_plan_that_requires_the_trustees_to_do_things_announces_its_points() -> None:
    """A charity inquiry: "The action plan requires the trustees to:" over seven unnumbered bullets; not the list
    "Issues for the wider sector" ("Trustees must …") after it."""
    pairs = _pairs("blind51_en_charity")
    assert len(pairs) == 7
    assert pairs[0][1].startswith("adopt a conflicts of interest policy")
    assert not any(text.startswith("Trustees must act") for _, text in pairs)


def test_a_chapter_titled_by_whose_advice_it_is_holds_the_recommendations() -> None:
    """A BuRO advice: research questions numbered 1–3, then "Advies van BuRO" over bullets under addressee lines;
    not the title "Advies van de Kwaliteitskamer" over a whole report."""
    pairs = _pairs("blind51_nl_buro")
    assert len(pairs) == 7
    assert pairs[0][1].startswith("Dring in Europees verband aan")
    assert not any(text.startswith("Hoe groot is het risico") for _, text in pairs)


def test_not_in_the_best_interests_refuses() -> None:
    text = "We do not believe that a merger is in the best interests of our residents at present."
    marks = stance.find_marks(TextRun(text, ()), "en", "Consider a merger with another almshouse charity.")
    assert [m.category for m in marks] == ["disagreement"]
