"""Help ▸ About names the version, the licence, the source and the libraries; the shortcut sheet follows the actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from weerwoord import __version__
from weerwoord.gui.about import AboutDialog, licences_html, summary_html
from weerwoord.gui.shortcuts_sheet import ShortcutsSheet, collect


def test_about_names_version_licence_source_and_libraries(qtbot: Any) -> None:
    summary, libraries = summary_html(), licences_html()
    assert f"Weerwoord {__version__}" in summary
    assert "GNU Affero General Public License" in summary and "Source code" in summary
    for name, licence in (("PyMuPDF", "AGPL"), ("PySide6", "LGPL"), ("QtAwesome", "MIT"), ("RapidFuzz", "MIT")):
        assert name in libraries and licence in libraries
    for name in ("platformdirs", "python-docx", "DejaVu Sans", "SIL Open Font License"):
        assert name in libraries
    dialog = AboutDialog(None, summary)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2


def test_sheet_lists_every_shortcut_of_the_window(make_window: Any) -> None:
    window = make_window()
    rows = collect(window)
    listed = {(r.command, r.keys) for r in rows}
    assert ("Open pair", "Ctrl+O") in listed
    assert ("Keyboard shortcuts", "F1, ?") in listed
    window.view_commands.act_zoom_in.setShortcut(QKeySequence("Ctrl+Alt+9"))  # a changed key shows up at once
    assert ("Zoom in", "Ctrl+Alt+9") in {(r.command, r.keys) for r in collect(window)}
    assert len({r.group for r in rows}) >= 5


def test_question_mark_opens_the_sheet(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.ui.pairs_view.setFocus()
    qtbot.keyClick(window.ui.pairs_view, "?")
    sheet = getattr(window.menus, "shortcuts_sheet", None)
    assert isinstance(sheet, ShortcutsSheet) and sheet.isVisible()
    sheet.filter.setText("zoom")
    shown = []
    for i in range(sheet.tree.topLevelItemCount()):
        group = sheet.tree.topLevelItem(i)
        assert group is not None
        shown += [group.child(j).text(0) for j in range(group.childCount()) if not group.child(j).isHidden()]
    assert shown == ["Zoom in", "Zoom out", "Zoom both panes together"]
