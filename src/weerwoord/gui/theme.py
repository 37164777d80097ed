"""Colours, icons and words for verdicts and mark categories, readable in colour and in greyscale."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from weerwoord.gui.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("theme", text)


@dataclass(frozen=True)
class Look:
    """How one verdict or category is shown: colour, icon name and a word."""

    colour: str
    icon: str
    word: str


# Chip colours carry white text at 4.5:1 or more (WCAG AA); "No reply" is a white chip with dark text.
VERDICT_LOOKS: dict[str, Look] = {
    "agrees": Look("#137333", "fa6s.circle-check", QT_TRANSLATE_NOOP("theme", "Agrees")),
    "partly": Look("#a14f00", "fa6s.circle-half-stroke", QT_TRANSLATE_NOOP("theme", "Partly")),
    "disagrees": Look("#b3261e", "fa6s.circle-xmark", QT_TRANSLATE_NOOP("theme", "Disagrees")),
    "noted": Look("#4a5563", "fa6s.circle-info", QT_TRANSLATE_NOOP("theme", "Noted only")),
    "unanswered": Look("#3c4043", "fa6s.circle-question", QT_TRANSLATE_NOOP("theme", "No reply")),
}
UNANSWERED_FILL = "#ffffff"  # the "No reply" chip: outlined in its colour, white inside, on any row

# Mark colours: their underline stands at 3:1 or more on the white page; commitment is violet, away from the
# blue of the selection; the frame is slate, away from all four.
CATEGORY_LOOKS: dict[str, Look] = {
    "agreement": Look("#188038", "fa6s.thumbs-up", QT_TRANSLATE_NOOP("theme", "Agreement")),
    "reservation": Look("#b06000", "fa6s.scale-balanced", QT_TRANSLATE_NOOP("theme", "Reservation")),
    "disagreement": Look("#d93025", "fa6s.thumbs-down", QT_TRANSLATE_NOOP("theme", "Disagreement")),
    "commitment": Look("#8430ce", "fa6s.handshake", QT_TRANSLATE_NOOP("theme", "Commitment")),
}

FRAME_COLOUR = "#37474f"
SEARCH_COLOUR = "#00acc1"  # cyan fill with a dark cyan outline: not a mark's tint
SEARCH_EDGE_COLOUR = "#006978"
SEARCH_CURRENT_COLOUR = "#004d57"
SELECTION_COLOUR = "#1a73e8"
FOCUS_COLOUR = "#0b57d0"  # the page pane's focus ring: 4.6:1 on the grey around the pages
FOCUS_COLOUR_DARK = "#8ab4f8"  # the same ring on a dark palette's grey (#222528 under Breeze Dark: 7.3:1)
NOTE_COLOUR = "#b26a00"  # the margin marker of a note
LEGEND_OFF_COLOUR = "#5f6368"
SELECTION_TEXT_AIM = 5.5  # 4.5:1 and room for anti-aliasing: small text is drawn lighter than its colour


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


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


def focus_colour() -> QColor:
    """The page pane's focus ring: dark blue on the light grey around the pages, light blue on a dark one."""
    return QColor(FOCUS_COLOUR_DARK if is_dark() else FOCUS_COLOUR)


def readable_selection(palette: QPalette) -> QPalette:
    """``palette`` with a selection whose text stands at 4.5:1 on it and which stands at 3:1 on the list's
    background (Base), focused and not: the palette's own highlight darkened or lightened, under the
    palette's highlighted text or, when no shade of it serves both, under black or white (Breeze Dark's blue
    gave its light text 2.1:1)."""
    out = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, QPalette.ColorRole.Base)
        start = palette.color(group, QPalette.ColorRole.Highlight)
        own = palette.color(group, QPalette.ColorRole.HighlightedText)
        other = QColor("black") if own.lightness() > 127 else QColor("white")
        for text in (own, other):
            fill = _shade_for(start, text, base)
            if fill is not None:
                out.setColor(group, QPalette.ColorRole.Highlight, fill)
                out.setColor(group, QPalette.ColorRole.HighlightedText, text)
                break
    return out


class _SelectionKeeper(QObject):
    """Gives its widget a readable selection, and again whenever the application's palette changes."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        self.widget.setPalette(readable_selection(QApplication.palette(self.widget)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False


def keep_selection_readable(widget: QWidget) -> None:
    """``widget``'s selected rows drawn readable (:func:`readable_selection`), under a light or dark palette."""
    _SelectionKeeper(widget)


