"""Forms met first in blind round 66, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

from .helpers import block

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_courts_reply_quotes_each_coded_recommendation_and_states_its_position() -> None:
    """A court answers the Hoge Raad voor de Justitie under "Aanbeveling R4 - centraal onthaalpunt" (a code of a
    letter and a number, named singly: "r4", not "4"), quotes the recommendation, and gives "Standpunt: aanvaard";
    one block answers "Aanbevelingen R6 en R7" with "Standpunt: R6 aanvaard - R7 niet aanvaard"."""
    from weerwoord.core.analysis.naming import RESPONSE_MARKER
    from weerwoord.core.analysis.section_refs import explicit_ref
    from weerwoord.core.analysis.table_replies import numbers_in
    from weerwoord.core.analysis.verdict_labels import own_status

    assert explicit_ref(block("heading", "Aanbeveling R4 - centraal onthaalpunt")) == ["r4"]
    assert explicit_ref(block("heading", "Aanbevelingen R6 en R7 - klachtenbehandeling")) == ["r6", "r7"]
    assert numbers_in("R4") == ["r4"]
    assert numbers_in("4 en 5") == ["4", "5"]
    assert RESPONSE_MARKER.match("Standpunt: gedeeltelijk aanvaard")
    assert own_status("R6 aanvaard - R7 niet aanvaard\nEen klachtenreglement …", "nl", "R7") == (
        "disagrees",
        "niet aanvaard",
    )
    result = compare(DOCS / "blind66_nl_hrj_advice.pdf", DOCS / "blind66_nl_hrj_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert [by[n].verdict for n in ("R4", "R1", "R6", "R7", "R2", "R5", "R3")] == [
        "agrees",
        "partly",
        "agrees",
        "disagrees",
        "noted",
        "partly",
        "unanswered",
    ]


def test_written_questions_answered_in_paragraphs_that_open_with_their_number() -> None:
    """The Aanhangsel van de Handelingen prints "Vraag 4 Bent u bereid …?" and "Antwoord 4 Het advies om …" as
    paragraphs with the number run in: each answer is a reply headed by its question (none was read at all)."""
    from weerwoord.core.analysis import sections
    from weerwoord.core.reading import reader

    doc = reader.read_document(DOCS / "blind66_nl_ags_response.pdf")
    replies = sections.find_replies(doc)
    assert len(replies) == 8
    assert (replies[3].heading or "").startswith("Vraag 4 Bent u bereid buurtbatterijen vergunningplichtig")
    assert replies[3].text.startswith("Het advies om een landelijk register in te richten neem ik over.")
    result = compare(DOCS / "blind66_nl_ags_advice.pdf", DOCS / "blind66_nl_ags_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["7"].reply is not None and "voorlichtingscampagne" in by["7"].reply.text
    assert by["4"].reply is not None and "PGS-beheerteam" in by["4"].reply.text
