"""Forms met first in blind round 68, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.spans import sentence_spans

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_recommendation_box_across_two_columns_keeps_its_own_text() -> None:
    """A London Assembly committee sets its chapters in two columns and each "Recommendation N" box across both; where
    the reading order puts a column's paragraph between the label and the box's text ("Recommendation 4" / "would
    'consider this as part of …'" / "At the next review of the London Plan, the Mayor should …"), the text at the
    label's edge is the recommendation's."""
    result = compare(DOCS / "blind68_en_london_advice.pdf", DOCS / "blind68_en_london_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["4"].recommendation.text.startswith("At the next review of the London Plan, the Mayor should require")
    assert all(by[n].recommendation.text.startswith(("The Mayor", "Transport for London", "At the next")) for n in by)


def test_a_municipal_ombudsmans_points_after_research_questions_and_two_left_unanswered() -> None:
    """A municipal ombudsman's report lists its research questions 1-3 after one lead-in and its recommendations a.-g.
    after "De ombudsman beveelt het college … aan …": the lists stand apart (each in a style of its own), and the
    list of a.-g. outweighs the five the college's letter cites, the two it leaves unanswered with them."""
    from weerwoord.core.analysis import readings
    from weerwoord.core.reading import reader

    doc = reader.read_document(DOCS / "blind68_nl_ombudsman_advice.pdf")
    # (a.-g. stand apart as a reading of their own: since the page's table is read in its place in the reading
    # order, as the list under "6 Conclusie en aanbevelingen"; before, as the points announced after the lead-in)
    lists = [[c.number for c in r.items] for r in readings.recommendation_readings(doc)]
    assert list("abcdefg") in lists
    result = compare(DOCS / "blind68_nl_ombudsman_advice.pdf", DOCS / "blind68_nl_ombudsman_response.pdf")
    assert [p.number for p in result.pairs] == list("abcdefg")
    assert result.pairs[6].recommendation.text.startswith("de ombudsman binnen een jaar na dit rapport")


def test_a_bold_recommendation_cut_by_a_page_break_is_one_paragraph() -> None:
    """Recommendation 3's box runs from the foot of page 1 ("… a plan to reduce temperatures on the deep") onto page 2
    ("Tube lines, with a timetable and the cost of each measure."): both bold lines, at one indent, are one
    recommendation, and the reply that leaves out "costs and dates" is read against all of it (partly)."""
    result = compare(DOCS / "blind68_en_london_advice.pdf", DOCS / "blind68_en_london_response.pdf")
    rec3 = next(p for p in result.pairs if p.number == "3")
    assert rec3.recommendation.text.endswith("with a timetable and the cost of each measure.")
    assert rec3.verdict == "partly"


def test_a_routine_said_with_how_often_puts_nothing_off() -> None:
    """An action plan's "Measurable" cell ("Quarterly ligature audit; report to the Commission under Condition 1") and
    a school's "The deputy principal will report the target groups' progress to the board each term" tell a routine:
    "report" and "assess" said with how often put no decision off, and the deeds beside them decide (agrees)."""
    from weerwoord.core.analysis import deeds, stance
    from weerwoord.core.analysis.phrases import phrase_book

    rec = "strengthen the use of achievement information in writing, so that teachers plan for the students"
    reply = (
        "From the start of Term 2 every teacher will assess writing against the new writing progressions each term. "
        "Children who are not yet where they should be will be named in a target group in each class, and teachers "
        "will plan for them every week. The deputy principal will report the target groups' progress to the board "
        "each term."
    )
    found = deeds.find(reply, rec, phrase_book("en"), sentence_spans(reply))
    assert found.done
    assert stance.verdict([], reply, "en", rec)[0] == "agrees"
    # the same put-off words without how often still put the decision off
    put_off = "The deputy principal will report to the board on whether target groups are needed."
    assert stance.verdict([], put_off, "en", rec)[0] == "noted"
    result = compare(DOCS / "blind68_en_mhc_advice.pdf", DOCS / "blind68_en_mhc_response.pdf")
    assert next(p for p in result.pairs if p.number == "2").verdict == "agrees"
