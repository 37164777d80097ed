"""Forms met first in blind round 98, mended after round 98 was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_an_ascii_bullet_is_a_list_label() -> None:
    """A complaints officer's report lists its seven requests with ">" as bullets ("> de ontvangst van elke klacht
    binnen twee werkdagen schriftelijk te bevestigen, …"): each is an item, and the seven are the recommendations."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.reading.page_lines import is_label

    assert is_label(">") and is_label("›") and not is_label(">>")
    pair = "blind98_nl_klachten"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7 and texts[0].startswith("de ontvangst van elke klacht")


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_round_98_verdict_language() -> None:
    """ "… will be assessed as a candidate project …, with no commitment at this stage" puts off (no refusal);
    "Gratis zandzakken … vindt het college geen taak van de gemeente" refuses; so do "Een vrijstelling van de
    retributie … kan het college niet toestaan" and "een volledige kwijtschelding acht het college niet verantwoord"."""
    assert (
        _verdict(
            "en",
            "build a shared equipment store at Pelham Park for the clubs that use the reserve;",
            "A shared storage shed at Pelham Park will be assessed as a candidate project for the 2027/28 capital "
            "works budget, with no commitment at this stage.",
        )
        == "noted"
    )
    assert (
        _verdict(
            "nl",
            "Stel zandzakken bij code oranje gratis beschikbaar aan alle inwoners op drie vaste uitgiftepunten.",
            "Gratis zandzakken voor alle inwoners vindt het college geen taak van de gemeente: het beschermen van de "
            "eigen woning blijft de verantwoordelijkheid van de eigenaar.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Stel erkende jeugdverenigingen vrij van de retributie voor de gemeentelijke opruimploeg na de fuif.",
            "Een vrijstelling van de retributie voor de opruimploeg kan het college niet toestaan: de kosten worden al "
            "voor de helft gedragen door de gemeente.",
        )
        == "disagrees"
    )
    assert (
        _verdict(
            "nl",
            "Schaf de bijdrage voor de voor- en naschoolse opvang af voor gezinnen met een verhoogde tegemoetkoming.",
            "Wat de bijdrage voor de opvang betreft, blijft het college bij het huidige sociaal tarief van 50 procent; "
            "een volledige kwijtschelding acht het college niet verantwoord.",
        )
        == "disagrees"
    )
