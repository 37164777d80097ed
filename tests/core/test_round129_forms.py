"""Forms met first in blind round 129, mended in session 42 after round 129 was scored at first sight on d1e3c14 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_codes_of_one_letter_a_dash_and_a_number() -> None:
    """An Inspector General's recommendations coded "A-1" … "C-2" in a hanging column after "We recommend that the
    Director …:", answered by subject without the codes."""
    pairs = compare_pair("blind129_en_fuel_cards").pairs
    assert [p.recommendation.number for p in pairs] == ["A-1", "A-2", "B-1", "B-2", "B-3", "C-1", "C-2"]
    assert pairs[0].recommendation.text.startswith("Require that every fuel card be deactivated")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "disagrees", "agrees", "noted", "unanswered"]


def test_comments_quoted_each_over_whose_response() -> None:
    """A statement quoting each comment as "Panel comment: …" over "Design team response: …": each pair one reply,
    not the part cut into its paragraphs (where a quote alone would be taken for a reply)."""
    pairs = compare_pair("blind129_en_design_review").pairs
    assert pairs[0].reply is not None and "kept Block C at seven storeys" in pairs[0].reply.text
    assert pairs[1].reply is not None and "principal entrance and reception" in pairs[1].reply.text
    assert pairs[6].reply is None
    assert pairs[5].verdict == "noted"


def test_our_advice_boxes_and_sentences_a_pronoun_or_a_phrase_opens() -> None:
    """ "Ons advies" over a shaded box at seven of nine stops ("Geen advies" at the others); "Zij adviseert daarnaast
    om …" and "Voor de besluitvorming adviseert de Commissie om …" recommend as "De Commissie adviseert …" does."""
    pairs = compare_pair("blind129_nl_toegankelijkheid").pairs
    assert len(pairs) == 7
    assert pairs[3].recommendation.text.startswith("Maak de ondergrondse fietsenstalling")
    assert pairs[0].verdict == "agrees"
    texts = [p.recommendation.text for p in compare_pair("blind129_nl_toetsingsadvies").pairs]
    assert any(t.startswith("Zij adviseert daarnaast om in het omgevingsplan") for t in texts)
    assert any(t.startswith("Voor de besluitvorming adviseert de Commissie") for t in texts)


def test_verdict_wordings_of_round_129() -> None:
    """The means lacking for what was asked ("do not have the staff to do it monthly"), no decision made, no
    commitment given; what a thing gets ("krijgen een verhoogde boord") done."""
    assert (
        verdict(
            "We accept the value of comparing card data with telematics but do not have the staff to do it monthly. "
            "A reconciliation of all transactions will be carried out every quarter.",
            "en",
            "Reconcile fuel card transactions against vehicle telematics data every month and follow up every "
            "mismatch.",
        )
        == "partly"
    )
    assert (
        verdict(
            "The Department will evaluate the options as that date approaches. No decision has been made on whether "
            "to rebid or extend.",
            "en",
            "Replace the current fuel card contract through a competitive procurement before its present extension "
            "expires.",
        )
        == "noted"
    )
    assert (
        verdict(
            "The fabric-first target will be looked at again during the detailed design stage. No commitment can be "
            "given at this point, and the submitted energy strategy is unchanged.",
            "en",
            "We recommend that the applicant commit to a fabric-first approach aiming for a space heating demand of "
            "15 kWh per square metre per year.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Alle zes busperrons krijgen een verhoogde boord, zodat reizigers gelijkvloers kunnen instappen; de "
            "geleidelijn loopt tot aan de deur van de wachtruimte.",
            "nl",
            "Voorzie aan alle busperrons een instaphoogte van 18 centimeter en leg een geleidelijn naar de "
            "wachtruimte.",
        )
        == "agrees"
    )
