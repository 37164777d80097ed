"""The core's catalogues: compiled and complete, plural forms, Dutch dates, the language per thread."""

from __future__ import annotations

import gettext
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from weerwoord.core import catalogue, words
from weerwoord.core.words import _, n_, speaking

ROOT = Path(__file__).resolve().parents[2]


def test_every_mo_is_compiled_from_its_po() -> None:
    pos = catalogue.catalogues()
    assert [p.parts[-3] for p in pos] == ["nl"]
    for po in pos:
        header, entries = catalogue.read_po(po)
        assert po.with_suffix(".mo").read_bytes() == catalogue.mo_bytes(header, entries), (
            f"{po} changed: run python -m weerwoord.core.catalogue"
        )
        # the standard library reads what was written
        with po.with_suffix(".mo").open("rb") as f:
            t = gettext.GNUTranslations(f)
        for e in entries:
            if e.translated and not e.plural:
                assert t.gettext(e.msgid) == e.strs[0]


def test_every_sentence_of_the_code_is_translated() -> None:
    found = catalogue.extract(ROOT)
    assert len(found) >= 1
    for po in catalogue.catalogues():
        _header, entries = catalogue.read_po(po)
        have = {(e.msgid, e.plural) for e in entries if e.translated}
        missing = [f"{k[0]!r} ({places[0]})" for k, places in found.items() if k not in have]
        assert missing == [], f"{po.parts[-3]}: run python -m weerwoord.core.catalogue and translate"


def test_plural_forms() -> None:
    def recs(n: int) -> str:
        return n_("{n} recommendation", "{n} recommendations", n).format(n=n)

    assert [recs(n) for n in (0, 1, 2)] == ["0 recommendations", "1 recommendation", "2 recommendations"]
    with speaking("nl"):
        assert [recs(n) for n in (0, 1, 2)] == ["0 aanbevelingen", "1 aanbeveling", "2 aanbevelingen"]
    assert recs(1) == "1 recommendation"  # the block ended


def test_dates_in_each_language() -> None:
    assert words.date_text("2019-04-18") == "18 April 2019"
    with speaking("nl"):
        assert words.date_text("2019-04-18") == "18 april 2019"
        assert words.date_text(datetime(2019, 3, 5, 12, 0)) == "5 maart 2019"
        local = datetime(2019, 4, 18, 12, 30, tzinfo=UTC).astimezone()
        assert words.datetime_text(local.isoformat()) == f"{local.day} april 2019, {local:%H:%M}"


def test_language_is_kept_per_thread() -> None:
    seen: list[str] = []
    with speaking("nl"):
        t = threading.Thread(target=lambda: seen.append(words.language()))
        t.start()
        t.join()
        assert words.language() == "nl"
    assert seen == ["en"] and words.language() == "en"
    assert _("Not in any catalogue") == "Not in any catalogue"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown output language 'de'"):
        words.use("de")


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"LANGUAGE": "nl_NL:en"}, "nl"), ({"LANG": "nl_BE.UTF-8"}, "nl"), ({"LANG": "de_DE.UTF-8"}, "en")],
)
def test_default_language_from_the_locale(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert words.default_language() == expected
