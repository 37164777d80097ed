"""Forms met first in blind round 72, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_section_answering_many_recommendations_is_cut_into_its_paragraphs() -> None:
    """A department's annual report takes up a statutory review's seven recommendations in one section, "Independent
    reviews", a run-in paragraph each ("The register. …", "Compliance. …"); read as one section it answered five of
    them with one mixed verdict. Cut into its paragraphs (the report's other sections kept), each recommendation has
    its own paragraph and verdict."""
    from weerwoord.core.analysis.by_paragraph import crowded_cut
    from weerwoord.core.analysis.sections import find_replies
    from weerwoord.core.reading import reader

    replies = find_replies(reader.read_document(DOCS / "blind72_en_annual_report_response.pdf"))
    crowded = {r.id for r in replies if (r.heading or "").startswith("Independent reviews")}
    cut = crowded_cut(replies, crowded)
    assert len(cut) > len(replies) + 3
    assert {r.id for r in cut} >= {r.id for r in replies if r.id not in crowded}
    result = compare(DOCS / "blind72_en_annual_report_advice.pdf", DOCS / "blind72_en_annual_report_response.pdf")
    texts = {p.reply.text for p in result.pairs if p.reply is not None}
    assert len(texts) >= 4
    verdicts = [p.verdict for p in result.pairs]
    assert [verdicts[k] for k in (0, 1, 4, 5, 6)] == ["agrees", "partly", "noted", "unanswered", "agrees"]


def test_a_commission_adopting_or_not_and_a_federation_advising_against() -> None:
    """A utility commission's order: "The Commission adopts the ALJ's recommended return of 9.60 percent" agrees,
    "The Commission does not adopt the PFD's treatment of the advanced metering project" refuses (and "we decline to
    adopt the proposed amendment" stays a refusal); a federation's circular to its members: "Wij raden gemeenten af om
    zulke lijsten aan te leggen" refuses."""
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    def judged(text: str, language: str, rec: str) -> str:
        return stance.verdict(stance.find_marks(TextRun(text), language, rec), text, language, rec)[0]

    rec = "The ALJ recommends that the Commission authorize a return on equity of 9.60 percent."
    assert judged("The Commission adopts the ALJ's recommended return of 9.60 percent.", "en", rec) == "agrees"
    rec = "The ALJ recommends that the Commission include the advanced metering project in rate base."
    said = "The Commission does not adopt the PFD's treatment of the advanced metering project."
    assert judged(said, "en", rec) == "disagrees"
    assert judged("We decline to adopt the proposed amendment to Rule 25.02.", "en", rec) == "disagrees"
    rec = "Gemeenten houden een lijst bij van alleenwonende ouderen die bij hitte worden gebeld."
    said = "Wij raden gemeenten af om zulke lijsten aan te leggen. Daarvoor ontbreekt een grondslag."
    assert judged(said, "nl", rec) == "disagrees"


def test_not_imposed_refuses() -> None:
    """A minister's circular to the municipalities: "Een vaste maximale bewaartermijn voor ruwe beelden leg ik u
    daarentegen niet op" refuses the maximum asked."""
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    rec = "ruwe beelden in geen geval langer dan 72 uur te bewaren;"
    said = "Een vaste maximale bewaartermijn voor ruwe beelden leg ik u daarentegen niet op. Het hangt af van het doel."
    marks = stance.find_marks(TextRun(said), "nl", rec)
    assert stance.verdict(marks, said, "nl", rec)[0] == "disagrees"
