"""Dutch interface: the catalogue covers every source string, the window speaks Dutch, the core's words too."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import DOCS, open_and_wait
from weerwoord import paths
from weerwoord.core.errors import WeerwoordError
from weerwoord.core.reading import reader
from weerwoord.core.words import speaking
from weerwoord.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "weerwoord_nl.ts"


def _translations_tool() -> Any:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[i18n.Translator]:
    """The Dutch catalogue installed, recording lookups that find nothing; English again afterwards."""
    translator = i18n.install(qapp, "nl")
    assert translator is not None, "resources/i18n/weerwoord_nl.qm did not load"
    translator.misses = []
    yield translator
    i18n.remove(qapp)
    QLocale.setDefault(QLocale.c())


def test_every_source_string_has_a_dutch_translation(tmp_path: Path) -> None:
    """lupdate over the sources into a copy of the catalogue: nothing may come out unfinished."""
    tool = _translations_tool()
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    tool.lupdate(copy)
    missing = tool.unfinished(copy)
    assert not missing, "untranslated (run packaging/translations.py and translate):\n" + "\n".join(
        f"  [{c}] {s!r}" for c, s in missing
    )


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    tool = _translations_tool()
    fresh = tmp_path / "fresh.qm"
    tool.lrelease(TS, fresh)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run packaging/translations.py"


def test_translations_keep_placeholders_and_markup() -> None:
    bad = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        for pattern in (r"\{[^}]*\}", r"</?\w+[^>]*>", r"\\n|\n"):
            if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, translation)):
                bad.append((source, translation))
                break
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            bad.append((source, translation))
    assert not bad


def test_dutch_window(
    qtbot: Any, make_window: Any, example: tuple[Path, Path], dutch: i18n.Translator, settings: QSettings
) -> None:
    settings.setValue(i18n.SETTING, "nl")  # the window's language, as chosen (its analysis speaks it too)
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "Beel&d", "&Aanbeveling", "&Corrigeren", "&Help"]
    open_and_wait(qtbot, window, *example)
    assert "aanbevelingen" in window.ui.summary.text()
    assert "Eens" in window.ui.summary.text()
    window.navigator.select_number("3")
    assert window.ui.detail.title.text() == "Aanbeveling 3"
    assert window.ui.detail.reason.text().startswith("De regering stemt in")  # the core's own Dutch (resources/locale)
    window.menus.show_shortcuts()
    assert "Sneltoetsen" in window.menus.shortcuts_sheet.windowTitle()
    from weerwoord.gui.about import AboutDialog, licences_html, summary_html

    about = AboutDialog(window, summary_html())
    qtbot.addWidget(about)
    assert "Broncode" in summary_html() and "Bibliotheek" in licences_html()
    assert about.windowTitle() == "Over Weerwoord"
    from weerwoord.gui.dialogs import ChooseReplyDialog, OpenPairDialog, VerdictDialog

    for dialog in (
        OpenPairDialog(window),
        VerdictDialog(window, "3", "agrees"),
        ChooseReplyDialog(window, "3", window.corrector.replies(), None),
        i18n.LanguageDialog(window, window.settings),
    ):
        qtbot.addWidget(dialog)
    assert not dutch.misses, f"shown without a Dutch translation: {sorted(set(dutch.misses))}"


def test_english_window_is_the_source_language(make_window: Any) -> None:
    window = make_window()
    assert next(a.text() for a in window.menuBar().actions()) == "&File"


@pytest.mark.parametrize(
    "name",
    ["missing.pdf", "empty.pdf", "blank.pdf", "protected.pdf", "no_recommendations.pdf", "not_a_pdf.pdf"],
)
def test_core_errors_in_dutch(name: str, dutch: i18n.Translator, tmp_path: Path) -> None:
    """What the core says about a bad document is in Dutch once the Dutch window is installed (every thread)."""
    from weerwoord.core.analysis.compare import analyse

    path = DOCS / name if (DOCS / name).exists() else tmp_path / name
    if name == "not_a_pdf.pdf":
        path.write_text("Geen pdf maar tekst.\n", encoding="utf-8")
    said: list[str] = []
    for language in ("en", None):  # English, then the window's own (installed by the fixture)
        try:
            with speaking(language):
                analyse(reader.read_document(path), reader.read_document(paths.example_pair()[1]))
        except WeerwoordError as err:
            said.append(err.message)
        else:
            pytest.fail(f"{name} was read without an error")
    english, dutch = said
    assert dutch != english, f"no Dutch for: {english}"
    assert path.name in dutch


def test_every_verdict_reason_of_the_example_in_dutch(dutch: i18n.Translator) -> None:
    from weerwoord.core.analysis.compare import analyse

    advice, response = paths.example_pair()
    documents = reader.read_document(advice), reader.read_document(response)
    dutch = analyse(*documents)  # in the installed window's language
    with speaking("en"):
        english = analyse(*documents)
    for nl, en in zip(dutch.pairs, english.pairs, strict=True):
        assert nl.reason != en.reason, en.reason


def test_language_setting(tmp_path: Path, qapp: QApplication) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.stored_choice(settings) == "system"
    assert i18n.chosen_language(settings) == i18n.system_language()
    dialog = i18n.LanguageDialog(None, settings)
    dialog.combo.setCurrentIndex(dialog.combo.findData("nl"))
    dialog.accept()
    assert i18n.chosen_language(settings) == "nl"
    settings.setValue(i18n.SETTING, "klingon")
    assert i18n.stored_choice(settings) == "system"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # nothing installed: English
