"""File ▸ Export…: the folder and which files, the overwrite question, and the list of what was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.titles import fit_title


def _t(text: str) -> str:
    return QCoreApplication.translate("export", text)


def group_labels() -> dict[str, tuple[str, str]]:
    """The export groups (weerwoord.core.publishing.export.GROUPS) as the dialog names them: label and tooltip."""
    return {
        "annotated": (
            _t("&Annotated PDFs of both documents, with their XFDF"),
            _t("Copies of the advice and the response with the marks, verdicts and your notes as PDF annotations"),
        ),
        "briefing_pdf": (_t("&Briefing report (PDF)"), _t("A verdict summary, then one page per recommendation")),
        "briefing_docx": (_t("Briefing report (&Word)"), _t("The same briefing as a .docx file to edit in Word")),
        "tables": (
            _t("&Tables of the pairs (Markdown, CSV)"),
            _t("pairs.md and pairs.csv: one row per recommendation"),
        ),
    }


class ExportDialog(QDialog):
    """Choose the output folder and the files to write."""

    def __init__(self, parent: QWidget | None, folder: str, chosen: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Export"))
        self.setAccessibleName(_t("Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Write the annotated documents, the briefing and the tables into a folder.")))
        row = QHBoxLayout()
        label = QLabel(_t("&Folder:"))
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(_t("Output folder"))
        self.folder.setToolTip(_t("The folder the files are written into; it is created if need be"))
        label.setBuddy(self.folder)
        browse = QPushButton(theme.icon("fa6s.folder-open"), _t("Browse…"))
        browse.setAccessibleName(_t("Browse for the output folder"))
        browse.setToolTip(_t("Choose the folder"))
        browse.clicked.connect(self._browse)
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.boxes: dict[str, QCheckBox] = {}
        for group, (text, tip) in group_labels().items():
            box = QCheckBox(text)
            box.setChecked(group in chosen)
            box.setToolTip(tip)
            box.setAccessibleName(text.replace("&", ""))
            box.toggled.connect(self._check)
            self.boxes[group] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(_t("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setToolTip(_t("Write the chosen files"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.folder.textChanged.connect(self._check)
        self._check()
        self.resize(620, self.sizeHint().height())
        fit_title(self)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _t("Export into"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.folder.text().strip()) and any(b.isChecked() for b in self.boxes.values()))

    def choice(self) -> tuple[str, set[str]]:
        return self.folder.text().strip(), {g for g, b in self.boxes.items() if b.isChecked()}


def ask_overwrite(parent: QWidget | None, folder: str, names: list[str]) -> bool:
    listed = "\n".join(f"• {n}" for n in names)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _t("Replace files?"),
        _t("These files already exist in {0}:\n\n{1}\n\nReplace them?").format(folder, listed),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    replace = box.addButton(_t("&Replace"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(_t("Replace files?"))
    fit_title(box)
    box.exec()
    return box.clickedButton() is replace


def show_done(parent: QWidget | None, folder: str, names: list[str]) -> None:
    """The list of written files, with a button that opens the folder in the file manager."""
    listed = "\n".join(f"• {n}" for n in names)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _t("Export done"),
        (
            _t("1 file written to {0}:\n\n{1}").format(folder, listed)
            if len(names) == 1
            else _t("{0} files written to {1}:\n\n{2}").format(len(names), folder, listed)
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    opener = box.addButton(_t("&Open folder"), QMessageBox.ButtonRole.ActionRole)
    opener.setToolTip(_t("Show the folder in the file manager"))
    box.setAccessibleName(_t("Export done"))
    fit_title(box)
    box.exec()
    if box.clickedButton() is opener:
        open_folder(folder)


def open_folder(folder: str) -> bool:
    """Open a local folder in the system's file manager (a file URL: nothing goes over the network)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(folder).resolve()))))
