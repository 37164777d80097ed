"""Forms met first in blind round 46, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match).

An omgevingsdienst's advice whose dashed points follow "Op grond van deze conclusies adviseren wij het college:"
and whose last recommendation stands in a sentence after them ("Tot slot bevelen wij aan …"); an inspectorate's
enforceability test whose codes (H1 … F2) stand in the margin beside the middle of each two-line recommendation.
"""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.structure import recommending_sentences_in
from weerwoord.core.reading.reader import read_document

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_points_after_we_advise_in_the_plural_and_a_closing_sentence_are_the_recommendations() -> None:
    assert recommending_sentences_in("Tot slot bevelen wij aan de klachten centraal te registreren.")
    assert recommending_sentences_in("Wij bevelen aan de klachten centraal te registreren.")
    # (a question to the reader is none: "Bevelen wij dit aan?" asks nothing of anyone)
    assert not recommending_sentences_in("Bevelen wij dit aan? Dat hangt af van de kosten.")
    name = "blind46_nl_geur"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7
    assert texts[0].startswith("het bedrijf een last onder dwangsom op te leggen")
    assert texts[-1].startswith("Tot slot bevelen wij aan geurklachten voortaan centraal")
    # (the conclusions C1–C3 before "5 Advies" are none of them)
    assert not any(t.startswith("De geurbelasting bij de woningen") for t in texts)


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


def test_paragraphs_numbered_under_a_lead_in_that_says_who_must_act_are_its_points() -> None:
    """A Public Protector's remedial action: "7.1 The Municipal Manager … must:" over paragraphs "7.1.1 Within 30
    working days …, provide …", then "7.2 The Executive Mayor … must:" over "7.2.1" and "7.2.2"; the findings
    "6.1.1 The allegation … is substantiated." and the monitoring "8.1" are none of them."""
    name = "blind46_en_remedial"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == ["7.1.1", "7.1.2", "7.1.3", "7.2.1", "7.2.2", "7.3.1"]
    assert result.pairs[0].recommendation.text.startswith("Within 30 working days from the date of this report")
    assert result.pairs[0].reply is not None
