"""Forms met first in blind round 59, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_an_ombudsmans_codes_of_two_words_head_the_boxes_and_open_the_replies() -> None:
    """A federal ombudsman heads each recommendation's box "OA 26/01 - Achterstand" (and one to parliament "AA
    26/01 - …"); the director-general's letter opens its paragraphs with the codes it answers ("OA 26/01 en OA
    26/02. Het directiecomité …"). The codes are the recommendations' numbers, each paragraph the reply to those it
    names; "OA 26" is no advisory body's initials with a number, and a title of five words after the code is no
    recommendation's text."""
    result = compare(DOCS / "blind59_nl_federaalombuds_advice.pdf", DOCS / "blind59_nl_federaalombuds_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["OA 26/01", "OA 26/02", "OA 26/03", "OA 26/04", "OA 26/05", "OA 26/06", "AA 26/01"]
    assert by["OA 26/06"].recommendation.text.startswith("Motiveer elke weigeringsbeslissing")
    replies = {n: (p.reply.text if p.reply else "") for n, p in by.items()}
    assert replies["OA 26/01"].startswith("OA 26/01 en OA 26/02.") and replies["OA 26/02"] == replies["OA 26/01"]
    assert replies["OA 26/03"].startswith("OA 26/03.") and by["OA 26/04"].reply is None
    assert all(by[n].link == "number" for n in by if n != "OA 26/04")


def test_a_code_of_a_prefix_and_a_two_digit_year_opens_a_paragraph() -> None:
    from weerwoord.core.analysis.compare import INITIALS_REF
    from weerwoord.core.analysis.naming import codes_opening_paragraphs

    assert codes_opening_paragraphs("OA 26/01 en OA 26/02. Het directiecomité keurde …") == ["oa 26/01", "oa 26/02"]
    assert codes_opening_paragraphs("R/2025/032 (staff time). Agreed.") == ["r/2025/032"]
    # (a date is no code, nor a number without its prefix)
    assert codes_opening_paragraphs("Op 26/01 keurde het directiecomité …") == []
    assert INITIALS_REF.findall("OA 26/01. De dienst …") == []
    assert INITIALS_REF.findall("SODN 4, SODN 5; CEW 2") == [("SODN", "4"), ("SODN", "5"), ("CEW", "2")]


def test_a_label_with_a_hash_inside_a_numbered_paragraph_gives_the_number() -> None:
    """A Committee of Inquiry numbers its paragraphs 1.–28. and labels seven of them "Recommendation #1:" …
    "Recommendation #7:" in bold: the recommendations are numbered by their labels, not by their paragraphs (12, 14,
    …), and their text starts after the label."""
    result = compare(DOCS / "blind59_en_sg_coi_advice.pdf", DOCS / "blind59_en_sg_coi_response.pdf")
    assert [p.number for p in result.pairs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert result.pairs[0].recommendation.text.startswith("NRT should replace all 212 axle counters")


def test_a_table_whose_columns_show_only_in_its_shading_runs_on_to_the_next_page() -> None:
    """The Taalunie council's table "Ontwerp | Wat het ontwerp voorstelt | De Raad adviseert" draws its rows as
    rules across, each in one piece, and its columns only as a pale band down the advice column; on page 2 it runs
    on under a repeated header. Its rows there are rows of the same table, and every cell of the advice column
    between two requests is one, also one that opens with a verb before a name ("Geef Suriname en …")."""
    result = compare(DOCS / "blind59_nl_taalunie_advice.pdf", DOCS / "blind59_nl_taalunie_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    assert texts[4].startswith("Verhoog het budget voor vertalingen")
    assert texts[5].startswith("Geef Suriname en de Caribische delen")
    assert texts[6].startswith("Laat de uitvoering halverwege")


def test_rules_drawn_whole_carry_a_table_over_only_with_a_shaded_column() -> None:
    from weerwoord.core.reading.grid import carried_over, pieced_rules

    rules = [(62.0, y, 533.0, y + 0.5) for y in (86.0, 126.0, 165.0, 204.0)]
    band = (309.0, 86.0, 533.0, 204.0)
    found = pieced_rules([*rules, band])
    assert found == [([86.0, 126.0, 165.0, 204.0], [62.0, 309.0, 533.0])]
    before = [[[(62.0, 702.0, 309.0, 741.0), (309.0, 702.0, 533.0, 741.0)]]]
    assert [len(t) for t in carried_over(before, found)] == [3]
    # (rules under a running head and headings, no band down them: no table)
    assert pieced_rules(rules) == []
