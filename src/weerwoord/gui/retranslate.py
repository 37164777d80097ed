"""Changing the window's language while it runs: every text on screen said again in the other language.

The window's widgets keep the words they were given, not where they came from, so each text is looked up in
the catalogue (resources/i18n/*.ts) the other way round: a whole sentence, a command's name without its ``&``
or ``…``, a tooltip with its keys, or a sentence with fields (``{0} recommendations``) whose parts are said
again in turn. What the analysis wrote (verdict reasons, evidence) comes again from a new analysis in the new
language; dialogs opened afterwards are made in it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from weerwoord.gui import i18n

FIELD = re.compile(r"\{([^{}:!]*)[^{}]*\}")
CONTEXTS_FIRST = ("MainWindow", "")  # where a source said two ways is looked up first (the window's own words)


@cache
def catalogue(language: str) -> tuple[tuple[str, str, str], ...]:
    """(context, English source, translation) of every finished entry of the language's .ts; empty if none."""
    ts = i18n.i18n_dir() / f"weerwoord_{language}.ts"
    if not ts.is_file():
        return ()
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") or not (translation.text or "").strip():
                continue
            out.append((name, source, translation.text or ""))
    out.sort(key=lambda e: 0 if e[0] in CONTEXTS_FIRST else 1)
    return tuple(out)


def _plain(text: str) -> str:
    """A command's name as buttons and screen readers say it: no ``&``, no ``…``."""
    return text.replace("&", "").rstrip("…").strip()


@dataclass
class _Template:
    prefix: str
    suffix: str
    pattern: re.Pattern[str]
    target: str


class Phrasebook:
    """Says a text of one language in another, by the catalogue; None for a text it does not know."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        entries = catalogue("nl")
        self.exact: dict[str, str] = {}
        self.plain: dict[str, str] = {}
        templates: list[tuple[int, _Template]] = []
        for _context, source, dutch in entries:
            said, target = (source if old == "en" else dutch), (dutch if new == "nl" else source)
            self.exact.setdefault(said, target)
            if _plain(said):
                self.plain.setdefault(_plain(said), _plain(target))
            template = _template(said, target)
            if template is not None:
                templates.append((len(FIELD.sub("", said)), template))
        self.templates = [t for _n, t in sorted(templates, key=lambda p: -p[0])]  # the most words first

    def say(self, text: str, depth: int = 0, name: bool = False) -> str | None:
        """``text`` in the other language; ``name``: an accessible name, most often a command's name made plain."""
        if not text.strip() or depth > 3:
            return None
        if name and text in self.plain:
            return self.plain[text]
        if text in self.exact:
            return self.exact[text]
        if text in self.plain:
            return self.plain[text]
        if "\n" in text:  # a hover of several lines: each said again
            lines = text.split("\n")
            said = [self.say(line, depth + 1) for line in lines]
            return (
                "\n".join(s if s is not None else line for s, line in zip(said, lines, strict=True))
                if any(s is not None for s in said)
                else None
            )
        keys = re.fullmatch(r"(.+) (\([^()]*\))", text, re.S)  # a command's tooltip with its keys
        if keys and (head := self.say(keys.group(1), depth + 1)) is not None:
            return f"{head} {keys.group(2)}"
        for template in self.templates:
            if not (text.startswith(template.prefix) and text.endswith(template.suffix)):
                continue
            found = template.pattern.fullmatch(text)
            if found is None:
                continue
            parts = {group: self._field(value, depth + 1) for group, value in found.groupdict().items()}
            return _fill(template.target, parts)
        return None

    def _field(self, value: str, depth: int) -> str:
        """A field's value said again: as it is, or written small ("show or hide agreement marks")."""
        said = self.say(value, depth)
        if said is None and value and value == value.lower():
            big = self.say(value[:1].upper() + value[1:], depth)
            said = big.lower() if big is not None else None
        return said if said is not None else value


def _fill(target: str, parts: dict[str, str]) -> str:
    """``target`` with each field replaced by its value said again."""

    def value(m: re.Match[str]) -> str:
        return parts.get(_group(m.group(1)), m.group(0))

    return FIELD.sub(value, target)


def _group(name: str) -> str:
    return "f" + (name if name.isdigit() else re.sub(r"\W", "_", name))


def _template(said: str, target: str) -> _Template | None:
    """A sentence with fields as a pattern that finds its fields' values in a text made from it."""
    if "{{" in said or not FIELD.search(said):
        return None
    pieces: list[str] = []
    seen: set[str] = set()
    last = 0
    for m in FIELD.finditer(said):
        pieces.append(re.escape(said[last : m.start()]))
        group = _group(m.group(1))
        pieces.append(f"(?P={group})" if group in seen else f"(?P<{group}>.+?)")
        seen.add(group)
        last = m.end()
    pieces.append(re.escape(said[last:]))
    fields = list(FIELD.finditer(said))
    prefix, suffix = said[: fields[0].start()], said[fields[-1].end() :]
    return _Template(prefix, suffix, re.compile("".join(pieces), re.S), target)


