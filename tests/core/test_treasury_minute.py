"""A Treasury Minute answers two Public Accounts Committee reports, each numbered from 1: each part opens with
"N: PAC conclusion:", quotes "N: PAC recommendation:", and answers in paragraphs "N.1", "N.2" around a bold
"Target implementation date" line; the parts about the other report answer nothing of this advice."""

from __future__ import annotations

from pathlib import Path

from tests.core.pdfmaker import Pdf
from weerwoord.core.analysis import compare, section_refs

RECS = [
    "The Department and DVSA should set out how they will bring the average waiting time for a car test down.",
    "The Department should legislate to prohibit the resale of driving test appointments by third parties.",
]


def _advice(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Reducing waiting times for driving tests")
    pdf.heading("Conclusions and recommendations")
    for n, rec in enumerate(RECS, start=1):
        pdf.paragraph(f"Learners wait too long for a test and pay too much for it. {rec}", label=f"{n}.")
    return pdf.save(path)


def _minute(path: Path) -> Path:
    pdf = Pdf()
    pdf.heading("Government responses to the Committee of Public Accounts")
    pdf.heading("Thirtieth report — HM Revenue and Customs: umbrella companies")
    pdf.paragraph("1: PAC conclusion: HMRC does not know how much tax is lost through umbrella companies.")
    pdf.paragraph("1: PAC recommendation: HMRC should publish an estimate of the tax lost through umbrella companies.")
    pdf.paragraph("1.1 The government agrees with the committee's recommendation.")
    pdf.paragraph("1.2 HMRC will publish an estimate of tax lost through umbrella companies in June 2026.")
    pdf.heading("Thirty-first report — Department for Transport: driving tests")
    pdf.paragraph("1: PAC conclusion: DVSA has not met the target it set itself for waiting times.")
    pdf.paragraph(f"1: PAC recommendation: {RECS[0]}")
    pdf.paragraph("1.1 The government agrees with the committee's recommendation.")
    pdf.line("Target implementation date: Spring 2026", x=100, bold=True)
    pdf.gap()
    pdf.paragraph("1.2 DVSA now expects the average wait for a car practical test to fall to seven weeks by spring.")
    pdf.paragraph("2: PAC conclusion: Learners are being exploited by the resale of test appointments.")
    pdf.paragraph(f"2: PAC recommendation: {RECS[1]}")
    pdf.paragraph("2.1 The government partially agrees with the committee's recommendation.")
    pdf.line("Target implementation date: Winter 2025", x=100, bold=True)
    pdf.gap()
    pdf.paragraph("2.2 DVSA will change its booking rules so that only the learner can book a test.")
    pdf.paragraph("2.3 The government does not intend to legislate to create an offence of reselling appointments.")
    return pdf.save(path)


def test_each_recommendation_is_answered_in_its_own_reports_part(tmp_path: Path) -> None:
    result = compare.compare(_advice(tmp_path / "report.pdf"), _minute(tmp_path / "minute.pdf"))
    replies = {p.number: (p.reply.text if p.reply else "") for p in result.pairs}
    assert "DVSA now expects the average wait" in replies["1"]  # not HMRC's part 1, not cut at the date line
    assert "HMRC" not in replies["1"]
    assert "only the learner can book" in replies["2"]
    assert {p.number: p.verdict for p in result.pairs} == {"1": "agrees", "2": "partly"}


def test_a_paragraph_of_the_report_is_no_recommendations_number() -> None:
    """ "the audit's observation at paragraph 1.2" names no recommendation 1; a heading that names 1 wins over a
    mention of it elsewhere."""
    from weerwoord.core.analysis import alignment

    assert section_refs.refs_in_opening("The department notes the audit's observation at paragraph 1.2 on costs.") == []
    assert section_refs.refs_in_opening("With regard to paragraphs 3 and 11, the Commission launched …") == ["3", "11"]
    assert alignment._heading_names("Recommendation 1 (paragraph 2.24)", "1")
    assert not alignment._heading_names("Recommendation 12", "1")
    assert not alignment._heading_names("Other matters", "1")
