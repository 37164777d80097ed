"""``weerwoord register FOLDER --out DIR``: every file read back (CSV, XLSX, iCalendar), skipped pairs, exit codes."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.register_library import DOCS, FOLLOWED_UP, LIBRARY, make_library
from weerwoord.cli import main
from weerwoord.core.analysis.compare import compare
from weerwoord.core.register.ledger import FILENAME, Ledger
from weerwoord.register_cli import SKIPPED_EXIT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_library(tmp_path_factory.mktemp("register-cli") / "library")


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def parse_ics(text: str) -> list[dict[str, str]]:
    """A tiny iCalendar reader: CRLF lines, unfolded, one dict per VEVENT (property name → value)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded: list[str] = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in unfolded and any(u.startswith("PRODID:") for u in unfolded)
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_register_writes_four_files_that_read_back(library: Path, tmp_path: Path) -> None:
    out, data = tmp_path / "out", tmp_path / "data"
    args = ["register", str(library), "--out", str(out), "--data-dir", str(data), "--jobs", "2"]
    assert main([*args, "--output-language", "en"]) == 0
    rows = read_csv(out / "register.csv")
    for name, (advice, response) in LIBRARY.items():
        expected = compare(DOCS / advice, DOCS / response).pairs
        mine = [r for r in rows if r["pair"] == name]
        assert [(r["number"], r["verdict"]) for r in mine] == [(p.number, p.verdict) for p in expected]
    commitments = read_csv(out / "commitments.csv")
    assert set(commitments[0]) >= {"pair", "number", "who", "what", "deadline", "deadline_text", "status"}
    counts: dict[tuple[str, str], int] = {}
    for c in commitments:
        for number in c["number"].split(", "):  # a commitment of a reply shared by two recommendations names both
            counts[(c["pair"], number)] = counts.get((c["pair"], number), 0) + 1
        assert c["deadline"] == "" or date.fromisoformat(c["deadline"])
        assert c["status"] == "open"
    assert {(r["pair"], r["number"]): int(r["commitments"]) for r in rows if int(r["commitments"])} == counts
    for r in rows:
        own = sorted(
            c["deadline"] for c in commitments if c["pair"] == r["pair"] and r["number"] in c["number"].split(", ")
        )
        assert r["nearest_deadline"] == next((d for d in own if d), "")
    assert [c["number"] for c in commitments if c["what"].startswith("Whether we report the figures")] == ["5, 6"]
    review = next(c for c in commitments if c["deadline_text"] == "by the end of September")
    assert (review["pair"], review["deadline"]) == ("ombudsman-carers", "2024-09-30")
    assert [r["follow_up_date"] for r in rows if r["pair"] == FOLLOWED_UP] == ["2025-03-10"] * 5

    from openpyxl import load_workbook

    wb = load_workbook(out / "register.xlsx")
    assert wb.sheetnames == ["recommendations", "commitments"]
    sheet = [[c if c is not None else "" for c in row] for row in wb["recommendations"].iter_rows(values_only=True)]
    assert [(r[5], r[7]) for r in sheet[1:]] == [(r["number"], r["verdict"]) for r in rows]
    assert wb["commitments"].max_row == len(commitments) + 1

    events = parse_ics((out / "commitments.ics").read_bytes().decode("utf-8"))
    dated = [c for c in commitments if c["deadline"]]
    assert len(events) == len(dated) > 0
    assert len({e["UID"] for e in events}) == len(events)
    for event, c in zip(events, dated, strict=True):
        day = date.fromisoformat(c["deadline"])
        assert event["DTSTART;VALUE=DATE"] == f"{day:%Y%m%d}"
        assert event["DTEND;VALUE=DATE"] == f"{day + timedelta(days=1):%Y%m%d}"
        assert unescape(event["SUMMARY"]).endswith(c["what"])


def test_statuses_and_formula_cells_in_a_second_run(library: Path, tmp_path: Path) -> None:
    out, data = tmp_path / "out", tmp_path / "data"
    args = [
        "register",
        str(library),
        "--out",
        str(out),
        "--data-dir",
        str(data),
        "--jobs",
        "1",
        "--output-language",
        "en",
    ]
    assert main(args) == 0
    first = read_csv(out / "commitments.csv")
    with Ledger(data / FILENAME) as ledger:
        ledger.set_status(int(first[0]["id"]), "dropped", author="tester")
        ledger.edit(int(first[1]["id"]), "what", '=HYPERLINK("http://example.org")', author="tester")
    assert main(args) == 0
    second = read_csv(out / "commitments.csv")
    assert second[0]["status"] == "dropped" and "tester" in second[0]["status_changed"]
    assert second[1]["what"] == '\'=HYPERLINK("http://example.org")'
    assert [c["id"] for c in second] == [c["id"] for c in first]


