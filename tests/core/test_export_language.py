"""Exports in the reader's language, read back: Dutch everywhere in Dutch output; the spreadsheet typed; formulas
neutralised; the Word briefing fit to hand out; the reader's choice of recommendations."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import docx
import openpyxl
import pymupdf
import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.keeping.store import open_store
from weerwoord.core.model import Comparison
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.tables import pairs_csv

# sentences of the English output that must not be left in Dutch output
ENGLISH = re.compile(
    r"\b(Recommendation|Reply|Verdict|Agrees|Partly agrees|Disagrees|Linked by|Made with|page \d+ of|Summary|"
    r"General notes|Notes|Marked language|Reservation|Agreement|Commitment|Disagreement|confidence|"
    r"recommendations)\b"
)


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Comparison, Path]:
    base = tmp_path_factory.mktemp("nl")
    advice, response = make_pair_files(base / "in")
    result = build_comparison(advice, response)
    result.pairs[0].recommendation.number = "2.1"
    for pair in result.pairs:  # the analysis' sentences are the lead's (in English for now): not judged here
        pair.reason = "—"
        pair.link = "nummer"
    result.pairs[1].reason = '=HYPERLINK("http://x")'
    with open_store(str(base / "data")) as s:
        s.add_note(result.advice.sha256, result.response.sha256, "+31 bellen over het geheel", author="els")
        s.add_note(result.advice.sha256, result.response.sha256, "Eén", number="2.1", author="jan")
        notes = s.list_notes(result.advice.sha256, result.response.sha256)
    export_all(result, notes, base / "out", output_language="nl")
    return result, base / "out"


def _pdf_text(path: Path, pages: slice = slice(None)) -> str:
    doc = pymupdf.open(path)
    text = " ".join(doc[i].get_text() for i in range(doc.page_count)[pages])
    text += " ".join(e[1] for e in doc.get_toc())
    text += " ".join(a.info["content"] + " " + a.info["subject"] for page in doc for a in page.annots())
    doc.close()
    return " ".join(text.split())


def test_briefing_pdf_is_dutch(dutch: tuple[Comparison, Path]) -> None:
    _, out = dutch
    text = _pdf_text(out / "advies.briefing.pdf")
    for words in (
        "Samenvatting",
        "3 aanbevelingen: 1 eens, 1 deels eens, 1 oneens.",
        "Aanbeveling 2.1",
        "pagina 1 van",
    ):
        assert words in text
    assert ENGLISH.findall(text) == []
    assert re.search(
        r"Gemaakt met Weerwoord op \d+ (januari|februari|maart|april|mei|juni|juli|augustus|september|"
        r"oktober|november|december) 20\d\d",
        text,
    )
    doc = pymupdf.open(out / "advies.briefing.pdf")
    assert (doc.language or "").startswith("nl")  # /Lang nl-NL (PyMuPDF reads back the language part)
    doc.close()


def test_annotated_pdfs_are_dutch(dutch: tuple[Comparison, Path]) -> None:
    _, out = dutch
    for name in ("advies.annotated.pdf", "kabinetsreactie.annotated.pdf"):
        doc = pymupdf.open(out / name)
        # the originals' own text is Dutch already; judge what Weerwoord added: annotations, outline, key page
        added = " ".join(a.info["content"] + " " + a.info["subject"] for page in doc for a in page.annots())
        added += " " + " ".join(e[1] for e in doc.get_toc()) + " " + doc[-1].get_text()
        doc.close()
        added = " ".join(added.split())
        assert "Weerwoord: legenda en samenvatting" in added and "Oordeel: Eens" in added
        assert ENGLISH.findall(added.replace("Weerwoord", "")) == []


def test_tables_are_dutch_and_neutralised(dutch: tuple[Comparison, Path]) -> None:
    _, out = dutch
    md = (out / "advies.pairs.md").read_text(encoding="utf-8")
    assert "| Nr. | Aanbeveling | Oordeel |" in md and "## Algemene notities" in md and "0,98" in md
    assert ENGLISH.findall(md) == []
    rows = list(csv.reader(io.StringIO((out / "advies.pairs.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["number", "first_words", "verdict"]  # a data file: column codes stay
    assert rows[1][0] == "2.1" and rows[1][2] == "agrees" and rows[1][3] == "Eens" and rows[1][6] == "0.980"
    assert rows[2][4].startswith("'=HYPERLINK")  # never run as a formula
    assert rows[-1][0] == "" and "[open] +31 bellen over het geheel (els," in rows[-1][-1]  # a general note


def test_csv_cells_that_look_like_formulas(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    for pair, lead in zip(result.pairs, ("=1+1", "-2", "@SUM(A1)"), strict=True):
        pair.reason = lead
    result.pairs[0].link = "+danger"
    rows = list(csv.reader(io.StringIO(pairs_csv(result))))
    assert [r[4] for r in rows[1:]] == ["'=1+1", "'-2", "'@SUM(A1)"]
    assert rows[1][5] == "'+danger" and rows[1][6] == "0.980"  # numbers are no formulas


def test_spreadsheet_is_typed(dutch: tuple[Comparison, Path]) -> None:
    _, out = dutch
    wb = openpyxl.load_workbook(out / "advies.pairs.xlsx")
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]][:3] == ["Nr.", "Aanbeveling", "Oordeel"]
    assert ws["A2"].value == "2.1" and ws["A2"].data_type == "s"  # text, never 2 January or 2,1
    assert ws["F2"].value == 0.98 and isinstance(ws["F2"].value, float)  # a number
    assert ws.freeze_panes == "A2"
    assert ws["D3"].value.startswith("'=HYPERLINK") and ws["D3"].data_type == "s"
    assert ws.column_dimensions["B"].width >= 30 and ws["D2"].alignment.wrap_text
    assert wb.properties.creator == "Weerwoord" and wb.properties.language == "nl-NL"
    assert "Algemene notities" in wb.sheetnames


def test_word_briefing_fit_to_hand_out(dutch: tuple[Comparison, Path]) -> None:
    _, out = dutch
    d = docx.Document(str(out / "advies.briefing.docx"))
    section = d.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # A4
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    langs = {el.get(f"{w}val") for el in d.styles.element.iter(f"{w}lang")}
    assert langs == {"nl-NL"}
    table = d.tables[0]
    assert table.rows[0]._tr.trPr.find(f"{w}tblHeader") is not None  # the header row repeats on every page
    assert all(row._tr.trPr.find(f"{w}cantSplit") is not None for row in table.rows)
    widths = [c.width for c in table.rows[1].cells]
    assert widths[1] > 3 * widths[0]  # the recommendation column is the wide one
    text = "\n".join(p.text for p in d.paragraphs)
    assert "3 aanbevelingen: 1 eens, 1 deels eens, 1 oneens." in text
    assert "Algemene notities" in text and "+31 bellen over het geheel" in text
    props = d.core_properties
    assert props.author == "Weerwoord" and props.last_modified_by == "Weerwoord"
    assert props.created is not None and props.created.year >= 2025 and props.language == "nl-NL"


def test_english_stays_the_default_and_plurals(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    result.pairs = result.pairs[:1]
    export_all(result, [], tmp_path / "out", only={"briefing_pdf"})
    text = _pdf_text(tmp_path / "out" / "advies.briefing.pdf")
    assert "1 recommendation: 1 agrees." in text and "1 recommendations" not in text


def test_the_reader_chooses_the_recommendations(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    export_all(result, [], tmp_path / "out", only={"briefing_pdf", "briefing_docx"}, numbers=["1", "3"])
    text = _pdf_text(tmp_path / "out" / "advies.briefing.pdf")
    assert "Recommendation 1" in text and "Recommendation 3" in text and "Recommendation 2" not in text
    assert "Chosen for this briefing: 2 of 3 recommendations." in text
    d = docx.Document(str(tmp_path / "out" / "advies.briefing.docx"))
    assert [r.cells[0].text for r in d.tables[0].rows[1:]] == ["1", "3"]
