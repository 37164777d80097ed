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

from app.core.errors import ExportError
from app.core.keeping.anchor import anchor_from_run
from app.core.keeping.store import Note, open_store
from app.core.model import Comparison
from app.core.publishing.export import export_all
from app.core.publishing.report_text import CATEGORY_COLOURS, VERDICT_COLOURS, hex_colour, markdown_table
from app.core.publishing.tables import html_table
from tests.core.test_export_fixtures import build_comparison, make_pair_files, sha

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
            "briefing.pdf",
            "briefing.docx",
            "pairs.md",
            "pairs.csv",
        ]
    )
    out = written[0].parent
    assert sorted(os.listdir(out)) == sorted(p.name for p in written)  # no temporary files left
    assert all((p.stat().st_mode & 0o777) != 0o600 for p in written)  # ordinary permissions, not mkstemp's


def test_originals_are_untouched(exported: Exported) -> None:
    _, _, _, before = exported
    for path, digest in before.items():
        assert sha(Path(path)) == digest


def test_marks_are_highlights_over_their_words(
    exported: Exported,
) -> None:
    result, _, written, _ = exported
    path = next(p for p in written if p.name == "kabinetsreactie.annotated.pdf")
    doc = pymupdf.open(path)
    pages = list(doc)  # annotations must not outlive their page objects
    highlights = [(p.number, a) for p in pages for a in p.annots() if a.type[1] == "Highlight"]
    marks = [m for pair in result.pairs for m in pair.marks]
    expected = sum(len(s.rects) > 0 for m in marks for s in m.spans)
    assert len(highlights) == expected
    for mark in marks:
        hits = [a for _, a in highlights if a.info["content"].startswith(mark.category.capitalize())]
        hits = [a for a in hits if mark.text.split()[0] in doc[mark.spans[0].page - 1].get_textbox(a.rect)]
        assert hits, f"no highlight for {mark.text!r}"
        annot = hits[0]
        assert annot.info["subject"] == mark.category
        assert mark.rule in annot.info["content"]
        assert tuple(round(c, 2) for c in annot.colors["stroke"]) == pytest.approx(
            CATEGORY_COLOURS[mark.category], abs=0.01
        )
        # the words under the highlight (all its lines) are the mark's words
        under = " ".join(
            doc[s.page - 1].get_textbox(a.rect).strip() for s in mark.spans for _, a in highlights if a is annot
        )
        assert mark.text.split()[0] in under
    # one-line marks: the highlighted box reads exactly the mark
    one_line = next(m for m in marks if m.text == "heeft bedenkingen bij")
    box = next(a for _, a in highlights if "bedenkingen" in a.info["content"])
    quad = pymupdf.Quad(*box.vertices[:4])  # the highlighted area itself (the annotation rect has a margin)
    assert doc[0].get_textbox(quad.rect).strip() == one_line.text
    doc.close()


def test_replies_framed_with_verdict_notes_and_outline(
    exported: Exported,
) -> None:
    result, _, written, _ = exported
    path = next(p for p in written if p.name == "kabinetsreactie.annotated.pdf")
    annots = _annots(path)
    squares = [a for a in annots if a[1] == "Square"]
    assert len(squares) == 4  # three replies and the unlinked section
    verdict_notes = [a for a in annots if a[1] == "Text" and a[3]["title"] == "Weerwoord"]
    assert len(verdict_notes) == 3
    for pair in result.pairs:
        note = next(a for a in verdict_notes if a[3]["content"].startswith(f"Recommendation {pair.number}:"))
        assert pair.reason in note[3]["content"]
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
    assert [e[1].split(".")[0] for e in toc[1:]] == ["1", "2", "3"]
    assert [e[2] for e in toc[1:]] == [1, 1, 2]
    assert "Disagrees" in toc[3][1]


def test_advice_framed_and_outlined(
    exported: Exported,
) -> None:
    result, _, written, _ = exported
    path = next(p for p in written if p.name == "advies.annotated.pdf")
    doc = pymupdf.open(path)
    pages = list(doc)  # annotations must not outlive their page objects
    squares = [(p.number, a) for p in pages for a in p.annots() if a.type[1] == "Square"]
    assert len(squares) == 3
    for pair, (page_no, annot) in zip(result.pairs, squares, strict=True):
        text = " ".join(doc[page_no].get_textbox(annot.rect).split())
        assert pair.recommendation.text in text
        assert annot.info["content"].startswith(f"Recommendation {pair.number}:")
    toc = doc.get_toc()
    assert toc[0][1] == "Weerwoord: recommendations"
    assert [e[2] for e in toc[1:]] == [1, 1, 2]
    doc.close()


