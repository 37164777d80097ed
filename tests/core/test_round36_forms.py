"""Forms met first in blind round 36 (each test fails on the code before it, unless it guards against a false match).

A memo whose subject titles are set in small capitals half a point smaller than its text, a report that recommends
"We further recommend …" and "Finally, we recommend …", and a report to council answering in numbered paragraphs
"3.1"–"3.7" of which some are short.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pymupdf

from tests.core.helpers import block as _block
from weerwoord.core.analysis import by_paragraph, recommending, section_refs
from weerwoord.core.model import Document
from weerwoord.core.reading.reader import read_document


def _titles_pdf(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 90.0
    body = [
        "The Department concurs. A new General Order on foot pursuits has been drafted with the Commission's",
        "wording on location broadcasts and a rule that partners stay together. It takes effect on July 1.",
    ]
    for title in ("Foot pursuit policy", "Training"):
        page.insert_text((74, y), title, fontsize=10.5, fontname="tiro")
        y += 14
        for line in body:
            page.insert_text((74, y), line, fontsize=11, fontname="tiro")
            y += 13.5
        y += 8
    doc.save(path)


def test_a_short_title_half_a_point_smaller_over_its_paragraph_is_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "titles.pdf"
    _titles_pdf(path)
    blocks = read_document(path).blocks
    assert [(b.kind, b.text[:19]) for b in blocks] == [
        ("heading", "Foot pursuit policy"),
        ("paragraph", "The Department conc"),
        ("heading", "Training"),
        ("paragraph", "The Department conc"),
    ], [(b.kind, b.text[:30]) for b in blocks]


def test_recommending_after_a_connective_or_with_further() -> None:
    text = (
        "We further recommend that every pursuit be reviewed within 72 hours. The Commission also recommends that "
        "the Department publish an annual report. Finally, we recommend that the City fund a pilot."
    )
    assert len(recommending.recommending_sentences_in(text)) == 3
    assert not recommending.recommending_sentences_in("Finally, the Commission thanks the officers who took part.")


def test_a_short_paragraph_numbered_its_own_way_is_a_reply_of_its_own() -> None:
    blocks = [
        _block(
            "paragraph",
            "3.1 Group Leaders support increasing the Leader's allowance to 2.5 times the Basic "
            "Allowance, given the Leader's regional roles, and do not support the rise for Cabinet members.",
        ),
        _block("paragraph", "3.2 The one-allowance rule is already in paragraph 9.2 of the existing Scheme."),
        _block("paragraph", "and is carried forward unchanged."),
    ]
    doc = Document("r.pdf", "", "", 1, "en", [(595.0, 842.0)], blocks)
    replies = by_paragraph.paragraph_replies(doc)
    assert [r.run.text[:3] for r in replies] == ["3.1", "3.2"]


def test_we_advise_in_dutch_opens_a_recommending_sentence() -> None:
    text = (
        "Meedoen begint bij meebeslissen. Wij adviseren het algemeen bestuur om het Jeugdwaterschap een vaste plek "
        "te geven. Veel jongeren weten niet wat het waterschap doet. Verder adviseren wij om op elke school een "
        "gastles te geven. Tot slot adviseren wij het bestuur om stembureaus op scholen te openen."
    )
    assert len(recommending.recommending_sentences_in(text)) == 3
    assert not recommending.recommending_sentences_in("Wij adviseerden het bestuur in 2024 al over zwemwater.")


def test_a_dutch_plural_with_a_doubled_consonant_shares_its_stem_with_the_singular() -> None:
    from weerwoord.core.analysis.likeness import _stem

    assert _stem("gastlessen") == _stem("gastles")
    assert _stem("zorgleefplannen") == _stem("zorgleefplan")


def test_a_full_bold_line_of_eleven_words_wraps_onto_its_run_in(tmp_path: Path) -> None:
    path = tmp_path / "wrap.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lead = "Meedoen begint bij meebeslissen. "
    page.insert_text((71, 100), lead, fontsize=9.4, fontname="helv")
    x = 71 + pymupdf.get_text_length(lead, fontname="helv", fontsize=9.4)
    page.insert_text((x, 100), "Wij adviseren het algemeen bestuur om het", fontsize=9.4, fontname="hebo")
    bold = "Jeugdwaterschap een vaste plek te geven."
    page.insert_text((71, 114), bold, fontsize=9.4, fontname="hebo")
    x = 71 + pymupdf.get_text_length(bold + " ", fontname="hebo", fontsize=9.4)
    page.insert_text((x, 114), "Dan kunnen wij meepraten voordat", fontsize=9.4)
    page.insert_text(
        (71, 128), "achteraf, als er niets meer te kiezen valt voor de jongeren in het gebied.", fontsize=9.4
    )
    doc.save(path)
    blocks = read_document(path).blocks
    assert len(blocks) == 1 and blocks[0].kind == "paragraph", [(b.kind, b.text[:40]) for b in blocks]


def _rows_table_pdf(path: Path, box_sides: bool = False) -> None:
    """A table as a browser prints it: a header row of shaded cells, then rows with a thin rule under each, no rules
    down; with ``box_sides``, the sides of a box drawn down beside the rows (no table)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    columns = [74.0, 117.0, 188.0, 441.0, 522.0]
    for (x0, x1), head in zip(
        itertools.pairwise(columns), ("Advies", "Onderwerp", "Reactie", "Verwerking"), strict=True
    ):
        page.draw_rect(pymupdf.Rect(x0, 275, x1, 294), color=None, fill=(0.05, 0.36, 0.27))
        page.insert_text((x0 + 3, 288), head, fontsize=8, color=(1, 1, 1))
    y = 294.0
    for number, subject, reply, status in [
        ("3", "Lijn 82", "Vechtlijn neemt dit advies over. De laatste bus vertrekt om 0.30 uur.", "Overgenomen"),
        ("7", "Buurtbus", "De tarieven stelt de provincie vast; wij hebben het advies doorgeleid.", "Ter kennisname"),
        (
            "4",
            "Lijn 507",
            "Vechtlijn onderschrijft dit advies. Lijn 507 blijft rijden tot er een alternatief is.",
            "Overgenomen",
        ),
    ]:
        for x, text in zip(columns, (number, subject, reply, status), strict=False):
            page.insert_text((x + 3, y + 14), text[:48], fontsize=8)
            page.insert_text((x + 3, y + 26), text[48:], fontsize=8)
        y += 40
        for x0, x1 in itertools.pairwise(columns):  # (a rule under each cell, as a browser draws)
            page.draw_rect(pymupdf.Rect(x0, y, x1, y + 0.75), color=None, fill=(0.7, 0.7, 0.7))
    if box_sides:
        for x in (117.0, 441.0):
            page.draw_line((x, 300), (x, y - 5))
    doc.save(path)


