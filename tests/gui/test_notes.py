"""Notes in the window: made from a selection, saved as typed (real SQLite), re-attached, orphaned, undone, imported."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pymupdf
from PySide6.QtCore import Qt

from tests.gui.conftest import FakeDialogs, open_and_wait, select_in_reply
from weerwoord.core.keeping.anchor import Anchor
from weerwoord.core.keeping.store import open_store


def _open(qtbot: Any, window: Any, advice: Path, response: Path) -> None:
    open_and_wait(qtbot, window, advice, response)
    qtbot.waitUntil(window.notes.pages.ready, timeout=30_000)


def _type_note(qtbot: Any, window: Any, text: str) -> None:
    editor = window.notes.panel.editor
    assert editor.isEnabled() and not editor.isReadOnly()
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def _all(data_dir: Path) -> list[Any]:
    """Every note in the store, read with a connection of its own."""
    with open_store(data_dir) as s:
        rows = s._query("SELECT DISTINCT advice_sha, response_sha FROM notes")
        return [n for r in rows for n in s.list_notes(r[0], r[1])]


def test_a_note_typed_in_the_window_survives_a_new_window(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window()
    _open(qtbot, window, *example)
    quote = select_in_reply(qtbot, window, "3")
    qtbot.keyClick(window.panes["response"].view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.sidebar.currentWidget() is window.notes.panel
    _type_note(qtbot, window, "Wie betaalt dit?")
    qtbot.wait(600)  # past the save delay: saved while the window is open
    assert [n.text for n in _all(tmp_path / "data")] == ["Wie betaalt dit?"]
    row = window.pairs_model.row_of_number("3")
    assert window.pairs_model.entries[row].has_notes
    window.close()

    again = make_window()
    _open(qtbot, again, *example)
    rows = again.notes.panel.rows
    assert len(rows) == 1
    assert rows[0].text == "Wie betaalt dit?" and rows[0].number == "3"
    assert rows[0].state == "attached" and rows[0].quote == quote
    assert again.pairs_model.entries[again.pairs_model.row_of_number("3")].has_notes
    # clicking the note selects its pair and shows its passage
    again.navigator.select_number("1")
    item = again.notes.panel.list.item(0)
    again.notes.panel.list.setCurrentItem(item)
    again.notes.panel.activated.emit(item.data(Qt.ItemDataRole.UserRole))
    assert again.current_number() == "3"
    side, page, _rects = again.notes.places[rows[0].key]
    assert side == "response" and page in again.panes["response"].view.visible_pages()


def test_keystrokes_typed_just_before_closing_are_saved(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window()
    _open(qtbot, window, *example)
    window.navigator.select_number("2")
    window.notes.act_add.trigger()  # no selection: a note on the recommendation
    _type_note(qtbot, window, "Eerste versie")
    qtbot.wait(600)
    _type_note(qtbot, window, ", en meer")  # within the save delay …
    window.close()  # … and closed at once
    notes = _all(tmp_path / "data")
    assert [(n.text, n.number, n.anchor) for n in notes] == [("Eerste versie, en meer", "2", None)]


def test_status_filter_delete_and_undo(qtbot: Any, make_window: Any, example: tuple[Path, Path]) -> None:
    window = make_window()
    _open(qtbot, window, *example)
    notes, panel = window.notes, window.notes.panel
    window.navigator.select_number("1")
    first = notes.add_note("1", text="een")
    second = notes.add_note("2", text="twee")
    assert first is not None and second is not None
    panel.select(second.id)
    panel.status.setCurrentIndex(panel.status.findData("question"))
    panel.status.activated.emit(panel.status.currentIndex())
    assert notes.notes[second.id].status == "question"
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("question"))
    assert panel.list.count() == 1
    panel.clear_filters()
    panel.number_filter.setCurrentIndex(panel.number_filter.findData("1"))
    assert panel.list.count() == 1 and panel.current_key() in (None, first.id)
    panel.clear_filters()
    # deleting is undoable, and the note comes back as it was
    panel.select(second.id)
    notes.actions.act_delete.trigger()
    assert second.id not in notes.notes
    assert not window.pairs_model.entries[window.pairs_model.row_of_number("2")].has_notes
    notes.actions.act_undo.trigger()
    with open_store(window.keeper.data_dir) as s:
        back = s.get_note(second.id)
    assert back is not None and back.status == "question" and back.text == "twee"
    assert window.pairs_model.entries[window.pairs_model.row_of_number("2")].has_notes
    notes.actions.act_undo.trigger()  # the status change
    assert notes.notes[second.id].status == "open"
    notes.actions.act_redo.trigger()
    assert notes.notes[second.id].status == "question"


def test_a_note_whose_passage_is_gone_is_shown_orphaned(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    advice, response = example
    revised = tmp_path / "revised-response.pdf"
    gone = "De AIV spreekt zich uit voor een actieve Nederlandse rol"
    doc = pymupdf.open(response)
    hits = [(page, page.search_for(gone)) for page in doc]
    assert any(rects for _, rects in hits), "the passage is in the example response"
    for page, rects in hits:
        for rect in rects:
            page.add_redact_annot(rect)
        page.apply_redactions()
    doc.save(revised)
    doc.close()
    sha = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (advice, revised)}
    data = tmp_path / "data"
    with open_store(data) as s:
        s.add_note(
            sha[advice],
            sha[revised],
            "Nog steeds van toepassing?",
            number="3",
            anchor=Anchor(gone, prefix="3. Strategische dialoog met Rusland ", page=5, side="response"),
        )
        kept = "kernwapens"  # a word that is still there
        s.add_note(sha[advice], sha[revised], "Blijft", number="1", anchor=Anchor(kept, side="response"))
    window = make_window(data_dir=data)
    _open(qtbot, window, advice, revised)
    states = {r.text: r.state for r in window.notes.panel.rows}
    assert states == {"Nog steeds van toepassing?": "orphaned", "Blijft": "attached"}
    item = window.notes.panel.list.item(0)
    assert "orphaned" in item.text()
    assert "1 orphaned" in window.notes.panel.summary.text()


def test_a_damaged_store_is_reported_once_and_a_fresh_one_used(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "weerwoord.sqlite3").write_bytes(b"this is no database" * 100)
    dialogs = FakeDialogs()
    window = make_window(dialogs, data_dir=data)
    _open(qtbot, window, *example)
    window.navigator.select_number("1")
    assert window.notes.add_note("1", text="nieuw") is not None
    assert len(dialogs.errors) == 1
    assert "damaged" in dialogs.errors[0] and str(data) in dialogs.errors[0]
    assert list(data.glob("weerwoord.sqlite3.damaged-*"))


def test_annotations_in_an_opened_pdf_are_listed_read_only(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    advice, response = example
    annotated = tmp_path / "response-with-review.pdf"
    doc = pymupdf.open(response)
    doc[1].add_text_annot((60, 100), "Klopt dit bedrag?").set_info(title="collega")
    doc.save(annotated)
    doc.close()
    window = make_window()
    _open(qtbot, window, advice, annotated)
    rows = [r for r in window.notes.panel.rows if r.read_only]
    assert [(r.text, r.author, r.where) for r in rows] == [("Klopt dit bedrag?", "collega", "response p. 2")]
    window.notes.panel.select(rows[0].key)
    assert window.notes.panel.editor.isReadOnly()
    assert not window.notes.actions.act_delete.isEnabled()


def test_a_colleagues_xfdf_becomes_notes(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    advice, response = example
    window = make_window()
    _open(qtbot, window, advice, response)
    pair = next(p for p in window.comparison().pairs if p.number == "3")
    span = pair.reply.run.spans()[0]
    x0, y0, x1, y1 = span.rects[0]
    height = window.notes.pages.sizes["response"][span.page - 1][1]
    quad = f"{x0},{height - y0},{x1},{height - y0},{x0},{height - y1},{x1},{height - y1}"
    xfdf = tmp_path / "review.xfdf"
    xfdf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
        f'<f href="{response.name}"/><annots>'
        f'<highlight page="{span.page - 1}" rect="{x0},{height - y1},{x1},{height - y0}" coords="{quad}"'
        ' title="Els"><contents>Te vaag geformuleerd</contents></highlight>'
        '<text page="0" rect="500,700,520,720" title="Els" subject="Note (question)">'
        "<contents>Algemene vraag\n\n— els, 2025-05-12. Status: question.</contents></text>"
        '<square page="0" rect="10,10,50,50" title="Weerwoord"><contents>verdict</contents></square>'
        "</annots></xfdf>",
        encoding="utf-8",
    )
    dialogs = window.dialogs
    dialogs.xfdf_answer = str(xfdf)
    with qtbot.waitSignal(window.notes.review_importer().finished, timeout=60_000):  # read and written on the worker
        window.notes.actions.act_import.trigger()
    rows = {r.text: r for r in window.notes.panel.rows}
    assert set(rows) == {"Te vaag geformuleerd", "Algemene vraag"}
    marked = rows["Te vaag geformuleerd"]
    assert marked.number == "3" and marked.state == "attached" and marked.author == "Els"
    assert marked.quote.split()[0] in pair.reply.text
    assert rows["Algemene vraag"].status == "question"
    # the import is one step to undo
    window.notes.actions.act_undo.trigger()
    assert window.notes.panel.rows == []


def test_ctrl_z_in_the_editor_undoes_typing_not_a_correction(
    qtbot: Any, make_window: Any, example: tuple[Path, Path]
) -> None:
    window = make_window()
    _open(qtbot, window, *example)
    window.navigator.select_number("1")
    window.notes.act_add.trigger()
    editor = window.notes.panel.editor
    _type_note(qtbot, window, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "abc"
    window.notes.flush()
    assert next(iter(window.notes.notes.values())).text == "abc"


def test_notes_follow_a_revised_file_at_the_same_place(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    """The response is replaced by a revision (same file name, new content): its notes come along."""
    advice = tmp_path / "advies.pdf"
    response = tmp_path / "reactie.pdf"
    advice.write_bytes(example[0].read_bytes())
    response.write_bytes(example[1].read_bytes())
    first = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (advice, response)}
    gone = "De AIV spreekt zich uit voor een actieve Nederlandse rol"
    data = tmp_path / "data"
    with open_store(data) as s:
        s.add_note(first[advice], first[response], "Nog steeds?", number="3", anchor=Anchor(gone, side="response"))
        s.add_note(first[advice], first[response], "Blijft", number="1", anchor=Anchor("kernwapens", side="response"))
        s.remember_pair(first[advice], first[response], str(advice.resolve()), str(response.resolve()))
    doc = pymupdf.open(example[1])  # the revision: the passage of note 1 is gone
    for page in doc:
        for rect in page.search_for(gone):
            page.add_redact_annot(rect)
        page.apply_redactions()
    doc.save(response)
    doc.close()
    window = make_window(data_dir=data)
    _open(qtbot, window, advice, response)
    states = {r.text: r.state for r in window.notes.panel.rows}
    assert states == {"Nog steeds?": "orphaned", "Blijft": "attached"}
    # the earlier version keeps its own notes; the revision has copies under its own key
    assert len(_all(data)) == 4


def test_page_texts_are_read_only_when_a_note_needs_them(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path
) -> None:
    """Without notes only the annotations are read (the texts of a 300-page advice take about 90 MB)."""
    window = make_window()
    _open(qtbot, window, *example)
    assert window.notes.pages.texts == {} and set(window.notes.pages.doc_annots) == {"advice", "response"}
    quote = select_in_reply(qtbot, window, "3")
    window.notes.act_add.trigger()
    (row,) = window.notes.panel.rows
    assert row.state == "attached" and row.quote == quote  # placed where the selection is, at once
    assert window.notes.pages.texts == {}
    # a note whose place must be found in the text has the texts read
    window.notes.add_note("1", anchor=Anchor("kernwapens", side="response"))
    assert [r.state for r in window.notes.panel.rows] == ["attached", "checking"]
    qtbot.waitUntil(lambda: "response" in window.notes.pages.texts, timeout=30_000)
    assert [r.state for r in window.notes.panel.rows] == ["attached", "attached"]


class _FullDisk:
    """Makes the real store's note updates fail as on a full disk while ``full`` is set (the store's own error)."""

    def __init__(self, monkeypatch: Any) -> None:
        from weerwoord.core.errors import StoreError
        from weerwoord.core.keeping.store import Store

        self.full = False
        self.failures = 0
        real = Store.update_note

        def update_note(store: Any, note_id: int, **kw: Any) -> str:
            if self.full and kw.get("text") is not None:
                self.failures += 1
                raise StoreError("The disk is full: the note could not be saved.")
            return real(store, note_id, **kw)

        monkeypatch.setattr(Store, "update_note", update_note)


def test_text_typed_while_saving_fails_is_kept_and_saved_when_space_returns(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, monkeypatch: Any
) -> None:
    from weerwoord.core.keeping import unsaved

    disk = _FullDisk(monkeypatch)
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    _open(qtbot, window, *example)
    window.navigator.select_number("2")
    window.notes.act_add.trigger()
    _type_note(qtbot, window, "Begin.")
    qtbot.waitUntil(lambda: [n.text for n in _all(tmp_path / "data")] == ["Begin."], timeout=5_000)
    disk.full = True
    long_text = " Dit kabinet belooft veel maar betaalt weinig." * 8
    _type_note(qtbot, window, long_text)
    qtbot.waitUntil(lambda: disk.failures >= 1, timeout=5_000)
    _type_note(qtbot, window, " Slot.")
    window.notes.flush()  # leaving the editor: fails again, said only once
    assert dialogs.errors and len(dialogs.errors) == 1 and "disk is full" in dialogs.errors[0]
    assert window.notes.typing.unsaved_label.isVisible() and "not saved" in window.notes.typing.unsaved_label.text()
    typed = "Begin." + long_text + " Slot."
    assert window.notes.panel.editor.toPlainText() == typed
    assert [n.text for n in _all(tmp_path / "data")] == ["Begin."]
    recovery = unsaved.recovery_path(tmp_path / "data")
    assert list(unsaved.load(recovery).values()) == [typed]
    window.close()  # closed while the disk is still full: the text is only in the recovery file
    assert [n.text for n in _all(tmp_path / "data")] == ["Begin."]

    disk.full = False  # space returns; the next start restores and saves the text
    again = make_window(FakeDialogs())
    _open(qtbot, again, *example)
    assert [n.text for n in _all(tmp_path / "data")] == [typed]
    assert not recovery.exists()
    assert [r.text for r in again.notes.panel.rows if isinstance(r.key, int)] == [typed]


def test_a_failed_save_is_retried_while_the_window_stays_open(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], tmp_path: Path, monkeypatch: Any
) -> None:
    from weerwoord.core.keeping import unsaved
    from weerwoord.gui import note_typing

    monkeypatch.setattr(note_typing, "RETRY_MS", 200)
    disk = _FullDisk(monkeypatch)
    window = make_window()
    _open(qtbot, window, *example)
    window.navigator.select_number("2")
    window.notes.act_add.trigger()
    disk.full = True
    _type_note(qtbot, window, "Kost dit geld?")
    qtbot.waitUntil(lambda: disk.failures >= 2, timeout=5_000)  # tried again without a keystroke
    assert [n.text for n in _all(tmp_path / "data")] == [""]
    disk.full = False
    qtbot.waitUntil(lambda: [n.text for n in _all(tmp_path / "data")] == ["Kost dit geld?"], timeout=5_000)
    assert not window.notes.typing.unsaved_label.isVisible()
    assert not unsaved.recovery_path(tmp_path / "data").exists()
