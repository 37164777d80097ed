"""How many recommendations a response counts (analysis/tallies.py), and the reading of that many it favours."""

from __future__ import annotations

from tests.core.expected_pairs import DOCS
from weerwoord.core.analysis import tallies
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import Block, Document, TextRun


def _doc(*blocks: tuple[str, str]) -> Document:
    made = [Block(kind, TextRun(text, [])) for kind, text in blocks]  # type: ignore[arg-type]
    return Document("response.pdf", "", "", 1, "nl", [(595.0, 842.0)], made)


def test_headings_that_tally_the_verdicts_add_up() -> None:
    doc = _doc(
        ("heading", "1. Het college neemt vijf aanbevelingen over"),
        ("paragraph", "Het energieloket komt er."),
        ("heading", "2. Het college neemt één aanbeveling gedeeltelijk over"),
        ("heading", "Eén aanbeveling ligt bij de provincie"),
    )
    assert tallies.counts(doc) == {7}


def test_a_sentence_that_names_the_whole() -> None:
    doc = _doc(("paragraph", "The Government has considered all twelve recommendations of the Committee carefully."))
    assert tallies.counts(doc) == {12}


def test_a_count_inside_a_reply_is_no_tally() -> None:
    # "twee aanbevelingen" of one theme, in running text, and a lone heading: no count of the whole advice
    doc = _doc(
        ("paragraph", "Over de informatie aan bezwaarmakers doet de commissie twee aanbevelingen."),
        ("heading", "Drie aanbevelingen over wonen"),
    )
    assert tallies.counts(doc) == frozenset()


def test_the_reading_the_response_counts_wins() -> None:
    """A citizens' assembly's eight coded recommendations (three of them set as headings); the raadsvoorstel answers
    them under headings that count them (5 + 1 + 1 + 1), in paragraphs that name no code: the reading of eight is
    chosen over five requests set alike."""
    name = "blind26_nl_burgerberaad"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == ["A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3"]
    assert any("counts 8 recommendations" in e for e in result.pairs[0].recommendation.evidence)
