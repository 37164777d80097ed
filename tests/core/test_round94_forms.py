"""Forms met first in blind round 94, mended after round 94 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_shared_reply_gives_each_sentence_to_the_subject_it_names_most() -> None:
    """A staff annotated copy: "Recommendations 6 and 2: platform data sharing, and a 90-night cap for homes not
    occupied by the owner." over one paragraph that does the data sharing and then says "Staff do not recommend a
    night cap at this time: … the permit data will show first whether a cap is needed": the refusal is the cap's
    (it names the cap twice, the data once), so 6 agrees and 2 is refused."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind94_en_str_working_group"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert (verdicts["6"], verdicts["2"]) == ("agrees", "disagrees")


def test_a_part_of_a_compound_does_not_override_the_content() -> None:
    """(a guard) "Adviespunten 3 en 6 (sport en buurtfeesten)" over "… vijf nieuwe buurtsporttoestellen …. De subsidie
    voor buurtfeesten blijft voorbehouden …": "buurt" in "buurtsporttoestellen" does not make the sports sentence the
    street parties' (a subject overrides what the content says by two words of it, not by part of a compound)."""
    from weerwoord.core.analysis import parts

    subjects = {"3": "sport", "6": "buurtfeesten"}
    assert parts._by_subject("vijf nieuwe buurtsporttoestellen in Schijnvallei", subjects, 2) is None
    assert parts._by_subject("Staff do not recommend a night cap; a cap", {"6": "data", "2": "a 90-night cap"}, 2) == {
        "2"
    }


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_round_94_verdict_language() -> None:
    """ "Dit vinden wij een heel goed idee." agrees; "deelt de zorg …, maar vervangt vóór 2028 alleen de twee velden"
    where all fields were asked is a part; so is "Een volledige actualisatie volgt dus later dan u adviseert" (and
    "later than the Committee recommends")."""
    assert (
        _verdict(
            "nl",
            "Laat kinderen uit de buurt meebeslissen over nieuwe speeltoestellen voordat die worden gekocht.",
            "Dit vinden wij een heel goed idee. Vanaf volgend jaar vragen wij bij elke nieuwe speeltuin eerst aan de "
            "kinderen uit de buurt welke toestellen zij willen.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "nl",
            "Vervang de rubberkorrels op alle kunstgrasvelden vóór 2028 door een natuurlijk of kurkachtig infill.",
            "Het college deelt de zorg over de rubberkorrels, maar vervangt vóór 2028 alleen de twee velden op "
            "sportpark Oosterhout die toch aan vervanging toe zijn.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "nl",
            "Breid de lijst van waardevolle bomen uit met de bomen uit de inventarisatie van 2024.",
            "Wij delen uw analyse dat de lijst verouderd is. Een volledige actualisatie volgt dus later dan u "
            "adviseert.",
        )
        == "partly"
    )
    assert (
        _verdict(
            "en",
            "Update the list of protected trees with the trees found in the 2024 survey.",
            "We share the Committee's analysis that the list is out of date. A full update will therefore come later "
            "than the Committee recommends.",
        )
        == "partly"
    )


def test_the_points_under_resolved_that_are_replies_each() -> None:
    """A Cabinet record of decision: "RESOLVED that:" over points (a)–(e) in the consultants' words reworded and no
    numbers: each point is a reply of its own (the drainage scheme's, the booking system's, …), so the charges frozen
    nowhere but in (a)'s refusal are answered there, not left unanswered."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind94_en_playing_pitch"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    replies = {p.number: p.reply for p in result.pairs}
    assert replies["5"] is not None and "will not be frozen" in replies["5"].text
    assert replies["1"] is not None and "drainage scheme at Kings Meadow" in replies["1"].text
    assert "booking system" not in replies["1"].text
