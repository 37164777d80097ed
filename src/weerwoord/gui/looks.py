"""Small things the window says and shows: counts with their plurals, the caret mode, the search's status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from weerwoord.gui import theme

MainWindow = Any  # src/weerwoord/gui/window.py's window, not imported: the window imports this module


def _t(text: str) -> str:
    return QCoreApplication.translate("looks", text)


def status_counts(recommendations: int, answered: int, unlinked: int) -> str:
    """'7 recommendations, 6 answered; 1 reply not linked.' with each count's own singular."""
    first = _t("1 recommendation") if recommendations == 1 else _t("{0} recommendations").format(recommendations)
    last = _t("1 reply not linked") if unlinked == 1 else _t("{0} replies not linked").format(unlinked)
    return _t("{0}, {1} answered; {2}.").format(first, answered, last)


def caret_mode_said(window: MainWindow, on: bool) -> None:
    window.status_label.setText(
        _t("Caret browsing on: arrows move word by word, Shift+arrows select, F7 turns it off")
        if on
        else _t("Caret browsing off")
    )


def left_search(window: MainWindow) -> None:
    """Leaving the Search tab: its 'Hit 3 of 56' goes from the status bar (the hits stay on the pages, F3 steps)."""
    if window.sidebar.currentWidget() is window.search_panel or window.search_index < 0:
        return
    said = QCoreApplication.translate("MainWindow", "Hit {0} of {1}")
    said = said.format(window.search_index + 1, len(window.search_hits))
    if window.status_label.text() == said:
        window.status_label.clear()


def summary(comparison: Any) -> str:
    """'10 recommendations: 5 agrees, 1 partly, 4 no reply' with the chip words."""
    counts: dict[str, int] = {}
    for pair in comparison.pairs:
        counts[pair.verdict] = counts.get(pair.verdict, 0) + 1
    parts = [f"{theme.verdict_word(v)}: {counts[v]}" for v in theme.VERDICT_LOOKS if counts.get(v)]
    if len(comparison.pairs) == 1:
        return QCoreApplication.translate("MainWindow", "<b>1 recommendation</b> — {0}").format(", ".join(parts))
    return QCoreApplication.translate("MainWindow", "<b>{0} recommendations</b> — {1}").format(
        len(comparison.pairs), ", ".join(parts)
    )


def furniture(doc: Any) -> dict[int, list[tuple[float, float, float, float]]]:
    """Running heads, sidebars and page numbers per page: left out of copied text."""
    out: dict[int, list[tuple[float, float, float, float]]] = {}
    for block in getattr(doc, "furniture", []):
        for piece in block.run.pieces:
            out.setdefault(piece.page, []).append(piece.rect)
    return out


def show_note_marks(window: MainWindow) -> None:
    """A marker in each pane's margin beside every note's passage (as placed on the page)."""
    marks: dict[str, dict[int, list[Any]]] = {side: {} for side in window.panes}
    for place in window.notes.places.values():
        if place is not None and place[2] and place[0] in marks:
            side, page, rects = place
            xs0, ys0, xs1, ys1 = zip(*(tuple(r) for r in rects), strict=True)
            marks[side].setdefault(page, []).append((min(xs0), min(ys0), max(xs1), max(ys1)))
    for side, pane in window.panes.items():
        pane.view.set_note_marks(marks[side])


def others_legend() -> QWidget:
    """The legend's key to the dashed outline: a mark about others (third parties), not the recommendation."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(8, 0, 4, 0)
    layout.setSpacing(4)
    swatch = QLabel()
    ratio = box.devicePixelRatioF()
    pixmap = QPixmap(round(28 * ratio), round(16 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(theme.LEGEND_OFF_COLOUR), 1.5, Qt.PenStyle.DashLine))
    painter.drawRect(QRectF(1.5, 2.5, 25, 11))
    painter.end()
    swatch.setPixmap(pixmap)
    text = QLabel(_t("About others"))
    for label in (swatch, text):
        label.setToolTip(
            _t("Outlined with dashes, not filled: a mark about others (third parties), not about the recommendation")
        )
        layout.addWidget(label)
    box.setAccessibleName(_t("Legend: dashed outline, a mark about others"))
    return box
