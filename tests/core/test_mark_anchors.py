"""Marks the reader added or removed, kept as text-quote anchors: they stay on the same words when a re-analysis
cuts the response otherwise; marks stored by reply id and offset are migrated, and one that no longer fits is
named and kept. Also sections merged by the reader (joins) and a colleague's cuts in a shared file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from weerwoord.core.analysis import compare as compare_module
from weerwoord.core.analysis.compare import analyse
from weerwoord.core.keeping import store
from weerwoord.core.keeping.anchor import anchor_from_run
from weerwoord.core.keeping.corrections import AddedMark, Corrections, RemovedMark, from_file, merge, to_file
from weerwoord.core.keeping.cuts import Flat, ReplyCut
from weerwoord.core.model import Comparison, Document, Pair, Reply, TextRun
from weerwoord.core.reading import reader
from weerwoord.paths import example_pair

# words of the third paragraph of the reply to 4, and the analysis's agreement mark in it
WORDS = "conventionele"


@pytest.fixture(scope="module")
def docs() -> tuple[Document, Document]:
    advice, response = example_pair()
    return reader.read_document(advice), reader.read_document(response)


def _by(result: Comparison) -> dict[str, Pair]:
    return {p.number: p for p in result.pairs}


def recut_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis cuts the response otherwise: every section renumbered, and the last paragraph of the reply
    to 3 moved to the start of the reply to 4 (so every offset in that reply shifts)."""
    real = compare_module.sections.find_replies

    def find_replies(response: Document) -> list[Reply]:
        out = real(response)
        three = next(i for i, r in enumerate(out) if r.text.startswith("De AIV spreekt zich uit"))
        r3, r4 = out[three], out[three + 1]
        cut = r3.run.text.rindex("\n\n")
        moved = r3.run.slice(cut, len(r3.run.text)).strip()
        out[three] = Reply(r3.id, r3.heading, r3.run.slice(0, cut).strip(), r3.heading_run, r3.numbers, r3.label)
        out[three + 1] = Reply(
            r4.id, r4.heading, TextRun.concat([moved, r4.run], sep="\n\n"), r4.heading_run, r4.numbers, r4.label
        )
        for i, r in enumerate(out):
            r.id = f"s{i + 40}"
        return out

    monkeypatch.setattr(compare_module.sections, "find_replies", find_replies)


def _marks(pair: Pair) -> list[tuple[str, str, bool]]:
    return [(m.category, m.text, m.manual) for m in pair.marks]


