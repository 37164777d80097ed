"""The command line contract: JSON schema, Markdown, exit codes and plain error messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import example_pair
from tests.core.expected_pairs import DOCS

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, **(env or {}))
    full_env.pop("WEERWOORD_DATA_DIR", None) if env is None else None
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120
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
        "verdict",
        "reason",
        "marks",
    }
    assert set(pair["recommendation"]) == {"text", "page", "spans", "also_at"}
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


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("weerwoord ")


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_compare_output_is_whole_in_a_file_and_in_a_pipe_closed_early(tmp_path: Path, fmt: str) -> None:
    # the program leaves without the interpreter's clean-up once its output is out: none of it may be lost
    advice, response = example_pair()
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output buffered, as for users
    out = tmp_path / f"out.{fmt}"
    with out.open("w") as fh:
        done = subprocess.run(
            [sys.executable, "-m", "app", "compare", str(advice), str(response), "--format", fmt],
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
        f'"{sys.executable}" -m app compare "{advice}" "{response}" --format {fmt} | head -c 20',
        shell=True,
        capture_output=True,
        cwd=ROOT,
        env=buffered,
        timeout=120,
        check=False,
    )
    assert head.stdout == text.encode()[:20]
    assert head.stderr == b""  # the reader went away early: no traceback, no complaint
