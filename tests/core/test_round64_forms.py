"""Forms met first in blind round 64, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import Pair

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_points_after_i_recommend_in_boxes_through_the_report_are_weighed_beside_its_numbered_paragraphs() -> None:
    """An OPCAT report numbers its paragraphs 1-14 and closes each chapter with a box "Recommendations / I recommend
    that Marama Health:" whose points run on 1-7 through the boxes. Four readings of the numbered paragraphs (1-14
    and shorter runs) came before the points and left them unweighed; the first of each kind is weighed now."""
    from weerwoord.core.analysis import readings
    from weerwoord.core.analysis.choice import MAX_READINGS, _considered
    from weerwoord.core.reading import reader

    doc = reader.read_document(DOCS / "blind64_en_opcat_advice.pdf")
    found = readings.recommendation_readings(doc)
    assert len(found) > MAX_READINGS
    assert "announced" not in [r.kind for r in found[:MAX_READINGS]]
    assert "announced" in [r.kind for r in _considered(found)]
    result = compare(DOCS / "blind64_en_opcat_advice.pdf", DOCS / "blind64_en_opcat_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == [str(k) for k in range(1, 8)]
    assert by["1"].recommendation.text.startswith("ensures that every use of restraint is recorded")
    assert by["3"].reply is None
    assert [by[n].verdict for n in ("2", "7", "4", "1", "6")] == ["agrees", "agrees", "agrees", "partly", "noted"]


def test_a_fiscal_councils_bold_sentences_and_the_comply_or_explain_answers() -> None:
    """A fiscal council sets its seven recommendations as bold sentences inside its paragraphs, one running over a
    page ("… the Department publish each | ceilings set in the previous Budget.": the bold line that opens in small
    letters is no heading, and the bold stretch is one), one a whole line of its own; the Department quotes each
    and answers "Department's response: Comply" (a label of the reply, not a subtitle of the quote). "EUR 4 billion"
    names no recommendation by the advice's initials."""
    from weerwoord.core.analysis.compare import INITIALS_REF
    from weerwoord.core.analysis.verdict_labels import heading_verdict
    from weerwoord.core.reading import reader

    assert not INITIALS_REF.search("It will transfer EUR 4 billion to the Future Resilience Fund")
    assert INITIALS_REF.search("SODN 4, SODN 5; CEW 2")
    assert heading_verdict("Comply", "en") == ("agrees", "Comply")
    assert heading_verdict("Partially comply", "en") == ("partly", "Partially comply")
    assert heading_verdict("Under consideration", "en") is not None
    doc = reader.read_document(DOCS / "blind64_en_fiscal_council_advice.pdf")
    assert not any(b.kind == "heading" and b.text[:1].islower() for b in doc.blocks)
    costings = next(b for b in doc.blocks if b.text.startswith("Costings of every new measure"))
    assert costings.kind == "paragraph"
    result = compare(DOCS / "blind64_en_fiscal_council_advice.pdf", DOCS / "blind64_en_fiscal_council_response.pdf")

    def opening(words: str) -> Pair:
        return next(p for p in result.pairs if p.recommendation.text.startswith(words))

    assert len(result.pairs) == 7
    transparency = opening("To improve transparency, the Council recommends")
    assert transparency.recommendation.text.endswith("ceilings set in the previous Budget.")
    assert transparency.verdict == "agrees"
    assert opening("Costings of every new measure").verdict == "agrees"
    assert opening("The Council recommends that long-term fiscal").verdict == "noted"
    assert [p.verdict for p in result.pairs].count("unanswered") == 1


def test_a_row_naming_two_requirements_and_an_advisable_evaluation() -> None:
    """A statistics regulator's action plan answers "Requirements 4 and 5 | 4: Agreed. 5: Not agreed." in one row
    (the plural of the advice's own label); a Rathenau report's seventh point "Het is raadzaam dat de minister …"
    recommends; the questions of a Kamerstuk ("3. Bent u bereid …?") number the questions, not the
    recommendations."""
    from weerwoord.core.analysis.structure import REC_VERB
    from weerwoord.core.analysis.table_replies import _row_numbers

    assert _row_numbers("Requirements 4 and 5") == ["4", "5"]
    assert REC_VERB.search("Het is raadzaam dat de minister voor 2028 een onafhankelijke evaluatie laat uitvoeren.")
    result = compare(DOCS / "blind64_en_stats_assessment_advice.pdf", DOCS / "blind64_en_stats_assessment_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert (by["4"].verdict, by["5"].verdict) == ("agrees", "disagrees")
    assert by["4"].reply is by["5"].reply
    result = compare(DOCS / "blind64_nl_rathenau_advice.pdf", DOCS / "blind64_nl_rathenau_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["7"].recommendation.text.startswith("Het is raadzaam dat de minister")
    assert by["7"].verdict == "agrees"
    assert by["3"].reply is None or not (by["3"].reply.heading or "").startswith("3.")
