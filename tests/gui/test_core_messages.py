"""The Dutch window shows what the core says in Dutch: the real window, its real message boxes, read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from tests.core.test_messages import PROSE
from tests.gui.conftest import DOCS, answer_modal
from tests.hardening.makepdf import text_page, write_pdf
from weerwoord.core import words
from weerwoord.gui import i18n
from weerwoord.gui.dialogs import Dialogs
from weerwoord.paths import example_pair


@pytest.fixture
def dutch_window(qapp: QApplication, settings: QSettings, make_window: Any) -> Iterator[Any]:
    """A window started in Dutch as the reader chose it (View ▸ Language), with the real dialogs."""
    settings.setValue(i18n.SETTING, "nl")
    assert i18n.install(qapp, i18n.chosen_language(settings)) is not None
    try:
        yield make_window(Dialogs())
    finally:
        i18n.remove(qapp)
        QLocale.setDefault(QLocale.c())
    assert words.language() == "en"  # the program's language went back with the catalogue


def _message_box(shown: list[str]) -> Any:
    def fill(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    return fill


def _certificate_pdf(path: Path) -> Path:
    """A PDF encrypted for certain people's certificates (the public-key handler), not with a password."""
    pdf = write_pdf(path, [text_page(["Aanbeveling 1"])])
    recipients = b"/Recipients [<3082010a0282010100>]"
    encrypt = (
        b"/Encrypt << /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Length 128 %s"
        b" /CF << /DefaultCryptFilter << /CFM /AESV2 %s >> >> /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>"
        b" /ID [<0102><0102>]" % (recipients, recipients)
    )
    pdf.write_bytes(pdf.read_bytes().replace(b"/Root 1 0 R >>", b"/Root 1 0 R " + encrypt + b" >>"))
    return pdf


def test_an_encrypted_pdf_is_refused_in_dutch(qtbot: Any, dutch_window: Any, tmp_path: Path) -> None:
    window = dutch_window
    shown: list[str] = []
    answered = answer_modal(qtbot, _message_box(shown))
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(_certificate_pdf(tmp_path / "verzegeld.pdf"), example_pair()[1])
    qtbot.waitUntil(lambda: bool(answered), timeout=15_000)
    assert shown == [
        "verzegeld.pdf is versleuteld voor de certificaten (digitale identiteiten) van bepaalde mensen, niet met "
        "een wachtwoord; zulke bestanden kan Weerwoord niet openen. Vraag de afzender om een exemplaar zonder deze "
        "beveiliging, of sla er een op vanuit een programma dat uw certificaat heeft."
    ]
    assert window.ui.detail.reason.text() == shown[0]


def test_a_password_left_unanswered_is_said_in_dutch(qtbot: Any, dutch_window: Any) -> None:
    window = dutch_window
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.reject()

    answered = answer_modal(qtbot, cancel)
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(DOCS / "protected.pdf", DOCS / "en_conclusions_response.pdf")
    qtbot.waitUntil(lambda: bool(answered), timeout=15_000)
    assert asked and "protected.pdf" in asked[0]
    said = "protected.pdf is met een wachtwoord beveiligd. Geef het wachtwoord om het te openen."
    assert window.ui.detail.reason.text() == said
    assert said in window.ui.status_label.text()


def test_a_text_without_recommendations_is_said_in_dutch(qtbot: Any, dutch_window: Any, tmp_path: Path) -> None:
    window = dutch_window
    advice = tmp_path / "beschouwing.txt"
    advice.write_text(PROSE, encoding="utf-8")
    shown: list[str] = []
    answered = answer_modal(qtbot, _message_box(shown))
    with qtbot.waitSignal(window.analysisFinished, timeout=60_000):
        window.open_pair(advice, example_pair()[1])
    qtbot.waitUntil(lambda: bool(answered), timeout=15_000)
    assert len(shown) == 1
    assert shown[0] == (
        "In het advies (beschouwing.txt) zijn geen aanbevelingen gevonden: geen genummerde lijst onder een kop zoals "
        "‘Aanbevelingen’ of ‘Recommendations’, en geen onderdelen met het opschrift ‘Aanbeveling 1’ of "
        "‘Recommendation 1’."
    )
