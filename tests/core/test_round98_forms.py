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


def test_paragraph_numbers_centred_in_a_column_of_their_own() -> None:
    """An agricultural commission numbers its paragraphs "6.1" … "6.7" in a column of their own, each centred beside
    its paragraph (between its two lines, beside the middle of three, on the line of one) and repeated in kind on
    both pages: each is its paragraph's label (not a margin note dropped as a running head, not a word in the middle
    of its text), and the seven paragraphs under "6. Recommendations" are the recommendations, each linked."""
    from weerwoord.core.analysis.compare import compare
    from weerwoord.core.reading.reader import read_document

    pair = "blind98_en_farm_commission"
    blocks = read_document(DOCS / f"{pair}_advice.pdf").blocks
    labelled = {b.label: b.text for b in blocks if b.kind == "item"}
    assert [f"6.{k}" in labelled for k in range(1, 8)] == [True] * 7
    assert labelled["6.1"].startswith("Retain the 8-hectare minimum parcel size")
    assert labelled["1.1"].startswith("The Regional Board referred") and "on December 9, 2025" in labelled["1.1"]
    # (the closing line after the last item, back at the margin, is no part of it)
    assert labelled["6.7"].endswith("at least one farmer member.")
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    assert [p.recommendation.number for p in result.pairs] == [f"6.{k}" for k in range(1, 8)]
    replies = [p.reply.text if p.reply else "" for p in result.pairs]
    assert "the 8-hectare minimum" in replies[0] and "500 square metres" in replies[1]
    assert result.pairs[6].reply is None


def test_a_resolution_moved_in_minutes_decides() -> None:
    """Minutes of a regional board: "Moved by …, seconded by …: THAT the 4-hectare option be deleted from the draft
    plan and the 8-hectare minimum in the A-1 zone be kept. CARRIED" does what was asked; "THAT the request for an
    annual reservoir grant be referred to the 2027 financial plan deliberations for consideration" puts it off."""
    assert (
        _verdict(
            "en",
            "Retain the 8-hectare minimum parcel size in the A-1 Agriculture zone and do not introduce the proposed "
            "4-hectare option.",
            "Minimum parcel size. Moved by Director Dubois, seconded by Director Okafor: THAT the 4-hectare option be "
            "deleted from the draft plan and the 8-hectare minimum in the A-1 zone be kept. CARRIED UNANIMOUSLY.",
        )
        == "agrees"
    )
    assert (
        _verdict(
            "en",
            "Create an agricultural water storage grant of $100,000 a year to help farms build on-farm reservoirs.",
            "Water storage. Moved by Director Lindqvist, seconded by Director Morrison: THAT the request for an annual "
            "reservoir grant be referred to the 2027 financial plan deliberations for consideration. CARRIED.",
        )
        == "noted"
    )
