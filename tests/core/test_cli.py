"""The command line contract: JSON schema, Markdown, exit codes, help, standard input, passwords, corrections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.expected_pairs import DOCS
from weerwoord.paths import example_pair

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, **(env or {}))  # tests/conftest.py points the data folder at an empty one
    return subprocess.run(
        [sys.executable, "-m", "weerwoord", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_compare_prints_the_documented_json() -> None:
    advice, response = example_pair()
    r = run("compare", str(advice), str(response))
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    data = json.loads(r.stdout)
    assert data["schema"] == "weerwoord.compare/1"
    for side in ("advice", "response"):
        assert set(data[side]) == {"path", "sha256", "title", "pages", "language"}
        assert data[side]["language"] == "nl" and len(data[side]["sha256"]) == 64
    pair = data["pairs"][0]
    assert set(pair) == {
        "number",
        "numbered",
        "recommendation",
        "reply",
        "link",
        "confidence",
        "evidence",
        "verdict",
        "reason",
        "marks",
        "reply_parts",
    }
    assert set(pair["recommendation"]) == {"text", "page", "spans", "also_at", "evidence"}
    assert set(pair["reply"]) == {"id", "heading", "text", "page", "spans"}
    span = pair["recommendation"]["spans"][0]
    assert span["page"] >= 1 and len(span["rects"][0]) == 4
    mark = pair["marks"][0]
    assert set(mark) == {"category", "text", "rule", "spans"}
    assert mark["spans"][0]["rects"]
    assert isinstance(data["unmatched_replies"], list)


def test_compare_markdown_is_a_table() -> None:
    r = run(
        "compare", str(DOCS / "en_labelled_advice.pdf"), str(DOCS / "en_labelled_response.pdf"), "--format", "markdown"
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("|") and "Verdict" in lines[0]
    assert any("Unanswered" in line for line in lines)


def test_plain_text_response_is_a_real_input() -> None:
    r = run("compare", str(DOCS / "nl_twocol_advice.pdf"), str(DOCS / "letter_txt.txt"))
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["pairs"]) == 7


@pytest.mark.parametrize(
    ("advice", "extra", "code", "words"),
    [
        ("empty.pdf", [], 3, "empty"),
        ("random.pdf", [], 3, "not a PDF"),
        ("text_named.pdf", [], 3, "plain text"),
        ("protected.pdf", [], 3, "password"),
        ("protected.pdf", ["--advice-password", "wrong"], 3, "not correct"),
        ("scanned.pdf", [], 3, "no text layer"),
        ("blank.pdf", [], 3, "no text"),
        ("missing.pdf", [], 3, "does not exist"),
        ("no_recommendations.pdf", [], 4, "No recommendations"),
        ("truncated.pdf", [], None, "damaged"),
    ],
)
def test_bad_input_exits_with_one_plain_sentence(advice: str, extra: list[str], code: int | None, words: str) -> None:
    r = run("compare", str(DOCS / advice), str(DOCS / "en_conclusions_response.pdf"), *extra)
    assert r.stdout == ""
    assert r.stderr.startswith("error: ")
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert words in r.stderr
    assert r.returncode == (code if code is not None else r.returncode) and r.returncode in (3, 4)


def test_right_password_and_unusual_file_name_work() -> None:
    r = run(
        "compare", str(DOCS / "protected.pdf"), str(DOCS / "en_conclusions_response.pdf"), "--advice-password", "geheim"
    )
    assert r.returncode == 0, r.stderr
    r = run("compare", str(DOCS / "spaces and ë name.pdf"), str(DOCS / "en_conclusions_response.pdf"))
    assert r.returncode == 0, r.stderr


def test_usage_error_exits_2() -> None:
    r = run("compare", "only-one.pdf")
    assert r.returncode == 2
    assert r.stderr.startswith("error: ")
    r = run("compare", "a.pdf", "b.pdf", "--format", "xml")
    assert r.returncode == 2


def test_version_names_the_libraries_a_bug_report_needs() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("weerwoord ") and r.stderr == ""
    lines = r.stdout.splitlines()
    for name in ("Python: 3.", "Qt: 6.", "PyMuPDF: "):
        assert any(line.startswith(name) for line in lines), (name, lines)
    assert "not available" not in r.stdout


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_compare_output_is_whole_in_a_file_and_in_a_pipe_closed_early(tmp_path: Path, fmt: str) -> None:
    # the program leaves without the interpreter's clean-up once its output is out: none of it may be lost
    advice, response = example_pair()
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output buffered, as for users
    out = tmp_path / f"out.{fmt}"
    with out.open("w") as fh:
        done = subprocess.run(
            [sys.executable, "-m", "weerwoord", "compare", str(advice), str(response), "--format", fmt],
            stdout=fh,
            cwd=ROOT,
            env=buffered,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0
    text = out.read_text()
    assert text.endswith("\n")
    if fmt == "json":
        assert len(json.loads(text)["pairs"]) == 10
    else:
        assert text.count("\n|") >= 10
    head = subprocess.run(
        f'"{sys.executable}" -m weerwoord compare "{advice}" "{response}" --format {fmt} | head -c 20',
        shell=True,
        capture_output=True,
        cwd=ROOT,
        env=buffered,
        timeout=120,
        check=False,
    )
    assert head.stdout == text.encode()[:20]
    assert head.stderr == b""  # the reader went away early: no traceback, no complaint


def test_every_option_has_help_and_the_help_documents_exit_codes_and_schema() -> None:
    import argparse

    from weerwoord.cli import build_parser
    from weerwoord.core import errors

    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in [("weerwoord", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    top = run("--help")
    assert top.returncode == 0
    codes = {c.exit_code for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.WeerwoordError)}
    for code in codes | {0, 130}:
        assert f"\n  {code} " in top.stdout, code
    assert "WEERWOORD_ADVICE_PASSWORD" in top.stdout and "WEERWOORD_DATA_DIR" in top.stdout
    compare = run("compare", "--help")
    advice, response = example_pair()
    data = json.loads(run("compare", str(advice), str(response)).stdout)
    described = compare.stdout.split("The JSON", 1)[1]
    for key in [*data, *data["pairs"][0], *data["pairs"][0]["recommendation"], *data["advice"]]:
        assert key in described, key
    for option in ("--format", "--lang", "--no-corrections", "--data-dir"):
        assert option in compare.stdout


@pytest.mark.parametrize("response_name", ["kabinetsreactie-aiv-109.pdf", "text"])
def test_the_response_from_standard_input(tmp_path: Path, response_name: str) -> None:
    advice, response = example_pair()
    if response_name == "text":
        data = (DOCS / "letter_txt.txt").read_bytes()
        advice = DOCS / "nl_twocol_advice.pdf"
        from_file = run("compare", str(advice), str(DOCS / "letter_txt.txt"))
    else:
        data = response.read_bytes()
        from_file = run("compare", str(advice), str(response))
    piped = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(advice), "-"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert piped.returncode == 0 and piped.stderr == b"", piped.stderr
    got, want = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert got["response"]["path"] == "-" and got["response"]["sha256"] == want["response"]["sha256"]
    assert [p["verdict"] for p in got["pairs"]] == [p["verdict"] for p in want["pairs"]]
    assert not list(Path(tempfile_dir()).glob("weerwoord-*/standard-input*"))  # the temporary copy is gone


def tempfile_dir() -> str:
    import tempfile

    return tempfile.gettempdir()


def test_empty_standard_input_and_advice_from_it_are_usage_errors() -> None:
    advice, _ = example_pair()
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(advice), "-"], input=b"", capture_output=True, cwd=ROOT
    )
    assert r.returncode == 2 and b"standard input is empty" in r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", "-", str(advice)], input=b"x", capture_output=True, cwd=ROOT
    )
    assert r.returncode == 2 and b"only the response" in r.stderr


def test_password_from_the_environment_and_none_asked_without_a_terminal() -> None:
    protected, response = str(DOCS / "protected.pdf"), str(DOCS / "en_conclusions_response.pdf")
    r = run("compare", protected, response, env={"WEERWOORD_ADVICE_PASSWORD": "geheim"})
    assert r.returncode == 0, r.stderr
    r = run("compare", protected, response)  # standard input is not a terminal: no prompt, the plain message
    assert r.returncode == 3 and r.stderr.startswith("error: ") and "password" in r.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal (POSIX)")
def test_password_asked_at_a_terminal() -> None:
    import pty
    import select

    protected, response = str(DOCS / "protected.pdf"), str(DOCS / "en_conclusions_response.pdf")
    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, its terminal the pseudo-terminal
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "weerwoord", "compare", protected, response])
    seen = b""
    answered = 0
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, seen
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program ended
            break
        if not chunk:
            break
        seen += chunk
        if seen.count(b"Password for protected.pdf") > answered:
            os.write(fd, b"wrong\n" if answered == 0 else b"geheim\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert answered == 2 and b"is not correct" in seen and b"geheim" not in seen
    assert b'"schema": "weerwoord.compare/1"' in seen


def test_compare_and_export_apply_the_same_stored_corrections(tmp_path: Path) -> None:
    from weerwoord.core.keeping import store
    from weerwoord.core.keeping.corrections import Corrections
    from weerwoord.core.reading.reader import sha256_of

    advice, response = example_pair()
    c = Corrections()
    c.verdicts["2"] = ("disagrees", "Read as a refusal.")
    with store.open_store(tmp_path / "data") as s:
        s.save_corrections(sha256_of(advice), sha256_of(response), c)
    env = {"WEERWOORD_DATA_DIR": str(tmp_path / "data")}
    corrected = json.loads(run("compare", str(advice), str(response), env=env).stdout)
    bare = json.loads(run("compare", str(advice), str(response), "--no-corrections", env=env).stdout)
    assert corrected["pairs"][1]["verdict"] == "disagrees" and bare["pairs"][1]["verdict"] == "agrees"
    md = run("compare", str(advice), str(response), "--format", "markdown", env=env).stdout
    exported = run("export", str(advice), str(response), "--out", str(tmp_path / "out"), env=env)
    assert exported.returncode == 0, exported.stderr
    table = next((tmp_path / "out").glob("*.csv")).read_text(encoding="utf-8-sig")
    assert "Read as a refusal." in table and "Read as a refusal." in md
    bare_export = run(
        "export", str(advice), str(response), "--out", str(tmp_path / "bare"), "--no-corrections", env=env
    )
    assert bare_export.returncode == 0, bare_export.stderr
    assert "Read as a refusal." not in next((tmp_path / "bare").glob("*.csv")).read_text(encoding="utf-8-sig")


def test_an_unexpected_error_is_one_sentence_and_its_traceback_is_in_the_log(tmp_path: Path) -> None:
    advice, response = example_pair()
    code = (
        "import sys, weerwoord.core.analysis.compare as c\n"
        "def broken(*a, **k): raise KeyError('verdict')\n"
        "c.analyse = broken\n"
        "from weerwoord.cli import main\n"
        f"sys.exit(main(['compare', {str(advice)!r}, {str(response)!r}]))\n"
    )
    env = dict(os.environ, WEERWOORD_LOG_DIR=str(tmp_path / "log"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 1
    assert r.stderr.startswith("error: an unexpected problem") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr and str(tmp_path / "log") in r.stderr
    logged = (tmp_path / "log" / "weerwoord.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'verdict'" in logged and "PyMuPDF" in logged
