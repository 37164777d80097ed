"""Forms met first in blind round 70 (and mends it led to), mended after the round was scored at first sight (each
test fails on the code before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_part_headed_by_the_advice_cut_in_paragraphs_beside_the_other_sections() -> None:
    """A circular's "5.2 Advies van de Raad voor de financiële verhoudingen" answers the advice a run-in paragraph a
    topic ("Evaluatie en verantwoording. …"), while 5.1 and 5.3 stand as sections of their own: the part's paragraphs
    are weighed beside the other sections (not only on their own), and the question the Raad asks ("Is het … wel
    nodig …?") is found and answered there."""
    from weerwoord.core.analysis import by_paragraph
    from weerwoord.core.analysis.sections import find_replies
    from weerwoord.core.reading import reader

    response = reader.read_document(DOCS / "blind38_nl_rfv_response.pdf")
    replies = find_replies(response)
    among = by_paragraph.advice_part_among(response, replies)
    assert len(among) > len(replies)
    assert any((r.heading or "").startswith("5.3") for r in among)
    lines = [r.run.pieces[0].line for r in among if r.run.pieces]
    assert lines == sorted(lines)
    result = compare(DOCS / "blind38_nl_rfv_advice.pdf", DOCS / "blind38_nl_rfv_response.pdf")
    asked = next(p for p in result.pairs if p.recommendation.text.startswith("Is het, gelet op de bestedingsvrijheid"))
    assert asked.reply is not None and asked.reply.text.startswith("Evaluatie en verantwoording.")


def test_a_paragraphs_run_in_label_weighs_as_a_title() -> None:
    """The zone council's minutes answer the inspection paragraph by paragraph, each opening with a run-in label
    ("Ademluchttoestellen. De vervanging van de 84 oudste toestellen wordt gespreid …"): the label counts twice in the
    likeness, as a section's heading counts more, and the recommendation on the breathing apparatus is linked to it."""
    from weerwoord.core.analysis.likeness import similarity_matrix
    from weerwoord.core.model import Recommendation, Reply, TextRun

    rec = Recommendation("1", True, TextRun("De zone vervangt alle ademluchttoestellen die ouder zijn dan 15 jaar."))
    other = Recommendation("2", True, TextRun("De zone organiseert een oefening en vervangt de toestellen."))
    labelled = Reply("p1", None, TextRun("Ademluchttoestellen. De vervanging wordt gespreid over 2027 en 2028."))
    plain = Reply("p2", None, TextRun("De vervanging wordt gespreid over 2027 en 2028."))
    sims = similarity_matrix([rec, other], [labelled, plain])
    assert sims[0][0] > sims[0][1]
    result = compare(DOCS / "blind70_nl_zoneraad_advice.pdf", DOCS / "blind70_nl_zoneraad_response.pdf")
    rec3 = next(p for p in result.pairs if p.recommendation.text.startswith("De zone vervangt alle ademlucht"))
    assert rec3.reply is not None and rec3.reply.text.startswith("Ademluchttoestellen.")


def test_the_members_questions_in_a_committee_report_answer_nothing() -> None:
    """A Chamber committee's report sets the members' questions apart ("A. Vragen en opmerkingen van de leden":
    "… vraagt of de minister ingaat op het verzoek van de Raad …") from the minister's answers ("B. Antwoorden van de
    minister"): the questions repeat what was advised and answer nothing."""
    from weerwoord.core.analysis.naming import says_nothing

    assert says_nothing("ALGEMENE BESPREKING — A. Vragen en opmerkingen van de leden", "Mevrouw N. vraagt of …")
    assert says_nothing("Questions from members", "Ms Patel asked whether the Minister would …")
    assert not says_nothing("B. Antwoorden van de minister", "De minister bevestigt dat …")
    result = compare(DOCS / "blind70_nl_verbruik_advice.pdf", DOCS / "blind70_nl_verbruik_response.pdf")
    assert all(p.reply is None or "Vragen en opmerkingen" not in (p.reply.heading or "") for p in result.pairs)
    rec6 = next(p for p in result.pairs if p.recommendation.text.startswith("De Raad beveelt aan de Economische"))
    assert rec6.reply is not None and (rec6.reply.heading or "").startswith("B. Antwoorden")
