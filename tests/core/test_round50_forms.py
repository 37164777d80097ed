"""Forms met first in blind round 50, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

import pytest

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import TextRun
from weerwoord.core.reading import reader

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(recommendation: str, reply: str, language: str = "en") -> str:
    marks = stance.find_marks(TextRun(reply, ()), language, recommendation)
    return stance.verdict(marks, reply, language, recommendation)[0]


def test_a_browser_table_ruled_across_with_shaded_group_rows_is_read_as_a_table() -> None:
    """An IMF-style "Key Recommendations" table printed by Chromium: a dark header row of three cells, shaded
    bands for the groups ("Banking supervision") whose sides are the table's own, and rules under each row but none
    down: the header's columns carried down, each recommendation a row of its own (not its cells mixed with the
    next row's)."""
    doc = reader.read_document(DOCS / "blind50_en_fsap_advice.pdf")
    rows = {b.text.split(" (para.")[0]: b.table_row for b in doc.blocks if b.text.startswith(("Increase", "Lower"))}
    assert all(rows.values()) and len(set(rows.values())) == 2
    result = compare(DOCS / "blind50_en_fsap_advice.pdf", DOCS / "blind50_en_fsap_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert texts[0].startswith("Amend the Central Bank Act")
    assert any(t.startswith("Conduct climate risk stress tests") for t in texts)


def test_recommendations_tagged_in_the_text_and_listed_word_for_word_in_an_annex_beat_numbered_paragraphs() -> None:
    """An SSAC-style report: bold sentences ending "(Recommendation N)" in numbered paragraphs 1–13, repeated word
    for word in "Annex A: Summary of recommendations". The advice says twice what its seven are; a chain of its
    thirteen numbered paragraphs holds six that are none."""
    result = compare(DOCS / "blind50_en_ssac_advice.pdf", DOCS / "blind50_en_ssac_response.pdf")
    assert [p.number for p in result.pairs] == [str(n) for n in range(1, 8)]
    assert result.pairs[0].recommendation.text.startswith("We recommend that the Department pay")
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts["1"] == "disagrees"  # "… but is not able to accept it"


@pytest.mark.parametrize(
    ("recommendation", "reply", "verdict"),
    [
        (
            "Reduce the deposit insurance payout period from 20 to 7 working days.",
            "The Deposit Insurance Corporation has informed the CBC that it intends to shorten the payout period to 10"
            " working days by 2028, once its new depositor information system is in place.",
            "partly",
        ),
        (
            # the recommendation's own figure for the thing, in another form ("90-minute" of "90 minutes"): all of it
            "Make transfers valid for 90 minutes in any direction, instead of the current 60-minute one-way transfer.",
            "That Council approve 90-minute transfers on the LakeCard, valid in any direction, effective January 1,"
            " 2027.",
            "agrees",
        ),
        (
            "Commission an independent audit of its registration appeals process and publish the findings.",
            "Rather than commission an external audit, we will ask our internal auditors to review the appeals process"
            " as part of the 2026/27 audit plan, and will publish a summary of their findings.",
            "partly",
        ),
        (
            "Reduce the median time from receipt of a concern to a final hearing to below 104 weeks by March 2028.",
            "We share the aim of reducing the time to a final hearing, but with the current caseload we do not believe"
            " a median below 104 weeks by March 2028 is achievable. We will set ourselves a target of 115 weeks by"
            " that date.",
            "partly",
        ),
        (
            "Conduct climate risk stress tests of the banking system at least every two years.",
            "The CBC recognizes the importance of climate-related risks but does not consider regular system-wide"
            " climate stress tests to be proportionate for a banking system of its size.",
            "disagrees",
        ),
    ],
)
def test_round_50_verdicts(recommendation: str, reply: str, verdict: str) -> None:
    assert _verdict(recommendation, reply) == verdict
