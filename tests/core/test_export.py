"""Exports read back: annotated PDFs, briefing (PDF, Word), tables; originals untouched; refusals."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pymupdf
import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files, sha
from weerwoord.core.errors import ExportError
from weerwoord.core.keeping.anchor import anchor_from_run
from weerwoord.core.keeping.store import Note, open_store
from weerwoord.core.model import Comparison
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.export_pdf import CATEGORY_KINDS
from weerwoord.core.publishing.report_text import (
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    VERDICT_COLOURS,
    VERDICT_LABELS,
    hex_colour,
    markdown_table,
)
from weerwoord.core.publishing.tables import html_table

ROOT = Path(__file__).resolve().parents[2]
Exported = tuple[Comparison, list[Note], list[Path], dict[str, str]]


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Comparison, list[Note], list[Path], dict[str, str]]:
    base = tmp_path_factory.mktemp("export")
    advice, response = make_pair_files(base / "in")
    before = {str(p): sha(p) for p in (advice, response)}
    result = build_comparison(advice, response)
    a_sha, r_sha = result.advice.sha256, result.response.sha256
    with open_store(str(base / "data")) as s:
        reply = result.pairs[0].reply
        assert reply is not None
        start = reply.run.text.index("een meldpunt")
        s.add_note(
            a_sha,
            r_sha,
            "Vraag aan directie: wie betaalt het meldpunt?",
            number="1",
            status="question",
            anchor=anchor_from_run(reply.run, start, start + len("een meldpunt"), side="response"),
            author="els",
        )
        s.add_note(a_sha, r_sha, "Opmerking bij aanbeveling 2", number="2", author="jan")
        notes = s.list_notes(a_sha, r_sha)
    written = export_all(result, notes, base / "out")
    return result, notes, written, before


def _annots(path: Path) -> list[tuple[int, str, pymupdf.Rect, dict[str, str], tuple[float, ...]]]:
    doc = pymupdf.open(path)
    out = []
    for page in doc:
        for a in page.annots():
            out.append((page.number, a.type[1], a.rect, dict(a.info), tuple(a.colors.get("stroke") or ())))
    doc.close()
    return out


def test_writes_every_file(exported: Exported) -> None:
    _, _, written, _ = exported
    assert sorted(p.name for p in written) == sorted(
        [
            "advies.annotated.pdf",
            "kabinetsreactie.annotated.pdf",
            "advies.xfdf",
            "kabinetsreactie.xfdf",
            "advies.briefing.pdf",
            "advies.briefing.docx",
            "advies.pairs.md",
            "advies.pairs.csv",
            "advies.pairs.xlsx",
        ]
    )
    out = written[0].parent
    assert sorted(os.listdir(out)) == sorted(p.name for p in written)  # no temporary files left
    assert all((p.stat().st_mode & 0o777) != 0o600 for p in written)  # ordinary permissions, not mkstemp's


def test_originals_are_untouched(exported: Exported) -> None:
    _, _, _, before = exported
    for path, digest in before.items():
        assert sha(Path(path)) == digest


def test_marks_are_told_apart_by_kind_over_their_words(
    exported: Exported,
) -> None:
    """Each category its own kind of annotation (greyscale print keeps them apart), on exactly its words."""
    result, _, written, _ = exported
    path = next(p for p in written if p.name == "kabinetsreactie.annotated.pdf")
    doc = pymupdf.open(path)
    pages = list(doc)  # annotations must not outlive their page objects
    ours = [(p.number, a) for p in pages[:2] for a in p.annots() if a.info["title"] == "Weerwoord"]
    marks = [m for pair in result.pairs for m in pair.marks]
    assert {m.category for m in marks} == set(CATEGORY_KINDS)
    assert len(set(CATEGORY_KINDS.values())) == 4  # four kinds for four categories, not four colours
    for mark in marks:
        label = CATEGORY_LABELS[mark.category]
        hits = [(n, a) for n, a in ours if a.info["subject"] == label and a.type[1] == CATEGORY_KINDS[mark.category]]
        hits = [(n, a) for n, a in hits if mark.text.split()[0] in doc[n].get_textbox(a.rect)]
        assert hits, f"no {CATEGORY_KINDS[mark.category]} for {mark.text!r}"
        page_no, annot = hits[0]
        assert mark.rule in annot.info["content"] and annot.info["id"].startswith("weerwoord-mark-")
        assert annot.colors["stroke"] == pytest.approx(CATEGORY_COLOURS[mark.category], abs=0.01)
        if annot.type[1] != "Square":  # text markup: the marked area reads exactly the mark (one line here)
            quad = pymupdf.Quad(*annot.vertices[:4])
            assert " ".join(doc[page_no].get_textbox(quad.rect).split()).startswith(mark.text)
        else:
            assert annot.border["dashes"], "commitment: a dashed box"
    names = [a.info["id"] for p in pages for a in p.annots()]
    assert len(names) == len(set(names)) and all(names)  # every annotation named, no name twice
    doc.close()


def test_replies_framed_with_verdict_notes_and_outline(
    exported: Exported,
) -> None:
    result, _, written, _ = exported
    path = next(p for p in written if p.name == "kabinetsreactie.annotated.pdf")
    annots = _annots(path)
    squares = [
        a
        for a in annots
        if a[1] == "Square" and a[0] < 2 and a[4] != pytest.approx(CATEGORY_COLOURS["commitment"], abs=0.01)
    ]
    assert len(squares) == 4  # three replies and the unlinked section
    verdict_notes = [a for a in annots if a[1] == "Text" and a[3]["title"] == "Weerwoord"]
    assert len(verdict_notes) == 3
    for pair in result.pairs:
        note = next(a for a in verdict_notes if a[3]["content"].startswith(f"Recommendation {pair.number}:"))
        assert pair.reason in note[3]["content"]
        assert note[3]["subject"] == f"Verdict: {VERDICT_LABELS[pair.verdict]}"
        assert note[4] == pytest.approx(VERDICT_COLOURS[pair.verdict], abs=0.01)
        frame = next(a for a in squares if a[3]["content"] == note[3]["content"])
        doc = pymupdf.open(path)
        assert pair.reply is not None
        assert pair.reply.text.split()[0] in doc[frame[0]].get_textbox(frame[2])
        doc.close()
    doc = pymupdf.open(path)
    toc = doc.get_toc()
    doc.close()
    assert toc[0][:2] == [1, "Weerwoord: replies"]
    assert [e[1].split(".")[0] for e in toc[1:4]] == ["1", "2", "3"]
    assert [e[2] for e in toc[1:4]] == [1, 1, 2]
    assert "Disagrees" in toc[3][1]
    assert toc[4][1:] == ["Weerwoord: key and summary", 3]


def test_key_and_summary_page_at_the_end(exported: Exported) -> None:
    """The original's pages keep their numbers; one page is added with the key and every verdict."""
    result, _, written, _ = exported
    for name, original in (("kabinetsreactie.annotated.pdf", 2), ("advies.annotated.pdf", 2)):
        doc = pymupdf.open(next(p for p in written if p.name == name))
        assert doc.page_count == original + 1
        key = doc[original]
        text = " ".join(key.get_text().split())
        assert "Weerwoord: key and summary" in text and "3 recommendations" in text
        for pair in result.pairs:
            assert VERDICT_LABELS[pair.verdict] in text
        kinds = {a.type[1] for a in key.annots()}
        if name.startswith("kabinet"):
            assert kinds >= set(CATEGORY_KINDS.values()) | {"Highlight"}
            assert "Disagreement (struck out)" in text
        doc.close()


