"""Forms met first in blind round 117, mended after round 117 was scored at first sight (each test fails on the code
before it, 3d4f358)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_tags_after_a_sentence_inside_a_paragraph() -> None:
    """ "… now written into the contract specification. (Advice 1) The price difference …": a tag after a sentence,
    the paragraph going on, closes a recommendation too; what it closes starts at the sentence that recommends ("The
    Panel advises that every new lantern …"), not at the one leading to it; two to a paragraph."""
    pairs = compare_pair("blind117_en_dark_sky").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[0].recommendation.text.startswith("The Panel advises that every new lantern")
    assert [p.reply is not None for p in pairs] == [True, True, True, True, True, False, True]


def test_a_checklist_of_requests_set_alike() -> None:
    """Seven indented paragraphs with bold lead-ins, each opening with its verb ("Keep …", "Offer free round-trip
    rides …", "Require operators …", "Report back …"), nothing between them: all seven, not the three whose second
    word is an article."""
    pairs = compare_pair("blind117_en_heat_checklist").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Offer free round-trip rides")
    assert pairs[6].recommendation.text.startswith("Report back to the Commission")


def test_general_sentences_before_labelled_paragraphs_and_a_restated_negation() -> None:
    """ "De commissie adviseert het college daarom om …" and "Daarnaast adviseren wij om …" in the general chapter,
    then run-in "Advies." paragraphs under the draft's articles: all seven, not the closing "De commissie vraagt het
    college in het bijzonder de adviezen bij artikel 3.2 en artikel 9.1 over te nemen"; "Het advies om de
    notariskosten van de overstap niet bij de erfpachter te leggen, nemen wij over" agrees (the negation is the
    advice's own)."""
    pairs = compare_pair("blind117_nl_erfpacht").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("De commissie adviseert het college daarom om de termijn")
    assert pairs[5].verdict == "agrees"
    asked = "Laat de gemeente de notariskosten van de overstap betalen."
    said = "Het advies om de notariskosten van de overstap niet bij de erfpachter te leggen, nemen wij over."
    assert verdict(said, "nl", asked) == "agrees"


def test_a_table_of_themes_answered_under_the_themes() -> None:
    """A table "Thema | Wat we vragen | Prioriteit", answered by a letter that runs each theme in with its verdict
    ("Brandveiligheid – akkoord.", "Kotlabel – gedeeltelijk akkoord.", "Jaarlijks kotoverleg – in overweging.",
    "Waarborgfonds en fietsenstalling – niet akkoord."): the row's theme titles its request, a section under the same
    title answers it, the verdict run in after the title decides, and a title naming two subjects answers both."""
    pairs = compare_pair("blind117_nl_kotbeleid").pairs
    assert pairs[3].reply is not None and pairs[3].reply.text.startswith("Brandveiligheid")
    assert pairs[4].reply is not None and pairs[4].reply.text.startswith("Waarborgfonds en fietsenstalling")
    assert [p.verdict for p in pairs] == ["partly", "agrees", "disagrees", "agrees", "disagrees", "unanswered", "noted"]
