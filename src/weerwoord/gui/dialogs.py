"""Every question and message box the window shows, behind one object that tests can replace."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP
from weerwoord.gui.titles import fit_title as fit_title  # also for window_menus.py

NO_REPLY = ""  # what choose_reply returns for "this recommendation has no reply"


def _t(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_text(parent: QWidget | None, title: str, label: str, echo: QLineEdit.EchoMode, text: str = "") -> str | None:
    """A line of text typed in a small dialog wide enough for its title; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    dialog.adjustSize()  # the input dialog lays itself out only now: its layout takes the title's spacer
    fit_title(dialog)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Dialogs:
    """The real dialogs. Tests pass a subclass that answers without blocking."""

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        fit_title(box)
        box.exec()

    def password(self, parent: QWidget | None, filename: str, wrong: bool) -> str | None:
        prompt = (
            _t("The password does not open {0}. Try again:") if wrong else _t("{0} is protected. Password:")
        ).format(filename)
        return ask_text(parent, _t("Password needed"), prompt, QLineEdit.EchoMode.Password) or None

    def open_pair(self, parent: QWidget | None, advice: str, response: str) -> tuple[str, str] | None:
        dialog = OpenPairDialog(parent, advice, response)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.paths()
        return None

    def choose_reply(
        self, parent: QWidget | None, number: str, replies: Sequence[Any], current: str | None
    ) -> str | None:
        """A reply id, NO_REPLY for 'unanswered', or None when cancelled."""
        dialog = ChooseReplyDialog(parent, number, replies, current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None

    def verdict(self, parent: QWidget | None, number: str, current: str) -> tuple[str, str] | None:
        dialog = VerdictDialog(parent, number, current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None

    def number(self, parent: QWidget | None, suggestion: str) -> str | None:
        text = ask_text(
            parent,
            _t("New recommendation"),
            _t("Number of this recommendation:"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        return text.strip() if text and text.strip() else None

    def confirm(self, parent: QWidget | None, title: str, message: str) -> bool:
        """A yes/no question; True for yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(title)
        fit_title(box)
        return box.exec() == QMessageBox.StandardButton.Yes

    def proposals(self, parent: QWidget | None, proposals: Sequence[Any]) -> list[Any] | None:
        """The proposals the reader accepts, one key each (Enter adds, Space skips); None when cancelled."""
        from weerwoord.gui.proposals_dialog import ProposalsDialog

        dialog = ProposalsDialog(parent, proposals)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.accepted_proposals()
        return None

    def edit_recommendation(self, parent: QWidget | None, number: str, text: str) -> tuple[str, str] | None:
        """A recommendation's number and text as the reader edits them, or None when cancelled."""
        dialog = RecommendationDialog(parent, number, text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None

    def choose_corrections_file(self, parent: QWidget | None, start: str, save: bool) -> str | None:
        """A file to export a pair's corrections to (``save``) or to import a colleague's from."""
        pattern = _t("Weerwoord corrections (*.json);;All files (*)")
        if save:
            path, _ = QFileDialog.getSaveFileName(parent, _t("Export corrections"), start, pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(parent, _t("Import corrections"), start, pattern)
        return path or None

    def about(self, parent: QWidget | None, text: str) -> None:
        from weerwoord.gui.about import AboutDialog

        AboutDialog(parent, text).exec()

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        fit_title(box)
        box.exec()

    def export_options(self, parent: QWidget | None, folder: str, chosen: set[str]) -> tuple[str, set[str]] | None:
        """The output folder and the export groups to write, or None when cancelled."""
        from weerwoord.gui.export_dialog import ExportDialog

        dialog = ExportDialog(parent, folder, chosen)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice()
        return None

    def confirm_overwrite(self, parent: QWidget | None, folder: str, names: list[str]) -> bool:
        from weerwoord.gui.export_dialog import ask_overwrite

        return ask_overwrite(parent, folder, names)

    def export_done(self, parent: QWidget | None, folder: str, names: list[str]) -> None:
        from weerwoord.gui.export_dialog import show_done

        show_done(parent, folder, names)

    def choose_xfdf(self, parent: QWidget | None, start: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, _t("Import a review"), start, _t("XFDF annotations (*.xfdf *.xml);;All files (*)")
        )
        return path or None

    def choose_side(self, parent: QWidget | None, filename: str, advice: str, response: str) -> str | None:
        """Which document an XFDF file belongs to: "advice", "response" or None (cancelled)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("Which document?"),
            _t("Which document are the notes in {0} about?").format(filename),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        advice_button = box.addButton(_t("The &advice: {0}").format(advice), QMessageBox.ButtonRole.AcceptRole)
        response_button = box.addButton(_t("The &response: {0}").format(response), QMessageBox.ButtonRole.AcceptRole)
        fit_title(box)
        box.exec()
        clicked = box.clickedButton()
        return "advice" if clicked is advice_button else "response" if clicked is response_button else None

    def print_setup(self, parent: QWidget | None, printer: Any) -> bool:
        """Qt's print dialog for ``printer``; True to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_t("Print the briefing"))
        fit_title(dialog)
        return dialog.exec() == QDialog.DialogCode.Accepted


class OpenPairDialog(QDialog):
    """Two file pickers, advice and response, with a button to swap them."""

    FILTER = QT_TRANSLATE_NOOP("dialogs", "Documents (*.pdf *.xps *.epub *.txt);;All files (*)")

    def __init__(self, parent: QWidget | None, advice: str = "", response: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Open a pair of documents"))
        fit_title(self)
        self.setAccessibleName(_t("Open a pair of documents"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Choose the advisory report and the government's response to it.")))
        grid = QGridLayout()
        self.advice = QLineEdit(advice)
        self.response = QLineEdit(response)
        for row, (label, edit, tip) in enumerate(
            (
                (_t("&Advice:"), self.advice, _t("The advisory report with the recommendations")),
                (_t("&Response:"), self.response, _t("The government's reply to the advice")),
            )
        ):
            lab = QLabel(label)
            lab.setBuddy(edit)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.setToolTip(tip)
            browse = QPushButton(theme.icon("fa6s.folder-open"), _t("Browse…"))
            browse.setAccessibleName(_t("Browse for the {0} file").format(label.replace("&", "").rstrip(":")))
            browse.setToolTip(_t("Choose the file"))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            grid.addWidget(lab, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
        layout.addLayout(grid)
        swap = QPushButton(theme.icon("fa6s.right-left"), _t("&Swap"))
        swap.setToolTip(_t("Exchange advice and response"))
        swap.setAccessibleName(_t("Swap advice and response"))
        swap.clicked.connect(self.swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(swap)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(620, self.sizeHint().height())

    def _browse(self, edit: QLineEdit) -> None:
        start = str(Path(edit.text()).parent) if edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, _t("Choose a document"), start, _t(self.FILTER))
        if path:
            edit.setText(path)

    def swap(self) -> None:
        a, r = self.advice.text(), self.response.text()
        self.advice.setText(r)
        self.response.setText(a)

    def paths(self) -> tuple[str, str]:
        return self.advice.text().strip(), self.response.text().strip()

    def _accept(self) -> None:
        if all(self.paths()):
            self.accept()


class ChooseReplyDialog(QDialog):
    """Pick the reply section that answers a recommendation, or 'no reply'."""

    def __init__(self, parent: QWidget | None, number: str, replies: Sequence[Any], current: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Link recommendation {0}").format(number))
        fit_title(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Which part of the response answers recommendation {0}?").format(number)))
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Reply sections"))
        none = QListWidgetItem(theme.verdict_icon("unanswered"), _t("No reply: the response does not answer it"))
        none.setData(Qt.ItemDataRole.UserRole, NO_REPLY)
        self.list.addItem(none)
        for reply in replies:
            heading = reply.heading or " ".join(reply.text.split()[:12]) + " …"
            item = QListWidgetItem(_t("Section {0} (p. {1}): {2}").format(reply.label or reply.id, reply.page, heading))
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            item.setToolTip(" ".join(reply.text.split()[:60]))
            self.list.addItem(item)
            if reply.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def choice(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class VerdictDialog(QDialog):
    """Set a verdict by hand, with a short reason."""

    def __init__(self, parent: QWidget | None, number: str, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Verdict on recommendation {0}").format(number))
        fit_title(self)
        form = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.setAccessibleName(_t("Verdict"))
        for key in theme.VERDICT_LOOKS:
            self.combo.addItem(theme.verdict_icon(key), theme.verdict_word(key), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.setToolTip(_t("Keys 1 to {0} choose a verdict").format(self.combo.count()))
        self.combo.installEventFilter(self)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason"))
        self.reason.setPlaceholderText(_t("Why, in a few words"))
        form.addRow(_t("&Verdict (1–5):"), self.combo)
        form.addRow(_t("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """On the list of verdicts, a digit chooses one at once (1: agrees … 5: no reply)."""
        from PySide6.QtCore import QEvent

        if watched is self.combo and event.type() == QEvent.Type.KeyPress and event.text().isdigit():
            index = int(event.text()) - 1
            if 0 <= index < self.combo.count():
                self.combo.setCurrentIndex(index)
                return True
        return bool(super().eventFilter(watched, event))

    def choice(self) -> tuple[str, str]:
        return str(self.combo.currentData()), self.reason.text().strip()


class RecommendationDialog(QDialog):
    """Edit a recommendation the reader added: its number and its text."""

    def __init__(self, parent: QWidget | None, number: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Edit recommendation {0}").format(number))
        fit_title(self)
        form = QFormLayout(self)
        self.number = QLineEdit(number)
        self.number.setAccessibleName(_t("Number"))
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(_t("Text"))
        self.text.setTabChangesFocus(True)
        form.addRow(_t("&Number:"), self.number)
        form.addRow(_t("&Text:"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 300)

    def choice(self) -> tuple[str, str] | None:
        number, text = self.number.text().strip(), " ".join(self.text.toPlainText().split())
        return (number, text) if number and text else None
