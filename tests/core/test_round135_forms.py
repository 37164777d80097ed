"""Forms met first in blind round 135, mended in session 44 after round 135 was scored at first sight on 4927d25
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_reference_code_in_a_column_of_its_own_labels_each_point() -> None:
    """A harbour trust's report: "AHT/25/01" … "AHT/25/07" in a bold left column, each beside its point (and
    conclusions 4.1–4.7 beside theirs, which answer nothing)."""
    pairs = compare_pair("blind135_en_harbour_incident").pairs
    assert [p.number for p in pairs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert pairs[0].recommendation.text.startswith("Publish wind and gust limits for berthing")
    assert pairs[6].recommendation.text.startswith("Arrange an audit of its marine safety management system")
    assert pairs[6].reply is None
    assert [p.verdict for p in pairs[3:6]] == ["agrees", "noted", "agrees"]
    # ("Tug assistance" for "Make the use of a tug compulsory …": a short word its heading names)
    assert pairs[1].reply is not None and pairs[1].reply.heading == "Tug assistance"
    assert pairs[1].verdict == "disagrees"
    # (the anemometer answered beside the wind limits, in sentences of its own: step 9)
    assert pairs[2].reply is not None and pairs[2].reply is pairs[0].reply


def test_sentences_a_sentence_counts_after_a_list() -> None:
    """ "Beyond these four points, the Committee makes three further recommendations. We recommend that … It should
    also … Finally, …": the list's four and the three sentences, numbered on."""
    pairs = compare_pair("blind135_en_bond_oversight").pairs
    assert len(pairs) == 7
    assert pairs[4].recommendation.text.startswith("We recommend that the District add an online map")
    assert pairs[5].recommendation.text.startswith("It should also schedule the Committee's annual report")
    assert pairs[6].recommendation.text.startswith("Finally, the District should fill the two vacant")
    assert pairs[4].verdict == "noted"  # ("5. Projects map": a short word its heading names)
    assert pairs[3].verdict == "disagrees"  # ("4. Committee budget")


def test_a_row_s_verdict_cell_decides_over_a_comment_in_a_later_cell() -> None:
    """A road safety audit response: "Recommended measure accepted: In part" before the design team's reasons and the
    overseeing organisation's comment "Accepted as the best achievable …"."""
    said = (
        "In part\n\nThe refuge can be widened to 2.2 metres only; the full 2.5 metres would need land from the garden "
        "of No. 97.\n\nAccepted as the best achievable within the highway boundary."
    )
    rec = "Widen the central refuge on the east arm to at least 2.5 metres so that a cyclist can wait clear."
    assert verdict(said, "en", rec) == "partly"


def test_keeping_what_the_recommendation_would_replace_refuses_it() -> None:
    rec = (
        "Replace the proposed frameless glazed screen under the tower arch with a timber-framed screen set back "
        "behind the arch mouldings."
    )
    said = (
        "After much discussion the PCC has decided to keep the frameless design. A timber frame would cut across the "
        "view of the west window from the nave."
    )
    assert verdict(said, "en", rec) == "disagrees"


def test_a_raise_to_less_than_asked_is_a_part() -> None:
    """ "verhogen van 1.500 tot 3.000 euro" is a change asked, no range: 2.200 euro is less than asked."""
    rec = (
        "Wij adviseren om het budget voor boeken in andere talen, onder meer het Arabisch, Pools en Oekraïens, te "
        "verhogen van 1.500 tot 3.000 euro per jaar."
    )
    said = (
        "Het budget voor anderstalige boeken wordt verhoogd tot 2.200 euro. Een verdubbeling is binnen het "
        "meerjarenplan niet haalbaar."
    )
    assert verdict(said, "nl", rec) == "partly"


def test_standing_by_its_own_decision_refuses() -> None:
    """ "Het college blijft bij de sluiting": its own decision kept; a book bus beside it is no part of what was
    asked."""
    rec = (
        "Wij vragen het college om het filiaal in Oosterhoven niet te sluiten, maar het onder te brengen in het nieuwe "
        "gebouw van basisschool De Linde, dat in 2027 opent."
    )
    said = (
        "Het college blijft bij de sluiting van het filiaal in 2027. In De Linde is geen ruimte voor een publieke "
        "bibliotheek die ook buiten de schooluren open is. Wel rijdt vanaf 2027 elke woensdag en zaterdag een "
        "boekenbus naar het dorpsplein van Oosterhoven."
    )
    assert verdict(said, "nl", rec) == "disagrees"


def test_noting_what_the_report_says() -> None:
    rec = "Commission a survey of the pier's bollards to establish their safe working loads, and mark the load on each."
    said = (
        "The Board notes what the report says about the bollards. Their loads will be looked at when the next "
        "structural survey of the Lighthouse Pier is commissioned, which is currently planned for 2027."
    )
    assert verdict(said, "en", rec) == "noted"
