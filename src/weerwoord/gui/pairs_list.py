"""The list of pairs: one row per recommendation with its verdict chip, then the replies nobody asked for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from weerwoord.gui import theme

UNCERTAIN = 0.6  # links below this confidence are marked as uncertain
EntryRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("pairs", text)


@dataclass
class Entry:
    """One row: a pair, a group heading or an unmatched reply."""

    kind: str  # "pair", "header" or "reply"
    pair: Any = None  # weerwoord.core.model.Pair
    reply: Any = None  # weerwoord.core.model.Reply
    title: str = ""
    has_notes: bool = False

    @property
    def uncertain(self) -> bool:
        return bool(self.pair is not None and self.pair.reply is not None and self.pair.confidence < UNCERTAIN)

    @property
    def manual(self) -> bool:
        return bool(
            self.pair is not None
            and (self.pair.link == "manual" or self.pair.verdict_manual or self.pair.recommendation.manual)
        )

    def describe(self) -> str:
        """The row as one sentence, for screen readers and tooltips."""
        if self.kind == "header":
            return self.title
        if self.kind == "reply":
            heading = self.reply.heading or first_words(self.reply.text, 10)
            return _t("Reply not linked to a recommendation: {0}").format(heading)
        p = self.pair
        parts = [
            _t("Recommendation {0}: {1}").format(p.number, first_words(p.recommendation.text, 12)),
            _t("Verdict: {0}").format(theme.verdict_word(p.verdict)),
        ]
        if self.uncertain:
            parts.append(_t("uncertain link ({0:.0%})").format(p.confidence))
        if self.manual:
            parts.append(_t("corrected by hand"))
        if self.has_notes:
            parts.append(_t("has notes"))
        return "; ".join(parts)


def first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


class PairsModel(QAbstractListModel):
    """Rows for the pairs of a comparison and, after a heading, the unmatched replies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_comparison(self, comparison: Any, noted_numbers: set[str] | None = None) -> None:
        self.beginResetModel()
        self.entries = []
        if comparison is not None:
            noted = noted_numbers or set()
            for pair in comparison.pairs:
                self.entries.append(Entry("pair", pair=pair, has_notes=pair.number in noted))
            if comparison.unmatched_replies:
                title = _t("Replies not linked to any recommendation ({0})").format(len(comparison.unmatched_replies))
                self.entries.append(Entry("header", title=title))
                self.entries.extend(Entry("reply", reply=r) for r in comparison.unmatched_replies)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.describe()
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.kind == "pair":
                return entry.describe() + "\n\n" + first_words(entry.pair.recommendation.text, 60)
            return entry.describe()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].kind == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of_number(self, number: str) -> int:
        for i, e in enumerate(self.entries):
            if e.kind == "pair" and e.pair.number == number:
                return i
        return -1


