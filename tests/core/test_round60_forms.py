"""Forms met first in blind round 60, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_judgments_of_need_in_a_table_beside_conclusions_are_the_recommendations() -> None:
    """An accident investigation board's table pairs each conclusion "CON 1: RES did not identify …" with its
    judgment of need "JON 1: RES needs to revise …". The JONs, a label of the document's own numbered 1 to 7 over
    texts that state a need, are the recommendations (the CONs state findings); the contractor's letter answers
    them by "(JON 3)" and "(JONs 2 and 5)"."""
    result = compare(DOCS / "blind60_en_doe_aib_advice.pdf", DOCS / "blind60_en_doe_aib_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == [str(n) for n in range(1, 8)]
    assert by["1"].recommendation.text.startswith("RES needs to revise its work planning")
    assert by["7"].recommendation.text.startswith("CRFO needs to include subcontractor work")
    replies = {n: (p.reply.text if p.reply else "") for n, p in by.items()}
    assert replies["3"].startswith("Work at heights (JON 3).")
    assert replies["2"] == replies["5"] and replies["2"].startswith("Operators and briefings (JONs 2 and 5).")
    assert by["7"].reply is None


def test_a_need_stated_asks_but_a_need_to_be_noted_does_not() -> None:
    from weerwoord.core.analysis.tags import NEEDING

    assert NEEDING.search("RES needs to revise its work planning and control procedure")
    assert not NEEDING.search("It needs to be noted that the lift was inspected.")


def test_a_proposal_for_a_decision_announces_its_points() -> None:
    """A permit officer's report closes "De provinciale omgevingsambtenaar stelt de deputatie voor:" and the points
    1° to 7°: announced points, numbered by their labels (the first decision's conditions before them, told in the
    past, announce none: see the test below; lists under two lead-ins that each number their points anew are
    offered apart, see round 62's treaty body)."""
    from weerwoord.core.analysis import announced, readings
    from weerwoord.core.reading import reader

    lead = "Het beroep is gegrond. De provinciale omgevingsambtenaar stelt de deputatie voor:"
    assert announced.ANNOUNCING.search(lead)
    assert not announced.ANNOUNCING.search("De omgevingsambtenaar stelt voor de loods te bouwen.")
    # (a summary's "In short, we propose:" over its themes is no list of recommendations)
    assert not announced.ANNOUNCING.search("In short, we propose:")
    doc = reader.read_document(DOCS / "blind60_nl_deputatie_advice.pdf")
    found = {len(r.items): r for r in readings.recommendation_readings(doc) if r.kind == "announced"}
    seven = found[7]
    assert [c.number for c in seven.items] == [str(n) for n in range(1, 8)]
    assert readings.build(seven, doc)[0].text.startswith("de omgevingsvergunning te verlenen voor de loods")


def test_lists_under_several_lead_ins_stay_one_reading_when_their_numbering_runs_on() -> None:
    from weerwoord.core.model import Block, TextRun

    def block(text: str, kind: str = "paragraph", label: str = "") -> Block:
        return Block(kind, TextRun(text, ()), label=label)  # type: ignore[arg-type]  # (kind: a plain str)

    blocks = [
        block("The Commission makes the following key recommendations:"),
        block("to provide that half of the members are judges elected by their peers;", "item", "1."),
        block("to require a qualified majority of three fifths in Parliament;", "item", "2."),
        block("The Commission further recommends:"),
        block("to define the disciplinary offences in Article 41 with sufficient precision;", "item", "3."),
        block("to give the Council a separate budget line in the State budget.", "item", "4."),
    ]
    from weerwoord.core.analysis import announced

    assert [c.number for c in announced.announced_points(blocks)] == ["1", "2", "3", "4"]
    assert announced.announced_lists(blocks, announced.announced_points(blocks)) == []


def test_a_letter_without_headings_answers_roman_numbered_recommendations_in_paragraphs_that_name_them() -> None:
    """A minister's letter to the NCad has no headings: its paragraphs open "Uw aanbevelingen II en III gaan over
    …", "Aanbeveling VI vraagt om …", "Wat betreft de eerste aanbeveling: …", "Advies V neem ik over." Each such
    paragraph is the reply to those it names, also by Roman numerals and after "Uw"."""
    from weerwoord.core.analysis.section_refs import explicit_ref
    from weerwoord.core.model import Block, TextRun

    long = " De CCD bouwt op mijn verzoek een landelijke databank waarin alle samenvattingen" * 4
    assert explicit_ref(Block("paragraph", TextRun("Uw aanbevelingen II en III gaan over de publicatie." + long, ())))
    assert explicit_ref(Block("paragraph", TextRun("Aanbeveling VI vraagt om een meldplicht." + long, ()))) == ["VI"]
    result = compare(DOCS / "blind60_nl_ncad_advice.pdf", DOCS / "blind60_nl_ncad_response.pdf")
    by = {p.number: p for p in result.pairs}
    replies = {n: (p.reply.text if p.reply else "") for n, p in by.items()}
    assert replies["II"].startswith("Uw aanbevelingen II en III") and replies["III"] == replies["II"]
    assert replies["VI"].startswith("Aanbeveling VI vraagt") and by["IV"].reply is None


def test_advising_on_a_draft_is_a_mandate_unless_the_sentence_ends_by_asking_a_deed() -> None:
    """ "De Raad adviseert over wetsvoorstellen en ontwerpbesluiten." says what the council advises on; "De Raad
    adviseert over het ontwerp alsnog het advies van de Sociaal Economische Raad in te winnen." asks for a deed (its
    "te" and verb close the sentence): a recommendation (the Raad van Advies van Curaçao's 2.4)."""
    from weerwoord.core.analysis.recommending import MANDATE, RECOMMENDING_AT

    mandate = "De Raad adviseert over wetsvoorstellen en ontwerpbesluiten van de regering."
    asked = "De Raad adviseert over het ontwerp alsnog het advies van de Sociaal Economische Raad in te winnen."
    for text, is_mandate in ((mandate, True), (asked, False)):
        m = RECOMMENDING_AT.match(text)
        assert m is not None and bool(MANDATE.match(text, m.end())) is is_mandate
    result = compare(DOCS / "blind60_nl_rvacur_advice.pdf", DOCS / "blind60_nl_rvacur_response.pdf")
    assert any(p.recommendation.text.startswith("De Raad adviseert over het ontwerp alsnog") for p in result.pairs)


def test_conditions_another_body_decided_before_are_not_announced_as_recommendations() -> None:
    """The permit officer repeats the first decision's conditions, "Het college verleende de vergunning onder de
    volgende voorwaarden:" 1.-3., before proposing "stelt de deputatie voor:" 1°-7°: a decision told in the past
    announces no recommendations; the seven proposals are the advice's."""
    from weerwoord.core.analysis import announced
    from weerwoord.core.model import Block, TextRun

    told = Block("paragraph", TextRun("Het college verleende de vergunning onder de volgende voorwaarden:", ()))
    asked = Block("paragraph", TextRun("De Raad geeft een gunstig advies onder de volgende voorwaarden:", ()))
    assert not announced.announcing(told) and announced.announcing(asked)
    result = compare(DOCS / "blind60_nl_deputatie_advice.pdf", DOCS / "blind60_nl_deputatie_response.pdf")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    assert result.pairs[0].recommendation.text.startswith("de omgevingsvergunning te verlenen voor de loods")
