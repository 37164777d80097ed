"""The notes store: durability under kill, damage set aside, migration backup, corrections undo."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from weerwoord.core.errors import StoreError
from weerwoord.core.keeping import store as store_mod
from weerwoord.core.keeping.anchor import Anchor
from weerwoord.core.keeping.corrections import AddedMark, Corrections
from weerwoord.core.keeping.store import Store, StoreDamaged, open_store

A, R = "a" * 64, "b" * 64

WRITER = r"""
import sys
from weerwoord.core.keeping.store import open_store
s = open_store(sys.argv[1])
i = 0
while True:
    i += 1
    note = s.add_note("A", "R", f"note {i} " + "x" * (i % 200), number=str(i % 7))
    if i % 3 == 0:
        s.update_note(note.id, text=f"edited {i}", status="question")
    sys.stdout.write(f"{note.id}\n")
    sys.stdout.flush()
"""


def test_acknowledged_notes_survive_kill(tmp_path: Path) -> None:
    rng = random.Random(4)
    acknowledged: set[int] = set()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    for _ in range(15):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, env=env, cwd=root
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the store is open and writing
        assert first.strip(), "writer did not start"
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
        lines = out.decode().split("\n")
        # the last piece may be a half-written line: only whole lines were acknowledged
        acknowledged.update(int(x) for x in lines[:-1] if x)
    with open_store(str(tmp_path)) as s:
        assert s.integrity() == "ok"
        present = {n.id for n in s.list_notes("A", "R")}
    missing = acknowledged - present
    assert not missing, f"{len(missing)} acknowledged notes lost"
    assert len(acknowledged) > 15
    print(f"{len(acknowledged)} acknowledged notes over 15 kills, all present")


def test_notes_crud_and_filters(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        anchor = Anchor("neemt deze aanbeveling over", "Het kabinet ", " en zal", page=2, side="response")
        n1 = s.add_note(A, R, "Check with legal", number="3", anchor=anchor, author="els")
        n2 = s.add_note(A, R, "General remark")
        assert n1.side == "response" and n1.author == "els"
        assert n2.author  # the OS user
        s.update_note(n1.id, text="Checked with legal", status="done")
        got = s.get_note(n1.id)
        assert got is not None and got.text == "Checked with legal" and got.status == "done"
        assert got.anchor == anchor
        assert got.modified >= got.created
        assert [n.id for n in s.list_notes(A, R, number="3")] == [n1.id]
        assert [n.id for n in s.list_notes(A, R, status="open")] == [n2.id]
        s.update_note(n2.id, anchor=None, number="1")
        assert s.list_notes(A, R, number="1")[0].anchor is None
        s.delete_note(n2.id)
        assert [n.id for n in s.list_notes(A, R)] == [n1.id]
        with pytest.raises(StoreError):
            s.update_note(n2.id, text="gone")
        with pytest.raises(StoreError):
            s.add_note(A, R, "x", status="urgent")  # type: ignore[arg-type]


def test_update_note_is_cheap(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        note = s.add_note(A, R, "")
        t0 = time.perf_counter()
        for i in range(50):
            s.update_note(note.id, text="typing " * i)
        per_call = (time.perf_counter() - t0) / 50
    assert per_call < 0.05, f"update_note took {per_call * 1000:.1f} ms"


def test_recent_pairs(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        s.remember_pair(A, R, "/x/advies.pdf", "/x/reactie.pdf")
        s.remember_pair("c" * 64, R, "/x/advies.pdf", "/x/reactie.pdf")
        recent = s.recent_pairs()
        assert [p.advice_sha for p in recent] == ["c" * 64, A]
        earlier = s.earlier_versions("/x/advies.pdf", "/x/reactie.pdf", "c" * 64, R)
        assert [p.advice_sha for p in earlier] == [A]


def test_corrections_save_undo_redo_reset(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        assert s.load_corrections(A, R).is_empty()
        assert s.undo_corrections(A, R) is None
        c1 = Corrections(verdicts={"1": ("partly", "Only in part.")})
        c2 = Corrections(
            verdicts={"1": ("partly", "Only in part.")},
            links={"2": None},
            added_marks=[AddedMark("3", "commitment", None, "r3", 4, 20)],
        )
        s.save_corrections(A, R, c1)
        s.save_corrections(A, R, c2)
        assert s.load_corrections(A, R) == c2
        assert s.undo_corrections(A, R) == c1
        assert s.can_redo(A, R)
        assert s.redo_corrections(A, R) == c2
        assert s.redo_corrections(A, R) is None
        s.reset_corrections(A, R)
        assert s.load_corrections(A, R).is_empty()
        assert s.undo_corrections(A, R) == c2  # a reset can be undone
        s.undo_corrections(A, R)
        s.save_corrections(A, R, c1)  # a new save drops the redo branch
        assert not s.can_redo(A, R)
        assert s.undo_corrections(A, R) is not None
        assert s.undo_corrections(A, R) is not None
        assert s.undo_corrections(A, R) is None  # back at the automatic analysis
    assert store_mod.load_corrections(str(tmp_path), A, R).is_empty()
    # the module-level call never creates a store
    assert store_mod.load_corrections(str(tmp_path / "none"), A, R).is_empty()
    assert not (tmp_path / "none").exists()


def test_damaged_database_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "weerwoord.sqlite3"
    path.write_bytes(b"This is not an SQLite file at all, it is some text. " * 100)
    with pytest.raises(StoreDamaged) as info:
        open_store(str(tmp_path))
    damaged = info.value.damaged_path
    assert damaged.exists() and damaged.name.startswith("weerwoord.sqlite3.damaged-")
    assert str(damaged) in info.value.message
    assert damaged.read_bytes().startswith(b"This is not an SQLite file")
    assert not path.exists()
    with open_store(str(tmp_path)) as s:  # the next start works, with an empty store
        assert s.list_notes(A, R) == []


def test_corrupted_pages_are_set_aside(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        for i in range(300):
            s.add_note(A, R, f"note {i} " * 20)
    path = tmp_path / "weerwoord.sqlite3"
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # scribble over some b-tree pages
        data[offset] = (offset * 7) & 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged) as info:
        open_store(str(tmp_path))
    assert info.value.damaged_path.exists()
    assert "damaged" in info.value.message


def test_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "weerwoord.sqlite3"
    old = Store(path, migrations=store_mod.MIGRATIONS[:1])  # a store from before corrections existed
    old.add_note(A, R, "written by version 1")
    old.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with open_store(str(tmp_path)) as s:
        assert [n.text for n in s.list_notes(A, R)] == ["written by version 1"]
        s.save_corrections(A, R, Corrections(links={"1": None}))
    backups = list(tmp_path.glob("weerwoord.sqlite3.backup-v1-*"))
    assert len(backups) == 1
    db = sqlite3.connect(backups[0])
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT text FROM notes").fetchall() == [("written by version 1",)]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == store_mod.SCHEMA_VERSION


def test_newer_schema_is_refused_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "weerwoord.sqlite3"
    open_store(str(tmp_path)).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {store_mod.SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(str(tmp_path))
    assert path.exists()


def test_store_imports_no_qt() -> None:
    code = (
        "import sys, weerwoord.core.keeping.store, weerwoord.core.keeping.anchor, weerwoord.core.keeping.atomic;"
        "import weerwoord.core.publishing.export, weerwoord.core.publishing.xfdf, weerwoord.core.publishing.briefing;"
        "import weerwoord.core.publishing.tables, weerwoord.core.publishing.report_text;"
        "import weerwoord.core.publishing.export_pdf;"
        "assert 'PySide6' not in sys.modules, 'Qt imported by the core'"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_a_deleted_note_is_restored_exactly(tmp_path: Path) -> None:
    with open_store(tmp_path) as s:
        anchor = Anchor("een passage", page=2, side="advice")
        note = s.add_note(A, R, "tekst", number="3", anchor=anchor, status="question", author="els")
        s.add_note(A, R, "later")
        s.delete_note(note.id)
        assert s.get_note(note.id) is None
        assert s.restore_note(note) == note
        assert s.get_note(note.id) == note
        assert s.list_notes(A, R)[0].id == note.id  # back in its place (by creation time)
        with pytest.raises(StoreError):
            s.restore_note(note)


def test_notes_are_carried_to_a_revised_version(tmp_path: Path) -> None:
    from weerwoord.core.keeping.store import open_store as _open

    with _open(tmp_path) as s:
        s.add_note("a1", "r1", "eerste", number="2", status="question")
        s.remember_pair("a1", "r1", "/docs/advies.pdf", "/docs/reactie.pdf")
        earlier = s.earlier_versions("/docs/advies.pdf", "/docs/reactie.pdf", "a1", "r2")
        assert [(e.advice_sha, e.response_sha) for e in earlier] == [("a1", "r1")]
        carried = s.carry_notes("a1", "r1", "a1", "r2")
        assert [(n.text, n.number, n.status, n.response_sha) for n in carried] == [("eerste", "2", "question", "r2")]
        assert len(s.list_notes("a1", "r1")) == 1  # the earlier version keeps its own
