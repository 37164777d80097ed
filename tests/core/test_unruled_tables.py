"""Tables set without rules (reading/unruled.py): an action plan "Nr. | Reactie college | Actie | Gereed" whose row
numbers stand in the middle of their rows, read row by row; numbered lists, columns of figures and letterheads are
no such table. Found in blind rounds 94 and 96 (each test fails on the code before it, unless it guards)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _blocks(path: Path) -> list[tuple[str, str, int]]:
    from weerwoord.core.reading.reader import read_document

    return [(b.label, b.text, b.table_row) for b in read_document(path).blocks]


def test_an_action_plan_without_rules_is_read_row_by_row() -> None:
    """Each row's number (centred in its row) labels the row's reply, and its action and date stay in its row:
    "3 en 6" before "Wij starten in het najaar een wijkaanpak …", not in the middle of it."""
    blocks = _blocks(DOCS / "blind96_nl_isolatiesubsidie_response.pdf")
    rows = {label: (text, row) for label, text, row in blocks if row}
    assert rows["3 en 6"][0].startswith("Wij starten in het najaar een wijkaanpak")
    assert rows["4"][0].startswith("Wij stellen de regeling open voor verhuurders")
    assert rows["2"][0].startswith("Een hoger maximum leidt")
    same_row = [text for _, text, row in blocks if row == rows["4"][1]]
    assert "1 juli 2026" in same_row and "Wijziging subsidieregeling, artikel 2" in same_row


def test_a_recommendations_table_carried_over_a_page_is_read_whole() -> None:
    """ "Nr. | Aanbeveling | Prioriteit", its first row at the foot of page 1 and going on at the top of page 2: the
    seven rows are the seven recommendations, the first one whole ("Schakel … uit, met uitzondering van kruispunten
    en oversteekplaatsen.")."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind94_nl_nachtdonkerte"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    texts = {p.number: p.recommendation.text for p in result.pairs}
    assert sorted(texts) == [str(n) for n in range(1, 8)]
    assert texts["1"].startswith("Schakel de verlichting op provinciale wegen")
    assert "oversteekplaatsen" in texts["1"] and "hoog" not in texts["1"].split()


def _page(tmp_path: Path, rows: list[tuple[float, str]]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for y, line in rows:
        x, text = line.split("|", 1)
        page.insert_text((float(x), y), text, fontsize=9)
    path = tmp_path / "page.pdf"
    doc.save(path)
    return path


def test_a_made_table_with_centred_numbers(tmp_path: Path) -> None:
    """A table drawn here, without rules: numbers centred beside three lines of text and a date column."""
    from weerwoord.core.reading.extraction import extract_page

    lines = [(100, "60|Nr."), (100, "110|Reactie"), (100, "400|Gereed")]
    for k, top in enumerate((130, 200, 270), start=1):
        lines += [(top, f"110|Reply to the {k} recommendation, first line of the cell"), (top + 13, "110|second line")]
        lines += [(top + 26, "110|third line of the cell."), (top + 13, f"62|{k}"), (top + 13, "400|2026")]
    doc = pymupdf.open(_page(tmp_path, lines))
    tables = extract_page(doc[0], 0).tables
    assert len(tables) == 1 and len(tables[0]) == 4  # the header and three rows
    assert all(len(row) == 3 for row in tables[0])


def test_a_numbered_list_is_no_table(tmp_path: Path) -> None:
    """(a guard) Numbers hanging before one column of text, level with each item's first line: a list."""
    from weerwoord.core.reading.extraction import extract_page

    lines: list[tuple[float, str]] = []
    for k, top in enumerate((130, 200, 270), start=1):
        lines += [(top, f"60|{k}."), (top, "80|Recommendation text of the item, first line"), (top + 13, "80|end.")]
    doc = pymupdf.open(_page(tmp_path, lines))
    assert extract_page(doc[0], 0).tables == []


def test_a_column_of_figures_is_no_table_of_rows() -> None:
    """(a guard) A two-column page with a table of figures ("58 14 24") in the left column: its figures are no row
    numbers, and the recommendations I-VII in the right column are still found."""
    from weerwoord.core.analysis.compare import compare

    pair = "blind31_nl_arbeidsinspectie"
    result = compare(DOCS / f"{pair}_advice.pdf", DOCS / f"{pair}_response.pdf")
    assert [p.number for p in result.pairs] == ["I", "II", "III", "IV", "V", "VI", "VII"]
