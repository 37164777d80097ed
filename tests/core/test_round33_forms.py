"""Forms met first in blind round 33 (each test fails on the code before it, unless it guards against a false match).

Numbers set in squares beside their paragraphs, a page with a two-column table lower down; key recommendations that
open with their verb whatever verbs their clauses hold; bold "Het Cft adviseert … (advies 4)" cut by a page break;
a response's "3 Reactie op de adviezen" right over "3.1 Toeristenbelasting"; one section's two paragraphs answering
two recommendations; the minutes of a meeting, its agenda items and its members' questions.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.core.helpers import block as _block
from weerwoord.core.analysis import alignment, by_paragraph, sections, stance, structure, tags
from weerwoord.core.analysis.compare import _paragraph_of_its_own
from weerwoord.core.model import Block, Document, Pair, Recommendation, Reply, TextRun
from weerwoord.core.reading.reader import read_document


def _squares_pdf(path: Path) -> None:
    """Items "4" and "5" a few points below their paragraph's first line, beside two-line paragraphs; lower on the
    page a table of names and roles (two columns of unequal width)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for number, first, second in [
        ("4", "Strengthen overview and scrutiny through a work programme focused on the", "council's priorities."),
        ("5", "Develop a digital and customer access strategy that makes it easier for", "residents to transact."),
    ]:
        page.draw_rect(pymupdf.Rect(72, y - 2, 88, y + 14), color=(1, 0.5, 0), fill=(1, 0.5, 0))
        page.insert_text((77, y + 10), number, fontsize=11, fontname="hebo", color=(1, 1, 1))
        page.insert_text((108, y + 6), first, fontsize=10, fontname="helv")
        page.insert_text((108, y + 20), second, fontsize=10, fontname="helv")
        y += 40
    y += 30
    for name, role in [
        ("Sarah Quennell", "Chief Executive, Ellerby Borough Council (lead peer)"),
        ("Martin Oduya", "Leader, Castlemere District Council (member peer)"),
        ("Jean Harwood", "Deputy Leader, Fenwick Vale Council (member peer)"),
        ("Rhys Atterbury", "Director of Finance, Stanwell Borough Council"),
        ("Nadia Corrigan", "Head of Governance, Westholme City Council"),
    ]:
        page.insert_text((71, y), name, fontsize=9, fontname="helv")
        page.insert_text((227, y), role, fontsize=9, fontname="helv")
        y += 15
    doc.save(path)


def test_a_number_in_a_square_beside_its_paragraph_labels_it(tmp_path: Path) -> None:
    path = tmp_path / "squares.pdf"
    _squares_pdf(path)
    texts = [f"{b.label} {b.text}".strip() for b in read_document(path).blocks]
    assert any(t.startswith("4") and "Strengthen overview" in t and "priorities" in t for t in texts), texts


def test_a_recommendation_opening_with_its_verb_is_no_conclusion() -> None:
    items = [
        structure._Candidate(str(k), [_block("item", text, label=f"{k}.")], k)
        for k, text in enumerate(
            [
                "Set out a realistic plan to close the budget gap; the council should stop relying on reserves.",
                "Refresh the Council Plan so that it has a small number of clear, measurable priorities.",
                "Review the future of the leisure company, including whether the council should own it.",
                "The council has a good track record of delivering its budget on time.",
            ],
            start=1,
        )
    ]
    kept = [c.number for c in structure._without_conclusions(items)]
    assert kept == ["1", "2", "3"]


def test_a_tag_at_the_end_after_a_page_break_and_in_dutch() -> None:
    blocks = [
        _block("paragraph", "Het Cft adviseert de raming van de toeristenbelasting te verlagen. (advies 1)", bold=True),
        _block("paragraph", "Het Cft adviseert een meerjarig onderhoudsplan voor de wegen op te stellen. (advies 2)"),
        _block(
            "paragraph", "Het Cft adviseert de staatssecretaris om te onderzoeken of het onderhoud met een bijdrage"
        ),
        _block("heading", "uit de rijksbegroting kan worden ingelopen. (advies 3)", bold=True),
    ]
    found = tags.tagged(blocks)
    assert [c.number for c in found] == ["1", "2", "3"]
    assert found[2].blocks[0].text.startswith("Het Cft adviseert de staatssecretaris")


