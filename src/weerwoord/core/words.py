"""The core's sentences in the reader's language: gettext catalogues, plural forms, dates as each language writes them.

The catalogues are ``resources/locale/<lang>/LC_MESSAGES/weerwoord.mo``, compiled from the ``.po`` beside each
(``python -m weerwoord.core.catalogue``; ``tests/core/test_words.py`` fails when a ``.mo`` is behind its ``.po`` or a
sentence in the code is missing from a catalogue). Reading them needs only the standard library.

How code speaks::

    from weerwoord.core.words import _, n_, N_, speaking

    with speaking("nl"):                       # this thread (and context) speaks Dutch until the block ends
        _("Briefing")                          # 'Briefing'
        n_("{n} recommendation", "{n} recommendations", 3).format(n=3)
        date_text("2019-04-18")                # '18 april 2019'

``_`` looks up its sentence in the current language at the moment it is called, so a sentence is built
*inside* ``speaking(...)``. Names made at import time are marked with ``N_`` (which does nothing) and passed
through ``_`` where they are shown. English is the default, and the source language: an English sentence
missing from a catalogue shows as it is.

For the analysis (``stance.verdict``'s reasons, ``choice``'s evidence and warnings): wrap each sentence in
``_()`` with ``str.format`` placeholders *outside* the call (``_("Item {n} of {total}").format(...)``), so
one sentence with its placeholders is one catalogue entry; ``compare`` then runs under ``speaking(lang)``.
The codes in the JSON (verdicts, categories, rule ids, link kinds) are never passed through ``_``.

Messages (every :class:`~weerwoord.core.errors.WeerwoordError`, progress, the store's words) are built the same way
where they are raised, so they are in the language spoken there. The program says once which language that is
for every thread (:func:`use_everywhere`: the window its own, the command line the output language), so an
error raised on a worker thread or in the reading helper process reaches the reader in the reader's language.
"""

from __future__ import annotations

import contextlib
import gettext
import locale
import os
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache
from pathlib import Path

DOMAIN = "weerwoord"
LANGUAGES = ("en", "nl")
DEFAULT = "en"

_current: ContextVar[str] = ContextVar("weerwoord_language")  # unset: the program's language (_everywhere)
_everywhere = DEFAULT

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}


def locale_dir() -> Path:
    """Where the catalogues are (``resources/locale``)."""
    from weerwoord.paths import resources_dir

    return resources_dir() / "locale"


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == DEFAULT:
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, localedir=str(locale_dir()), languages=[lang])
    except OSError:  # no catalogue for this language: the English source sentences
        return gettext.NullTranslations()


def check(lang: str) -> str:
    """``lang`` when Weerwoord speaks it; raises ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown output language {lang!r}; use {' or '.join(LANGUAGES)}.")
    return lang


def use(lang: str) -> None:
    """Speak ``lang`` from now on in this thread (and context). Prefer :func:`speaking` for a stretch of work."""
    _current.set(check(lang))


def use_everywhere(lang: str) -> str:
    """Speak ``lang`` in every thread (and a helper process started later) that does not say otherwise with
    :func:`use` or :func:`speaking`: the program's language, said once where it starts. Returns the language
    spoken everywhere before (to go back to it)."""
    global _everywhere
    before, _everywhere = _everywhere, check(lang)
    return before


def language() -> str:
    """The language spoken now: that of :func:`speaking` or :func:`use` here, else :func:`use_everywhere`'s."""
    return _current.get(_everywhere)


@contextlib.contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside the block (None: go on in the current language)."""
    token = _current.set(check(lang) if lang else language())
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """``message`` (an English sentence) in the current language."""
    return _translations(_current.get(_everywhere)).gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """The singular or plural sentence for ``n`` in the current language (format ``{n}`` in it yourself)."""
    return _translations(_current.get(_everywhere)).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue without translating it now (pass it through :func:`_` when shown)."""
    return message


def default_language() -> str:
    """The user's locale's language when Weerwoord speaks it, else English (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else DEFAULT
    with contextlib.suppress(ValueError, TypeError):
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def _as_date(when: date | datetime | str) -> date:
    if isinstance(when, str):
        when = datetime.fromisoformat(when.replace("Z", "+00:00")) if "T" in when else date.fromisoformat(when[:10])
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            when = when.astimezone()  # the reader's own clock
        return when.date()
    return when


def date_text(when: date | datetime | str) -> str:
    """A date as the current language writes it: ``18 april 2019`` (Dutch), ``18 April 2019`` (English)."""
    d = _as_date(when)
    return f"{d.day} {MONTHS[language()][d.month - 1]} {d.year}"


def datetime_text(when: datetime | str) -> str:
    """A date and time: ``18 april 2019, 14:05`` (a time zone given is turned into local time)."""
    moment = datetime.fromisoformat(when.replace("Z", "+00:00")) if isinstance(when, str) else when
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{date_text(moment)}, {moment:%H:%M}"


def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it: ``1,000.5`` (English), ``1.000,5`` (Dutch)."""
    text = f"{value:,.{decimals}f}"
    return text.translate(_DUTCH_MARKS) if language() == "nl" else text


_DUTCH_MARKS = str.maketrans(",.", ".,")


def percent(value: float) -> str:
    """A fraction as a whole percentage (``90%``; both languages write it so)."""
    return f"{round(value * 100)}%"
