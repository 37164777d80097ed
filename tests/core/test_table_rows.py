"""A response set as a table "Recommendation | Government response" whose row runs over a page break (the header
repeated on the next page), a row naming two recommendations; an advice whose boxed recommendations carry the
report's paragraph numbers and whose "(Recommendation N)" tags close their sentences."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from weerwoord.core.analysis import compare
from weerwoord.core.reading import reader

HEADER = ("Recommendation", "Government response")


def _row(page: pymupdf.Page, y0: float, height: float, left: list[str], right: list[str]) -> None:
    for x0, x1, lines in ((60, 300, left), (300, 540, right)):
        page.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + height), width=0.6)
        for k, line in enumerate(lines):
            page.insert_text((x0 + 6, y0 + 16 + 13 * k), line, fontsize=10, fontname="helv")


def _response(path: Path) -> Path:
    doc = pymupdf.open()
    first = doc.new_page()
    first.insert_text((60, 60), "Government response to the committee's report", fontsize=14, fontname="hebo")
    _row(first, 80, 24, [HEADER[0]], [HEADER[1]])
    _row(
        first,
        104,
        300,
        ["Recommendation 1", "The committee recommends that operators", "publish coverage maps every quarter."],
        ["Agreed. The Government will require", "operators to publish coverage maps", "each quarter from July 2026."],
    )
    _row(
        first,
        404,
        296,
        ["Recommendation 5", "The committee recommends a national", "telecommunications advocate."],
        ["Not agreed. Consumer advocacy is", "already funded through the existing", "consumer network."],
    )
    # the row of recommendations 2 and 3 starts at the foot of the page: its reply breaks off mid-sentence
    _row(first, 700, 80, ["Recommendations 2 and 3"], ["Agreed. The Government will amend the"])
    second = doc.new_page()
    _row(second, 60, 24, [HEADER[0]], [HEADER[1]])  # the header repeated
    _row(
        second,
        84,
        110,
        [
            "The committee recommends that base stations",
            "have twelve hours of backup power.",
            "The committee recommends that the regulator",
            "enforce the backup power requirement.",
        ],
        [
            "Emergency Call Service Determination so that",
            "base stations have twelve hours of backup",
            "power, and the regulator will be given",
            "powers to enforce the requirement.",
        ],
    )
    _row(
        second,
        194,
        80,
        ["Recommendation 4", "The committee recommends that operators", "share towers in remote areas."],
        ["Noted. Tower sharing is a matter for", "the operators and the competition", "regulator."],
    )
    _row(
        second,
        274,
        80,
        ["Recommendation 6", "The committee recommends a review of", "the program in 2028."],
        ["Agreed. The department will review", "the program in 2028 and publish", "the results."],
    )
    doc.save(path)
    return path


ADVICE_LINES = [
    (60, "Report of the committee on mobile coverage", "hebo", 14),
    (60, "Recommendation 1", "hebo", 10),
    (60, "2.38 The committee recommends that operators publish coverage maps every quarter.", "helv", 10),
    (60, "Recommendation 2", "hebo", 10),
    (60, "3.29 The committee recommends that base stations have twelve hours of backup power.", "helv", 10),
    (60, "Recommendation 3", "hebo", 10),
    (60, "3.34 The committee recommends that the regulator enforce the backup power requirement.", "helv", 10),
    (60, "Recommendation 4", "hebo", 10),
    (60, "4.19 The committee recommends that operators share towers in remote areas.", "helv", 10),
    (60, "Recommendation 5", "hebo", 10),
    (60, "4.31 The committee recommends a national telecommunications advocate.", "helv", 10),
    (60, "Recommendation 6", "hebo", 10),
    (60, "4.40 The committee recommends a review of the program in 2028.", "helv", 10),
]


def _advice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 70.0
    for x, text, font, size in ADVICE_LINES:
        page.insert_text((x, y), text, fontsize=size, fontname=font)
        y += 30
    doc.save(path)
    return path


def test_a_row_cut_by_a_page_break_is_one_row(tmp_path: Path) -> None:
    blocks = [b for b in reader.read_document(_response(tmp_path / "response.pdf")).blocks if b.table_row]
    cut = next(b for b in blocks if b.text.startswith("Agreed. The Government will amend"))
    assert "will amend the Emergency Call Service Determination so that base stations" in cut.text
    label = next(b for b in blocks if b.text.startswith("Recommendations 2 and 3"))
    assert label.table_row == cut.table_row
    assert "enforce the backup power requirement." in label.text  # the left cell's rest joined to it
    assert not any(b.text.startswith("Emergency Call Service") for b in blocks)  # no row of its own


def test_a_row_naming_two_recommendations_answers_both(tmp_path: Path) -> None:
    result = compare.compare(_advice(tmp_path / "advice.pdf"), _response(tmp_path / "response.pdf"))
    texts = {p.number: p.recommendation.text for p in result.pairs}
    # the report's paragraph number ("3.29") is not part of the recommendation
    assert texts["2"] == "The committee recommends that base stations have twelve hours of backup power."
    replies = {p.number: (p.reply.text if p.reply else "") for p in result.pairs}
    for number in ("2", "3"):
        assert replies[number].startswith("Agreed. The Government will amend the Emergency Call Service")
    assert replies["1"].startswith("Agreed. The Government will require")  # not run on into the next row
    assert "amend" not in replies["1"]
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts == {"1": "agrees", "2": "agrees", "3": "agrees", "4": "noted", "5": "disagrees", "6": "agrees"}


def test_a_tag_in_brackets_closes_the_sentence_before_a_page_break(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 700.0
    for line in [
        "The Secretary should seek legislative authority to withhold grants from",
        "agencies that fail to correct deficiencies. (Recommendation 4)",
    ]:
        page.insert_text((72, y), line, fontsize=10, fontname="helv")
        y += 13
    page = doc.new_page()
    for line in [
        "The Assistant Secretary should develop a process to link inspection",
        "results to capital planning data. (Recommendation 5)",
    ]:
        page.insert_text((72, 80 + 13 * (line[0] == "r")), line, fontsize=10, fontname="helv")
    path = tmp_path / "gao.pdf"
    doc.save(path)
    texts = [b.text for b in reader.read_document(path).blocks]
    assert any(t.endswith("deficiencies. (Recommendation 4)") for t in texts), texts
    assert any(t.startswith("The Assistant Secretary should develop") for t in texts), texts


def test_a_heading_ending_in_a_code_answers_that_recommendation(tmp_path: Path) -> None:
    """A rekenkamer's recommendations are coded A1–A6; the college's reply heads each answer "Wachttijden (A2)"."""
    from tests.core.pdfmaker import Pdf
    from weerwoord.core.analysis import sections

    pdf = Pdf()
    pdf.paragraph("Wij herkennen ons in het beeld dat de rekenkamer schetst en reageren per aanbeveling.")
    for title, text in (
        (
            "Wachttijden (A2)",
            "Deze aanbeveling nemen wij over. Iedere aanmelding krijgt binnen vier weken een gesprek.",
        ),
        ("Nazorg (A4 en A5)", "Ook deze aanbevelingen nemen wij over. Vanaf 2026 bellen wij na zes maanden na."),
    ):
        pdf.heading(title, size=11)
        pdf.paragraph(text)
    replies = sections.find_replies(reader.read_document(pdf.save(tmp_path / "reactie.pdf")))
    assert [(r.heading, r.numbers) for r in replies if r.numbers] == [
        ("Wachttijden (A2)", ["A2"]),
        ("Nazorg (A4 en A5)", ["A4", "A5"]),
    ]


def _row3(page: pymupdf.Page, y0: float, height: float, cells: list[list[str]]) -> None:
    for (x0, x1), lines in zip(((60, 250), (250, 330), (330, 540)), cells, strict=True):
        page.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + height), width=0.6)
        for k, line in enumerate(lines):
            page.insert_text((x0 + 6, y0 + 16 + 13 * k), line, fontsize=10, fontname="helv")


def test_a_table_whose_first_cell_opens_with_the_recommendations_letter(tmp_path: Path) -> None:
    """ "Aanbeveling | Standpunt college | Toelichting", rows in the order of the college's position: the first
    cell "b. Laat alle …" names the recommendation by its letter and is the row's main cell."""
    advice = pymupdf.open()
    page = advice.new_page()
    page.insert_text((60, 60), "Rapport van de rekenkamercommissie", fontsize=14, fontname="hebo")
    page.insert_text((60, 100), "Aanbevelingen", fontsize=12, fontname="hebo")
    recs = [
        ("a.", "Stel binnen een jaar een beheerplan voor alle fietspaden op met een planning per wijk."),
        ("b.", "Laat alle fietstunnels van voor 1980 uiterlijk in 2028 constructief inspecteren."),
        ("c.", "Vorm een reserve voor de vervanging van fietsbruggen en vul die jaarlijks aan."),
    ]
    for k, (label, text) in enumerate(recs):
        page.insert_text((60, 130 + 30 * k), label, fontsize=10, fontname="helv")
        page.insert_text((80, 130 + 30 * k), text, fontsize=10, fontname="helv")
    advice.save(tmp_path / "advies.pdf")
    response = pymupdf.open()
    page = response.new_page()
    page.insert_text((60, 60), "Bestuurlijke reactie van het college", fontsize=14, fontname="hebo")
    _row3(page, 80, 24, [["Aanbeveling"], ["Standpunt"], ["Toelichting"]])
    rows = [
        (
            ["b. Laat alle fietstunnels van voor", "1980 in 2028 inspecteren."],
            ["Deels", "overnemen"],
            ["Wij inspecteren in 2028 de tunnels met", "het hoogste risico en de overige in 2030."],
        ),
        (
            ["a. Stel binnen een jaar een", "beheerplan fietspaden op."],
            ["Overnemen"],
            ["Het beheerplan is in voorbereiding en", "wordt in 2027 aan de raad aangeboden."],
        ),
        (
            ["c. Vorm een reserve voor de", "vervanging van fietsbruggen."],
            ["Niet", "overnemen"],
            ["Wij zien geen aanleiding voor een", "afzonderlijke reserve voor fietsbruggen."],
        ),
    ]
    for k, cells in enumerate(rows):
        _row3(page, 104 + 60 * k, 60, list(cells))
    response.save(tmp_path / "reactie.pdf")
    doc = reader.read_document(tmp_path / "reactie.pdf")
    items = [(b.label, b.text.split()[0]) for b in doc.blocks if b.table_row and b.kind == "item"]
    assert items == [("b.", "Laat"), ("a.", "Stel"), ("c.", "Vorm")], items
    result = compare.compare(tmp_path / "advies.pdf", tmp_path / "reactie.pdf")
    got = {p.number: (p.verdict, p.reply.run.text if p.reply else "") for p in result.pairs}
    assert got["a"][0] == "agrees" and "beheerplan is in voorbereiding" in got["a"][1]
    assert got["b"][0] == "partly" and "hoogste risico" in got["b"][1]
    assert got["c"][0] == "disagrees"


