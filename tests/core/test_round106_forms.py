"""Forms met first in blind round 106, mended after round 106 was scored at first sight (each test fails on the code
before it, 891a3bd)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_codes_run_on_before_a_title_in_brackets() -> None:
    """A director's letter heads its paragraphs by code, "PE-02 and PE-04 (officer safety; appeals). We will issue
    cameras …": both codes are answered there, each on its own sentences; and "… send each notice to the
    infringement system as it is issued" keeps nothing as it is."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind106_en_parking_audit").pairs}
    assert by_number["PE-02"].reply is not None and by_number["PE-02"].reply is by_number["PE-04"].reply
    assert (by_number["PE-02"].verdict, by_number["PE-04"].verdict) == ("agrees", "disagrees")
    assert by_number["PE-01"].verdict == "agrees"


def test_the_thing_asked_instead_at_another_figure() -> None:
    """ "A 24-hour standard could only be met with two more sidewalk machines and a night shift. Staff propose instead
    to bring the priority network to a 36-hour target": the thing asked, in another measure, a part (something else
    instead stays a refusal)."""
    asked = "Clear all priority sidewalks within 24 hours after a snowfall of 5 cm or more has ended."
    reply = (
        "A 24-hour standard could only be met with two more sidewalk machines and a night shift. Staff propose "
        "instead to bring the priority network to a 36-hour target."
    )
    assert _verdict("en", asked, reply) == "partly"


def test_a_commands_thing_further_on_and_keeping_what_was_to_go() -> None:
    """ "Leg bij de camperplaats aan de Veerweg een lozingspunt aan …" answered "Het lozingspunt is in oktober
    geplaatst en is sinds 1 november in gebruik": done. "Schaf de voorafgaande auditie … af" answered "Het college
    wil vasthouden aan de jury": kept."""
    asked = "Leg bij de camperplaats aan de Veerweg een lozingspunt aan voor chemische toiletten en grijs water."
    reply = (
        "Het lozingspunt is in oktober geplaatst en is sinds 1 november in gebruik; de kosten van 14.500 euro zijn "
        "gedekt uit het budget recreatieve voorzieningen."
    )
    assert _verdict("nl", asked, reply) == "agrees"
    kept = (
        "Het college wil vasthouden aan de jury. De auditie is volgens ons de beste manier om de kwaliteit te bewaken."
    )
    assert _verdict("nl", "Schaf de voorafgaande auditie voor de stedelijke jury af.", kept) == "disagrees"


def test_the_second_of_a_shared_section_by_a_figure_of_its_own() -> None:
    """A schepen answers the jury (kept) and the playing time in one section headed "Jury en speelduur": "Uw voorstel
    over de speelduur volgen wij wel: artiesten mogen voortaan 45 minuten op dezelfde plek blijven". The section
    shares few words with "Verleng de maximale speeltijd per plek van 30 naar 45 minuten", but gives its figure, which
    no other recommendation has: it answers that one too, and agrees."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind106_nl_straatartiesten").pairs}
    assert by_number["3"].reply is not None and by_number["3"].reply is by_number["1"].reply
    assert (by_number["1"].verdict, by_number["3"].verdict) == ("disagrees", "agrees")
    assert by_number["4"].reply is None
