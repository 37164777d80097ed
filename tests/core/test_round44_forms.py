"""Forms met first in blind round 44, mended after it was scored at first sight and again after round 43's mends
(each test fails on the code before it, unless it guards against a false match).

An NHS patient safety incident investigation whose areas for improvement are headed "AFI 1: …" to "AFI 7: …" (a
label of its own, numbered 1 to 7 over texts that ask), answered by a safety improvement plan whose table gives the
numbers it answers in a column of their own beside the theme ("Workforce | 3 and 6 | …").
"""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import tags
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import Block, TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def block(kind: str, text: str) -> Block:
    return Block(kind=kind, run=TextRun(text))  # type: ignore[arg-type]


def test_a_label_of_the_documents_own_numbered_one_to_n_over_texts_that_ask() -> None:
    blocks = [
        block("heading", "AFI 1: Escalation at night"),
        block("paragraph", "There is no agreed route. The Trust should agree one escalation route for the night."),
        block("heading", "AFI 2: Electronic observations"),
        block("paragraph", "An automatic alert to the outreach team should be triggered at a score of 7."),
        block("heading", "AFI 3: Induction"),
        block("paragraph", "Temporary staff should receive a local induction before their first shift."),
    ]
    word, found = tags.series_labels(blocks)
    assert word == "AFI"
    assert [(c.number, c.blocks[0].text[:20]) for c in found] == [
        ("1", "There is no agreed r"),
        ("2", "An automatic alert t"),
        ("3", "Temporary staff shou"),
    ]
    # (not the figures of a report, whatever their captions say; nor labels whose texts ask nothing)
    figures = [
        x
        for n in (1, 2, 3)
        for x in (block("heading", f"Figure {n}: Admissions"), block("paragraph", "Trusts should report admissions."))
    ]
    assert tags.series_labels(figures) == ("", [])
    wishes = [
        x for n in (1, 2, 3) for x in (block("heading", f"Wens {n}: Opbouw"), block("paragraph", "Het liep goed af."))
    ]
    assert tags.series_labels(wishes) == ("", [])


def test_areas_for_improvement_answered_in_a_plans_number_column() -> None:
    name = "blind44_en_psii"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    by_number = {p.number: p for p in result.pairs}
    assert by_number["1"].recommendation.text.startswith("There is no single agreed route for ward nurses")
    assert by_number["3"].reply is not None and by_number["3"].reply is by_number["6"].reply
    assert [by_number[n].link for n in ("1", "2", "4", "5")] == ["number"] * 4
    assert by_number["7"].reply is None


def test_points_under_lettered_titles_grouped_by_whom_they_are_for() -> None:
    """A study of a council's governance culture: "A. Leg de omgangsvormen vast" over "Maak als raad afspraken …",
    A–G under "Aan de gemeenteraad", "Aan het college", "Aan de griffie"; reflection questions before them that are
    "geen aanbevelingen"."""
    name = "blind44_nl_bestuurscultuur"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == list("ABCDEFG")
    assert result.pairs[0].recommendation.text.startswith("Maak als raad afspraken over de onderlinge omgangsvormen")
    assert result.pairs[5].reply is None
    assert sum(p.reply is not None for p in result.pairs) == 6


def test_lettered_titles_out_of_sequence_or_over_findings_are_no_points() -> None:
    from weerwoord.core.analysis.titled_points import titled_points

    findings = [
        x
        for n in "ABC"
        for x in (block("heading", f"{n}. Bevinding"), block("paragraph", "De raad vergaderde vaak en lang in 2025."))
    ]
    assert titled_points(findings) == []
    asked = [
        x
        for n in "ACE"
        for x in (block("heading", f"{n}. Punt"), block("paragraph", "Organiseer tweemaal per jaar een bijeenkomst."))
    ]
    assert titled_points(asked) == []


def test_a_findings_table_row_labelled_aanbeveling_numbered_by_the_finding() -> None:
    """A road safety audit: "Bevinding 4.1 - Fietsoversteek Kanaalzone" over an unruled table of rows "Probleem",
    "Risico", "Aanbeveling  Voer de fietsoversteek … uit" (4.5's "Aanbeveling  geen" is none); the province's memo
    answers by the findings' numbers."""
    name = "blind44_nl_verkeersaudit"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == ["4.1", "4.2", "4.3", "4.4", "4.6", "4.7", "4.8"]
    assert result.pairs[0].recommendation.text.startswith("Voer de fietsoversteek Kanaalzone uit in twee fasen")
    assert sum(p.link == "number" for p in result.pairs) >= 5


def test_a_committees_dashed_points_that_urge_not_those_that_deplore_or_note() -> None:
    """A Public Accounts Committee's "The Committee:" over dashed points in two groups, general and specific: those
    that open by urging or recommending are its recommendations; "expresses grave dismay …", "acknowledges …",
    "notes that …" are not."""
    name = "blind44_en_pacgm"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    openings = [p.recommendation.text.split()[0] for p in result.pairs]
    assert len(result.pairs) == 7 and set(openings) == {"urges", "recommends"}
    assert result.pairs[-1].recommendation.text.startswith("urges the Director of Highways and Structures to review")
    assert result.pairs[-1].reply is None


def test_a_compound_label_and_a_code_with_a_year_and_number() -> None:
    """The Flemish ombudsman's boxes "Ombudsaanbeveling OA25-04" … "OA25-09": a compound of "aanbeveling" as the
    label, a code of letters, year and number after it."""
    from weerwoord.core.analysis import structure

    m = structure.REC_LABEL.match("Ombudsaanbeveling OA25-04")
    assert m is not None and m.group(1) == "OA25-04"
    name = "blind44_nl_ombudsman_vl"
    result = compare(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    assert [p.number for p in result.pairs] == [f"OA25-0{n}" for n in range(4, 10)]
