"""Replies cut by the reader as text-quote anchors: applied by the core, found again after a re-analysis, and a
correction that no longer fits named instead of dropped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from weerwoord.core.analysis import compare as compare_module
from weerwoord.core.analysis.compare import analyse
from weerwoord.core.keeping import store
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.keeping.cuts import Flat, ReplyCut
from weerwoord.core.model import Comparison, Document
from weerwoord.core.reading import reader
from weerwoord.paths import example_pair

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def docs() -> tuple[Document, Document]:
    advice, response = example_pair()
    return reader.read_document(advice), reader.read_document(response)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _passage(result: Comparison, flat: Flat) -> tuple[int, int]:
    """The last paragraph of the reply to 2 and the first of the reply to 3, in the response's whole text."""
    by = {p.number: p for p in result.pairs}
    r2, r3 = flat.range_of(by["2"].reply.run), flat.range_of(by["3"].reply.run)  # type: ignore[union-attr]
    assert r2 is not None and r3 is not None and r2[1] < r3[0]
    start = flat.text.rindex("\n\n", r2[0], r2[1]) + 2
    end = flat.text.index("\n\n", r3[0], r3[1])
    return start, end


def test_a_cut_reply_is_exactly_the_passage_and_takes_it_from_its_neighbours(docs: tuple[Document, Document]) -> None:
    auto = analyse(*docs)
    flat = Flat(docs[1])
    start, end = _passage(auto, flat)
    before = {p.number: p for p in auto.pairs}
    c = Corrections()
    c.reply_cuts.append(ReplyCut("3", flat.anchor(start, end)))
    result = analyse(*docs, Corrections.from_json(json.loads(json.dumps(c.to_json()))))
    by = {p.number: p for p in result.pairs}
    three = by["3"]
    assert three.reply is not None and three.reply.id == "cut-3" and three.link == "manual"
    assert _squash(three.reply.text) == _squash(flat.text[start:end])
    assert three.reply.text.startswith("Nederland en de NAVO-bondgenoten blijven sterk")
    # the passage runs over a page break: its rectangles are those of its own words on both pages
    assert three.reply.run.pages == sorted({p.page for p in flat.run.slice(start, end).pieces})
    assert three.reply.run.pages == [4, 5] and [s.page for s in three.reply.all_spans()] == [4, 5]
    # the reply to 2 lost its last paragraph; what was left of the section of 3 is a section of its own
    two = by["2"]
    assert two.reply is not None and two.reply.id == before["2"].reply.id  # type: ignore[union-attr]
    assert "Nederland en de NAVO-bondgenoten blijven" not in two.reply.text
    assert two.reply.text == before["2"].reply.text.rsplit("\n\n", 1)[0]  # type: ignore[union-attr]
    rest = next(r for r in result.unmatched_replies if r.id == before["3"].reply.id)  # type: ignore[union-attr]
    assert rest.text.startswith("Het kabinet blijft zich inzetten voor algehele")
    # marks and verdicts recomputed on the new texts: every mark lies in its reply's text
    for pair in (two, three):
        assert pair.reply is not None
        for m in pair.marks:
            assert pair.reply.text[m.start : m.end] == m.text
    gone = "blijft zich inzetten voor algehele kernontwapening"  # in the section of 3's second paragraph
    assert any(m.text == gone for m in before["3"].marks) and not any(m.text == gone for m in three.marks)
    assert any(m.text == "onderschrijft het belang van dialoog met Rusland" for m in three.marks)
    assert not result.warnings or "no longer fit" not in " ".join(result.warnings)


def test_a_cut_survives_a_re_analysis_that_numbers_the_sections_otherwise(
    docs: tuple[Document, Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    auto = analyse(*docs)
    flat = Flat(docs[1])
    start, end = _passage(auto, flat)
    c = Corrections()
    c.reply_cuts.append(ReplyCut("3", flat.anchor(start, end)))
    c.links["5"] = None  # an old correction by id still holds beside it
    first = analyse(*docs, c)
    real = compare_module.sections.find_replies

    def renumbered(response: Document) -> list:  # type: ignore[type-arg]
        out = real(response)
        for i, r in enumerate(out):
            r.id = f"s{i + 40}"
        return out

    monkeypatch.setattr(compare_module.sections, "find_replies", renumbered)
    again = analyse(*docs, c)
    a, b = ({p.number: p for p in r.pairs} for r in (first, again))
    assert a["3"].reply.text == b["3"].reply.text  # type: ignore[union-attr]
    assert a["3"].verdict == b["3"].verdict and [m.text for m in a["3"].marks] == [m.text for m in b["3"].marks]
    assert b["5"].reply is None and b["5"].link == "manual"
    assert not any("no longer fit" in w for w in again.warnings)


def test_split_extend_and_merge_are_cuts_and_splits(docs: tuple[Document, Document]) -> None:
    auto = analyse(*docs)
    flat = Flat(docs[1])
    by = {p.number: p for p in auto.pairs}
    r4 = flat.range_of(by["4"].reply.run)  # type: ignore[union-attr]
    r5 = flat.range_of(by["5"].reply.run)  # type: ignore[union-attr]
    assert r4 and r5
    # split the section of 4 at its second paragraph: the part after is a section of its own, unlinked
    at = flat.text.index("\n\n", *r4) + 2
    c = Corrections()
    c.splits.append(flat.split_anchor(at))
    split = analyse(*docs, c)
    four = next(p for p in split.pairs if p.number == "4")
    assert four.reply is not None and four.reply.id == by["4"].reply.id  # type: ignore[union-attr]
    assert "\n\n" not in four.reply.text
    second = next(r for r in split.unmatched_replies if r.id == f"{four.reply.id}b")
    assert _squash(second.text) == _squash(flat.text[at : r4[1]])
    # merge the sections of 4 and 5 into the reply to 4: a cut over both
    c = Corrections()
    c.reply_cuts.append(ReplyCut("4", flat.anchor(r4[0], r5[1])))
    merged = {p.number: p for p in analyse(*docs, c).pairs}
    assert merged["4"].reply.heading == by["4"].reply.heading  # type: ignore[union-attr]  # it took the heading
    assert by["5"].reply.text[-40:] in merged["4"].reply.text  # type: ignore[union-attr]
    assert merged["5"].reply is None and merged["5"].verdict == "unanswered"


def test_a_correction_whose_section_is_gone_is_named_and_kept(tmp_path: Path) -> None:
    """A stored correction by reply id whose section no longer exists: the CLI names it, the store keeps it."""
    advice, response = example_pair()
    shas = reader.sha256_of(advice), reader.sha256_of(response)
    c = Corrections()
    c.links["2"] = "r99"  # made on an analysis that had a section r99
    c.verdicts["1"] = ("partly", "mine")
    kept = store.open_store(tmp_path)
    kept.save_corrections(*shas, c)
    kept.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "weerwoord.cli", "compare", str(advice), str(response), "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    fits = [w for w in printed["warnings"] if "no longer fit" in w]
    assert fits == [
        "1 correction no longer fits: the link of recommendation 2 to a section that is no longer there (r99)."
    ]
    two = next(p for p in printed["pairs"] if p["number"] == "2")
    assert two["reply"] is not None and two["link"] != "manual"  # the analysis's own link stands meanwhile
    one = next(p for p in printed["pairs"] if p["number"] == "1")
    assert one["verdict"] == "partly"
    assert store.load_corrections(tmp_path, *shas).links == {"2": "r99"}  # not dropped
