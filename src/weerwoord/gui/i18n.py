"""The interface language: Dutch or English from the OS locale or the reader's choice, and the translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from weerwoord import paths
from weerwoord.core import words

SETTING = "ui/language"
CHOICES = ("system", "nl", "en")
TRANSLATED = ("nl",)  # languages with a resources/i18n/weerwoord_<lang>.qm; English is the source language

_installed: list[QTranslator] = []  # kept alive for as long as they are installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for the catalogue under ``context``; it is translated where it is shown."""
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """'nl' when the OS locale is Dutch (nl_NL, nl_BE, …), else 'en'."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def stored_choice(settings: QSettings) -> str:
    choice = str(settings.value(SETTING, "system"))
    return choice if choice in CHOICES else "system"


def chosen_language(settings: QSettings) -> str:
    """The language to start in: the stored choice, or the OS locale's ('system')."""
    choice = stored_choice(settings)
    return system_language() if choice == "system" else choice


class Translator(QTranslator):
    """Weerwoord's catalogue, looked up by context and, failing that, in the shared empty context.

    pyside6-lupdate files strings called through a module's ``_t`` helper, or a ``t = self.tr`` alias inside
    an argument list, under the empty context; this lookup finds them there whatever context asked.
    ``misses`` (when a list) records the lookups of the app's own contexts that found nothing.
    """

    def __init__(self) -> None:
        super().__init__()
        self.misses: list[tuple[str, str]] | None = None

    def translate(
        self, context: str | bytes, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        ctx = context.decode() if isinstance(context, bytes) else str(context)
        found = super().translate(ctx, source, disambiguation, n)
        if not found and ctx:
            found = super().translate("", source, disambiguation, n)
        if not found and self.misses is not None and not ctx.startswith("Q"):
            self.misses.append((ctx, source))
        return found or None  # None (a null QString) lets Qt ask the next translator; "" would be an answer


def install(app: QCoreApplication, language: str) -> Translator | None:
    """Install Qt's own Dutch (buttons, file dialogs) and Weerwoord's catalogue; None for English. The core speaks
    ``language`` too (its messages, on every thread), so the window shows what it says as it says it."""
    remove(app)
    words.use_everywhere(language if language in words.LANGUAGES else words.DEFAULT)
    if language not in TRANSLATED:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator()
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    ours = Translator()
    if not ours.load(f"weerwoord_{language}", str(i18n_dir())):
        return None
    app.installTranslator(ours)
    _installed.append(ours)
    return ours


def remove(app: QCoreApplication) -> None:
    words.use_everywhere(words.DEFAULT)
    while _installed:
        app.removeTranslator(_installed.pop())


class LanguageDialog(QDialog):
    """Choose System / Nederlands / English; the window changes to it at once (retranslate.py)."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(_t("Language"))
        layout = QVBoxLayout(self)
        label = QLabel(_t("&Language of the menus and messages:"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(_t("Interface language"))
        self.combo.setToolTip(_t("The language of Weerwoord's own menus and messages, not of the documents"))
        names = {"nl": "Nederlands", "en": "English"}
        self.combo.addItem(_t("System language ({0})").format(names[system_language()]), "system")
        self.combo.addItem("Nederlands", "nl")
        self.combo.addItem("English", "en")
        self.combo.setCurrentIndex(max(0, self.combo.findData(stored_choice(settings))))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        note = QLabel(_t("The window changes to the new language when you press OK."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(SETTING, str(self.combo.currentData()))
        self.settings.sync()
        super().accept()
