"""The library the register window keeps in its ledger (real SQLite): removing a pair and putting it back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from weerwoord.core.errors import StoreError
from weerwoord.core.register.ledger import Sources, open_ledger


def _kept(tmp_path: Path) -> Sources:
    ledger = open_ledger(tmp_path)
    ledger.open_library("/lib")
    ledger.add_sources(["/inbox/a", "/inbox/b", "/inbox/c.pdf"])
    ledger.remove_pair("/lib/old-pair", [])  # a sub-folder of the library left out
    return ledger.sources()


@pytest.mark.parametrize(
    ("removed", "files"),
    [
        ("/inbox/b", []),  # a dropped folder: the ones after it keep their place when it comes back
        ("/lib", []),  # the library itself (a library that is one pair): everything kept goes with it
        ("/lib/other-pair", []),  # a sub-folder of the library: left out
        ("/elsewhere", ["/inbox/c.pdf"]),  # a dropped document
    ],
)
def test_a_removed_pair_comes_back_exactly_as_it_was(tmp_path: Path, removed: str, files: list[str]) -> None:
    before = _kept(tmp_path)
    ledger = open_ledger(tmp_path)
    ledger.remove_pair(removed, files)
    assert ledger.sources() != before
    ledger.restore_sources(before)
    assert open_ledger(tmp_path).sources() == before  # read back from the file
    assert before.added == ("/inbox/a", "/inbox/b", "/inbox/c.pdf") and before.left_out == {"/lib/old-pair"}


def test_putting_back_is_one_transaction(tmp_path: Path) -> None:
    """A restore that fails halfway (here: the database refuses the second row) leaves the sources as they were."""
    before = _kept(tmp_path)
    ledger = open_ledger(tmp_path)
    ledger.remove_pair("/inbox/b", [])
    after_removal = ledger.sources()
    db = sqlite3.connect(ledger.path)
    db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON sources WHEN NEW.path = '/inbox/b' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    db.commit()
    db.close()
    with pytest.raises((sqlite3.Error, StoreError)):
        ledger.restore_sources(before)
    assert open_ledger(tmp_path).sources() == after_removal  # not half of each
