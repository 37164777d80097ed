"""Forms met first in blind round 100, mended after round 100 was scored at first sight (each test fails on the code
before it)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _compare(pair: str):  # type: ignore[no-untyped-def]
    from weerwoord.core.analysis.compare import compare

    return compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")


def test_a_decision_table_led_by_the_submitters_codes() -> None:
    """A hearings panel's decision table "Submission point | Panel decision and reasons" leads each row with the
    submitter's code and its subject in brackets ("DS6 (pohutukawa)", "DS2 and DS5 (vehicles and parking)"): the
    code is the point answered (not the row's own number, nor dropped from a cell of two words), and a row
    naming two answers both."""
    result = _compare("blind100_en_reserve_plan")
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert sorted(by_number) == [f"DS{k}" for k in range(1, 8)]
    assert by_number["DS6"].reply is not None and "pohutukawa" in by_number["DS6"].reply.text
    assert by_number["DS2"].reply is not None and by_number["DS2"].reply is by_number["DS5"].reply
    assert by_number["DS4"].reply is None
    assert by_number["DS7"].verdict == "noted"


def test_the_agenda_points_of_minutes_cite_nothing() -> None:
    """A church council's minutes are headed "Punt 1. Goedkeuring van de notulen …", "Punt 2. Advies van de stad
    …", "Punt 3. …", "Punt 4. Varia en slot": the meeting's own agenda, no citation of the advice's points 1-4
    (its chapter headings); the recommendations are paragraphs 4.1-4.7, each answered as "Aanbeveling 4.x"."""
    result = _compare("blind100_nl_kerkfabriek")
    numbers = [p.recommendation.number for p in result.pairs]
    assert [n for n in numbers if n.startswith("4.")] == [f"4.{k}" for k in range(1, 8)]
    assert not {"1", "2", "4"} & set(numbers)
    by_number = {p.recommendation.number: p for p in result.pairs}
    assert by_number["4.4"].reply is None
    assert by_number["4.2"].reply is not None and by_number["4.2"].reply is by_number["4.6"].reply
