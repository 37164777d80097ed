"""The notes tab: the notes of the open pair, filtered by recommendation and status, and an editor for one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme

Key = int | str  # a stored note's id, or "doc:<n>" for an annotation found in a document

STATUS_ICONS = {
    "open": "fa6s.note-sticky",
    "question": "fa6s.circle-question",
    "follow-up": "fa6s.flag",
    "done": "fa6s.check",
}
ALL = "\x00all"  # filter value: no filter
GENERAL = "\x00general"  # filter value: notes on no recommendation
FROM_DOCUMENT = "\x00document"  # filter value: annotations found in the documents


def _t(text: str) -> str:
    return QCoreApplication.translate("notes", text)


def status_word(status: str) -> str:
    words = {
        "open": _t("Open"),
        "question": _t("Open question"),
        "follow-up": _t("Follow up"),
        "done": _t("Done"),
    }
    return words.get(status, status)


@dataclass
class NoteRow:
    """One line of the list, as plain data: a stored note or an annotation from a document."""

    key: Key
    number: str | None
    status: str  # "" for an annotation from a document
    author: str
    date: str  # YYYY-MM-DD
    state: str  # "attached", "orphaned", "checking", "general" (no passage) or "document"
    where: str  # "advice p. 3" or ""
    text: str
    quote: str = ""  # the passage the note is on

    @property
    def read_only(self) -> bool:
        return self.state == "document"

    def state_words(self) -> str:
        if self.state == "attached":
            return _t("attached, {0}").format(self.where)
        if self.state == "orphaned":
            return _t("orphaned: its passage is gone")
        if self.state == "checking":
            return _t("finding its passage…")
        if self.state == "document":
            return _t("from the document, {0}").format(self.where)
        return _t("on the recommendation")

    def heading(self) -> str:
        parts = [_t("Rec. {0}").format(self.number) if self.number else _t("General")]
        if self.status:
            parts.append(status_word(self.status))
        parts += [self.author or _t("unknown author"), self.date, self.state_words()]
        return " · ".join(p for p in parts if p)

    def first_words(self, n: int = 14) -> str:
        words = (self.text or self.quote).split()
        if not words:
            return _t("(empty note)")
        return " ".join(words[:n]) + (" …" if len(words) > n else "")

    def describe(self) -> str:
        """Where the note is, for the editor."""
        quote = " ".join(self.quote.split())
        if len(quote) > 160:
            quote = quote[:157] + "…"
        if self.state == "orphaned":
            return _t("Orphaned: the passage this note was on (“{0}”) is no longer in the document.").format(quote)
        if self.state == "document":
            return _t("An annotation in the document ({0}); shown here, not editable.").format(self.where)
        if quote:
            return _t("On “{0}” ({1}).").format(quote, self.where or _t("finding it…"))
        if self.number:
            return _t("On recommendation {0} as a whole.").format(self.number)
        return _t("A general note on this pair of documents.")


class NotesPanel(QWidget):
    """Filters, the list and the editor; the window's notes controller fills it and saves what is typed."""

    chosen = Signal(object)  # Key of the note now current, or None
    activated = Signal(object)  # Key clicked: go to its place
    textEdited = Signal()
    statusChosen = Signal(str)
    editorLeft = Signal()  # the editor lost the focus: save now
    filtersChanged = Signal()
    rowsChanged = Signal()  # the list was filled again: the pages' note markers follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []
        self._loading = False
        self._editing: Key | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        filters = QFormLayout()
        self.number_filter = QComboBox()
        self.number_filter.setAccessibleName(_t("Show the notes on"))
        self.number_filter.setToolTip(_t("Show the notes on one recommendation only, or all of them"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_t("Show the notes with status"))
        self.status_filter.setToolTip(_t("Show only the notes with this status"))
        self.status_filter.addItem(_t("Any status"), ALL)
        for status, icon in STATUS_ICONS.items():
            self.status_filter.addItem(theme.icon(icon), status_word(status), status)
        filters.addRow(_t("&Recommendation:"), self.number_filter)
        filters.addRow(_t("S&tatus:"), self.status_filter)
        layout.addLayout(filters)
        self.set_numbers([])
        self.number_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        layout.addLayout(self.buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_t("How many notes are shown"))
        layout.addWidget(self.summary)
        self.list = QListWidget()
        theme.keep_selection_readable(self.list)  # the system's highlight under its text: below 4.5:1
        self.list.setAccessibleName(_t("Notes"))
        self.list.setToolTip(_t("Your notes on these documents; click one to see its place"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list, 2)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setAccessibleName(_t("Where the note is"))
        layout.addWidget(self.where)
        row = QHBoxLayout()
        status_label = QLabel(_t("Stat&us of this note:"))
        self.status = QComboBox()
        self.status.setAccessibleName(_t("Status of this note"))
        self.status.setToolTip(_t("Open, an open question, to follow up, or done"))
        for status, icon in STATUS_ICONS.items():
            self.status.addItem(theme.icon(icon), status_word(status), status)
        status_label.setBuddy(self.status)
        self.status.activated.connect(lambda _i: self._status_chosen())
        row.addWidget(status_label)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        for combo in (self.number_filter, self.status_filter, self.status):
            combo.view().setAccessibleName(combo.accessibleName())
            combo.view().setToolTip(combo.toolTip())
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(_t("Text of the note"))
        self.editor.setToolTip(_t("Type your note; it is saved as you type (Ctrl+Z undoes typing)"))
        self.editor.setPlaceholderText(_t("Choose or add a note (Ctrl+N) to write here."))
        self.editor.textChanged.connect(self._text_changed)
        self.editor.installEventFilter(self)
        layout.addWidget(self.editor, 3)
        self.load(None)

    # --- building ----------------------------------------------------------------------------------

    def add_action_button(self, action: QAction, text_beside: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setAutoRaise(True)
        if text_beside:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_numbers(self, numbers: list[str]) -> None:
        """The recommendations the number filter offers (keeping the current choice when it is still there)."""
        current = self.number_filter.currentData()
        self.number_filter.blockSignals(True)
        self.number_filter.clear()
        self.number_filter.addItem(_t("All recommendations"), ALL)
        for number in numbers:
            self.number_filter.addItem(_t("Recommendation {0}").format(number), number)
        self.number_filter.addItem(_t("General notes (no recommendation)"), GENERAL)
        self.number_filter.addItem(_t("From the documents"), FROM_DOCUMENT)
        index = self.number_filter.findData(current) if current is not None else 0
        self.number_filter.setCurrentIndex(max(0, index))
        self.number_filter.blockSignals(False)

    def show_number(self, number: str | None) -> None:
        """Set the recommendation filter (None: all)."""
        index = self.number_filter.findData(ALL if number is None else number)
        self.number_filter.setCurrentIndex(max(0, index))

    def clear_filters(self) -> None:
        self.number_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)

    def _filters_changed(self) -> None:
        self.set_rows(self.rows, self.current_key())
        self.filtersChanged.emit()

    def shown(self, row: NoteRow) -> bool:
        number = self.number_filter.currentData()
        status = self.status_filter.currentData()
        if number == FROM_DOCUMENT:
            if not row.read_only:
                return False
        elif number == GENERAL:
            if row.number or row.read_only:
                return False
        elif number not in (ALL, None) and row.number != number:
            return False
        return status in (ALL, None) or row.status == status

    # --- the list ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[NoteRow], keep: Key | None = None) -> None:
        """Show ``rows`` (those the filters let through), keeping ``keep`` current if it is shown."""
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        current: QListWidgetItem | None = None
        for row in rows:
            if not self.shown(row):
                continue
            item = QListWidgetItem()
            self._fill(item, row)
            self.list.addItem(item)
            if row.key == keep:
                current = item
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        total = sum(1 for r in rows if not r.read_only)
        orphans = sum(1 for r in rows if r.state == "orphaned")
        shown = _t("{0} of 1 note shown") if len(rows) == 1 else _t("{0} of {1} notes shown")
        text = shown.format(self.list.count(), len(rows)) if rows else _t("No notes yet.")
        if orphans:
            text += " · " + _t("{0} orphaned").format(orphans)
        self.summary.setText(text if total or rows else _t("No notes yet. Select text and press Ctrl+N."))
        now = self.current_key()
        if now != self._editing:
            self.load(self.row(now))
        self.rowsChanged.emit()

    def _fill(self, item: QListWidgetItem, row: NoteRow) -> None:
        item.setText(row.heading() + "\n" + row.first_words())
        item.setData(Qt.ItemDataRole.UserRole, row.key)
        if row.state == "orphaned":
            item.setIcon(theme.icon("fa6s.link-slash", "#b06000"))
        elif row.read_only:
            item.setIcon(theme.icon("fa6s.file-pen"))
        else:
            item.setIcon(theme.icon(STATUS_ICONS.get(row.status, "fa6s.note-sticky")))
        item.setToolTip(row.describe())
        item.setData(Qt.ItemDataRole.AccessibleTextRole, row.heading() + ". " + row.first_words(40))

    def update_row(self, row: NoteRow) -> None:
        """Redraw one row in place (after typing), without rebuilding the list."""
        for i, r in enumerate(self.rows):
            if r.key == row.key:
                self.rows[i] = row
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == row.key:
                self._fill(item, row)
        if row.key == self._editing:
            self.where.setText(row.describe())

    def row(self, key: Key | None) -> NoteRow | None:
        return next((r for r in self.rows if r.key == key), None)

    def current_key(self) -> Key | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def select(self, key: Key) -> bool:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentItem(item)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        key = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(key)  # the controller saves the note being left first
        self.load(self.row(key))
        if key is not None and self.list.hasFocus():  # stepping through the list by keyboard shows each place
            self.activated.emit(key)

    # --- the editor -------------------------------------------------------------------------------

    def load(self, row: NoteRow | None) -> None:
        self._loading = True
        self._editing = None if row is None else row.key
        editable = row is not None and not row.read_only
        self.editor.setReadOnly(not editable)
        self.editor.setEnabled(row is not None)
        self.status.setEnabled(editable)
        if row is None:
            self.editor.setPlainText("")
            self.where.setText(_t("No note chosen."))
        else:
            self.editor.setPlainText(row.text if not row.read_only else (row.text or row.quote))
            self.where.setText(row.describe())
            if row.status:
                self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self._loading = False

    def editing(self) -> Key | None:
        return self._editing

    def text(self) -> str:
        return self.editor.toPlainText()

    def _text_changed(self) -> None:
        if not self._loading and self._editing is not None and not self.editor.isReadOnly():
            self.textEdited.emit()

    def _status_chosen(self) -> None:
        if self._editing is not None and not self.editor.isReadOnly():
            self.statusChosen.emit(str(self.status.currentData()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.editorLeft.emit()
        return super().eventFilter(watched, event)
