"""Selecting words in a page view: by mouse (drag, double-click) and by keyboard (F7 caret, Shift+arrows)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from weerwoord.gui.page_types import Rect, Renderer, WordAt
from weerwoord.gui.worker import Word

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget


class SelectionMixin:
    """The page view's selection: from an anchor word to a focus word, in reading order, maybe over pages."""

    _words: dict[int, list[Word]]
    _furniture: dict[int, list[Rect]]
    _sel_anchor: WordAt | None
    _sel_focus: WordAt | None
    _renderer: Renderer
    side: str
    caret: WordAt | None
    caret_mode: bool = False

    if TYPE_CHECKING:
        selectionChanged: SignalInstance
        caretModeChanged: SignalInstance

        def to_page(self, pos: QPointF) -> tuple[int, QPointF] | None: ...
        def viewport(self) -> QWidget: ...
        def visible_pages(self, margin: int = 0) -> list[int]: ...
        def ensure_visible(self, page: int, rect: Rect) -> None: ...
        @property
        def page_count(self) -> int: ...

    # --- mouse: a click clears, a drag selects, a double-click takes one word ---------------------

    def press_at(self, pos: QPointF) -> None:
        hit = self._word_at(pos)
        had = self.has_selection()
        self._sel_anchor, self._sel_focus = hit, None  # a click alone selects nothing
        if hit is not None and self.caret_mode:
            self.caret = hit
        self.viewport().update()
        if had:
            self.selectionChanged.emit()

    def drag_to(self, pos: QPointF) -> None:
        if self._sel_anchor is None:
            return
        hit = self._word_at(pos)
        if hit is not None and hit != self._sel_focus:
            self._sel_focus = hit
            if self.caret_mode:
                self.caret = hit
            self.viewport().update()

    def release(self) -> None:
        if self._sel_focus is None:
            self._sel_anchor = None
        self.selectionChanged.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._word_at(event.position())
            if hit is not None:
                self.select_words(hit, hit)
            return
        super().mouseDoubleClickEvent(event)  # type: ignore[misc]

    def clear_selection(self) -> None:
        if self._sel_anchor is None and self._sel_focus is None:
            return
        self._sel_anchor = self._sel_focus = None
        self.viewport().update()
        self.selectionChanged.emit()

    # --- keyboard: F7 toggles a caret; arrows move it word by word or line by line, Shift extends -----

    def set_caret_mode(self, on: bool) -> None:
        self.caret_mode = on
        if on and self.caret is None:
            self.caret = self._sel_focus or self._first_visible_word()
        self.viewport().update()
        self.caretModeChanged.emit(on)

    def _first_visible_word(self) -> WordAt | None:
        for page in self.visible_pages():
            if self._words.get(page):
                return page, 0
            self._renderer.request_words(self.side, page)
        return None

    def caret_key(self, event: QKeyEvent) -> bool:
        """Handle F7, Escape and, in caret mode, the arrows; whether the key was used."""
        key = event.key()
        if key == Qt.Key.Key_F7:
            self.set_caret_mode(not self.caret_mode)
            return True
        if key == Qt.Key.Key_Escape and self.has_selection():
            self.clear_selection()
            return True
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -2, Qt.Key.Key_Down: 2}
        if not self.caret_mode or key not in moves:
            return False
        if self.caret is None:
            self.caret = self._first_visible_word()
            if self.caret is None:
                return True
        before = self.caret
        step = moves[Qt.Key(key)]
        after = self._next_word(before, step) if abs(step) == 1 else self._next_line(before, step // 2)
        if after is None:
            return True
        self.caret = after
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if self._sel_anchor is None or self._sel_focus is None:
                self._sel_anchor = before
            self._sel_focus = after
            self.selectionChanged.emit()
        elif self.has_selection():
            self._sel_anchor = self._sel_focus = None
            self.selectionChanged.emit()
        w = self._words[after[0]][after[1]]
        self.ensure_visible(after[0], (w[0], w[1], w[2], w[3]))
        self.viewport().update()
        return True

    def _next_word(self, at: WordAt, step: int) -> WordAt | None:
        page, index = at
        words = self._words.get(page, [])
        if 0 <= index + step < len(words):
            return page, index + step
        other = page + step
        if not 1 <= other <= self.page_count:
            return None
        other_words = self._words.get(other)
        if not other_words:
            self._renderer.request_words(self.side, other)
            return None
        return (other, 0) if step > 0 else (other, len(other_words) - 1)

    def _next_line(self, at: WordAt, step: int) -> WordAt | None:
        """The word on the next (previous) printed line nearest the caret's position across."""
        here = self._words[at[0]][at[1]]
        x = (here[0] + here[2]) / 2
        line = (at[0], here[5], here[6])
        probe: WordAt | None = at
        while probe is not None:
            probe = self._next_word(probe, step)
            if probe is None:
                return None
            w = self._words[probe[0]][probe[1]]
            if (probe[0], w[5], w[6]) != line:
                break
        assert probe is not None
        first = self._words[probe[0]][probe[1]]
        target = (probe[0], first[5], first[6])
        words = self._words[probe[0]]
        same = [i for i, w in enumerate(words) if (probe[0], w[5], w[6]) == target]
        best = min(same, key=lambda i: abs((words[i][0] + words[i][2]) / 2 - x))
        return probe[0], best

    def caret_rect(self) -> tuple[int, Rect] | None:
        if not self.caret_mode or self.caret is None:
            return None
        words = self._words.get(self.caret[0], [])
        if not 0 <= self.caret[1] < len(words):
            return None
        w = words[self.caret[1]]
        return self.caret[0], (w[0], w[1], w[2], w[3])

    # --- the selected words ------------------------------------------------------------------------

    def _word_at(self, pos: QPointF) -> tuple[int, int] | None:
        hit = self.to_page(pos)
        if hit is None:
            return None
        page, pt = hit
        words = self._words.get(page)
        if not words:
            self._renderer.request_words(self.side, page)
            return None
        best, best_d = 0, float("inf")
        for i, w in enumerate(words):
            dx = max(w[0] - pt.x(), 0.0, pt.x() - w[2])
            dy = max(w[1] - pt.y(), 0.0, pt.y() - w[3])
            d = dx + dy * 3  # prefer words on the same line
            if d < best_d:
                best, best_d = i, d
        return page, best

    def select_words(self, anchor: tuple[int, int] | None, focus: tuple[int, int] | None) -> None:
        """Set the selection from word ``anchor`` to word ``focus`` (page, index); for tests and keyboard."""
        self._sel_anchor, self._sel_focus = anchor, focus
        self.viewport().update()
        self.selectionChanged.emit()

    def select_all_on_page(self, page: int) -> None:
        words = self._words.get(page, [])
        if words:
            self.select_words((page, 0), (page, len(words) - 1))

    def has_selection(self) -> bool:
        return bool(self._selected_words())

    def _selected_words(self) -> dict[int, list[Word]]:
        if self._sel_anchor is None or self._sel_focus is None:
            return {}
        a, b = sorted([self._sel_anchor, self._sel_focus])
        out: dict[int, list[Word]] = {}
        for page in range(a[0], b[0] + 1):
            words = self._words.get(page, [])
            lo = a[1] if page == a[0] else 0
            hi = b[1] if page == b[0] else len(words) - 1
            chosen = [w for w in words[lo : hi + 1] if not self._is_furniture(page, w)]
            if chosen:
                out[page] = chosen
        return out

    def _is_furniture(self, page: int, w: Word) -> bool:
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        return any(r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in self._furniture.get(page, []))

    def selected_text(self) -> str:
        """The selected words as clean text: lines joined, hyphenation undone, furniture left out."""
        lines: list[tuple[tuple[int, int, int], list[str]]] = []
        for page, words in sorted(self._selected_words().items()):
            for w in words:
                key = (page, w[5], w[6])
                if not lines or lines[-1][0] != key:
                    lines.append((key, []))
                lines[-1][1].append(w[4])
        return _join_lines([(key[0], key[1], " ".join(ws)) for key, ws in lines])

    def selection_rects(self) -> dict[int, list[Rect]]:
        """The selection as one rectangle per printed line, per page."""
        out: dict[int, list[Rect]] = {}
        for page, words in self._selected_words().items():
            by_line: dict[tuple[int, int], list[Rect]] = {}
            for w in words:
                by_line.setdefault((w[5], w[6]), []).append((w[0], w[1], w[2], w[3]))
            out[page] = [_union(rs) for rs in by_line.values()]
        return out


def _union(rects: Iterable[Rect]) -> Rect:
    rs = list(rects)
    return (min(r[0] for r in rs), min(r[1] for r in rs), max(r[2] for r in rs), max(r[3] for r in rs))


def _join_lines(lines: list[tuple[int, int, str]]) -> str:
    """Join printed lines into paragraphs (a new block starts a new paragraph), undoing hyphenation."""
    out = ""
    prev_block: tuple[int, int] | None = None
    for page, block, text in lines:
        if not out:
            out = text
        elif prev_block is not None and prev_block[0] == page and prev_block[1] != block:
            out += "\n" + text
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and text[:1].islower():
            out = out[:-1] + text
        else:
            out += " " + text
        prev_block = (page, block)
    return out
