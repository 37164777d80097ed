"""Forms met first in blind round 130, mended in session 42 after round 130 was scored at first sight on e7a54e1 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_list_counting_on_after_findings() -> None:
    """Findings numbered 1.–4., then "Ons advies" 5.–11. ("De nummering sluit aan op die van onze bevindingen"):
    the recommendations are 5–11; "Bij punt 3 merken wij op …" in a paragraph on the findings cites no
    recommendation."""
    pairs = compare_pair("blind130_nl_huurders").pairs
    assert [p.recommendation.number for p in pairs] == ["5", "6", "7", "8", "9", "10", "11"]
    assert [p.verdict for p in pairs] == ["partly", "agrees", "noted", "disagrees", "unanswered", "agrees", "noted"]


def test_both_of_something_else_is_no_shared_reply() -> None:
    """ "… developed with both trusts …" under the quote of one recommendation does not say the section answers two:
    the recommendation never quoted nor answered stays unanswered."""
    pairs = compare_pair("blind130_en_clinical_senate").pairs
    assert pairs[4].reply is None and pairs[4].verdict == "unanswered"
    assert pairs[5].verdict == "noted"


def test_verdict_wordings_of_round_130() -> None:
    """ "Accepted with amendment."; "we cannot yet say whether …"; "dat vinden wij niet verantwoord"; "Het tweede
    advies volgen we gedeeltelijk."; "dat willen we zo houden"."""
    assert (
        verdict(
            'Accepted with amendment. Policy D2 now reads "should demonstrate how the design responds to the Design '
            "Code\"; the Parish Council asked for stronger wording than the examiner's.",
            "en",
            'Replace the words "will not be permitted" in Policy D2 with "should have regard to the Design Code".',
        )
        == "partly"
    )
    assert (
        verdict(
            "We recognise the value of early supported discharge. Funding for the two places without a service will "
            "be considered in the 2026/27 planning round, and we cannot yet say whether it will be in place before "
            "opening.",
            "en",
            "Establish an early supported discharge service in all three places of the ICB area before the new unit "
            "opens.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Een ratio van 1,0 zou in 2027 een extra lastenstijging van 4 procent vragen; dat vinden wij niet "
            "verantwoord. De ondergrens in de nota risicomanagement wordt 0,8.",
            "nl",
            "Houd de ratio weerstandsvermogen op ten minste 1,0 zolang de grote dijkversterkingen lopen.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Het tweede advies volgen we gedeeltelijk. Het maximumbedrag per project gaat naar 3.000 euro.",
            "nl",
            "Verhoog het maximumbedrag per project van 2.500 naar 4.000 euro.",
        )
        == "partly"
    )
    assert (
        verdict(
            "De beslissing over een subsidie is een bevoegdheid van het college en dat willen we zo houden. De GRIS "
            "wordt wel gehoord, maar zijn advies blijft niet-bindend.",
            "nl",
            "Laat de GRIS elke aanvraag inhoudelijk beoordelen en een bindend advies geven aan het college.",
        )
        == "disagrees"
    )
