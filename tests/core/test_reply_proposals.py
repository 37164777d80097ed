"""Cut the other replies like this one: from one reply the reader cut, the others that start the same way, each
from its own heading (or after it, or beside it in a table row) to the next; none that is already so."""

from __future__ import annotations

from pathlib import Path

import pytest

from weerwoord.core.analysis.compare import analyse
from weerwoord.core.keeping.cuts import Flat
from weerwoord.core.keeping.reply_proposals import propose
from weerwoord.core.model import Comparison, Document
from weerwoord.core.reading import reader

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _read(name: str) -> tuple[Document, Document, Comparison]:
    advice, response = (reader.read_document(DOCS / f"{name}_{side}.pdf") for side in ("advice", "response"))
    return advice, response, analyse(advice, response)


@pytest.fixture(scope="module")
def headed() -> tuple[Document, Document, Comparison]:
    return _read("blind2_en_negation_traps")  # 'Recommendation N: title' headings, each over its reply


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_replies_that_start_with_a_heading_like_the_one_cut(headed: tuple[Document, Document, Comparison]) -> None:
    _advice, response, result = headed
    flat = Flat(response)
    recs = {p.number: p.recommendation.text for p in result.pairs}
    start, end = flat.text.index("Recommendation 1:"), flat.text.index("Recommendation 2:") - 2
    found = propose(response, recs, [("1", start, end)], {})
    assert [p.number for p in found] == [str(n) for n in range(2, 10)]
    replies = {p.number: p.reply for p in result.pairs}
    for p in found:  # the heading and the analysis's reply under it, exactly
        reply = replies[p.number]
        assert reply is not None
        assert _squash(p.text) == _squash(f"{reply.heading_run.text} {reply.text}")  # type: ignore[union-attr]
        assert _squash(flat.text[slice(*flat.find(p.anchor))]) == _squash(p.text)  # type: ignore[misc]
        assert p.page == reply.page and p.rects
    assert "a heading in bold 12 pt “Recommendation 2: Recycled content …”" in found[0].why
    # cut after the heading (the body only): the others are proposed without theirs
    body = flat.text.index("The Government does not reject")
    after = propose(response, recs, [("1", body, end)], {})
    assert [_squash(p.text) for p in after] == [_squash(replies[p.number].text) for p in after]  # type: ignore[union-attr]
    assert "after a heading in bold 12 pt" in after[0].why
    # what the analysis already cut so is not proposed; nor a number the reader cut
    now = {n: flat.range_of(r.run) for n, r in replies.items() if r is not None}
    assert [p.number for p in propose(response, recs, [("1", body, end)], now)] == []
    two = flat.range_of(replies["2"].run)  # type: ignore[union-attr]
    assert two is not None
    both = propose(response, recs, [("1", body, end), ("2", *two)], {})
    assert [p.number for p in both] == [str(n) for n in range(3, 10)]
    assert "the replies you cut to 1, 2" in both[0].why


def test_a_cut_that_starts_with_plain_text_after_plain_text_proposes_nothing(
    headed: tuple[Document, Document, Comparison],
) -> None:
    _advice, response, result = headed
    flat = Flat(response)
    recs = {p.number: p.recommendation.text for p in result.pairs}
    middle = flat.text.index("Regulations will")  # a sentence inside a paragraph: nothing names a recommendation
    assert propose(response, recs, [("2", middle, middle + 200)], {}) == []


def test_replies_beside_their_recommendation_in_a_table_row() -> None:
    _advice, response, result = _read("blind10_en_au_committee")
    flat = Flat(response)
    recs = {p.number: p.recommendation.text for p in result.pairs}
    replies = {p.number: p.reply for p in result.pairs}
    five = flat.range_of(replies["5"].run)  # type: ignore[union-attr]
    assert five is not None
    found = propose(response, recs, [("5", *five)], {})
    assert {p.number for p in found} == set(recs) - {"5"}
    for p in found:  # the response's cell of the row (a cut is one passage: of a row broken over a page, its
        reply = _squash(replies[p.number].text)  # type: ignore[union-attr]  # first part, the cell beside between)
        assert reply == _squash(p.text) or (p.number == "2" and reply.startswith(_squash(p.text)))
        assert "in a table row" in p.why
