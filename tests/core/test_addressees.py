"""Recommendations under lines that say whom they ask ("Aan schoolbesturen", "Aan de minister van OCW"), answered
by the minister as "De eerste aanbeveling aan mij" (the first of those addressed to the government, not the first
of all) and as "drie aanbevelingen aan schoolbesturen" (all of that group); and a letter's reference repeated at
the top of its second page, which does not cut the paragraph that runs on there."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.core.pdfmaker import Pdf
from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading import reader


def _advice(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Rekenen in het voortgezet onderwijs", 16)
    pdf.heading("4 Aanbevelingen", 14)
    pdf.paragraph("Op grond van dit onderzoek doet de inspectie de volgende aanbevelingen.")
    pdf.heading("Aan schoolbesturen", 11)
    pdf.paragraph("Zorg dat iedere school een rekenbeleid heeft met afspraken over alle vakken heen.", label="–")
    pdf.paragraph("Geef rekendocenten vaste tijd om samen lessen voor te bereiden en te bespreken.", label="–")
    pdf.heading("Aan de minister van Onderwijs, Cultuur en Wetenschap", 11)
    pdf.paragraph("Neem in de herziene kerndoelen concrete rekendoelen op voor de onderbouw.", label="–")
    pdf.paragraph("Stel structureel middelen beschikbaar voor bijscholing van rekendocenten.", label="–")
    return pdf.save(path)


def _response(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Beleidsreactie op het rapport Rekenen in het voortgezet onderwijs", 14)
    pdf.heading("Aanbevelingen aan schoolbesturen", 12)
    pdf.paragraph(
        "De inspectie doet twee aanbevelingen aan schoolbesturen: over rekenbeleid en over tijd voor docenten. "
        "Ik onderschrijf deze aanbevelingen volledig en verwacht van besturen dat zij ermee aan de slag gaan."
    )
    pdf.heading("Aanbevelingen aan mij", 12)
    pdf.paragraph(
        "De tweede aanbeveling aan mij gaat over bijscholing. Structurele middelen voor bijscholing kan ik binnen "
        "de huidige begroting niet vrijmaken."
    )
    pdf.paragraph(
        "De eerste aanbeveling aan mij betreft de kerndoelen. De herziening van de kerndoelen is reeds in gang "
        "gezet; de concepten bevatten al rekendoelen voor de onderbouw."
    )
    return pdf.save(path)


def test_ordinals_among_those_addressed_to_me_and_a_group_by_its_addressee(tmp_path: Path) -> None:
    result = compare(_advice(tmp_path / "advies.pdf"), _response(tmp_path / "reactie.pdf"))
    got = {p.number: (p.verdict, p.reply.run.text if p.reply else "") for p in result.pairs}
    assert "kerndoelen is reeds in gang" in got["3"][1] and got["3"][0] == "agrees", got
    assert "bijscholing kan ik" in got["4"][1] and got["4"][0] == "disagrees", got
    assert got["1"][0] == got["2"][0] == "agrees", got
    assert not result.warnings, result.warnings  # "@schoolbesturen" is no number the advice lacks


def test_a_letters_reference_at_the_top_of_page_two_does_not_cut_the_paragraph(tmp_path: Path) -> None:
    doc = pymupdf.open()
    first = doc.new_page()
    first.insert_text((72, 80), "Geachte Voorzitter,", fontsize=11)
    first.insert_text((72, 770), "Het programma De Bibliotheek op school wordt daarom met twee jaar", fontsize=11)
    second = doc.new_page()
    second.insert_text((400, 40), "Ons kenmerk 52819604", fontsize=8)
    second.insert_text((72, 90), "verlengd en uitgebreid naar zeshonderd extra scholen in het hele land.", fontsize=11)
    doc.save(tmp_path / "brief.pdf")
    texts = [b.text for b in reader.read_document(tmp_path / "brief.pdf").blocks]
    assert not any("Ons kenmerk" in t for t in texts), texts
    assert any("met twee jaar verlengd en uitgebreid" in t for t in texts), texts


def test_learning_recommendations_and_one_the_response_never_names(tmp_path: Path) -> None:
    """ "Learning recommendation N (Eastshire Police)" labels; a reply that names 1 to 4 by number, section by
    section, never names the fifth (made to another body): it stays unanswered, though it shares words with 1."""
    advice = Pdf()
    advice.heading("Learning report 2025/0417", 16)
    advice.heading("4. Learning recommendations", 14)
    texts = [
        "The IOPC recommends that Eastshire Police ensures that every custody officer records a rousing plan.",
        "The IOPC recommends that Eastshire Police introduces a handover at the cell door at every shift change.",
        "The IOPC recommends that Eastshire Police reviews its liaison and diversion service at night.",
        "The IOPC recommends that Eastshire Police amends its control room policy on intoxicated callers.",
        "The IOPC recommends that the College of Policing reviews its guidance so that every custody officer "
        "records a rousing plan.",
    ]
    for n, text in enumerate(texts, start=1):
        body = "College of Policing" if n == 5 else "Eastshire Police"
        advice.heading(f"Learning recommendation {n} ({body})", 11)
        advice.paragraph(text)
    response = Pdf()
    response.heading("Eastshire Police response to the learning recommendations", 14)
    replies = [
        "Accepted. Since October every custody officer must complete the rousing plan fields before detention.",
        "Accepted. A cell-door handover was introduced in all three custody suites in February.",
        "Accepted in principle, subject to funding being agreed by the integrated care board.",
        "Not accepted. The force considers the current grading arrangements sufficient.",
    ]
    for n, text in enumerate(replies, start=1):
        response.heading(f"Recommendation {n}", 11)
        response.paragraph(text)
    result = compare(advice.save(tmp_path / "a.pdf"), response.save(tmp_path / "r.pdf"))
    got = {p.number: p for p in result.pairs}
    assert sorted(got) == ["1", "2", "3", "4", "5"], sorted(got)
    assert got["5"].reply is None, got["5"].reply
    assert [got[n].verdict for n in "1234"] == ["agrees", "agrees", "partly", "disagrees"]


def test_an_items_number_at_the_top_of_a_page_is_no_page_number(tmp_path: Path) -> None:
    """ "2" at the top of page two, with its text on the same baseline a hanging indent away, numbers an item of a
    list that runs over the page break; the page numbers at the foot of the pages are furniture."""
    doc = pymupdf.open()
    items = [
        ("1", "Stel een landelijk kader vast voor de inzet van elektronische monitoring bij verlof."),
        ("2", "Regel een wettelijke grondslag voor het delen van locatiegegevens met de politie."),
        ("3", "Zorg dat de meldkamer dag en nacht bezet is met ten minste twee medewerkers."),
    ]
    for page_no, chunk in ((1, items[:1]), (2, items[1:])):
        page = doc.new_page()
        page.insert_text((65, 800), str(page_no), fontsize=9)  # the page number in the foot
        y = 700 if page_no == 1 else 78
        if page_no == 1:
            page.insert_text((65, 660), "Aanbevelingen", fontsize=13)
        for label, text in chunk:
            page.insert_text((65, y), label, fontsize=10)
            page.insert_text((102, y), text, fontsize=10)
            y += 40
    doc.save(tmp_path / "a.pdf")
    labelled = [(b.label, b.text[:5]) for b in reader.read_document(tmp_path / "a.pdf").blocks if b.label]
    assert ("2.", "Regel") in labelled or ("2", "Regel") in labelled, labelled
