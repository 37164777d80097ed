"""The register's chart: the share of each verdict per advisory body and year, drawn with Qt's painter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from weerwoord.core.register.build import Row
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP
from weerwoord.gui.register_table import VERDICT_COLOURS, tr, word


class VerdictChart(QWidget):
    """Stacked bars: the share of each verdict per advisory body and year, drawn with QPainter."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[tuple[str, dict[str, int]]] = []
        self.setMinimumHeight(160)

    def minimumSizeHint(self) -> Any:
        return self.sizeHint()

    def set_rows(self, rows: Sequence[Row]) -> None:
        counts: dict[str, dict[str, int]] = {}
        unknown = tr(QT_TRANSLATE_NOOP("RegisterWindow", "(body unknown)"))
        for r in rows:
            label = f"{r.body or unknown} · {r.year or '?'}"
            counts.setdefault(label, {}).setdefault(r.verdict, 0)
            counts[label][r.verdict] += 1
        self.groups = sorted(counts.items())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height() + 6
        label_width = min(320, max([metrics.horizontalAdvance(g) for g, _ in self.groups] + [80]) + 12)
        bar_left, bar_width = label_width + 8, max(40, self.width() - label_width - 24)
        y = 8
        # the key
        x = float(bar_left)
        for verdict, colour in VERDICT_COLOURS.items():
            painter.fillRect(QRectF(x, y + 3, 10, 10), QColor(colour))
            painter.setPen(self.palette().text().color())
            text = word(verdict)
            painter.drawText(int(x + 14), int(y + metrics.ascent() + 1), text)
            x += 24 + metrics.horizontalAdvance(text)
        y += line + 4
        for label, counts in self.groups:
            total = sum(counts.values()) or 1
            painter.setPen(self.palette().text().color())
            painter.drawText(
                8, int(y + metrics.ascent()), metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            )
            x = float(bar_left)
            for verdict, colour in VERDICT_COLOURS.items():
                share = counts.get(verdict, 0) / total
                if share:
                    painter.fillRect(QRectF(x, y, bar_width * share, line - 6), QColor(colour))
                    x += bar_width * share
            y += line
        painter.end()

    def sizeHint(self) -> Any:
        size = super().sizeHint()
        size.setHeight(40 + len(self.groups) * (self.fontMetrics().height() + 6))
        return size
