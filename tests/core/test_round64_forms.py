"""Forms met first in blind round 64, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

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