def test_user_notes_on_their_words(
    exported: Exported,
) -> None:
    """A note on words: a highlight on exactly those words, the note as its text; a note on a recommendation
    as a whole: a note icon beside it. Author, dates and a subject in words."""
    _, notes, written, _ = exported
    response = _annots(next(p for p in written if p.name == "kabinetsreactie.annotated.pdf"))
    advice = _annots(next(p for p in written if p.name == "advies.annotated.pdf"))
    els = [a for a in response if a[3]["title"] == "els"]
    assert len(els) == 1
    page, kind, _rect, info, _ = els[0]
    assert page == 0
    assert kind == "Highlight" and info["content"] == "Vraag aan directie: wie betaalt het meldpunt?"
    assert info["subject"] == "Note: question"
    assert info["creationDate"].startswith("D:" + notes[0].created[:10].replace("-", ""))
    doc = pymupdf.open(next(p for p in written if p.name == "kabinetsreactie.annotated.pdf"))
    first = doc[0]
    highlight = next(a for a in first.annots() if a.info["title"] == "els")
    quad = pymupdf.Quad(*highlight.vertices[:4])
    assert " ".join(first.get_textbox(quad.rect).split()) == "een meldpunt"
    doc.close()
    jan = [a for a in advice if a[3]["title"] == "jan"]  # no anchor: a note icon beside recommendation 2
    assert len(jan) == 1 and jan[0][1] == "Text" and jan[0][3]["content"] == "Opmerking bij aanbeveling 2"


