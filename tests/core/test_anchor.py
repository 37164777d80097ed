"""Note anchors found again in revised PDFs: moved, reworded around, changed inside, deleted (orphaned)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.core.test_export_fixtures import build_comparison, make_pair_files, run_for, sha, write_pdf
from weerwoord.core.keeping.anchor import Anchor, anchor_from_run, make_anchor, resolve
from weerwoord.core.keeping.store import open_store
from weerwoord.core.publishing.export import export_all
from weerwoord.core.publishing.export_pdf import PageText, page_texts

PASSAGE = "het meldpunt wordt ondergebracht bij het NCSC"
FILLER = [(11, f"Dit is opvulregel nummer {i} over een ander onderwerp dan het meldpunt.") for i in range(40)]

ORIGINAL = [
    [
        (14, "Kabinetsreactie"),
        (11, "Het kabinet neemt de aanbeveling over. Vanaf 2025 geldt dat"),
        (11, "het meldpunt wordt ondergebracht bij het NCSC en dat gemeenten"),
        (11, "daar incidenten kunnen melden."),
    ],
    [(11, "Bijlage: overzicht van maatregelen.")],
]
# the passage now stands on page 2, wrapped differently, with other words around it
MOVED = [
    [(14, "Kabinetsreactie (herziene versie)"), *FILLER],
    [
        (11, "Na overleg met de VNG is besloten: vanaf 1 juli 2025 geldt dat het meldpunt"),
        (11, "wordt ondergebracht bij het NCSC, zodat ook provincies kunnen melden."),
        (11, "Bijlage: overzicht van maatregelen."),
    ],
]
# words inside the passage changed a little
REWORDED = [
    [
        (14, "Kabinetsreactie"),
        (11, "Het kabinet neemt de aanbeveling over. Vanaf 2025 geldt dat"),
        (11, "het meldpunt zal worden ondergebracht bij het NCSC en dat gemeenten"),
        (11, "daar incidenten kunnen melden."),
    ],
    [(11, "Bijlage: overzicht van maatregelen.")],
]
DELETED = [
    [
        (14, "Kabinetsreactie"),
        (11, "Het kabinet neemt de aanbeveling over. Gemeenten kunnen incidenten"),
        (11, "voortaan rechtstreeks bij de politie melden."),
    ],
    [(11, "Bijlage: overzicht van maatregelen.")],
]


def _texts(path: Path) -> list[PageText]:
    doc = pymupdf.open(path)
    texts = page_texts(doc)
    doc.close()
    return texts


def _anchor(tmp_path: Path) -> tuple[Anchor, list[PageText]]:
    texts = _texts(write_pdf(tmp_path / "original.pdf", ORIGINAL))
    start = texts[0].text.index("het meldpunt wordt")
    anchor = make_anchor(texts[0].text, 1, start, start + len(PASSAGE), side="response")
    assert anchor.exact == PASSAGE
    assert "geldt dat" in anchor.prefix and anchor.suffix.startswith(" en dat")
    return anchor, texts


def _words_at(path: Path, texts: list[PageText], page: int, start: int, end: int) -> str:
    doc = pymupdf.open(path)
    words = " ".join(doc[page - 1].get_textbox(pymupdf.Rect(r)).strip() for r in texts[page - 1].rects(start, end))
    doc.close()
    return " ".join(words.split())


def test_same_document_resolves_in_place(tmp_path: Path) -> None:
    anchor, texts = _anchor(tmp_path)
    pos = resolve(anchor, [t.text for t in texts])
    assert pos is not None and (pos.page, pos.start, pos.end, pos.how) == (
        1,
        anchor.start,
        anchor.end,
        "exact",
    )


def test_moved_to_another_page_with_new_words_around(tmp_path: Path) -> None:
    anchor, _ = _anchor(tmp_path)
    path = write_pdf(tmp_path / "moved.pdf", MOVED)
    texts = _texts(path)
    assert PASSAGE not in texts[1].text  # a line break now runs through it
    pos = resolve(anchor, [t.text for t in texts])
    assert pos is not None and pos.page == 2 and pos.how == "moved"
    assert " ".join(texts[1].text[pos.start : pos.end].split()) == PASSAGE
    # the rectangles of the found passage cover exactly its words, over two lines
    assert len(texts[1].rects(pos.start, pos.end)) == 2
    assert _words_at(path, texts, 2, pos.start, pos.end) == "het meldpunt wordt ondergebracht bij het NCSC,"


def test_changed_inside_is_found_fuzzily(tmp_path: Path) -> None:
    anchor, _ = _anchor(tmp_path)
    texts = _texts(write_pdf(tmp_path / "reworded.pdf", REWORDED))
    pos = resolve(anchor, [t.text for t in texts])
    assert pos is not None and pos.how == "fuzzy" and pos.page == 1
    found = texts[0].text[pos.start : pos.end]
    assert found.startswith("het meldpunt") and found.endswith("NCSC")
    assert pos.score >= 82


def test_deleted_passage_is_orphaned(tmp_path: Path) -> None:
    anchor, _ = _anchor(tmp_path)
    texts = _texts(write_pdf(tmp_path / "deleted.pdf", DELETED))
    assert resolve(anchor, [t.text for t in texts]) is None


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    pages = [
        "Inleiding. Het kabinet neemt deze aanbeveling over, zoals eerder gemeld.",
        "Aanbeveling 4. Het kabinet neemt deze aanbeveling over en trekt er geld voor uit.",
    ]
    start = pages[1].index("neemt deze")
    anchor = make_anchor(pages[1], 2, start, start + len("neemt deze aanbeveling over"))
    revised = ["Voorwoord.", *pages]  # a page was inserted before both
    pos = resolve(anchor, revised)
    assert pos is not None and pos.page == 3
    assert revised[2][pos.end :].startswith(" en trekt")


def test_short_quotes_are_never_guessed() -> None:
    text = "Het kabinet is het eens."
    anchor = make_anchor(text, 1, text.index("eens"), len(text))
    assert anchor.exact == "eens."
    assert resolve(anchor, ["Het kabinet is het oneens met de raad."]) is None


def test_json_round_trip_and_runs(tmp_path: Path) -> None:
    _, response = make_pair_files(tmp_path)
    doc = pymupdf.open(response)
    run = run_for(doc, "Het kabinet deelt de analyse, maar heeft bedenkingen bij structurele")
    doc.close()
    start = run.text.index("deelt")
    anchor = anchor_from_run(run, start, start + len("deelt de analyse"), side="response")
    assert anchor.page == 1 and anchor.rect is not None and anchor.exact == "deelt de analyse"
    assert Anchor.from_json(anchor.to_json()) == Anchor(
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
        anchor.page,
        anchor.start,
        anchor.end,
        tuple(round(v, 2) for v in anchor.rect),  # type: ignore[arg-type]
        "response",
    )
    # an anchor made on a run resolves in the page text of the PDF
    pos = resolve(anchor, [t.text for t in _texts(response)])
    assert pos is not None and pos.page == 1


@pytest.mark.parametrize("revision", ["moved", "deleted"])
def test_export_places_or_orphans_old_notes(tmp_path: Path, revision: str) -> None:
    """A note made on an earlier version, exported with the revised response."""
    advice, response = make_pair_files(tmp_path / "in")
    result = build_comparison(advice, response)
    anchor, _ = _anchor(tmp_path)
    revised = write_pdf(tmp_path / "in" / "herzien.pdf", MOVED if revision == "moved" else DELETED)
    result.response.path = str(revised)
    result.response.sha256 = sha(revised)  # the revised version is the one "analysed"
    result.pairs = []
    result.unmatched_replies = []
    with open_store(str(tmp_path / "data")) as s:
        s.add_note("old-a", "old-r", "Navragen bij NCSC", number="1", anchor=anchor, author="els")
        notes = s.list_notes("old-a", "old-r")
    export_all(result, notes, tmp_path / "out")
    doc = pymupdf.open(tmp_path / "out" / "herzien.annotated.pdf")
    found = [(p.number, a.info, a.type[1]) for p in doc for a in p.annots() if a.info["title"] == "els"]
    doc.close()
    assert len(found) == 1
    page, info, kind = found[0]
    assert info["content"] == "Navragen bij NCSC"  # the note's own text; being orphaned is said in its subject
    if revision == "moved":
        assert page == 1 and kind == "Highlight" and "no longer" not in info["subject"]
    else:
        assert kind == "Text" and "its passage is no longer in this document" in info["subject"]
