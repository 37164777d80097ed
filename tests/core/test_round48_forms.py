"""Forms met first in blind round 48, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading.reader import read_document

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_list_number_beside_the_second_line_of_its_point_labels_the_point() -> None:
    """A research ethics committee's letter laid out by LibreOffice from HTML: each request's number stands beside
    its second line ("Please revise the PIS to state clearly that taking part, or declining to take" / "1. part,
    will not affect …"), or alone between its lines ("4."); a paragraph closed by its tag "(R1)" and a heading
    are no point's first line."""
    name = "blind48_en_rec"
    advice = read_document(DOCS / f"{name}_advice.pdf")
    points = {b.label: b.text for b in advice.blocks if b.kind == "item" and b.label[:1].isdigit()}
    assert list(points)[:7] == [f"{n}." for n in range(1, 8)]
    assert points["1."].endswith("declining to take part, will not affect the participant's usual care.")
    assert points["5."].endswith("recruited at Ysbyty Glan Tywi.")
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    equality = read_document(DOCS / "blind43_en_equality_advice.pdf")
    assert any(b.text.rstrip().endswith("(R1)") and not b.label for b in equality.blocks)
