"""Forms met first in blind round 49, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _marks(text: str) -> list[tuple[str, str]]:
    return [(m.category, m.rule) for m in stance.find_marks(TextRun(text, ()), "en")]


def test_a_design_teams_status_cell_states_its_verdict() -> None:
    """A design statement's table answering a review panel: a status column "Incorporated", "Partially
    incorporated", "Not taken forward", "Noted"; as a cell of its own, a verdict (not inside a sentence)."""
    assert _marks("Incorporated") == [("agreement", "en.label.incorporated-cell")]
    assert _marks("Partially incorporated") == [("reservation", "en.label.partly-incorporated-cell")]
    assert _marks("Not taken forward") == [("disagreement", "en.label.not-taken-forward-cell")]
    assert not any(rule.endswith("-cell") for _, rule in _marks("The comments were incorporated into the plan."))
    name = "blind49_en_design"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert {p.number: p.verdict for p in result.pairs}["4"] == "agrees"
