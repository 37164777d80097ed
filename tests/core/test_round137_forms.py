"""Forms met first in blind round 137, mended in session 44 after round 137 was scored at first sight on 5e624452
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_our_advice_is_to_recommends() -> None:
    """A programme committee's sentences under article headings, one of them "Ons advies is om de norm … te verlagen
    naar 45 studiepunten": seven, so that the memo's ordinals ("Het derde advies, over het bindend studieadvies")
    land on their own."""
    pairs = compare_pair("blind137_nl_oer").pairs
    assert len(pairs) == 7
    assert pairs[2].recommendation.text.startswith("Ons advies is om de norm voor het bindend studieadvies")
    assert pairs[2].verdict == "disagrees"
    assert pairs[4].verdict == "noted"


def test_taken_over_as_a_permit_condition() -> None:
    assert (
        verdict(
            "Overgenomen als voorschrift 7. De organisator legt een rijplatenroute van 4,5 meter breed aan over het "
            "weiland van de familie Den Hartog.",
            "nl",
            "Richt aan de noordzijde een tweede calamiteitenroute in van ten minste 4 meter breed, die tijdens het "
            "hele evenement vrij blijft.",
        )
        == "agrees"
    )


def test_refusals_by_name_and_concern_understood() -> None:
    """ "We regret that we cannot follow your sixth recommendation."; "Het bestuur begrijpt de zorg over de kosten,
    maar legt geen streefbedrag vast."""
    assert (
        verdict(
            "We regret that we cannot follow your sixth recommendation. Eleven parking tickets issued in 2023 and 2024 "
            "are the subject of appeals before the Provincial Court. The City will therefore keep the historic images "
            "until those appeals are finished, and will review the position in 2027.",
            "en",
            "securely delete, within 30 days, all plate images collected before the date of this report;",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "Ad A3. Het bestuur begrijpt de zorg over de kosten, maar legt geen streefbedrag vast. Een groot deel van "
            "de kosten hangt samen met de transitie en valt na 2027 weg.",
            "nl",
            "Stel een concreet doel om de uitvoeringskosten in drie jaar terug te brengen naar het niveau van "
            "vergelijkbare fondsen.",
        )
        == "disagrees"
    )


def test_partly_complete_status_and_a_suggestion_passed_on() -> None:
    """An action plan's "Partly complete" heads the row and decides over "not possible … instead" in it (the
    part done and the part replaced); "I have passed your suggestion to the Head of Residential Services" hands the
    recommendation to whoever decides, after "a corporate policy that I cannot change on my own": noted."""
    assert (
        verdict(
            "Partly complete\n\nAll bicycles were moved to the cycle shed on 10 March. Building an external charging "
            "store is not possible on this site, which has no free land; instead both scooter owners have signed an "
            "agreement to keep and charge their scooters inside their own flats.",
            "en",
            "Remove the mobility scooters and bicycles from the ground-floor lobby and provide a separate charging "
            "store outside the building.",
        )
        == "partly"
    )
    assert (
        verdict(
            "Pocket money and savings arrangements for all the council's homes are set out in a corporate policy that "
            "I cannot change on my own. I have passed your suggestion to the Head of Residential Services, who is "
            "reviewing that policy this year.",
            "en",
            "Each young person should receive a written monthly statement of their pocket money and savings, signed "
            "by the key worker.",
        )
        == "noted"
    )
