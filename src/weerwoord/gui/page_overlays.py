"""What a page view draws over the pages: marks, search hits, passage frames, notes, selection, focus ring."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen

from weerwoord.gui import theme
from weerwoord.gui.page_types import Highlight, Rect

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

MARK_ALPHA = 70  # the tint behind a mark's words: the text stays black on it
NOTE_SIZE = 14  # the margin marker of a note, in pixels


class PageOverlays:
    """The page view's overlays: what is drawn over the pages, set by the window, and the marks' tooltips."""

    highlights: list[Highlight]
    hidden_categories: set[str]
    frames: dict[int, list[Rect]]
    note_marks: dict[int, list[Rect]]  # where notes are anchored: a marker in the margin
    search_hits: list[tuple[int, tuple[Rect, ...]]]
    current_hit: int
    _flash: tuple[int, Rect] | None

    if TYPE_CHECKING:

        def viewport(self) -> QWidget: ...
        def scale(self) -> float: ...
        def page_rect(self, page: int) -> QRectF: ...
        def to_view(self, page: int, rect: Rect) -> QRectF: ...
        def to_page(self, pos: QPointF) -> tuple[int, QPointF] | None: ...
        def selection_rects(self) -> dict[int, list[Rect]]: ...
        def caret_rect(self) -> tuple[int, Rect] | None: ...

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


def paint(view: PageOverlays, painter: QPainter, page: int) -> None:
    _marks(view, painter, page)
    _search_hits(view, painter, page)
    _frames(view, painter, page)
    _notes(view, painter, page)
    selected = view.selection_rects().get(page)
    if selected:
        colour = QColor(theme.SELECTION_COLOUR)
        colour.setAlpha(90)
        for rect in selected:
            painter.fillRect(view.to_view(page, rect), colour)
    caret = view.caret_rect()
    if caret and caret[0] == page:
        r = view.to_view(page, caret[1])
        painter.fillRect(QRectF(r.left() - 2, r.top() - 1, 2, r.height() + 2), QColor(theme.FOCUS_COLOUR))
    flash = view.flashing()
    if flash and flash[0] == page:
        painter.setPen(QPen(QColor(theme.SEARCH_CURRENT_COLOUR), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(view.to_view(page, flash[1]).adjusted(-4, -4, 4, 4))
        painter.setPen(Qt.PenStyle.NoPen)


def _marks(view: PageOverlays, painter: QPainter, page: int) -> None:
    """A mark about the recommendation: tinted, underlined. One about others: a dashed outline, no tint."""
    for hl in view.highlights:
        if hl.page != page or hl.category not in theme.CATEGORY_LOOKS or hl.category in view.hidden_categories:
            continue
        edge = QColor(theme.CATEGORY_LOOKS[hl.category].colour)
        for rect in hl.rects:
            r = view.to_view(page, rect).adjusted(-1, -1, 1, 1)
            if not hl.about_recommendation:
                pen = QPen(edge, 1.5, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(r)
                painter.setPen(Qt.PenStyle.NoPen)
                continue
            tint = QColor(edge)
            tint.setAlpha(MARK_ALPHA)
            painter.fillRect(r, tint)
            painter.fillRect(QRectF(r.left(), r.bottom() - 2, r.width(), 2), edge)


def _search_hits(view: PageOverlays, painter: QPainter, page: int) -> None:
    """Cyan boxes with a dark outline (thicker for the current hit): never taken for a mark."""
    for index, (hit_page, rects) in enumerate(view.search_hits):
        if hit_page != page:
            continue
        current = index == view.current_hit
        fill = QColor(theme.SEARCH_COLOUR)
        fill.setAlpha(110 if current else 70)
        painter.setPen(
            QPen(QColor(theme.SEARCH_CURRENT_COLOUR if current else theme.SEARCH_EDGE_COLOUR), 2.5 if current else 1.2)
        )
        painter.setBrush(fill)
        for rect in rects:
            painter.drawRect(view.to_view(page, rect).adjusted(-1, -1, 1, 1))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _frames(view: PageOverlays, painter: QPainter, page: int) -> None:
    """An outline around each block of the passage, no fill: the item number beside it and the next line stay clear."""
    frame_rects = view.frames.get(page)
    if not frame_rects:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.FRAME_COLOUR), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = view.scale()
    for block in frame_blocks(frame_rects):
        box = view.to_view(page, block)
        pad_x, pad_top, pad_bottom = max(3.0, 2.5 * s), max(2.0, 1.5 * s), max(1.0, 0.6 * s)
        painter.drawRoundedRect(box.adjusted(-pad_x, -pad_top, pad_x, pad_bottom), 3, 3)
    painter.restore()


def frame_blocks(rects: Iterable[Rect]) -> list[Rect]:
    """The passage's line rectangles gathered into blocks: lines that overlap sideways and follow closely.

    A passage that goes on in the next column, or that shares its page with another's lines, gets one frame
    per block instead of one box over everything between them.
    """
    blocks: list[list[float]] = []
    for r in sorted(rects, key=lambda r: (r[1], r[0])):
        height = r[3] - r[1]
        for b in blocks:
            overlaps = min(b[2], r[2]) - max(b[0], r[0]) > 0
            if overlaps and r[1] - b[3] < max(height, 4.0) * 1.2 and r[3] > b[1]:
                b[0], b[1], b[2], b[3] = min(b[0], r[0]), min(b[1], r[1]), max(b[2], r[2]), max(b[3], r[3])
                break
        else:
            blocks.append([r[0], r[1], r[2], r[3]])
    return [(b[0], b[1], b[2], b[3]) for b in blocks]


def _notes(view: PageOverlays, painter: QPainter, page: int) -> None:
    """A small tab in the left margin beside each note's passage."""
    rects = view.note_marks.get(page)
    if not rects:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor(theme.NOTE_COLOUR)
    left = view.page_rect(page).left()
    for rect in rects:
        r = view.to_view(page, rect)
        marker = QRectF(left + 3, r.top(), 5, max(r.height(), NOTE_SIZE))
        painter.fillRect(marker, colour)
        painter.setPen(QPen(colour, 1.5))
        painter.drawLine(QPointF(marker.right(), r.top() + 1), QPointF(r.left() - 2, r.top() + 1))
    painter.restore()


def paint_focus(view: PageOverlays, painter: QPainter) -> None:
    """The ring that tells the keyboard is in this pane: 3 pixels inside the viewport's edge."""
    painter.save()
    painter.setPen(QPen(theme.focus_colour(), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(view.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5))
    painter.restore()
