"""File ▸ Print briefing…: the briefing PDF's pages, read on the worker as shapes and text, painted onto the printer
as shapes and text (so the print, or a PDF printed to file, keeps its text as text; a page that holds anything
else comes as a picture)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair

MAX_DPI = 200  # for a page printed as a picture: text and flat colour; more only makes the print job heavier
# the families tried for a font the printer's system may lack (the briefing is set in MuPDF's Nimbus Sans)
SANS = ["Nimbus Sans", "Helvetica", "Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans"]
FIT = (0.6, 1.6)  # a span is stretched to its width in the PDF within these bounds (another font's widths differ)


def _t(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class NotesSource(Protocol):
    """Where the notes printed in the briefing come from (the notes controller)."""

    def all_notes(self) -> list[Any]: ...


class BriefingPrinter(QObject):
    """Prints the briefing report (the same pages as briefing.pdf; its type styles keep it readable in grey)."""

    printed = Signal(object, int)  # WeerwoordError or None, pages printed

    def __init__(self, pair: OpenPair, host: Host, notes: NotesSource) -> None:
        super().__init__(host.window)
        self.pair = pair
        self.host = host
        self.notes = notes
        self._job = 0
        self._printer: QPrinter | None = None
        self._painter: QPainter | None = None
        self._pages = 0
        self.act_print = host.action(
            _t("&Print briefing…"),
            self.print_dialog,
            "Ctrl+P",
            "fa6s.print",
            _t("Print the briefing report: a verdict summary, then one page per recommendation"),
        )
        pair.worker.briefing_page.connect(self._page)
        pair.worker.briefing_done.connect(self._done)
        pair.analysisFinished.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        self.act_print.setEnabled(self.pair.comparison() is not None and self._printer is None)

    def print_dialog(self) -> None:
        if self.pair.comparison() is None or self._printer is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(_t("Weerwoord briefing"))
        if self.host.dialogs.print_setup(self.host.window, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` (set up already); ``printed`` says when it is done."""
        comparison = self.pair.comparison()
        if comparison is None or self._printer is not None:
            return
        printer.setFullPage(True)  # the briefing pages carry their own margins
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self._printer = printer
        self._painter = None
        self._pages = 0
        self._job += 1
        self.host.status_label.setText(_t("Preparing the briefing for the printer…"))
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        self.pair.worker.print_briefing(self._job, comparison, self.notes.all_notes(), dpi)
        self.update_actions()

    def _page(self, job: int, index: int, count: int, drawing: Any, image: QImage | None) -> None:
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
        painter = self._painter
        area = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        scale = min(area.width() / drawing.width, area.height() / drawing.height)
        w, h = drawing.width * scale, drawing.height * scale
        target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
        painter.save()
        if image is not None:  # a page that is more than shapes and text: its picture
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
        else:
            painter.translate(target.topLeft())
            painter.scale(scale, scale)  # from here on, PDF points
            paint_page(painter, drawing, printer.logicalDpiY())
        painter.restore()
        self._pages += 1
        self.host.status_label.setText(_t("Printing page {0} of {1}…").format(index + 1, count))

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
            self.host.status_label.setText(_t("The briefing was not printed."))
            self.host.dialogs.error(self.host.window, _t("Printing failed"), problem)
        else:
            self.host.status_label.setText(
                _t("The briefing was sent to the printer: 1 page.")
                if pages == 1
                else _t("The briefing was sent to the printer: {0} pages.").format(pages)
            )
        self._job += 1  # pages still on their way belong to a finished job
        self.update_actions()
        self.printed.emit(problem, pages)


def _colour(rgb: Any) -> QColor:
    return QColor.fromRgbF(*rgb)


def paint_page(painter: QPainter, drawing: Any, dpi: int) -> None:
    """Paint a :class:`~weerwoord.core.publishing.print_page.PageDrawing`
    with ``painter`` set to PDF points: the shapes,
    then each span of text in a font of its family (or a sans-serif one), stretched to its width in the PDF."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for shape in drawing.shapes:
        x0, y0, x1, y1 = shape.coords
        pen = QPen(_colour(shape.stroke), max(shape.width, 0.1)) if shape.stroke else QPen(Qt.PenStyle.NoPen)
        painter.setPen(pen)
        if shape.kind == "line":
            painter.drawLine(QLineF(x0, y0, x1, y1))
            continue
        painter.setBrush(QBrush(_colour(shape.fill)) if shape.fill else QBrush(Qt.BrushStyle.NoBrush))
        painter.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
    painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    fonts: dict[tuple[str, float, bool, bool], tuple[QFont, QFontMetricsF]] = {}
    for span in drawing.spans:
        key = (span.family, span.size, span.bold, span.italic)
        if key not in fonts:
            font = QFont()
            font.setFamilies([span.family, *SANS])
            font.setPointSizeF(span.size * 72 / max(dpi, 1))  # ``size`` units of the painter's points
            font.setBold(span.bold)
            font.setItalic(span.italic)
            font.setKerning(False)
            fonts[key] = (font, QFontMetricsF(font, painter.device()))
        font, metrics = fonts[key]
        natural = metrics.horizontalAdvance(span.text)
        fit = min(max(span.width / natural, FIT[0]), FIT[1]) if natural > 0 and span.width > 0 else 1.0
        painter.setFont(font)
        painter.setPen(QPen(_colour(span.colour)))
        painter.save()
        painter.translate(span.x, span.y)
        painter.scale(fit, 1.0)
        painter.drawText(QPointF(0, 0), span.text)
        painter.restore()
