"""A pair's corrections as a small file to share: written for a colleague, or a colleague's added to one's own."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from weerwoord.core.errors import WeerwoordError
from weerwoord.core.keeping import atomic
from weerwoord.core.keeping.corrections import from_file, merge, to_file
from weerwoord.gui.correcting import Corrector


class CorrectionsFiles:
    """Correct ▸ Export corrections… and Import corrections… for the open pair."""

    def __init__(self, corrector: Corrector) -> None:
        self.corrector = corrector
        self.pair = corrector.pair
        self.host = corrector.host

    def export_corrections(self) -> None:
        """Write this pair's corrections to a small file a colleague can import."""
        if self.pair.keeper.key is None:
            return
        advice, response = (Path(self.pair.paths.get(s, "")) for s in ("advice", "response"))
        start = str(advice.with_name(f"{advice.stem} corrections.json"))
        path = self.host.dialogs.choose_corrections_file(self.host.window, start, True)
        if not path:
            return
        advice_sha, response_sha = self.pair.keeper.key
        data = to_file(self.pair.corrections, advice_sha, response_sha, (advice.name, response.name))
        try:
            atomic.write_text(Path(path), json.dumps(data, ensure_ascii=False, indent=1))
        except WeerwoordError as err:
            self.host.dialogs.error(
                self.host.window, QCoreApplication.translate("Corrector", "Corrections not exported"), err.message
            )
            return
        self.host.status_bar.showMessage(
            QCoreApplication.translate("Corrector", "Corrections written to {0}.").format(path), 8000
        )

    def import_corrections(self, path: str | None = None) -> None:
        """Add a colleague's corrections of this pair (theirs win where both corrected the same thing)."""
        if self.pair.keeper.key is None or self.pair.analysed is None:
            return
        path = path or self.host.dialogs.choose_corrections_file(
            self.host.window, str(Path(self.pair.paths["advice"]).parent), False
        )
        if not path:
            return
        try:
            theirs, shas = from_file(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as err:
            self.host.dialogs.error(
                self.host.window,
                QCoreApplication.translate("Corrector", "Corrections not imported"),
                QCoreApplication.translate("Corrector", "{0} cannot be read: {1}").format(path, err),
            )
            return
        if shas != tuple(self.pair.keeper.key) and not self.host.dialogs.confirm(
            self.host.window,
            QCoreApplication.translate("Corrector", "Other documents?"),
            QCoreApplication.translate(
                "Corrector", "These corrections were made on other versions of the documents. Apply them anyway?"
            ),
        ):
            return
        self.corrector.commit(merge(self.pair.corrections, theirs))