def test_marks_stay_on_their_words_when_the_response_is_cut_otherwise(
    docs: tuple[Document, Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    auto = _by(analyse(*docs))
    four = auto["4"]
    assert four.reply is not None
    run = four.reply.run
    start = run.text.index(WORDS)
    agreement = next(m for m in four.marks if m.category == "agreement")
    c = Corrections()
    c.added_marks.append(AddedMark("4", "disagreement", anchor_from_run(run, start, start + len(WORDS))))
    c.removed_marks.append(RemovedMark("4", "agreement", anchor_from_run(run, agreement.start, agreement.end)))
    first = _by(analyse(*docs, c))["4"]
    assert ("disagreement", WORDS, True) in _marks(first)
    assert not any(m.text == agreement.text and not m.manual for m in first.marks)

    recut_otherwise(monkeypatch)
    result = analyse(*docs, c)
    again = _by(result)["4"]
    assert again.reply is not None and again.reply.id.startswith("s") and again.reply.text != four.reply.text
    mine = next(m for m in again.marks if m.manual)
    assert again.reply.text[mine.start : mine.end] == WORDS and mine.start != start  # same words, other offsets
    assert mine.spans == first.marks[[m.manual for m in first.marks].index(True)].spans  # printed at the same place
    assert not any(m.text == agreement.text and not m.manual for m in again.marks)
    assert not any("no longer fit" in w for w in result.warnings)


def test_marks_stored_by_offset_are_migrated_and_one_that_no_longer_fits_is_named_and_kept(
    docs: tuple[Document, Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    auto = _by(analyse(*docs))
    four = auto["4"]
    assert four.reply is not None
    start = four.reply.text.index(WORDS)
    agreement = next(m for m in four.marks if m.category == "agreement")
    stored = {
        "added_marks": [
            {
                "number": "4",
                "reply_id": four.reply.id,
                "start": start,
                "end": start + len(WORDS),
                "category": "commitment",
            },
            {"number": "6", "reply_id": "r99", "start": 0, "end": 10, "category": "agreement"},  # a section gone
        ],
        "removed_marks": [{"number": "4", "start": agreement.start, "end": agreement.end, "category": "agreement"}],
    }
    c = Corrections.from_json(json.loads(json.dumps(stored)))
    assert all(m.anchor is None for m in c.added_marks + c.removed_marks)  # type: ignore[operator]
    result = analyse(*docs, c)
    assert c.migrated
    four_now = _by(result)["4"]
    assert ("commitment", WORDS, True) in _marks(four_now)
    assert not any(m.text == agreement.text and not m.manual for m in four_now.marks)
    assert [w for w in result.warnings if "no longer fit" in w] == [
        "1 correction no longer fits: a mark you added to the reply to recommendation 6, whose section has changed."
    ]
    data = c.to_json()
    assert data["added_marks"][0]["anchor"]["exact"] == WORDS and "reply_id" not in data["added_marks"][0]
    assert data["removed_marks"][0]["anchor"]["exact"] == agreement.text
    assert data["added_marks"][1] == stored["added_marks"][1]  # not lost: kept as it was
    # migrated, they hold when the sections are cut and numbered otherwise
    recut_otherwise(monkeypatch)
    again = Corrections.from_json(json.loads(json.dumps(data)))
    later = _by(analyse(*docs, again))["4"]
    assert ("commitment", WORDS, True) in _marks(later)
    assert not any(m.text == agreement.text and not m.manual for m in later.marks)
    assert not again.migrated  # nothing left to migrate that fits


def test_a_mark_whose_words_left_the_reply_is_named(docs: tuple[Document, Document]) -> None:
    auto = _by(analyse(*docs))
    five = auto["5"].reply
    assert five is not None
    words = five.text.split()[:6]
    c = Corrections()
    c.added_marks.append(AddedMark("4", "agreement", anchor_from_run(five.run, 0, len(" ".join(words)))))
    result = analyse(*docs, c)
    fits = [w for w in result.warnings if "no longer fit" in w]
    assert len(fits) == 1 and "recommendation 4 (“" + " ".join(words) in fits[0]
    assert not any(m.manual for m in _by(result)["4"].marks)


def test_sections_merged_by_the_reader_are_one_section(docs: tuple[Document, Document]) -> None:
    """Two sections that answer nothing become one, with the first's id (a link to it holds), over a re-analysis."""
    auto = _by(analyse(*docs))
    flat = Flat(docs[1])
    r5, r6 = (flat.range_of(auto[n].reply.run) for n in ("5", "6"))  # type: ignore[union-attr]
    assert r5 and r6
    c = Corrections(links={"5": None, "6": None})
    c.joins.append(flat.anchor(r5[0], r6[1]))
    result = analyse(*docs, c)
    joined = [r for r in result.unmatched_replies if r.id == auto["5"].reply.id]  # type: ignore[union-attr]
    assert len(joined) == 1 and len(result.unmatched_replies) == 1
    assert joined[0].heading == auto["5"].reply.heading  # type: ignore[union-attr]
    squash = " ".join(joined[0].text.split())
    assert squash.startswith(" ".join(auto["5"].reply.text.split()[:10]))  # type: ignore[union-attr]
    assert squash.endswith(" ".join(auto["6"].reply.text.split()[-10:]))  # type: ignore[union-attr]
    # linked by the reader afterwards, the reply is the merged text
    c.links["5"] = joined[0].id
    five = _by(analyse(*docs, c))["5"]
    assert five.reply is not None and five.reply.text == joined[0].text and five.verdict != "unanswered"
    back = Corrections.from_json(json.loads(json.dumps(c.to_json())))
    assert back == c and back.joins == c.joins


def test_a_shared_file_carries_marks_cuts_splits_and_joins(docs: tuple[Document, Document]) -> None:
    auto = _by(analyse(*docs))
    flat = Flat(docs[1])
    run = auto["4"].reply.run  # type: ignore[union-attr]
    start = run.text.index(WORDS)
    theirs = Corrections(links={"3": "r2"})
    theirs.added_marks.append(AddedMark("4", "reservation", anchor_from_run(run, start, start + len(WORDS))))
    theirs.reply_cuts.append(ReplyCut("3", flat.anchor(10, 200)))
    theirs.splits.append(flat.split_anchor(300))
    theirs.joins.append(flat.anchor(400, 900))
    data = json.loads(json.dumps(to_file(theirs, "a" * 64, "b" * 64, ("advies.pdf", "reactie.pdf"))))
    read, shas = from_file(data)
    assert read.to_json() == theirs.to_json() and shas == ("a" * 64, "b" * 64)
    mine = Corrections(links={"1": None, "3": "r5"}, verdicts={"2": ("noted", "")})
    merged = merge(mine, read)
    assert merged.links == {"1": None}  # their cut of 3 is their last word on it
    assert merged.verdicts == mine.verdicts
    assert merged.reply_cuts == theirs.reply_cuts and merged.splits == theirs.splits and merged.joins == theirs.joins
    assert [m.to_json() for m in merged.added_marks] == [m.to_json() for m in theirs.added_marks]


def test_migrated_corrections_are_stored_in_the_same_version(tmp_path: Path) -> None:
    advice, response = example_pair()
    shas = reader.sha256_of(advice), reader.sha256_of(response)
    with store.open_store(tmp_path) as s:
        assert not s.replace_corrections(*shas, Corrections())  # nothing stored: nothing replaced
        s.save_corrections(*shas, Corrections(links={"1": None}))
        s.save_corrections(*shas, Corrections(links={"2": None}))
        assert s.replace_corrections(*shas, Corrections(links={"3": None}))
        assert s.load_corrections(*shas).links == {"3": None}
        undone: Any = s.undo_corrections(*shas)
        assert undone.links == {"1": None}  # one step back is the version before, as it was