def _wide(page: pymupdf.Page, y0: float, height: float, lines: list[str]) -> None:
    page.draw_rect(pymupdf.Rect(60, y0, 540, y0 + height), width=0.6)
    for k, line in enumerate(lines):
        page.insert_text((66, y0 + 16 + 13 * k), line, fontsize=10, fontname="helv")


def test_a_management_response_matrix_per_recommendation(tmp_path: Path) -> None:
    """An evaluation's management response: per recommendation a matrix whose first row holds the recommendation
    alone, across the table, then "Management response: UNDP partially agrees. …" and the key actions numbered
    2.1, 2.2 (which name no recommendation)."""
    advice = pymupdf.open()
    page = advice.new_page()
    page.insert_text((60, 60), "Evaluation of the country programme", fontsize=14, fontname="hebo")
    page.insert_text((60, 100), "Recommendations", fontsize=12, fontname="hebo")
    recs = [
        "Recommendation 1. UNDP should focus its next programme on two portfolios where it has shown results.",
        "Recommendation 2. UNDP should hand the local development fund over to the national budget by 2027.",
    ]
    for k, text in enumerate(recs):
        page.insert_text((60, 130 + 30 * k), text, fontsize=10, fontname="helv")
    advice.save(tmp_path / "evaluation.pdf")
    response = pymupdf.open()
    page = response.new_page()
    page.insert_text((60, 60), "Management response", fontsize=14, fontname="hebo")
    y = 80.0
    for number, rec, answer, action in (
        (
            "1",
            "UNDP should focus its next programme on two portfolios.",
            "UNDP agrees with this recommendation.",
            "1.1 Draft the new programme around two portfolios",
        ),
        (
            "2",
            "UNDP should hand the local development fund over to the budget.",
            "UNDP partially agrees. It cannot commit to ending its support before 2029.",
            "2.1 Advise the Ministry of Finance on a budget line",
        ),
    ):
        _wide(page, y, 24, [f"Recommendation {number}. {rec}"])
        _wide(page, y + 24, 24, [f"Management response: {answer}"])
        _row(page, y + 48, 24, ["Key action(s)"], ["Time frame"])
        _row(page, y + 72, 24, [action], ["2026"])
        y += 130
    response.save(tmp_path / "management-response.pdf")
    result = compare.compare(tmp_path / "evaluation.pdf", tmp_path / "management-response.pdf")
    got = {p.number: (p.verdict, p.reply.run.text if p.reply else "") for p in result.pairs}
    assert got["1"][0] == "agrees" and "1.1 Draft the new programme" in got["1"][1], got
    assert got["2"][0] == "partly" and "2.1 Advise the Ministry" in got["2"][1], got


