"""Forms met first in blind round 37 (each test fails on the code before it, unless it guards against a false match).

A statistics regulator's assessment whose recommendations are boxes headed "Requirement N" through its chapters.
"""

from __future__ import annotations

from tests.core.helpers import block as _block
from weerwoord.core.analysis import structure


def test_requirements_numbered_as_recommendations_are() -> None:
    blocks = [
        _block("paragraph", "1.3 We found no evidence that pre-release access had been misused."),
        _block("heading", "Requirement 2", bold=True),
        _block("paragraph", "Reduce pre-release access to the minimum needed for Ministers to respond on the day."),
        _block("heading", "Chapter 2: Quality", bold=True),
        _block("heading", "Requirement 1", bold=True),
        _block("paragraph", "Publish a clear explanation of the change to the fuel poverty metric made in 2025."),
    ]
    assert sorted(c.number for c in structure._labelled(blocks)) == ["1", "2"]
    assert structure.REC_LABEL.match("Vereiste 3")
    assert not structure.REC_LABEL.match("Requirements of the Code of Practice")


def test_a_gap_left_by_the_strongest_fit_is_filled_by_the_next() -> None:
    """A circular answering a report's unnumbered boxes by subject: once the section on keeping footage is linked
    (the strongest fit), the sections on either side of it stand in a gap of one and take their weaker fits."""
    from tests.core.expected_pairs import DOCS
    from weerwoord.core.analysis.compare import compare

    result = compare(DOCS / "blind37_nl_comitep_advice.pdf", DOCS / "blind37_nl_comitep_response.pdf")
    headings = {p.number: (p.reply.heading or "") if p.reply else None for p in result.pairs}
    assert (headings["1"] or "").startswith("4. Activering"), headings
    assert (headings["2"] or "").startswith("6. Informeren"), headings


def test_before_the_report_was_adopted_is_no_put_off_and_the_ministry_does_not_recommend() -> None:
    from tests.core.test_left_misses import _verdict

    rec = (
        "Solmara should complete and publish an updated national risk assessment that covers the misuse of legal "
        "persons, real estate and the casino sector."
    )
    reply = (
        "Work on the second national risk assessment began in February 2026, before the report was adopted, and "
        "already includes legal persons, real estate and casinos. It will be published in December 2026."
    )
    assert _verdict(reply, rec) == "agrees"
    # a report still to come is a put-off
    later = "The Ministry will report on the national risk assessment for legal persons and real estate in 2027."
    assert _verdict(later, rec) != "agrees"
    refusal = (
        "The Attorney General has advised that confiscation without a conviction would raise serious concerns. The "
        "Ministry therefore does not recommend that the Proceeds of Crime Act 2014 be amended in this respect."
    )
    assert (
        _verdict(refusal, "Solmara should amend the Proceeds of Crime Act 2014 to allow confiscation.") == "disagrees"
    )
