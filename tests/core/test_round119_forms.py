"""Forms met first in blind round 119, mended after round 119 was scored at first sight (each test fails on the code
before it, 9df4160)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def test_bold_imperative_headings_under_theme_headings() -> None:
    """Seven recommendations as bold headings of eight words or more in shaded bars ("Install flood warning sirens in
    Lower Wirraway and at the Riverside caravan park"), under three italic theme headings, each with a "Why."
    paragraph: all seven, not the five whose second word is an article."""
    pairs = compare_pair("blind119_en_flood_budget").pairs
    assert len(pairs) == 7
    assert pairs[2].recommendation.text.startswith("Install flood warning sirens")
    assert pairs[4].recommendation.text.startswith("Offer to buy back the eleven homes")
    assert pairs[3].reply is None  # (the flood wardens: no row in the council's table)


def test_clauses_numbered_inside_three_running_sentences() -> None:
    """Clauses in sentences: "De commissie beveelt het college daarom aan om (1) …, (2) …, en (3) …", then
    "Daarnaast beveelt de commissie aan om (4) …, en (5) …" and "Tot slot … (6) …, en (7) …" in the paragraphs after
    it; the closing "de aanbevelingen (1), (4) en (7)" is no list. The status over each reply ("Status: deels
    overgenomen") is its verdict; a status that comes back ("Status: gerealiseerd" twice) still heads a reply of its
    own."""
    pairs = compare_pair("blind119_nl_fundering").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[0].recommendation.text.startswith("binnen drie maanden een onafhankelijk Funderingsloket")
    assert pairs[6].recommendation.text.startswith("eigenaren per bouwblok te laten begeleiden")
    assert pairs[5].reply is not None and pairs[5].reply.text.startswith("Met het waterschap De Veenlanden")
    assert [pairs[k].verdict for k in (1, 5, 6)] == ["partly", "agrees", "disagrees"]


def test_asks_in_a_letters_prose_by_many_verbs() -> None:
    """Asks in prose: "We would also ask that …", "Members would like the airport to …" and "The airport should fine
    airlines …" (the airport being whom the letter's other asks address) are recommendations beside "urges",
    "recommends" and "invites"; "… will not be permitted to take off or land …" does the ban asked; "not the 2,000 the
    Committee proposed" and "We cannot also double the grant" grant a part."""
    pairs = compare_pair("blind119_en_night_noise").pairs
    assert len(pairs) == 7
    assert pairs[1].recommendation.text.startswith("We would also ask that aircraft")
    assert pairs[4].recommendation.text.startswith("The airport should fine airlines")
    assert pairs[5].recommendation.text.startswith("Members would like the airport")
    assert [p.verdict for p in pairs[:4]] == ["partly", "agrees", "partly", "agrees"]


def test_a_courts_paragraphs_in_square_brackets() -> None:
    """A determination's "[21] I recommend that …" paragraphs among two that decline a proposal ("… I do not make
    that recommendation") and others that recommend nothing; the responses cite "paragraph [23]" and "Recommendations
    at paragraphs [21] and [25]"."""
    pairs = compare_pair("blind119_en_fai_loader").pairs
    assert [p.recommendation.number for p in pairs] == ["21", "22", "23", "25", "26", "27", "29"]
    assert {p.recommendation.number: p.link for p in pairs if p.reply is not None}["25"] == "number"
    # "Whether a formal qualification should be a requirement … will be considered in the review …": not decided
    assert pairs[5].verdict == "noted"


def test_a_legend_of_symbols_read_into_the_verdict_column() -> None:
    """An annex table whose verdict column holds only a symbol from its legend ("Legenda: ✔ overgenomen · ◐
    gedeeltelijk overgenomen · ✘ niet overgenomen · ○ nog geen besluit"); one row "✔ ✘" answers two proposals in the
    advice's order. The advice's row "Geen voorstel: …" asks nothing."""
    pairs = compare_pair("blind119_nl_dementie").pairs
    assert len(pairs) == 7
    assert [p.verdict for p in pairs] == ["partly", "agrees", "disagrees", "noted", "unanswered", "agrees", "disagrees"]
    assert pairs[0].reply is not None and "◐: gedeeltelijk overgenomen" in pairs[0].reply.text


def test_recommendations_numbered_again_under_each_addressee() -> None:
    """Lists numbered from 1 under "4.1 Aan Gedeputeerde Staten", "4.2 Aan Provinciale Staten", "4.3 Aan de
    gemeenten"; the reply names "De tweede aanbeveling aan Provinciale Staten": the second of those, the sixth in
    all. "… volgen wij voor de helft" is half of it; "… stellen wij hun niet voor." refuses."""
    pairs = compare_pair("blind119_nl_stiltegebied").pairs
    replies = [p.reply.text[:30] if p.reply else None for p in pairs]
    assert replies[5] == "De tweede aanbeveling aan Prov"
    assert replies[4] == "De eerste aanbeveling aan Prov"
    assert replies[1] is None
    assert (pairs[4].verdict, pairs[5].verdict) == ("partly", "disagrees")


def test_a_decision_record_by_ordinal() -> None:
    """Wording: "The concession will therefore not be extended." refuses "Extend the … concession …"; "The procedure at
    Appendix 2 follows the Forum's fifth recommendation in full" accepts."""
    pairs = compare_pair("blind119_en_allotments").pairs
    assert (pairs[1].verdict, pairs[4].verdict) == ("disagrees", "agrees")