def test_a_table_ruled_only_under_its_rows_below_a_header_of_cells(tmp_path: Path) -> None:
    path = tmp_path / "rows.pdf"
    _rows_table_pdf(path)
    blocks = read_document(path).blocks
    rows = {b.table_row for b in blocks if b.table_row}
    assert len(rows) == 3, [(b.table_row, b.text[:30]) for b in blocks]
    assert any(b.text.startswith("Vechtlijn neemt dit advies over. De laatste bus") for b in blocks)
    # sides drawn down the rows make it boxes, not a table of rows under a header
    boxed = tmp_path / "boxed.pdf"
    _rows_table_pdf(boxed, box_sides=True)
    from weerwoord.core.reading import grid

    page = pymupdf.open(boxed)[0]
    words = [tuple(w[:4]) for w in page.get_text("words")]
    assert grid._header_columns(*grid._rules(page.get_drawings(), tuple(page.rect), words, (-1.0, 842.0))) == []


def test_the_conditions_of_a_favourable_advice_and_what_it_recommends_besides() -> None:
    from weerwoord.core.analysis import announced

    blocks = [
        _block("heading", "Advies", bold=True, label="5."),
        _block(
            "paragraph",
            "De GECORO verleent een gunstig advies over het ontwerp-RUP 'Stationsomgeving Oost', op voorwaarde dat:",
        ),
        _block("item", "de bouwhoogte langs de Molenstraat wordt beperkt tot drie bouwlagen;", label="-"),
        _block("item", "de groenbuffer van vijftien meter als verordenend voorschrift wordt opgenomen;", label="-"),
        _block("paragraph", "De GECORO beveelt daarnaast aan:"),
        _block("item", "vóór de eerste omgevingsvergunning een mobiliteitsstudie te laten uitvoeren;", label="-"),
        _block("item", "de bewoners van de Molenstraat actief te betrekken bij het ontwerp.", label="-"),
    ]
    points = announced.announced_points(blocks)
    assert [c.blocks[0].text[:10] for c in points] == ["de bouwhoo", "de groenbu", "vóór de ee", "de bewoner"]