def test_chapter_numbered_recommendations_and_a_table_cell_holding_only_the_code(tmp_path: Path) -> None:
    """A law reform commission's "Recommendation 3–1" (chapter and number) and a response table whose middle cell
    holds only the code ("3-1", "5–1 and 5–2")."""
    advice = pymupdf.open()
    page = advice.new_page()
    page.insert_text((60, 60), "Review of superannuation death benefits", fontsize=14, fontname="hebo")
    y = 100
    for code, text in (
        ("3-1", "The Act should be amended to require trustees to pay benefits within six months."),
        ("3-2", "The Regulations should be amended to allow nominations to be signed electronically."),
        ("5-1", "The Treasury should develop a plain-language model nomination form for all funds."),
    ):
        page.insert_text((60, y), f"Recommendation {code}", fontsize=11, fontname="hebo")
        page.insert_text((60, y + 18), text, fontsize=10, fontname="helv")
        y += 60
    advice.save(tmp_path / "report.pdf")
    response = pymupdf.open()
    page = response.new_page()
    page.insert_text((60, 60), "Australian Government response", fontsize=14, fontname="hebo")
    rows = [
        (
            ["The Regulations should be amended to", "allow electronic signatures."],
            ["3-2"],
            ["Supported in principle. Electronic", "nominations will follow a trial."],
        ),
        (
            ["The Act should be amended to require", "payment within six months."],
            ["3-1"],
            ["Supported. Amendments will be", "introduced in 2026."],
        ),
        (
            ["The Treasury should develop a model", "nomination form."],
            ["5-1"],
            ["Noted. Funds already publish forms;", "Treasury will consider a model."],
        ),
    ]
    for k, cells in enumerate(rows):
        _row3(page, 90 + 60 * k, 60, list(cells))
    response.save(tmp_path / "response.pdf")
    result = compare.compare(tmp_path / "report.pdf", tmp_path / "response.pdf")
    got = {p.number: p.verdict for p in result.pairs}
    assert got == {"3-1": "agrees", "3-2": "partly", "5-1": "noted"}, got
