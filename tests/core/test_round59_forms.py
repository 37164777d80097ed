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
