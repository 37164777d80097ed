"""The briefing PDF is tagged for screen readers: a structure tree of headings, tables, lists and paragraphs in
reading order that MuPDF and poppler read back, every text in a marked sequence, nothing drawn differently."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pymupdf
import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.keeping.store import Note
from weerwoord.core.model import Comparison
from weerwoord.core.publishing.briefing import LANGUAGE_TAGS, briefing_pdf
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.tagging.content import Token, operations, tokens
from weerwoord.core.words import speaking

WHEN = datetime(2025, 3, 14, 9, 30)
LONG = " ".join(f"Zin {i} van een lange algemene notitie die over de pagina doorloopt." for i in range(220))
HEADS = {
    "nl": ["Nr.", "Aanbeveling", "Oordeel", "Advies", "Reactie"],
    "en": ["No.", "Recommendation", "Verdict", "Advice", "Response"],
}


def _note(number: str | None, text: str, note_id: int) -> Note:
    return Note(note_id, "a", "r", number, None, None, text, "open", "Fatima", "2025-03-01", "2025-03-01")


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> tuple[Comparison, list[Note]]:
    result = build_comparison(*make_pair_files(tmp_path_factory.mktemp("pair")))
    notes = [_note("1", "Navragen bij het NCSC.", 1), _note("1", "Budget nagaan.", 2), _note(None, LONG, 3)]
    return result, notes


@pytest.fixture(scope="module", params=["nl", "en"])
def briefing(request: pytest.FixtureRequest, comparison: tuple[Comparison, list[Note]]) -> tuple[str, bytes, bytes]:
    """The output language, the tagged briefing and the same briefing untagged."""
    result, notes = comparison
    with speaking(request.param):
        tagged = briefing_pdf(result, notes, WHEN)
        plain = briefing_pdf(result, notes, WHEN, tagged=False)
    return request.param, tagged, plain


# -- reading the tree back ---------------------------------------------------------------------------------------


@dataclass
class Elem:
    xref: int
    role: str
    depth: int
    marks: list[tuple[int, int]] = field(default_factory=list)  # (page xref, MCID)
    kids: list[int] = field(default_factory=list)  # child element xrefs


def _ref(toks: list[Token], i: int) -> int | None:
    if i + 2 < len(toks) and toks[i + 1].kind == "number" and toks[i + 2].raw == b"R":
        return int(toks[i].raw)
    return None


def _tree(doc: pymupdf.Document) -> dict[int, Elem]:
    """Every structure element by xref, in the tree's order, with the marks and kids its /K names."""
    root = int(doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")[1].split()[0])
    out: dict[int, Elem] = {}

    def visit(xref: int, depth: int) -> None:
        elem = Elem(xref, doc.xref_get_key(xref, "S")[1].lstrip("/"), depth)
        out[xref] = elem
        kind, pg = doc.xref_get_key(xref, "Pg")
        page = int(pg.split()[0]) if kind == "xref" else -1
        toks = tokens(doc.xref_get_key(xref, "K")[1].encode())
        i = 0
        while i < len(toks):
            ref = _ref(toks, i)
            if ref is not None:
                elem.kids.append(ref)
                visit(ref, depth + 1)
                i += 3
            elif toks[i].kind == "<<":
                end = next(j for j in range(i, len(toks)) if toks[j].kind == ">>")
                raws = [t.raw for t in toks[i:end]]
                mcr_page = _ref(toks, raws.index(b"/Pg") + 1 + i)
                assert mcr_page is not None
                elem.marks.append((mcr_page, int(raws[raws.index(b"/MCID") + 1])))
                i = end + 1
            elif toks[i].kind == "number":
                assert page > 0, "an MCID in an element without /Pg"
                elem.marks.append((page, int(toks[i].raw)))
                i += 1
            else:
                i += 1

    kind, top = doc.xref_get_key(root, "K")
    assert kind == "xref"
    visit(int(top.split()[0]), 0)
    return out


def _parent_tree(doc: pymupdf.Document) -> dict[int, list[int]]:
    root = int(doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")[1].split()[0])
    tree = int(doc.xref_get_key(root, "ParentTree")[1].split()[0])
    toks = tokens(doc.xref_get_key(tree, "Nums")[1].encode())
    out: dict[int, list[int]] = {}
    key = None
    for i, tok in enumerate(toks):
        if tok.kind == "[" and key is None:
            continue
        if tok.kind == "number" and key is None and i > 0:
            key = int(tok.raw)
            out[key] = []
        elif key is not None and _ref(toks, i) is not None:
            out[key].append(_ref(toks, i))  # type: ignore[arg-type]
        elif tok.kind == "]" and key is not None:
            key = None
    return out


@dataclass
class PageMarks:
    shown: list[list[str]] = field(default_factory=list)  # the open marks around each text shown
    drawn: list[list[str]] = field(default_factory=list)  # … around each XObject, path painting
    mcids: list[int] = field(default_factory=list)


def _page_marks(doc: pymupdf.Document, page: pymupdf.Page) -> PageMarks:
    """What each piece of the page's content is marked as, read from its content streams; asserts that marked
    sequences nest with q/Q and BT/ET and close in the stream they open in."""
    out = PageMarks()
    saved: list[int] = []  # q in one of the page's streams, Q in another
    for xref in page.get_contents():
        data = doc.xref_stream(xref)
        stack: list[str] = []
        for op in operations(data):
            name = op.operator
            if name in ("BMC", "BDC"):
                tag = op.operands[0].raw.decode()
                if name == "BDC":
                    raws = [t.raw for t in op.operands]
                    mcid = int(raws[raws.index(b"/MCID") + 1])
                    assert not any("#" in s for s in stack), "an MCID inside another"
                    out.mcids.append(mcid)
                    tag += f"#{mcid}"
                stack.append(tag)
            elif name == "EMC":
                stack.pop()
            elif name in ("q", "BT"):
                saved.append(len(stack))
            elif name in ("Q", "ET"):
                assert saved.pop() == len(stack), f"a marked sequence straddles {name}"
            elif name in ("Tj", "TJ", "'", '"'):
                out.shown.append(list(stack))
            elif name in ("Do", "S", "f", "F", "f*", "B", "b", "sh", "BI"):
                out.drawn.append(list(stack))
        assert not stack, "a marked sequence left open at the end of a stream"
    return out


def _struct_lines(page: pymupdf.Page) -> list[tuple[list[str], str]]:
    """Each line of text as MuPDF reads it through the structure tree, with the roles of the elements around it."""
    out: list[tuple[list[str], str]] = []

    def walk(blocks: list[dict], roles: list[str]) -> None:  # type: ignore[type-arg]
        for block in blocks:
            if block["type"] == 2:
                walk(block.get("blocks", []), [*roles, block["raw"]])
            elif block["type"] == 0:
                out.extend((roles, "".join(s["text"] for s in line["spans"])) for line in block["lines"])

    walk(page.get_text("dict", flags=pymupdf.TEXT_COLLECT_STRUCTURE)["blocks"], [])
    return out


# -- the tests ---------------------------------------------------------------------------------------------------


def test_catalog_says_tagged_in_the_output_language(briefing: tuple[str, bytes, bytes]) -> None:
    language, tagged, _plain = briefing
    doc = pymupdf.open("pdf", tagged)
    catalog = doc.pdf_catalog()
    assert doc.xref_get_key(catalog, "MarkInfo/Marked") == ("bool", "true")
    assert doc.xref_get_key(catalog, "Lang") == ("string", LANGUAGE_TAGS[language])
    assert doc.xref_get_key(catalog, "ViewerPreferences/DisplayDocTitle") == ("bool", "true")
    assert doc.xref_get_key(catalog, "StructTreeRoot")[0] == "xref"
    assert doc.page_count >= 3  # the long note flows on over a page
    for page in doc:
        assert doc.xref_get_key(page.xref, "Tabs") == ("name", "/S")
        assert doc.xref_get_key(page.xref, "StructParents") == ("int", str(page.number))
    untagged = pymupdf.open("pdf", _plain)
    assert untagged.xref_get_key(untagged.pdf_catalog(), "MarkInfo") == ("null", "null")


def test_tree_of_sections_headings_tables_and_lists(briefing: tuple[str, bytes, bytes]) -> None:
    doc = pymupdf.open("pdf", briefing[1])
    tree = _tree(doc)
    elems = list(tree.values())
    assert elems[0].role == "Document" and {tree[k].role for k in elems[0].kids} == {"Sect"}  # no stray text
    roles = {e.role for e in elems}
    assert {"H1", "H2", "H3", "P", "Div", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody"} <= roles
    assert "H4" not in roles
    levels = [int(e.role[1]) for e in elems if e.role in ("H1", "H2", "H3", "H4", "H5", "H6")]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in pairwise(levels))
    tables = [e for e in elems if e.role == "Table"]
    assert len(tables) == 1 and len(tables[0].kids) == 4  # the header row and three recommendations
    rows = [tree[k] for k in tables[0].kids]
    assert all(r.role == "TR" and len(r.kids) == 5 for r in rows)
    assert [tree[k].role for k in rows[0].kids] == ["TH"] * 5
    assert all(tree[k].role == "TD" for r in rows[1:] for k in r.kids)
    assert all(doc.xref_get_key(k, "A/Scope") == ("name", "/Column") for k in rows[0].kids)
    for item in (e for e in elems if e.role == "LI"):
        assert [tree[k].role for k in item.kids] == ["Lbl", "LBody"]


def test_text_sits_in_the_element_it_was_laid_out_in(briefing: tuple[str, bytes, bytes]) -> None:
    language, tagged, _plain = briefing
    doc = pymupdf.open("pdf", tagged)
    first = _struct_lines(doc[0])
    assert [text for roles, text in first if roles[-1] == "H1"] == ["Briefing"]
    assert [text for roles, text in first if roles[-1] == "TH"] == HEADS[language]
    lines = [line for page in doc for line in _struct_lines(page)]
    reply = [roles for roles, text in lines if text.startswith("Het kabinet neemt deze aanbeveling over")]
    assert reply and reply[0][-2:] == ["Div", "P"]
    notes = [(roles, text) for roles, text in lines if text.startswith("Zin ") or " Zin " in text]
    pages = {page.number for page in doc for _roles, text in _struct_lines(page) if " Zin 2" in text}
    assert len(pages) >= 2  # the note is carried on over a page break…
    assert len(notes) > 20 and all(roles[-3:] == ["L", "LI", "LBody"] for roles, _text in notes)  # …and stays one


def test_every_mcid_once_in_the_pages_and_in_the_tree(briefing: tuple[str, bytes, bytes]) -> None:
    doc = pymupdf.open("pdf", briefing[1])
    tree = _tree(doc)
    in_tree = [(page, mcid, e.xref) for e in tree.values() for page, mcid in e.marks]
    assert len({(p, m) for p, m, _x in in_tree}) == len(in_tree)  # no MCID named twice
    in_pages = []
    for page in doc:
        mcids = _page_marks(doc, page).mcids
        assert mcids == list(range(len(mcids)))  # each once, in order
        in_pages += [(page.xref, m) for m in mcids]
    assert sorted(in_pages) == sorted((p, m) for p, m, _x in in_tree)
    parents = _parent_tree(doc)
    for page in doc:
        owners = {m: x for p, m, x in in_tree if p == page.xref}
        assert parents[page.number] == [owners[m] for m in range(len(owners))]


def test_all_text_is_marked_and_furniture_is_artifact(briefing: tuple[str, bytes, bytes]) -> None:
    doc = pymupdf.open("pdf", briefing[1])
    for page in doc:
        marks = _page_marks(doc, page)
        assert marks.shown and all(stack and ("#" in stack[-1] or stack[-1] == "/Artifact") for stack in marks.shown)
        assert all(stack == ["/Artifact"] for stack in marks.drawn)  # rules, backgrounds, the footer's form
        artifacts = sum(stack[-1] == "/Artifact" for stack in marks.shown)
        assert artifacts < len(marks.shown) / 4  # the verdict swatches, not the text
    swatches = sum(s[-1] == "/Artifact" for s in _page_marks(doc, doc[0]).shown)
    assert swatches == 3


def test_tagging_changes_nothing_drawn(briefing: tuple[str, bytes, bytes]) -> None:
    _language, tagged, plain = briefing
    before, after = pymupdf.open("pdf", plain), pymupdf.open("pdf", tagged)
    assert before.page_count == after.page_count
    assert before.get_toc() == after.get_toc() and before.metadata["title"] == after.metadata["title"]
    for a, b in zip(before, after, strict=True):
        assert a.get_text("words") == b.get_text("words")
        assert a.get_pixmap(dpi=60).samples == b.get_pixmap(dpi=60).samples
    assert any(a.get_contents() for a in after)


def test_poppler_reads_it_as_tagged(tmp_path: Path, briefing: tuple[str, bytes, bytes]) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = tmp_path / "briefing.pdf"
    path.write_bytes(briefing[1])
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    struct = subprocess.run(["pdfinfo", "-struct", str(path)], capture_output=True, text=True, check=True).stdout
    assert struct.startswith("Document") and "TH" in struct and "LBody" in struct


def test_export_writes_the_tagged_briefing(tmp_path: Path, comparison: tuple[Comparison, list[Note]]) -> None:
    result, _notes = comparison
    with speaking("nl"):
        export_all(result, [], tmp_path / "out", only={"briefing_pdf"})
    doc = pymupdf.open(tmp_path / "out" / "advies.briefing.pdf")
    assert doc.xref_get_key(doc.pdf_catalog(), "MarkInfo/Marked") == ("bool", "true")
    assert doc.xref_get_key(doc.pdf_catalog(), "Lang") == ("string", "nl-NL")
