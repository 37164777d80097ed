"""The page views as a screen reader hears them: a document (not a generic pane) with its name and the page shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _t(text: str) -> str:
    return QCoreApplication.translate("page_access", text)


class PagesAccessible(QAccessibleWidget):
    """A page view: role Document (Orca and NVDA announce it as one); its value is the page at the top."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.Document)

    def text(self, kind: QAccessible.Text) -> str:
        view = self.widget()
        if kind == QAccessible.Text.Value:
            count = int(getattr(view, "page_count", 0))
            page = int(getattr(view, "current_page", 0))
            return _t("Page {0} of {1}").format(page, count) if count else ""
        return str(super().text(kind))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key == "PageView" and isinstance(obj, QWidget):  # page_view.PageView, by its Qt class name
        return PagesAccessible(obj)
    return None


def install() -> None:
    """Hand Qt's accessibility bridge the page views' interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
