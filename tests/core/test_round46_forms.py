"""Forms met first in blind round 46, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match).

An omgevingsdienst's advice whose dashed points follow "Op grond van deze conclusies adviseren wij het college:"
and whose last recommendation stands in a sentence after them ("Tot slot bevelen wij aan …"); an inspectorate's
enforceability test whose codes (H1 … F2) stand in the margin beside the middle of each two-line recommendation.
"""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading.reader import read_document

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_code_in_the_margin_beside_the_middle_of_its_point_labels_the_whole_point() -> None:
    name = "blind46_nl_huftoets"
    advice = read_document(DOCS / f"{name}_advice.pdf")
    points = {b.label: b.text for b in advice.blocks if b.kind == "item"}
    assert list(points) == ["H1", "H2", "U1", "U2", "F1", "F2"]
    assert points["U1"].startswith("Laat de verplichtingen van artikel 76b niet eerder in werking treden dan twaalf")
    assert points["U1"].endswith("met de technische eisen.")
    # (a paragraph's code cited in the running text is no label: "Met de aanpassingen H1 en H2 …")
    assert any(b.text.startswith("Met de aanpassingen H1 en H2") and not b.label for b in advice.blocks)
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == ["H1", "H2", "U1", "U2", "F1", "F2"]
