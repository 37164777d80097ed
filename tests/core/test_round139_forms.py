"""Forms met first in blind round 139, mended in session 45 after round 139 was scored at first sight on 7b4be87f
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import DOCS, compare_pair, verdict
from weerwoord.core.analysis.readings import recommendation_readings
from weerwoord.core.analysis.recommending import recommending_sentences_in
from weerwoord.core.model import Reply, TextRun
from weerwoord.core.reading import reader


def test_codes_in_square_brackets_and_what_the_board_does_not_recommend() -> None:
    """An exam board's "[A1] Laat elk afstudeerwerk …" … "[A7] …" after findings "[B1]" … "[B5]", with "De
    examencommissie beveelt uitdrukkelijk niet aan om …" before them: the seven coded points, answered by a table
    "A3 | …"."""
    pairs = compare_pair("blind139_nl_examencommissie").pairs
    assert [p.number for p in pairs] == ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]
    assert [p.reply is not None for p in pairs] == [True] * 6 + [False]  # (A7 goes unanswered)
    assert not recommending_sentences_in(
        "De examencommissie beveelt uitdrukkelijk niet aan om de herkansingen te schrappen."
    )


def test_it_is_recommended_that() -> None:
    assert recommending_sentences_in("It is recommended that the board engage with the patron to secure a room.")
    assert recommending_sentences_in("Het wordt aanbevolen om de metingen te herhalen in het volgende stookseizoen.")


def test_imperatives_in_running_paragraphs() -> None:
    """A health service's report on indoor air: "Laat de installateur … Vervang daarnaast …", "Geef iedere groep …",
    "Verder raden wij aan om …", "Herhaal …", "Neem bij de renovatie …", "…: informeer hen schriftelijk …", answered by
    ordinals ("Het tweede en het vierde advies")."""
    pairs = compare_pair("blind139_nl_binnenklimaat").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Vervang daarnaast in alle zes lokalen")
    assert pairs[6].recommendation.text.startswith("informeer hen schriftelijk")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "disagrees", "partly", "noted", "unanswered"]


def test_a_cover_line_answers_nothing() -> None:
    from weerwoord.core.analysis.asides import aside  # (a module of this round)

    cover = "Submitted by the Board of Management to the Education Quality Inspectorate · Whole-School Evaluation"
    assert aside(Reply("p2", None, TextRun(cover, []), None, []))
    assert not aside(Reply("p4", None, TextRun("A revised Code of Behaviour was ratified by the board.", []), None, []))


def test_the_reports_chapters_beside_its_list_under_recommendations() -> None:
    """An inspectorate's report: "1. Quality of school leadership and management" … "4. School self-evaluation and
    accommodation", with "It is recommended that …" in their text, are its chapters beside the list under
    "Recommendations" in its summary."""
    advice = reader.read_document(DOCS / "blind139_en_school_evaluation_advice.pdf")
    found = recommendation_readings(advice)
    assert not [r for r in found if r.kind == "list" and all(c.blocks[0].kind == "heading" for c in r.items)]
    pairs = compare_pair("blind139_en_school_evaluation").pairs
    assert pairs[0].recommendation.text.startswith("The board of management should review and ratify")


def test_a_recommendation_of_an_earlier_report_cited_is_no_label() -> None:
    """ "Recommendation 3 of our report 11/2019, on a near miss at Netherby crossing, said that …" in a numbered
    paragraph, before the boxes "Recommendation 1" … "Recommendation 7": the third is the box's."""
    pairs = compare_pair("blind139_en_rail_accident").pairs
    assert pairs[2].recommendation.text.startswith("Vale Coast Railways should revise its route learning material")
    assert pairs[2].verdict == "agrees"


def test_a_division_that_does_not_support_what_was_asked_refuses() -> None:
    """ "The division does not support protecting beds on Ward 7 through the winter, … Instead, elective joint patients
    will be booked to Lunsdale …": the trust's division refuses, and what it does instead is no part of it."""
    assert (
        verdict(
            "The division does not support protecting beds on Ward 7 through the winter, when the trust needs every "
            "bed for emergency patients. Instead, elective joint patients will be booked to Lunsdale.",
            "en",
            "Ring-fence twelve elective orthopaedic beds on Ward 7 throughout the year, including winter.",
        )
        == "disagrees"
    )
