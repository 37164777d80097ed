"""Forms met first in blind round 136, mended in session 44 after round 136 was scored at first sight on adf96c8a
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_lettered_points_in_running_paragraphs_under_sub_headings() -> None:
    """Three school boards' advice: "Wij adviseren het college daarom (a) … en (b) …", "Wij adviseren (c) … en (d)
    …", "Wij stellen voor (e) …" running on over the page break into "(f) … en (g) …"; beside the worst buildings
    ranked "(1)" … "(4)" in a finding."""
    pairs = compare_pair("blind136_nl_ihp").pairs
    assert [p.number for p in pairs] == ["a", "b", "c", "d", "e", "f", "g"]
    assert pairs[0].recommendation.text.startswith("de nieuwbouw van De Wegwijzer naar voren te halen")
    assert pairs[5].recommendation.text.startswith("te onderzoeken of het gebouw van Het Baken")
    assert pairs[6].recommendation.text.startswith("het IHP elke vier jaar samen met de schoolbesturen te herzien")


def test_recommending_sentences_after_a_boxed_list_and_it_should_also() -> None:
    """A heritage mission's box of four, then in another section "The mission further recommends that … It should
    also give … Finally, the mission recommends …": seven."""
    pairs = compare_pair("blind136_en_heritage_mission").pairs
    assert len(pairs) == 7
    assert pairs[5].recommendation.text.startswith("It should also give the Lindholm Salt Workers' Association")
    assert pairs[5].verdict == "partly"
    assert pairs[6].recommendation.text.startswith("Finally, the mission recommends a climate vulnerability")
    assert pairs[6].reply is None


def test_labels_of_the_word_most_items_carry() -> None:
    """A law reform report quoting its consultation paper's "Proposal 1" … "Proposal 3" before its own
    "Recommendation 1" … "Recommendation 7" boxes: the seven recommendations, in the order of their numbers."""
    pairs = compare_pair("blind136_en_law_reform").pairs
    assert [p.number for p in pairs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert pairs[6].recommendation.text.startswith("The Minister should review the operation of the new Act")
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "agrees", "noted", "disagrees", "unanswered"]


def test_what_the_council_does_not_recommend_is_no_recommendation() -> None:
    pairs = compare_pair("blind136_nl_toerisme").pairs
    assert not any(p.recommendation.text.startswith("De raad adviseert niet") for p in pairs)


def test_verdict_wordings_of_round_136() -> None:
    assert (
        verdict(
            "De nieuwbouw van De Wegwijzer halen wij naar voren, maar niet zo ver als u vraagt: de bouw begint in "
            "2029, omdat de grond aan de Esdoornlaan pas eind 2028 vrij komt.",
            "nl",
            "de nieuwbouw van De Wegwijzer naar voren te halen van 2031 naar 2028",
        )
        == "partly"
    )
    assert (
        verdict(
            "Een nieuwe gymzaal aan de Parkweg zit daar niet bij. Wij renoveren de zaal in 2027 en lossen het probleem "
            "met het regenwater op door een nieuwe afvoer; voor vervanging zien wij op dit moment geen noodzaak.",
            "nl",
            "in dezelfde bouwstroom ook de gymzaal aan de Parkweg te vervangen, die door drie scholen wordt gebruikt",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "From the start of the summer holidays a second keeper has been posted in the lemur walk-through at "
            "weekends, on bank holidays and throughout the school holidays, when visitor numbers are highest. On quiet "
            "weekdays a single keeper, with a radio link to the gate attendant, will remain our arrangement.",
            "en",
            "Provide a second keeper in the ring-tailed lemur walk-through at all times when visitors are inside.",
        )
        == "partly"
    )