def test_a_chapter_heading_right_over_its_first_section_is_no_list() -> None:
    blocks = [
        _block("heading", "2 Kern"),
        _block("paragraph", "Het bestuurscollege is het Cft erkentelijk voor het heldere advies over de begroting."),
        _block("heading", "3 Reactie op de adviezen"),
        _block("heading", "3.1 Toeristenbelasting"),
        _block("paragraph", "Het bestuurscollege heeft dit advies gewogen, maar handhaaft de raming van de belasting."),
        _block("heading", "3.2 Loonkosten"),
        _block("paragraph", "Wij delen de opvatting dat structurele lasten structureel gedekt moeten zijn, en dekken."),
        _block("heading", "4 Financiële gevolgen"),
        _block("paragraph", "De nota van wijziging heeft de volgende gevolgen voor de begroting van het jaar 2027."),
    ]
    doc = _document(blocks)
    headings = [r.heading for r in sections.find_replies(doc)]
    assert "3.1 Toeristenbelasting" in headings and "3.2 Loonkosten" in headings


def test_a_section_numbered_as_its_neighbours_may_answer_by_content() -> None:
    a = Reply("r1", "3.4 Onderhoud van wegen", TextRun("x", []))
    b = Reply("r2", "3.5 Bijdrage van het Rijk", TextRun("y", []))
    c = Reply("r3", "4 Financiële gevolgen", TextRun("z", []))
    assert alignment._sibling(b, a)
    assert not alignment._sibling(c, b)


def test_two_paragraphs_of_one_section_answer_two_recommendations() -> None:
    subsidies = Recommendation(
        "5",
        False,
        TextRun("Werk de achterstand in de vaststelling van de subsidies over 2022 tot en met 2025 weg.", []),
    )
    system = Recommendation(
        "6", False, TextRun("Stel de overgang op het nieuwe financiële systeem uit tot 1 juli 2027.", [])
    )
    reply = Reply(
        "r3",
        "3.3 Financieel beheer",
        TextRun(
            "De achterstand bij de subsidies had al onze aandacht. Sinds mei 2026 werkt een team de openstaande "
            "subsidies over 2022 tot en met 2025 af.\n\nHet advies over het nieuwe financiële systeem nemen wij deels "
            "over: de overgang op het systeem gaat deels door op 1 januari 2027.",
            [],
        ),
    )
    pairs = [
        Pair(subsidies, None, "content", 0.0, "unanswered", ""),
        Pair(system, reply, "content", 0.5, "partly", ""),
    ]
    _paragraph_of_its_own(pairs)
    assert pairs[0].reply is reply


def test_keeping_the_estimate_refuses() -> None:
    rec = "Verlaag de raming van de toeristenbelasting tot de realisatie over 2025."
    reply = "Het bestuurscollege heeft dit advies zorgvuldig gewogen, maar handhaaft de raming van USD 9,6 miljoen."
    marks = stance.find_marks(TextRun(reply, []), "nl", rec)
    assert stance.verdict(marks, reply, "nl", rec)[0] == "disagrees"


def test_a_meetings_agenda_items_are_not_numbered_as_the_advice() -> None:
    recs = [
        Recommendation(str(k), True, TextRun(text, []))
        for k, text in enumerate(
            [
                "Stel een kwaliteitssysteem voor het informatiebeheer vast en laat het jaarlijks toetsen.",
                "Leg in het nieuwe zaaksysteem voor elk zaaktype de bewaartermijn vast.",
                "Breng de archiefruimte op orde met een nieuwe klimaatinstallatie.",
            ],
            start=1,
        )
    ]
    replies = [
        Reply(
            "r1",
            "1. Opening en vaststelling van de agenda",
            TextRun("De voorzitter opent de vergadering.", []),
            label="1",
        ),
        Reply(
            "r2", "2. Mededelingen", TextRun("Wethouder meldt de overgang naar het nieuwe zaaksysteem.", []), label="2"
        ),
        Reply("r3", "3. Rondvraag", TextRun("De heer Mulder vraagt naar de parkeerautomaten.", []), label="3"),
    ]
    pairs, _ = alignment.align(recs, replies)
    assert all(p.link != "number" for p in pairs)


