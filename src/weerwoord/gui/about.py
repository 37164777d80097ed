"""Help ▸ About: version, the AGPL and where the source is, and the libraries and fonts shipped with it."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from weerwoord import __version__, paths
from weerwoord.gui.i18n import QT_TRANSLATE_NOOP
from weerwoord.gui.titles import fit_title

# distribution name, what it is shown as, licence, what Weerwoord uses it for
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("pymupdf-lite", "PyMuPDF (MuPDF)", "AGPL-3.0", QT_TRANSLATE_NOOP("about", "reading, drawing and annotating PDFs")),
    ("PySide6-Essentials", "Qt / PySide6", "LGPL-3.0", QT_TRANSLATE_NOOP("about", "the window")),
    ("qtawesome", "QtAwesome", "MIT", QT_TRANSLATE_NOOP("about", "icons")),
    ("rapidfuzz", "RapidFuzz", "MIT", QT_TRANSLATE_NOOP("about", "finding quotations")),
    ("platformdirs", "platformdirs", "MIT", QT_TRANSLATE_NOOP("about", "where your notes are kept")),
    ("python-docx", "python-docx", "MIT", QT_TRANSLATE_NOOP("about", "the briefing as a Word document")),
)
FONTS: tuple[tuple[str, str], ...] = (
    (
        "DejaVu Sans",
        QT_TRANSLATE_NOOP("about", "Bitstream Vera licence with DejaVu changes in the public domain (resources/fonts)"),
    ),
    ("Font Awesome Free 6 (icons, via QtAwesome)", QT_TRANSLATE_NOOP("about", "SIL Open Font License 1.1")),
)

_HEADINGS = (
    QT_TRANSLATE_NOOP("about", "Library"),
    QT_TRANSLATE_NOOP("about", "Licence"),
    QT_TRANSLATE_NOOP("about", "Used for"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("about", text)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # a frozen build may not carry the metadata
        return ""


def source_location() -> str:
    """Where the source of this very program is: shipped with a frozen build, else the checkout it runs from."""
    frozen = paths.resources_dir().parent / "source"
    archives = sorted(frozen.glob("weerwoord-*-src.tar.gz")) if frozen.is_dir() else []
    if archives:
        return str(archives[-1])
    return str(paths.resources_dir().parent)


def summary_html() -> str:
    """Version, purpose, licence and the source offer."""
    return _t(
        "<h2>Weerwoord {0}</h2>"
        "<p>An advisory report and the government's reply, side by side.</p>"
        "<p>Copyright © the Weerwoord developers. This program is free software: you can redistribute it "
        "and/or modify it under the terms of the GNU Affero General Public License, version 3 or (at your "
        "option) any later version. It comes with no warranty.</p>"
        "<p><b>Source code.</b> The complete source code of this version, with the scripts that build it, "
        "is the Weerwoord repository; a copy comes with the program: <tt>{1}</tt>. "
        "The licence text is the file LICENSE in it.</p>"
        "<p>Weerwoord works offline: it never connects to the internet, does not follow links in documents "
        "and does not run scripts embedded in PDFs.</p>"
    ).format(html.escape(__version__), html.escape(source_location()))


def licences_html() -> str:
    """The libraries and fonts shipped with the program, with their licences."""
    rows = []
    for dist, name, licence, use in LIBRARIES:
        version = _version(dist)
        if dist == "PySide6-Essentials":
            version = f"{version or qVersion()} (Qt {qVersion()})"
        rows.append(
            f"<tr><td><b>{html.escape(name)}</b> {html.escape(version)}</td>"
            f"<td>{html.escape(licence)}</td><td>{html.escape(_t(use))}</td></tr>"
        )
    for name, licence in FONTS:
        rows.append(f"<tr><td><b>{html.escape(name)}</b></td><td colspan='2'>{html.escape(_t(licence))}</td></tr>")
    cells = "".join(f"<th align='left'>{_t(h)}</th>" for h in _HEADINGS)
    head = f"<tr>{cells}</tr>"
    note = _t(
        "<p>Weerwoord is licensed under the AGPL because PyMuPDF is. Qt is used under the LGPL: its libraries "
        "are shipped as separate files that you may replace. The licence texts are in the folder "
        "<tt>licenses</tt> of the installed program and in <tt>{0}</tt>.</p>"
    ).format(html.escape(str(paths.resources_dir() / "fonts" / "LICENSE-DejaVu.txt")))
    return f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>{note}"


class AboutDialog(QDialog):
    """Two tabs: the program and its licence, and the libraries it ships with."""

    def __init__(self, parent: QWidget | None, summary: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("About Weerwoord"))
        self.setAccessibleName(_t("About Weerwoord"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        about = QLabel(summary or summary_html())
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setOpenExternalLinks(False)  # offline: the address can be selected and copied, not opened
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        about.setAlignment(Qt.AlignmentFlag.AlignTop)
        about.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(about, _t("Weerwoord"))
        libraries = QTextBrowser()
        libraries.setOpenLinks(False)
        libraries.setOpenExternalLinks(False)
        libraries.setHtml(licences_html())
        libraries.setAccessibleName(_t("Libraries and licences"))
        self.tabs.addTab(libraries, _t("Libraries and licences"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 460)
        fit_title(self)
