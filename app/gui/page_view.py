"""A continuous vertical view of one document's pages, with marks, frames, hits and selection on top."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

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

from app.gui import page_overlays, theme
from app.gui.page_cache import PageCache
from app.gui.page_selection import Rect, SelectionMixin
from app.gui.worker import Word

GAP = 12  # pixels between pages and around them
MARGIN_PAGES = 1  # pages rendered beyond the visible ones
WORD_PAGES = 24  # the word boxes of at most this many pages are kept (and those of the selection, however many)


class Renderer(Protocol):
    """What the view asks of the worker."""

    def request_renders(self, side: str, wanted: list[tuple[int, float]]) -> None: ...

    def request_words(self, side: str, page: int) -> None: ...


@dataclass(frozen=True)
class Highlight:
    """A translucent mark on a page: a stance phrase, with what it is and why."""

    page: int
    rects: tuple[Rect, ...]
    category: str
    tooltip: str
    about_recommendation: bool = True  # False: about third parties, drawn as a dashed outline


class PageView(SelectionMixin, QAbstractScrollArea):
    """Draws the pages of one document one below the other; the pixels come from the worker via a cache."""

    currentPageChanged = Signal(int)  # 1-based
    zoomStep = Signal(int)  # +1 / -1 from Ctrl+wheel
    selectionChanged = Signal()
    contextMenuAt = Signal(QPoint, int, QPointF)  # global position, page, point in page coordinates
    caretModeChanged = Signal(bool)  # F7
    pagesShown = Signal(int)  # generation: its first visible pages have been painted sharp (once per document)

    def __init__(self, side: str, cache: PageCache, renderer: Renderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = highlights
        self.viewport().update()

    def set_frames(self, frames: dict[int, list[Rect]]) -> None:
        self.frames = frames
        self.viewport().update()

    def set_search_hits(self, hits: list[tuple[int, tuple[Rect, ...]]], current: int = -1) -> None:
        self.search_hits = hits
        self.current_hit = current
        self.viewport().update()

    def flash(self, page: int, rect: Rect) -> None:
        """Outline one rectangle briefly (the mark the reader clicked in the detail list)."""
        self._flash = (page, rect)
        self.viewport().update()
        QTimer.singleShot(1500, self._end_flash)

    def flashing(self) -> tuple[int, Rect] | None:
        return self._flash

    def set_note_marks(self, marks: dict[int, list[Rect]]) -> None:
        self.note_marks = marks
        self.viewport().update()

    def _end_flash(self) -> None:
        self._flash = None
        self.viewport().update()

    # --- zoom and layout -------------------------------------------------------------------------

    def scale(self) -> float:
        """Logical pixels per PDF point."""
        return self._scale

    def set_zoom(self, mode: str, custom: float | None = None) -> None:
        anchor = self.anchor()
        self.zoom_mode = mode
        if custom is not None:
            self.custom_zoom = max(0.25, min(6.0, custom))
        self._relayout()
        self.restore_anchor(anchor)

    def _fit_scales(self) -> tuple[float, float]:
        if not self._sizes:
            return 1.0, 1.0
        width = max(w for w, _ in self._sizes)
        height = max(h for _, h in self._sizes)
        vw = max(50, self.viewport().width() - 2 * GAP)
        vh = max(50, self.viewport().height() - 2 * GAP)
        return vw / width, min(vw / width, vh / height)

    def _relayout(self) -> None:
        fit_width, fit_page = self._fit_scales()
        if self.zoom_mode == "width":
            self._scale = fit_width
        elif self.zoom_mode == "page":
            self._scale = fit_page
        else:
            self._scale = self.custom_zoom
        s = self._scale
        self._widest = max((w for w, _ in self._sizes), default=0.0)
        self._tops = []
        y = float(GAP)
        for _, h in self._sizes:
            self._tops.append(y)
            y += h * s + GAP
        content_h = int(y)
        content_w = int(self._widest * s + 2 * GAP)
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, content_h - self.viewport().height()))
        vbar.setPageStep(self.viewport().height())
        vbar.setSingleStep(40)
        hbar.setRange(0, max(0, content_w - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())
        self.viewport().update()
        self._requests_due.start()

    def anchor(self) -> tuple[int, float]:
        """The page at the top of the view and how far down it (0..1), to keep in place across zooms."""
        if not self._tops:
            return (0, 0.0)
        y = self.verticalScrollBar().value()
        index = self._page_index_at(y)
        h = self._sizes[index][1] * self._scale + GAP
        return index, (y - self._tops[index]) / h if h else 0.0

    def restore_anchor(self, anchor: tuple[int, float]) -> None:
        index, frac = anchor
        if index < len(self._tops):
            h = self._sizes[index][1] * self._scale + GAP
            self.verticalScrollBar().setValue(int(self._tops[index] + frac * h))

    def _page_index_at(self, y: float) -> int:
        index = 0
        for i, top in enumerate(self._tops):
            if top <= y + GAP:
                index = i
            else:
                break
        return index

    def page_rect(self, page: int) -> QRectF:
        """Where page ``page`` (1-based) stands in viewport coordinates."""
        w, h = self._sizes[page - 1]
        s = self._scale
        content_w = self._widest * s + 2 * GAP  # (called for every mark drawn: not recomputed over all pages)
        left = max(0.0, (self.viewport().width() - content_w) / 2) + GAP + ((content_w - 2 * GAP - w * s) / 2)
        x = left - self.horizontalScrollBar().value()
        y = self._tops[page - 1] - self.verticalScrollBar().value()
        return QRectF(x, y, w * s, h * s)

    def to_view(self, page: int, rect: Rect) -> QRectF:
        base = self.page_rect(page)
        s = self._scale
        return QRectF(base.x() + rect[0] * s, base.y() + rect[1] * s, (rect[2] - rect[0]) * s, (rect[3] - rect[1]) * s)

    def to_page(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport position and the point in its coordinates."""
        for page in self.visible_pages():
            r = self.page_rect(page)
            if r.adjusted(0, -GAP / 2, 0, GAP / 2).contains(pos):
                return page, QPointF((pos.x() - r.x()) / self._scale, (pos.y() - r.y()) / self._scale)
        return None

    def visible_pages(self, margin: int = 0) -> list[int]:
        if not self._sizes:
            return []
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        pages = [i + 1 for i, t in enumerate(self._tops) if t < bottom and t + self._sizes[i][1] * self._scale > top]
        if not pages:
            return []
        first = max(1, pages[0] - margin)
        last = min(len(self._sizes), pages[-1] + margin)
        return list(range(first, last + 1))

    def device_scale(self) -> float:
        return round(self._scale * self.devicePixelRatioF(), 4)

    def is_painted(self) -> bool:
        """Whether every visible page has been drawn sharp at the current zoom."""
        ds = self.device_scale()
        return all(self._cache.get((self.generation, self.side, p, ds)) is not None for p in self.visible_pages())

    # --- navigation ------------------------------------------------------------------------------

    def go_to_page(self, page: int, y: float | None = None) -> None:
        """Scroll so that page ``page`` (and point ``y`` on it, when given) is at the top of the view."""
        if not self._tops or not 1 <= page <= len(self._tops):
            return
        top = self._tops[page - 1]
        if y is None:
            self.verticalScrollBar().setValue(int(top - GAP))
        else:
            target = top + y * self._scale - self.viewport().height() * 0.18
            self.verticalScrollBar().setValue(int(max(0.0, target)))

    def ensure_visible(self, page: int, rect: Rect) -> None:
        """Scroll to ``rect`` on ``page`` unless it is already wholly in view."""
        if not self._tops:
            return
        r = self.to_view(page, rect)
        if r.top() < 0 or r.bottom() > self.viewport().height():
            self.go_to_page(page, rect[1])
        hbar = self.horizontalScrollBar()
        if r.left() < 0 or r.right() > self.viewport().width():
            hbar.setValue(int(hbar.value() + r.left() - GAP))

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

    def _tooltip_at(self, pos: QPointF) -> str:
        hit = self.to_page(pos)
        if hit is None:
            return ""
        page, pt = hit
        texts = []
        for hl in self.highlights:
            if hl.page != page or hl.category in self.hidden_categories:
                continue
            if any(r[0] - 1 <= pt.x() <= r[2] + 1 and r[1] - 1 <= pt.y() <= r[3] + 1 for r in hl.rects):
                texts.append(hl.tooltip)
        return "\n".join(texts)

    def highlights_at(self, page: int, pt: QPointF) -> list[Highlight]:
        return [
            hl
            for hl in self.highlights
            if hl.page == page
            and any(r[0] - 1 <= pt.x() <= r[2] + 1 and r[1] - 1 <= pt.y() <= r[3] + 1 for r in hl.rects)
        ]

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
