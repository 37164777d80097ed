"""Forms met first in blind round 45, mended after it was scored at first sight and again after round 44's mends
(each test fails on the code before it, unless it guards against a false match).

An independent reviewer's report whose chapter "10. RECOMMENDATIONS" numbers its points "10.1." … "10.8." in a
hanging column, answered by a command paper that calls them "Recommendation 1" … "Recommendation 7".
"""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading.page_lines import is_label
from weerwoord.core.reading.reader import read_document

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_points_numbered_by_chapter_with_a_stop_are_list_items() -> None:
    assert is_label("10.1.") and is_label("3.12.")
    # (a paragraph's number without the stop stays the paragraph's: "2.1 Since May 2023 …")
    assert not is_label("2.1") and not is_label("10.1.2.")
    name = "blind45_en_terror"
    advice = read_document(DOCS / f"{name}_advice.pdf")
    labels = [b.label for b in advice.blocks if b.kind == "item" and b.label.startswith("10.")]
    assert labels == [f"10.{n}." for n in range(1, 9)]
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert any(t.startswith("Counter Terrorism Policing should publish each year") for t in texts)
    linked = [p for p in result.pairs if p.reply is not None and p.recommendation.text.startswith("The Home Office")]
    assert len(linked) == 2


def test_expectations_under_a_label_of_the_reports_own_in_the_order_of_its_chapters() -> None:
    """A provincial supervisor's "Verwachting V1" … "V6", set in the order of the chapters (V1, V4, V2, V6, V3, V5),
    some as a heading over their text, some run in with their deadline ("Verwachting V2 termijn: 1 januari 2027
    Bewaar de e-mail …"); an overview table of the codes follows."""
    name = "blind45_nl_ibt"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == [f"V{n}" for n in range(1, 7)]
    by_number = {p.number: p for p in result.pairs}
    assert "Bewaar de e-mail van de burgemeester" in by_number["V2"].recommendation.text
    assert by_number["V4"].recommendation.text.find("Laat de gemeentearchivaris ieder jaar") >= 0
