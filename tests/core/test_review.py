"""A review brought back: export, import into an empty data folder, export again gives the same notes; a second
import adds nothing; a colleague's highlight becomes a note; every annotation left out is reported."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.errors import DocumentError
from weerwoord.core.keeping.anchor import anchor_from_run
from weerwoord.core.keeping.store import Note, open_store
from weerwoord.core.model import Comparison
from weerwoord.core.publishing import review
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.xfdf import NS


def _key(n: Note) -> tuple[object, ...]:
    anchor = n.anchor.to_json() if n.anchor else None
    return (n.number, n.side, anchor, n.text, n.status, n.author, n.created, n.modified)


def _notes_of(xfdf: Path) -> list[ET.Element]:
    root = ET.parse(xfdf).getroot()
    return [el for el in root.iter() if el.get("title") not in (None, "Weerwoord")]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Comparison, list[Note]]:
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    reply = result.pairs[0].reply
    assert reply is not None
    start = reply.run.text.index("een meldpunt")
    anchor = anchor_from_run(reply.run, start, start + len("een meldpunt"), side="response")
    with open_store(str(tmp_path / "data")) as s:
        a, r = result.advice.sha256, result.response.sha256
        s.add_note(a, r, "Wie betaalt?\n\tRegel twee", number="1", anchor=anchor, status="question", author="els")
        s.add_note(a, r, "Eens met els", number="1", anchor=anchor, author="jan")  # a reply in her thread
        s.add_note(a, r, "Bij aanbeveling 2", number="2", author="jan")  # on the recommendation as a whole
        s.add_note(a, r, "", number="3", anchor=None, side="response", status="done", author="piet")
        notes = s.list_notes(a, r)
    return result, notes


def test_round_trip_is_exact_and_idempotent(pair: tuple[Comparison, list[Note]], tmp_path: Path) -> None:
    result, notes = pair
    first = export_all(result, notes, tmp_path / "one", only={"annotated"})
    xfdfs = [p for p in first if p.suffix == ".xfdf"]
    with open_store(str(tmp_path / "empty")) as s:
        for path in xfdfs:
            side = review.side_of(result, path, ET.parse(path).getroot()[0].get("href", ""))
            assert side is not None
            done = review.import_review(s, result, path, side)
            assert all(k.reason for k in done.skipped)  # Weerwoord's own marks, each with its reason
        back = s.list_notes(result.advice.sha256, result.response.sha256)
        assert sorted(map(_key, back)) == sorted(map(_key, notes))
        again = [review.import_review(s, result, p, review.side_of(result, p, p.stem) or "advice") for p in xfdfs]
        assert [a.added for a in again] == [[], []]  # a second import adds nothing
        assert len(s.list_notes(result.advice.sha256, result.response.sha256)) == len(notes)
    second = export_all(result, back, tmp_path / "two", only={"annotated"})
    for x, y in zip(xfdfs, [p for p in second if p.suffix == ".xfdf"], strict=True):
        left = [(el.tag, sorted(el.attrib.items()), "".join(el.itertext())) for el in _notes_of(x)]
        right = [(el.tag, sorted(el.attrib.items()), "".join(el.itertext())) for el in _notes_of(y)]
        assert left == right and left
    threads = [el for x in xfdfs for el in _notes_of(x) if el.get("inreplyto")]
    assert len(threads) == 1 and "Eens met els" in "".join(threads[0].itertext())


def test_a_colleagues_review(pair: tuple[Comparison, list[Note]], tmp_path: Path) -> None:
    result, _ = pair
    written = export_all(result, [], tmp_path / "out", only={"annotated"})
    ours = next(p for p in written if p.name == "kabinetsreactie.xfdf")
    root = ET.parse(ours).getroot()
    mark = next(el for el in root.iter(f"{{{NS}}}underline"))  # the words "neemt deze aanbeveling over"
    coords, rect = mark.get("coords"), mark.get("rect")
    xfdf = tmp_path / "review.xfdf"
    xfdf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>'
        f'<highlight page="0" rect="{rect}" coords="{coords}" title="Karin" name="k1" color="#ffff00"'
        ' creationdate="D:20250102030405Z"/>'
        f'<text page="0" rect="{rect}" title="Karin" name="k2" inreplyto="k1"><contents>Zie\u0085noot&#13;\nhier'
        "</contents></text>"
        f'<text page="7" rect="{rect}" title="Karin" name="k3"><contents>Verkeerde pagina</contents></text>'
        f'<ink page="0" rect="{rect}" title="Karin" name="k4"/>'
        "</annots></xfdf>",
        encoding="utf-8",
    )
    with open_store(str(tmp_path / "data2")) as s:
        done = review.import_review(s, result, xfdf, "response")
        assert [n.text for n in done.added] == ["", "Zienoot\nhier"]  # a plain highlight: a note without text
        highlight, reply = done.added
        assert highlight.anchor is not None and highlight.anchor.exact == "neemt deze aanbeveling over"
        assert highlight.number == "1" and highlight.created.startswith("2025-01-02T03:04:05")
        assert reply.anchor == highlight.anchor  # the reply joins its thread
        assert sorted((k.name, k.reason) for k in done.skipped) == [
            ("k3", "It is on page 8, which this document does not have."),
            ("k4", "An annotation of the kind ink holds no note."),
        ]
        assert review.import_review(s, result, xfdf, "response").added == []


def test_limits_have_plain_messages(pair: tuple[Comparison, list[Note]], tmp_path: Path) -> None:
    result, _ = pair
    big = tmp_path / "big.xfdf"
    with big.open("wb") as f:
        f.truncate(review.MAX_BYTES + 1)
    with open_store(str(tmp_path / "d")) as s, pytest.raises(DocumentError, match="too large for a review"):
        review.import_review(s, result, big, "response")
    many = tmp_path / "many.xfdf"
    items = "".join(f'<text page="0" rect="1,1,2,2" name="n{i}"/>' for i in range(review.MAX_ANNOTATIONS + 1))
    many.write_text(f'<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>{items}</annots></xfdf>')
    with pytest.raises(DocumentError, match="a review may hold at most 5000"):
        review.read_review(many)
    assert review.clean_text("a\x00b\tc\r\nd\x1b") == "ab\tc\nd"
