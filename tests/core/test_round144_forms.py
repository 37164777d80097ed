"""Forms met first in blind round 144, mended in session 47 after round 144 was scored at first sight on 9a499c04
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_requests_that_open_with_that_under_a_summary_of_our_requests() -> None:
    """A leaseholders' association's observations: "Summary of our requests" over "(a) That the replacement of the
    windows be taken out of this contract, …" … "(g)", after observations numbered 1–8 under headings; the lettered
    points are the recommendations, answered in a landlord's table under its own numbers."""
    pairs = compare_pair("blind144_en_section20_observations").pairs
    assert [p.number for p in pairs] == ["a", "b", "c", "d", "e", "f", "g"]
    assert [p.verdict for p in pairs] == ["disagrees", "agrees", "partly", "agrees", "disagrees", "noted", "unanswered"]


def test_two_sentences_of_one_paragraph_quoted_apart() -> None:
    """An inspectorate's paragraph 3.4 holds two recommendations ("The council should provide a detailed travel plan
    …. It should also assess more fully …"), each quoted apart in the council's report with a response of its own;
    "The council needs to give …" and "Inspectors would also expect the council to …" are quoted too."""
    pairs = compare_pair("blind144_en_school_proposal").pairs
    assert len(pairs) == 7
    assert pairs[2].recommendation.text.startswith("The council should provide a detailed travel plan")
    assert pairs[3].recommendation.text.startswith("It should also assess more fully")
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "agrees", "partly", "agrees", "noted", "unanswered"]


def test_short_quotations_two_in_one_line() -> None:
    """A board statement quotes each recommendation cut short ("'Maak de prestatieafspraken … meetbaar ...'"), two in
    one line before a shared answer ("'Vraag huurders … ...' en 'Verkoop de 140 vrije-sectorwoningen ...'"); "De
    middenhuurwoningen … houden wij in bezit" refuses the sale; "een toezegging doen wij nu niet" only notes."""
    pairs = compare_pair("blind144_nl_visitatie").pairs
    assert all(p.reply is not None for k, p in enumerate(pairs) if k != 4) and pairs[4].reply is None
    assert pairs[3].verdict == "disagrees" and pairs[6].verdict == "noted"
    assert "wachttijdnorm" not in pairs[0].reply.text  # type: ignore[union-attr]


def test_a_table_that_names_the_advices_paragraphs_by_their_numbers() -> None:
    """A board's table "Rn. | Onderwerp | Reactie" with rows 3, 4, 6, 7, 9, 11, 12: the numbers of the advice's
    paragraphs 1–16 it answers (skipping the others), not a count of its own; the paragraph after the last that asks
    is one too."""
    by_number = {p.number: p for p in compare_pair("blind144_nl_atletencommissie").pairs}
    assert {"4", "6", "7", "9", "11", "12"} <= set(by_number)
    assert by_number["7"].reply is not None and by_number["7"].verdict == "agrees"
    assert by_number["9"].verdict == "disagrees" and by_number["11"].verdict == "partly"
    # (and "Het is daarom verstandig de nationale kampioenschappen voortaan …", after the last row, unanswered)
    assert by_number["14"].reply is None and by_number["14"].verdict == "unanswered"


def test_paragraphs_that_name_the_committees_recommendation_by_its_place() -> None:
    """ "I accept the committee's second recommendation.", "The committee's first and fifth recommendations both
    concern …", "I note the committee's sixth recommendation …": each paragraph answers those it names; "I am not
    persuaded, however, that a warrant should be needed" refuses the first."""
    pairs = compare_pair("blind144_en_bill_scrutiny").pairs
    verdicts = ["disagrees", "agrees", "partly", "partly", "agrees", "noted", "unanswered"]
    assert [p.verdict for p in pairs] == verdicts


