"""File ▸ Export…, Edit ▸ Copy table and File ▸ Print briefing… driven from the window, files read back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pymupdf
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from tests.gui.conftest import FakeDialogs, open_and_wait, select_in_reply
from weerwoord.core.publishing.briefing import briefing_pdf
from weerwoord.core.publishing.export import GROUPS, output_names


def _window_with_note(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> tuple[Any, FakeDialogs]:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    open_and_wait(qtbot, window, *example)
    qtbot.waitUntil(window.notes.pages.ready, timeout=30_000)
    select_in_reply(qtbot, window, "3")
    window.notes.act_add.trigger()  # a note on the selected words of the reply
    assert len(window.notes.notes) == 1
    window.notes.panel.editor.setFocus()
    qtbot.keyClicks(window.notes.panel.editor, "Navragen bij BZ")  # saved by the export itself, not the timer
    return window, dialogs


def _export(qtbot: Any, window: Any) -> Any:
    with qtbot.waitSignal(window.exporter.finished, timeout=120_000) as blocker:
        window.exporter.act_export.trigger()
    return blocker.args


def test_export_from_the_dialog_writes_every_file(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _window_with_note(qtbot, make_window, example)
    out = tmp_path / "out"
    dialogs.export_answer = (str(out), set(GROUPS))
    written, error = _export(qtbot, window)
    assert error is None
    names = output_names(window.comparison())
    assert sorted(p.name for p in written) == sorted(names.values())
    assert dialogs.exported == [[p.name for p in written]]
    assert dialogs.overwrite_asked == []
    # a second export into the same folder asks first; no means nothing is touched
    tables = [names["pairs_md"], names["pairs_csv"], names["pairs_xlsx"]]
    before = (out / names["pairs_md"]).stat().st_mtime_ns
    dialogs.export_answer = (str(out), {"tables"})
    window.exporter.act_export.trigger()
    assert dialogs.overwrite_asked == [tables]
    assert not window.exporter.running and (out / names["pairs_md"]).stat().st_mtime_ns == before
    dialogs.overwrite_answer = True
    written, error = _export(qtbot, window)
    assert error is None and sorted(p.name for p in written) == sorted(tables)
    _, anchor_page, rects = next(iter(window.notes.places.values()))
    window.close()  # the worker stops: PyMuPDF is used on one thread at a time
    doc = pymupdf.open(out / names["response_pdf"])
    mine = [
        (page.number + 1, a.rect, a.info)
        for page in doc
        for a in page.annots()
        if a.info["content"].startswith("Navragen bij BZ")
    ]
    doc.close()
    assert len(mine) == 1
    page, rect, info = mine[0]
    assert "Note" in info["subject"] and "open" in info["subject"]  # the note's status, in words
    assert page == anchor_page and abs(rect.y0 - rects[0][1]) < 30  # on its words
    assert pymupdf.open(out / names["briefing_pdf"]).page_count >= 2
    assert "Navragen bij BZ" in (out / names["pairs_csv"]).read_text(encoding="utf-8-sig")


def test_an_export_problem_is_one_clear_dialog(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _window_with_note(qtbot, make_window, example)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    dialogs.export_answer = (str(blocked), {"tables"})
    written, error = _export(qtbot, window)
    assert written == [] and error is not None
    assert len(dialogs.errors) == 1 and "not a folder" in dialogs.errors[0]
    assert dialogs.exported == []


def test_copy_table_puts_html_and_text_on_the_clipboard(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window, _ = _window_with_note(qtbot, make_window, example)
    window.exporter.act_copy_table.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.html().startswith("<table")
    assert "Navragen bij BZ" in mime.html()
    lines = mime.text().rstrip("\r\n").splitlines()
    assert len(lines) == len(window.comparison().pairs) + 1
    assert all(line.count("\t") == 9 for line in lines)
    assert lines[0].startswith("No.\tRecommendation\tVerdict")


def test_print_briefing_to_a_pdf_file(qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path) -> None:
    window, _ = _window_with_note(qtbot, make_window, example)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    # (the briefing says when it was made, to the minute: the printed one was made between these two moments)
    before = datetime.now()
    with qtbot.waitSignal(window.printer.printed, timeout=120_000) as blocker:
        window.printer.print_to(printer)
    after = datetime.now()
    problem, pages = blocker.args
    assert problem is None
    window.close()
    printed = pymupdf.open(target)
    assert printed.page_count == pages >= 2
    briefings = [
        pymupdf.open("pdf", briefing_pdf(window.comparison(), window.notes.all_notes(), when))
        for when in (before, after)
    ]
    assert all(printed.page_count == briefing.page_count for briefing in briefings)
    for k, page in enumerate(printed):
        assert page.get_images() == []  # no page drawn as a picture: text stays text
        # (the printer's font spaces words its own way, and may set "fi" as one glyph: read as its letters)
        text = page.get_text(flags=pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES)
        letters = sorted("".join(text.split()))
        sources = [sorted("".join(briefing[k].get_text().split())) for briefing in briefings]
        assert letters and letters in sources  # every letter, as text
    assert "Navragen bij BZ" in " ".join(p.get_text() for p in printed)
    printed.close()


def test_exported_xfdf_imports_back_as_the_same_note(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _window_with_note(qtbot, make_window, example)
    panel = window.notes.panel
    panel.status.setCurrentIndex(panel.status.findData("follow-up"))
    panel.status.activated.emit(panel.status.currentIndex())
    dialogs.export_answer = (str(tmp_path / "out"), {"annotated"})
    written, error = _export(qtbot, window)
    assert error is None
    (note,) = window.notes.notes.values()
    window.notes.actions.act_delete.trigger()
    assert window.notes.notes == {}
    xfdf = next(p for p in written if p.name == output_names(window.comparison())["response_xfdf"])
    dialogs.xfdf_answer = str(xfdf)
    with qtbot.waitSignal(window.notes.review_importer().finished, timeout=60_000):  # read and written on the worker
        window.notes.actions.act_import.trigger()
    (back,) = window.notes.notes.values()
    assert (back.text, back.number, back.status, back.author) == (note.text, "3", "follow-up", note.author)
    assert back.anchor is not None and window.notes.places[back.id] is not None  # anchored near the icon


def test_the_window_exports_in_its_own_language(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window, dialogs = _window_with_note(qtbot, make_window, example)
    window.worker.language = "nl"  # as a window in Dutch sets it
    dialogs.export_answer = (str(tmp_path / "out"), {"briefing_pdf"})
    written, error = _export(qtbot, window)
    assert error is None
    window.close()
    briefing = next(p for p in written if p.name.endswith(".briefing.pdf"))
    text = " ".join(page.get_text() for page in pymupdf.open(briefing))
    assert "Aanbeveling" in text and "Recommendation" not in text