def _shade_for(colour: QColor, text: QColor, base: QColor) -> QColor | None:
    """The shade of ``colour`` nearest to it (darker under light text, lighter under dark) with ``text`` at
    SELECTION_TEXT_AIM on it and itself at 3:1 on ``base``; None when there is none."""
    shade = QColor(colour)
    for _ in range(40):
        if contrast(shade, text) >= SELECTION_TEXT_AIM and contrast(shade, base) >= 3.0:
            return shade
        shade = shade.darker(108) if text.lightness() > 127 else shade.lighter(108)
    return None


def text_colour() -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("black")


def icon(name: str, colour: str | QColor | None = None) -> QIcon:
    """A Font Awesome icon (qtawesome's names and font), tinted with ``colour`` or the palette's text colour."""
    col = QColor(colour) if colour is not None else text_colour()
    return _icon(name, col.rgba())


@cache
def _icon(name: str, rgba: int) -> QIcon:
    col = QColor.fromRgba(rgba)
    char = _solid_chars().get(name.removeprefix(SOLID + ".")) if name.startswith(SOLID + ".") else None
    if char is None or _solid_family() is None:  # another icon set, or the font not found: qtawesome itself
        import qtawesome as qta

        result: QIcon = qta.icon(name, color=col, color_disabled=QColor(col).lighter(160))
        return result
    return QIcon(_GlyphEngine(char, col, QColor(col).lighter(160)))


# The solid Font Awesome 6 icons are drawn here from qtawesome's own font and character map, as qtawesome draws
# them (its default "text" painter), without importing qtawesome: that import (qtpy, all Qt modules, every
# icon font) took a quarter of a second of the window's start, before its first page could be shown.
SOLID = "fa6s"


def _fonts_dir() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        fonts = Path(folder) / "fonts"
        if fonts.is_dir():
            return fonts
    return None


@cache
def _solid_files() -> tuple[Path, Path] | None:
    """qtawesome's Font Awesome 6 solid font and its character map (names carry the font's version)."""
    fonts = _fonts_dir()
    if fonts is None:
        return None
    for ttf in sorted(fonts.glob("fontawesome6-solid-webfont-*.ttf"), reverse=True):
        charmap = ttf.with_name(ttf.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
        if charmap.is_file():
            return ttf, charmap
    return None


@cache
def _solid_chars() -> dict[str, str]:
    files = _solid_files()
    if files is None:
        return {}
    try:
        codes = json.loads(files[1].read_text(encoding="utf-8"))
        return {name: chr(int(code, 16)) for name, code in codes.items()}
    except (OSError, ValueError):
        return {}


_family: list[str] = []  # the font's family once loaded (into the running application's font database)


def _solid_family() -> str | None:
    files = _solid_files()
    if files is None or QGuiApplication.instance() is None:
        return None
    if not _family:
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(files[0])))
        if not families:
            return None
        _family.append(families[0])
    return _family[0]


class _GlyphEngine(QIconEngine):
    """One glyph of the icon font in one colour (a lighter one when disabled), as qtawesome paints it."""

    def __init__(self, char: str, colour: QColor, disabled: QColor) -> None:
        super().__init__()
        self.char = char
        self.colour = colour
        self.disabled = disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.colour)
        font = QFont()
        font.setFamily(_solid_family() or "")
        font.setPixelSize(round(0.875 * rect.height()))  # 16 pixels high: a 14-pixel glyph, as qtawesome
        font.setStyleName("Solid")
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.char, self.colour, self.disabled)


def verdict_icon(verdict: str) -> QIcon:
    look = VERDICT_LOOKS.get(verdict, VERDICT_LOOKS["noted"])
    return icon(look.icon, look.colour)


def category_icon(category: str) -> QIcon:
    look = CATEGORY_LOOKS.get(category, CATEGORY_LOOKS["agreement"])
    return icon(look.icon, look.colour)


def legend_icon(category: str) -> QIcon:
    """The category's icon when its marks are shown, a grey struck-out eye when they are hidden."""
    shown = category_icon(category)
    hidden = icon("fa6s.eye-slash", LEGEND_OFF_COLOUR)
    both = QIcon()
    for size in (16, 20, 24, 32, 48):
        both.addPixmap(shown.pixmap(size, size), QIcon.Mode.Normal, QIcon.State.On)
        both.addPixmap(hidden.pixmap(size, size), QIcon.Mode.Normal, QIcon.State.Off)
    return both