Pair = tuple[Callable[[], str], Callable[[str], None]]


def _properties(obj: Any) -> list[Pair]:
    """The texts of a widget or command that are words for the reader, as (read, write)."""
    if isinstance(obj, QAction):
        return [
            (obj.text, obj.setText),
            (obj.iconText, obj.setIconText),  # a button's shorter word, when it has one
            (obj.toolTip, obj.setToolTip),
            (obj.statusTip, obj.setStatusTip),
        ]
    out: list[Pair] = [
        (obj.windowTitle, obj.setWindowTitle),
        (obj.toolTip, obj.setToolTip),
        (obj.statusTip, obj.setStatusTip),
        (obj.whatsThis, obj.setWhatsThis),
        (obj.accessibleName, obj.setAccessibleName),
        (obj.accessibleDescription, obj.setAccessibleDescription),
    ]
    if isinstance(obj, QLabel | QAbstractButton):
        out.append((obj.text, obj.setText))
    if isinstance(obj, QLineEdit | QTextEdit | QPlainTextEdit):
        out.append((obj.placeholderText, obj.setPlaceholderText))
    if isinstance(obj, QGroupBox):
        out.append((obj.title, obj.setTitle))
    if isinstance(obj, QMenu):
        out.append((obj.title, obj.setTitle))
    if isinstance(obj, QComboBox):
        out += [(partial(obj.itemText, i), partial(obj.setItemText, i)) for i in range(obj.count())]
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            out.append((partial(obj.tabText, i), partial(obj.setTabText, i)))
            out.append((partial(obj.tabToolTip, i), partial(obj.setTabToolTip, i)))
    if isinstance(obj, QTreeWidget) and not obj.isHeaderHidden():
        header = obj.headerItem()
        for i in range(header.columnCount()):
            out.append((partial(header.text, i), partial(header.setText, i)))
    return out


# what each text was in each language, as last said: (id of the object, which text) -> {language: text}; a text
# said back in the language it came from is the one it was (a catalogue may say two sources the same way)
_SAID: dict[tuple[int, int], dict[str, str]] = {}


def say_again(root: QWidget, book: Phrasebook) -> int:
    """Every text of ``root``, its widgets and commands said in the phrasebook's language; how many changed."""
    changed = 0
    for obj in [*root.findChildren(QAction), root, *root.findChildren(QWidget)]:  # buttons take their command's
        for i, (read, write) in enumerate(_properties(obj)):
            text = read()
            if not text:
                continue
            memory = _SAID.setdefault((id(obj), i), {})
            if memory.get(book.old) == text and book.new in memory:
                said: str | None = memory[book.new]
            else:
                said = book.say(text, name=write == getattr(obj, "setAccessibleName", None))
            _SAID[(id(obj), i)] = {book.old: text, book.new: said if said is not None else text}
            if said is not None and said != text:
                write(said)
                changed += 1
    for bar in root.findChildren(QTabBar):  # Qt's own scroll buttons, named by Qt's catalogue
        for button in bar.findChildren(QToolButton):
            left = button.arrowType() == Qt.ArrowType.LeftArrow
            button.setAccessibleName(QCoreApplication.translate("QTabBar", "Scroll Left" if left else "Scroll Right"))
    return changed


def switch(window: Any, language: str) -> bool:
    """The window in ``language`` ('nl' or 'en') from now on: menus, panels, the analysis's sentences, dialogs.

    False when it cannot be done while running (no catalogue to read back): then it takes effect at the next start.
    """
    old = window.worker.language
    if language == old:
        return True
    if not catalogue("nl"):
        return False
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, language)
    book = Phrasebook(old, language)
    for pane in window.ui.panes.values():
        role, pane.role = pane.role, book.say(pane.role) or pane.role
        if pane.title.text().startswith(role):  # "Advice — advies.pdf"
            pane.title.setText(pane.role + pane.title.text()[len(role) :])
        if pane.view.generation < 0:  # no document: the invitation to open one
            pane.view.clear(book.say(pane.view.placeholder()) or pane.view.placeholder())
    say_again(window, book)
    window.worker.language = language
    pair = window.pair
    if pair.ready():  # the analysis's own sentences, and what the window shows of them, in the new language
        pair.reanalyse(pair.corrections)
    return True