def test_a_members_question_in_the_minutes_is_no_reply() -> None:
    blocks = [
        _block(
            "paragraph",
            "De heer Oldenhof (CDA) vraagt naar de 340 meter archief die nog moet worden geschoond "
            "en naar de luchtvochtigheid in de archiefruimte.",
        ),
        _block(
            "paragraph",
            "Over de archiefruimte is de wethouder het niet met de archivaris eens. Een nieuwe "
            "klimaatinstallatie kost volgens de raming ruim 400.000 euro.",
        ),
    ]
    replies = by_paragraph.paragraph_replies(_document(blocks))
    assert [r.text[:20] for r in replies] == ["Over de archiefruimt"]


def test_a_roman_numeral_leading_a_heading_is_its_label() -> None:
    assert sections._heading_of(_block("heading", "IV Ouderbetrokkenheid"))[2] == "IV"
    assert sections._heading_of(_block("heading", "In het kort"))[2] == ""


def _document(blocks: list[Block]) -> Document:
    return Document("x.pdf", "", "", 1, "nl", [(595.0, 842.0)], blocks, [], [], 9.5)


MINUTE = (
    "Dementia training. Extending Tier 2 dementia training to every member of staff, including temporary staff, "
    "could not be delivered. Tier 2 will instead be required for all registered nurses employed on the ward.\n\n"
    "Call bells (recommendation 2). A check that every call bell works and is within reach has been added to the "
    "safety huddle checklist for each shift. The Committee accepted the recommendation, which is now in place.\n\n"
    "Visiting. The Committee noted that open visiting has been Trust policy since 2022 and that the sign giving "
    "visiting hours was out of date. The sign was replaced on 20 February 2026."
)
BELLS = "Check call bells on every shift and make sure each patient has a working call bell within reach."
TRAINING = (
    "Ensure that all staff working on the ward, including bank and agency staff, complete Tier 2 dementia training."
)
VISITING = "Make sure the visiting hours shown on the ward sign match the Trust's open visiting policy."


def test_paragraphs_naming_none_go_to_those_named_nowhere_by_content() -> None:
    from weerwoord.core.analysis import parts

    mine = parts.own_parts(MINUTE, "2", ["3", "4"], BELLS, [TRAINING, VISITING])
    training = parts.own_parts(MINUTE, "3", ["2", "4"], TRAINING, [BELLS, VISITING])
    assert [MINUTE[a:b][:10] for a, b in mine] == ["Call bells"]
    assert [MINUTE[a:b][:10] for a, b in training] == ["Dementia t"]


def test_a_shared_reply_is_judged_on_the_marks_in_its_own_part() -> None:
    from weerwoord.core.analysis.compare import judge

    reply = Reply("r1", "SP - March 2027", TextRun(MINUTE, []))
    pairs = [
        Pair(Recommendation(n, True, TextRun(t, [])), reply, "content", 0.5, "noted", "")
        for n, t in (("2", BELLS), ("3", TRAINING), ("4", VISITING))
    ]
    judge(pairs[0], "en", pairs[1:])
    assert pairs[0].verdict == "agrees", pairs[0].reason  # not "partly" for the training's "instead"


def test_a_sentence_naming_both_is_both_of_theirs() -> None:
    from weerwoord.core.analysis import parts

    text = (
        "Section 2. Consent Agenda and Superintendent Evaluation. The Board adopts Recommendations M-1 and S-1. "
        "Beginning on April 14, 2026, the Superintendent shall place routine items on a consent calendar. The Board "
        "President shall bring a written evaluation procedure for the Superintendent to the Board by June 9, 2026."
    )
    spans = parts.own_parts(
        text,
        "M-1",
        ["S-1"],
        "Use a consent agenda for routine items such as warrants and field trips.",
        ["Adopt a written process and calendar for the superintendent's annual evaluation."],
    )
    assert any("adopts Recommendations M-1 and S-1" in text[a:b] for a, b in spans)