def test_commands_joined_to_the_first_are_asked_too() -> None:
    """ "Carry out a CCTV survey … and update the hydraulic model …, and share the results with the Council": "the
    updated catchment model will be shared with your team in February 2026" does what was asked."""
    rec = (
        "Carry out a CCTV survey of the Mill Lane combined sewer and update the hydraulic model of the Ebbesley "
        "catchment, and share the results with the Council."
    )
    reply = (
        "The CCTV survey of the Mill Lane sewer was completed on 6 November and the updated catchment model will be "
        "shared with your team in February 2026."
    )
    assert verdict(reply, "en", rec) == "agrees"


def test_not_yet_in_a_position_to_commit_puts_off() -> None:
    """ "We have noted the proposal …, but we are not yet in a position to commit to regular meetings": noted, no
    refusal."""
    rec = "Take part in a multi-agency flood group, meeting at least twice a year with the parish council."
    reply = (
        "We have noted the proposal for a multi-agency flood group. Our catchment manager will speak to the parish "
        "clerk, but we are not yet in a position to commit to regular meetings."
    )
    assert verdict(reply, "en", rec) == "noted"


def test_a_refusal_in_dutch_with_evenmin_and_what_would_follow() -> None:
    """ "Op uw derde advies kunnen wij evenmin ingaan. Een vast bedrag … zou de zelforganisaties een voorrang geven
    …; hun projecten blijven welkom binnen het algemene reglement, dat in 2028 wordt herzien": refused, nothing of it
    done (the year is the regulation's)."""
    rec = "Voorzie in het budget van het actieplan een vast bedrag van 40.000 euro per jaar voor zelforganisaties."
    reply = (
        "Op uw derde advies kunnen wij evenmin ingaan. Een vast bedrag in het actieplan zou de zelforganisaties een "
        "voorrang geven die andere verenigingen niet hebben; hun projecten blijven welkom binnen het algemene "
        "reglement, dat in 2028 wordt herzien."
    )
    assert verdict(reply, "nl", rec) == "disagrees"


def test_only_if_narrows_what_was_asked_for_each() -> None:
    """ "…; alleen als er zakelijke belangen in het spel zijn, schakel ik een extern bureau in" where an external
    bureau was asked before the appointment of each alderman: a part."""
    rec = "Maak een risicoanalyse door een extern bureau verplicht vóór de benoeming van elke wethouder."
    reply = (
        "Ook bij een tussentijdse benoeming laat ik voortaan een risicoanalyse maken. Die wordt in de regel gemaakt "
        "door de eigen afdeling; alleen als er zakelijke belangen in het spel zijn, schakel ik een extern bureau in."
    )
    assert verdict(reply, "nl", rec) == "partly"


def test_a_landlords_answers_in_their_own_words() -> None:
    """ "with no interest charged" is no refusal; "We are unable to seek a further estimate" is one; "The windows will
    remain in the contract" keeps what was to be taken out; "… were e-mailed to the Association's secretary" is
    done; "does not consider that an independent study would add enough to justify the cost" refuses that part."""
    assert (
        verdict(
            "Every leaseholder will be able to spread the cost over 36 monthly payments with no interest charged.",
            "en",
            "That leaseholders be offered interest-free payment by instalments over at least 36 months.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "We are unable to seek a further estimate at this stage.",
            "en",
            "That the contractor nominated by the Association be asked to price the roof works.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "The windows will remain in the contract. The double glazed units are past their design life.",
            "en",
            "That the replacement of the windows be taken out of this contract.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "The complete survey report, the specification and the drone photographs of the roof were e-mailed to the "
            "Association's secretary on 17 October.",
            "en",
            "That Northvale send the Association the full condition survey and the roof photographs.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "Officers have updated the community impact assessment, and the council will lease the school hall to the "
            "community at a nominal rent. The council does not consider that an independent study would add enough to "
            "justify the cost and delay.",
            "en",
            "It should also assess more fully the effect of closure on the community, commissioning an independent "
            "community impact study that looks at the loss of the school hall.",
        )
        == "partly"
    )
