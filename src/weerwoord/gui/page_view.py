"""A continuous vertical view of one document's pages, with marks, frames, hits and selection on top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from weerwoord.gui import page_access, page_overlays, theme
from weerwoord.gui.page_cache import PageCache
from weerwoord.gui.page_geometry import PageGeometry
from weerwoord.gui.page_overlays import PageOverlays
from weerwoord.gui.page_selection import SelectionMixin
from weerwoord.gui.page_types import Highlight, Rect, Renderer
from weerwoord.gui.worker import Word

MARGIN_PAGES = 1  # pages rendered beyond the visible ones
WORD_PAGES = 24  # the word boxes of at most this many pages are kept (and those of the selection, however many)


class PageView(SelectionMixin, PageOverlays, PageGeometry, QAbstractScrollArea):
    """Draws the pages of one document one below the other; the pixels come from the worker via a cache.

    Its parts: where the pages stand (page_geometry.py), what is drawn over them (page_overlays.py), the words
    selected (page_selection.py).
    """

    currentPageChanged = Signal(int)  # 1-based
    zoomStep = Signal(int)  # +1 / -1 from Ctrl+wheel
    selectionChanged = Signal()
    contextMenuAt = Signal(QPoint, int, QPointF)  # global position, page, point in page coordinates
    caretModeChanged = Signal(bool)  # F7
    pagesShown = Signal(int)  # generation: its first visible pages have been painted sharp (once per document)

    def __init__(self, side: str, cache: PageCache, renderer: Renderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page_access.install()  # a screen reader hears a document, not a generic pane
        self.side = side
        self._cache = cache
        self._renderer = renderer
        self.generation = -1
        self._sizes: list[tuple[float, float]] = []
        self._widest = 0.0  # the widest page's width, in points
        self._tops: list[float] = []
        self._scale = 1.0
        self.zoom_mode = "width"  # "width", "page" or "custom"
        self.custom_zoom = 1.0
        self._placeholder = ""
        self._words: dict[int, list[Word]] = {}
        self._furniture: dict[int, list[Rect]] = {}
        self.highlights: list[Highlight] = []
        self.hidden_categories: set[str] = set()
        self.frames: dict[int, list[Rect]] = {}
        self.note_marks: dict[int, list[Rect]] = {}  # where notes are anchored: a marker in the margin
        self.search_hits: list[tuple[int, tuple[Rect, ...]]] = []
        self.current_hit = -1
        self._flash: tuple[int, Rect] | None = None
        self._sel_anchor: tuple[int, int] | None = None
        self._sel_focus: tuple[int, int] | None = None
        self.caret: tuple[int, int] | None = None  # F7: the word the keyboard selects from
        self._current_page = 0
        self._shown_generation = -1
        self._also: list[tuple[int, float]] = []  # renders others ask for with this view's (the thumbnails)
        self._requests_due = QTimer(self, singleShot=True, interval=0)
        self._requests_due.timeout.connect(self._send_requests)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # --- content ---------------------------------------------------------------------------------

    def set_document(self, generation: int, page_sizes: list[tuple[float, float]]) -> None:
        self.generation = generation
        self._sizes = list(page_sizes)
        self._placeholder = ""
        self._words.clear()
        self._furniture.clear()
        self.clear_overlays()
        self._current_page = 0
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self._scrolled()

    def clear(self, placeholder: str = "") -> None:
        self.generation = -1
        self._sizes = []
        self._placeholder = placeholder
        self._words.clear()
        self.clear_overlays()
        self._relayout()
        self.viewport().update()

    def placeholder(self) -> str:
        """What the view says while it shows no document."""
        return self._placeholder

    def clear_overlays(self) -> None:
        self.highlights = []
        self.frames = {}
        self.search_hits = []
        self.current_hit = -1
        self._flash = None
        self._sel_anchor = self._sel_focus = None

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def current_page(self) -> int:
        """The page at the top of the view (1-based; 0 while it shows no document)."""
        return self._current_page if self._sizes else 0

    def set_words(self, page: int, words: list[Word]) -> None:
        """The word boxes of ``page``; those of pages long out of view are let go (they come again on request)."""
        self._words.pop(page, None)
        self._words[page] = words  # the most recent last
        if len(self._words) <= WORD_PAGES:
            return
        keep = set(self.visible_pages(MARGIN_PAGES))
        if self._sel_anchor is not None and self._sel_focus is not None:
            a, b = sorted([self._sel_anchor[0], self._sel_focus[0]])
            keep.update(range(a, b + 1))
        for old in [p for p in self._words if p not in keep][: len(self._words) - WORD_PAGES]:
            del self._words[old]

    def set_furniture(self, furniture: dict[int, list[Rect]]) -> None:
        """Rectangles of running heads, sidebars and page numbers: left out of copied text."""
        self._furniture = furniture

    # --- what is in view ----------------------------------------------------------------------

    def is_painted(self) -> bool:
        """Whether every visible page has been drawn sharp at the current zoom."""
        ds = self.device_scale()
        return all(self._cache.get((self.generation, self.side, p, ds)) is not None for p in self.visible_pages())

    def _scrolled(self) -> None:
        pages = self.visible_pages()
        if pages:
            probe = self.verticalScrollBar().value() + self.viewport().height() / 3
            page = self._page_index_at(probe) + 1
            if page != self._current_page:
                self._current_page = page
                self.currentPageChanged.emit(page)
        self._requests_due.start()

    def _send_requests(self) -> None:
        if self.generation < 0 or not self._sizes:
            return
        ds = self.device_scale()
        visible = self.visible_pages()
        around = self.visible_pages(MARGIN_PAGES)
        order = visible + [p for p in around if p not in visible]
        wanted = [(p, ds) for p in order if self._cache.get((self.generation, self.side, p, ds)) is None]
        wanted += [(p, s) for p, s in self._also if self._cache.get((self.generation, self.side, p, s)) is None]
        self._renderer.request_renders(self.side, wanted)
        for p in visible:
            if p not in self._words:
                self._renderer.request_words(self.side, p)

    def also_render(self, wanted: list[tuple[int, float]]) -> None:
        """Ask the worker for these (page, scale) renders too, after this view's own (the worker keeps one list)."""
        self._also = list(wanted)
        self._requests_due.start()

    def page_arrived(self, page: int) -> None:
        if page in self.visible_pages(MARGIN_PAGES):
            self.viewport().update()

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        pal = self.palette()
        painter.fillRect(
            self.viewport().rect(),
            pal.color(QPalette.ColorRole.Mid).darker(110) if theme.is_dark() else QColor("#d9dce1"),
        )
        if not self._sizes:
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        ds = self.device_scale()
        sharp = True
        for page in self.visible_pages():
            target = self.page_rect(page)
            painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60))
            painter.fillRect(target, QColor("white"))
            image = self._cache.get((self.generation, self.side, page, ds))
            if image is not None and abs(image.width() - target.width() * self.devicePixelRatioF()) > 2:
                # drawn smaller than asked (a giant page, see guard.render_scale): stretched over its place
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(target, image)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            elif image is not None:
                # drawn pixel for pixel at a whole device pixel: scaling it to the fractional page rectangle
                # (a fraction of a pixel) cost 2.4 ms a page instead of 0.3 ms, and blurred it a little
                dpr = self.devicePixelRatioF()
                painter.drawImage(
                    QRectF(
                        round(target.x() * dpr) / dpr,
                        round(target.y() * dpr) / dpr,
                        image.width() / dpr,
                        image.height() / dpr,
                    ),
                    image,
                )
            else:
                sharp = False
                image = self._cache.any_scale(self.generation, self.side, page)
                if image is not None:
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                    painter.drawImage(target, image)
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            page_overlays.paint(self, painter, page)
        if self.hasFocus():
            page_overlays.paint_focus(self, painter)
        painter.end()
        if sharp and self._shown_generation != self.generation:
            self._shown_generation = self.generation
            self.pagesShown.emit(self.generation)

    def shown(self) -> bool:
        """Whether this document's first visible pages have been painted sharp."""
        return self.generation >= 0 and self._shown_generation == self.generation

    # --- events ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self.anchor()
        super().resizeEvent(event)
        self._relayout()
        self.restore_anchor(anchor)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomStep.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.caret_key(event):
            return
        vbar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            vbar.setValue(0)
        elif event.key() == Qt.Key.Key_End:
            vbar.setValue(vbar.maximum())
        elif event.key() == Qt.Key.Key_Space:
            step = -vbar.pageStep() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else vbar.pageStep()
            vbar.setValue(vbar.value() + int(step * 0.9))
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.press_at(event.position())
            return
        if event.button() == Qt.MouseButton.RightButton:
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._sel_anchor is not None:
            self.drag_to(event.position())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.release()
            return
        if event.button() == Qt.MouseButton.RightButton:
            hit = self.to_page(event.position())
            if hit is not None:
                self.contextMenuAt.emit(event.globalPosition().toPoint(), hit[0], hit[1])
            return
        super().mouseReleaseEvent(event)
