"""The notes database under stress: created by two at once, damaged, read-only, full of control characters."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.hardening.badfiles import GOOD_ADVICE, GOOD_RESPONSE
from tests.hardening.test_cli_bad_input import assert_plain_error, run
from weerwoord.core.errors import StoreError
from weerwoord.core.keeping import atomic, recovery
from weerwoord.core.keeping.notes_export import export_all_notes
from weerwoord.core.keeping.store import Store, StoreDamaged, clean_text, open_store, store_path
from weerwoord.core.reading import reader

A, R = "a" * 64, "b" * 64
ROOT = Path(__file__).resolve().parents[2]
SQLITE_WORDS = ("malformed", "btree", "sqlite", "Page ", "disk image", "OperationalError")

OPENER = r"""
import sys, time
from weerwoord.core.keeping.store import open_store
start = float(sys.argv[2])
while time.time() < start:
    pass
with open_store(sys.argv[1]) as s:
    s.add_note("A", "R", "from process " + sys.argv[3])
"""


def _no_sqlite_words(message: str) -> bool:
    return not any(word.lower() in message.lower() for word in SQLITE_WORDS)


def test_two_processes_creating_the_store_at_once_both_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for round_ in range(4):
        folder = tmp_path / f"round{round_}"
        start = time.time() + 1.0  # all of them open the store in the same instant
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(folder), str(start), str(i)],
                env=env,
                cwd=ROOT,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(6)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        with open_store(str(folder)) as s:
            assert len(s.list_notes("A", "R")) == 6


def test_control_characters_never_reach_the_store_or_an_export(tmp_path: Path) -> None:
    pasted = "Form feed\x0cfrom a PDF,\x00 bell\x07, tab\tand\r\nnewline kept."
    assert clean_text(pasted) == "Form feedfrom a PDF, bell, tab\tand\nnewline kept."
    advice_sha = reader.read_document(GOOD_ADVICE).sha256
    response_sha = reader.read_document(GOOD_RESPONSE).sha256
    with open_store(str(tmp_path)) as s:
        note = s.add_note(advice_sha, response_sha, pasted, number="1")
        assert note.text == clean_text(pasted) == s.list_notes(advice_sha, response_sha)[0].text
        s.update_note(note.id, text="again\x0c")
        assert s.get_note(note.id).text == "again"  # type: ignore[union-attr]
    # a note stored by an earlier version, control characters and all
    db = sqlite3.connect(store_path(str(tmp_path)))
    db.execute("UPDATE notes SET text = ? WHERE id = ?", (pasted, note.id))
    db.commit()
    db.close()
    out = tmp_path / "out"
    code, _, err = run("export", str(GOOD_ADVICE), str(GOOD_RESPONSE), "--out", str(out), "--data-dir", str(tmp_path))
    assert code == 0, err
    for xfdf in out.glob("*.xfdf"):
        ET.parse(xfdf)  # well-formed
    assert (out / f"{GOOD_ADVICE.stem}.briefing.docx").stat().st_size > 0


def _damage(path: Path, pages: range) -> None:
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(path.read_bytes())
    for page in pages:
        for offset in range(page * 4096, min(len(data), (page + 1) * 4096)):
            data[offset] = (offset * 7) & 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_page_costs_only_the_notes_on_it(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        for i in range(400):
            s.add_note(A, R, f"note {i} " * 20, number=str(i % 9))
        s.save_corrections(A, R, s.load_corrections(A, R))
    path = store_path(str(tmp_path))
    pages = path.stat().st_size // 4096
    _damage(path, range(pages // 2, pages // 2 + 1))  # one leaf page of the notes in the middle
    damaged_bytes = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreDamaged) as info:
        open_store(str(tmp_path))
    message = info.value.message
    assert re.search(r"What could still be read is in a new notes database: 3\d\d notes", message), message
    assert _no_sqlite_words(message.replace(str(info.value.damaged_path), ""))
    assert hashlib.sha256(info.value.damaged_path.read_bytes()).hexdigest() == damaged_bytes  # kept untouched
    with open_store(str(tmp_path)) as s:
        notes = s.list_notes(A, R)
        assert 380 <= len(notes) < 400
        assert s.integrity() == "ok"
        assert s.can_undo(A, R)  # the corrections came along
        numbers = {n.id for n in notes}
        assert len(numbers) == len(notes)
        added = s.add_note(A, R, "after the damage")
        assert added.id > max(numbers)  # ids are never reused


def test_a_file_that_is_no_database_at_all_starts_afresh_and_says_so_plainly(tmp_path: Path) -> None:
    path = store_path(str(tmp_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage " * 1000)
    with pytest.raises(StoreDamaged) as info:
        open_store(str(tmp_path))
    assert "Nothing could be read from it" in info.value.message
    assert _no_sqlite_words(info.value.message.replace(str(info.value.damaged_path), ""))


def test_compare_goes_on_without_corrections_when_the_store_is_damaged(tmp_path: Path) -> None:
    path = store_path(str(tmp_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage " * 1000)
    code, out, err = run("compare", str(GOOD_ADVICE), str(GOOD_RESPONSE), "--data-dir", str(tmp_path))
    assert code == 0 and '"pairs"' in out
    assert err.startswith("warning: ") and "Traceback" not in err
    code, out, err = run(
        "compare", str(GOOD_ADVICE), str(GOOD_RESPONSE), "--data-dir", str(tmp_path / "other"), "--no-corrections"
    )
    assert code == 0 and err == ""


def test_a_daily_backup_is_kept_and_only_the_last_seven(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        s.add_note(A, R, "precious")
    assert recovery.backups(store_path(str(tmp_path))) == []  # the day's copy is made when the store opens
    open_store(str(tmp_path)).close()
    (today,) = recovery.backups(store_path(str(tmp_path)))
    copy = sqlite3.connect(today)
    assert copy.execute("SELECT text FROM notes").fetchall() == [("precious",)]
    copy.close()
    with Store(store_path(str(tmp_path)), backups=False) as s:
        for days in range(1, 11):
            recovery.daily_backup(s, today=date.today() + timedelta(days=days))
    kept = recovery.backups(store_path(str(tmp_path)))
    assert len(kept) == recovery.KEEP and kept[0].name.endswith(f"{date.today() + timedelta(days=10)}.sqlite3")


def test_an_empty_store_is_not_backed_up(tmp_path: Path) -> None:
    open_store(str(tmp_path)).close()
    assert recovery.backups(store_path(str(tmp_path))) == []


@contextlib.contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder made read-only after it was filled: a read-only tmpfs as root, permissions otherwise."""
    folder = tmp_path / "data"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=False).returncode:
        pytest.skip("no tmpfs can be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_read_only_data_folder_still_shows_the_notes(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        with open_store(str(folder)) as s:
            s.add_note(A, R, "written before the folder became read-only")
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            for p in [folder, *folder.rglob("*")]:
                p.chmod(0o555 if p.is_dir() else 0o444)
        with open_store(str(folder)) as s:
            assert s.read_only
            assert [n.text for n in s.list_notes(A, R)] == ["written before the folder became read-only"]
            with pytest.raises(StoreError, match="read-only: your notes can be read but not changed"):
                s.add_note(A, R, "new")
        out = tmp_path / "all.json"
        assert export_all_notes(out, str(folder)) == 1
        if os.geteuid() != 0:
            for p in [folder, *folder.rglob("*")]:
                p.chmod(0o755)


def test_export_all_notes_in_one_step(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        s.remember_pair(A, R, "/docs/advies.pdf", "/docs/reactie.pdf")
        s.add_note(A, R, "one", number="1")
        s.add_note(A, R, "two")
        s.add_note("c" * 64, R, "elsewhere")
    dest = tmp_path / "notes.json"
    assert export_all_notes(dest, str(tmp_path)) == 3
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert data["schema"] == "weerwoord.notes/1"
    first = next(p for p in data["pairs"] if p["advice"]["sha256"] == A)
    assert first["advice"]["path"] == "/docs/advies.pdf"
    assert [n["text"] for n in first["notes"]] == ["one", "two"]


def test_temporary_files_of_a_killed_export_are_cleaned_next_time(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    stale = tmp_path / ".briefing.pdf.abc123.tmp"
    fresh = tmp_path / ".briefing.pdf.def456.tmp"  # perhaps another export under way right now
    other = tmp_path / ".pairs.csv.ghi789.tmp"
    for p in (stale, fresh, other):
        p.write_bytes(b"half")
    old = time.time() - 2 * atomic.STALE_SECONDS
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic.write_bytes(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists() and fresh.exists() and other.exists()


def test_an_output_folder_that_cannot_be_made_is_named_without_a_placeholder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    code, out, err = run("export", str(GOOD_ADVICE), str(GOOD_RESPONSE), "--out", str(blocker / "sub"))
    assert_plain_error(code, out, err, expected=(6,))
    assert "x could not" not in err and "folder" in err


def test_an_export_onto_a_full_disk_says_so_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("a small file system needs root to mount")
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(full)], check=False).returncode:
        pytest.skip("no tmpfs can be mounted here")
    try:
        code, out, err = run("export", str(GOOD_ADVICE), str(GOOD_RESPONSE), "--out", str(full / "out"))
        assert_plain_error(code, out, err, expected=(6,))
        assert "The disk is full" in err and ".tmp" not in err
        assert not [p for p in (full / "out").iterdir() if p.name.endswith(".tmp")]
    finally:
        subprocess.run(["umount", "-l", str(full)], check=False)


def test_a_library_error_around_a_full_disk_is_said_as_a_full_disk(tmp_path: Path) -> None:
    from pymupdf import mupdf

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise mupdf.FzErrorSystem("code=2: cannot write to file: No space left on device")

    with pytest.raises(atomic.ExportError, match=r"The disk is full: report\.pdf could not be written"):
        atomic.write_with(tmp_path / "report.pdf", write)
    assert list(tmp_path.iterdir()) == []
