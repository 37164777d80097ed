"""Every bad input gives one plain ``error:`` line and its exit code: no traceback, no hang, nothing written."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hardening.badfiles import (
    DOCS,
    GOOD_ADVICE,
    GOOD_RESPONSE,
    active_content_pdf,
    broken_xref_pdf,
    many_pages_pdf,
)

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: float = 180) -> tuple[int, str, str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("WEERWOORD_GUARD", "WEERWOORD_DATA"))}
    full_env.update(env or {})
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(full_env, PYTHONPATH=str(ROOT / "src")),
        timeout=timeout,
    )
    return r.returncode, r.stdout, r.stderr


def assert_plain_error(code: int, out: str, err: str, expected: tuple[int, ...]) -> None:
    assert code in expected, err
    assert out == ""
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.pdf", 3),
        ("truncated.pdf", 3),
        ("random.pdf", 3),
        ("text_named.pdf", 3),
        ("protected.pdf", 3),
        ("scanned.pdf", 3),
        ("blank.pdf", 3),
    ],
)
def test_a_bad_response_is_refused_in_plain_words(name: str, code: int) -> None:
    # tests/core/test_cli.py gives each bad file as the advice; the response takes the same path
    result = run("compare", str(GOOD_ADVICE), str(DOCS / name))
    if name == "truncated.pdf" and result[0] == 0:
        return  # MuPDF may repair what is left of it; then it is read like any file
    assert_plain_error(*result, expected=(code,))
    assert name in result[2]


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert_plain_error(*run("compare", str(tmp_path), str(GOOD_RESPONSE)), expected=(3,))
    assert_plain_error(*run("compare", str(GOOD_ADVICE), str(tmp_path / "gone.pdf")), expected=(3,))


def test_five_thousand_pages_are_read_or_stopped_in_time(tmp_path: Path) -> None:
    big = many_pages_pdf(tmp_path / "minutes.pdf", 5000)
    started = time.monotonic()
    code, out, err = run("compare", str(big), str(GOOD_RESPONSE))
    assert time.monotonic() - started < 150
    # minutes, not an advice: either "no recommendations" or the guard's message
    assert_plain_error(code, out, err, expected=(3, 4))


def test_the_guard_stops_a_long_read_with_a_message(tmp_path: Path) -> None:
    big = many_pages_pdf(tmp_path / "minutes.pdf", 5000)
    started = time.monotonic()
    code, out, err = run("compare", str(big), str(GOOD_RESPONSE), env={"WEERWOORD_GUARD_SECONDS": "0.5"})
    assert time.monotonic() - started < 30
    assert_plain_error(code, out, err, expected=(3,))
    assert "minutes.pdf is too large to analyse" in err and "page" in err


def test_active_content_is_read_as_text_and_nothing_is_run_or_written(tmp_path: Path) -> None:
    pdf = active_content_pdf(tmp_path / "active.pdf")
    before = listing(tmp_path)
    digest = sha(pdf)
    code, out, err = run("compare", str(pdf), str(GOOD_RESPONSE), cwd=tmp_path)
    assert code == 0, err
    assert err == "" and '"pairs"' in out
    assert listing(tmp_path) == before and sha(pdf) == digest


def test_a_broken_cross_reference_table_is_repaired_or_refused(tmp_path: Path) -> None:
    pdf = broken_xref_pdf(tmp_path / "broken xref.pdf")
    assert pdf.read_bytes() != GOOD_ADVICE.read_bytes()
    code, out, err = run("compare", str(pdf), str(GOOD_RESPONSE))
    if code != 0:
        assert_plain_error(code, out, err, expected=(3, 4))


def test_non_ascii_and_spaced_names_work(tmp_path: Path) -> None:
    advice = tmp_path / "Advies – één ✓ 109.pdf"
    response = tmp_path / "Réponse 中文 (2).pdf"
    shutil.copy(GOOD_ADVICE, advice)
    shutil.copy(GOOD_RESPONSE, response)
    code, out, err = run("compare", str(advice), str(response))
    assert code == 0 and err == "", err
    assert "Advies – één ✓ 109.pdf" in out
    code, out, err = run("compare", str(tmp_path / "Ontbrekend – één.pdf"), str(response))
    assert_plain_error(code, out, err, expected=(3,))
    assert "Ontbrekend – één.pdf" in err


def _read_only_folder(tmp_path: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # permissions do not stop root: use a folder of a read-only file system
        if Path("/sys/kernel").is_dir():
            return Path("/sys/kernel")
        pytest.skip("no read-only folder available to root")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_export_into_a_read_only_folder_fails_cleanly(tmp_path: Path) -> None:
    work = tmp_path / "in"
    work.mkdir()
    advice, response = work / GOOD_ADVICE.name, work / GOOD_RESPONSE.name
    shutil.copy(GOOD_ADVICE, advice)
    shutil.copy(GOOD_RESPONSE, response)
    digests = (sha(advice), sha(response))
    folder = _read_only_folder(tmp_path)
    before = listing(folder) if folder.is_relative_to(tmp_path) else None
    try:
        code, _out, err = run("export", str(advice), str(response), "--out", str(folder), cwd=tmp_path)
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o755)
    assert code == 6, err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    if before is not None:
        assert listing(folder) == before  # no half-written files, no temporary files
    assert (sha(advice), sha(response)) == digests
    assert listing(work) == {advice.name, response.name}


def test_export_leaves_the_originals_untouched(tmp_path: Path) -> None:
    advice = active_content_pdf(tmp_path / "active advice.pdf")
    response = tmp_path / "response.pdf"
    shutil.copy(GOOD_RESPONSE, response)
    digests = (sha(advice), sha(response))
    code, _, err = run("export", str(advice), str(response), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert (sha(advice), sha(response)) == digests
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.endswith(".tmp")]
