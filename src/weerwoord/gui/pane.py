"""One side of the window: a header with the document's name and page number, over its page view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.page_types import Renderer
from weerwoord.gui.page_view import PageView


def _t(text: str) -> str:
    return QCoreApplication.translate("pane", text)


class Pane(QWidget):
    """Header (role, file name, page x / N) and the page view of one document."""

    def __init__(
        self, side: str, role: str, cache: PageCache, renderer: Renderer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.side = side
        self.role = role
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()
        header.setContentsMargins(6, 2, 6, 0)
        self.title = QLabel(role)
        f = QFont(self.title.font())
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(_t("{0} document").format(role))
        header.addWidget(self.title, 1)
        self.page_label = QLabel(_t("Page"))
        self.page = QSpinBox()
        self.page.setRange(0, 0)
        self.page.setKeyboardTracking(False)
        self.page.setAccessibleName(_t("{0}: go to page").format(role))
        self.page.setToolTip(
            _t("The page at the top of the {0} pane; type a number to go there (Ctrl+G)").format(role.lower())
        )
        self.page_label.setBuddy(self.page)
        self._leave_undo = _LeaveUndoToWindow(self)
        self.page.installEventFilter(self._leave_undo)  # the box passes the question on to its line edit
        self.page.lineEdit().installEventFilter(self._leave_undo)
        self.count = QLabel("/ 0")
        header.addWidget(self.page_label)
        header.addWidget(self.page)
        header.addWidget(self.count)
        layout.addLayout(header)
        self.view = PageView(side, cache, renderer, self)
        self.view.setAccessibleName(_t("{0} pages").format(role))
        self.view.setToolTip("")
        layout.addWidget(self.view, 1)
        self.view.currentPageChanged.connect(self._page_shown)
        self.page.valueChanged.connect(self._page_typed)
        self._updating = False

    def set_document(self, generation: int, name: str, sizes: list[tuple[float, float]]) -> None:
        self.title.setText(f"{self.role} — {name}")
        self.title.setToolTip(name)
        self._updating = True
        self.page.setRange(1, max(1, len(sizes)))
        self.page.setValue(1)
        self._updating = False
        self.count.setText(f"/ {len(sizes)}")
        self.view.set_document(generation, sizes)

    def clear(self, message: str) -> None:
        self.title.setText(self.role)
        self._updating = True
        self.page.setRange(0, 0)
        self._updating = False
        self.count.setText("/ 0")
        self.view.clear(message)

    def _page_shown(self, page: int) -> None:
        self._updating = True
        self.page.setValue(page)
        self._updating = False

    def _page_typed(self, page: int) -> None:
        if not self._updating:
            self.view.go_to_page(page)


class _LeaveUndoToWindow(QObject):
    """Ctrl+Z and Ctrl+Y in the page-number box undo and redo the reader's corrections, not the typed digits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        undo_or_redo = isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        )
        if event.type() == QEvent.Type.ShortcutOverride and undo_or_redo:
            event.ignore()  # not claimed by the box: the window's shortcut gets it
            return True
        return False
