"""The register over a folder of the project's own pairs: rows, verdicts, commitments, follow-ups, the cache,
statuses and identities kept in the register's own database."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.core.register_library import DOCS, FOLLOW_UP_DATE, FOLLOWED_UP, LIBRARY, follow_up_letter, make_library
from weerwoord.core.analysis.compare import compare
from weerwoord.core.errors import StoreError
from weerwoord.core.register.build import build
from weerwoord.core.register.cache import FOLDER, engine_version
from weerwoord.core.register.commitments import Commitment
from weerwoord.core.register.ledger import FILENAME, MIGRATIONS, Ledger


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_library(tmp_path_factory.mktemp("register") / "library")


def test_one_row_per_recommendation_with_compares_verdicts(library: Path, tmp_path: Path) -> None:
    register = build(library, data_dir=tmp_path, workers=2)
    assert register.skipped == []
    for name, (advice, response) in LIBRARY.items():
        expected = compare(DOCS / advice, DOCS / response)
        rows = [r for r in register.rows if r.pair == name]
        assert [(r.number, r.verdict) for r in rows] == [(p.number, p.verdict) for p in expected.pairs]
        promised = {p.number for p in expected.pairs if any(m.category == "commitment" for m in p.marks)}
        assert {r.number for r in rows if r.commitments} == promised
        # the files were told apart by their content (both have neutral names)
        assert Path(rows[0].advice_path).name == "document-b.pdf"
        assert Path(rows[0].response_path).name == "document-a.pdf"


def test_pairs_know_their_body_and_dates(library: Path, tmp_path: Path) -> None:
    rows = {r.pair: r for r in build(library, data_dir=tmp_path, workers=1).rows}
    assert (rows["rsj-terugkeer"].body, rows["rsj-terugkeer"].advice_date, rows["rsj-terugkeer"].response_date) == (
        "Raad voor Strafrechtstoepassing en Jeugdbescherming",
        "2023-11",
        "2024-04-15",
    )
    assert rows["taskforce-air"].body == "Clean Air Taskforce"
    assert rows["taskforce-air"].title == "Cleaner Air for Schools: Final Report of the Clean Air Taskforce"


def test_commitments_with_who_what_and_deadline(library: Path, tmp_path: Path) -> None:
    items = build(library, data_dir=tmp_path, workers=1, today=date(2024, 12, 1)).items
    by = {(i.pair, i.deadline_text): i for i in items}
    review = by[("ombudsman-carers", "by the end of September")]
    assert (review.number, review.deadline, review.who) == ("3", "2024-09-30", "the department")
    assert review.what.startswith("We will complete the review by the end of September")
    assert review.overdue  # 30 September 2024 is before 1 December 2024 and the item is open
    r1 = by[("taskforce-air", "by March 2025")]
    assert (r1.number, r1.deadline, r1.who, r1.overdue) == ("R1", "2025-03-31", "the Department for Education", False)
    assert by[("rekenkamer-jeugd", "in het voorjaar van 2025")].deadline == "2025-06-20"
    undated = [i for i in items if not i.deadline]
    assert undated and all(not i.overdue for i in undated)


def test_follow_up_reports_per_recommendation(library: Path, tmp_path: Path) -> None:
    register = build(library, data_dir=tmp_path, workers=1)
    rows = [r for r in register.rows if r.pair == FOLLOWED_UP]
    assert [r.follow_up_date for r in rows] == [FOLLOW_UP_DATE] * 5
    assert "geldig identiteitsbewijs" in rows[0].follow_up
    assert "uitgebreid tot 650" in rows[2].follow_up
    follow = next(e for e in register.loaded if e.folder.name == FOLLOWED_UP).summary.follow_ups[0]
    assert follow.document.name == "document-c.pdf"
    assert follow.reports["3"]["deadline"] == "2026-06-30"  # 'uiterlijk medio 2026' in the follow-up
    items = [i for i in register.items if i.pair == FOLLOWED_UP]
    assert items and all(i.reported_date == FOLLOW_UP_DATE for i in items)


def test_second_run_comes_from_the_cache_until_the_engine_changes(library: Path, tmp_path: Path) -> None:
    first = build(library, data_dir=tmp_path, workers=2)
    assert first.analysed == len(LIBRARY)
    second = build(library, data_dir=tmp_path, workers=2)
    assert second.analysed == 0
    assert [(r.pair, r.number, r.verdict, r.nearest_deadline) for r in second.rows] == [
        (r.pair, r.number, r.verdict, r.nearest_deadline) for r in first.rows
    ]
    marker = tmp_path / FOLDER / "engine"
    assert marker.read_text().strip() == engine_version()
    marker.write_text("0.0.0+older\n")
    assert build(library, data_dir=tmp_path, workers=1).analysed == len(LIBRARY)


def test_the_engine_version_covers_the_reading_and_analysis_code(tmp_path: Path) -> None:
    """A working copy updated without a new version number drops the cached analyses: the reading and analysis
    code count in the engine's version, not only the phrase rules."""
    import hashlib

    import weerwoord
    from weerwoord.paths import resources_dir

    h = hashlib.sha256()
    for path in sorted((resources_dir() / "phrases").glob("*.toml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    phrases_only = f"{weerwoord.__version__}+{h.hexdigest()[:12]}"
    assert engine_version() != phrases_only
    assert engine_version().startswith(f"{weerwoord.__version__}+")


def test_statuses_edits_and_notes_kept_across_runs_and_reanalysis(library: Path, tmp_path: Path) -> None:
    first = build(library, data_dir=tmp_path, workers=1, today=date(2024, 12, 1))
    item = next(i for i in first.items if i.deadline_text == "by the end of September")
    with Ledger(tmp_path / FILENAME) as ledger:
        ledger.set_status(item.id, "done", author="tester")
        ledger.edit(item.id, "who", "the Department for Communities", author="tester")
        ledger.edit(item.id, "deadline", "2024-10-31", author="tester")
        ledger.set_note(item.pair_key, item.number, "checked with the department")
        ledger.set_pair_field(item.pair_key, "body", "Ombudsman")
    shutil.rmtree(tmp_path / FOLDER)  # analysed again: the identity comes from the anchor
    again = build(library, data_dir=tmp_path, workers=1, today=date(2024, 12, 1))
    assert again.analysed == len(LIBRARY)
    kept = next(i for i in again.items if i.id == item.id)
    assert (kept.status, kept.who, kept.deadline, kept.overdue) == (
        "done",
        "the Department for Communities",
        "2024-10-31",
        False,
    )
    assert kept.deadline_text == "by the end of September"  # the words stay beside the edited date
    assert [(c.field, c.value, c.author) for c in kept.history] == [
        ("status", "done", "tester"),
        ("who", "the Department for Communities", "tester"),
        ("deadline", "2024-10-31", "tester"),
    ]
    assert sorted(i.id for i in again.items) == sorted(i.id for i in first.items)
    row = next(r for r in again.rows if r.pair_key == item.pair_key and r.number == item.number)
    assert (row.notes, row.body, row.status) == ("checked with the department", "Ombudsman", "done")


def _commitment(number: str, sentence: str, prefix: str = "") -> Commitment:
    anchor = {
        "exact": sentence,
        "prefix": prefix,
        "suffix": "",
        "page": 1,
        "start": len(prefix),
        "end": len(prefix) + len(sentence),
    }
    return Commitment(number, "het kabinet", sentence, "", "", anchor, 1)


def test_an_item_keeps_its_identity_when_the_reply_is_revised(tmp_path: Path) -> None:
    old = "Het kabinet zal voor de zomer van 2025 een wetsvoorstel naar uw Kamer sturen."
    new = "Het kabinet zal voor de zomer van 2025 een gewijzigd wetsvoorstel naar uw Kamer sturen."
    other = "Het kabinet zal de gemeenten vragen een plan te maken."
    with Ledger(tmp_path / FILENAME) as ledger:
        [[a, b]] = ledger.identify([("p", [_commitment("1", old), _commitment("1", other, old + " ")], {})])
        reply = "Inleiding. " + new + " " + other
        revised = [_commitment("1", new, "Inleiding. "), _commitment("1", other, "Inleiding. " + new + " ")]
        assert ledger.identify([("p", revised, {"1": reply})]) == [[a, b]]
        [[c]] = ledger.identify([("p", [_commitment("2", "Een heel andere toezegging van het kabinet.")], {})])
        assert c not in (a, b)


def test_ledger_schema_is_migrated_inside_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    Ledger(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute("PRAGMA user_version = 9")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        Ledger(path)


def test_a_pair_that_cannot_be_read_is_skipped_and_the_rest_go_on(tmp_path: Path) -> None:
    root = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False)
    (root / "broken").mkdir()
    (root / "broken" / "advice.pdf").write_bytes(b"%PDF-1.4 not really")
    (root / "broken" / "response.pdf").write_bytes(b"%PDF-1.4 nor this")
    (root / "lonely").mkdir()
    shutil.copy(DOCS / "blind4_en_long_numbers_advice.pdf", root / "lonely" / "advice.pdf")
    register = build(root, data_dir=tmp_path / "data", workers=2)
    assert [name for name, _ in register.skipped] == ["broken", "lonely"]
    assert "damaged" in register.skipped[0][1]
    assert {r.pair for r in register.rows} == {"taskforce-air"}


def test_a_copied_pair_is_analysed_once_and_listed_under_both_names(tmp_path: Path) -> None:
    root = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False)
    shutil.copytree(root / "taskforce-air", root / "taskforce-air-copy")
    register = build(root, data_dir=tmp_path / "data", workers=2)
    assert register.analysed == 1 and len(register.loaded) == 2
    assert len(list((tmp_path / "data" / FOLDER).glob("*.json"))) == 1
    first = [(r.number, r.verdict) for r in register.rows if r.pair == "taskforce-air"]
    assert first and first == [(r.number, r.verdict) for r in register.rows if r.pair == "taskforce-air-copy"]
    copy = next(r for r in register.rows if r.pair == "taskforce-air-copy")
    assert Path(copy.advice_path).parent.name == "taskforce-air-copy"  # its own files, not the first folder's
    assert not list((tmp_path / "data" / FOLDER).glob(".*.tmp"))  # the cache's temporary files were renamed


def test_a_commitment_in_a_shared_reply_is_listed_once_naming_both_recommendations(
    library: Path, tmp_path: Path
) -> None:
    register = build(library, data_dir=tmp_path, workers=1)
    # the ombudsman answers recommendations 5 and 6 in one reply; the Rekenkamer's reply answers A1 and A2 in one
    # paragraph, whose promise of a "beleidskader jeugd" is A1's by its content (A2 asks for reports twice a year)
    for pair, numbers, words in (
        ("ombudsman-carers", ("5", "6"), "Whether we report the figures to the Assembly"),
        ("rekenkamer-jeugd", ("A1",), "Wij zullen uw raad in het voorjaar van 2025"),
    ):
        found = [i for i in register.items if i.pair == pair and i.what.startswith(words)]
        assert len(found) == 1, [(i.number, i.what[:40]) for i in found]
        assert (found[0].numbers, found[0].label) == (numbers, ", ".join(numbers))
        for number in numbers:  # each recommendation's row counts it
            row = next(r for r in register.rows if r.pair == pair and r.number == number)
            assert row.commitments == sum(number in i.numbers for i in register.items if i.pair == pair) >= 1
    sentences = [(i.pair, i.page, " ".join(i.what.split())) for i in register.items]
    assert len(sentences) == len(set(sentences))  # no sentence listed twice


def test_loose_documents_are_put_into_pairs_by_their_content(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    expected: dict[str, tuple[str, str]] = {}
    # neutral names, in an order that pairs nothing: the first pages decide what belongs together
    for n, name in enumerate(["rsj-terugkeer", "ombudsman-carers", "rekenkamer-jeugd"]):
        advice, response = LIBRARY[name]
        shutil.copy(DOCS / advice, inbox / f"doc-{n}-z.pdf")
        shutil.copy(DOCS / response, inbox / f"doc-{2 - n}-y.pdf")
        expected[f"doc-{n}-z"] = (f"doc-{n}-z.pdf", f"doc-{2 - n}-y.pdf")
    follow_up_letter(inbox / "doc-9.pdf")
    (inbox / "notes.docx").write_bytes(b"not a document Weerwoord reads")
    folder = make_library(tmp_path / "library", ["taskforce-air"], follow_up=False) / "taskforce-air"
    paths = [*sorted(inbox.glob("doc-*.pdf")), inbox / "notes.docx", folder]
    register = build(paths, data_dir=tmp_path / "data", workers=2)
    files = {
        e.folder.name: (Path(e.paths[e.summary.advice.sha256]).name, Path(e.paths[e.summary.response.sha256]).name)
        for e in register.loaded
    }
    assert files == {**expected, "taskforce-air": ("document-b.pdf", "document-a.pdf")}
    rsj = next(e for e in register.loaded if e.folder.name == "doc-0-z")
    assert [f.document.name for f in rsj.summary.follow_ups] == ["doc-9.pdf"]
    assert register.skipped == [("notes.docx", register.skipped[0][1])]
    assert "not a document" in register.skipped[0][1]


def test_each_document_is_read_once_and_its_first_pages_tell_what_they_told(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first pages (which file is the advice, the dates, the body) come from the reader's own pass, and tell
    what a separate read of them (:func:`library.head`) tells; a PDF is opened once."""
    from weerwoord.core.reading import opening
    from weerwoord.core.register import summary
    from weerwoord.core.register.dates import document_date
    from weerwoord.core.register.library import advisory_body, head, order_files, scan

    pairs, _problems = scan(library)
    loaded: list[str] = []
    real_load = opening.load_bytes
    monkeypatch.setattr(opening, "load_bytes", lambda p: loaded.append(Path(p).name) or real_load(p))
    monkeypatch.setattr("weerwoord.core.reading.reader.load_bytes", opening.load_bytes)
    monkeypatch.setattr(summary, "head", lambda p: pytest.fail(f"{p} read a second time"))
    for pair in pairs:
        loaded.clear()
        made = summary.analyse_folder(pair)
        assert sorted(loaded) == sorted(f.name for f in pair.files)  # each file once, follow-ups too
        read = {f: summary._read(f) for f in pair.files}
        ours = {f: summary._head(f, read[f]) for f in pair.files}
        theirs = {f: head(f) for f in pair.files}
        assert order_files(pair.files, ours) == order_files(pair.files, theirs)
        advice, response, _later = order_files(pair.files, theirs)
        for f, info in ((advice, made.advice), (response, made.response)):
            assert (info.date, info.date_text) == (
                document_date(theirs[f])[0],
                " ".join(document_date(theirs[f])[1].split()),
            )
        assert made.body == advisory_body(theirs[advice], theirs[response], made.advice.title)
