"""Forms met first in blind round 58, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import parts, stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(recommendation: str, reply: str, language: str = "en") -> str:
    marks = stance.find_marks(TextRun(reply, ()), language, recommendation)
    return stance.verdict(marks, reply, language, recommendation)[0]


def test_the_recommendations_chapter_of_a_report_numbered_by_paragraph_throughout() -> None:
    """An advisory council's report to Cabinet numbers every paragraph (1.1–8.1); chapter "6. RECOMMENDATIONS" (the
    number set as the heading's label) gives them as 6.1–6.7 under theme sub-headings ("Funding"), while a
    paragraph of three words ("3.1 Section 154(1) of the Constitution provides:") breaks the chain of the whole
    report. The chapter's paragraphs are the recommendations."""
    result = compare(DOCS / "blind58_en_cabinet_advice.pdf", DOCS / "blind58_en_cabinet_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert list(by) == ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"]
    assert by["6.1"].recommendation.text.startswith("The Department of Water and Sanitation should establish")
    assert by["6.3"].verdict == "disagrees"


def test_a_paragraph_about_none_clearly_is_split_by_its_sentences() -> None:
    """In a section that answers several recommendations paragraph by paragraph, a paragraph that speaks of two
    ("1.4 Cabinet did not support the proposal that … be ring-fenced … . However, Cabinet approved that all water
    services authorities be required to publish their water losses every quarter …") is split by its sentences,
    each the part of the one it speaks of, instead of being everyone's (the refusal then refused all)."""
    candidates = [
        "The Department of Water and Sanitation should establish a national Non-Revenue Water Reduction Programme "
        "with a dedicated programme office and a ten-year mandate.",
        "A minimum of 8 per cent of each water services authority's equitable share allocation should be "
        "ring-fenced for the maintenance and repair of water infrastructure.",
        "Every water services authority should publish a quarterly non-revenue water dashboard, in a standard format "
        "set by the Department, from 1 July 2027.",
    ]
    text = (
        "1.3 Cabinet approved the establishment of a National Non-Revenue Water Reduction Programme in the Department "
        "of Water and Sanitation. The Minister will report to Cabinet on its progress annually.\n\n"
        "1.4 Cabinet did not support the proposal that part of the equitable share be ring-fenced for water "
        "infrastructure, as the equitable share is an unconditional allocation. However, Cabinet approved that all "
        "water services authorities be required to publish their water losses every quarter in a standard format "
        "from July 2027."
    )
    owners = [(text[a:b][:25], o) for a, b, o in parts.owned(text, candidates)]
    assert owners[0] == ("1.3 Cabinet approved the ", 0)
    assert ("1.4 Cabinet did not suppo", 1) in owners
    assert ("However, Cabinet approved", 2) in owners
