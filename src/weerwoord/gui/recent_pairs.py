"""File ▸ Open recent: the last pairs opened, kept in the settings."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

RECENT_LIMIT = 8


class RecentPairs(QObject):
    """The recent pairs, newest first; ``chosen(advice, response)`` when one is picked from the menu."""

    chosen = Signal(str, str)

    def __init__(self, settings: QSettings, remember: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.remember = remember

    def pairs(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent/pairs", "[]")
        try:
            data = json.loads(str(raw))
            return [(str(a), str(r)) for a, r in data][:RECENT_LIMIT]
        except (ValueError, TypeError):
            return []

    def add(self, advice: str, response: str) -> None:
        """``advice`` and ``response`` (resolved paths) become the newest recent pair."""
        if not self.remember:
            return
        pairs = [(advice, response)] + [p for p in self.pairs() if p != (advice, response)]
        self.settings.setValue("recent/pairs", json.dumps(pairs[:RECENT_LIMIT]))
        self.settings.sync()

    def fill(self, menu: QMenu) -> None:
        """The menu's items, one per recent pair with Alt+Shift+1… (filled each time it opens)."""
        menu.clear()
        pairs = self.pairs()
        if not pairs:
            none = menu.addAction(QCoreApplication.translate("MainWindow", "No recent pairs"))
            none.setEnabled(False)
        for i, (advice, response) in enumerate(pairs, start=1):
            label = f"&{i} {Path(advice).name}  ↔  {Path(response).name}"
            act = menu.addAction(label)
            act.setShortcut(QKeySequence(f"Alt+Shift+{i}"))
            act.setToolTip(f"{advice}\n{response}")
            act.triggered.connect(lambda _c=False, a=advice, r=response: self.chosen.emit(a, r))