def test_briefing_pdf(exported: Exported) -> None:
    result, _, written, _ = exported
    doc = pymupdf.open(next(p for p in written if p.name == "advies.briefing.pdf"))
    # the summary page; three short recommendations, the unlinked reply and the notes share the pages after it
    assert doc.page_count < 1 + len(result.pairs)
    title = " ".join(doc[0].get_text().split())
    assert "Advies digitale weerbaarheid" in title and "Kabinetsreactie op het advies" in title
    for word in ("Agrees", "Partly agrees", "Disagrees"):
        assert word in title
    plain = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # ligatures ("ﬁ") spelled out
    for pair in result.pairs:
        text = " ".join(" ".join(page.get_text(flags=plain) for page in doc).split())
        assert f"Recommendation {pair.number}" in text
        assert pair.recommendation.text in text
        assert pair.reason in text
        assert pair.reply is not None and pair.reply.text in text
    assert any("wie betaalt het meldpunt" in page.get_text() for page in doc)
    assert doc.get_toc()[0][1] == "Summary"
    assert [e[2] for e in doc.get_toc()][:2] == [1, 2] and len(doc.get_toc()) == 5  # + 3 recs, unlinked
    meta = doc.metadata
    assert meta["author"] == "Weerwoord" and meta["creationDate"].startswith("D:20")
    assert meta["title"] == "Briefing: Advies digitale weerbaarheid"
    copied = "".join(page.get_text() for page in doc)  # no flags: as a viewer copies it
    assert not any(ch in copied for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04") and "Briefing" in copied
    fonts = {f[3] for page in doc for f in page.get_fonts()}
    assert fonts, "fonts are embedded"
    doc.close()


def test_briefing_docx(exported: Exported) -> None:
    result, _, written, _ = exported
    d = docx.Document(str(next(p for p in written if p.name == "advies.briefing.docx")))
    text = "\n".join(p.text for p in d.paragraphs)
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["No.", "Recommendation", "Verdict", "Advice", "Response"]
    assert "Partly agrees" in table.rows[2].cells[2].text
    for pair in result.pairs:
        assert pair.recommendation.text in text and pair.reason in text
    marked = [
        r
        for p in d.paragraphs
        for r in p.runs
        if r._r.rPr is not None
        and r._r.rPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd") is not None
    ]
    assert any(r.text == "heeft bedenkingen bij" and r.italic for r in marked)


def test_tables(exported: Exported) -> None:
    result, _, written, _ = exported
    raw = next(p for p in written if p.name == "advies.pairs.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["number"] for r in rows] == ["1", "2", "3"]
    assert [r["verdict"] for r in rows] == ["agrees", "partly", "disagrees"]
    assert rows[0]["advice_page"] == "p. 1" and rows[2]["response_page"] == "p. 2"
    assert "wie betaalt" in rows[0]["notes"] and "[question]" in rows[0]["notes"]
    assert "Reservation: “heeft bedenkingen bij”" in rows[1]["key_marks"]
    md = next(p for p in written if p.name == "advies.pairs.md").read_text()
    assert md.count("\n| ") == 4 and "| Partly agrees |" in md
    table = markdown_table(result)
    assert table.splitlines()[0].startswith("| No. | Recommendation | Verdict | Reason |")
    assert len(table.splitlines()) == 5
    html = html_table(result)
    assert html.startswith("<table") and "Disagrees" in html
    assert hex_colour(VERDICT_COLOURS["disagrees"]) in html


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    out = tmp_path / "out"
    out.mkdir()
    (out / "advies.briefing.pdf").write_bytes(b"mine")
    (out / "advies.pairs.csv").write_text("mine")
    with pytest.raises(ExportError) as info:
        export_all(result, [], out)
    assert "advies.briefing.pdf" in info.value.message and "advies.pairs.csv" in info.value.message
    assert (out / "advies.briefing.pdf").read_bytes() == b"mine"
    assert sorted(os.listdir(out)) == ["advies.briefing.pdf", "advies.pairs.csv"]
    export_all(result, [], out, force=True)
    assert (out / "advies.briefing.pdf").read_bytes().startswith(b"%PDF")


def test_never_writes_over_an_original(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    advice, response = make_pair_files(folder)
    shutil.copy(response, folder / "advies.briefing.pdf")  # a response named as the advice's briefing would be
    result = build_comparison(advice, folder / "advies.briefing.pdf")
    with pytest.raises(ExportError, match="original"):
        export_all(result, [], folder, force=True)


def test_text_input_is_converted(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    txt = tmp_path / "in" / "reactie.txt"
    txt.write_text("Kabinetsreactie\n\nHet kabinet neemt deze aanbeveling over.\n", encoding="utf-8")
    result.response.path = str(txt)
    result.response.sha256 = sha(txt)  # the version "analysed"
    result.pairs = []
    result.unmatched_replies = []
    written = export_all(result, [], tmp_path / "out")
    doc = pymupdf.open(next(p for p in written if p.name == "reactie.annotated.pdf"))
    assert doc.is_pdf and "neemt deze aanbeveling over" in doc[0].get_text()


FAILING_EXPORT = r"""
import sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.errors import ExportError
from weerwoord.core.publishing.export import export_all
a, r = make_pair_files(Path(sys.argv[3]))
try:
    export_all(build_comparison(a, r), [], sys.argv[1])
except ExportError as err:
    print("ExportError:", err.message)
"""


@pytest.mark.parametrize(
    ("options", "expected"), [("ro", "read-only"), ("size=48k", "disk is full")], ids=["read-only", "full"]
)
def test_unwritable_destination(tmp_path: Path, options: str, expected: str) -> None:
    """A read-only or full folder (a real tmpfs, mounted in a private namespace): a clear error, no debris."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-rm", "true"]).returncode != 0:
        pytest.skip("needs unshare to mount a private tmpfs")
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "export.py"
    script.write_text(FAILING_EXPORT)
    py = sys.executable
    cmd = (
        f"mount -t tmpfs -o {options} tmpfs {out} && cd {ROOT} && "
        f"PYTHONPATH={ROOT / 'src'} {py} {script} {out} {ROOT} {tmp_path / 'in'} && "
        f"echo LEFT: $(ls -A {out})"
    )
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "ExportError: " in proc.stdout and expected in proc.stdout, proc.stdout + proc.stderr
    left = proc.stdout.split("LEFT:", 1)[1].split()
    assert not [name for name in left if name.endswith(".tmp")], left
    if options == "ro":
        assert left == []


def test_protected_original_gives_protected_copy(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    locked = tmp_path / "in" / "reactie-beveiligd.pdf"
    doc = pymupdf.open(response)
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="eigenaar")
    doc.close()
    result.response.path = str(locked)
    result.response.sha256 = sha(locked)  # the version "analysed"
    written = export_all(result, [], tmp_path / "out", response_password="geheim")
    copy = pymupdf.open(next(p for p in written if p.name == "reactie-beveiligd.annotated.pdf"))
    assert copy.needs_pass and copy.authenticate("geheim")
    assert "neemt deze aanbeveling over" in copy[0].get_text()
    pages = [copy[i] for i in range(copy.page_count)]
    subjects = {a.info["subject"] for p in pages for a in p.annots() if a.info["subject"] in CATEGORY_LABELS.values()}
    assert len(subjects) == 4
    assert copy.page_count == 3  # the key page added to the protected copy too
    copy.close()


def test_only_the_chosen_groups_are_written(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    out = tmp_path / "out"
    (out).mkdir()
    (out / "advies.briefing.pdf").write_bytes(b"someone else's")
    steps: list[tuple[int, int]] = []
    written = export_all(
        result, [], out, only={"tables", "briefing_docx"}, progress=lambda d, t, w: steps.append((d, t))
    )
    assert sorted(p.name for p in written) == [
        "advies.briefing.docx",
        "advies.pairs.csv",
        "advies.pairs.md",
        "advies.pairs.xlsx",
    ]
    assert (out / "advies.briefing.pdf").read_bytes() == b"someone else's"  # not chosen, so not a clash either
    assert steps[-1] == (4, 4)
    with pytest.raises(ExportError):
        export_all(result, [], out, only={"nonsense"})
