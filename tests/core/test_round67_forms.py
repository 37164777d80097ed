"""Forms met first in blind round 67, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis.compare import compare

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_a_council_reports_template_parts_number_no_recommendations() -> None:
    """A chief executive's report to the council is cut "1. PURPOSE", "2. RECOMMENDATIONS", "4. RESPONSE", "5.
    IMPLICATIONS": the template's numbers are no recommendations' (they linked the Commission's findings 1-6 as if
    they were the advice's recommendations, and the seven bullets under "Recommendations" lost)."""
    from weerwoord.core.analysis.alignment import REPORT_PART

    assert REPORT_PART.match("5. IMPLICATIONS") and REPORT_PART.match("2. RECOMMENDATIONS")
    assert not REPORT_PART.match("2. Leisure centres")
    result = compare(DOCS / "blind67_en_bvar_advice.pdf", DOCS / "blind67_en_bvar_response.pdf")
    assert len(result.pairs) == 7
    assert result.pairs[0].recommendation.text.startswith("The Council should agree a medium-term financial")
    assert sum(p.reply is not None for p in result.pairs) >= 5


def test_next_steps_after_needs_to_and_words_in_maori() -> None:
    """An education review's "Key next steps" box: bullets after "Leaders and teachers need to:" and "The board needs
    to:"; the school's answer "Will te reo Māori be taught in every class?" shares "Māori" with the step it answers
    (a word with "ā" was no word at all)."""
    from weerwoord.core.analysis.announced import ANNOUNCING
    from weerwoord.core.analysis.likeness import terms

    assert ANNOUNCING.search("The board needs to:")
    assert "māori" in terms("a shared approach to teaching te reo Māori")
    result = compare(DOCS / "blind67_en_ero_advice.pdf", DOCS / "blind67_en_ero_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert by["2"].recommendation.text.startswith("develop a shared, school-wide approach to teaching te reo")
    assert by["2"].reply is not None and (by["2"].reply.heading or "").startswith("Will te reo Māori be taught")


def test_commands_that_open_with_ervoor_or_a_time_are_recommendations() -> None:
    """The last two of an RMO advice's seven commands, "Laat over vijf jaar door de Nationale ombudsman onderzoeken
    of …" and "Zorg ervoor dat alle brieven … op taalniveau B1 zijn geschreven.", open as commands though their
    clauses state something ("zijn geschreven"); they were left out as conclusions."""
    from weerwoord.core.analysis.requests import imperative

    assert imperative("Zorg ervoor dat alle brieven van uitvoeringsorganisaties op taalniveau B1 zijn geschreven.")
    assert imperative("Ensure that every letter is written in plain language.")
    assert not imperative("Dat niveau begrijpt ongeveer 95 procent van de bevolking.")
    result = compare(DOCS / "blind67_nl_rmo_advice.pdf", DOCS / "blind67_nl_rmo_response.pdf")
    assert [p.number for p in result.pairs] == [str(k) for k in range(1, 8)]
    assert result.pairs[6].recommendation.text.startswith("Zorg ervoor dat alle brieven")


def test_an_auditor_generals_paragraph_numbers_of_three_levels_and_a_status_per_paragraph() -> None:
    """A ministry's statement of action taken answers under "Paragraph 4.6.4 (bulk water meters)" and "Paragraphs
    4.6.1 and 4.6.2 (…)" (a report's paragraph numbered on three levels names the recommendation; "Paragraph 11 of
    the Evaluation Report" does not) with "Status: 4.6.1 - Completed. 4.6.2 - Partially completed.\""""
    from weerwoord.core.analysis.section_refs import explicit_ref
    from weerwoord.core.analysis.verdict_labels import own_status

    from .helpers import block

    assert explicit_ref(block("heading", "Paragraph 4.6.4 (bulk water meters)")) == ["4.6.4"]
    assert explicit_ref(block("heading", "Paragraph 11 of the Evaluation Report - contacts with third parties")) is None
    status = "Action taken (4.6.2): LAD notices were issued.\nStatus: 4.6.1 - Completed. 4.6.2 - Partially completed."
    assert own_status(status, "en", "4.6.2") == ("partly", "Partially completed.")
    result = compare(DOCS / "blind67_en_my_audit_advice.pdf", DOCS / "blind67_en_my_audit_response.pdf")
    by = {p.number: p for p in result.pairs}
    assert [by[n].verdict for n in ("4.6.1", "4.6.2", "4.6.4", "4.6.5")] == ["agrees", "partly", "agrees", "unanswered"]


def test_another_figure_than_asked_said_as_times_or_beside_the_one_refused() -> None:
    """ "once a year" where "at least twice a year" was asked is another figure (not four times, more than the floor);
    "met 10 procent, niet met de gevraagde 15 procent" gives another figure though the asked one stands in the sentence,
    and with "Een grotere stijging past niet …" after it the reply is partly, no refusal."""
    from weerwoord.core.analysis import stance
    from weerwoord.core.analysis.figures import other_figure

    asked = "The Council should report publicly on its performance at least twice a year, using comparable measures."
    assert other_figure("Performance will be reported publicly once a year.", asked)
    assert not other_figure("Performance will be reported publicly four times a year.", asked)
    rec = "Verhoog het budget voor werkingssubsidies aan erkende cultuurverenigingen met 15 procent."
    reply = (
        "De werkingssubsidies stijgen vanaf 2026 met 10 procent, niet met de gevraagde 15 procent. Een grotere "
        "stijging past niet binnen het financiële evenwicht van het meerjarenplan."
    )
    assert other_figure(reply.split(". ")[0], rec, reply)
    assert not other_figure("De werkingssubsidies stijgen vanaf 2026 met 15 procent.", rec)
    result = compare(DOCS / "blind67_nl_cultuurraad_advice.pdf", DOCS / "blind67_nl_cultuurraad_response.pdf")
    assert next(p for p in result.pairs if p.number == "3").verdict == "partly"
    result = compare(DOCS / "blind67_en_bvar_advice.pdf", DOCS / "blind67_en_bvar_response.pdf")
    assert next(p for p in result.pairs if p.number == "4").verdict == "partly"
    assert stance.verdict([], reply, "nl", rec)[0] != "agrees"
