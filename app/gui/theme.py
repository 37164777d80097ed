"""Colours, icons and words for verdicts and mark categories, readable in colour and in greyscale."""

from __future__ import annotations

from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.gui.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("theme", text)


@dataclass(frozen=True)
class Look:
    """How one verdict or category is shown: colour, icon name and a word."""

    colour: str
    icon: str
    word: str


VERDICT_LOOKS: dict[str, Look] = {
    "agrees": Look("#1e8e3e", "fa6s.circle-check", QT_TRANSLATE_NOOP("theme", "Agrees")),
    "partly": Look("#c77700", "fa6s.circle-half-stroke", QT_TRANSLATE_NOOP("theme", "Partly")),
    "disagrees": Look("#c5221f", "fa6s.circle-xmark", QT_TRANSLATE_NOOP("theme", "Disagrees")),
    "noted": Look("#5f6b7a", "fa6s.circle-info", QT_TRANSLATE_NOOP("theme", "Noted only")),
    "unanswered": Look("#80868b", "fa6s.circle-question", QT_TRANSLATE_NOOP("theme", "No reply")),
}

CATEGORY_LOOKS: dict[str, Look] = {
    "agreement": Look("#34a853", "fa6s.thumbs-up", QT_TRANSLATE_NOOP("theme", "Agreement")),
    "reservation": Look("#f9ab00", "fa6s.scale-balanced", QT_TRANSLATE_NOOP("theme", "Reservation")),
    "disagreement": Look("#ea4335", "fa6s.thumbs-down", QT_TRANSLATE_NOOP("theme", "Disagreement")),
    "commitment": Look("#4285f4", "fa6s.handshake", QT_TRANSLATE_NOOP("theme", "Commitment")),
}

FRAME_COLOUR = "#7b1fa2"
SEARCH_COLOUR = "#ffd54f"
SEARCH_CURRENT_COLOUR = "#ff6d00"
SELECTION_COLOUR = "#1a73e8"


def verdict_word(verdict: str) -> str:
    look = VERDICT_LOOKS.get(verdict)
    return _t(look.word) if look else verdict


def category_word(category: str) -> str:
    look = CATEGORY_LOOKS.get(category)
    return _t(look.word) if look else category


def is_dark() -> bool:
    """Whether the system palette is dark (the window follows it)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return bool(app.palette().color(QPalette.ColorRole.Window).lightness() < 128)


def text_colour() -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("black")


def icon(name: str, colour: str | QColor | None = None) -> QIcon:
    """A qtawesome icon, tinted with ``colour`` or the palette's text colour."""
    col = QColor(colour) if colour is not None else text_colour()
    result: QIcon = qta.icon(name, color=col, color_disabled=QColor(col).lighter(160))
    return result


def verdict_icon(verdict: str) -> QIcon:
    look = VERDICT_LOOKS.get(verdict, VERDICT_LOOKS["noted"])
    return icon(look.icon, look.colour)


def category_icon(category: str) -> QIcon:
    look = CATEGORY_LOOKS.get(category, CATEGORY_LOOKS["agreement"])
    return icon(look.icon, look.colour)
