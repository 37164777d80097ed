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


def test_the_notes_explaining_an_agreement_are_cut_into_paragraphs() -> None:
    """A covenant between province, water board and municipalities decides in terse articles; what the committee
    advised is weighed in its "Toelichting", a paragraph an article ("Artikel 1. Met het gebiedsloket wordt het advies
    van de commissie …"): that section is cut into its paragraphs beside the articles, as a part headed by the advice
    is."""
    from weerwoord.core.analysis.by_paragraph import _names_advice

    assert _names_advice("Toelichting") and _names_advice("Artikelsgewijze toelichting")
    assert _names_advice("Explanatory notes") and not _names_advice("Artikel 6 Geschillen en looptijd")
    result = compare(DOCS / "blind73_nl_gebiedsakkoord_advice.pdf", DOCS / "blind73_nl_gebiedsakkoord_response.pdf")
    loket = next(p for p in result.pairs if p.recommendation.text.startswith("Richt één gebiedsloket in"))
    assert loket.reply is not None and loket.reply.text.startswith("Artikel 1. Met het gebiedsloket")