def test_a_pair_that_cannot_be_read_is_reported_and_skipped(tmp_path: Path) -> None:
    library = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False)
    (library / "broken").mkdir()
    (library / "broken" / "a.pdf").write_bytes(b"%PDF-1.4 damaged")
    (library / "broken" / "b.pdf").write_bytes(b"%PDF-1.4 damaged too")
    out = tmp_path / "out"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "weerwoord",
            "register",
            str(library),
            "--out",
            str(out),
            "--data-dir",
            str(tmp_path / "d"),
            "--output-language",
            "en",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == SKIPPED_EXIT, r.stderr
    assert "skipped: broken: " in r.stderr
    assert "\r[" not in r.stderr  # no progress bar when standard error is not a terminal
    assert {row["pair"] for row in read_csv(out / "register.csv")} == {"taskforce-air"}


def test_a_folder_that_is_not_there_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert "is not a folder" in capsys.readouterr().err


DUTCH_REGISTER = [
    "paar", "orgaan", "titel", "datum_advies", "datum_reactie", "nummer", "aanbeveling", "oordeel", "toezeggingen",
    "eerste_termijn", "status", "verlopen", "datum_voortgang", "voortgang", "notities",
]  # fmt: skip
DUTCH_COMMITMENTS = [
    "paar", "nummer", "wie", "wat", "termijn", "termijn_woorden", "status", "verlopen", "status_gewijzigd",
    "datum_gerapporteerd", "gerapporteerd", "id",
]  # fmt: skip


def test_dutch_output_has_dutch_headers_and_codes_that_stay(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "library"
    shutil.copytree(library, root)
    (root / "broken").mkdir()  # read in a worker process: why it was skipped is Dutch too
    (root / "broken" / "a.pdf").write_bytes(b"%PDF-1.4 damaged")
    (root / "broken" / "b.pdf").write_bytes(b"%PDF-1.4 damaged too")
    (root / "lonely").mkdir()
    shutil.copy(DOCS / "blind4_en_long_numbers_advice.pdf", root / "lonely" / "advice.pdf")
    out, data = tmp_path / "out", tmp_path / "data"
    args = ["register", str(root), "--out", str(out), "--data-dir", str(data), "--jobs", "2"]
    assert main([*args, "--output-language", "nl"]) == SKIPPED_EXIT
    err = capsys.readouterr().err
    assert "skipped: lonely: 1 document in de map: een paar vraagt om een advies en een reactie" in err
    assert "skipped: broken: " in err and "beschadigd" in err

    rows = list(csv.reader(io.StringIO((out / "register.csv").read_text(encoding="utf-8")[1:])))
    assert rows[0] == DUTCH_REGISTER
    verdicts = {r[DUTCH_REGISTER.index("oordeel")] for r in rows[1:]}
    assert verdicts and verdicts <= {"agrees", "partly", "disagrees", "noted", "unanswered"}  # codes stay codes
    assert {r[DUTCH_REGISTER.index("status")] for r in rows[1:]} <= {"", "open", "done", "dropped"}
    assert {r[DUTCH_REGISTER.index("verlopen")] for r in rows[1:]} == {"", "ja"}  # deadlines of 2024 have passed
    assert len(rows) == 1 + 25  # the library's recommendations, the skipped pairs left out
    items = list(csv.reader(io.StringIO((out / "commitments.csv").read_text(encoding="utf-8")[1:])))
    assert items[0] == DUTCH_COMMITMENTS and len(items) > 1

    from openpyxl import load_workbook

    wb = load_workbook(out / "register.xlsx")
    assert wb.sheetnames == ["aanbevelingen", "toezeggingen"]
    assert [c.value for c in wb["aanbevelingen"][1]] == DUTCH_REGISTER
    assert [c.value for c in wb["toezeggingen"][1]] == DUTCH_COMMITMENTS
    cell = wb["aanbevelingen"]["F2"]  # the recommendation's number: text, wrapped at the top
    assert (cell.number_format, cell.alignment.wrap_text, cell.alignment.vertical) == ("@", True, "top")

    text = (out / "commitments.ics").read_bytes().decode("utf-8")
    events = parse_ics(text)
    unfolded = text.replace("\r\n ", "")
    assert "X-WR-CALNAME:Toezeggingen (Weerwoord)" in unfolded
    assert events and all(unescape(e["DESCRIPTION"]).startswith("Termijn") for e in events)
    assert {e["CATEGORIES"] for e in events} == {"open"}
    assert all(unescape(e["DESCRIPTION"]).split(". ")[1] == "Status: open" for e in events)
    for english_word in ("Deadline", "commitments", "Weerwoord commitments", "yes"):
        assert english_word not in unfolded.replace("Weerwoord)", "")
