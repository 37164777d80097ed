"""Forms met first in blind round 60, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_judgments_of_need_in_a_table_beside_conclusions_are_the_recommendations() -> None:
    """An accident investigation board's table pairs each conclusion "CON 1: RES did not identify …" with its
    judgment of need "JON 1: RES needs to revise …". The JONs, a label of the document's own numbered 1 to 7 over
    texts that state a need, are the recommendations (the CONs state findings); the contractor's letter answers
    them by "(JON 3)" and "(JONs 2 and 5)"."""
    result = compare(DOCS / "blind60_en_doe_aib_advice.pdf", DOCS / "blind60_en_doe_aib_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == [str(n) for n in range(1, 8)]
    assert by["1"].recommendation.text.startswith("RES needs to revise its work planning")
    assert by["7"].recommendation.text.startswith("CRFO needs to include subcontractor work")
    replies = {n: (p.reply.text if p.reply else "") for n, p in by.items()}
    assert replies["3"].startswith("Work at heights (JON 3).")
    assert replies["2"] == replies["5"] and replies["2"].startswith("Operators and briefings (JONs 2 and 5).")
    assert by["7"].reply is None


def test_a_need_stated_asks_but_a_need_to_be_noted_does_not() -> None:
    from weerwoord.core.analysis.tags import NEEDING

    assert NEEDING.search("RES needs to revise its work planning and control procedure")
    assert not NEEDING.search("It needs to be noted that the lift was inspected.")
