"""Forms met first in blind round 69, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_numbers_of_the_response_own_are_no_places_of_unnumbered_bullets() -> None:
    """A World Heritage mission lists its seven recommendations as bullets without numbers; the State of Conservation
    report answers the Committee's decision "Paragraph 4" … "Paragraph 9", which cites numbers the seven bullets cannot
    have: its numbers are its own, and each bullet is linked where the content agrees ("Paragraph 4" answers the
    third bullet, the crossing's design). "paragraph 172" names no paragraph 17."""
    from weerwoord.core.analysis.section_refs import refs_in_opening

    assert refs_in_opening("In conformity with paragraph 172 of the Operational Guidelines, describe …") == []
    assert refs_in_opening("Recommendations 3 and 11. Agreed.") == ["3", "11"]
    result = compare(DOCS / "blind69_en_whc_advice.pdf", DOCS / "blind69_en_whc_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert not any(p.recommendation.numbered for p in result.pairs)
    assert by["3"].reply is not None and by["3"].reply.heading == "Paragraph 4"
    assert by["1"].reply is not None and by["1"].reply.heading == "Paragraph 5"
    assert by["7"].reply is None
