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


def test_the_lists_of_two_chapters_each_numbered_by_a_code_series_of_its_own_are_one_set() -> None:
    """A street-naming committee: "3 Advies per locatie" with N1–N5 (explanations indented between them), then "4
    Overige adviezen" with O1 and O2; a summary "Advies in het kort" repeats the codes in a few words. The
    collegevoorstel answers "1.1 De ontsluitingsweg krijgt de naam Tichelwerkerslaan, zoals de commissie
    adviseert."."""
    from weerwoord.core.analysis.gathering import code_series
    from weerwoord.core.analysis.structure import _Candidate
    from weerwoord.core.model import Block, TextRun

    def items(*numbers: str, at: int = 0) -> list[_Candidate]:
        return [_Candidate(n, [Block("item", TextRun(n, ()))], at + k) for k, n in enumerate(numbers)]

    assert [c.number for c in code_series([items("O1", "O2", at=20), items("N1", "N2")])] == ["N1", "N2", "O1", "O2"]
    # (one list, or a series that does not start at 1, is no such set)
    assert code_series([items("N1", "N2")]) == []
    assert code_series([items("N1", "N2"), items("O3", "O4", at=20)]) == []
    name = "blind48_nl_straatnaam"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == ["N1", "N2", "N3", "N4", "N5", "O1", "O2"]
    assert result.pairs[0].recommendation.text.startswith("Geef de nieuwe ontsluitingsweg")
    assert result.pairs[0].verdict == "agrees"


def test_a_bold_question_or_imperative_in_a_paragraph_asks_as_a_bold_should_does() -> None:
    """A Flemish advisory council sets what it asks in bold inside its paragraphs: "VARIO beveelt aan …", "**Waarom
    legt de Vlaamse Regering geen maximale beslissingstermijn van zestig dagen vast in het besluit?**", "**Monitor
    de effecten van de hervorming jaarlijks …**"."""
    from weerwoord.core.analysis.emphasis import _asks

    assert _asks("Waarom legt de Vlaamse Regering geen beslissingstermijn van zestig dagen vast?")
    assert _asks("Monitor de effecten van de hervorming jaarlijks en publiceer de resultaten.")
    assert not _asks("De doorlooptijd steeg in drie jaar van 71 naar 97 dagen.")
    name = "blind48_nl_vario"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert any(t.startswith("Waarom legt de Vlaamse Regering geen maximale beslissingstermijn") for t in texts)
    assert any(t.startswith("Monitor de effecten van de hervorming jaarlijks") for t in texts)


def test_a_command_with_an_adverb_after_its_verb_is_no_conclusion() -> None:
    """An advisory council's eight numbered advices, the last "Besluit pas over een grootschalige toepassing … nadat
    de proeftuinen … zijn geëvalueerd": a command with "pas" after its verb, not a statement left out as a
    conclusion beside the items that say "adviseert"."""
    from weerwoord.core.analysis.requests import imperative as _imperative

    assert _imperative("Besluit pas over een grootschalige toepassing nadat de proeftuinen zijn geëvalueerd.")
    assert not _imperative("Proeftuinen zijn pas na drie jaar geëvalueerd.")
    name = "blind48_nl_ags"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 9)]