def test_following_the_advisory_body_agrees() -> None:
    from tests.core.test_left_misses import _verdict

    rec = "de bouwhoogte in de zone voor gemengd wonen langs de Molenstraat wordt beperkt tot drie bouwlagen"
    assert _verdict("Schaal van de bebouwing. De gemeenteraad volgt de GECORO.", rec, "nl") == "agrees"
    assert _verdict("De gemeenteraad volgt de GECORO hierin niet.", rec, "nl") != "agrees"


def test_a_run_in_label_with_what_it_answers_in_brackets_starts_its_reply() -> None:

    body = "Actie 2 – Doorlooptijden (aanbeveling 4). Het OM BES deelt de zorg over de lange doorlooptijden."
    assert section_refs.explicit_ref(_block("paragraph", body)) == ["4"]
    both = "Actie 3 – Deskundigheid en aangifteruimte (aanbevelingen 2 en 3). Het KPCN heeft twee agenten opgeleid."
    assert section_refs.explicit_ref(_block("paragraph", both)) == ["2", "3"]
    # a sentence that mentions a recommendation in brackets later on is no run-in label
    plain = "Het OM BES stuurt slachtoffers een brief. Dit volgt uit het rapport (aanbeveling 5). Verder niets."
    assert section_refs.explicit_ref(_block("paragraph", plain)) is None


def _sidebar_boxes_pdf(path: Path) -> None:
    """Three pages with the running text on the left and, on the right, boxes "ADVIES N" over their text."""
    doc = pymupdf.open()
    n = 0
    for _page in range(3):
        page = doc.new_page(width=595, height=842)
        page.insert_text((351, 34), "Advies concept-Vervoerplan 2027 | RO-IV 2026-05", fontsize=7)
        y = 100.0
        for _ in range(14):
            page.insert_text((70, y), "Reizigers stonden wekenlang tevergeefs bij een halte die", fontsize=9.5)
            y += 13
        y = 100.0
        for text in (
            "Kondig omleidingen minstens twee|weken vooraf aan op de halte.",
            "Maak het abonnement Dal|Voordeel ook geldig op de buurtbus.",
        ):
            n += 1
            page.insert_text((379, y), f"ADVIES {n}", fontsize=9, fontname="hebo")
            y += 14
            for line in text.split("|"):
                page.insert_text((379, y), line, fontsize=9.5, fontname="hebo")
                y += 12.5
            y += 20
        page.insert_text((483, 815), f"pagina {_page + 1} van 3", fontsize=7)
    doc.save(path)


def test_a_boxes_text_stays_aside_with_its_label(tmp_path: Path) -> None:
    from weerwoord.core.analysis import readings

    path = tmp_path / "boxes.pdf"
    _sidebar_boxes_pdf(path)
    doc = read_document(path)
    assert not any("Kondig omleidingen" in b.text for b in doc.blocks), [b.text[:40] for b in doc.blocks]
    aside = next(r for r in readings.recommendation_readings(doc) if r.kind == "aside")
    texts = [" ".join(b.text for b in c.blocks) for c in aside.items]
    assert len(texts) == 6 and texts[5].endswith("op de buurtbus."), texts