def test_user_notes_are_text_annotations(
    exported: Exported,
) -> None:
    _, notes, written, _ = exported
    response = _annots(next(p for p in written if p.name == "kabinetsreactie.annotated.pdf"))
    advice = _annots(next(p for p in written if p.name == "advies.annotated.pdf"))
    els = [a for a in response if a[1] == "Text" and a[3]["title"] == "els"]
    assert len(els) == 1
    page, _, rect, info, _ = els[0]
    assert "wie betaalt het meldpunt" in info["content"]
    assert "Status: question" in info["content"] and notes[0].modified[:10] in info["content"]
    # placed beside the anchored words "een meldpunt" (line 1 of the reply, page 1)
    assert page == 0 and 90 < rect.y1 < 160
    jan = [a for a in advice if a[1] == "Text" and a[3]["title"] == "jan"]  # no anchor: beside recommendation 2
    assert len(jan) == 1 and "Opmerking bij aanbeveling 2" in jan[0][3]["content"]


def test_briefing_pdf(exported: Exported) -> None:
    result, _, written, _ = exported
    doc = pymupdf.open(next(p for p in written if p.name == "briefing.pdf"))
    assert doc.page_count == 1 + len(result.pairs) + 1  # title, one per recommendation, unlinked replies
    title = " ".join(doc[0].get_text().split())
    assert "Advies digitale weerbaarheid" in title and "Kabinetsreactie op het advies" in title
    for word in ("Agrees", "Partly agrees", "Disagrees"):
        assert word in title
    plain = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # ligatures ("ﬁ") spelled out
    for i, pair in enumerate(result.pairs, start=1):
        text = " ".join(doc[i].get_text(flags=plain).split())
        assert f"Recommendation {pair.number}" in text
        assert pair.recommendation.text in text
        assert pair.reason in text
        assert pair.reply is not None and pair.reply.text in text
    assert "wie betaalt het meldpunt" in doc[1].get_text()
    assert doc.get_toc()[0][1] == "Summary"
    fonts = {f[3] for page in doc for f in page.get_fonts()}
    assert fonts, "fonts are embedded"
    doc.close()


def test_briefing_docx(exported: Exported) -> None:
    result, _, written, _ = exported
    d = docx.Document(str(next(p for p in written if p.name == "briefing.docx")))
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
    raw = next(p for p in written if p.name == "pairs.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["number"] for r in rows] == ["1", "2", "3"]
    assert [r["verdict"] for r in rows] == ["agrees", "partly", "disagrees"]
    assert rows[0]["advice_page"] == "p. 1" and rows[2]["response_page"] == "p. 2"
    assert "wie betaalt" in rows[0]["notes"] and "[question]" in rows[0]["notes"]
    assert "Reservation: “heeft bedenkingen bij”" in rows[1]["key_marks"]
    md = next(p for p in written if p.name == "pairs.md").read_text()
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
    (out / "briefing.pdf").write_bytes(b"mine")
    (out / "pairs.csv").write_text("mine")
    with pytest.raises(ExportError) as info:
        export_all(result, [], out)
    assert "briefing.pdf" in info.value.message and "pairs.csv" in info.value.message
    assert (out / "briefing.pdf").read_bytes() == b"mine"
    assert sorted(os.listdir(out)) == ["briefing.pdf", "pairs.csv"]
    export_all(result, [], out, force=True)
    assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_never_writes_over_an_original(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    advice, response = make_pair_files(folder)
    shutil.copy(advice, folder / "briefing.pdf")
    result = build_comparison(folder / "briefing.pdf", response)
    with pytest.raises(ExportError, match="original"):
        export_all(result, [], folder, force=True)


def test_text_input_is_converted(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    txt = tmp_path / "in" / "reactie.txt"
    txt.write_text("Kabinetsreactie\n\nHet kabinet neemt deze aanbeveling over.\n", encoding="utf-8")
    result.response.path = str(txt)
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
from app.core.errors import ExportError
from app.core.publishing.export import export_all
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
        f"PYTHONPATH={ROOT} {py} {script} {out} {ROOT} {tmp_path / 'in'} && "
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
    written = export_all(result, [], tmp_path / "out", response_password="geheim")
    copy = pymupdf.open(next(p for p in written if p.name == "reactie-beveiligd.annotated.pdf"))
    assert copy.needs_pass and copy.authenticate("geheim")
    assert "neemt deze aanbeveling over" in copy[0].get_text()
    assert len(list(copy[0].annots(types=[pymupdf.PDF_ANNOT_HIGHLIGHT]))) == 4
    copy.close()


def test_only_the_chosen_groups_are_written(tmp_path: Path) -> None:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    out = tmp_path / "out"
    (out).mkdir()
    (out / "briefing.pdf").write_bytes(b"someone else's")
    steps: list[tuple[int, int]] = []
    written = export_all(
        result, [], out, only={"tables", "briefing_docx"}, progress=lambda d, t, w: steps.append((d, t))
    )
    assert sorted(p.name for p in written) == ["briefing.docx", "pairs.csv", "pairs.md"]
    assert (out / "briefing.pdf").read_bytes() == b"someone else's"  # not chosen, so not a clash either
    assert steps[-1] == (3, 3)
    with pytest.raises(ExportError):
        export_all(result, [], out, only={"nonsense"})
