"""Forms met first in blind round 69, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_numbers_of_the_response_own_are_no_places_of_unnumbered_bullets() -> None:
    """A World Heritage mission lists its seven recommendations as bullets without numbers; the State of Conservation
    report answers the Committee's decision "Paragraph 4" … "Paragraph 9", which cites numbers the seven bullets cannot
    have: its numbers are its own, and each bullet is linked where the content agrees ("Paragraph 4" answers the
    third bullet, the crossing's design). "paragraph 172" names no paragraph 17."""
    from weerwoord.core.analysis.section_refs import refs_in_opening

    assert refs_in_opening("In conformity with paragraph 172 of the Operational Guidelines, describe …") == []
    assert refs_in_opening("Recommendations 3 and 11. Agreed.") == ["3", "11"]
    result = compare(DOCS / "blind69_en_whc_advice.pdf", DOCS / "blind69_en_whc_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert not any(p.recommendation.numbered for p in result.pairs)
    # (the heading, with the decision's words it quotes before "Response of the State Party:" since round 90)
    assert by["3"].reply is not None and (by["3"].reply.heading or "").startswith("Paragraph 4")
    assert by["1"].reply is not None and (by["1"].reply.heading or "").startswith("Paragraph 5")
    assert by["7"].reply is None


def test_remarks_numbered_in_belgian_ordinals_are_named_and_answered() -> None:
    """A Flemish budget inspectorate's advice ends with remarks 1° to 7°; the note to the government answers them in
    paragraphs run in "Opmerking 2° (verdeelsleutel). …", "Opmerkingen 4° en 5° (…)", with "Deze opmerking wordt niet
    gevolgd" and "Een bijkomende controle ter plaatse wordt niet ingebouwd" (the Dutch present passive states a
    decision: a refusal)."""
    from weerwoord.core.analysis.naming import REPLY_REF
    from weerwoord.core.analysis.table_replies import numbers_in

    m = REPLY_REF.match("Opmerkingen 4° en 5° (uitbetaling en controle). Artikel 12 voorziet nu in …")
    assert m is not None and numbers_in(m.group(1)) == ["4", "5"]
    assert REPLY_REF.match("Opmerking over de begroting. …") is None
    result = compare(DOCS / "blind69_nl_inspfin_advice.pdf", DOCS / "blind69_nl_inspfin_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert all(by[n].reply is not None and by[n].reply.text.startswith("Opmerking") for n in "124567")
    assert by["3"].reply is None
    assert [by[n].verdict for n in "1457"] == ["agrees", "agrees", "disagrees", "disagrees"]
