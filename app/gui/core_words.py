"""The core's English sentences (errors, verdict reasons, progress) in the interface language.

The core stays Qt-free and speaks English; this module knows the shape of each sentence it produces, with
the variable parts as named fields, and gives the translated sentence with the same fields filled in.
A sentence it does not know is shown as the core wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "core"

TEMPLATES: tuple[str, ...] = (
    # verdict reasons (app/core/stance.py, compare.py, corrections.py)
    QT_TRANSLATE_NOOP("core", "The reply states its verdict: “{phrase}”."),
    QT_TRANSLATE_NOOP("core", "The government agrees (“{agree}”) but objects to or limits part of it (“{limit}”)."),
    QT_TRANSLATE_NOOP("core", "The government agrees (“{agree}”) and objects to no part of the recommendation."),
    QT_TRANSLATE_NOOP("core", "The government rejects the recommendation (“{refuse}”) and agrees to no part of it."),
    QT_TRANSLATE_NOOP("core", "The government accepts the recommendation only with a condition (“{condition}”)."),
    QT_TRANSLATE_NOOP("core", "The government agrees (“{agree}”) on a condition (“{condition}”)."),
    QT_TRANSLATE_NOOP(
        "core",
        "The reply describes what the government does (“{commitment}”) without taking a position "
        "on the recommendation.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The reply takes no position on the recommendation: it describes policy or refers elsewhere."
    ),
    QT_TRANSLATE_NOOP(
        "core", "The reply refers to the reply to recommendation {number} (“{quote}”), whose verdict it shares."
    ),
    QT_TRANSLATE_NOOP("core", "No reply to this recommendation was found in the response."),
    QT_TRANSLATE_NOOP("core", "The reader marked this recommendation as unanswered."),
    QT_TRANSLATE_NOOP("core", "Verdict set by the reader."),
    # reading a document (app/core/reader.py)
    QT_TRANSLATE_NOOP("core", "The file {name} does not exist ({path})."),
    QT_TRANSLATE_NOOP("core", "{name} is a folder, not a document."),
    QT_TRANSLATE_NOOP("core", "The file {name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "The file {name} is empty (0 bytes)."),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} is named .pdf but is not a PDF: it contains plain text. Rename it to .txt to read it as text.",
    ),
    QT_TRANSLATE_NOOP("core", "{name} is not a PDF: its contents are not a PDF document."),
    QT_TRANSLATE_NOOP(
        "core", "{name} cannot be opened: it is damaged or not a document this program reads ({detail})."
    ),
    QT_TRANSLATE_NOOP("core", "{name} is protected with a password. Give the password to open it."),
    QT_TRANSLATE_NOOP("core", "The password for {name} is not correct."),
    QT_TRANSLATE_NOOP("core", "{name} has no pages: it is damaged or not a document."),
    QT_TRANSLATE_NOOP("core", "The analysis was cancelled."),
    QT_TRANSLATE_NOOP("core", "Page {page} of {name} cannot be read ({detail})."),
    QT_TRANSLATE_NOOP(
        "core",
        "{name} has no text layer — it looks scanned. Text recognition (OCR) is not built in; "
        "run the file through an OCR tool first.",
    ),
    QT_TRANSLATE_NOOP("core", "{name} contains no text: its pages are blank."),
    QT_TRANSLATE_NOOP("core", "Reading {name}"),
    # finding the recommendations (app/core/compare.py)
    QT_TRANSLATE_NOOP(
        "core",
        "No recommendations were found in the advice ({name}): no numbered list under a heading such as "
        "'Aanbevelingen' or 'Recommendations', and no items labelled 'Aanbeveling 1' or 'Recommendation 1'.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "No recommendations were found in the advice ({name}): no numbered list under a heading such as "
        "'Aanbevelingen' or 'Recommendations', and no items labelled 'Aanbeveling 1' or 'Recommendation 1'. "
        "The file is damaged (it had to be repaired to open), so part of it may be missing.",
    ),
    # opening for display (app/gui/worker.py)
    QT_TRANSLATE_NOOP("core", "The file {name} does not exist or cannot be read."),
    QT_TRANSLATE_NOOP("core", "{name} cannot be opened: it is empty, damaged or not a PDF, XPS, EPUB or text file."),
    QT_TRANSLATE_NOOP("core", "{name} is protected with a password."),
    QT_TRANSLATE_NOOP("core", "The password does not open {name}."),
    QT_TRANSLATE_NOOP("core", "{name} has no pages."),
    QT_TRANSLATE_NOOP("core", "The analysis stopped unexpectedly: {detail}"),
    # the notes database and writing files (app/core/store.py, atomic.py, export.py)
    QT_TRANSLATE_NOOP("core", "The stored corrections for this pair cannot be read: {detail}."),
    QT_TRANSLATE_NOOP("core", "The change could not be saved to {path}: {detail}."),
    QT_TRANSLATE_NOOP("core", "The notes database {path} is busy or read-only: {detail}."),
    QT_TRANSLATE_NOOP("core", "The notes database {path} cannot be read: {detail}."),
    QT_TRANSLATE_NOOP("core", "The notes database {path} cannot be opened: {detail}."),
    QT_TRANSLATE_NOOP("core", "The notes folder {path} cannot be created: {detail}."),
    QT_TRANSLATE_NOOP("core", "The disk is full: {name} could not be written to {folder}."),
    QT_TRANSLATE_NOOP("core", "The folder {folder} cannot be written to (it is read-only or you have no permission)."),
    QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist."),
    QT_TRANSLATE_NOOP("core", "Exporting would overwrite an original document ({name}). Choose another folder."),
    QT_TRANSLATE_NOOP("core", "Writing {name}"),
    QT_TRANSLATE_NOOP("core", "Export done"),
)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for template in TEMPLATES:
        pieces = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces))
        out.append((re.compile(regex, re.DOTALL), template))
    return out


def say(text: str) -> str:
    """``text`` from the core in the interface language (unchanged when its shape is unknown)."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match:
            return QCoreApplication.translate(CONTEXT, template).format(**match.groupdict())
    return text
