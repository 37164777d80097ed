"""Forms met first in blind round 118, mended after round 118 was scored at first sight (each test fails on the code
before it, c8e90f0)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_codes_of_several_bands_and_a_band_of_things_not_asked() -> None:
    """Priorities in bands, each item labelled by its band's code ("M1", "M2" under "MUST HAVE", "S1"–"S3" in a table
    under "SHOULD HAVE", "C1", "C2"): one set of seven; the "W1", "W2" under "WON'T HAVE THIS TIME" ("Outsourcing the
    scanning to a commercial partner.") ask for nothing."""
    pairs = compare_pair("blind118_en_archive_blog").pairs
    assert [p.recommendation.number for p in pairs] == ["M1", "M2", "S1", "S2", "S3", "C1", "C2"]
    assert pairs[0].recommendation.text.startswith("Keep the searchroom open")


def test_points_numbered_inside_a_roadmap_tables_cells() -> None:
    """A roadmap table by time horizon, its cells holding the points "1."–"3.", "4."–"5.", "6."–"7."; the first
    cell's first point read as a list item, its number the item's label: seven points, each its own."""
    pairs = compare_pair("blind118_nl_digitaal").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[0].recommendation.text.startswith("Zorg dat inwoners elke werkdag")
    assert pairs[1].recommendation.text.startswith("Schrijf alle brieven")
    assert all(p.reply is not None for p in pairs if p.recommendation.number != "5")


def test_a_heading_that_comes_back_under_each_theme_marks_the_reply() -> None:
    """A web page: each theme's "You told us" box says the ask in other words, then "What we are doing" (the same
    heading six times) gives the reply. The box is the section's heading, not part of the reply: "… is not long
    enough for many autistic adults" refuses nothing. And the last recommendation, said in the running text after the
    boxes ("Finally, we recommend that …"), is one of the set."""
    pairs = compare_pair("blind118_en_waiting_well").pairs
    assert len(pairs) == 7
    assert pairs[6].recommendation.text.startswith("Finally, we recommend that all reception")
    dental = pairs[2]
    assert dental.reply is not None and dental.reply.text.startswith("From 1 June 2026 every community dental")
    assert "not long enough" in (dental.reply.heading or "")
    assert [p.verdict for p in pairs[:4]] == ["agrees", "partly", "agrees", "noted"]


def test_hashtag_numbered_titles_over_their_requests() -> None:
    """ "#1 Op tijd voor het eerste uur" over "Laat de eerste bus …", up to "#7 Scholieren aan tafel": seven points
    under titles numbered by a hashtag."""
    pairs = compare_pair("blind118_nl_scholierenpanel").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[6].recommendation.text.startswith("Laat twee scholieren meebeslissen")
    assert pairs[6].reply is None
    # "… dat kan ik niet beloven. … Het bestaande scholierenabonnement blijft dus zoals het is": refused;
    # "Bij de reisapp gaan we minder ver: …": a part
    assert (pairs[2].verdict, pairs[5].verdict) == ("disagrees", "partly")


def test_an_email_answering_under_the_lines_it_quotes() -> None:
    """An e-mail answers under the lines it quotes ("> Wij vragen de stad om …"); two asks quoted together are
    answered together. The requests stand in the theme paragraphs under five numbered titles, two under one title:
    the titles are themes, the seven requests the recommendations ("Wij vragen ook om …" among them)."""
    pairs = compare_pair("blind118_nl_uitpas").pairs
    assert len(pairs) == 7
    assert pairs[2].recommendation.text.startswith("Wij vragen ook om in elke deelgemeente")
    replies = [p.reply.text[:20] if p.reply else None for p in pairs]
    assert replies[0] == "Voor een deel kan da"
    assert replies[1] == replies[5] and replies[1] is not None and replies[1].startswith("Beide vragen")
    assert replies[4] is None
    # "… komt hierop terug bij de budgetbespreking in het voorjaar; een toezegging kunnen we nu niet doen": noted
    assert pairs[2].verdict == "noted"


def test_verdicts_of_a_municipal_letter() -> None:
    """ "Dat gaat ons te ver, … . Wel komt er vanaf februari 2027 een vrij inloopspreekuur …": a part granted after
    the refusal. "Of en waar er hulppunten bij komen, hangt af van …": not decided. "De parkeervergunning en de
    afvalpas blijven we wel alleen digitaal aanvragen: de systemen worden gedeeld met twee buurgemeenten …": kept as
    it is, and "worden gedeeld met" shares no view."""
    pairs = compare_pair("blind118_nl_digitaal").pairs
    assert (pairs[0].verdict, pairs[3].verdict, pairs[5].verdict) == ("partly", "noted", "disagrees")


def test_taken_into_the_planning_and_a_regretted_no() -> None:
    """ "… neemt het college mee in de personeelsplanning voor 2027": noted. "This is the part of the Forum's report
    I'd most like to say yes to, and can't": refused."""
    assert compare_pair("blind118_nl_marktcommissie").pairs[3].verdict == "noted"
    assert compare_pair("blind118_en_archive_blog").pairs[2].verdict == "disagrees"


def test_a_question_on_notice_that_names_two_recommendations() -> None:
    """A question on notice, "Question: The Animal Management Advisory Committee has recommended a cat curfew and a
    longer free desexing program (its recommendations 3.2.1 and 3.2.2). What is the administration's response to
    each?" before "Response: …": the response answers both, a paragraph each."""
    pairs = compare_pair("blind118_en_pet_plan").pairs
    first, second = pairs[0], pairs[1]
    assert (first.recommendation.number, second.recommendation.number) == ("3.2.1", "3.2.2")
    assert first.reply is not None and first.reply is second.reply
    assert (first.verdict, second.verdict) == ("disagrees", "partly")
