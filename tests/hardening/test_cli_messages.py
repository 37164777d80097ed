"""What the command line says: the option to give a password, names a console cannot show, all notes at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.hardening.badfiles import DOCS, GOOD_ADVICE, GOOD_RESPONSE
from tests.hardening.test_cli_bad_input import assert_plain_error, run
from weerwoord.core.keeping.store import open_store


def test_a_missing_password_names_the_option_to_give_it() -> None:
    code, out, err = run("compare", str(DOCS / "protected.pdf"), str(GOOD_RESPONSE))
    assert_plain_error(code, out, err, expected=(3,))
    assert "--advice-password" in err and "WEERWOORD_ADVICE_PASSWORD" in err
    code, out, err = run("compare", str(GOOD_ADVICE), str(DOCS / "protected.pdf"), "--response-password", "wrong")
    assert_plain_error(code, out, err, expected=(3,))
    assert "--response-password" in err


def test_names_a_cp1252_console_cannot_show_are_escaped_not_a_crash(tmp_path: Path) -> None:
    advice = tmp_path / "Advies ✓ 中文.pdf"
    shutil.copy(GOOD_ADVICE, advice)
    env = {"PYTHONIOENCODING": "cp1252"}
    code, out, err = run("compare", str(advice), str(GOOD_RESPONSE), env=env)
    assert code == 0, err
    data = json.loads(out)
    assert data["advice"]["path"].endswith("Advies ✓ 中文.pdf")  # \u escapes: the same JSON
    code, out, err = run("export", str(advice), str(GOOD_RESPONSE), "--out", str(tmp_path / "out"), env=env)
    assert code == 0 and "Traceback" not in err, err
    assert "\\u2713" in out or "\\u4e2d" in out  # the written files' names, escaped
    code, out, err = run("compare", str(tmp_path / "Ontbrekend ✓.pdf"), str(GOOD_RESPONSE), env=env)
    assert_plain_error(code, out, err, expected=(3,))


def test_all_notes_in_one_step(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as s:
        s.add_note("a" * 64, "b" * 64, "één notitie")
        s.add_note("a" * 64, "c" * 64, "another")
    dest = tmp_path / "all notes.json"
    code, out, err = run("notes", str(dest), "--data-dir", str(tmp_path))
    assert code == 0 and err == "", err
    assert out.startswith("2 notes written to")
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert sorted(n["text"] for p in data["pairs"] for n in p["notes"]) == ["another", "één notitie"]


def test_a_file_name_that_is_not_utf8_is_compared(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    if sys.platform != "linux":
        return
    name = os.fsencode(tmp_path) + b"/advies-\xff.pdf"
    with open(name, "wb") as fh:
        fh.write(GOOD_ADVICE.read_bytes())
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", name, str(GOOD_RESPONSE)],
        capture_output=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["advice"]["path"].endswith("advies-\udcff.pdf")
