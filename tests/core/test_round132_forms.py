"""Forms met first in blind round 132, mended in session 43 after round 132 was scored at first sight on 78b34c9 (each
test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_a_quote_headed_by_what_the_body_advised() -> None:
    """ "The Committee advised (c)" over each quoted item, "Force response" under it: each names its lettered item,
    so the item never quoted, (f), stays unanswered (not given the reply of (b), which speaks of the same grading)."""
    pairs = compare_pair("blind132_en_data_ethics").pairs
    assert [p.number for p in pairs] == ["a", "b", "c", "d", "e", "f", "g"]
    assert all(p.link == "number" for p in pairs if p.reply is not None)
    assert pairs[5].reply is None and pairs[5].verdict == "unanswered"


def test_ordinals_with_the_noun_left_out() -> None:
    """ "The Government supports the Council's first recommendation, … It supports the third in part: … 15
    additional supervisors rather than 40"; "As for the fifth, I have asked …": each answered where it is named."""
    pairs = compare_pair("blind132_en_sentencing_council").pairs
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "partly", "agrees", "noted", "disagrees", "unanswered"]
    assert pairs[2].reply is not None and pairs[2].reply is pairs[0].reply


def test_bold_sentences_running_over_a_column_break() -> None:
    """Two columns of running paragraphs with the recommendations set in bold inside them: a bold line opening the
    second column goes on with the paragraph cut after "via het" (no heading), a bold sentence starting after a
    line's first word ("trekken. We raden het college daarom aan …") stays in its paragraph, and "We raden … aan"
    asks."""
    pairs = compare_pair("blind132_nl_kinderopvang").pairs
    assert [p.recommendation.text.split()[0] for p in pairs] == ["Het", "Het", "We", "Het", "Reserveer", "Het", "Zet"]
    assert pairs[0].recommendation.text.endswith("met voorrang voor dringende situaties.")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "partly", "disagrees", "unanswered", "noted", "agrees"]


def test_a_section_naming_its_number_answers_no_neighbour() -> None:
    """ "Aanbeveling 7 nemen wij volledig over. …" answers recommendation 7 (and 1 and 2, named inside it), not the
    sixth beside it, which no paragraph names nor answers."""
    pairs = compare_pair("blind132_nl_burgerberaad").pairs
    assert pairs[5].reply is None and pairs[5].verdict == "unanswered"
    assert pairs[6].verdict == "agrees"


def test_change_to_plan_cells() -> None:
    """A statement of response's "Change to plan?" cells: "Partly" with "Partly made." is partly; "No" with "We have
    not made this change. Our customer research shows a ban at Level 2 would be imposed in roughly one summer in
    four, …" refuses (what would happen is nothing done)."""
    pairs = compare_pair("blind132_en_drought_plan").pairs
    assert [p.verdict for p in pairs][2:5] == ["disagrees", "agrees", "partly"]
