"""Forms met first in blind round 73, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_summary_tables_short_forms_take_their_full_text_at_the_paragraph_shown() -> None:
    """A pay review body lists its recommendations in short form in a front table "No. | Summary | Paragraph" ("4.0%
    increase to all pay points" | "3.3"); the full text is the sentence of paragraph 3.3 that recommends it (its number
    left out), and two rows pointing at 3.12 take its two sentences in turn. The short form is kept as a repeat."""
    result = compare(DOCS / "blind73_en_pay_review_advice.pdf", DOCS / "blind73_en_pay_review_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert [p.number for p in result.pairs] == [str(k) for k in range(1, 8)]
    assert texts[0].startswith("Taking all of this into account, we recommend a 4.0 per cent increase")
    assert texts[5].startswith("We recommend that the parties provide us") and texts[6].startswith(
        "We recommend that the Government issue the remit letter"
    )
    assert result.pairs[0].recommendation.also_at[0].text == "4.0% increase to all pay points"
    assert sum(p.reply is not None for p in result.pairs) >= 5
