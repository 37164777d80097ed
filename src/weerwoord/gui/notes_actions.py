"""The notes' commands: add, delete, undo and redo a note change, go to the notes, import a review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from weerwoord.gui.host import Host
from weerwoord.gui.notes_panel import NotesPanel


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


class NotesActions:
    """The actions of the notes controller ``ctl``; the first four are buttons under the notes list too."""

    def __init__(self, ctl: Any, host: Host, panel: NotesPanel) -> None:
        a = host.action
        self.act_add = a(
            _t("Add &note"),
            ctl.add_here,
            "Ctrl+N",
            "fa6s.note-sticky",
            _t("Add a note on the selected text, or else on the recommendation shown"),
        )
        self.act_delete = a(
            _t("&Delete note"),
            ctl.edits.delete_current,
            "Ctrl+Shift+D",
            "fa6s.trash-can",
            _t("Delete the note chosen in the notes list (it can be undone)"),
        )
        self.act_undo = a(
            _t("U&ndo note change"),
            ctl.edits.undo,
            "Ctrl+Alt+Z",
            "fa6s.rotate-left",
            _t("Undo adding, deleting, importing or the status change of a note"),
        )
        self.act_redo = a(
            _t("Redo note c&hange"),
            ctl.edits.redo,
            "Ctrl+Alt+Shift+Z",
            "fa6s.rotate-right",
            _t("Redo the note change you undid"),
        )
        self.act_show = a(
            _t("Go to the n&otes"),
            ctl.show_panel,
            "Ctrl+3",
            None,
            _t("Show the notes and move the keyboard focus there"),
        )
        self.act_import = a(
            _t("&Import review (XFDF)…"),
            ctl.import_dialog,
            "Ctrl+I",
            "fa6s.file-import",
            _t("Add the notes of a colleague's review (an XFDF file from Acrobat or Weerwoord) to this pair"),
        )
        for act in (self.act_add, self.act_delete, self.act_undo, self.act_redo):
            panel.add_action_button(act)
        self.act_add.setIconText(_t("Add note"))
        panel.finish_buttons()
