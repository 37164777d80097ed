"""The reader's corrections: stored per pair of documents, applied by the core, printed by the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.keeping import store
from weerwoord.core.keeping.anchor import Anchor, anchor_from_run
from weerwoord.core.keeping.corrections import AddedMark, AddedRecommendation, Corrections, RemovedMark
from weerwoord.core.reading import reader
from weerwoord.paths import example_pair

ROOT = Path(__file__).resolve().parents[2]


def _hashes() -> tuple[str, str]:
    advice, response = example_pair()
    return reader.sha256_of(advice), reader.sha256_of(response)


def test_corrections_apply_in_order_and_the_reader_has_the_last_word() -> None:
    advice, response = example_pair()
    auto = {p.number: p for p in compare(advice, response).pairs}
    reply_of_4 = auto["4"].reply
    assert reply_of_4 is not None
    mark = auto["2"].marks[0]
    c = Corrections()
    c.links["3"] = None  # "no reply"
    c.links["5"] = reply_of_4.id  # another section
    c.verdicts["1"] = ("partly", "Only the UN route is taken up.")
    c.removed_marks.append(RemovedMark("2", mark.category, anchor_from_run(auto["2"].reply.run, mark.start, mark.end)))  # type: ignore[union-attr]
    c.added_marks.append(AddedMark("7", "disagreement", anchor_from_run(auto["7"].reply.run, 0, 20)))  # type: ignore[union-attr]
    c.added_recommendations.append(
        AddedRecommendation("11", "Publish a yearly progress report.", 3, [(72, 100, 300, 112)])
    )
    result = compare(advice, response, corrections=c)
    by = {p.number: p for p in result.pairs}
    assert by["1"].verdict == "partly" and by["1"].verdict_manual and by["1"].reason == "Only the UN route is taken up."
    assert by["3"].reply is None and by["3"].verdict == "unanswered" and by["3"].link == "manual"
    assert by["5"].reply is not None and by["5"].reply.id == reply_of_4.id and by["5"].link == "manual"
    assert all((m.start, m.category) != (mark.start, mark.category) for m in by["2"].marks)
    assert any(m.manual and m.category == "disagreement" for m in by["7"].marks)
    assert by["7"].verdict == "partly"  # the verdict is weighed again with the reader's mark
    assert by["11"].recommendation.manual and by["11"].verdict == "unanswered"
    assert [p.number for p in result.pairs][-1] == "11"
    # the section of no. 3 answers nothing now
    assert any(r.id == auto["3"].reply.id for r in result.unmatched_replies)  # type: ignore[union-attr]


def test_compare_with_data_dir_prints_what_the_window_shows(tmp_path: Path) -> None:
    advice, response = example_pair()
    a_sha, r_sha = _hashes()
    c = Corrections()
    c.verdicts["2"] = ("disagrees", "Read as a refusal.")
    with store.open_store(tmp_path) as s:
        s.save_corrections(a_sha, r_sha, c)
    out = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(advice), str(response), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    pairs = {p["number"]: p for p in json.loads(out.stdout)["pairs"]}
    assert pairs["2"]["verdict"] == "disagrees" and pairs["2"]["reason"] == "Read as a refusal."
    plain = subprocess.run(
        [sys.executable, "-m", "weerwoord", "compare", str(advice), str(response)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
        env={k: v for k, v in __import__("os").environ.items() if k != "WEERWOORD_DATA_DIR"},
    )
    assert {p["number"]: p for p in json.loads(plain.stdout)["pairs"]}["2"]["verdict"] == "agrees"


def test_corrections_round_trip_as_json() -> None:
    c = Corrections()
    c.links["1"] = "r3"
    c.links["2"] = None
    c.verdicts["3"] = ("noted", "")
    c.added_marks.append(AddedMark("1", "commitment", Anchor("neemt", "Het kabinet ", " deze", side="response")))
    c.added_marks.append(AddedMark("1", "commitment", None, "r3", 5, 9))  # as stored before anchors
    c.removed_marks.append(RemovedMark("1", "agreement", None, 0, 4))
    c.added_recommendations.append(AddedRecommendation("4a", "Do it.", 2, [(1.0, 2.0, 3.0, 4.0)]))
    back = Corrections.from_json(json.loads(json.dumps(c.to_json())))
    assert back.to_json() == c.to_json()
