"""Forms met first in blind round 128, mended in session 42 after round 128 was scored at first sight on eec0cd2 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_labels_graded_by_kind_and_cited_by_their_initials() -> None:
    """Boxes headed "Statutory recommendation", "Key recommendation 1", "Improvement recommendation 1" … (each box's
    "Recommendation" field its text), answered in an appendix by "KR2", "IR2 and IR3", and the statutory one in a
    section of its own before the appendix ("4. Response to the statutory recommendation")."""
    pairs = compare_pair("blind128_en_vfm_auditor").pairs
    assert [p.recommendation.number for p in pairs] == ["SR", "KR1", "KR2", "IR1", "IR2", "IR3", "IR4"]
    assert pairs[1].recommendation.text.startswith("The Council should put Harbridge Quays Ltd")
    assert pairs[0].reply is not None and "savings plan covering the whole forecast gap" in pairs[0].reply.text
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "partly", "agrees", "agrees", "noted", "unanswered"]


def test_a_grid_of_numbered_cards_read_row_by_row() -> None:
    """Seven cards in a two-column grid, each a big number and a title ("3 Reizen mag geen drempel zijn") over an
    imperative; read left to right, row by row, the third card's last line with it."""
    pairs = compare_pair("blind128_nl_nieuwkomers").pairs
    assert [p.recommendation.number for p in pairs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert pairs[2].recommendation.text.endswith("kilometer van de school woont.")
    assert pairs[0].reply is not None and "klantregisseur" in pairs[0].reply.text


def test_items_by_paragraph_number_and_roman_tags_at_sentence_ends() -> None:
    """An owner's plan answering "Item 10.1 - Accepted.", "Items 10.5 and 10.6."; a note to a government answering
    by themes, each sentence tagged "(aanbeveling VI)", two in one paragraph."""
    pairs = compare_pair("blind128_en_dam_safety").pairs
    assert pairs[3].reply is not None and pairs[3].reply.text.startswith("Item 10.4")
    assert pairs[5].link == "number" and pairs[5].verdict == "noted"
    pairs = compare_pair("blind128_nl_vrnota").pairs
    assert pairs[0].reply is not None and pairs[0].reply is pairs[5].reply
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "noted", "agrees", "partly", "unanswered"]


def test_verdict_wordings_of_round_128() -> None:
    """A refusal and, after a colon, a part granted; a principle stated after a promise limits nothing; a promise
    and, after ", and we will", a decision put off; a sum kept beside a part granted."""
    assert (
        verdict(
            "On libraries, we cannot afford to open every branch five days a week: from April 2026 the five largest "
            "branches will open six days a week and the four smallest will open on three days.",
            "en",
            "We call on the Council to keep every one of the city's nine libraries open at least five days a week.",
        )
        == "partly"
    )
    assert (
        verdict(
            "I am pleased to tell the House that the care-experienced bursary will be open to students up to the age "
            "of 30 from the 2026 academic year. No young person who has been in care should lose support simply "
            "because they came to study later.",
            "en",
            "the care-experienced student bursary be extended to students up to the age of 30 from the 2026 academic "
            "year (Government);",
        )
        == "agrees"
    )
    assert (
        verdict(
            "The Government will fund 600 additional articulation places this year, and we will look at the demand "
            "before deciding on next year's number.",
            "en",
            "1,000 additional funded university places be provided in 2026 for students moving from TAFE institutes "
            "into degree courses (Government);",
        )
        == "partly"
    )
    assert (
        verdict(
            "De startsubsidie blijft 7.500 euro; een verhoging past niet binnen het beschikbare krediet. De regeling "
            "wordt wel opengesteld voor wie de landbouwactiviteit in de voorbije vijf jaar heeft beëindigd.",
            "nl",
            "De STAP vraagt om de startsubsidie voor nieuwe uitbaters te verhogen tot 10.000 euro en ze ook open te "
            "stellen voor landbouwers die hun bedrijf de voorbije vijf jaar hebben stopgezet.",
        )
        == "partly"
    )
    assert (
        verdict(
            "Zij zal ze voorleggen aan het overleg met de provincies in het najaar van 2026, zonder zich nu over de "
            "oprichting uit te spreken.",
            "nl",
            "De STAP beveelt aan om bij elke provinciale toeristische organisatie een aanspreekpunt op te richten.",
        )
        == "noted"
    )
