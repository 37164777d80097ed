"""XFDF: what export writes is valid XFDF matching the annotated PDF, and it round-trips onto the original."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pymupdf
import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.errors import DocumentError
from weerwoord.core.keeping.store import open_store
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.pdf_annots_xfdf import apply_xfdf, xfdf_annots
from weerwoord.core.publishing.xfdf import NS, XfdfAnnot, import_xfdf, to_xfdf


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("xfdf")
    advice, response = make_pair_files(base / "in")
    result = build_comparison(advice, response)
    with open_store(str(base / "data")) as s:
        s.add_note(
            result.advice.sha256,
            result.response.sha256,
            "Één vraag: “waarom 2025?” <en> & meer",
            number="1",
            side="response",
            author="Élise",
        )
        notes = s.list_notes(result.advice.sha256, result.response.sha256)
    export_all(result, notes, base / "out")
    out = base / "out"
    return response, out / "kabinetsreactie.annotated.pdf", out / "kabinetsreactie.xfdf"


def _summary(doc: pymupdf.Document, pages: int = 2) -> list[tuple[int, str, tuple[float, ...], str, str, str]]:
    out = []
    for page in list(doc)[:pages]:  # the original's pages, not the key added after them
        for a in page.annots():
            out.append(
                (
                    page.number,
                    a.type[1],
                    tuple(round(v, 1) for v in a.rect),
                    a.info["title"],
                    a.info["content"],
                    "#" + "".join(f"{round(v * 255):02x}" for v in a.colors["stroke"]),
                )
            )
    return sorted(out)


def test_written_xfdf_is_well_formed(exported: tuple[Path, Path, Path]) -> None:
    _, pdf, xfdf = exported
    root = ET.parse(xfdf).getroot()
    assert root.tag == f"{{{NS}}}xfdf"
    assert root.find(f"{{{NS}}}f").get("href") == pdf.name  # type: ignore[union-attr]
    kinds = [el.tag.split("}")[1] for el in root.find(f"{{{NS}}}annots")]  # type: ignore[union-attr]
    assert {"underline", "squiggly", "strikeout", "square", "text"} <= set(kinds)  # a kind for each category
    assert kinds.count("text") == 4  # three verdict notes and Élise's note on recommendation 1
    names = [el.get("name") for el in root.find(f"{{{NS}}}annots")]  # type: ignore[union-attr]
    assert len(set(names)) == len(names) and all(names)
    hl = next(el for el in root.iter(f"{{{NS}}}underline"))
    assert len(hl.get("coords", "").split(",")) % 8 == 0 and hl.get("color", "").startswith("#")
    assert hl.get("page") == "0" and len(hl.get("rect", "").split(",")) == 4


def test_xfdf_matches_the_annotated_pdf(exported: tuple[Path, Path, Path]) -> None:
    _, pdf, xfdf = exported
    doc = pymupdf.open(pdf)
    from_pdf = xfdf_annots(doc, pages=2)
    doc.close()
    read = import_xfdf(xfdf)
    assert len(read) == len(from_pdf)
    for a, b in zip(read, from_pdf, strict=True):
        assert (a.kind, a.page, a.title, a.subject, a.contents, a.color) == (
            b.kind,
            b.page,
            b.title,
            b.subject,
            b.contents,
            b.color,
        )
        assert a.rect == pytest.approx(b.rect, abs=0.001)
        assert a.coords == pytest.approx(b.coords, abs=0.001)
    note = next(a for a in read if a.title == "Élise")
    assert note.kind == "text" and "Één vraag: “waarom 2025?” <en> & meer" in note.contents
    assert note.icon == "Note"


def test_round_trip_onto_the_original(exported: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """A colleague's XFDF applied to a clean copy gives the same annotations in the same places."""
    original, pdf, xfdf = exported
    doc = pymupdf.open(original)
    added = apply_xfdf(doc, import_xfdf(xfdf))
    merged = tmp_path / "merged.pdf"
    doc.save(merged)
    doc.close()
    a = pymupdf.open(pdf)
    b = pymupdf.open(merged)
    assert added == sum(len(list(p.annots())) for p in list(a)[:2])
    left, right = _summary(a), _summary(b)
    assert [x[:2] + x[3:] for x in left] == [x[:2] + x[3:] for x in right]
    for x, y in zip(left, right, strict=True):
        if x[1] != "Text":  # note icons keep their point; their box is PyMuPDF's to choose
            assert x[2] == pytest.approx(y[2], abs=0.6)
    # the highlights of the merged copy lie over the same words
    for pa, pb in zip(list(a)[:2], list(b), strict=True):
        ha = [pa.get_textbox(x.rect) for x in pa.annots(types=[pymupdf.PDF_ANNOT_HIGHLIGHT])]
        hb = [pb.get_textbox(x.rect) for x in pb.annots(types=[pymupdf.PDF_ANNOT_HIGHLIGHT])]
        assert sorted(ha) == sorted(hb)
    a.close()
    b.close()


def test_page_with_offset_mediabox(tmp_path: Path) -> None:
    """PDF coordinates differ from PyMuPDF's when the page box does not start at 0,0."""
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=500)
    page.insert_text((60, 100), "Afwijkend paginakader", fontsize=12)
    page.set_mediabox(pymupdf.Rect(0, -50, 400, 450))
    src = tmp_path / "offset.pdf"
    doc.save(src)
    doc.close()
    doc = pymupdf.open(src)
    page = doc[0]
    hit = page.search_for("paginakader")[0]
    page.add_highlight_annot(hit)
    annots = xfdf_annots(doc)
    doc.close()
    path = tmp_path / "offset.xfdf"
    path.write_text(to_xfdf(annots, "offset.pdf"), encoding="utf-8")
    clean = pymupdf.open(src)
    apply_xfdf(clean, import_xfdf(path))
    first = clean[0]
    placed = next(first.annots())
    assert first.get_textbox(placed.rect).strip().endswith("paginakader")
    clean.close()


def test_acrobat_style_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "review.xfdf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><annots>'
        '<text color="#FFFF00" creationdate="D:20240501120000+02\'00\'" flags="print"'
        " date=\"D:20240501120000+02'00'\""
        ' name="a1b2" icon="Comment" page="1" rect="100,700,120,720" subject="Opmerking" title="Piet">'
        '<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml"><p>Klopt dit?</p></body>'
        '</contents-richtext><popup open="no" page="1" rect="120,600,300,720"/></text>'
        '</annots><f href="reactie.pdf"/></xfdf>',
        encoding="utf-8",
    )
    [annot] = import_xfdf(path)
    assert annot == XfdfAnnot(
        kind="text",
        page=1,
        rect=(100.0, 700.0, 120.0, 720.0),
        color="#FFFF00",
        title="Piet",
        subject="Opmerking",
        contents="Klopt dit?",
        name="a1b2",
        date="D:20240501120000+02'00'",
        creationdate="D:20240501120000+02'00'",
        icon="Comment",
    )


def test_not_xfdf_is_a_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.xfdf"
    bad.write_text("<html><body>no</body></html>")
    with pytest.raises(DocumentError, match="not an XFDF"):
        import_xfdf(bad)
    bad.write_text("<<<")
    with pytest.raises(DocumentError, match="cannot be read"):
        import_xfdf(bad)