class PairDelegate(QStyledItemDelegate):
    """Paints a row: number, first words, verdict chip (colour, icon and word) and small markers."""

    CHIP_W = 104

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        entry: Entry = index.data(EntryRole)
        fm = QFontMetrics(option.font)
        if entry is not None and entry.kind == "header":
            return QSize(200, fm.height() + 18)
        return QSize(200, fm.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: Entry = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        pal = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = pal.color(text_role)
        fm = QFontMetrics(option.font)
        if entry.kind == "header":
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_colour)
            painter.drawText(rect.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, entry.title)
            painter.restore()
            return
        inner = rect.adjusted(6, 6, -6, -6)
        number_w = fm.horizontalAdvance("000") + 8
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        if entry.kind == "pair":
            label = entry.pair.number
            verdict = entry.pair.verdict
            words = entry.pair.recommendation.text
        else:
            label = "–"
            verdict = ""
            words = entry.reply.heading or entry.reply.text
        painter.drawText(QRect(inner.left(), inner.top(), number_w, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
        # markers below the number
        mx = inner.left()
        my = inner.top() + fm.height() + 2
        size = fm.height() - 2
        marker_colour = text_colour if selected else QColor("#b06000")
        for shown, name, colour in (
            (entry.uncertain, "fa6s.triangle-exclamation", marker_colour),
            (entry.manual, "fa6s.user-pen", text_colour),
            (entry.has_notes, "fa6s.note-sticky", text_colour),
        ):
            if shown:
                theme.icon(name, colour).paint(painter, QRect(mx, my, size, size))
                mx += size + 3
        # chip on the right
        chip_w = chip_width(option.font) if verdict else 0
        text_rect = QRect(
            inner.left() + number_w + 4, inner.top(), inner.width() - number_w - chip_w - 10, inner.height()
        )
        painter.setFont(option.font)
        painter.setPen(text_colour)
        elided = _elide_two_lines(words, fm, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
        if verdict:
            chip = QRect(inner.right() - chip_w + 1, inner.center().y() - fm.height() // 2 - 3, chip_w, fm.height() + 6)
            paint_chip(painter, chip, verdict, option.font, selected)
        painter.restore()


def chip_width(font: QFont) -> int:
    """Wide enough for the longest verdict word in the interface's language ("Kennisgenomen", bold)."""
    bold = QFont(font)
    bold.setBold(True)
    fm = QFontMetrics(bold)
    widest = max(fm.horizontalAdvance(theme.verdict_word(v)) for v in theme.VERDICT_LOOKS)
    return max(PairDelegate.CHIP_W, widest + fm.height() + 18)


def paint_chip(painter: QPainter, chip: QRect, verdict: str, font: QFont, on_selected: bool = False) -> None:
    """A rounded chip in the verdict's colour with its icon and word, white on colour (legible in grey).

    "No reply" is white with dark text and outline. On a selected row every chip gets a white ring: the
    highlight is about as dark as the chips, and the ring keeps their edge at 3:1 or more.
    """
    look = theme.VERDICT_LOOKS.get(verdict, theme.VERDICT_LOOKS["noted"])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor(look.colour)
    radius = chip.height() / 2
    body = chip.adjusted(0, 0, -1, -1)
    if on_selected:
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(body.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
    if verdict == "unanswered":
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QColor(theme.UNANSWERED_FILL))
        fg = colour
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        fg = QColor("white")
    painter.drawRoundedRect(body, radius, radius)
    size = chip.height() - 8
    theme.icon(look.icon, fg).paint(painter, QRect(chip.left() + 7, chip.top() + 4, size, size))
    f = QFont(font)
    f.setBold(True)
    painter.setFont(f)
    painter.setPen(fg)
    painter.drawText(chip.adjusted(size + 11, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, theme.verdict_word(verdict))
    painter.restore()


def _elide_two_lines(text: str, fm: QFontMetrics, width: int) -> str:
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, w in enumerate(words):
        trial = f"{current} {w}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = w
        if len(lines) == 2:
            break
        if len(lines) == 1:
            rest = " ".join(words[i:])
            return lines[0] + "\n" + fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    if current and len(lines) < 2:
        lines.append(current)
    return "\n".join(lines[:2])


class PairsView(QListView):
    """The list widget; J/K and F6 are handled by the window's actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(PairDelegate(self))
        self.setUniformItemSizes(False)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setMinimumWidth(240)
        self.readable_highlight()

    def readable_highlight(self) -> None:
        """Darken the selected row's colour until its text stands at 4.5:1 (Fusion's blue gives 3.7:1)."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.HighlightedText)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colour = pal.color(group, QPalette.ColorRole.Highlight)
            for _ in range(20):
                if theme.contrast(colour, text) >= 4.5:
                    break
                colour = colour.darker(110) if text.lightness() > 127 else colour.lighter(110)
            pal.setColor(group, QPalette.ColorRole.Highlight, colour)
        self.setPalette(pal)
