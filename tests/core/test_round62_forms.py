"""Forms met first in blind round 62, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_supervisory_committees_chapter_v_items_and_a_ministers_enclosure_table() -> None:
    """Vast Comité I heads each recommendation "V.1.1. Een richtlijn voor …" over the sentence "Het (Vast) Comité
    (I) beveelt aan …"; the minister's enclosure table names them in its first cell with a title ("V.1.2 en V.3.1
    Fictieve profielen") and gives each its own status where a row answers two ("V.1.2: aanvaard V.3.1:
    gedeeltelijk aanvaard"). The recommendation's text is its sentence, not the title; V.2.2 has no row."""
    from weerwoord.core.analysis.recommending import RECOMMENDING_AT
    from weerwoord.core.analysis.table_replies import _row_numbers
    from weerwoord.core.analysis.verdict_labels import own_status

    assert RECOMMENDING_AT.match("Het Vast Comité I beveelt aan dat de ADIV een richtlijn uitvaardigt.")
    assert _row_numbers("V.1.2 en V.3.1 Fictieve profielen") == ["V.1.2", "V.3.1"]
    assert _row_numbers("2.1 Governance and accountability") == []  # (an Arabic section number is no code)
    assert own_status("V.1.2: aanvaard V.3.1: gedeeltelijk aanvaard\n\nVanaf 1 september …", "nl", "V.3.1") == (
        "partly",
        "gedeeltelijk aanvaard",
    )
    result = compare(DOCS / "blind62_nl_comitei_advice.pdf", DOCS / "blind62_nl_comitei_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["V.1.1", "V.1.2", "V.1.3", "V.2.1", "V.2.2", "V.3.1", "V.3.2"]
    assert by["V.1.1"].recommendation.text.startswith("Het Vast Comité I beveelt aan dat de ADIV")
    assert [by[n].verdict for n in ("V.1.2", "V.3.1", "V.1.3", "V.2.2")] == [
        "agrees",
        "partly",
        "disagrees",
        "unanswered",
    ]
