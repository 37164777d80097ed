"""Forms met first in blind round 79, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.readings import find_recommendations
from weerwoord.core.analysis.sections import find_replies
from weerwoord.core.reading.reader import read_document

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_codes_with_a_dash_label_improvement_points() -> None:
    """A certification audit's improvement points "VK-01 Bespreek de uitkomsten …" … "VK-07 Onderzoek …": the code
    is the point's label and its number, as the corrective-action form cites them ("VK-02 en VK-06 Registers en
    leveranciers"); a code alone in a table's first cell ("MI-03") stays the row's title."""
    advice = read_document(DOCS / "blind79_nl_certificatieaudit_advice.pdf")
    recs = find_recommendations(advice)
    assert [r.number for r in recs] == [f"VK-0{k}" for k in range(1, 8)]
    assert recs[0].text.startswith("Bespreek de uitkomsten van het klanttevredenheidsonderzoek")
    replies = find_replies(read_document(DOCS / "blind51_en_accredit_response.pdf"))
    assert [r.numbers for r in replies][:2] == [["MI-03"], ["MI-01"]]


def test_an_owners_meetings_numbered_proposals_are_replies() -> None:
    """A VvE technical committee's points "a." … "g." in the margin beside two-line "Wij adviseren …" points are
    each one point; the owners' meeting's minutes answer in "Voorstel 3.1 – Warmtepomp. …" … "Voorstel 3.5 – …", a
    short one too ("Voorstel 3.4 – Laadpunten. De vergadering neemt kennis van het advies over laadpunten."), each
    a reply; the decision's line in bold under one ("Besluit: aangenomen, met een verhoging van 15 procent …") ends
    that reply, it opens no section."""
    advice = read_document(DOCS / "blind79_nl_vve_notulen_advice.pdf")
    points = {b.label: b.text for b in advice.blocks if b.label in ("a.", "b.", "g.")}
    assert points["b."].startswith("Wij adviseren de vervanging") and points["b."].endswith("met bodemlus.")
    replies = find_replies(read_document(DOCS / "blind79_nl_vve_notulen_response.pdf"))
    proposals = [r for r in replies if r.text.startswith("Voorstel 3.")]
    assert [r.text[:12] for r in proposals] == [f"Voorstel 3.{k}" for k in range(1, 6)]
    assert "met een verhoging van 15 procent" in proposals[2].text


def test_a_heading_gives_each_number_its_verdict_in_brackets() -> None:
    """A government response grouped by theme: "Accept (2); Do not accept (5)" over a reply to both gives 2
    "agrees" and 5 "disagrees" (each the label before its number in brackets); "Do not accept" alone is a label."""
    from weerwoord.core.analysis.verdict_labels import heading_verdict

    assert heading_verdict("Accept (2); Do not accept (5)", "en", number="2") == ("agrees", "Accept")
    assert heading_verdict("Accept (2); Do not accept (5)", "en", number="5") == ("disagrees", "Do not accept")
    assert heading_verdict("Aanvaard (1, 3); Niet aanvaard (4)", "nl", number="3") == ("agrees", "Aanvaard")
    assert heading_verdict("Do not accept", "en") == ("disagrees", "Do not accept")
