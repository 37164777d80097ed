"""File ▸ Print briefing…: the briefing PDF's pages, drawn on the worker, painted onto the printer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    from app.gui.window import MainWindow

MAX_DPI = 200  # the pages are text and flat colour; more only makes the print job heavier


def _t(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class BriefingPrinter(QObject):
    """Prints the briefing report (the same pages as briefing.pdf; its type styles keep it readable in grey)."""

    printed = Signal(object, int)  # WeerwoordError or None, pages printed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w: Any = window
        self._job = 0
        self._printer: QPrinter | None = None
        self._painter: QPainter | None = None
        self._pages = 0
        self.act_print = self.w._action(
            _t("&Print briefing…"),
            self.print_dialog,
            "Ctrl+P",
            "fa6s.print",
            _t("Print the briefing report: a verdict summary, then one page per recommendation"),
        )
        self.w.worker.briefing_page.connect(self._page)
        self.w.worker.briefing_done.connect(self._done)
        self.w.analysisFinished.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        self.act_print.setEnabled(self.w.comparison() is not None and self._printer is None)

    def print_dialog(self) -> None:
        if self.w.comparison() is None or self._printer is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(_t("Weerwoord briefing"))
        if self.w.dialogs.print_setup(self.w, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` (set up already); ``printed`` says when it is done."""
        comparison = self.w.comparison()
        if comparison is None or self._printer is not None:
            return
        printer.setFullPage(True)  # the briefing pages carry their own margins
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self._printer = printer
        self._painter = None
        self._pages = 0
        self._job += 1
        self.w.status_label.setText(_t("Preparing the briefing for the printer…"))
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        self.w.worker.print_briefing(self._job, comparison, self.w.notes.all_notes(), dpi)
        self.update_actions()

    def _page(self, job: int, index: int, count: int, image: QImage) -> None:
        printer = self._printer
        if job != self._job or printer is None:
            return
        if self._painter is None:
            self._painter = QPainter()
            if not self._painter.begin(printer):
                self._painter = None
                self._finish(_t("The printer could not be started."))
                return
        elif not printer.newPage():
            self._finish(_t("The printer did not take another page."))
            return
        area = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        scale = min(area.width() / image.width(), area.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
        self._painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self._painter.drawImage(target, image)
        self._pages += 1
        self.w.status_label.setText(_t("Printing page {0} of {1}…").format(index + 1, count))

    def _done(self, job: int, error: Any) -> None:
        if job != self._job:
            return
        self._finish(error.message if error is not None else None)

    def _finish(self, problem: str | None) -> None:
        if self._painter is not None:
            self._painter.end()
        self._painter = None
        self._printer = None
        pages = self._pages
        if problem is not None:
            self.w.status_label.setText(_t("The briefing was not printed."))
            self.w.dialogs.error(self.w, _t("Printing failed"), problem)
        else:
            self.w.status_label.setText(_t("The briefing was sent to the printer: {0} pages.").format(pages))
        self._job += 1  # pages still on their way belong to a finished job
        self.update_actions()
        self.printed.emit(problem, pages)
