"""Reading: words with rectangles, hyphenation, ligatures, furniture, footnotes, columns, page cuts."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.core.expected_pairs import DOCS
from weerwoord.core.errors import FileMissing, NotADocument, NoTextLayer, PasswordRequired, WrongPassword
from weerwoord.core.reading import extraction, reader
from weerwoord.core.reading.page_lines import PageLines
from weerwoord.paths import example_pair


def _body(doc) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(b.text for b in doc.blocks)


def _make_pdf(path: Path, lines: list[tuple[float, float, str]], pages: int = 1) -> Path:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page()
    for x, y, text in lines:
        page_no = int(y // 1000)
        doc[page_no].insert_text((x, y % 1000), text, fontsize=10, fontname="helv")
    doc.save(path)
    return path


def test_hyphenation_is_undone_but_real_compounds_keep_their_hyphen(tmp_path: Path) -> None:
    pdf = _make_pdf(
        tmp_path / "h.pdf",
        [
            (72, 100, "Het kabinet steunt de ontwape-"),
            (72, 112, "ning en overlegt met de NAVO-"),
            (72, 124, "bondgenoten over veiligheids-"),
            (72, 136, "en defensiebeleid in het Noord-"),
            (72, 148, "Atlantisch verband."),
        ],
    )
    text = _body(reader.read_document(pdf))
    assert "ontwapening" in text
    assert "NAVO-bondgenoten" in text
    assert "veiligheids- en defensiebeleid" in text
    assert "Noord-Atlantisch" in text


def test_ligatures_and_soft_hyphens_are_normalised(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    font = pymupdf.Font("helv")
    writer.append((72, 100), "de e\ufb03ci\u00ebnte of\ufb01cier", font=font, fontsize=10)
    writer.append((72, 112), "een lange ont\u00ad", font=font, fontsize=10)
    writer.append((72, 124), "wikkeling van zaken.", font=font, fontsize=10)
    writer.write_text(page)
    doc.save(tmp_path / "l.pdf")
    text = _body(reader.read_document(tmp_path / "l.pdf"))
    assert "efficiënte officier" in text
    assert "ontwikkeling" in text
    assert "\u00ad" not in text


def test_words_map_back_to_rectangles_on_their_page() -> None:
    advice, _ = example_pair()
    doc = reader.read_document(advice)
    block = next(b for b in doc.blocks if len(b.text) > 200 and b.page > 2)
    spans = block.run.spans()
    assert spans and all(s.page >= block.page for s in spans)
    src = pymupdf.open(advice)
    page = src[spans[0].page - 1]
    first_line = page.get_textbox(pymupdf.Rect(spans[0].rects[0]) + pymupdf.Rect(-1, -1, 1, 1))
    assert block.text.split()[0] in first_line


def test_letter_sidebar_header_and_page_counter_are_furniture() -> None:
    _, response = example_pair()
    doc = reader.read_document(response)
    body = _body(doc)
    assert "Onze Referentie" not in body
    assert "Pagina 2 van" not in body
    assert "DVB/NW-004/2019" not in body
    assert any("Onze Referentie" in b.text for b in doc.furniture)


def test_footnote_is_set_apart_and_its_paragraph_runs_on() -> None:
    _, response = example_pair()
    doc = reader.read_document(response)
    assert any(b.text.startswith(("1 Het kabinet verwerpt", "Het kabinet verwerpt")) for b in doc.footnotes)
    body = _body(doc)
    assert "verwerpt op voorhand" not in body
    # the body paragraph interrupted by the footnote is one paragraph again
    assert any("killer robots" in b.text and "massavernietigingswapens" in b.text for b in doc.blocks)


def test_paragraph_cut_by_a_page_break_becomes_one() -> None:
    _, response = example_pair()
    doc = reader.read_document(response)
    crossing = [b for b in doc.blocks if len(b.run.pages) > 1]
    assert crossing, "no paragraph spans a page break"
    for b in crossing:
        assert b.kind in ("paragraph", "item")
        assert len(b.run.spans()) == len(b.run.pages)


def test_two_column_pages_are_read_column_by_column() -> None:
    doc = reader.read_document(DOCS / "nl_twocol_advice.pdf")
    texts = [b.text for b in doc.blocks]
    # the heading of section 2.2 (top of the right column) comes after all of section 2.1 (left column)
    i21 = next(i for i, t in enumerate(texts) if t.startswith("2.1"))
    i22 = next(i for i, t in enumerate(texts) if t.startswith("2.2"))
    assert i21 < i22
    assert all(not t.startswith("Bij veel organisaties") for t in texts[i21:i22])
    assert "Raad voor Digitale Uitvoering | Mens in de machine" not in _body(doc)


def test_plain_text_letter_is_cleaned() -> None:
    doc = reader.read_document(DOCS / "letter_txt.txt")
    body = _body(doc)
    assert "*" not in body
    assert "Pagina 2 van 2" not in body
    assert any(b.text.startswith("¹") or "¹" in b.text[:3] for b in doc.footnotes)
    assert doc.language == "nl"


def test_language_is_detected() -> None:
    assert reader.read_document(DOCS / "en_labelled_advice.pdf").language == "en"
    assert reader.read_document(DOCS / "nl_twocol_advice.pdf").language == "nl"


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("empty.pdf", NotADocument, "empty"),
        ("random.pdf", NotADocument, "not a PDF"),
        ("text_named.pdf", NotADocument, "plain text"),
        ("protected.pdf", PasswordRequired, "password"),
        ("scanned.pdf", NoTextLayer, "scanned"),
        ("blank.pdf", NoTextLayer, "blank"),
        ("does-not-exist.pdf", FileMissing, "does not exist"),
    ],
)
def test_bad_input_gives_a_typed_error_in_plain_words(name: str, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        reader.read_document(DOCS / name)
    assert words in str(info.value)
    assert "Traceback" not in str(info.value)


def test_password(tmp_path: Path) -> None:
    with pytest.raises(WrongPassword):
        reader.read_document(DOCS / "protected.pdf", "wrong")
    doc = reader.read_document(DOCS / "protected.pdf", "geheim")
    assert doc.page_count == 3


def test_truncated_file_is_flagged_as_repaired() -> None:
    try:
        doc = reader.read_document(DOCS / "truncated.pdf")
    except NotADocument:
        return  # refusing it outright is fine too
    assert doc.repaired


def test_originals_are_not_modified() -> None:
    import hashlib

    paths = [*example_pair(), DOCS / "letter_txt.txt"]
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    for p in paths:
        reader.read_document(p)
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths] == before


def test_footnote_at_the_foot_of_a_letter_page_is_not_body_text() -> None:
    doc = reader.read_document(DOCS / "nl_twocol_response.pdf")
    assert any("Zie ook de brief" in b.text for b in doc.footnotes)
    assert "Zie ook de brief" not in _body(doc)


def test_ruled_table_is_read_row_by_row_and_cell_by_cell() -> None:
    doc = reader.read_document(DOCS / "blind3_en_table_response_response.pdf")
    rows: dict[int, list[str]] = {}
    for b in doc.blocks:
        if b.table_row:
            rows.setdefault(b.table_row, []).append(b.text)
    assert len(rows) >= 8  # eight recommendations (a row cut by the page break may count twice)
    first = next(iter(rows.values()))
    assert first[0].startswith("The Government should lower the default speed limit")
    assert first[1] == "Accepted"  # the status cell, whole, not mixed into the other columns
    assert first[2].startswith("The Government will amend the Setting of Speed Limits Rule")
    # no line mixes two columns
    assert not any("Accepted The" in t or "should The Government" in t for texts in rows.values() for t in texts)


def test_recommendation_beside_its_reply_is_read_row_by_row() -> None:
    # left "Aanbeveling N" and its quote, right "Reactie GS" and the reply; the right column starts left of the
    # page's middle and there are no rules: the lines of both columns must not be read as one
    blocks = [b.text for b in reader.read_document(DOCS / "blind6_nl_provincie_response.pdf").blocks]
    order = [
        next(i for i, t in enumerate(blocks) if t.startswith(start))
        for start in ("Aanbeveling 2", "Vraag Gedeputeerde Staten om jaarlijks", "Ook deze aanbeveling")
    ]
    assert order == sorted(order)
    reply = next(t for t in blocks if t.startswith("Ook deze aanbeveling"))
    assert reply.endswith("met cijfers per lijn en per kern.")  # the reply alone, not mixed with the quote
    quote = next(t for t in blocks if t.startswith("Vraag Gedeputeerde Staten"))
    assert quote.endswith("bespreek die in de commissie Mobiliteit.")


def test_a_margin_column_of_labels_is_read_beside_its_text() -> None:
    # "Accept" and "Financial implications" in a left margin column, each beside its paragraph; the
    # recommendation's heading above its italic quote, alone in its row
    blocks = [b.text for b in reader.read_document(DOCS / "blind8_en_roman_margin_response.pdf").blocks]
    at = blocks.index("Recommendation I")
    assert blocks[at + 2] == "Accept"
    assert blocks[at + 3].startswith("The eighth framework of the Welsh Public Library Standards")
    assert blocks[at + 4] == "Financial implications"
    assert blocks[at + 5].startswith("None for the Welsh Government")
    assert blocks[at + 6] == "Recommendation II"


def _pages_read_both_ways(path: Path) -> tuple[list[PageLines], list[PageLines], bool]:
    """The pages as read with the quicker uncorrected boxes tried first, and as read corrected throughout."""
    src = pymupdf.open(path)
    trial = extraction.BoxTrial()
    quick = [extraction.extract_page(page, i + 1, trial) for i, page in enumerate(src)]
    corrected_only = extraction.BoxTrial()
    corrected_only.uncorrected = False
    corrected = [extraction.extract_page(page, i + 1, corrected_only) for i, page in enumerate(src)]
    return quick, corrected, trial.uncorrected


def test_glyph_boxes_read_uncorrected_where_no_font_needs_correcting(tmp_path: Path) -> None:
    path = _make_pdf(tmp_path / "plain.pdf", [(72, 100, "Aanbeveling 1"), (72, 1100, "Het kabinet neemt dit over.")], 2)
    quick, corrected, still_trying = _pages_read_both_ways(path)
    assert still_trying  # Helvetica is a full em high: both pages were read the quicker way
    assert quick == corrected
    assert [w for pg in quick for ln in pg.lines for w, _ in ln.words][:2] == ["Aanbeveling", "1"]


def test_a_font_lower_than_its_size_is_read_with_corrected_boxes(tmp_path: Path) -> None:
    # ZapfDingbats is 0.96 em high: PyMuPDF corrects its boxes, and the quick reading must give way to that
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page()
        page.insert_text((60, 130), "\u25cf", fontname="zadb", fontsize=11)
        page.insert_text((80, 130), "Het kabinet neemt de aanbeveling over.", fontname="helv", fontsize=11)
        page.insert_text((80, 160), "Tekst in de marge", fontname="zadb", fontsize=9, rotate=90)
    doc.save(tmp_path / "dingbats.pdf")
    quick, corrected, still_trying = _pages_read_both_ways(tmp_path / "dingbats.pdf")
    assert not still_trying  # the first page showed the low font: the second was read corrected at once
    assert quick == corrected
    pymupdf.TOOLS.unset_quad_corrections(True)  # what the uncorrected boxes would have been: lower
    try:
        raw = pymupdf.open(tmp_path / "dingbats.pdf")[0].get_text("words")
    finally:
        pymupdf.TOOLS.unset_quad_corrections(False)
    bullet = next(r for ln in quick[0].lines for _, r in ln.words if r[0] < 70)
    raw_bullet = next(w for w in raw if w[0] < 70)
    assert bullet[3] - bullet[1] == pytest.approx(11, abs=0.01)  # corrected: one em of 11 points
    assert raw_bullet[3] - raw_bullet[1] < 10.8
    assert not pymupdf.TOOLS.unset_quad_corrections()  # the switch is back as it was


@pytest.mark.parametrize("one_path", [True, False])
def test_a_table_ruled_in_one_path_or_many_is_found_and_a_logo_is_no_table(tmp_path: Path, one_path: bool) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(40, 20, 60, 60), color=(0, 0, 1), fill=(0, 0, 1))  # a logo: two small shapes
    page.draw_circle((90, 40), 6, color=(0, 0, 0))
    page.insert_text((72, 100), "Aanbeveling en reactie", fontname="helv", fontsize=10)
    xs, ys = [72, 200, 420], [120, 140, 160, 180]
    shape = page.new_shape()
    for y in ys:
        shape.draw_line((xs[0], y), (xs[-1], y))
        if not one_path:
            shape.finish(color=(0, 0, 0))
    for x in xs:
        shape.draw_line((x, ys[0]), (x, ys[-1]))
        if not one_path:
            shape.finish(color=(0, 0, 0))
    if one_path:
        shape.finish(color=(0, 0, 0))  # the whole grid as one path
    shape.commit()
    for row, (a, b) in enumerate(
        [("1", "Het kabinet neemt dit over."), ("2", "Het kabinet neemt dit niet over."), ("3", "Wordt onderzocht.")]
    ):
        page.insert_text((76, ys[row] + 14), a, fontname="helv", fontsize=9)
        page.insert_text((204, ys[row] + 14), b, fontname="helv", fontsize=9)
    doc.save(tmp_path / "t.pdf")
    read = extraction.extract_page(pymupdf.open(tmp_path / "t.pdf")[0], 1)
    assert read.tables and len(read.tables[0]) == 3  # three rows of cells
    logo_only = pymupdf.open()
    logo_page = logo_only.new_page()
    logo_page.draw_rect(pymupdf.Rect(40, 20, 60, 60), color=(0, 0, 1), fill=(0, 0, 1))
    logo_page.draw_circle((90, 40), 6, color=(0, 0, 0))
    logo_page.insert_text((72, 100), "Geachte voorzitter,", fontname="helv", fontsize=10)
    drawings = [
        b["bbox"] for b in logo_page.get_text("dict", flags=pymupdf.TEXT_COLLECT_VECTORS)["blocks"] if b["type"] == 3
    ]
    assert drawings and not extraction._may_hold_table(drawings)  # a logo's shapes are not taken apart


def test_cells_of_one_row_stay_apart_when_the_first_has_no_full_stop(tmp_path: Path) -> None:
    # "No. | Recommendation | Response": the recommendation's cell ends without a full stop and the response's
    # cell starts higher up (cells set at the top, the number in the middle): no paragraph runs from one cell on
    # into the next, as it may across a column break
    doc = pymupdf.open()
    page = doc.new_page()
    rec = ["Fund the attendance service according", "to the number of absent students in", "each region"]
    reply = ["The Government does not accept this", "recommendation. Contracts run until 2027", "and cannot change."]
    top = 100
    for x0, x1, title in ((60, 100, "No."), (100, 300, "Recommendation"), (300, 540, "Government response")):
        page.draw_rect(pymupdf.Rect(x0, top - 20, x1, top), width=0.6)
        page.insert_text((x0 + 4, top - 6), title, fontsize=10, fontname="helv")
    for row in range(3):
        y0 = top + row * 80
        for x0, x1 in ((60, 100), (100, 300), (300, 540)):
            page.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + 80), width=0.6)
        page.insert_text((70, y0 + 44), str(row + 1), fontsize=10, fontname="helv")
        for k, line in enumerate(rec):
            page.insert_text((106, y0 + 30 + 12 * k), line, fontsize=10, fontname="helv")
        for k, line in enumerate(reply):
            page.insert_text((306, y0 + 14 + 12 * k), line, fontsize=10, fontname="helv")
    path = tmp_path / "table.pdf"
    doc.save(path)
    blocks = [b for b in reader.read_document(path).blocks if b.table_row]
    texts = [b.text for b in blocks]
    assert "Fund the attendance service according to the number of absent students in each region" in texts
    assert any(t.startswith("The Government does not accept this recommendation.") for t in texts)


def test_a_letter_under_a_two_column_letterhead_is_one_text(tmp_path: Path) -> None:
    # an address block right of the sender (the page reads as two columns at its top), then the letter across the
    # full width: a line that starts with a capital ("Energiehuizen.") after one that ends without a full stop
    # continues the paragraph, it does not start one
    lines = [
        (70, 60, "Jan Peeters"),
        (70, 74, "Vlaams minister van Energie"),
        (70, 88, "uw bericht van"),
        (70, 102, "18 december 2024"),
        (340, 60, "Rekenhof"),
        (340, 74, "De heer Eerste Voorzitter"),
        (340, 88, "Regentschapsstraat 2"),
        (340, 102, "1000 BRUSSEL"),
        (70, 200, "Wat het bereik van de verhoogde premie betreft, deel ik de bezorgdheid van het Rekenhof dat"),
        (70, 216, "kwetsbare gezinnen de weg naar de premie nog te weinig vinden. Het agentschap zal in 2026 een"),
        (70, 232, "evaluatie uitvoeren naar het bereik van de laagste inkomenscategorie, in samenwerking met de"),
        (70, 248, "Energiehuizen. De inkomensgrenzen zelf wens ik evenwel niet te wijzigen voor het einde van de"),
        (70, 264, "legislatuur."),
    ]
    doc = reader.read_document(_make_pdf(tmp_path / "brief.pdf", lines))
    paragraph = next(b.text for b in doc.blocks if b.text.startswith("Wat het bereik"))
    assert "in samenwerking met de Energiehuizen. De inkomensgrenzen" in paragraph


def test_the_table_search_is_skipped_where_no_grid_is_drawn(tmp_path: Path) -> None:
    # shaded boxes and rules under headings: no three columns and three rows of edges, no table search; a ruled
    # table of two rows and two columns: searched and found
    doc = pymupdf.open()
    boxes = doc.new_page()
    for k in range(5):
        boxes.draw_rect(pymupdf.Rect(60, 100 + 120 * k, 540, 200 + 120 * k), color=None, fill=(0.9, 0.9, 0.9))
        boxes.draw_line((60, 95 + 120 * k), (540, 95 + 120 * k))
    grid = doc.new_page()
    for row in range(4):
        for x0, x1 in ((60, 200), (200, 540)):
            grid.draw_rect(pymupdf.Rect(x0, 100 + 40 * row, x1, 140 + 40 * row), width=0.6)
            grid.insert_text((x0 + 4, 124 + 40 * row), f"cell {row} {x0}", fontsize=10, fontname="helv")
    boxes, grid = doc[0], doc[1]  # (a page made before another was added is no longer bound to the document)
    assert not extraction._grid_like(boxes.get_drawings())
    assert extraction._grid_like(grid.get_drawings())
    assert extraction._ruled_tables(boxes) == []
    assert len(extraction._ruled_tables(grid)) == 1


def test_a_hyphen_at_a_line_end_stays_where_the_document_writes_the_word_with_one(tmp_path: Path) -> None:
    """ "full-|time" at a line end is "full-time" when the document writes "full-time" elsewhere on one line;
    "implemen-|tation" is "implementation" (no such word with a hyphen in it)."""
    lines = [
        (72, 100, "Every authority should appoint at least one full-"),
        (72, 114, "time officer, and the implemen-"),
        (72, 128, "tation should be reported each year."),
        (72, 170, "A full-time officer costs about sixty thousand euro a year."),
    ]
    text = " ".join(b.text for b in reader.read_document(_make_pdf(tmp_path / "h.pdf", lines)).blocks)
    assert "at least one full-time officer, and the implementation should" in text


def test_an_em_space_parts_a_label_from_its_text(tmp_path: Path) -> None:
    """ "(1)\u2003The falls risk …": the extraction keeps an em space inside one word; the label stands apart."""
    font = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="dv", fontfile=str(font))
    page.insert_text((72, 100), "The MATTERS OF CONCERN are as follows.", fontname="dv", fontsize=10)
    for k, text in enumerate(
        ["The falls risk assessment was not repeated on the ward.", "No bed sensor alarm was available that night."]
    ):
        page.insert_text((72, 130 + 24 * k), f"({k + 1})\u2003{text}", fontname="dv", fontsize=10)
    doc.save(tmp_path / "pfd.pdf")
    items = [(b.label, b.text) for b in reader.read_document(tmp_path / "pfd.pdf").blocks if b.kind == "item"]
    assert items == [
        ("(1)", "The falls risk assessment was not repeated on the ward."),
        ("(2)", "No bed sensor alarm was available that night."),
    ]
