"""Annotated copies carry no active content: scripts, launches, form posts and attached files are taken out."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tests.hardening.badfiles import GOOD_ADVICE, GOOD_RESPONSE, deep_outline_pdf, hostile_pdf
from tests.hardening.test_cli_bad_input import run
from weerwoord.core.publishing.sanitize import OUTLINE_DEPTH, remove_active_content

ACTIVE = ("/JavaScript", "/Launch", "/SubmitForm", "/EmbeddedFile", "/AA", "/FileAttachment")


def _active_objects(doc: pymupdf.Document) -> list[str]:
    found = []
    for xref in range(1, doc.xref_length()):
        source = doc.xref_object(xref, compressed=True)
        found += [f"{xref}: {word}" for word in ACTIVE if word in source]
    return found


def _export(tmp_path: Path, advice: Path) -> Path:
    out = tmp_path / "out"
    code, _out, err = run("export", str(advice), str(GOOD_RESPONSE), "--out", str(out), "--data-dir", str(tmp_path))
    assert code == 0, err
    return out / f"{advice.stem}.annotated.pdf"


def test_the_hostile_original_has_it_all(tmp_path: Path) -> None:
    doc = pymupdf.open(hostile_pdf(tmp_path / "hostile.pdf"))
    found = " ".join(_active_objects(doc))
    assert all(word in found for word in ACTIVE)


def test_an_exported_copy_keeps_text_and_links_but_no_active_content(tmp_path: Path) -> None:
    original = hostile_pdf(tmp_path / "hostile.pdf")
    before = original.read_bytes()
    copy = pymupdf.open(_export(tmp_path, original))
    assert _active_objects(copy) == []
    assert copy.embfile_count() == 0
    kinds = {link["kind"] for link in copy[0].get_links()}
    assert {pymupdf.LINK_URI, pymupdf.LINK_GOTO} <= kinds and pymupdf.LINK_LAUNCH not in kinds
    with pymupdf.open(GOOD_ADVICE) as good:
        assert copy[1].get_text() == good[1].get_text()
    assert original.read_bytes() == before  # the original is only read


def test_removing_changes_nothing_in_an_ordinary_document() -> None:
    doc = pymupdf.open(GOOD_ADVICE)
    before = [doc.xref_object(x) for x in range(1, doc.xref_length())]
    remove_active_content(doc)
    assert [doc.xref_object(x) for x in range(1, doc.xref_length())] == before


def test_an_outline_nested_five_thousand_deep_is_cut_and_exported(tmp_path: Path) -> None:
    deep = deep_outline_pdf(tmp_path / "deep.pdf")
    copy = pymupdf.open(_export(tmp_path, deep))
    toc = copy.get_toc()
    assert max(level for level, _title, _page in toc) == OUTLINE_DEPTH
    assert any("Weerwoord" in title for _level, title, _page in toc)


def test_an_outline_that_loops_is_cut(tmp_path: Path) -> None:
    deep = deep_outline_pdf(tmp_path / "loop.pdf", depth=3)
    doc = pymupdf.open(deep)
    root = int(doc.xref_get_key(doc.pdf_catalog(), "Outlines")[1].split()[0])
    first = doc.xref_get_key(root, "First")[1]
    last_item = doc.xref_length() - 2  # the deepest entry: made just before the root
    doc.xref_set_key(last_item, "Next", first)  # back to the top
    remove_active_content(doc)
    assert doc.xref_get_key(last_item, "Next")[0] == "null"
    assert len(doc.get_toc()) == 3
