"""Forms met first in blind round 124, mended in session 40 after round 124 was scored at first sight on f496c3f (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_a_forms_field_beside_its_number() -> None:
    """Boxes whose large number stands beside the "Who:" / "By when:" fields, the recommendation in the field above
    ("What we recommend: Book a surveyor's inspection …"), answered by a table numbered in another order ("6", "1",
    "3 and 4", "2", "5")."""
    pairs = compare_pair("blind124_en_tenant_scrutiny").pairs
    assert pairs[0].recommendation.text.startswith("Book a surveyor's inspection")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "agrees", "partly", "disagrees", "agrees", "unanswered"]


def test_a_statutory_reply_to_findings_and_recommendations() -> None:
    """A county's reply "R1. The recommendation has been implemented. …" in the advice's order is no list of its own;
    its replies to findings ("F3. The respondent disagrees partially with the finding.") make no findings
    recommendations."""
    pairs = compare_pair("blind124_en_grand_jury").pairs
    assert [p.recommendation.number for p in pairs] == [f"R{k}" for k in range(1, 8)]
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "noted", "agrees", "agrees", "unanswered"]


def test_advising_after_a_subordinate_clause_and_a_topic_paragraph() -> None:
    """A sentence "Gezien de risico's …, raden wij u aan …" advises; a closing "… in het bijzonder stil te staan bij de
    adviezen over …" does not; "Over de sporthal De Koppel en de rioolheffing merken wij het volgende op." opens a
    reply."""
    pairs = compare_pair("blind124_nl_begrotingstoezicht").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("Gezien de risico's")
    assert pairs[4].verdict == "noted"


def test_a_boards_motions_with_their_votes() -> None:
    """Motions "The Board recommends that the City Council …" each with "Moved: … Seconded: … Vote: 6-1. CARRIED.": a
    lost motion ("Vote: 3-4. FAILED.") and a line that orders the others ("… motions 2026-08 and 2026-12 be heard
    first …") are no recommendations; the vote is no part of the text; "Section 6. The request to rename Oak Street
    Park is referred to …" answers by its topic; "The remaining three courts shall stay in use for tennis" keeps a
    part."""
    pairs = compare_pair("blind124_en_parks_board").pairs
    assert len(pairs) == 7
    assert not any("FAILED" in p.recommendation.text or "Moved:" in p.recommendation.text for p in pairs)
    assert [p.verdict for p in pairs] == ["partly", "agrees", "agrees", "noted", "disagrees", "noted", "unanswered"]


def test_a_quoted_object_and_plural_nouns_and_a_sign_off() -> None:
    """An ask like "Replace 'where possible' with a firm target …" opens with its verb however its object is quoted;
    a bold finding "Verzoeken om handhaving blijven gemiddeld 19 weken liggen." asks nothing; a letter's "Met
    vriendelijke groet, …" answers nothing."""
    forum = compare_pair("blind124_en_access_forum").pairs
    assert forum[1].recommendation.text.startswith("Replace 'where possible'")
    assert len(compare_pair("blind124_nl_bezwaarcommissie").pairs) == 7
    assert compare_pair("blind124_nl_ombudsman").pairs[5].reply is None
