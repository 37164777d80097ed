"""Forms met first in blind round 141, mended in session 46 after round 141 was scored at first sight on 93991d5d
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_a_treaty_bodys_paragraph_that_recalls_before_it_recommends() -> None:
    """Concluding observations: "5. Recalling its previous concluding observations of 2019, in which it stated that
    the State party “should include …”, the Committee recommends that …" recommends after its leading clause; "9. The
    Committee does not recommend the creation of a separate criminal offence …. It recommends that the State party:"
    leads its lettered points all the same; "14. The Committee requests the State party to provide, within 24 months,
    information on the implementation of the recommendations …" and "16. … to submit its third periodic report"
    ask for the report on them, no recommendation."""
    pairs = compare_pair("blind141_en_treaty_review").pairs
    assert [p.number for p in pairs] == ["5", "7a", "7b", "9a", "9b", "11", "13"]
    assert [p.verdict for p in pairs] == ["disagrees", "partly", "agrees", "agrees", "noted", "partly", "unanswered"]


def test_the_last_row_of_a_table_that_points_back_at_the_others() -> None:
    """A charity regulator's table "Area | What the trustees should do": its last row, "The trustees should send the
    Regulator a written progress report every six months until each of these actions has been completed.", is a
    recommendation, not a lead-in to them; the trustees' statement answers two rows in one paragraph, each by its own
    sentences (the one after "On the payments to Penrock Marine Services, …" follows that topic)."""
    pairs = compare_pair("blind141_en_charity_inquiry").pairs
    assert len(pairs) == 7
    assert pairs[6].recommendation.text.startswith("The trustees should send the Regulator")
    assert [p.verdict for p in pairs] == ["agrees", "agrees", "agrees", "partly", "disagrees", "noted", "unanswered"]


def test_a_rule_said_by_what_may_no_longer_happen_does_what_was_asked() -> None:
    assert (
        verdict(
            "Since January no payment over 500 pounds can be made without two independent signatures, and our bank "
            "has been instructed accordingly.",
            "en",
            "The trustees should require two signatories, neither of them connected to the payee, for every payment "
            "of more than 500 pounds.",
        )
        == "agrees"
    )
    assert (
        verdict(
            "The Electoral Code was amended with effect from 1 November 2025. No court may any longer remove the "
            "right to vote as part of a guardianship order, and some 3,900 persons were restored to the electoral "
            "register before the municipal elections of 2026.",
            "en",
            "Ensure that older persons under guardianship keep the right to vote and receive accessible information "
            "about elections.",
        )
        == "agrees"
    )


def test_a_refusal_of_the_time_asked_or_of_the_rest_beside_what_is_done() -> None:
    assert (
        verdict(
            "We have engaged two contract officers and will clear the overdue higher-risk inspections by the end of "
            "June 2026; six months is not achievable without drawing officers away from outbreak work.",
            "en",
            "Carry out the 142 overdue interventions at category A and B establishments within six months, and keep "
            "the programme up to date thereafter.",
        )
        == "partly"
    )
    assert (
        verdict(
            "The Legal Capacity Act, in force since 1 July 2026, introduces supported decision-making agreements and "
            "limits new guardianship orders to specific matters. Existing plenary orders will not be reviewed all at "
            "once: each will be reassessed when it falls due for renewal, a process that may take up to seven years, "
            "as the courts do not have the capacity to review 4,300 orders in three.",
            "en",
            "Replace plenary guardianship with supported decision-making arrangements and review every existing "
            "guardianship order within three years;",
        )
        == "partly"
    )
    assert (
        verdict(
            "On the payments to Penrock Marine Services, our solicitors advise that part of the work was in fact "
            "done. We have issued a claim for the 21,600 pounds for which there are no invoices or records, but we "
            "do not intend to pursue the balance.",
            "en",
            "The trustees should take steps to recover the 38,400 pounds paid to Penrock Marine Services Ltd for "
            "maintenance work that the charity cannot show was done.",
        )
        == "partly"
    )


def test_dutch_and_flemish_ways_of_taking_note_and_agreeing() -> None:
    asked = "Stel een onafhankelijke commissie in die na de eerste veertig deelnemers alle valincidenten beoordeelt."
    assert (
        verdict(
            "Uw suggestie hebben wij genoteerd. Of wij een aparte commissie instellen of de bestaande "
            "veiligheidscommissie deze taak geven, bespreken wij nog met de raad van bestuur.",
            "nl",
            asked,
        )
        == "noted"
    )
    assert (
        verdict(
            "Wat de bijkomende hydrant betreft, neemt het college akte van de vraag van de zone. De aanleg hangt af "
            "van de watermaatschappij, met wie de dienst Omgeving in overleg gaat.",
            "nl",
            "Laat op minder dan 100 meter van de hoofdingang een bijkomende ondergrondse hydrant aanleggen.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Hiervan hebben wij kennisgenomen. Een groennorm per straat wordt meegenomen bij de uitwerking van het "
            "beeldkwaliteitsplan; in het omgevingsplan zelf nemen wij daar nu niets over op.",
            "nl",
            "Werk in de toelichting uit hoe het plan hittestress beperkt, bijvoorbeeld met een minimum aan groen en "
            "bomen per straat.",
        )
        == "noted"
    )
    assert (
        verdict(
            "Mee eens. Het rioleringsplan voorziet in een volledig gescheiden stelsel; daken en straten wateren af op "
            "de wadi's.",
            "nl",
            "Sluit het hemelwater van daken en straten niet aan op de gemengde riolering, maar voer het af naar de "
            "wadi's.",
        )
        == "agrees"
    )


def test_too_far_for_the_college_beside_a_part_done() -> None:
    assert (
        verdict(
            "De opstelplaats langs de Leiekaai wordt met gele belijning gemarkeerd. Een permanent parkeerverbod vindt "
            "het college te ver gaan, gelet op de parkeerdruk bij de woningen aan de kaai; het verbod geldt enkel "
            "tijdens activiteiten in het jeugdcentrum.",
            "nl",
            "Houd de strook langs de Leiekaai permanent vrij als opstelplaats voor de ladderwagen en markeer ze met "
            "gele belijning.",
        )
        == "partly"
    )


def test_kept_where_it_was_asked_not_to_be() -> None:
    assert (
        verdict(
            "De zonnepanelen houden wij op het zuidelijke dakvlak van het voorhuis: het dak van de nieuwe schuur ligt "
            "in de schaduw van de eiken en levert te weinig op.",
            "nl",
            "Daarnaast vraagt zij de zonnepanelen niet op het zuidelijke dakvlak van het voorhuis te leggen, maar op "
            "het dak van de nieuwe schuur achter op het erf.",
        )
        == "disagrees"
    )
    pairs = compare_pair("blind141_nl_monumenten").pairs
    panels = next(p for p in pairs if p.recommendation.text.startswith("Daarnaast vraagt zij de zonnepanelen"))
    assert panels.verdict == "disagrees"
