"""Where a page view's pages stand: the zoom, the pages one below the other, page and view coordinates, scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from weerwoord.gui.page_types import Rect

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QScrollBar, QWidget

GAP = 12  # pixels between pages and around them


class PageGeometry:
    """The page view's layout: each page's size and top at the current scale, and the conversions between a page's
    points and the viewport's pixels."""

    _sizes: list[tuple[float, float]]  # each page's width and height, in points
    _widest: float  # the widest page's width, in points
    _tops: list[float]  # each page's top in the scrolled content, in pixels
    _scale: float
    zoom_mode: str  # "width", "page" or "custom"
    custom_zoom: float
    _requests_due: QTimer  # asks the worker for the pages now in view

    if TYPE_CHECKING:

        def viewport(self) -> QWidget: ...
        def verticalScrollBar(self) -> QScrollBar: ...
        def horizontalScrollBar(self) -> QScrollBar: ...
        def devicePixelRatioF(self) -> float: ...

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
