"""A treaty body's concluding observations ("12. The Committee recommends that the State party: (a) … (b) …") and
the State party's follow-up report headed by the paragraphs it answers ("Information on follow-up to paragraph
12 (a)", "Paragraph 14 (a) and (b)")."""

from __future__ import annotations

from pathlib import Path

from tests.core.pdfmaker import Pdf
from weerwoord.core.analysis import sections
from weerwoord.core.analysis.compare import compare
from weerwoord.core.reading import reader


def _observations(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Concluding observations on the second periodic report of Norland", 15)
    pdf.heading("II. Principal areas of concern and recommendations", 13)
    items = [
        ("1.", "The Committee is concerned that the definition of disability in the Social Support Act is medical."),
        ("2.", "The Committee recommends that the State party:"),
        ("(a)", "Review the Social Support Act to bring the definition of disability in line with the Convention;"),
        ("(b)", "Establish a funded mechanism for consulting organizations of persons with disabilities."),
        ("3.", "The Committee is concerned that some 3,000 persons with disabilities live in large institutions."),
        ("4.", "The Committee recommends that the State party adopt a time-bound strategy for deinstitutionalization."),
        ("5.", "The Committee is concerned that the number of pupils in special schools has increased since 2019."),
        (
            "6.",
            "The Committee recommends that the State party adopt a plan to transfer resources to inclusive schools.",
        ),
    ]
    for label, text in items:
        pdf.paragraph(text, label=label)
    return pdf.save(path)


def _follow_up(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Information received from Norland on follow-up to the concluding observations", 14)
    pdf.heading("Information on follow-up to paragraph 2 (a) of the concluding observations", 12)
    pdf.paragraph("The Social Support Act was amended on 1 March 2025; its definition now follows the Convention.")
    pdf.heading("Paragraph 4", 12)
    pdf.paragraph("The Government has taken note of the recommendation and will consider a strategy in 2026.")
    pdf.heading("Paragraph 6", 12)
    pdf.paragraph("The Government does not share the view that resources should be transferred from special schools.")
    return pdf.save(path)


def test_lettered_points_of_a_recommending_paragraph_and_follow_up_headings(tmp_path: Path) -> None:
    doc = reader.read_document(_follow_up(tmp_path / "r.pdf"))
    assert [r.numbers for r in sections.find_replies(doc) if r.numbers] == [["2a"], ["4"], ["6"]]
    result = compare(_observations(tmp_path / "a.pdf"), tmp_path / "r.pdf")
    got = {p.number: (p.verdict, p.reply is not None) for p in result.pairs}
    assert sorted(got) == ["2a", "2b", "4", "6"], got
    assert got["2a"] == ("agrees", True) and got["2b"] == ("unanswered", False), got
    assert got["4"][0] == "noted" and got["6"][0] == "disagrees", got
