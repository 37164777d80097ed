"""The detail panel in its scroll area with the correction buttons pinned below it, always in reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from weerwoord.gui.detail import DetailPanel


def detail_with_buttons(detail: DetailPanel) -> QWidget:
    """The detail scrolls; its "Correct the analysis" label and buttons stay visible under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    scroll = QScrollArea()
    scroll.setWidget(detail)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    layout.addWidget(scroll, 1)
    bar = QFrame()
    bar.setObjectName("correction-bar")
    bar.setFrameShape(QFrame.Shape.NoFrame)
    bar_layout = QVBoxLayout(bar)
    bar_layout.setContentsMargins(8, 4, 8, 4)
    bar_layout.setSpacing(2)
    own = detail.layout()
    assert own is not None
    own.removeWidget(detail.correct_label)
    own.removeItem(detail.buttons)
    detail.buttons.setParent(None)
    bar_layout.addWidget(detail.correct_label)
    bar_layout.addLayout(detail.buttons)
    layout.addWidget(bar)
    return box
